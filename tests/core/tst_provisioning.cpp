// SPDX-License-Identifier: GPL-3.0-or-later
#include "orgbuilder.h"

#include "core/provisioning.h"
#include "core/textfold.h"
#include "core/validation.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using Gatehouse::Test::OrgBuilder;

Q_DECLARE_METATYPE(Gatehouse::Error::Code)
Q_DECLARE_METATYPE(Gatehouse::AccountProfile)

namespace {

const QString Ada = u"auth0|ada_byron"_s;   // Admin, the acting account
const QString Eve = u"auth0|eve_moss"_s;    // Admin
const QString Cy = u"auth0|cy_young"_s;     // Manager
const QString Bob = u"auth0|bob_stone"_s;   // Member
const QString Robot = u"robot@service"_s;   // service account with the Admin role
const QString Nobody = u"local|nobody"_s;   // no account

const QDateTime Now = QDateTime(QDate(2026, 11, 23), QTime(10, 4, 5), QTimeZone::utc());

// Public (1); Finance (2) holds Bob, Cy and the Loader service account; Sales (3) holds Cy.
Snapshot org()
{
    Snapshot s = OrgBuilder()
                     .account(1, u"Ada Byron"_s, Role::Admin)
                     .account(2, u"Bob Stone"_s)
                     .account(3, u"Cy Young"_s, Role::Manager)
                     .account(4, u"Dee Ray"_s, Role::Member, false)
                     .account(5, u"Loader"_s, Role::Member, true, AccountType::Service)
                     .account(6, u"Eve Moss"_s, Role::Admin)
                     .account(7, u"Robot"_s, Role::Admin, true, AccountType::Service)
                     .datastore(10, u"Sales Warehouse"_s)
                     .team(2, u"Finance"_s, Level::Viewer, {2, 3, 5}, {10})
                     .team(3, u"Sales"_s, Level::Author, {3}, {10})
                     .build();
    s.teams[1].version = 3; // Finance was edited twice since its creation
    s.accounts[1].version = 2; // Bob
    return s;
}

// Ada is the only active human Admin; Eve is a Member.
Snapshot singleAdminOrg()
{
    Snapshot s = org();
    s.accounts[5].role = Role::Member;
    return s;
}

AccountProfile profile(const QString &email, const QString &name = {}, std::optional<Role> role = std::nullopt,
                       bool active = true)
{
    AccountProfile p;
    p.email = email;
    p.name = name;
    p.role = role;
    p.active = active;
    return p;
}

// The profile an account has now, for updates that change one field.
AccountProfile profileOf(const Account &account)
{
    AccountProfile p;
    p.email = account.email;
    p.name = account.name;
    p.externalId = account.externalId;
    p.role = account.role;
    p.active = account.isActive();
    return p;
}

const Account &accountById(const Snapshot &s, Id id)
{
    for (const Account &a : s.accounts) {
        if (a.id == id)
            return a;
    }
    qFatal("no account %lld", id);
}

#define VERIFY_OK(result)                                                                          \
    do {                                                                                           \
        const auto &r_ = (result);                                                                 \
        if (!r_)                                                                                   \
            QFAIL(qPrintable(u"unexpected error: "_s + r_.error().message));                      \
    } while (false)

#define VERIFY_ERROR(result, expectedCode)                                                         \
    do {                                                                                           \
        const auto &r_ = (result);                                                                 \
        QVERIFY2(!r_, "the operation succeeded");                                                  \
        QCOMPARE(r_.error().code, expectedCode);                                                   \
    } while (false)

} // namespace

class tst_Provisioning : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void createAccount_data();
    void createAccount();
    void actorMustBeActiveAdmin_data();
    void actorMustBeActiveAdmin();
    void updateAccount_data();
    void updateAccount();
    void updateRefusals_data();
    void updateRefusals();
    void deactivateViaDelete();
    void lastActiveAdminIsKept_data();
    void lastActiveAdminIsKept();
    void publicIsNeverTouched_data();
    void publicIsNeverTouched();
    void groupsWithPlaceholders();
    void groupRefusals_data();
    void groupRefusals();
    void failingOperationLeavesBatchUnchanged_data();
    void failingOperationLeavesBatchUnchanged();
    void changesMergePerEntity();
    void workingStaysOrderedAndValid();
    void largeBatch();
};

void tst_Provisioning::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void tst_Provisioning::createAccount_data()
{
    QTest::addColumn<AccountProfile>("profile");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("message"); // part of the error, or the created account's name

    const auto ok = [](const char *row, const AccountProfile &p, const QString &name) {
        QTest::addRow("%s", row) << p << true << Error::Code::Invalid << name;
    };
    const auto refused = [](const char *row, const AccountProfile &p, Error::Code code, const QString &part) {
        QTest::addRow("%s", row) << p << false << code << part;
    };
    ok("member", profile(u"mia@example.com"_s, u"Mia Wong"_s), u"Mia Wong"_s);
    ok("name defaults to the e-mail", profile(u"mia@example.com"_s), u"mia@example.com"_s);
    ok("blank name defaults to the e-mail", profile(u" mia@example.com "_s, u"  "_s), u"mia@example.com"_s);
    ok("role from the directory", profile(u"mia@example.com"_s, u"Mia"_s, Role::Manager), u"Mia"_s);
    ok("provisioned deactivated", profile(u"mia@example.com"_s, u"Mia"_s, std::nullopt, false), u"Mia"_s);
    ok("e-mail of a deactivated account's neighbour", profile(u"dee_ray2@example.com"_s), u"dee_ray2@example.com"_s);
    refused("same e-mail", profile(u"bob_stone@example.com"_s), Error::Code::Conflict,
            u"email: \"bob_stone@example.com\" is already used by \"Bob Stone\""_s);
    refused("same e-mail in other case", profile(u"BOB_Stone@Example.COM"_s), Error::Code::Conflict,
            u"already used by \"Bob Stone\""_s);
    refused("same e-mail as a deactivated account", profile(u"dee_ray@example.com"_s), Error::Code::Conflict,
            u"already used by \"Dee Ray\""_s);
    refused("no e-mail", profile(QString()), Error::Code::Invalid, u"email: \"\" is empty"_s);
    refused("blank e-mail", profile(u"   "_s), Error::Code::Invalid, u"email: \"\" is empty"_s);
    refused("no at sign", profile(u"mia.example.com"_s), Error::Code::Invalid,
            u"email: \"mia.example.com\" is not an e-mail address"_s);
    refused("nothing before the at sign", profile(u"@example.com"_s), Error::Code::Invalid, u"not an e-mail"_s);
    refused("nothing after the at sign", profile(u"mia@"_s), Error::Code::Invalid, u"not an e-mail"_s);
    refused("two at signs", profile(u"mia@wong@example.com"_s), Error::Code::Invalid, u"not an e-mail"_s);
    refused("space inside", profile(u"mia wong@example.com"_s), Error::Code::Invalid, u"not an e-mail"_s);
    refused("name too long", profile(u"mia@example.com"_s, QString(256, u'x')), Error::Code::Invalid,
            u"name: "_s);
    AccountProfile badRole = profile(u"mia@example.com"_s);
    badRole.role = Role(7);
    refused("not a role", badRole, Error::Code::Invalid, u"role: 7 is not a role"_s);
}

void tst_Provisioning::createAccount()
{
    QFETCH(AccountProfile, profile);
    QFETCH(bool, ok);
    QFETCH(Error::Code, code);
    QFETCH(QString, message);

    ProvisioningBatch batch(org(), Ada, Now);
    const Result<Account> created = batch.createAccount(profile);
    if (!ok) {
        VERIFY_ERROR(created, code);
        QVERIFY2(created.error().message.contains(message), qPrintable(created.error().message));
        QVERIFY(batch.isEmpty());
        QCOMPARE(batch.working(), org());
        return;
    }
    VERIFY_OK(created);
    QCOMPARE(created->id, -1);
    QCOMPARE(created->name, message);
    QCOMPARE(created->email, profile.email.trimmed());
    QVERIFY(created->subject.isNull()); // taken over at the first SSO sign-in
    QCOMPARE(created->type, AccountType::Human);
    QCOMPARE(created->role, profile.role.value_or(Role::Member));
    QCOMPARE(created->created, Now);
    QVERIFY(!created->lastActive.isValid());
    QCOMPARE(created->isActive(), profile.active);
    if (!profile.active)
        QCOMPARE(created->deactivated, Now);
    QCOMPARE(created->version, 1);

    QCOMPARE(*batch.account(-1), *created);
    QCOMPARE(*batch.accountByEmail(profile.email.trimmed().toUpper()), *created);
    const ChangeSet changes = batch.changes();
    QCOMPARE(changes.action, u"scim.sync"_s);
    QCOMPARE(changes.summary, u"Directory sync: 1 account created"_s);
    QCOMPARE(changes.accounts.size(), 1);
    QVERIFY(!changes.accounts.first().before);
    QCOMPARE(*changes.accounts.first().after, *created);
    QVERIFY(changes.teams.isEmpty()); // Public is implied
    QCOMPARE(batch.working().accounts.size(), org().accounts.size() + 1);
}

void tst_Provisioning::actorMustBeActiveAdmin_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("message");
    QTest::addRow("member") << Bob << u"Only Admins can sync the directory."_s;
    QTest::addRow("manager") << Cy << u"Only Admins can sync the directory."_s;
    QTest::addRow("no account") << Nobody
                                << u"Only Admins can sync the directory; local|nobody has no account in this "
                                   u"organisation."_s;
    QTest::addRow("no subject") << QString() << u"Only Admins can sync the directory."_s;
    QTest::addRow("deactivated admin") << Eve
                                       << u"Only Admins can sync the directory; auth0|eve_moss is deactivated."_s;
}

void tst_Provisioning::actorMustBeActiveAdmin()
{
    QFETCH(QString, actor);
    QFETCH(QString, message);
    Snapshot s = org();
    s.accounts[5].deactivated = Now.addDays(-1); // Eve
    ProvisioningBatch batch(s, actor, Now);

    const QList<std::function<Error()>> operations = {
        [&] { return batch.createAccount(profile(u"mia@example.com"_s)).error(); },
        [&] { return batch.updateAccount(2, profile(u"bob@example.com"_s)).error(); },
        [&] { return batch.deactivateAccount(2).error(); },
        [&] { return batch.createTeam(u"Data"_s, {2}).error(); },
        [&] { return batch.updateTeam(2, u"Money"_s, {2}).error(); },
        [&] { return batch.deleteTeam(3).error(); },
    };
    for (const auto &operation : operations) {
        const Error error = operation();
        QCOMPARE(error.code, Error::Code::Denied);
        QCOMPARE(error.message, message);
    }
    QVERIFY(batch.isEmpty());
    QCOMPARE(batch.working(), s);

    // A service account with the Admin role (the owner of a SCIM token) may sync.
    ProvisioningBatch robot(s, Robot, Now);
    VERIFY_OK(robot.createAccount(profile(u"mia@example.com"_s)));
}

void tst_Provisioning::updateAccount_data()
{
    QTest::addColumn<Id>("id");
    QTest::addColumn<AccountProfile>("profile");
    QTest::addColumn<int>("expectedVersion");
    QTest::addColumn<Account>("expected"); // version included

    const Snapshot s = org();
    const Account bob = accountById(s, 2);
    {
        Account e = bob;
        e.name = u"Robert Stone"_s;
        e.email = u"robert@example.com"_s;
        e.externalId = u"00u1abc"_s;
        e.version = 3;
        AccountProfile p = profile(u"robert@example.com"_s, u"Robert Stone"_s);
        p.externalId = u"00u1abc"_s;
        QTest::addRow("profile replaced, role kept") << Id(2) << p << 2 << e;
    }
    {
        Account e = bob;
        e.role = Role::Admin;
        e.version = 3;
        QTest::addRow("role set") << Id(2) << profile(bob.email, bob.name, Role::Admin) << 0 << e;
    }
    {
        Account e = bob;
        e.email = u"BOB_STONE@example.com"_s;
        e.version = 3;
        QTest::addRow("own e-mail in other case") << Id(2) << profile(u"BOB_STONE@example.com"_s, bob.name) << 2 << e;
    }
    {
        Account e = bob;
        e.deactivated = Now;
        e.version = 3;
        QTest::addRow("active false deactivates") << Id(2) << profile(bob.email, bob.name, std::nullopt, false) << 0
                                                  << e;
    }
    {
        Account e = accountById(s, 4);
        e.deactivated = QDateTime();
        e.version = 2;
        QTest::addRow("active true reactivates") << Id(4) << profile(e.email, e.name) << 1 << e;
    }
    {
        Account e = accountById(s, 6);
        e.role = Role::Member;
        e.version = 2;
        QTest::addRow("another admin demoted") << Id(6) << profile(e.email, e.name, Role::Member) << 1 << e;
    }
    QTest::addRow("same profile: no change") << Id(2) << profileOf(bob) << 2 << bob;
}

void tst_Provisioning::updateAccount()
{
    QFETCH(Id, id);
    QFETCH(AccountProfile, profile);
    QFETCH(int, expectedVersion);
    QFETCH(Account, expected);

    const Snapshot s = org();
    ProvisioningBatch batch(s, Ada, Now);
    const Account before = accountById(s, id);
    const Result<Account> updated = batch.updateAccount(id, profile, expectedVersion);
    VERIFY_OK(updated);
    QCOMPARE(*updated, expected);
    QCOMPARE(*batch.account(id), expected);
    QCOMPARE(batch.accountByEmail(expected.email)->id, id);
    if (nameKey(before.email) != nameKey(expected.email))
        QCOMPARE(batch.accountByEmail(before.email), nullptr);

    const ChangeSet changes = batch.changes();
    if (expected == before) {
        QVERIFY(batch.isEmpty());
        QVERIFY(changes.isEmpty());
        return;
    }
    QVERIFY(!batch.isEmpty());
    QCOMPARE(changes.accounts.size(), 1);
    QCOMPARE(*changes.accounts.first().before, before);
    QCOMPARE(*changes.accounts.first().after, expected);
    QCOMPARE(changes.summary, u"Directory sync: 1 account updated"_s);
}

void tst_Provisioning::updateRefusals_data()
{
    QTest::addColumn<Id>("id");
    QTest::addColumn<AccountProfile>("profile");
    QTest::addColumn<int>("expectedVersion");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("message");

    const Account bob = accountById(org(), 2);
    QTest::addRow("stale version") << Id(2) << profileOf(bob) << 1 << Error::Code::Conflict
                                   << u"account \"Bob Stone\" was changed by someone else since it was read "
                                      u"(version 1, now 2); reload and try again."_s;
    QTest::addRow("e-mail of another account") << Id(2) << profile(u"Cy_Young@example.com"_s, u"Bob"_s) << 0
                                               << Error::Code::Conflict
                                               << u"email: \"Cy_Young@example.com\" is already used by \"Cy Young\""_s;
    QTest::addRow("service account unseen") << Id(5) << profile(u"loader@example.com"_s) << 0
                                            << Error::Code::NotFound << u"account 5 does not exist"_s;
    QTest::addRow("unknown id") << Id(99) << profile(u"x@example.com"_s) << 0 << Error::Code::NotFound
                                << u"account 99 does not exist"_s;
    QTest::addRow("unknown placeholder") << Id(-1) << profile(u"x@example.com"_s) << 0 << Error::Code::NotFound
                                         << u"account -1 does not exist"_s;
    QTest::addRow("own role") << Id(1) << profile(u"ada_byron@example.com"_s, u"Ada Byron"_s, Role::Member) << 0
                              << Error::Code::Denied << u"Nobody can change their own role."_s;
    QTest::addRow("e-mail removed") << Id(2) << profile(QString(), u"Bob"_s) << 0 << Error::Code::Invalid
                                    << u"email: \"\" is empty; a directory account needs an e-mail address"_s;
}

void tst_Provisioning::updateRefusals()
{
    QFETCH(Id, id);
    QFETCH(AccountProfile, profile);
    QFETCH(int, expectedVersion);
    QFETCH(Error::Code, code);
    QFETCH(QString, message);

    ProvisioningBatch batch(org(), Ada, Now);
    const Result<Account> updated = batch.updateAccount(id, profile, expectedVersion);
    VERIFY_ERROR(updated, code);
    QCOMPARE(updated.error().message, message);
    QVERIFY(batch.isEmpty());
    QCOMPARE(batch.working(), org());
}

void tst_Provisioning::deactivateViaDelete()
{
    const Snapshot s = org();
    ProvisioningBatch batch(s, Ada, Now);
    const Result<Account> gone = batch.deactivateAccount(2, 2);
    VERIFY_OK(gone);
    QCOMPARE(gone->deactivated, Now);
    QCOMPARE(gone->version, 3);
    // Deactivation keeps the account's teams (domain.md, "Accounts").
    QVERIFY(batch.team(2)->members.contains(2));

    // A second DELETE is no error and no further change.
    const Result<Account> again = batch.deactivateAccount(2);
    VERIFY_OK(again);
    QCOMPARE(*again, *gone);
    VERIFY_ERROR(batch.deactivateAccount(5), Error::Code::NotFound); // a service account
    VERIFY_ERROR(batch.deactivateAccount(99), Error::Code::NotFound);
    VERIFY_ERROR(batch.deactivateAccount(3, 7), Error::Code::Conflict);

    const ChangeSet changes = batch.changes();
    QCOMPARE(changes.accounts.size(), 1);
    QCOMPARE(*changes.accounts.first().before, accountById(s, 2));
    QCOMPARE(*changes.accounts.first().after, *gone);
    QVERIFY(changes.teams.isEmpty());
}

void tst_Provisioning::lastActiveAdminIsKept_data()
{
    QTest::addColumn<int>("operation");
    QTest::addRow("deactivate by DELETE") << 0;
    QTest::addRow("active false") << 1;
    QTest::addRow("demoted to Manager") << 2;
}

void tst_Provisioning::lastActiveAdminIsKept()
{
    QFETCH(int, operation);
    const auto run = [operation](ProvisioningBatch &batch) -> Result<Account> {
        const Account ada = *batch.account(1);
        switch (operation) {
        case 0: return batch.deactivateAccount(1);
        case 1: return batch.updateAccount(1, profile(ada.email, ada.name, std::nullopt, false));
        default: return batch.updateAccount(1, profile(ada.email, ada.name, Role::Manager));
        }
    };

    // Robot (a service account with the Admin role, the SCIM token's owner) acts, so the
    // rule about one's own role does not stand in the way.
    const Snapshot s = singleAdminOrg();
    ProvisioningBatch batch(s, Robot, Now);
    const Result<Account> refused = run(batch);
    VERIFY_ERROR(refused, Error::Code::Invalid);
    QCOMPARE(refused.error().message, u"Ada Byron is the last active Admin; make another account Admin first."_s);
    QVERIFY(batch.isEmpty());

    // Service accounts do not count; a human Admin provisioned in the same batch does.
    const Result<Account> second = batch.createAccount(profile(u"zoe@example.com"_s, u"Zoë"_s, Role::Admin));
    VERIFY_OK(second);
    VERIFY_OK(run(batch));
    // Now Zoë is the last one.
    const Result<Account> zoe = batch.deactivateAccount(second->id);
    VERIFY_ERROR(zoe, Error::Code::Invalid);
    QVERIFY(zoe.error().message.startsWith(u"Zoë is the last active Admin"_s));
    QCOMPARE(batch.working().activeHumanAdminCount(), 1);
}

void tst_Provisioning::publicIsNeverTouched_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("message");
    const QString publicCreate = u"A group named \"%1\" cannot be synced: the Public team holds everyone, and "
                                 u"directory sync never changes it."_s;
    QTest::addRow("create Public") << 0 << u"Public"_s << Error::Code::Conflict << publicCreate.arg(u"Public"_s);
    QTest::addRow("create public") << 0 << u"public"_s << Error::Code::Conflict << publicCreate.arg(u"public"_s);
    QTest::addRow("create PUBLIC with spaces") << 0 << u" PUBLIC "_s << Error::Code::Conflict
                                               << publicCreate.arg(u"PUBLIC"_s);
    QTest::addRow("rename a team to pUblic") << 1 << u"pUblic"_s << Error::Code::Conflict
                                             << publicCreate.arg(u"pUblic"_s);
    QTest::addRow("update Public") << 2 << u"Public"_s << Error::Code::Denied
                                   << u"Directory sync never changes the Public team."_s;
    QTest::addRow("delete Public") << 3 << u"Public"_s << Error::Code::Denied
                                   << u"Directory sync never changes the Public team."_s;
}

void tst_Provisioning::publicIsNeverTouched()
{
    QFETCH(int, operation);
    QFETCH(QString, name);
    QFETCH(Error::Code, code);
    QFETCH(QString, message);

    ProvisioningBatch batch(org(), Ada, Now);
    Error error;
    switch (operation) {
    case 0: error = batch.createTeam(name, {2}).error(); break;
    case 1: error = batch.updateTeam(3, name, {3}).error(); break;
    case 2: error = batch.updateTeam(1, name, {2}).error(); break;
    default: error = batch.deleteTeam(1).error(); break;
    }
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message);
    QVERIFY(batch.isEmpty());
    QCOMPARE(batch.working(), org());
    QCOMPARE(batch.teamByName(u"PUBLIC"_s)->id, 1); // SCIM never sees it as a group, yet it is there
}

void tst_Provisioning::groupsWithPlaceholders()
{
    const Snapshot s = org();
    ProvisioningBatch batch(s, Ada, Now);
    const Result<Account> mia = batch.createAccount(profile(u"mia@example.com"_s, u"Mia"_s));
    const Result<Account> noor = batch.createAccount(profile(u"noor@example.com"_s, u"Noor"_s));
    VERIFY_OK(mia);
    VERIFY_OK(noor);
    QCOMPARE(mia->id, -1);
    QCOMPARE(noor->id, -2);

    // Given a new group naming the new and an existing account
    const Result<Team> data = batch.createTeam(u" Data "_s, {-1, 2, -2, -1});
    VERIFY_OK(data);
    QCOMPARE(data->id, -1); // placeholders count separately for teams
    QCOMPARE(data->name, u"Data"_s);
    QCOMPARE(data->members, (QList<Id>{-2, -1, 2}));
    QCOMPARE(data->permission, Level::Reporter);
    QVERIFY(data->datastores.isEmpty());
    QVERIFY(!data->isPublic);
    QCOMPARE(data->created, Now);
    QCOMPARE(batch.teamByName(u"DATA"_s)->id, -1);

    // When Finance is renamed and gets new members, and Sales is deleted
    const Result<Team> finance = batch.updateTeam(2, u"Finance & Risk"_s, {-1, 3}, 3);
    VERIFY_OK(finance);
    // The Loader service account stays: SCIM does not see it, so cannot have meant to drop it.
    QCOMPARE(finance->members, (QList<Id>{-1, 3, 5}));
    QCOMPARE(finance->version, 4);
    QCOMPARE(finance->datastores, QList<Id>{10});
    QCOMPARE(finance->permission, Level::Viewer);
    QCOMPARE(batch.teamByName(u"finance"_s), nullptr);
    QCOMPARE(batch.teamByName(u"finance & risk"_s)->id, 2);
    VERIFY_OK(batch.deleteTeam(3, 1));
    QCOMPARE(batch.team(3), nullptr);
    QCOMPARE(batch.teamByName(u"Sales"_s), nullptr);
    // A deleted name is free again, a placeholder group can be renamed and then deleted.
    const Result<Team> sales = batch.createTeam(u"sales"_s, {-2});
    VERIFY_OK(sales);
    QCOMPARE(sales->id, -2);
    const Result<Team> temp = batch.createTeam(u"Temp"_s, {});
    VERIFY_OK(temp);
    VERIFY_OK(batch.updateTeam(temp->id, u"Temporary"_s, {-1}));
    VERIFY_OK(batch.deleteTeam(temp->id));

    // Then the ChangeSet holds each entity once, in the order first changed
    const ChangeSet changes = batch.changes();
    QCOMPARE(changes.action, u"scim.sync"_s);
    QCOMPARE(changes.summary, u"Directory sync: 2 accounts created, 2 teams created, 1 changed, 1 deleted"_s);
    QCOMPARE(changes.accounts.size(), 2);
    QCOMPARE(changes.accounts.at(0).after->id, -1);
    QCOMPARE(changes.accounts.at(1).after->id, -2);
    QCOMPARE(changes.teams.size(), 4);
    QVERIFY(!changes.teams.at(0).before);
    QCOMPARE(*changes.teams.at(0).after, *data);
    QCOMPARE(changes.teams.at(1).before->name, u"Finance"_s);
    QCOMPARE(*changes.teams.at(1).after, *finance);
    QCOMPARE(changes.teams.at(2).before->id, 3);
    QVERIFY(!changes.teams.at(2).after);
    QCOMPARE(changes.teams.at(3).after->id, -2);
}

void tst_Provisioning::groupRefusals_data()
{
    QTest::addColumn<int>("operation"); // 0 create, 1 update Finance, 2 delete
    QTest::addColumn<Id>("team");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QList<Id>>("members");
    QTest::addColumn<int>("expectedVersion");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("message");

    QTest::addRow("name taken") << 0 << Id(0) << u"sales"_s << QList<Id>{} << 0 << Error::Code::Conflict
                                << u"name: \"sales\" is already used by team \"Sales\""_s;
    QTest::addRow("renamed onto another team") << 1 << Id(2) << u"SALES"_s << QList<Id>{} << 0
                                               << Error::Code::Conflict
                                               << u"name: \"SALES\" is already used by team \"Sales\""_s;
    QTest::addRow("empty name") << 0 << Id(0) << u" "_s << QList<Id>{} << 0 << Error::Code::Invalid
                                << u"name: \" \" is empty"_s;
    QTest::addRow("unknown member") << 0 << Id(0) << u"Data"_s << QList<Id>{2, 99} << 0 << Error::Code::NotFound
                                    << u"members: 99 is not an account id"_s;
    QTest::addRow("unknown placeholder member") << 0 << Id(0) << u"Data"_s << QList<Id>{-7} << 0
                                                << Error::Code::NotFound << u"members: -7 is not an account id"_s;
    QTest::addRow("service account member") << 1 << Id(2) << u"Finance"_s << QList<Id>{7} << 0
                                            << Error::Code::NotFound << u"members: 7 is not an account id"_s;
    QTest::addRow("stale team version") << 1 << Id(2) << u"Finance"_s << QList<Id>{2} << 2 << Error::Code::Conflict
                                        << u"team \"Finance\" was changed by someone else since it was read "
                                           u"(version 2, now 3); reload and try again."_s;
    QTest::addRow("unknown team") << 1 << Id(42) << u"X"_s << QList<Id>{} << 0 << Error::Code::NotFound
                                  << u"team 42 does not exist"_s;
    QTest::addRow("delete stale") << 2 << Id(3) << QString() << QList<Id>{} << 9 << Error::Code::Conflict
                                  << u"team \"Sales\" was changed by someone else since it was read "
                                     u"(version 9, now 1); reload and try again."_s;
    QTest::addRow("delete unknown") << 2 << Id(42) << QString() << QList<Id>{} << 0 << Error::Code::NotFound
                                    << u"team 42 does not exist"_s;
}

void tst_Provisioning::groupRefusals()
{
    QFETCH(int, operation);
    QFETCH(Id, team);
    QFETCH(QString, name);
    QFETCH(QList<Id>, members);
    QFETCH(int, expectedVersion);
    QFETCH(Error::Code, code);
    QFETCH(QString, message);

    ProvisioningBatch batch(org(), Ada, Now);
    Error error;
    switch (operation) {
    case 0: error = batch.createTeam(name, members).error(); break;
    case 1: error = batch.updateTeam(team, name, members, expectedVersion).error(); break;
    default: error = batch.deleteTeam(team, expectedVersion).error(); break;
    }
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message);
    QVERIFY(batch.isEmpty());
    QCOMPARE(batch.working(), org());
}

void tst_Provisioning::failingOperationLeavesBatchUnchanged_data()
{
    QTest::addColumn<int>("operation");
    QTest::addRow("create with a taken e-mail") << 0;
    QTest::addRow("update onto a taken e-mail") << 1;
    QTest::addRow("deactivate the last Admin") << 2;
    QTest::addRow("group with an unknown member") << 3;
    QTest::addRow("rename onto a new group's name") << 4;
    QTest::addRow("delete a deleted group") << 5;
}

void tst_Provisioning::failingOperationLeavesBatchUnchanged()
{
    QFETCH(int, operation);
    // Given a batch with some work done already
    ProvisioningBatch batch(singleAdminOrg(), Ada, Now);
    VERIFY_OK(batch.createAccount(profile(u"mia@example.com"_s, u"Mia"_s)));
    VERIFY_OK(batch.updateAccount(2, profile(u"bob@example.com"_s, u"Bob"_s)));
    VERIFY_OK(batch.createTeam(u"Data"_s, {-1, 2}));
    VERIFY_OK(batch.deleteTeam(3));
    const ChangeSet changes = batch.changes();
    const Snapshot working = batch.working();

    // When an operation fails
    Error error;
    switch (operation) {
    case 0: error = batch.createAccount(profile(u"MIA@example.com"_s)).error(); break;
    case 1: error = batch.updateAccount(3, profile(u"bob@example.com"_s, u"Cy"_s)).error(); break;
    case 2: error = batch.deactivateAccount(1).error(); break;
    case 3: error = batch.createTeam(u"More"_s, {-1, -5}).error(); break;
    case 4: error = batch.updateTeam(2, u"data"_s, {2}).error(); break;
    default: error = batch.deleteTeam(3).error(); break;
    }
    QVERIFY(!error.message.isEmpty());

    // Then the batch is as it was, and goes on
    QCOMPARE(batch.changes(), changes);
    QCOMPARE(batch.working(), working);
    QCOMPARE(batch.accountByEmail(u"bob@example.com"_s)->id, 2);
    QCOMPARE(batch.accountByEmail(u"mia@example.com"_s)->id, -1);
    QCOMPARE(batch.teamByName(u"data"_s)->id, -1);
    const Result<Account> next = batch.createAccount(profile(u"noor@example.com"_s));
    VERIFY_OK(next);
    QCOMPARE(next->id, -2);
}

void tst_Provisioning::changesMergePerEntity()
{
    const Snapshot s = org();
    const Account bob = accountById(s, 2);
    ProvisioningBatch batch(s, Ada, Now);

    // Bob changed three times: one entry, from as stored to as last left, one version up.
    VERIFY_OK(batch.updateAccount(2, profile(u"bob@example.com"_s, u"Bob"_s), 2));
    VERIFY_OK(batch.updateAccount(2, profile(u"bob@example.com"_s, u"Bobby"_s, Role::Manager), 3));
    VERIFY_OK(batch.deactivateAccount(2));
    // Cy changed and changed back: no entry.
    const Account cy = accountById(s, 3);
    VERIFY_OK(batch.updateAccount(3, profile(u"cy@example.com"_s, cy.name)));
    const Result<Account> back = batch.updateAccount(3, profileOf(cy));
    VERIFY_OK(back);
    QCOMPARE(*back, cy);
    // A new account updated: still one insert, version 1.
    VERIFY_OK(batch.createAccount(profile(u"mia@example.com"_s)));
    VERIFY_OK(batch.updateAccount(-1, profile(u"mia.wong@example.com"_s, u"Mia Wong"_s, Role::Manager)));
    // A new group deleted again, Sales' members changed and back.
    const Result<Team> temp = batch.createTeam(u"Temp"_s, {2});
    VERIFY_OK(temp);
    VERIFY_OK(batch.deleteTeam(temp->id));
    VERIFY_OK(batch.updateTeam(3, u"Sales"_s, {2, 3}));
    VERIFY_OK(batch.updateTeam(3, u"Sales"_s, {3}));

    const ChangeSet changes = batch.changes();
    QCOMPARE(changes.accounts.size(), 2);
    QCOMPARE(*changes.accounts.at(0).before, bob);
    Account expected = bob;
    expected.name = u"Bobby"_s;
    expected.email = u"bob@example.com"_s;
    expected.role = Role::Manager;
    expected.deactivated = Now;
    expected.version = 3;
    QCOMPARE(*changes.accounts.at(0).after, expected);
    QVERIFY(!changes.accounts.at(1).before);
    QCOMPARE(changes.accounts.at(1).after->email, u"mia.wong@example.com"_s);
    QCOMPARE(changes.accounts.at(1).after->role, Role::Manager);
    QCOMPARE(changes.accounts.at(1).after->version, 1);
    QVERIFY(changes.teams.isEmpty());
    QCOMPARE(changes.summary, u"Directory sync: 1 account created, 1 updated"_s);
    QCOMPARE(batch.account(3)->version, cy.version);
    QCOMPARE(batch.accountByEmail(u"cy_young@example.com"_s)->id, 3);
    QCOMPARE(batch.accountByEmail(u"cy@example.com"_s), nullptr);

    ProvisioningBatch nothing(s, Ada, Now);
    QVERIFY(nothing.isEmpty());
    QCOMPARE(nothing.changes().summary, u"Directory sync: no change"_s);
}

void tst_Provisioning::workingStaysOrderedAndValid()
{
    ProvisioningBatch batch(org(), Ada, Now);
    for (int i = 0; i < 5; ++i)
        VERIFY_OK(batch.createAccount(profile(u"user%1@example.com"_s.arg(i))));
    VERIFY_OK(batch.createTeam(u"A"_s, {-1, -2}));
    VERIFY_OK(batch.createTeam(u"B"_s, {-3}));
    VERIFY_OK(batch.deleteTeam(2)); // swapped with the last team internally
    VERIFY_OK(batch.updateTeam(3, u"Sales"_s, {-5, 3}));

    const Snapshot &w = batch.working();
    const auto byId = [](const auto &a, const auto &b) { return a.id < b.id; };
    QVERIFY(std::is_sorted(w.accounts.cbegin(), w.accounts.cend(), byId));
    QVERIFY(std::is_sorted(w.teams.cbegin(), w.teams.cend(), byId));
    QCOMPARE(w.accounts.first().id, -5);
    QCOMPARE(w.teams.size(), 4); // Public, Sales, A, B
    for (const Team &t : w.teams)
        QVERIFY(std::is_sorted(t.members.cbegin(), t.members.cend()));
    // Lookups still work after the reordering, and the batch goes on.
    QCOMPARE(batch.team(3)->members, (QList<Id>{-5, 3}));
    QCOMPARE(batch.account(-4)->email, u"user3@example.com"_s);
    VERIFY_OK(batch.updateTeam(-2, u"B2"_s, {-4}));
    QCOMPARE(batch.working().teams.at(0).name, u"B2"_s);

    // With placeholders turned into real ids, the organisation passes every data rule.
    Snapshot real = batch.working();
    for (Account &a : real.accounts)
        a.id = a.id < 0 ? 1000 - a.id : a.id;
    for (Team &t : real.teams) {
        t.id = t.id < 0 ? 1000 - t.id : t.id;
        for (Id &m : t.members)
            m = m < 0 ? 1000 - m : m;
    }
    real.normalize();
    const Result<void> valid = validateSnapshot(real);
    QVERIFY2(valid.ok(), qPrintable(valid.error().message));
}

// A directory's first sync: 50,000 people and 1,000 groups of 225 (225,000 memberships) in
// one batch. Planning is linear; the counts show it all arrived.
void tst_Provisioning::largeBatch()
{
    constexpr int People = 50'000;
    constexpr int Groups = 1'000;
    constexpr int PerGroup = 225;
    ProvisioningBatch batch(org(), Ada, Now);
    for (int i = 1; i <= People; ++i) {
        AccountProfile p = profile(u"person%1@example.com"_s.arg(i), u"Person %1"_s.arg(i));
        p.externalId = u"ext-%1"_s.arg(i);
        const Result<Account> created = batch.createAccount(p);
        if (!created)
            QFAIL(qPrintable(created.error().message));
    }
    for (int g = 0; g < Groups; ++g) {
        QList<Id> members;
        members.reserve(PerGroup);
        for (int k = 0; k < PerGroup; ++k)
            members.append(-(Id((g * 97 + k * 211) % People) + 1));
        const Result<Team> created = batch.createTeam(u"Group %1"_s.arg(g), members);
        if (!created)
            QFAIL(qPrintable(created.error().message));
    }
    // Some groups are then replaced, the way a Bulk request's later operations do.
    for (int g = 0; g < 50; ++g) {
        const Team *team = batch.teamByName(u"group %1"_s.arg(g));
        QVERIFY(team);
        QList<Id> members = team->members;
        members.removeFirst();
        members.append(2);
        VERIFY_OK(batch.updateTeam(team->id, team->name, members));
    }
    QCOMPARE(batch.accountByEmail(u"PERSON49999@example.com"_s)->id, -49999);

    const ChangeSet changes = batch.changes();
    QCOMPARE(changes.accounts.size(), People);
    QCOMPARE(changes.teams.size(), Groups);
    qsizetype memberships = 0;
    QSet<Id> ids;
    for (const auto &entry : changes.teams) {
        QVERIFY(!entry.before);
        memberships += entry.after->members.size();
    }
    for (const auto &entry : changes.accounts)
        ids.insert(entry.after->id);
    QCOMPARE(memberships, qsizetype(Groups) * PerGroup);
    QCOMPARE(ids.size(), People);
    QCOMPARE(*std::min_element(ids.cbegin(), ids.cend()), -People);
    QCOMPARE(changes.summary, u"Directory sync: 50000 accounts created, 1000 teams created"_s);
    QCOMPARE(batch.working().accounts.size(), org().accounts.size() + People);
}

QTEST_GUILESS_MAIN(tst_Provisioning)
#include "tst_provisioning.moc"

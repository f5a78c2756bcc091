// SPDX-License-Identifier: GPL-3.0-or-later
// A directory sync's ChangeSet (ProvisioningBatch: many inserts under placeholder ids, team
// members naming them) committed on both backends, and caught up by an open Directory.
#include "core/auditdelta.h"
#include "core/directory.h"
#include "core/provisioning.h"
#include "testchangesets.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace TestChangeSets;

namespace {

const QString SmallAdmin = u"auth0|ada"_s; // the Admin of TestOrganisations::small()

AccountProfile profile(const QString &email, const QString &name, std::optional<Role> role = std::nullopt,
                       bool active = true)
{
    AccountProfile p;
    p.email = email;
    p.name = name;
    p.role = role;
    p.active = active;
    return p;
}

// The organisation as an open Directory holds it after applying `commit` to `before`.
Snapshot applied(const Snapshot &before, const CommitResult &commit)
{
    Directory directory;
    directory.load(before);
    directory.apply(commit);
    return directory.snapshot();
}

// The organisation as live refresh leaves it: the records after `lastSeen` applied to `before`.
Snapshot caughtUp(Repository &repository, const Snapshot &before, Id lastSeen, qsizetype *records = nullptr)
{
    AuditFilter filter;
    filter.afterId = lastSeen;
    const Result<QList<AuditRecord>> log = repository.auditLog(filter);
    if (!log)
        return {};
    if (records)
        *records = log->size();
    const AuditDelta delta = auditDelta(*log, before);
    if (delta.reloadNeeded)
        return {};
    return applied(before, delta.changes);
}

Snapshot normalized(Snapshot s)
{
    s.normalize();
    return s;
}

} // namespace

class tst_PlaceholderCommit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();

    void commitsBatchWithPlaceholders();
    void keepsSingleInsertWithIdZero();
    void refusesUnresolvedPlaceholders_data();
    void refusesUnresolvedPlaceholders();
    void largeDirectorySync();

private:
    QTemporaryDir m_dir;
};

void tst_PlaceholderCommit::initTestCase_data()
{
    TestBackends::addRows();
}

void tst_PlaceholderCommit::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_dir.isValid());
}

void tst_PlaceholderCommit::commitsBatchWithPlaceholders()
{
    // Given the small organisation
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = openDatabase(url);
    QVERIFY(repository);
    VERIFY_OK(repository->importSnapshot(TestOrganisations::small(), Repository::ImportMode::Replace, Ada));
    const Result<Snapshot> before = repository->load();
    VERIFY_OK(before);
    const Result<Id> lastSeen = repository->lastChangeId();
    VERIFY_OK(lastSeen);

    // When a directory sync creates people and groups naming them, updates others and
    // deletes a group
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ProvisioningBatch batch(*before, SmallAdmin, now);
    VERIFY_OK(batch.createAccount(profile(u"mia@example.com"_s, u"Mia Wong"_s)));
    VERIFY_OK(batch.createAccount(profile(u"noor@example.com"_s, u"Noor"_s, Role::Manager)));
    VERIFY_OK(batch.createAccount(profile(u"olu@example.com"_s, u"Olu"_s, std::nullopt, false)));
    VERIFY_OK(batch.updateAccount(2, profile(u"grace.hopper@example.com"_s, u"Grace Hopper"_s), 1));
    VERIFY_OK(batch.createTeam(u"Platform"_s, {-1, -2, 1}));
    VERIFY_OK(batch.updateTeam(2, u"Finance & Risk"_s, {-3, -1, 2}, 1));
    VERIFY_OK(batch.deleteTeam(5, 3));
    VERIFY_OK(batch.createTeam(u"ops; night shift"_s, {-2})); // the deleted team's name, reused
    const ChangeSet changes = batch.changes();
    QCOMPARE(changes.summary, u"Directory sync: 3 accounts created, 1 updated, 2 teams created, 1 changed, "
                              u"1 deleted"_s);
    const Result<CommitResult> committed = repository->commit(changes, SmallAdmin);
    VERIFY_OK(committed);

    // Then every new entity has a new id, in the order planned, and members name them
    QCOMPARE(committed->accounts.size(), 4);
    const Id mia = committed->accounts.at(0).id;
    const Id noor = committed->accounts.at(1).id;
    const Id olu = committed->accounts.at(2).id;
    QCOMPARE(mia, 8); // above the highest account id, 7
    QCOMPARE(noor, 9);
    QCOMPARE(olu, 10);
    QCOMPARE(committed->accounts.at(3).id, 2);
    QCOMPARE(committed->accounts.at(3).version, 2);
    QCOMPARE(committed->accounts.at(1).role, Role::Manager);
    QVERIFY(!committed->accounts.at(2).isActive());
    QCOMPARE(committed->teams.size(), 3);
    const Team platform = committed->teams.at(0);
    QCOMPARE(platform.id, 6); // above the highest team id, 5
    QCOMPARE(platform.members, (QList<Id>{1, mia, noor}));
    QCOMPARE(platform.permission, Level::Reporter);
    QCOMPARE(committed->teams.at(1).members, (QList<Id>{2, mia, olu}));
    QCOMPARE(committed->teams.at(1).version, 2);
    QCOMPARE(committed->teams.at(2).id, 7);
    QCOMPARE(committed->teams.at(2).members, QList<Id>{noor});
    QCOMPARE(committed->removedTeams, QList<Id>{5});

    // and the database holds exactly that, which is what an open Directory shows after
    // applying the commit, and what live refresh catches up to from the history
    const Result<Snapshot> after = repository->load();
    VERIFY_OK(after);
    QCOMPARE(after->accounts.size(), before->accounts.size() + 3);
    QCOMPARE(find(after->accounts, mia).email, u"mia@example.com"_s);
    QVERIFY(find(after->accounts, mia).subject.isNull());
    QCOMPARE(find(after->teams, 6).members, (QList<Id>{1, mia, noor}));
    QCOMPARE(find(after->teams, 5).id, Id(0));
    QCOMPARE(applied(*before, *committed), normalized(*after));
    qsizetype records = 0;
    QCOMPARE(caughtUp(*repository, *before, *lastSeen, &records), normalized(*after));

    // and one audit record per entity, by the token's Admin, under the sync's action
    QCOMPARE(records, 8);
    AuditFilter filter;
    filter.afterId = *lastSeen;
    const Result<QList<AuditRecord>> log = repository->auditLog(filter);
    VERIFY_OK(log);
    QSet<Id> auditedAccounts;
    for (const AuditRecord &record : *log) {
        QCOMPARE(record.action, u"scim.sync"_s);
        QCOMPARE(record.actorSubject, SmallAdmin);
        QVERIFY(record.entityId > 0);
        if (record.entity == u"account")
            auditedAccounts.insert(record.entityId);
        if (record.entity == u"team" && record.entityId == 6)
            QVERIFY2(record.afterJson.contains(u"\"members\":[1,8,9]"_s), qPrintable(record.afterJson));
        if (record.entity == u"team" && record.entityId == 5)
            QVERIFY(record.afterJson.isNull());
    }
    QCOMPARE(auditedAccounts, (QSet<Id>{2, mia, noor, olu}));

    // A later sync's new ids continue above these.
    ProvisioningBatch next(*after, SmallAdmin, now);
    VERIFY_OK(next.createAccount(profile(u"pia@example.com"_s, u"Pia"_s)));
    const Result<CommitResult> again = repository->commit(next.changes(), SmallAdmin);
    VERIFY_OK(again);
    QCOMPARE(again->accounts.constFirst().id, 11);
}

// The single-insert form AdminService plans (id 0, and 0 among the members) still works.
void tst_PlaceholderCommit::keepsSingleInsertWithIdZero()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = openDatabase(url);
    QVERIFY(repository);
    VERIFY_OK(repository->importSnapshot(TestOrganisations::small(), Repository::ImportMode::Replace, Ada));
    const Snapshot s = TestOrganisations::small();

    Account robot;
    robot.subject = u"loader@service"_s;
    robot.name = u"Loader"_s;
    robot.type = AccountType::Service;
    Team finance = find(s.teams, 2);
    Team after = finance;
    after.members = {0, 1, 2};
    const Result<CommitResult> committed = repository->commit(
        ChangeSet{u"service.create"_s, {}, {insert(robot)}, {update(finance, after)}, {}}, Ada);
    VERIFY_OK(committed);
    QCOMPARE(committed->accounts.constFirst().id, 8);
    QCOMPARE(committed->teams.constFirst().members, (QList<Id>{1, 2, 8}));
}

void tst_PlaceholderCommit::refusesUnresolvedPlaceholders_data()
{
    QTest::addColumn<ChangeSet>("changes");
    QTest::addColumn<QString>("message");

    Account mia;
    mia.id = -1;
    mia.name = u"Mia"_s;
    mia.email = u"mia@example.com"_s;
    Account noor = mia;
    noor.name = u"Noor"_s;
    noor.email = u"noor@example.com"_s;
    Team team;
    team.id = -1;
    team.name = u"Platform"_s;
    team.members = {-1, -2};
    QTest::addRow("member placeholder without an insert")
        << ChangeSet{u"scim.sync"_s, {}, {insert(mia)}, {insert(team)}, {}}
        << u"team 'Platform' members: -2 stands for the account this change inserts under that placeholder, "
           u"and it inserts none."_s;
    QTest::addRow("one placeholder for two inserts")
        << ChangeSet{u"scim.sync"_s, {}, {insert(mia), insert(noor)}, {}, {}}
        << u"accounts[1].after: placeholder -1 is used by two inserts."_s;
    Account zero = mia;
    zero.id = 0;
    Account zeroToo = noor;
    zeroToo.id = 0;
    team.members = {0};
    QTest::addRow("0 with two id-0 inserts")
        << ChangeSet{u"scim.sync"_s, {}, {insert(zero), insert(zeroToo)}, {insert(team)}, {}}
        << u"team 'Platform' members: 0 stands for the one account this change inserts, and it inserts none "
           u"(or several)."_s;
}

void tst_PlaceholderCommit::refusesUnresolvedPlaceholders()
{
    QFETCH(ChangeSet, changes);
    QFETCH(QString, message);

    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = openDatabase(url);
    QVERIFY(repository);
    VERIFY_OK(repository->importSnapshot(TestOrganisations::small(), Repository::ImportMode::Replace, Ada));
    const Result<Snapshot> before = repository->load();
    VERIFY_OK(before);
    const int records = auditCount(*repository);

    const Result<CommitResult> committed = repository->commit(changes, SmallAdmin);
    QVERIFY(!committed);
    QCOMPARE(committed.error().code, Error::Code::Invalid);
    QCOMPARE(committed.error().message, message);
    // Nothing written.
    QCOMPARE(auditCount(*repository), records);
    const Result<Snapshot> after = repository->load();
    VERIFY_OK(after);
    QCOMPARE(*after, *before);
}

// A directory's first sync: 50,000 people and 1,000 groups of 225 (225,000 memberships) in
// one commit. The time goes to the log for comparison; the test asserts what was written.
void tst_PlaceholderCommit::largeDirectorySync()
{
    constexpr int People = 50'000;
    constexpr int Groups = 1'000;
    constexpr int PerGroup = 225;

    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = openDatabase(url); // Ada (local|ada) is its Admin
    QVERIFY(repository);
    const Result<Snapshot> before = repository->load();
    VERIFY_OK(before);
    const Result<Id> lastSeen = repository->lastChangeId();
    VERIFY_OK(lastSeen);

    QElapsedTimer timer;
    timer.start();
    ProvisioningBatch batch(*before, Ada, QDateTime::currentDateTimeUtc());
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
    const ChangeSet changes = batch.changes();
    const qint64 planned = timer.restart();
    const Result<CommitResult> committed = repository->commit(changes, Ada);
    VERIFY_OK(committed);
    const qint64 written = timer.restart();
    const Snapshot shown = applied(*before, *committed);
    const qint64 appliedMs = timer.restart();
    qInfo("%s: planned %d accounts and %d teams in %lld ms, committed in %lld ms, Directory::apply %lld ms",
          qPrintable(TestBackends::current()), People, Groups, planned, written, appliedMs);

    QCOMPARE(committed->accounts.size(), People);
    QCOMPARE(committed->teams.size(), Groups);
    QCOMPARE(committed->accounts.constFirst().id, 2); // after Ada
    QCOMPARE(committed->accounts.constLast().id, People + 1);
    const Result<Snapshot> after = repository->load();
    VERIFY_OK(after);
    QCOMPARE(after->accounts.size(), People + 1);
    QCOMPARE(after->teams.size(), Groups + 1);
    qsizetype memberships = 0;
    for (const Team &team : after->teams) {
        memberships += team.members.size();
        for (Id member : team.members)
            QVERIFY(member >= 2 && member <= People + 1);
    }
    QCOMPARE(memberships, qsizetype(Groups) * PerGroup);
    QCOMPARE(find(after->accounts, 50'001).email, u"person50000@example.com"_s);
    QCOMPARE(find(after->accounts, 50'001).externalId, u"ext-50000"_s);
    QCOMPARE(shown, normalized(*after));

    // Live refresh in another window catches up from the 51,000 audit records.
    timer.restart();
    qsizetype records = 0;
    const Snapshot refreshed = caughtUp(*repository, *before, *lastSeen, &records);
    qInfo("%s: live refresh over %lld records in %lld ms", qPrintable(TestBackends::current()),
          qint64(records), timer.elapsed());
    QCOMPARE(records, People + Groups);
    QCOMPARE(refreshed, normalized(*after));

    repository.reset();
    QVERIFY(TestBackends::dropDatabase(url));
}

QTEST_GUILESS_MAIN(tst_PlaceholderCommit)
#include "tst_placeholdercommit.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "orgbuilder.h"
#include "reportdiff.h"

#include "core/accessdiff.h"
#include "core/adminservice.h"
#include "core/demogenerator.h"
#include "core/validation.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using Gatehouse::Test::OrgBuilder;

Q_DECLARE_METATYPE(Gatehouse::Command)
Q_DECLARE_METATYPE(Gatehouse::Error::Code)

namespace {

const QString Ada = u"auth0|ada_byron"_s;   // Admin
const QString Eve = u"auth0|eve_moss"_s;    // Admin
const QString Cy = u"auth0|cy_young"_s;     // Manager
const QString Bob = u"auth0|bob_stone"_s;   // Member
const QString Dee = u"auth0|dee_ray"_s;     // deactivated
const QString Robot = u"robot@service"_s;   // service account with the Admin role
const QString Nobody = u"local|nobody"_s;   // no account

// Public (1) holds Logs; Finance (2) and Sales (3) are ordinary teams.
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
                     .datastore(11, u"Finance Lake"_s)
                     .datastore(12, u"Logs"_s)
                     .datastore(13, u"Secrets"_s)
                     .publicDatastores({12})
                     .team(2, u"Finance"_s, Level::Viewer, {2, 3, 4}, {10, 11})
                     .team(3, u"Sales"_s, Level::Author, {3, 5}, {10})
                     .build();
    s.teams[1].version = 3; // Finance was edited twice since its creation
    return s;
}

// The same organisation with Ada as the only active human Admin.
Snapshot singleAdminOrg()
{
    Snapshot s = org();
    s.accounts[5].role = Role::Member; // Eve
    return s;
}

const Team &teamById(const Snapshot &s, Id id)
{
    for (const Team &t : s.teams) {
        if (t.id == id)
            return t;
    }
    qFatal("no team %lld", id);
}

const Datastore &datastoreById(const Snapshot &s, Id id)
{
    for (const Datastore &d : s.datastores) {
        if (d.id == id)
            return d;
    }
    qFatal("no datastore %lld", id);
}

Team newTeam(const QString &name, Level level = Level::Viewer, QList<Id> members = {2},
             QList<Id> datastores = {10})
{
    Team t;
    t.name = name;
    t.permission = level;
    t.members = std::move(members);
    t.datastores = std::move(datastores);
    return t;
}

Team editedTeam(Id id, const std::function<void(Team &)> &edit)
{
    Team t = teamById(org(), id);
    edit(t);
    return t;
}

Datastore newDatastore(const QString &name)
{
    Datastore d;
    d.name = name;
    d.kind = DatastoreKind::Enrichment;
    d.connection = u"Snowflake"_s;
    return d;
}

// One valid command of every kind (none targets the actor).
QList<std::pair<QString, Command>> everyCommand()
{
    Datastore logs = datastoreById(org(), 12);
    logs.name = u"Audit Logs"_s;
    return {
        {u"create team"_s, Command::createTeam(newTeam(u"Ops"_s))},
        {u"update team"_s, Command::updateTeam(editedTeam(2, [](Team &t) { t.permission = Level::Editor; }))},
        {u"delete team"_s, Command::deleteTeam(3)},
        {u"change Public's level"_s, Command::updateTeam(editedTeam(1, [](Team &t) { t.permission = Level::Viewer; }))},
        {u"set role"_s, Command::setRole(2, Role::Manager)},
        {u"set teams"_s, Command::setAccountTeams(2, {3})},
        {u"deactivate"_s, Command::deactivate(2)},
        {u"reactivate"_s, Command::reactivate(4)},
        {u"create service account"_s, Command::createServiceAccount(u"ETL Job"_s, Role::Member, {3})},
        {u"create datastore"_s, Command::createDatastore(newDatastore(u"New Lake"_s))},
        {u"update datastore"_s, Command::updateDatastore(logs)},
        {u"delete datastore"_s, Command::deleteDatastore(13)},
    };
}

// Versions and deactivation times are the repository's and the clock's: an undo restores
// the state, not them.
Snapshot comparable(Snapshot s)
{
    for (Account &a : s.accounts) {
        a.version = 1;
        if (a.deactivated.isValid())
            a.deactivated = OrgBuilder::time(2);
    }
    for (Team &t : s.teams)
        t.version = 1;
    for (Datastore &d : s.datastores)
        d.version = 1;
    return s;
}

} // namespace

class tst_AdminService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleTable_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<Command>("command");
        QTest::addColumn<QString>("refusal"); // empty = allowed

        const QStringList managerMay = {u"create datastore"_s, u"update datastore"_s};
        const QMap<QString, QString> rules = {
            {u"create team"_s, u"Only Admins can create teams."_s},
            {u"update team"_s, u"Only Admins can edit teams."_s},
            {u"delete team"_s, u"Only Admins can delete teams."_s},
            {u"change Public's level"_s, u"Only Admins can change the Public team's level and datastores."_s},
            {u"set role"_s, u"Only Admins can change roles."_s},
            {u"set teams"_s, u"Only Admins can change team memberships."_s},
            {u"deactivate"_s, u"Only Admins can deactivate accounts."_s},
            {u"reactivate"_s, u"Only Admins can reactivate accounts."_s},
            {u"create service account"_s, u"Only Admins can create service accounts."_s},
            {u"create datastore"_s, u"Only Admins and Managers can create datastores."_s},
            {u"update datastore"_s, u"Only Admins and Managers can edit datastores."_s},
            {u"delete datastore"_s, u"Only Admins can delete datastores."_s},
        };
        for (const auto &[name, command] : everyCommand()) {
            QVERIFY2(rules.contains(name), qPrintable(name));
            QTest::addRow("Admin: %s", qPrintable(name)) << Ada << command << QString();
            QTest::addRow("Manager: %s", qPrintable(name))
                << Cy << command << (managerMay.contains(name) ? QString() : rules.value(name));
            QTest::addRow("Member: %s", qPrintable(name)) << Bob << command << rules.value(name);
            QTest::addRow("deactivated: %s", qPrintable(name))
                << Dee << command << u"no access: auth0|dee_ray is deactivated"_s;
            QTest::addRow("no account: %s", qPrintable(name))
                << Nobody << command << u"no access: local|nobody has no account in this organisation"_s;
        }
        QTest::addRow("Manager: create datastore in a team")
            << Cy << Command::createDatastore(newDatastore(u"Lake 2"_s), {2})
            << u"Only Admins can assign datastores to teams."_s;
    }

    void roleTable()
    {
        QFETCH(QString, actor);
        QFETCH(Command, command);
        QFETCH(QString, refusal);
        const Result<Plan> plan = AdminService::plan(org(), actor, command);
        if (refusal.isEmpty()) {
            QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
            QVERIFY(!plan->changes.isEmpty());
            QCOMPARE(plan->changes.action, actionName(command.kind));
            QVERIFY(!plan->changes.summary.isEmpty());
            QVERIFY(!plan->changes.summary.contains(u'\n'));
            QVERIFY2(validateSnapshot(plan->after).ok(), qPrintable(validateSnapshot(plan->after).error().message));
        } else {
            QVERIFY(!plan.ok());
            QCOMPARE(plan.error().code, Error::Code::Denied);
            QCOMPARE(plan.error().message, refusal);
        }
    }

    void capabilities_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QList<bool>>("allowed"); // in Action order
        QTest::addColumn<QString>("deleteReason");

        QTest::addRow("Admin") << Ada << QList<bool>{true, true, true, true, true, true} << QString();
        QTest::addRow("Manager") << Cy << QList<bool>{true, false, false, false, true, false}
                                 << u"Only Admins can delete datastores."_s;
        QTest::addRow("Member") << Bob << QList<bool>{false, false, false, false, false, false}
                                << u"Only Admins can delete datastores."_s;
        QTest::addRow("deactivated") << Dee << QList<bool>{false, false, false, false, false, false}
                                     << u"no access: auth0|dee_ray is deactivated"_s;
        QTest::addRow("no account") << Nobody << QList<bool>{false, false, false, false, false, false}
                                    << u"no access: local|nobody has no account in this organisation"_s;
    }

    void capabilities()
    {
        QFETCH(QString, actor);
        QFETCH(QList<bool>, allowed);
        QFETCH(QString, deleteReason);
        using A = Capabilities::Action;
        const Capabilities c = AdminService::capabilities(org(), actor);
        const QList<A> actions = {A::ViewOrganisation, A::EditTeams, A::EditAccounts,
                                  A::CreateServiceAccounts, A::EditDatastores, A::DeleteDatastores};
        for (qsizetype i = 0; i < actions.size(); ++i) {
            QCOMPARE(c.allowed(actions.at(i)), allowed.at(i));
            QCOMPARE(c.reason(actions.at(i)).isEmpty(), allowed.at(i));
        }
        QCOMPARE(c.reason(A::DeleteDatastores), deleteReason);
    }

    void invariants_data()
    {
        QTest::addColumn<Snapshot>("organisation");
        QTest::addColumn<QString>("actor");
        QTest::addColumn<Command>("command");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("message");

        const Snapshot o = org();
        const QString longName(256, u'x');
        using C = Error::Code;
        QTest::addRow("empty team name") << o << Ada << Command::createTeam(newTeam(u"  "_s))
                                         << C::Invalid << u"name: \"\" is empty"_s;
        QTest::addRow("256-character team name")
            << o << Ada << Command::createTeam(newTeam(longName)) << C::Invalid
            << u"name: \"%1...\" has 256 characters, at most 255"_s.arg(QString(40, u'x'));
        QTest::addRow("team name differing only in case")
            << o << Ada << Command::createTeam(newTeam(u"finance"_s)) << C::Invalid
            << u"name: \"finance\" is already used by team \"Finance\""_s;
        QTest::addRow("team named public") << o << Ada << Command::createTeam(newTeam(u"PUBLIC"_s))
                                           << C::Invalid << u"name: \"PUBLIC\" is already used by team \"Public\""_s;
        QTest::addRow("rename onto another team, spaces trimmed")
            << o << Ada << Command::updateTeam(editedTeam(2, [](Team &t) { t.name = u" SALES "_s; }))
            << C::Invalid << u"name: \"SALES\" is already used by team \"Sales\""_s;
        QTest::addRow("1001-character description")
            << o << Ada << Command::updateTeam(editedTeam(2, [](Team &t) { t.description = QString(1001, u'd'); }))
            << C::Invalid << u"description: \"%1...\" has 1001 characters, at most 1000"_s.arg(QString(40, u'd'));
        QTest::addRow("no level") << o << Ada << Command::createTeam(newTeam(u"Ops"_s, Level::None))
                                  << C::Invalid << u"permission: \"\" is not a team permission level (Reporter to Editor)"_s;
        QTest::addRow("Admin is no team level")
            << o << Ada << Command::updateTeam(editedTeam(2, [](Team &t) { t.permission = Level::Admin; }))
            << C::Invalid << u"permission: \"Admin\" is not a team permission level (Reporter to Editor)"_s;
        QTest::addRow("unknown member") << o << Ada << Command::createTeam(newTeam(u"Ops"_s, Level::Viewer, {2, 999}))
                                        << C::NotFound << u"members: 999 is not an account id"_s;
        QTest::addRow("unknown datastore")
            << o << Ada << Command::updateTeam(editedTeam(2, [](Team &t) { t.datastores.append(999); }))
            << C::NotFound << u"datastores: 999 is not a datastore id"_s;
        QTest::addRow("unknown team to join") << o << Ada << Command::setAccountTeams(2, {3, 99})
                                              << C::NotFound << u"teams: 99 is not a team id"_s;
        QTest::addRow("unknown team") << o << Ada << Command::deleteTeam(99) << C::NotFound
                                      << u"team 99 does not exist"_s;
        QTest::addRow("unknown account") << o << Ada << Command::setRole(99, Role::Admin) << C::NotFound
                                         << u"account 99 does not exist"_s;
        QTest::addRow("unknown role") << o << Ada << Command::setRole(2, Role(7)) << C::Invalid
                                      << u"role: 7 is not a role"_s;
        QTest::addRow("datastore name differing only in case")
            << o << Cy << Command::createDatastore(newDatastore(u"logs"_s)) << C::Invalid
            << u"name: \"logs\" is already used by datastore \"Logs\""_s;
        QTest::addRow("empty datastore name")
            << o << Cy << Command::createDatastore(newDatastore(QString())) << C::Invalid << u"name: \"\" is empty"_s;
        QTest::addRow("delete Public") << o << Ada << Command::deleteTeam(1) << C::Invalid
                                       << u"The Public team cannot be deleted."_s;
        QTest::addRow("rename Public")
            << o << Ada << Command::updateTeam(editedTeam(1, [](Team &t) { t.name = u"Everyone"_s; }))
            << C::Invalid << u"The Public team cannot be renamed."_s;
        QTest::addRow("edit Public's members")
            << o << Ada << Command::updateTeam(editedTeam(1, [](Team &t) { t.members = {2}; }))
            << C::Invalid << u"The Public team's members cannot be edited: every account is a member."_s;
        QTest::addRow("second public team")
            << o << Ada << Command::createTeam([] { Team t = newTeam(u"Ops"_s); t.isPublic = true; return t; }())
            << C::Invalid << u"The Public team already exists; a new team cannot be public."_s;
        QTest::addRow("own role") << o << Ada << Command::setRole(1, Role::Manager) << C::Denied
                                  << u"Nobody can change their own role."_s;
        QTest::addRow("demote the last active human Admin")
            << singleAdminOrg() << Robot << Command::setRole(1, Role::Member) << C::Invalid
            << u"Ada Byron is the last active Admin; make another account Admin first."_s;
        QTest::addRow("deactivate the last active human Admin")
            << singleAdminOrg() << Robot << Command::deactivate(1) << C::Invalid
            << u"Ada Byron is the last active Admin; make another account Admin first."_s;
        QTest::addRow("deactivate oneself, the last Admin")
            << singleAdminOrg() << Ada << Command::deactivate(1) << C::Invalid
            << u"Ada Byron is the last active Admin; make another account Admin first."_s;
        QTest::addRow("stale team version")
            << o << Ada << Command::updateTeam(editedTeam(2, [](Team &t) { t.permission = Level::Editor; t.version = 2; }))
            << C::Conflict
            << u"team \"Finance\" was changed by someone else since it was read (version 2, now 3); reload and try again."_s;
        QTest::addRow("stale account version") << o << Ada << Command::deactivate(2, 4) << C::Conflict
                                               << u"account \"Bob Stone\" was changed by someone else since it was read (version 4, now 1); reload and try again."_s;
        QTest::addRow("reactivate an active account") << o << Ada << Command::reactivate(2) << C::Invalid
                                                      << u"Bob Stone is already active"_s;
        QTest::addRow("deactivate a deactivated account") << o << Ada << Command::deactivate(4) << C::Invalid
                                                          << u"Dee Ray is already deactivated"_s;
        QTest::addRow("role unchanged") << o << Ada << Command::setRole(3, Role::Manager) << C::Invalid
                                        << u"Cy Young already has the role Manager"_s;
        QTest::addRow("team unchanged") << o << Ada << Command::updateTeam(teamById(o, 2)) << C::Invalid
                                        << u"team \"Finance\": nothing to change"_s;
        QTest::addRow("service identifier taken")
            << o << Ada << Command::createServiceAccount(u"loader"_s, Role::Member, {}) << C::Invalid
            << u"name: \"loader\" gives the identifier \"loader@service\", already used by \"Loader\""_s;
        QTest::addRow("service name without identifier")
            << o << Ada << Command::createServiceAccount(u"!!!"_s, Role::Member, {}) << C::Invalid
            << u"name: \"!!!\" has no letter, digit or space to make a service identifier from"_s;
        QTest::addRow("recreate over an existing id")
            << o << Ada << Command::createTeam([] { Team t = newTeam(u"Ops"_s); t.id = 3; return t; }())
            << C::Conflict << u"team id 3 is already used by team \"Sales\""_s;
    }

    void invariants()
    {
        QFETCH(Snapshot, organisation);
        QFETCH(QString, actor);
        QFETCH(Command, command);
        QFETCH(Error::Code, code);
        QFETCH(QString, message);
        const Result<Plan> plan = AdminService::plan(organisation, actor, command);
        QVERIFY2(!plan.ok(), "a refused command must give no plan");
        QCOMPARE(plan.error().message, message);
        QCOMPARE(plan.error().code, code);
    }

    void limitsAreInclusive()
    {
        // 255 characters and 1000 characters of description are allowed.
        Team t = newTeam(QString(255, u'n'));
        t.description = QString(1000, u'd');
        const Result<Plan> plan = AdminService::plan(org(), Ada, Command::createTeam(t));
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        // Names are trimmed before they are stored.
        const Result<Plan> trimmed = AdminService::plan(org(), Ada, Command::createTeam(newTeam(u"  Ops  "_s)));
        QVERIFY(trimmed.ok());
        QCOMPARE(trimmed->changes.teams.first().after->name, u"Ops"_s);
    }

    void changeSets()
    {
        const Snapshot o = org();

        // Deleting a datastore removes it from every team holding it.
        Result<Plan> plan = AdminService::plan(o, Ada, Command::deleteDatastore(10));
        QVERIFY(plan.ok());
        QCOMPARE(plan->changes.datastores.size(), 1);
        QVERIFY(!plan->changes.datastores.first().after.has_value());
        QCOMPARE(plan->changes.teams.size(), 2);
        for (const auto &entry : std::as_const(plan->changes.teams)) {
            QVERIFY(entry.before->datastores.contains(10));
            QVERIFY(!entry.after->datastores.contains(10));
        }
        QCOMPARE(plan->inverse.teams, (QList<Id>{2, 3}));
        QCOMPARE(plan->changes.summary, u"Deleted datastore \"Sales Warehouse\", removed from 2 teams"_s);

        // Setting teams changes each team gaining or losing the account, and the account.
        plan = AdminService::plan(o, Ada, Command::setAccountTeams(3, {3, 1}));
        QVERIFY(plan.ok());
        QCOMPARE(plan->changes.teams.size(), 1); // leaves Finance; Sales kept, Public implied
        QCOMPARE(plan->changes.teams.first().after->id, Id(2));
        QCOMPARE(plan->changes.teams.first().after->members, (QList<Id>{2, 4}));
        QCOMPARE(plan->changes.teams.first().after->version, 4);
        QCOMPARE(plan->changes.accounts.size(), 1);
        QCOMPARE(plan->inverse, Command::setAccountTeams(3, {2, 3}, 2));

        // A service account: derived subject, service type, no e-mail, active, now.
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-1);
        plan = AdminService::plan(o, Ada, Command::createServiceAccount(u"Pipeline Automation"_s, Role::Manager, {2}));
        QVERIFY(plan.ok());
        const Account &service = *plan->changes.accounts.first().after;
        QCOMPARE(service.subject, u"pipeline_automation@service"_s);
        QCOMPARE(service.type, AccountType::Service);
        QVERIFY(service.email.isNull());
        QCOMPARE(service.role, Role::Manager);
        QVERIFY(service.isActive());
        QVERIFY(service.created >= start && service.created <= QDateTime::currentDateTimeUtc());
        // The repository assigns the id; team entries name the new account as 0.
        QCOMPARE(service.id, Id(0));
        QCOMPARE(plan->changes.teams.size(), 1);
        QCOMPARE(plan->changes.teams.first().after->members, (QList<Id>{0, 2, 3, 4}));
        // The preview predicts the next id.
        QVERIFY(teamById(plan->after, 2).members.contains(8));
        QCOMPARE(plan->after.accounts.last().subject, u"pipeline_automation@service"_s);
        QCOMPARE(plan->inverse, Command::deactivate(8, 1));

        // A new team without references lets the repository assign its id.
        plan = AdminService::plan(o, Ada, Command::createTeam(newTeam(u"Ops"_s)));
        QVERIFY(plan.ok());
        QCOMPARE(plan->changes.teams.first().after->id, Id(0));
        QCOMPARE(teamById(plan->after, 4).name, u"Ops"_s);

        // Updates say what changed.
        plan = AdminService::plan(o, Ada, Command::updateTeam(editedTeam(2, [](Team &t) {
            t.name = u"Money"_s;
            t.permission = Level::Editor;
            t.members = {2, 3, 4, 5, 6};
            t.datastores = {10};
        })));
        QVERIFY(plan.ok());
        QCOMPARE(plan->changes.summary,
                 u"Updated team \"Money\": renamed from \"Finance\", level Viewer -> Editor, +2 members, -1 datastore"_s);
    }

    void inverseRestores_data()
    {
        QTest::addColumn<Command>("command");
        for (const auto &[name, command] : everyCommand())
            QTest::addRow("%s", qPrintable(name)) << command;
        QTest::addRow("delete datastore held by teams") << Command::deleteDatastore(10);
        QTest::addRow("set teams to none") << Command::setAccountTeams(3, {});
        QTest::addRow("Public's datastores")
            << Command::updateTeam(editedTeam(1, [](Team &t) { t.datastores = {10, 13}; }));
    }

    void inverseRestores()
    {
        QFETCH(Command, command);
        const Snapshot original = org();
        const Result<Plan> plan = AdminService::plan(original, Ada, command);
        QVERIFY2(plan.ok(), plan.ok() ? "" : qPrintable(plan.error().message));
        // The undo carries the version this change writes: undo after another edit conflicts.
        const Result<Plan> undo = AdminService::plan(plan->after, Ada, plan->inverse);
        QVERIFY2(undo.ok(), undo.ok() ? "" : qPrintable(undo.error().message));

        Snapshot expected = original;
        if (command.kind == Command::Kind::CreateServiceAccount) {
            // Accounts are never deleted: undoing the creation deactivates it.
            QCOMPARE(undo->after.accounts.size(), original.accounts.size() + 1);
            const Account service = undo->after.accounts.last();
            QVERIFY(!service.isActive());
            QCOMPARE(service.subject, u"etl_job@service"_s);
            Snapshot withoutService = undo->after;
            withoutService.accounts.removeLast();
            for (Team &t : withoutService.teams)
                t.members.removeAll(service.id);
            QCOMPARE(comparable(withoutService), comparable(expected));
            QVERIFY(teamById(undo->after, 3).members.contains(service.id)); // teams kept
            return;
        }
        QCOMPARE(comparable(undo->after), comparable(expected));
        // The inverse of the inverse is the command again (a redo).
        const Result<Plan> redo = AdminService::plan(undo->after, Ada, undo->inverse);
        QVERIFY2(redo.ok(), redo.ok() ? "" : qPrintable(redo.error().message));
        QCOMPARE(comparable(redo->after), comparable(plan->after));
    }

    void undoAfterAnotherEditConflicts()
    {
        const Result<Plan> plan = AdminService::plan(org(), Ada, Command::setRole(2, Role::Manager));
        QVERIFY(plan.ok());
        // Someone else edits Bob in between.
        const Result<Plan> other = AdminService::plan(plan->after, Eve, Command::deactivate(2));
        QVERIFY(other.ok());
        const Result<Plan> undo = AdminService::plan(other->after, Ada, plan->inverse);
        QVERIFY(!undo.ok());
        QCOMPARE(undo.error().code, Error::Code::Conflict);
    }

    void inverseAfterCommit()
    {
        // The repository decides a new entity's id and every version.
        Result<Plan> plan = AdminService::plan(org(), Ada, Command::createTeam(newTeam(u"Ops"_s)));
        QVERIFY(plan.ok());
        CommitResult commit;
        Team stored = *plan->changes.teams.first().after;
        stored.id = 40;
        commit.teams = {stored};
        QCOMPARE(plan->inverseAfter(commit), Command::deleteTeam(40, 1));

        plan = AdminService::plan(org(), Ada, Command::updateTeam(editedTeam(2, [](Team &t) { t.permission = Level::Editor; })));
        QVERIFY(plan.ok());
        stored = *plan->changes.teams.first().after;
        stored.version = 9;
        commit.teams = {stored};
        const Command undo = plan->inverseAfter(commit);
        QCOMPARE(undo.expectedVersion, 9);
        QCOMPARE(undo.team.permission, Level::Viewer);
    }

    void previewMatchesReports()
    {
        DemoOptions options;
        options.accounts = 300;
        options.teams = 20;
        options.datastores = 60;
        options.seed = 11;
        options.adminSubject = u"auth0|operator"_s;
        Snapshot current = generateDemo(options);
        const QString actor = options.adminSubject;
        QRandomGenerator random(2026);
        auto pick = [&random](const auto &list) -> const auto & { return list.at(random.bounded(int(list.size()))); };
        auto someIds = [&](const auto &list, int count) {
            QList<Id> ids;
            for (int i = 0; i < count; ++i)
                ids.append(pick(list).id);
            return ids;
        };

        int applied = 0;
        for (int round = 0; round < 120; ++round) {
            Command command;
            switch (random.bounded(10)) {
            case 0: {
                Team t = pick(current.teams);
                if (!t.isPublic)
                    t.members = someIds(current.accounts, random.bounded(40));
                t.permission = Level(1 + random.bounded(5));
                command = Command::updateTeam(t);
                break;
            }
            case 1: {
                Team t = pick(current.teams);
                t.datastores = someIds(current.datastores, random.bounded(15));
                command = Command::updateTeam(t);
                break;
            }
            case 2:
                command = Command::createTeam(newTeam(u"Team %1"_s.arg(round), Level(1 + random.bounded(5)),
                                                      someIds(current.accounts, 30), someIds(current.datastores, 10)));
                break;
            case 3: command = Command::deleteTeam(pick(current.teams).id); break;
            case 4: command = Command::setRole(pick(current.accounts).id, Role(random.bounded(3))); break;
            case 5: command = Command::setAccountTeams(pick(current.accounts).id, someIds(current.teams, 3)); break;
            case 6: command = Command::deactivate(pick(current.accounts).id); break;
            case 7: command = Command::reactivate(pick(current.accounts).id); break;
            case 8: command = Command::deleteDatastore(pick(current.datastores).id); break;
            default:
                command = Command::createDatastore(newDatastore(u"Store %1"_s.arg(round)), someIds(current.teams, 2));
                break;
            }
            const Result<Plan> plan = AdminService::plan(current, actor, command);
            if (!plan.ok())
                continue; // e.g. the operator's own role, or nothing to change
            const QStringList expected = Test::reportDifference(current, plan->after);
            QCOMPARE(Test::diffLines(diffAccess(current, plan->after)), expected);
            QVERIFY(validateSnapshot(plan->after).ok());
            current = plan->after;
            ++applied;
        }
        QVERIFY2(applied > 60, qPrintable(QString::number(applied)));
    }
};

QTEST_GUILESS_MAIN(tst_AdminService)
#include "tst_adminservice.moc"

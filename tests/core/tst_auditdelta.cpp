// SPDX-License-Identifier: GPL-3.0-or-later
// Live refresh's catch-up, over the history a real SQLite repository writes: a Directory
// loaded at some point, given the delta of the records written after it, must hold the
// organisation a fresh load holds.
#include "core/adminservice.h"
#include "core/auditdelta.h"
#include "core/demogenerator.h"
#include "core/directory.h"
#include "core/entityjson.h"
#include "core/reviewservice.h"
#include "repository/repositoryfactory.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

const QString Root = u"auth0|root"_s;

template <typename T>
QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

// One organisation in a new SQLite file: a small demo, then whatever a case commits.
class Org
{
public:
    explicit Org(const QString &path)
    {
        auto opened = openRepository(u"sqlite:"_s + path, OpenMode::CreateIfMissing, Root, u"Root"_s);
        if (!opened) {
            m_error = opened.error().message;
            return;
        }
        m_repository = std::move(opened).value();
        DemoOptions options;
        options.accounts = 60;
        options.teams = 6;
        options.datastores = 20;
        options.seed = 11;
        options.adminSubject = Root;
        if (auto imported = m_repository->importSnapshot(generateDemo(options), Repository::ImportMode::Replace, Root);
            !imported)
            m_error = imported.error().message;
    }

    QString error() const { return m_error; }
    Repository &repository() { return *m_repository; }

    Snapshot load()
    {
        Result<Snapshot> loaded = m_repository->load();
        if (!loaded) {
            m_error = loaded.error().message;
            return {};
        }
        return std::move(loaded).value();
    }

    // Plans `command` against the stored organisation and commits it; the plan's inverse
    // (with the new ids) comes back for cases that undo.
    std::optional<Command> run(const Command &command)
    {
        const Snapshot current = load();
        const Result<Plan> plan = AdminService::plan(current, Root, command);
        if (!plan) {
            m_error = u"plan: "_s + plan.error().message;
            return std::nullopt;
        }
        const Result<CommitResult> committed = m_repository->commit(plan->changes, Root);
        if (!committed) {
            m_error = u"commit: "_s + committed.error().message;
            return std::nullopt;
        }
        m_lastCommit = *committed;
        return plan->inverseAfter(*committed);
    }
    const CommitResult &lastCommit() const { return m_lastCommit; }

    const Team &someTeam(const Snapshot &s) const
    {
        for (const Team &team : s.teams) {
            if (!team.isPublic && team.members.size() >= 2 && !team.datastores.isEmpty())
                return team;
        }
        return s.teams.constFirst();
    }
    const Account &someMember(const Snapshot &s, qsizetype skip = 0) const
    {
        for (const Account &account : s.accounts) {
            if (account.isActive() && account.role == Role::Member && account.type == AccountType::Human
                && skip-- == 0)
                return account;
        }
        return s.accounts.constFirst();
    }

private:
    std::unique_ptr<Repository> m_repository;
    CommitResult m_lastCommit;
    QString m_error;
};

using Script = std::function<bool(Org &org, const Snapshot &start)>;

// The history keeps whether an account is active, not since when: the delta takes the
// deactivation time from the record, which is stamped at commit, while the stored time is
// the one planned just before it. Both are to the second; allow the second they may straddle.
Snapshot withDeactivationTimesOf(Snapshot caughtUp, const Snapshot &fresh)
{
    for (Account &account : caughtUp.accounts) {
        for (const Account &stored : fresh.accounts) {
            if (stored.id == account.id && !stored.isActive() && !account.isActive()
                && qAbs(stored.deactivated.secsTo(account.deactivated)) <= 1)
                account.deactivated = stored.deactivated;
        }
    }
    return caughtUp;
}

QByteArray firstDifference(const Snapshot &a, const Snapshot &b)
{
    if (a.accounts.size() != b.accounts.size() || a.teams.size() != b.teams.size()
        || a.datastores.size() != b.datastores.size())
        return "the numbers of accounts, teams or datastores differ";
    for (qsizetype i = 0; i < a.accounts.size(); ++i) {
        if (a.accounts.at(i) != b.accounts.at(i))
            return "account " + QByteArray::number(a.accounts.at(i).id) + " differs: "
                + entityJson(a.accounts.at(i)).toUtf8() + " deactivated " + formatTimestamp(a.accounts.at(i).deactivated).toUtf8()
                + " against " + entityJson(b.accounts.at(i)).toUtf8() + " deactivated "
                + formatTimestamp(b.accounts.at(i).deactivated).toUtf8();
    }
    for (qsizetype i = 0; i < a.teams.size(); ++i) {
        if (a.teams.at(i) != b.teams.at(i))
            return "team " + QByteArray::number(a.teams.at(i).id) + " differs";
    }
    for (qsizetype i = 0; i < a.datastores.size(); ++i) {
        if (a.datastores.at(i) != b.datastores.at(i))
            return "datastore " + QByteArray::number(a.datastores.at(i).id) + " differs";
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Script)

class tst_AuditDelta : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catchesUpWithAFreshLoad_data();
    void catchesUpWithAFreshLoad();
    void ownCommitsAreNothingNew();
    void reviewsAreFlagged();
    void importNeedsAReload();
    void unknownRecordsNeedAReload();
    void nothingAfterTheLastSeenRecord();
    void appliedWithoutReset();

private:
    QTemporaryDir m_dir;
    int m_files = 0;
    QString newFile() { return m_dir.filePath(u"org%1.gatehouse"_s.arg(++m_files)); }
};

void tst_AuditDelta::catchesUpWithAFreshLoad_data()
{
    // `prepare` runs before the Directory is loaded, `script` after.
    QTest::addColumn<Script>("prepare");
    QTest::addColumn<Script>("script");
    const Script nothing = [](Org &, const Snapshot &) { return true; };

    QTest::addRow("team renamed, level and members changed") << nothing << Script([](Org &org, const Snapshot &s) {
        Team team = org.someTeam(s);
        team.name += u" (renamed)"_s;
        team.permission = team.permission == Level::Editor ? Level::Viewer : Level::Editor;
        team.members.removeFirst();
        team.members.append(org.someMember(s, 3).id);
        return org.run(Command::updateTeam(team)).has_value();
    });
    QTest::addRow("team created, then changed") << nothing << Script([](Org &org, const Snapshot &s) {
        Team team;
        team.name = u"Late Team"_s;
        team.permission = Level::Author;
        team.members = {org.someMember(s).id};
        team.datastores = {s.datastores.constFirst().id};
        if (!org.run(Command::createTeam(team)))
            return false;
        Team created = org.lastCommit().teams.constFirst();
        created.description = u"Second thoughts"_s;
        created.members.append(org.someMember(s, 1).id);
        return org.run(Command::updateTeam(created)).has_value();
    });
    QTest::addRow("team deleted") << nothing << Script([](Org &org, const Snapshot &s) {
        const Team &team = org.someTeam(s);
        return org.run(Command::deleteTeam(team.id, team.version)).has_value();
    });
    QTest::addRow("team created, then deleted") << nothing << Script([](Org &org, const Snapshot &) {
        Team team;
        team.name = u"Short-lived"_s;
        if (!org.run(Command::createTeam(team)))
            return false;
        const Team &created = org.lastCommit().teams.constFirst();
        return org.run(Command::deleteTeam(created.id, created.version)).has_value();
    });
    QTest::addRow("team deleted, then brought back (undo)") << nothing << Script([](Org &org, const Snapshot &s) {
        const Team &team = org.someTeam(s);
        const std::optional<Command> undo = org.run(Command::deleteTeam(team.id, team.version));
        return undo && org.run(*undo).has_value();
    });
    QTest::addRow("role set, account's teams set") << nothing << Script([](Org &org, const Snapshot &s) {
        const Account &member = org.someMember(s);
        if (!org.run(Command::setRole(member.id, Role::Manager, member.version)))
            return false;
        for (const Team &team : s.teams) {
            if (!team.isPublic && !team.members.contains(member.id))
                return org.run(Command::setAccountTeams(member.id, {team.id})).has_value();
        }
        return false;
    });
    QTest::addRow("account deactivated") << nothing << Script([](Org &org, const Snapshot &s) {
        const Account &member = org.someMember(s);
        return org.run(Command::deactivate(member.id, member.version)).has_value();
    });
    QTest::addRow("account deactivated, then its role changed") << nothing << Script([](Org &org, const Snapshot &s) {
        const Account &member = org.someMember(s);
        if (!org.run(Command::deactivate(member.id, member.version)))
            return false;
        // The second record is stamped later than the comparison's tolerance: the delta must
        // keep the time of the first.
        QTest::qWait(2100);
        return org.run(Command::setRole(member.id, Role::Manager)).has_value();
    });
    QTest::addRow("account deactivated before, given a role after")
        << Script([](Org &org, const Snapshot &s) {
               const Account &member = org.someMember(s, 4);
               return org.run(Command::deactivate(member.id, member.version)).has_value();
           })
        << Script([](Org &org, const Snapshot &s) {
               QTest::qWait(2100); // as above: the deactivation time must be the stored one
               for (const Account &account : s.accounts) {
                   if (!account.isActive() && account.type == AccountType::Human)
                       return org.run(Command::setRole(account.id, Role::Manager, account.version)).has_value();
               }
               return false;
           });
    QTest::addRow("account deactivated and reactivated") << nothing << Script([](Org &org, const Snapshot &s) {
        const Account &member = org.someMember(s);
        return org.run(Command::deactivate(member.id, member.version)) && org.run(Command::reactivate(member.id));
    });
    QTest::addRow("service account created") << nothing << Script([](Org &org, const Snapshot &s) {
        return org.run(Command::createServiceAccount(u"Nightly Loader"_s, Role::Member, {org.someTeam(s).id}))
            .has_value();
    });
    QTest::addRow("datastore created in a team, another renamed") << nothing << Script([](Org &org, const Snapshot &s) {
        Datastore fresh;
        fresh.name = u"Late Lake"_s;
        fresh.connection = u"Databricks"_s;
        if (!org.run(Command::createDatastore(fresh, {org.someTeam(s).id})))
            return false;
        Datastore renamed = s.datastores.at(2);
        renamed.name += u" (old)"_s;
        return org.run(Command::updateDatastore(renamed)).has_value();
    });
    QTest::addRow("datastore deleted from its teams") << nothing << Script([](Org &org, const Snapshot &s) {
        const Team &team = org.someTeam(s);
        const Id doomed = team.datastores.constFirst();
        return org.run(Command::deleteDatastore(doomed)).has_value();
    });
    QTest::addRow("a long series") << nothing << Script([](Org &org, const Snapshot &s) {
        for (int i = 0; i < 12; ++i) {
            const Snapshot now = org.load();
            Team team = now.teams.at(1 + i % (now.teams.size() - 1));
            team.description = u"Step %1"_s.arg(i);
            if (team.isPublic || !org.run(Command::updateTeam(team)))
                return false;
        }
        const Account &member = org.someMember(s, 2);
        return org.run(Command::setRole(member.id, Role::Admin)).has_value();
    });
}

void tst_AuditDelta::catchesUpWithAFreshLoad()
{
    QFETCH(Script, prepare);
    QFETCH(Script, script);
    // Given a Directory loaded at record N,
    Org org(newFile());
    QVERIFY2(org.error().isEmpty(), qPrintable(org.error()));
    QVERIFY2(prepare(org, org.load()), qPrintable(org.error()));
    const Result<Id> seen = org.repository().lastChangeId();
    QVERIFY(seen);
    Directory directory;
    directory.load(org.load());
    // when the case commits its changes through the repository,
    QVERIFY2(script(org, directory.snapshot()), qPrintable(org.error()));
    // and the records after N become a delta applied to the Directory,
    AuditFilter filter;
    filter.afterId = *seen;
    const Result<QList<AuditRecord>> records = org.repository().auditLog(filter);
    QVERIFY2(records, why(records).constData());
    QVERIFY(!records->isEmpty());
    QCOMPARE(records->constFirst().id, *seen + 1);
    const AuditDelta delta = auditDelta(*records, directory.snapshot());
    QVERIFY(!delta.reloadNeeded);
    QVERIFY(!delta.reviewsChanged);
    QCOMPARE(delta.newestId, *org.repository().lastChangeId());
    directory.apply(delta.changes);
    // then the Directory holds what a fresh load holds.
    const Snapshot fresh = org.load();

    const Snapshot caughtUp = withDeactivationTimesOf(directory.snapshot(), fresh);
    QVERIFY2(caughtUp == fresh, firstDifference(caughtUp, fresh).constData());
    // Building it again on the caught-up organisation finds nothing left to do.
    QVERIFY(auditDelta(*records, directory.snapshot()).isEmpty());
}

void tst_AuditDelta::ownCommitsAreNothingNew()
{
    // Given a Directory that applied its own commit at once (as the GUI's session does),
    Org org(newFile());
    QVERIFY2(org.error().isEmpty(), qPrintable(org.error()));
    const Id seen = *org.repository().lastChangeId();
    Directory directory;
    directory.load(org.load());
    Team team = org.someTeam(directory.snapshot());
    team.description = u"Changed here"_s;
    QVERIFY2(org.run(Command::updateTeam(team)), qPrintable(org.error()));
    directory.apply(org.lastCommit());
    // when the change is heard back from the history,
    AuditFilter filter;
    filter.afterId = seen;
    const AuditDelta delta = auditDelta(*org.repository().auditLog(filter), directory.snapshot());
    // then there is nothing to apply, and the newest record is known.
    QVERIFY(delta.isEmpty());
    QVERIFY(!delta.reloadNeeded);
    QCOMPARE(delta.newestId, seen + 1);
}

void tst_AuditDelta::reviewsAreFlagged()
{
    Org org(newFile());
    QVERIFY2(org.error().isEmpty(), qPrintable(org.error()));
    const Id seen = *org.repository().lastChangeId();
    const Snapshot s = org.load();
    const Result<Review> review = ReviewService::startReview(s, u"Quarterly"_s, {org.someTeam(s).id}, {}, Root,
                                                             QDateTime::currentDateTimeUtc());
    QVERIFY2(review, why(review).constData());
    const Result<Review> saved = org.repository().saveReview(*review, Root);
    QVERIFY2(saved, why(saved).constData());
    AuditFilter filter;
    filter.afterId = seen;
    const AuditDelta delta = auditDelta(*org.repository().auditLog(filter), s);
    QVERIFY(delta.reviewsChanged);
    QVERIFY(!delta.reloadNeeded);
    QVERIFY(delta.isEmpty());
    QVERIFY(delta.newestId > seen);
}

void tst_AuditDelta::importNeedsAReload()
{
    // Given a Directory loaded at N and an import over the organisation after it,
    Org org(newFile());
    QVERIFY2(org.error().isEmpty(), qPrintable(org.error()));
    const Id seen = *org.repository().lastChangeId();
    const Snapshot before = org.load();
    Team team = org.someTeam(before);
    team.description = u"Before the import"_s;
    QVERIFY2(org.run(Command::updateTeam(team)), qPrintable(org.error()));
    DemoOptions options;
    options.accounts = 30;
    options.seed = 99;
    options.adminSubject = Root;
    QVERIFY(org.repository().importSnapshot(generateDemo(options), Repository::ImportMode::Replace, Root));
    // then the delta asks for a reload and applies nothing.
    AuditFilter filter;
    filter.afterId = seen;
    const AuditDelta delta = auditDelta(*org.repository().auditLog(filter), before);
    QVERIFY(delta.reloadNeeded);
    QVERIFY(delta.isEmpty());
    QCOMPARE(delta.newestId, *org.repository().lastChangeId());
}

void tst_AuditDelta::unknownRecordsNeedAReload()
{
    const Snapshot empty;
    AuditRecord future;
    future.id = 7;
    future.action = u"scim.sync"_s;
    future.entity = u"group"_s;
    future.entityId = 3;
    future.afterJson = u"{}"_s;
    QVERIFY(auditDelta({future}, empty).reloadNeeded);

    AuditRecord broken;
    broken.id = 8;
    broken.action = u"team.update"_s;
    broken.entity = u"team"_s;
    broken.entityId = 3;
    broken.afterJson = u"{\"id\": 3, \"name\": "_s;
    QVERIFY(auditDelta({broken}, empty).reloadNeeded);

    // A team naming a member nobody has heard of: not a history the delta can follow.
    AuditRecord dangling;
    dangling.id = 9;
    dangling.action = u"team.create"_s;
    dangling.entity = u"team"_s;
    dangling.entityId = 3;
    dangling.afterJson = u"{\"id\":3,\"name\":\"Ops\",\"public\":false,\"description\":\"\",\"permission\":"
                         u"\"Viewer\",\"members\":[42],\"datastores\":[],\"created\":\"2026-01-01T09:00:00Z\","
                         u"\"version\":1}"_s;
    const AuditDelta delta = auditDelta({dangling}, empty);
    QVERIFY(delta.reloadNeeded);
    QVERIFY(delta.isEmpty());
    QCOMPARE(delta.newestId, Id(9));
}

void tst_AuditDelta::nothingAfterTheLastSeenRecord()
{
    const AuditDelta delta = auditDelta({}, Snapshot());
    QVERIFY(delta.isEmpty());
    QVERIFY(!delta.reloadNeeded);
    QVERIFY(!delta.reviewsChanged);
    QCOMPARE(delta.newestId, Id(0));
}

void tst_AuditDelta::appliedWithoutReset()
{
    // Given a Directory loaded at N,
    Org org(newFile());
    QVERIFY2(org.error().isEmpty(), qPrintable(org.error()));
    const Id seen = *org.repository().lastChangeId();
    Directory directory;
    directory.load(org.load());
    Team team = org.someTeam(directory.snapshot());
    const qsizetype teamPos = directory.teamPos(team.id);
    team.description = u"Changed elsewhere"_s;
    QVERIFY2(org.run(Command::updateTeam(team)), qPrintable(org.error()));
    // when the delta of another process's change is applied,
    AuditFilter filter;
    filter.afterId = seen;
    const AuditDelta delta = auditDelta(*org.repository().auditLog(filter), directory.snapshot());
    QSignalSpy resets(&directory, &Directory::aboutToReset);
    QSignalSpy changed(&directory, &Directory::teamsChanged);
    directory.apply(delta.changes);
    // then only the team's row is announced, never a reset.
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<qsizetype>(), teamPos);
    QCOMPARE(changed.at(0).at(1).value<qsizetype>(), teamPos);
    QCOMPARE(directory.teams().at(teamPos).description, u"Changed elsewhere"_s);
}

QTEST_GUILESS_MAIN(tst_AuditDelta)
#include "tst_auditdelta.moc"

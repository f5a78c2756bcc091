// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accessindex.h"
#include "core/demogenerator.h"
#include "core/directory.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTimeZone>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

enum class Kind {
    TeamDatastores,
    TeamMembers,
    TeamLevel,
    PublicTeam,
    AccountRole,
    AccountState,
    NewAccounts,
    NewDatastores,
    NewTeam,
    RemovedTeam,
    Mixed,
};

// Summed legend counts, for comparing a split count with a whole one.
AccessIndex::LevelCounts sum(AccessIndex::LevelCounts a, const AccessIndex::LevelCounts &b)
{
    for (size_t i = 0; i < a.size(); ++i)
        a[i] += b[i];
    return a;
}

} // namespace

Q_DECLARE_METATYPE(Kind)

// The Directory updates its AccessIndex in place after a committed change instead of building
// a new one. Whatever the change, the updated index must answer exactly as a fresh
// AccessIndex of the same snapshot, keep its reach counts right, name every account whose
// row changed, and leave copies taken before it alone.
class tst_AccessIndexUpdate : public QObject
{
    Q_OBJECT

private:
    static Snapshot organisation()
    {
        DemoOptions options;
        options.accounts = 400;
        options.teams = 24;
        options.datastores = 150; // three words, the last one partial
        options.seed = 8;
        options.adminSubject = u"local|tester"_s;
        return generateDemo(options);
    }

    template <typename T>
    static Id nextId(const QList<T> &list)
    {
        Id id = 0;
        for (const T &item : list)
            id = std::max(id, item.id);
        return id + 1;
    }

    static QList<Id> toggled(QList<Id> ids, Id id)
    {
        if (ids.contains(id))
            ids.removeOne(id);
        else
            ids.append(id);
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    // One commit of `kind`, drawn from `random`, against what `directory` holds now.
    static CommitResult change(const Directory &directory, Kind kind, QRandomGenerator &random)
    {
        const Snapshot &s = directory.snapshot();
        const auto pick = [&random](qsizetype n) { return qsizetype(random.bounded(int(n))); };
        const auto anyTeam = [&]() -> Team {
            for (;;) {
                const Team &team = s.teams.at(pick(s.teams.size()));
                if (!team.isPublic)
                    return team;
            }
        };
        const auto anyAccount = [&] { return s.accounts.at(pick(s.accounts.size())); };
        const auto anyDatastoreId = [&] { return s.datastores.at(pick(s.datastores.size())).id; };
        const auto someAccountIds = [&](int n) {
            QList<Id> ids;
            for (int i = 0; i < n; ++i)
                ids.append(anyAccount().id);
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
            return ids;
        };
        CommitResult commit;
        switch (kind) {
        case Kind::TeamDatastores: {
            Team team = anyTeam();
            for (int i = 0; i < 3; ++i)
                team.datastores = toggled(team.datastores, anyDatastoreId());
            commit.teams.append(team);
            break;
        }
        case Kind::TeamMembers: {
            Team team = anyTeam();
            for (int i = 0; i < 4; ++i)
                team.members = toggled(team.members, anyAccount().id);
            commit.teams.append(team);
            break;
        }
        case Kind::TeamLevel: {
            Team team = anyTeam();
            team.permission = Level(1 + (int(team.permission) + int(random.bounded(4))) % 5);
            commit.teams.append(team);
            break;
        }
        case Kind::PublicTeam: {
            Team team = s.teams.at(s.publicTeamIndex());
            if (random.bounded(2))
                team.permission = Level(1 + random.bounded(5));
            team.datastores = toggled(team.datastores, anyDatastoreId());
            commit.teams.append(team);
            break;
        }
        case Kind::AccountRole: {
            Account account = anyAccount();
            account.role = account.role == Role::Admin ? Role::Member : Role(random.bounded(3));
            if (account.role == Role::Member && random.bounded(2))
                account.role = Role::Admin;
            commit.accounts.append(account);
            break;
        }
        case Kind::AccountState: {
            Account account = anyAccount();
            account.deactivated = account.isActive() ? QDateTime(QDate(2025, 1, 1), QTime(0, 0), QTimeZone::utc())
                                                     : QDateTime();
            commit.accounts.append(account);
            break;
        }
        case Kind::NewAccounts: {
            // As a directory sync delivers them: new accounts and the teams they join.
            const Id first = nextId(s.accounts);
            const int count = 1 + int(random.bounded(3));
            Team team = anyTeam();
            for (int i = 0; i < count; ++i) {
                Account account;
                account.id = first + i;
                account.name = u"New %1"_s.arg(account.id);
                account.subject = u"sync|%1"_s.arg(account.id);
                account.role = i == 2 ? Role::Admin : Role::Member;
                commit.accounts.append(account);
                team.members.append(account.id);
            }
            commit.teams.append(team);
            break;
        }
        case Kind::NewDatastores: {
            const Id first = nextId(s.datastores);
            Team team = anyTeam();
            Team publicTeam = s.teams.at(s.publicTeamIndex());
            for (int i = 0; i < 2; ++i) {
                Datastore datastore;
                datastore.id = first + i;
                datastore.name = u"Store %1"_s.arg(datastore.id);
                commit.datastores.append(datastore);
                (i == 0 ? team : publicTeam).datastores.append(datastore.id);
            }
            commit.teams = {team, publicTeam};
            break;
        }
        case Kind::NewTeam: {
            Team team;
            team.id = nextId(s.teams);
            team.name = u"Team %1"_s.arg(team.id);
            team.permission = Level(1 + random.bounded(5));
            team.members = someAccountIds(12);
            for (int i = 0; i < 6; ++i)
                team.datastores = toggled(team.datastores, anyDatastoreId());
            commit.teams.append(team);
            break;
        }
        case Kind::RemovedTeam:
            commit.removedTeams.append(anyTeam().id);
            break;
        case Kind::Mixed:
            for (Kind one : {Kind::TeamDatastores, Kind::TeamMembers, Kind::AccountRole, Kind::AccountState}) {
                const CommitResult part = change(directory, one, random);
                commit.accounts.append(part.accounts);
                commit.teams.append(part.teams);
            }
            break;
        }
        return commit;
    }

    static bool sameExplanation(const Explanation &a, const Explanation &b)
    {
        return a.level == b.level && a.source == b.source && a.winningTeams == b.winningTeams
            && a.lesserTeams == b.lesserTeams;
    }

    // Every answer of `updated` against `fresh`; QVERIFY-style, so returns on the first miss.
    static void compareIndexes(const AccessIndex &updated, const AccessIndex &fresh, const Snapshot &s)
    {
        QCOMPARE(updated.accountCount(), fresh.accountCount());
        QCOMPARE(updated.datastoreCount(), fresh.datastoreCount());
        for (const Account &a : s.accounts)
            QCOMPARE(updated.accountPos(a.id), fresh.accountPos(a.id));
        for (const Team &t : s.teams)
            QCOMPARE(updated.teamPos(t.id), fresh.teamPos(t.id));
        for (const Datastore &d : s.datastores)
            QCOMPARE(updated.datastorePos(d.id), fresh.datastorePos(d.id));

        AccessIndex::RowBits updatedBits, freshBits;
        for (qsizetype a = 0; a < fresh.accountCount(); ++a) {
            const std::vector<Level> row = fresh.row(a);
            QVERIFY2(updated.row(a) == row, qPrintable(u"row of account %1"_s.arg(s.accounts.at(a).id)));
            QCOMPARE(updated.teamsOf(a), fresh.teamsOf(a));
            updated.rowBits(a, updatedBits);
            fresh.rowBits(a, freshBits);
            QVERIFY(updatedBits.levels == freshBits.levels);
            for (qsizetype d = 0; d < fresh.datastoreCount(); ++d) {
                QCOMPARE(updated.cell(a, d), row[size_t(d)]);
                QVERIFY2(sameExplanation(updated.explain(a, d), fresh.explain(a, d)),
                         qPrintable(u"explain %1 on %2"_s.arg(s.accounts.at(a).id).arg(s.datastores.at(d).id)));
            }
        }
        for (qsizetype d = 0; d < fresh.datastoreCount(); ++d) {
            QVERIFY(updated.column(d) == fresh.column(d));
            QCOMPARE(updated.teamsHolding(d), fresh.teamsHolding(d));
            QCOMPARE(updated.reachCount(d), fresh.reachCount(d));
        }
        for (qsizetype t = 0; t < qsizetype(s.teams.size()); ++t)
            QVERIFY(updated.teamRow(t) == fresh.teamRow(t));

        // Legend counts: every account (through the row groups), a few (row by row), and a
        // column mask.
        std::vector<qsizetype> everyone(size_t(fresh.accountCount()));
        std::iota(everyone.begin(), everyone.end(), qsizetype(0));
        std::vector<quint64> oddColumns(size_t((fresh.datastoreCount() + 63) / 64), 0);
        for (qsizetype d = 1; d < fresh.datastoreCount(); d += 2)
            oddColumns[size_t(d) >> 6] |= quint64(1) << (d & 63);
        for (const std::vector<quint64> &mask : {std::vector<quint64>{}, oddColumns}) {
            QCOMPARE(updated.countLevels(everyone, 0, everyone.size(), mask),
                     fresh.countLevels(everyone, 0, everyone.size(), mask));
            QCOMPARE(updated.countLevels(everyone, 10, 60, mask), fresh.countLevels(everyone, 10, 60, mask));
        }
        // Through the groups and row by row the counts are the same.
        QCOMPARE(fresh.countLevels(everyone, 0, everyone.size(), {}),
                 sum(fresh.countGroupLevels(fresh.groupWeights(everyone, 0, 200), 0, size_t(fresh.rowGroupCount()), {}),
                     fresh.countGroupLevels(fresh.groupWeights(everyone, 200, everyone.size()), 0,
                                            size_t(fresh.rowGroupCount()), {})));
    }

private Q_SLOTS:
    void updatedIndexAnswersAsAFreshOne_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addRow("a team's datastores") << Kind::TeamDatastores;
        QTest::addRow("a team's members") << Kind::TeamMembers;
        QTest::addRow("a team's level") << Kind::TeamLevel;
        QTest::addRow("the Public team") << Kind::PublicTeam;
        QTest::addRow("an account's role") << Kind::AccountRole;
        QTest::addRow("an account's state") << Kind::AccountState;
        QTest::addRow("new accounts joining a team") << Kind::NewAccounts;
        QTest::addRow("new datastores") << Kind::NewDatastores;
        QTest::addRow("a new team") << Kind::NewTeam;
        QTest::addRow("a removed team") << Kind::RemovedTeam;
        QTest::addRow("several at once") << Kind::Mixed;
    }

    void updatedIndexAnswersAsAFreshOne()
    {
        QFETCH(Kind, kind);
        // Given a generated organisation in a Directory, its reach counts already asked for
        Directory directory;
        directory.load(organisation());
        QRandomGenerator random(quint32(kind) * 7919u + 1u);
        for (int round = 0; round < 4; ++round) {
            const AccessIndex &live = directory.access();
            for (qsizetype d = 0; d < live.datastoreCount(); ++d)
                (void)live.reachCount(d);
            const Snapshot before = directory.snapshot();
            const AccessIndex copy = live; // what a preview, an export or a dialog keeps
            std::vector<std::vector<Level>> rowsBefore;
            for (qsizetype a = 0; a < live.accountCount(); ++a)
                rowsBefore.push_back(live.row(a));
            AccessIndex::Affected scope;
            QObject context;
            connect(&directory, &Directory::accessChanged, &context,
                    [&] { scope = directory.lastAccessChange(); });
            QSignalSpy accessChanged(&directory, &Directory::accessChanged);

            // When a change of this kind is applied
            const CommitResult commit = change(directory, kind, random);
            directory.apply(commit);

            // Then the index answers as a fresh one on the new snapshot
            const AccessIndex fresh(directory.snapshot());
            compareIndexes(directory.access(), fresh, directory.snapshot());
            if (QTest::currentTestFailed())
                return;
            // and every account whose row changed was announced (rows inserted: all announced);
            // a change that alters no access (a role between Member and Manager, the same
            // level again) may announce nothing.
            QVERIFY(accessChanged.size() <= 1);
            if (accessChanged.isEmpty())
                scope = AccessIndex::Affected{};
            if (!scope.everyone) {
                for (qsizetype a = 0; a < qsizetype(rowsBefore.size()); ++a) {
                    if (fresh.accountPos(before.accounts.at(a).id) != a || fresh.row(a) == rowsBefore[size_t(a)])
                        continue;
                    QVERIFY2(std::find(scope.accounts.cbegin(), scope.accounts.cend(), a) != scope.accounts.cend(),
                             qPrintable(u"account %1 changed unannounced"_s.arg(before.accounts.at(a).id)));
                }
            }
            QVERIFY(directory.lastAccessChange().everyone); // outside the signal: everyone
            // and the copy taken before still answers for the organisation before.
            compareIndexes(copy, AccessIndex(before), before);
            if (QTest::currentTestFailed())
                return;
        }
    }

    void narrowChangesNameOnlyTheirAccounts()
    {
        // Given an organisation, a team's datastores change
        Directory directory;
        directory.load(organisation());
        const Snapshot &s = directory.snapshot();
        qsizetype teamPos = -1;
        for (qsizetype t = 0; t < s.teams.size(); ++t) {
            if (!s.teams.at(t).isPublic && s.teams.at(t).members.size() >= 3
                && s.teams.at(t).members.size() < s.accounts.size() / 2) {
                teamPos = t;
                break;
            }
        }
        QVERIFY(teamPos >= 0);
        Team team = s.teams.at(teamPos);
        team.datastores = toggled(team.datastores, s.datastores.constLast().id);
        std::vector<qsizetype> announced;
        bool everyone = true;
        connect(&directory, &Directory::accessChanged, this, [&] {
            announced = directory.lastAccessChange().accounts;
            everyone = directory.lastAccessChange().everyone;
        });
        directory.upsertTeam(team);

        // Then exactly its members are named, not everyone.
        QVERIFY(!everyone);
        std::sort(announced.begin(), announced.end());
        announced.erase(std::unique(announced.begin(), announced.end()), announced.end());
        std::vector<qsizetype> members;
        for (Id id : team.members)
            members.push_back(directory.accountPos(id));
        QVERIFY(announced == members);

        // And a rename changes no access at all: no signal.
        QSignalSpy accessChanged(&directory, &Directory::accessChanged);
        team.name = u"Renamed"_s;
        directory.upsertTeam(team);
        QCOMPARE(accessChanged.size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_AccessIndexUpdate)
#include "tst_accessindexupdate.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "orgbuilder.h"

#include "core/accessindex.h"
#include "core/demogenerator.h"

#include <QTest>

using namespace Gatehouse;
using namespace Gatehouse::Test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Gatehouse::Level)
Q_DECLARE_METATYPE(Gatehouse::Explanation::Source)

class tst_AccessIndex : public QObject
{
    Q_OBJECT

private:
    // Accounts: 10 Ada (Admin), 11 Bob, 12 Cleo (deactivated), 13 Dan (no teams),
    // 14 Eve (Manager), 15 Pipeline (service).
    // Datastores: 100 Sales, 101 Orders, 102 Lonely (in no team), 103 Wiki (Public).
    // Teams: 2 Finance Viewer {Bob, Cleo, Eve} {Sales, Orders}; 3 Analysts Editor {Bob} {Sales};
    //        4 Auditors Editor {Bob, Eve} {Sales}; 5 Bots Author {Pipeline} {Orders};
    //        Public Reporter {Wiki, Orders}.
    static Snapshot organisation()
    {
        return OrgBuilder()
            .account(10, u"Ada"_s, Role::Admin)
            .account(11, u"Bob"_s)
            .account(12, u"Cleo"_s, Role::Member, false)
            .account(13, u"Dan"_s)
            .account(14, u"Eve"_s, Role::Manager)
            .account(15, u"Pipeline"_s, Role::Member, true, AccountType::Service)
            .datastore(100, u"Sales"_s)
            .datastore(101, u"Orders"_s)
            .datastore(102, u"Lonely"_s)
            .datastore(103, u"Wiki"_s)
            .team(2, u"Finance"_s, Level::Viewer, {11, 12, 14}, {100, 101})
            .team(3, u"Analysts"_s, Level::Editor, {11}, {100})
            .team(4, u"Auditors"_s, Level::Editor, {11, 14}, {100})
            .team(5, u"Bots"_s, Level::Author, {15}, {101})
            .publicDatastores({103, 101})
            .build();
    }

private Q_SLOTS:
    void cell_data()
    {
        QTest::addColumn<Id>("account");
        QTest::addColumn<Id>("datastore");
        QTest::addColumn<Level>("expected");

        QTest::addRow("admin bypasses teams") << Id(10) << Id(102) << Level::Admin;
        QTest::addRow("admin on a team datastore") << Id(10) << Id(100) << Level::Admin;
        QTest::addRow("deactivated has nothing") << Id(12) << Id(100) << Level::None;
        QTest::addRow("deactivated loses Public too") << Id(12) << Id(103) << Level::None;
        QTest::addRow("highest wins") << Id(11) << Id(100) << Level::Editor;
        QTest::addRow("team beats Public") << Id(11) << Id(101) << Level::Viewer;
        QTest::addRow("Public for everyone") << Id(13) << Id(103) << Level::Reporter;
        QTest::addRow("Public on a team datastore") << Id(13) << Id(101) << Level::Reporter;
        QTest::addRow("no team, no access") << Id(13) << Id(100) << Level::None;
        QTest::addRow("datastore in no team") << Id(11) << Id(102) << Level::None;
        QTest::addRow("manager subject to teams") << Id(14) << Id(100) << Level::Editor;
        QTest::addRow("service account via team") << Id(15) << Id(101) << Level::Author;
        QTest::addRow("service account via Public") << Id(15) << Id(103) << Level::Reporter;
    }

    void cell()
    {
        QFETCH(Id, account);
        QFETCH(Id, datastore);
        QFETCH(Level, expected);
        const AccessIndex index(organisation());
        const qsizetype a = index.accountPos(account);
        const qsizetype d = index.datastorePos(datastore);
        QVERIFY(a >= 0 && d >= 0);
        QCOMPARE(index.cell(a, d), expected);
        // A row and a column answer the same as the cell.
        QCOMPARE(index.row(a).at(size_t(d)), expected);
        QCOMPARE(index.column(d).at(size_t(a)), expected);
    }

    void explain_data()
    {
        QTest::addColumn<Id>("account");
        QTest::addColumn<Id>("datastore");
        QTest::addColumn<Level>("level");
        QTest::addColumn<Explanation::Source>("source");
        QTest::addColumn<QList<Id>>("winning");
        QTest::addColumn<QList<Id>>("lesser");

        QTest::addRow("tie lists every winning team")
            << Id(11) << Id(100) << Level::Editor << Explanation::Source::Teams
            << QList<Id>{3, 4} << QList<Id>{2};
        QTest::addRow("Public is a lesser team")
            << Id(11) << Id(101) << Level::Viewer << Explanation::Source::Teams
            << QList<Id>{2} << QList<Id>{1};
        QTest::addRow("Public alone")
            << Id(13) << Id(103) << Level::Reporter << Explanation::Source::Teams
            << QList<Id>{1} << QList<Id>{};
        QTest::addRow("admin from the role")
            << Id(10) << Id(101) << Level::Admin << Explanation::Source::Role
            << QList<Id>{} << QList<Id>{1};
        QTest::addRow("deactivated")
            << Id(12) << Id(100) << Level::None << Explanation::Source::Inactive
            << QList<Id>{} << QList<Id>{};
        QTest::addRow("nothing")
            << Id(13) << Id(102) << Level::None << Explanation::Source::None
            << QList<Id>{} << QList<Id>{};
    }

    void explain()
    {
        QFETCH(Id, account);
        QFETCH(Id, datastore);
        QFETCH(Level, level);
        QFETCH(Explanation::Source, source);
        QFETCH(QList<Id>, winning);
        QFETCH(QList<Id>, lesser);

        const AccessIndex index(organisation());
        const Explanation e = index.explain(index.accountPos(account), index.datastorePos(datastore));
        QCOMPARE(e.level, level);
        QCOMPARE(e.source, source);
        QCOMPARE(e.winningTeams, winning);
        QList<Id> lesserIds;
        for (const auto &entry : e.lesserTeams)
            lesserIds.append(entry.first);
        QCOMPARE(lesserIds, lesser);
    }

    void levelWithoutMatchesRemovingTheTeam()
    {
        // Bob on Sales: Editor via Analysts and Auditors, Viewer via Finance.
        const Snapshot org = organisation();
        const AccessIndex index(org);
        const Explanation e = index.explain(index.accountPos(11), index.datastorePos(100));
        QCOMPARE(e.levelWithout(3), Level::Editor); // Auditors still grants Editor

        // Removing both winning teams leaves what the explanation named next.
        Snapshot without = org;
        without.teams.removeIf([](const Team &t) { return t.id == 3 || t.id == 4; });
        const AccessIndex after(without);
        QCOMPARE(after.cell(after.accountPos(11), after.datastorePos(100)), Level::Viewer);
        QCOMPARE(e.lesserTeams.first().second, Level::Viewer);
    }

    void reachCount()
    {
        const AccessIndex index(organisation());
        // Sales: Ada (admin) + Bob, Eve (Cleo deactivated).
        QCOMPARE(index.reachCount(index.datastorePos(100)), 3);
        // Orders is on Public: every active account (Ada, Bob, Dan, Eve, Pipeline).
        QCOMPARE(index.reachCount(index.datastorePos(101)), 5);
        // Lonely: Admins only.
        QCOMPARE(index.reachCount(index.datastorePos(102)), 1);
    }

    void teamsOfAndHolding()
    {
        const AccessIndex index(organisation());
        const QList<qsizetype> bobTeams = index.teamsOf(index.accountPos(11));
        QCOMPARE(bobTeams, (QList<qsizetype>{index.teamPos(2), index.teamPos(3), index.teamPos(4)}));
        const QList<qsizetype> orders = index.teamsHolding(index.datastorePos(101));
        QCOMPARE(orders, (QList<qsizetype>{index.teamPos(1), index.teamPos(2), index.teamPos(5)}));
    }

    // On a generated organisation, every cell equals a brute force over the snapshot, and
    // every explanation names exactly the teams granting its level.
    void agreesWithBruteForce()
    {
        DemoOptions options;
        options.accounts = 400;
        options.teams = 25;
        options.datastores = 130; // more than two bitset words
        options.seed = 11;
        options.adminSubject = u"local|tester"_s;
        const Snapshot org = generateDemo(options);
        const AccessIndex index(org);
        for (qsizetype a = 0; a < org.accounts.size(); ++a) {
            const Account &account = org.accounts.at(a);
            const std::vector<Level> row = index.row(a);
            for (qsizetype d = 0; d < org.datastores.size(); ++d) {
                const Id ds = org.datastores.at(d).id;
                Level expected = Level::None;
                QList<Id> winners;
                if (account.isActive() && account.role == Role::Admin) {
                    expected = Level::Admin;
                } else if (account.isActive()) {
                    for (const Team &team : org.teams) {
                        const bool member = team.isPublic || team.members.contains(account.id);
                        if (!member || !team.datastores.contains(ds))
                            continue;
                        if (team.permission > expected) {
                            expected = team.permission;
                            winners = {team.id};
                        } else if (team.permission == expected) {
                            winners.append(team.id);
                        }
                    }
                }
                QCOMPARE(row.at(size_t(d)), expected);
                QCOMPARE(index.cell(a, d), expected);
                const Explanation e = index.explain(a, d);
                QCOMPARE(e.level, expected);
                if (expected != Level::Admin)
                    QCOMPARE(e.winningTeams, winners);
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_AccessIndex)
#include "tst_accessindex.moc"

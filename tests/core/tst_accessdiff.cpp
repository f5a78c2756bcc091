// SPDX-License-Identifier: GPL-3.0-or-later
#include "orgbuilder.h"
#include "reportdiff.h"

#include "core/accessdiff.h"
#include "core/accessindex.h"
#include "core/accessreport.h"
#include "core/demogenerator.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using Gatehouse::Test::OrgBuilder;
using Gatehouse::Test::diffLines;
using Gatehouse::Test::reportDifference;

namespace {

using Edit = std::function<void(Snapshot &)>;

Team &team(Snapshot &s, Id id)
{
    for (Team &t : s.teams) {
        if (t.id == id)
            return t;
    }
    qFatal("no team");
}

Account &account(Snapshot &s, Id id)
{
    for (Account &a : s.accounts) {
        if (a.id == id)
            return a;
    }
    qFatal("no account");
}

// Ada (Admin), Bob, Cy, Dee (deactivated), a service account; Finance and Sales teams.
Snapshot smallOrg()
{
    return OrgBuilder()
        .account(1, u"Ada Byron"_s, Role::Admin)
        .account(2, u"Bob Stone"_s)
        .account(3, u"Cy Young"_s, Role::Manager)
        .account(4, u"Dee Ray"_s, Role::Member, false)
        .account(5, u"Loader"_s, Role::Member, true, AccountType::Service)
        .datastore(10, u"Sales Warehouse"_s)
        .datastore(11, u"Finance Lake"_s)
        .datastore(12, u"Logs"_s)
        .datastore(13, u"Secrets"_s)
        .publicDatastores({12})
        .team(2, u"Finance"_s, Level::Viewer, {2, 3, 4}, {10, 11})
        .team(3, u"Sales"_s, Level::Author, {3, 5}, {10})
        .build();
}

} // namespace

class tst_AccessDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactAgainstReports_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<int>("expectedCount");

        QTest::addRow("team level up") << Edit([](Snapshot &s) { team(s, 2).permission = Level::Editor; }) << 4;
        QTest::addRow("team member added") << Edit([](Snapshot &s) { team(s, 2).members = {2, 3, 4, 5}; }) << 1;
        QTest::addRow("team member removed") << Edit([](Snapshot &s) { team(s, 2).members = {3, 4}; }) << 2;
        QTest::addRow("team datastore added") << Edit([](Snapshot &s) { team(s, 3).datastores = {10, 13}; }) << 2;
        QTest::addRow("team deleted") << Edit([](Snapshot &s) { s.teams.removeLast(); }) << 2;
        QTest::addRow("public level") << Edit([](Snapshot &s) { team(s, 1).permission = Level::Viewer; }) << 3;
        QTest::addRow("public datastore added")
            << Edit([](Snapshot &s) { team(s, 1).datastores = {12, 13}; }) << 3;
        QTest::addRow("public datastore under a better team")
            << Edit([](Snapshot &s) { team(s, 1).datastores = {10, 12}; }) << 0;
        QTest::addRow("deactivation") << Edit([](Snapshot &s) { account(s, 3).deactivated = OrgBuilder::time(3); }) << 3;
        QTest::addRow("reactivation") << Edit([](Snapshot &s) { account(s, 4).deactivated = {}; }) << 3;
        QTest::addRow("admin promotion") << Edit([](Snapshot &s) { account(s, 2).role = Role::Admin; }) << 4;
        QTest::addRow("admin demotion") << Edit([](Snapshot &s) { account(s, 1).role = Role::Member; }) << 4;
        QTest::addRow("datastore deleted (on Public)") << Edit([](Snapshot &s) {
            s.datastores.removeAt(2);
            team(s, 1).datastores = {};
        }) << 4;
        QTest::addRow("datastore added") << Edit([](Snapshot &s) {
            Datastore d;
            d.id = 20;
            d.name = u"New"_s;
            s.datastores.append(d);
        }) << 1;
        QTest::addRow("service account created in a team") << Edit([](Snapshot &s) {
            Account a;
            a.id = 6;
            a.subject = u"etl@service"_s;
            a.type = AccountType::Service;
            s.accounts.append(a);
            team(s, 3).members = {3, 5, 6};
        }) << 2;
        QTest::addRow("rename only") << Edit([](Snapshot &s) { team(s, 2).name = u"Money"_s; }) << 0;
    }

    void exactAgainstReports()
    {
        QFETCH(Edit, edit);
        QFETCH(int, expectedCount);
        const Snapshot before = smallOrg();
        Snapshot after = before;
        edit(after);
        const AccessDiff diff = diffAccess(before, after);
        QCOMPARE(diffLines(diff), reportDifference(before, after));
        QCOMPARE(diff.changes.size(), expectedCount);
    }

    void summaryLines_data()
    {
        QTest::addColumn<Edit>("edit");
        QTest::addColumn<QStringList>("lines");

        QTest::addRow("nothing") << Edit([](Snapshot &) {}) << QStringList{u"No one's access changes."_s};
        QTest::addRow("gain on one datastore")
            << Edit([](Snapshot &s) { team(s, 2).members = {2, 3, 4, 5}; })
            << QStringList{u"+1 account gets Viewer on Finance Lake"_s};
        QTest::addRow("level change, largest group first")
            << Edit([](Snapshot &s) { team(s, 2).permission = Level::Editor; })
            << QStringList{u"2 accounts go from Viewer to Editor on 2 datastores"_s,
                           u"1 account goes from Author to Editor on Sales Warehouse"_s};
        QTest::addRow("loss on several datastores")
            << Edit([](Snapshot &s) { team(s, 2).members = {3, 4}; })
            << QStringList{u"1 account loses Viewer on 2 datastores"_s};
        QTest::addRow("deleted datastore is named")
            << Edit([](Snapshot &s) { s.datastores.removeAt(3); })
            << QStringList{u"1 account loses Admin on Secrets"_s};
        QTest::addRow("promotion")
            << Edit([](Snapshot &s) { account(s, 2).role = Role::Admin; })
            << QStringList{u"1 account goes from Viewer to Admin on 2 datastores"_s,
                           u"+1 account gets Admin on Secrets"_s,
                           u"1 account goes from Reporter to Admin on Logs"_s};
    }

    void summaryLines()
    {
        QFETCH(Edit, edit);
        QFETCH(QStringList, lines);
        const Snapshot before = smallOrg();
        Snapshot after = before;
        edit(after);
        QCOMPARE(diffAccess(before, after).summaryLines(before, after), lines);
    }

    void summaryLinesAreCapped()
    {
        const Snapshot before = smallOrg();
        Snapshot after = before;
        account(after, 2).role = Role::Admin;       // 2 groups
        team(after, 1).permission = Level::Drafter; // Reporter -> Drafter on Logs
        team(after, 3).permission = Level::Editor;  // Author -> Editor
        const QStringList lines = diffAccess(before, after).summaryLines(before, after, 2);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.last().startsWith(u"and "_s), qPrintable(lines.last()));
        QVERIFY(lines.last().endsWith(u"more changed cells"_s));
    }

    void exactOnLargeOrganisation()
    {
        DemoOptions options;
        options.accounts = 50000;
        options.teams = 1000;
        options.datastores = 5000;
        options.seed = 42;
        options.adminSubject = u"auth0|operator"_s;
        const Snapshot before = generateDemo(options);

        // One team changes level and loses a member; the rest of the organisation is shared.
        Snapshot after = before;
        Team &t = after.teams[5];
        QVERIFY(!t.isPublic && !t.members.isEmpty());
        t.permission = t.permission == Level::Editor ? Level::Reporter : Level::Editor;
        t.members.removeFirst();

        // Its speed is measured in bench/, not asserted here.
        const AccessDiff diff = diffAccess(before, after);
        QVERIFY(!diff.isEmpty());

        // Every change lies in the team's rows and is real.
        const AccessIndex from(before), to(after);
        for (const AccessChange &c : std::as_const(diff.changes)) {
            QCOMPARE(from.cell(from.accountPos(c.account), from.datastorePos(c.datastore)), c.before);
            QCOMPARE(to.cell(to.accountPos(c.account), to.datastorePos(c.datastore)), c.after);
            QVERIFY(c.before != c.after);
        }
    }
};

QTEST_GUILESS_MAIN(tst_AccessDiff)
#include "tst_accessdiff.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/findings.h"
#include "orgbuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using Gatehouse::Test::OrgBuilder;

class tst_Findings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eachKindListsItsItems_data();
    void eachKindListsItsItems();
    void everyKindIsReportedInOrder();
};

namespace {

// One organisation holding an example of every finding, and items that must not count.
Snapshot handMade()
{
    Snapshot s = OrgBuilder()
                     .account(1, u"Ada Admin"_s, Role::Admin)
                     .account(2, u"Bot Admin"_s, Role::Admin, true, AccountType::Service)
                     .account(3, u"Old Bot"_s, Role::Admin, false, AccountType::Service)
                     .account(4, u"Gone Member"_s, Role::Member, false)
                     .account(5, u"Gone Loner"_s, Role::Member, false)
                     .account(6, u"Busy Member"_s, Role::Member)
                     .account(7, u"Quiet Manager"_s, Role::Manager)
                     .datastore(10, u"Open Lake"_s)
                     .datastore(11, u"Finance Mart"_s)
                     .datastore(12, u"Orphan"_s)
                     .datastore(13, u"Second Open"_s)
                     .publicDatastores({10, 13})
                     .team(2, u"Finance"_s, Level::Viewer, {4, 6, 7}, {11})
                     .team(3, u"Solo"_s, Level::Editor, {6}, {11})
                     .team(4, u"Idle"_s, Level::Author, {6, 7}, {})
                     .build();
    // Active people who signed in; Quiet Manager and the service Admin never did.
    for (Account &a : s.accounts) {
        if (a.id == 1 || a.id == 6)
            a.lastActive = OrgBuilder::time(20);
    }
    return s;
}

} // namespace

void tst_Findings::eachKindListsItsItems_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("entity");
    QTest::addColumn<QList<Id>>("items");
    using K = Finding::Kind;
    using E = Finding::Entity;
    QTest::addRow("active Admins, service ones included") << int(K::Admins) << int(E::Account) << QList<Id>{1, 2};
    QTest::addRow("active service Admins") << int(K::ServiceAdmins) << int(E::Account) << QList<Id>{2};
    QTest::addRow("datastores on Public") << int(K::PublicDatastores) << int(E::Datastore) << QList<Id>{10, 13};
    QTest::addRow("deactivated and still in a team")
        << int(K::DeactivatedInTeams) << int(E::Account) << QList<Id>{4};
    QTest::addRow("active and never signed in") << int(K::NeverActive) << int(E::Account) << QList<Id>{2, 7};
    QTest::addRow("teams of one") << int(K::SingleMemberTeams) << int(E::Team) << QList<Id>{3};
    QTest::addRow("teams granting nothing") << int(K::TeamsWithoutDatastores) << int(E::Team) << QList<Id>{4};
    QTest::addRow("datastores only Admins reach") << int(K::DatastoresInNoTeam) << int(E::Datastore) << QList<Id>{12};
}

void tst_Findings::eachKindListsItsItems()
{
    QFETCH(int, kind);
    QFETCH(int, entity);
    QFETCH(QList<Id>, items);
    const Snapshot s = handMade();
    const QList<Finding> findings = computeFindings(s, AccessIndex(s));
    const Finding &f = findings.at(kind);
    QCOMPARE(int(f.kind), kind);
    QCOMPARE(int(f.entity), entity);
    QCOMPARE(f.items, items);
    QVERIFY(!f.title().isEmpty());
    QVERIFY(f.description().endsWith(u'.'));
}

void tst_Findings::everyKindIsReportedInOrder()
{
    // An organisation with nothing to report still lists every kind, empty.
    const Snapshot s = OrgBuilder().account(1, u"Ada"_s, Role::Admin).datastore(10, u"Lake"_s).publicDatastores({10}).build();
    Snapshot active = s;
    active.accounts[0].lastActive = OrgBuilder::time(3);
    const QList<Finding> findings = computeFindings(active, AccessIndex(active));
    QCOMPARE(findings.size(), 8);
    for (qsizetype i = 0; i < findings.size(); ++i)
        QCOMPARE(int(findings.at(i).kind), int(i));
    QCOMPARE(findings.at(0).items, QList<Id>{1});
    QCOMPARE(findings.at(2).items, QList<Id>{10});
    for (qsizetype i : {1, 3, 4, 5, 6, 7})
        QVERIFY2(findings.at(i).items.isEmpty(), qPrintable(findings.at(i).title()));
}

QTEST_GUILESS_MAIN(tst_Findings)
#include "tst_findings.moc"

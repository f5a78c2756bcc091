// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accessviews.h"
#include "core/demogenerator.h"
#include "orgbuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using Gatehouse::Test::OrgBuilder;

namespace {

// Datastores 10..13 at positions 0..3; Public holds 10 at Reporter.
Snapshot organisation()
{
    return OrgBuilder()
        .account(1, u"Ada Admin"_s, Role::Admin)
        .account(2, u"Bob Member"_s)
        .account(3, u"Cy Gone"_s, Role::Member, false)
        .account(4, u"Dee Manager"_s, Role::Manager)
        .datastore(10, u"Open"_s)
        .datastore(11, u"Mart"_s)
        .datastore(12, u"Lake"_s)
        .datastore(13, u"Vault"_s)
        .publicDatastores({10})
        .team(2, u"Finance"_s, Level::Viewer, {1, 2, 3}, {11, 12})
        .team(3, u"Engineering"_s, Level::Editor, {2, 4}, {12, 13})
        .build();
}

using Row = std::vector<Level>;
constexpr Level N = Level::None, R = Level::Reporter, V = Level::Viewer, E = Level::Editor, A = Level::Admin;

} // namespace

Q_DECLARE_METATYPE(Row)

class tst_AccessViews : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowThroughTeam_data();
    void rowThroughTeam();
    void compareTwoAccounts();
    void comparesAccountWithTeam();
    void rowBitsHoldTheRow();
};

void tst_AccessViews::rowThroughTeam_data()
{
    QTest::addColumn<Id>("account");
    QTest::addColumn<Id>("team");
    QTest::addColumn<Row>("expected");
    QTest::addRow("Admin counts as Manager: only the team's level") << Id(1) << Id(2) << Row{N, V, V, N};
    QTest::addRow("Admin through Public") << Id(1) << Id(1) << Row{R, N, N, N};
    QTest::addRow("member through one of two teams") << Id(2) << Id(2) << Row{N, V, V, N};
    QTest::addRow("the other team alone") << Id(2) << Id(3) << Row{N, N, E, E};
    QTest::addRow("everyone is in Public") << Id(4) << Id(1) << Row{R, N, N, N};
    QTest::addRow("not in the team: none") << Id(4) << Id(2) << Row{N, N, N, N};
    QTest::addRow("Admin not in the team: none") << Id(1) << Id(3) << Row{N, N, N, N};
    QTest::addRow("deactivated: none, even in the team") << Id(3) << Id(2) << Row{N, N, N, N};
}

void tst_AccessViews::rowThroughTeam()
{
    QFETCH(Id, account);
    QFETCH(Id, team);
    QFETCH(Row, expected);
    const AccessIndex index(organisation());
    QVERIFY(index.row(index.accountPos(1)) == Row(4, A)); // unrestricted, the Admin is Admin
    QVERIFY(index.rowThroughTeam(index.accountPos(account), index.teamPos(team)) == expected);
}

void tst_AccessViews::compareTwoAccounts()
{
    const AccessIndex index(organisation());
    // Bob: R V E E; Dee: R N E E.
    QCOMPARE(compareAccounts(index, index.accountPos(2), index.accountPos(4)),
             (QList<RowDifference>{{1, V, N}}));
    QVERIFY(compareAccounts(index, index.accountPos(2), index.accountPos(2)).isEmpty());
    // Ada (Admin everywhere) against Cy (deactivated, nothing).
    QCOMPARE(compareAccounts(index, index.accountPos(1), index.accountPos(3)),
             (QList<RowDifference>{{0, A, N}, {1, A, N}, {2, A, N}, {3, A, N}}));
}

void tst_AccessViews::comparesAccountWithTeam()
{
    const AccessIndex index(organisation());
    // Bob (R V E E) against Finance's own row (N V V N).
    QCOMPARE(Gatehouse::compareAccountWithTeam(index, index.accountPos(2), index.teamPos(2)),
             (QList<RowDifference>{{0, R, N}, {2, E, V}, {3, E, N}}));
    QCOMPARE(index.teamRow(index.teamPos(1)), (Row{R, N, N, N}));
}

void tst_AccessViews::rowBitsHoldTheRow()
{
    // Every account of a generated organisation (Admins, deactivated, Public, several teams;
    // 70 datastores: the last word is partial).
    DemoOptions options;
    options.accounts = 300;
    options.teams = 12;
    options.datastores = 70;
    options.seed = 11;
    const Snapshot s = generateDemo(options);
    const AccessIndex index(s);
    AccessIndex::RowBits bits;
    for (qsizetype a = 0; a < index.accountCount(); ++a) {
        index.rowBits(a, bits);
        Row fromBits(size_t(index.datastoreCount()), N);
        for (size_t level = 1; level < bits.levels.size(); ++level) {
            for (qsizetype d = 0; d < index.datastoreCount(); ++d) {
                if ((bits.levels[level][size_t(d) >> 6] >> (d & 63)) & 1u) {
                    QVERIFY2(fromBits[size_t(d)] == N, "a datastore in two levels");
                    fromBits[size_t(d)] = Level(level);
                }
            }
            for (qsizetype d = index.datastoreCount(); d < qsizetype(bits.levels[level].size()) * 64; ++d)
                QVERIFY(!((bits.levels[level][size_t(d) >> 6] >> (d & 63)) & 1u));
        }
        QVERIFY2(fromBits == index.row(a), qPrintable(QString::number(s.accounts.at(a).id)));
    }
}

QTEST_GUILESS_MAIN(tst_AccessViews)
#include "tst_accessviews.moc"

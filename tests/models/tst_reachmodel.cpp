// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demogenerator.h"
#include "core/directory.h"
#include "models/reachmodel.h"
#include "models/reachproxymodel.h"
#include "sampleorganisation.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace Gatehouse::Test;

class tst_ReachModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void datastoreLookupEqualsColumn_data();
    void datastoreLookupEqualsColumn();
    void accountLookupEqualsRow_data();
    void accountLookupEqualsRow();
    void viaNamesWinningTeams_data();
    void viaNamesWinningTeams();
    void filterByTextAndLevel_data();
    void filterByTextAndLevel();
    void sortByLevel();
    void followsChanges();

private:
    static Snapshot generated(quint64 seed);
    Directory m_directory;
};

void tst_ReachModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_directory.load(sampleOrganisation());
}

Snapshot tst_ReachModel::generated(quint64 seed)
{
    DemoOptions options;
    options.accounts = 400;
    options.teams = 25;
    options.datastores = 80;
    options.seed = seed;
    options.adminSubject = u"local|tester"_s;
    return generateDemo(options);
}

void tst_ReachModel::datastoreLookupEqualsColumn_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addRow("seed 3") << quint64(3);
    QTest::addRow("seed 17") << quint64(17);
}

void tst_ReachModel::datastoreLookupEqualsColumn()
{
    QFETCH(quint64, seed);
    // Given a generated organisation
    m_directory.load(generated(seed));
    const AccessIndex &index = m_directory.access();
    ReachModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    for (qsizetype d = 0; d < m_directory.datastores().size(); d += 7) {
        // When the lookup shows who reaches a datastore
        model.setSubject(ReachModel::Subject::Datastore, m_directory.datastores().at(d).id);

        // Then its rows are exactly the accounts with access in the index's column, same level
        const std::vector<Level> column = index.column(d);
        QList<std::pair<Id, Level>> expected, shown;
        for (size_t a = 0; a < column.size(); ++a) {
            if (column[a] != Level::None)
                expected.append({m_directory.accounts().at(qsizetype(a)).id, column[a]});
        }
        for (int row = 0; row < model.rowCount(); ++row)
            shown.append({model.idAt(row), Level(model.index(row, 0).data(ReachModel::LevelRole).toInt())});
        QCOMPARE(shown, expected);
        QCOMPARE(model.rowCount(), index.reachCount(d));
    }
}

void tst_ReachModel::accountLookupEqualsRow_data()
{
    datastoreLookupEqualsColumn_data();
}

void tst_ReachModel::accountLookupEqualsRow()
{
    QFETCH(quint64, seed);
    m_directory.load(generated(seed));
    const AccessIndex &index = m_directory.access();
    ReachModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    for (qsizetype a = 0; a < m_directory.accounts().size(); a += 13) {
        model.setSubject(ReachModel::Subject::Account, m_directory.accounts().at(a).id);
        const std::vector<Level> row = index.row(a);
        QList<std::pair<Id, Level>> expected, shown;
        for (size_t d = 0; d < row.size(); ++d) {
            if (row[d] != Level::None)
                expected.append({m_directory.datastores().at(qsizetype(d)).id, row[d]});
        }
        for (int r = 0; r < model.rowCount(); ++r)
            shown.append({model.idAt(r), model.levelAt(r)});
        QCOMPARE(shown, expected);
    }
}

void tst_ReachModel::viaNamesWinningTeams_data()
{
    QTest::addColumn<Id>("datastore");
    QTest::addColumn<Id>("account");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("via");
    QTest::addColumn<QString>("report");

    QTest::addRow("team") << Id(102) << Id(11) << u"Viewer"_s << u"Finance"_s << u"Finance"_s;
    QTest::addRow("public") << Id(101) << Id(15) << u"Reporter"_s << u"Public"_s << u"Public"_s;
    QTest::addRow("admin role") << Id(103) << Id(12) << u"Admin"_s << u"Admin role"_s << u"role:Admin"_s;
}

void tst_ReachModel::viaNamesWinningTeams()
{
    QFETCH(Id, datastore);
    QFETCH(Id, account);
    QFETCH(QString, level);
    QFETCH(QString, via);
    QFETCH(QString, report);

    ReachModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSubject(ReachModel::Subject::Datastore, datastore);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.idAt(r) == account)
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, ReachModel::LevelColumn).data().toString(), level);
    QCOMPARE(model.index(row, ReachModel::ViaColumn).data().toString(), via);
    QCOMPARE(model.index(row, 0).data(ReachModel::ViaReportRole).toString(), report);
}

void tst_ReachModel::filterByTextAndLevel_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("level");
    QTest::addColumn<QList<Id>>("accounts");

    // Sales DB: Zoë (Viewer, Finance), bob (Admin), Pipeline and Ann (Reporter, Public);
    // Carla is deactivated.
    QTest::addRow("everyone") << QString() << int(Level::None) << QList<Id>{11, 12, 14, 15};
    QTest::addRow("reporters") << QString() << int(Level::Reporter) << QList<Id>{14, 15};
    QTest::addRow("accent-blind text") << u"zoe"_s << int(Level::None) << QList<Id>{11};
    QTest::addRow("e-mail") << u"example.com"_s << int(Level::None) << QList<Id>{11, 12, 15};
    QTest::addRow("text and level") << u"ann"_s << int(Level::Viewer) << QList<Id>{};
}

void tst_ReachModel::filterByTextAndLevel()
{
    QFETCH(QString, text);
    QFETCH(int, level);
    QFETCH(QList<Id>, accounts);

    ReachModel model(&m_directory);
    ReachProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSubject(ReachModel::Subject::Datastore, 101);
    proxy.setText(text);
    proxy.setLevel(Level(level));
    QList<Id> shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.append(proxy.index(row, 0).data(ReachModel::IdRole).toLongLong());
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, accounts);
}

void tst_ReachModel::sortByLevel()
{
    ReachModel model(&m_directory);
    ReachProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSubject(ReachModel::Subject::Datastore, 101);
    proxy.sort(ReachModel::LevelColumn, Qt::DescendingOrder);
    QStringList levels;
    for (int row = 0; row < proxy.rowCount(); ++row)
        levels.append(proxy.index(row, ReachModel::LevelColumn).data().toString());
    QCOMPARE(levels, (QStringList{u"Admin"_s, u"Viewer"_s, u"Reporter"_s, u"Reporter"_s}));
}

void tst_ReachModel::followsChanges()
{
    // Given who reaches Ledger
    ReachModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setSubject(ReachModel::Subject::Datastore, 102);
    const int before = model.rowCount();

    // When Public is given Ledger, everyone active reaches it
    Team everyone = m_directory.teams().at(m_directory.publicTeamPos());
    everyone.datastores.append(102);
    m_directory.upsertTeam(everyone);
    QCOMPARE(model.rowCount(), 4);
    QVERIFY(model.rowCount() > before);
}

QTEST_MAIN(tst_ReachModel)
#include "tst_reachmodel.moc"

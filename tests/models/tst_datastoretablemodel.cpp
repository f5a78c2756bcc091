// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory.h"
#include "models/datastoretablemodel.h"
#include "models/fastfilterproxymodel.h"
#include "sampleorganisation.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace Gatehouse::Test;

class tst_DatastoreTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cells_data();
    void cells();
    void datastoreInNoTeamSaysSo();
    void sortEveryColumn_data();
    void sortEveryColumn();
    void teamChangeUpdatesTeamsAndReach();
    void deactivationLowersReach();
    void insertAndRemoveAreRanged();
    void naturalNameOrder_data();
    void naturalNameOrder();
    void renameKeepsNaturalOrder();
    void generatedOrganisation();

private:
    Directory m_directory;
};

void tst_DatastoreTableModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_directory.load(sampleOrganisation());
}

void tst_DatastoreTableModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    QTest::addRow("name") << 0 << int(DatastoreTableModel::NameColumn) << u"Sales DB"_s;
    QTest::addRow("source") << 0 << int(DatastoreTableModel::KindColumn) << u"Source"_s;
    QTest::addRow("enrichment") << 2 << int(DatastoreTableModel::KindColumn) << u"Enrichment"_s;
    QTest::addRow("connection") << 1 << int(DatastoreTableModel::ConnectionColumn) << u"Snowflake"_s;
    QTest::addRow("teams with levels, id order")
        << 0 << int(DatastoreTableModel::TeamsColumn) << u"Public (Reporter), Finance (Viewer)"_s;
    QTest::addRow("teams without Public")
        << 1 << int(DatastoreTableModel::TeamsColumn) << u"Finance (Viewer), Engineering (Editor)"_s;
    QTest::addRow("no team") << 2 << int(DatastoreTableModel::TeamsColumn) << QString();
    // Public reaches every active account; Carla is deactivated.
    QTest::addRow("reach through Public") << 0 << int(DatastoreTableModel::ReachColumn) << u"4"_s;
    QTest::addRow("reach through teams") << 1 << int(DatastoreTableModel::ReachColumn) << u"2"_s;
    QTest::addRow("reach of Admins only") << 2 << int(DatastoreTableModel::ReachColumn) << u"1"_s;
    QTest::addRow("created") << 1 << int(DatastoreTableModel::CreatedColumn) << u"2022-01-01"_s;
}

void tst_DatastoreTableModel::cells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);

    DatastoreTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(row, column).data().toString(), text);
}

void tst_DatastoreTableModel::datastoreInNoTeamSaysSo()
{
    DatastoreTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QCOMPARE(model.index(2, DatastoreTableModel::TeamsColumn).data(Qt::ToolTipRole).toString(),
             u"In no team: only Admins reach it"_s);
}

void tst_DatastoreTableModel::sortEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("names");

    const auto add = [](const char *name, DatastoreTableModel::Column column, const QString &ascending,
                        const QString &descending) {
        QTest::addRow("%s ascending", name) << int(column) << Qt::AscendingOrder << ascending;
        QTest::addRow("%s descending", name) << int(column) << Qt::DescendingOrder << descending;
    };
    add("name", DatastoreTableModel::NameColumn, u"Enricher|Ledger|Sales DB"_s, u"Sales DB|Ledger|Enricher"_s);
    // Sales DB and Ledger are both sources: id order in both directions.
    add("kind", DatastoreTableModel::KindColumn, u"Sales DB|Ledger|Enricher"_s, u"Enricher|Sales DB|Ledger"_s);
    add("connection", DatastoreTableModel::ConnectionColumn, u"Enricher|Sales DB|Ledger"_s,
        u"Ledger|Sales DB|Enricher"_s);
    add("teams", DatastoreTableModel::TeamsColumn, u"Enricher|Ledger|Sales DB"_s, u"Sales DB|Ledger|Enricher"_s);
    add("reach", DatastoreTableModel::ReachColumn, u"Enricher|Ledger|Sales DB"_s, u"Sales DB|Ledger|Enricher"_s);
    add("created", DatastoreTableModel::CreatedColumn, u"Ledger|Sales DB|Enricher"_s,
        u"Enricher|Sales DB|Ledger"_s);
}

void tst_DatastoreTableModel::sortEveryColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, names);

    DatastoreTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);

    proxy.sort(column, order);
    QCOMPARE(columnText(proxy, DatastoreTableModel::NameColumn), names);
}

void tst_DatastoreTableModel::teamChangeUpdatesTeamsAndReach()
{
    DatastoreTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    // Enricher joins Engineering: its only active member besides the Admin is none (Carla
    // is deactivated), so reach stays 1, but the team shows.
    Team engineering = m_directory.teams().at(2);
    engineering.datastores.append(103);
    m_directory.upsertTeam(engineering);

    QCOMPARE(reset.count(), 0);
    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.index(2, DatastoreTableModel::TeamsColumn).data().toString(), u"Engineering (Editor)"_s);
    QCOMPARE(model.index(2, DatastoreTableModel::ReachColumn).data().toInt(), 1);

    Team finance = m_directory.teams().at(1);
    finance.datastores.append(103);
    m_directory.upsertTeam(finance);
    QCOMPARE(model.index(2, DatastoreTableModel::TeamsColumn).data().toString(),
             u"Finance (Viewer), Engineering (Editor)"_s);
    QCOMPARE(model.index(2, DatastoreTableModel::ReachColumn).data().toInt(), 2);
}

void tst_DatastoreTableModel::deactivationLowersReach()
{
    DatastoreTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    Account zoe = m_directory.accounts().at(0);
    zoe.deactivated = utc(2024, 7, 1);
    m_directory.upsertAccount(zoe);

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, DatastoreTableModel::TeamsColumn));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(2, DatastoreTableModel::ReachColumn));
    QCOMPARE(model.index(0, DatastoreTableModel::ReachColumn).data().toInt(), 3);
    QCOMPARE(model.index(1, DatastoreTableModel::ReachColumn).data().toInt(), 1);
}

void tst_DatastoreTableModel::insertAndRemoveAreRanged()
{
    DatastoreTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    Datastore warehouse;
    warehouse.id = 104;
    warehouse.name = u"Warehouse"_s;
    warehouse.connection = u"Redshift"_s;
    warehouse.created = utc(2024, 9, 1);
    m_directory.upsertDatastore(warehouse);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(model.index(3, DatastoreTableModel::TeamsColumn).data().toString(), QString());

    m_directory.removeDatastore(101);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 0);
    QCOMPARE(removed.at(0).at(2).toInt(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(columnText(model, DatastoreTableModel::NameColumn), u"Ledger|Enricher|Warehouse"_s);
}

void tst_DatastoreTableModel::generatedOrganisation()
{
    m_directory.load(demoOrganisation(300, 30, 500, 5));
    DatastoreTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QCOMPARE(model.rowCount(), 500);
    const AccessIndex &access = m_directory.access();
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(model.index(row, DatastoreTableModel::ReachColumn).data().toInt(), access.reachCount(row));
        const QString teams = model.index(row, DatastoreTableModel::TeamsColumn).data().toString();
        QCOMPARE(teams.isEmpty(), access.teamsHolding(row).isEmpty());
        QCOMPARE(teams.count(u'('), access.teamsHolding(row).size());
    }
}

void tst_DatastoreTableModel::naturalNameOrder_data()
{
    addNaturalOrderRows();
}

void tst_DatastoreTableModel::naturalNameOrder()
{
    QFETCH(QStringList, names);
    QFETCH(QString, ascending);
    m_directory.load(withDatastoreNames(names));
    DatastoreTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);

    proxy.sort(DatastoreTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(orderOf(proxy, DatastoreTableModel::NameColumn, names), ascending);
    proxy.sort(DatastoreTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(orderOf(proxy, DatastoreTableModel::NameColumn, names), reversedText(ascending));
}

void tst_DatastoreTableModel::renameKeepsNaturalOrder()
{
    const QStringList names{u"Events 29"_s, u"Events 3"_s, u"Events 10"_s};
    m_directory.load(withDatastoreNames(names));
    DatastoreTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.sort(DatastoreTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(orderOf(proxy, DatastoreTableModel::NameColumn, names), u"Events 3|Events 10|Events 29"_s);

    // "Events 3" becomes "Events 30", a name the table has not seen: it moves to the end.
    Datastore renamed = m_directory.datastores().at(1);
    renamed.name = u"Events 30"_s;
    m_directory.upsertDatastore(renamed);

    const QStringList now{u"Events 29"_s, u"Events 30"_s, u"Events 10"_s};
    QCOMPARE(orderOf(proxy, DatastoreTableModel::NameColumn, now), u"Events 10|Events 29|Events 30"_s);
    QCOMPARE(model.index(1, DatastoreTableModel::NameColumn).data().toString(), u"Events 30"_s);
}

QTEST_MAIN(tst_DatastoreTableModel)
#include "tst_datastoretablemodel.moc"

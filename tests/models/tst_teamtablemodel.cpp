// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory.h"
#include "models/fastfilterproxymodel.h"
#include "models/teamtablemodel.h"
#include "sampleorganisation.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace Gatehouse::Test;

class tst_TeamTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cells_data();
    void cells();
    void publicTeamIsBold();
    void createdIsRelative_data();
    void createdIsRelative();
    void sortEveryColumn_data();
    void sortEveryColumn();
    void upsertNewTeamInsertsOneRow();
    void upsertExistingTeamChangesOneRow();
    void removeTeamRemovesOneRow();
    void newAccountCountsInPublic();
    void naturalNameOrder_data();
    void naturalNameOrder();
    void renameKeepsNaturalOrder();
    void generatedOrganisation();

private:
    Directory m_directory;
};

void tst_TeamTableModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_directory.load(sampleOrganisation());
}

void tst_TeamTableModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    QTest::addRow("name") << 1 << int(TeamTableModel::NameColumn) << u"Finance"_s;
    QTest::addRow("description") << 1 << int(TeamTableModel::DescriptionColumn) << u"Money matters"_s;
    QTest::addRow("permission") << 2 << int(TeamTableModel::PermissionColumn) << u"Editor"_s;
    QTest::addRow("Public counts every account") << 0 << int(TeamTableModel::MembersColumn) << u"5"_s;
    QTest::addRow("members") << 1 << int(TeamTableModel::MembersColumn) << u"2"_s;
    QTest::addRow("datastores") << 1 << int(TeamTableModel::DatastoresColumn) << u"2"_s;
    QTest::addRow("Public datastores") << 0 << int(TeamTableModel::DatastoresColumn) << u"1"_s;
}

void tst_TeamTableModel::cells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);

    TeamTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(row, column).data().toString(), text);
}

void tst_TeamTableModel::publicTeamIsBold()
{
    TeamTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QVERIFY(model.index(0, TeamTableModel::NameColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(1, TeamTableModel::NameColumn).data(Qt::FontRole).isValid());
    QVERIFY(model.index(0, TeamTableModel::NameColumn).data(Qt::ToolTipRole).toString().contains(u"Every account"_s));
    QCOMPARE(model.index(1, TeamTableModel::NameColumn).data(Qt::ToolTipRole).toString(), u"Money matters"_s);
}

void tst_TeamTableModel::createdIsRelative_data()
{
    QTest::addColumn<qint64>("secondsAgo");
    QTest::addColumn<QString>("text");

    QTest::addRow("seconds") << qint64(20) << u"just now"_s;
    QTest::addRow("one minute") << qint64(61) << u"1 minute ago"_s;
    QTest::addRow("hours") << qint64(5 * 3600 + 10) << u"5 hours ago"_s;
    QTest::addRow("one day") << qint64(86400 + 5) << u"1 day ago"_s;
    QTest::addRow("three days") << qint64(3 * 86400) << u"3 days ago"_s;
    QTest::addRow("two months") << qint64(65 * 86400) << u"2 months ago"_s;
    QTest::addRow("two years") << qint64(800 * 86400) << u"2 years ago"_s;
}

void tst_TeamTableModel::createdIsRelative()
{
    QFETCH(qint64, secondsAgo);
    QFETCH(QString, text);

    TeamTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QDateTime created = m_directory.teams().at(1).created;
    model.setCurrentTime(created.addSecs(secondsAgo));

    const QModelIndex cell = model.index(1, TeamTableModel::CreatedColumn);
    QCOMPARE(cell.data().toString(), text);
    QCOMPARE(cell.data(Qt::ToolTipRole).toString(), u"2023-06-01 09:30:00 UTC"_s);
}

void tst_TeamTableModel::sortEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("names");

    const auto add = [](const char *name, TeamTableModel::Column column, const QString &ascending,
                        const QString &descending) {
        QTest::addRow("%s ascending", name) << int(column) << Qt::AscendingOrder << ascending;
        QTest::addRow("%s descending", name) << int(column) << Qt::DescendingOrder << descending;
    };
    add("name", TeamTableModel::NameColumn, u"Engineering|Finance|Public"_s, u"Public|Finance|Engineering"_s);
    add("description", TeamTableModel::DescriptionColumn, u"Engineering|Public|Finance"_s,
        u"Finance|Public|Engineering"_s);
    add("permission", TeamTableModel::PermissionColumn, u"Public|Finance|Engineering"_s,
        u"Engineering|Finance|Public"_s);
    // Finance and Engineering tie on members, Public and Engineering on datastores: ties
    // keep id order in both directions.
    add("members", TeamTableModel::MembersColumn, u"Finance|Engineering|Public"_s,
        u"Public|Finance|Engineering"_s);
    add("datastores", TeamTableModel::DatastoresColumn, u"Public|Engineering|Finance"_s,
        u"Finance|Public|Engineering"_s);
    add("created", TeamTableModel::CreatedColumn, u"Public|Engineering|Finance"_s,
        u"Finance|Engineering|Public"_s);
}

void tst_TeamTableModel::sortEveryColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, names);

    TeamTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);

    proxy.sort(column, order);
    QCOMPARE(columnText(proxy, TeamTableModel::NameColumn), names);
}

void tst_TeamTableModel::upsertNewTeamInsertsOneRow()
{
    TeamTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    m_directory.upsertTeam(makeTeam(4, u"Marketing"_s, {}, Level::Author, {15}, {}, utc(2024, 8, 1)));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 3);
    QCOMPARE(inserted.at(0).at(2).toInt(), 3);
    QCOMPARE(columnText(model, TeamTableModel::NameColumn), u"Public|Finance|Engineering|Marketing"_s);
    QCOMPARE(model.index(3, TeamTableModel::PermissionColumn).data().toString(), u"Author"_s);
}

void tst_TeamTableModel::upsertExistingTeamChangesOneRow()
{
    TeamTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

    Team finance = m_directory.teams().at(1);
    finance.name = u"Treasury"_s;
    finance.members = {11};
    m_directory.upsertTeam(finance);

    QCOMPARE(inserted.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(1, 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(1, TeamTableModel::ColumnCount - 1));
    QCOMPARE(model.index(1, TeamTableModel::NameColumn).data().toString(), u"Treasury"_s);
    QCOMPARE(model.index(1, TeamTableModel::MembersColumn).data().toInt(), 1);
}

void tst_TeamTableModel::removeTeamRemovesOneRow()
{
    TeamTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    m_directory.removeTeam(2);

    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(1).toInt(), 1);
    QCOMPARE(removed.at(0).at(2).toInt(), 1);
    QCOMPARE(columnText(model, TeamTableModel::NameColumn), u"Public|Engineering"_s);
}

void tst_TeamTableModel::newAccountCountsInPublic()
{
    TeamTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    m_directory.upsertAccount(makeAccount(16, u"Dana Eve"_s, u"dana@example.com"_s, Role::Member, utc(2024, 2, 2), {}));

    const QModelIndex publicMembers = model.index(0, TeamTableModel::MembersColumn);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), publicMembers);
    QCOMPARE(publicMembers.data().toInt(), 6);
}

void tst_TeamTableModel::generatedOrganisation()
{
    m_directory.load(demoOrganisation(400, 300, 60, 3));
    TeamTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QCOMPARE(model.rowCount(), 301);
    for (int row = 0; row < model.rowCount(); ++row) {
        const Team &team = m_directory.teams().at(row);
        QCOMPARE(model.index(row, 0).data(DirectoryTableModel::IdRole).toLongLong(), team.id);
        QCOMPARE(model.index(row, TeamTableModel::MembersColumn).data().toInt(),
                 team.isPublic ? 400 : int(team.members.size()));
    }
}

void tst_TeamTableModel::naturalNameOrder_data()
{
    addNaturalOrderRows();
}

void tst_TeamTableModel::naturalNameOrder()
{
    QFETCH(QStringList, names);
    QFETCH(QString, ascending);
    m_directory.load(withTeamNames(names));
    TeamTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);

    proxy.sort(TeamTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(orderOf(proxy, TeamTableModel::NameColumn, names), ascending);
    proxy.sort(TeamTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(orderOf(proxy, TeamTableModel::NameColumn, names), reversedText(ascending));
}

void tst_TeamTableModel::renameKeepsNaturalOrder()
{
    const QStringList names{u"Events 29"_s, u"Events 3"_s, u"Events 10"_s};
    m_directory.load(withTeamNames(names));
    TeamTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.sort(TeamTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(orderOf(proxy, TeamTableModel::NameColumn, names), u"Events 3|Events 10|Events 29"_s);

    // "Events 3" becomes "Events 30", a name the table has not seen: it moves to the end.
    Team renamed = m_directory.teams().at(1);
    renamed.name = u"Events 30"_s;
    m_directory.upsertTeam(renamed);

    const QStringList now{u"Events 29"_s, u"Events 30"_s, u"Events 10"_s};
    QCOMPARE(orderOf(proxy, TeamTableModel::NameColumn, now), u"Events 10|Events 29|Events 30"_s);
    QCOMPARE(model.index(1, TeamTableModel::NameColumn).data().toString(), u"Events 30"_s);
}

QTEST_MAIN(tst_TeamTableModel)
#include "tst_teamtablemodel.moc"

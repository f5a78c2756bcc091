// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory.h"
#include "models/accounttablemodel.h"
#include "models/fastfilterproxymodel.h"
#include "sampleorganisation.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace Gatehouse::Test;

class tst_AccountTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cells_data();
    void cells();
    void teamsTooltipNamesEveryTeamIncludingPublic();
    void deactivatedRowsAreGrey();
    void typeColumnHasAnIcon();
    void sortEveryColumn_data();
    void sortEveryColumn();
    void newAccountIsOneInsertedRow();
    void changedAccountIsOneChangedRow();
    void teamChangeUpdatesTeamCounts();
    void renamedAccountMovesInNameOrder();
    void naturalNameOrder_data();
    void naturalNameOrder();
    void renameKeepsNaturalOrder();
    void generatedOrganisation();

private:
    Directory m_directory;
};

void tst_AccountTableModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_directory.load(sampleOrganisation());
}

void tst_AccountTableModel::cells_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    QTest::addRow("name keeps accents") << 0 << int(AccountTableModel::NameColumn) << u"Zoë Adams"_s;
    QTest::addRow("e-mail") << 0 << int(AccountTableModel::EmailColumn) << u"zoe.adams@example.com"_s;
    QTest::addRow("human") << 0 << int(AccountTableModel::TypeColumn) << u"Human"_s;
    QTest::addRow("service") << 3 << int(AccountTableModel::TypeColumn) << u"Service"_s;
    QTest::addRow("service without e-mail") << 3 << int(AccountTableModel::EmailColumn) << QString();
    QTest::addRow("admin") << 1 << int(AccountTableModel::RoleColumn) << u"Admin"_s;
    QTest::addRow("manager") << 2 << int(AccountTableModel::RoleColumn) << u"Manager"_s;
    QTest::addRow("one explicit team") << 0 << int(AccountTableModel::TeamsColumn) << u"1"_s;
    QTest::addRow("two explicit teams") << 1 << int(AccountTableModel::TeamsColumn) << u"2"_s;
    QTest::addRow("Public only counts none") << 4 << int(AccountTableModel::TeamsColumn) << u"0"_s;
    QTest::addRow("never active") << 1 << int(AccountTableModel::LastActiveColumn) << u"Never"_s;
    QTest::addRow("last active date") << 0 << int(AccountTableModel::LastActiveColumn) << u"2024-05-01"_s;
    QTest::addRow("active") << 0 << int(AccountTableModel::StatusColumn) << u"Active"_s;
    QTest::addRow("deactivated") << 2 << int(AccountTableModel::StatusColumn) << u"Deactivated"_s;
    QTest::addRow("created") << 4 << int(AccountTableModel::CreatedColumn) << u"2024-01-01"_s;
}

void tst_AccountTableModel::cells()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);

    AccountTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(row, column).data().toString(), text);
}

void tst_AccountTableModel::teamsTooltipNamesEveryTeamIncludingPublic()
{
    AccountTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QCOMPARE(model.index(1, AccountTableModel::TeamsColumn).data(Qt::ToolTipRole).toString(),
             u"Public, Finance, Engineering"_s);
    QCOMPARE(model.index(4, AccountTableModel::TeamsColumn).data(Qt::ToolTipRole).toString(), u"Public"_s);
    QCOMPARE(model.index(0, AccountTableModel::LastActiveColumn).data(Qt::ToolTipRole).toString(),
             u"2024-05-01 09:30:00 UTC"_s);
}

void tst_AccountTableModel::deactivatedRowsAreGrey()
{
    AccountTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    for (int column = 0; column < AccountTableModel::ColumnCount; ++column) {
        QVERIFY(!model.index(0, column).data(Qt::ForegroundRole).isValid());
        const QVariant grey = model.index(2, column).data(Qt::ForegroundRole);
        QVERIFY2(grey.canConvert<QColor>() && grey.value<QColor>().isValid(), qPrintable(QString::number(column)));
    }
}

void tst_AccountTableModel::typeColumnHasAnIcon()
{
    AccountTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    const auto human = model.index(0, AccountTableModel::TypeColumn).data(Qt::DecorationRole).value<QIcon>();
    const auto service = model.index(3, AccountTableModel::TypeColumn).data(Qt::DecorationRole).value<QIcon>();
    QVERIFY(!human.isNull());
    QVERIFY(!service.isNull());
    QVERIFY(human.cacheKey() != service.cacheKey());
    QVERIFY(!model.index(0, AccountTableModel::NameColumn).data(Qt::DecorationRole).isValid());
}

void tst_AccountTableModel::sortEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("names");

    const auto add = [](const char *name, AccountTableModel::Column column, const QString &ascending,
                        const QString &descending) {
        QTest::addRow("%s ascending", name) << int(column) << Qt::AscendingOrder << ascending;
        QTest::addRow("%s descending", name) << int(column) << Qt::DescendingOrder << descending;
    };
    // Ties keep the Directory's order (ascending id) in both directions.
    add("name", AccountTableModel::NameColumn,
        u"Ann Émile|bob Brown|Carla Diaz|Pipeline Automation|Zoë Adams"_s,
        u"Zoë Adams|Pipeline Automation|Carla Diaz|bob Brown|Ann Émile"_s);
    add("e-mail", AccountTableModel::EmailColumn,
        u"Pipeline Automation|Ann Émile|bob Brown|Carla Diaz|Zoë Adams"_s,
        u"Zoë Adams|Carla Diaz|bob Brown|Ann Émile|Pipeline Automation"_s);
    add("type", AccountTableModel::TypeColumn,
        u"Zoë Adams|bob Brown|Carla Diaz|Ann Émile|Pipeline Automation"_s,
        u"Pipeline Automation|Zoë Adams|bob Brown|Carla Diaz|Ann Émile"_s);
    add("role", AccountTableModel::RoleColumn,
        u"Zoë Adams|Pipeline Automation|Ann Émile|Carla Diaz|bob Brown"_s,
        u"bob Brown|Carla Diaz|Zoë Adams|Pipeline Automation|Ann Émile"_s);
    add("teams", AccountTableModel::TeamsColumn,
        u"Pipeline Automation|Ann Émile|Zoë Adams|Carla Diaz|bob Brown"_s,
        u"bob Brown|Zoë Adams|Carla Diaz|Pipeline Automation|Ann Émile"_s);
    // "Never" stays last in both directions.
    add("last active", AccountTableModel::LastActiveColumn,
        u"Pipeline Automation|Carla Diaz|Zoë Adams|bob Brown|Ann Émile"_s,
        u"Zoë Adams|Carla Diaz|Pipeline Automation|bob Brown|Ann Émile"_s);
    add("status", AccountTableModel::StatusColumn,
        u"Zoë Adams|bob Brown|Pipeline Automation|Ann Émile|Carla Diaz"_s,
        u"Carla Diaz|Zoë Adams|bob Brown|Pipeline Automation|Ann Émile"_s);
    add("created", AccountTableModel::CreatedColumn,
        u"bob Brown|Zoë Adams|Pipeline Automation|Carla Diaz|Ann Émile"_s,
        u"Ann Émile|Carla Diaz|Pipeline Automation|Zoë Adams|bob Brown"_s);
}

void tst_AccountTableModel::sortEveryColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, names);

    AccountTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);

    proxy.sort(column, order);
    QCOMPARE(columnText(proxy, AccountTableModel::NameColumn), names);
}

void tst_AccountTableModel::newAccountIsOneInsertedRow()
{
    AccountTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    m_directory.upsertAccount(makeAccount(16, u"Dana Eve"_s, u"dana@example.com"_s, Role::Member,
                                          utc(2024, 2, 2), {}));

    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 5); // ascending id: after Ann (15)
    QCOMPARE(inserted.at(0).at(2).toInt(), 5);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.index(5, AccountTableModel::NameColumn).data().toString(), u"Dana Eve"_s);
    QCOMPARE(model.index(5, 0).data(DirectoryTableModel::IdRole).toLongLong(), 16);
}

void tst_AccountTableModel::changedAccountIsOneChangedRow()
{
    AccountTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    Account zoe = m_directory.accounts().at(0);
    zoe.deactivated = utc(2024, 7, 1);
    m_directory.upsertAccount(zoe);

    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, 0));
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>(), model.index(0, AccountTableModel::ColumnCount - 1));
    QCOMPARE(model.index(0, AccountTableModel::StatusColumn).data().toString(), u"Deactivated"_s);
}

void tst_AccountTableModel::teamChangeUpdatesTeamCounts()
{
    AccountTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    Team finance = m_directory.teams().at(1);
    finance.members.append(15);
    m_directory.upsertTeam(finance);

    QVERIFY(!changed.isEmpty());
    QCOMPARE(model.index(4, AccountTableModel::TeamsColumn).data().toString(), u"1"_s);
    QCOMPARE(model.index(4, AccountTableModel::TeamsColumn).data(Qt::ToolTipRole).toString(), u"Public, Finance"_s);
}

void tst_AccountTableModel::renamedAccountMovesInNameOrder()
{
    AccountTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.sort(AccountTableModel::NameColumn, Qt::AscendingOrder);

    // A name no account had before: the model ranks its names anew.
    Account ann = m_directory.accounts().at(4);
    ann.name = u"Yann Émile"_s;
    m_directory.upsertAccount(ann);

    QCOMPARE(columnText(proxy, AccountTableModel::NameColumn),
             u"bob Brown|Carla Diaz|Pipeline Automation|Yann Émile|Zoë Adams"_s);
    proxy.sort(AccountTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(columnText(proxy, AccountTableModel::NameColumn),
             u"Zoë Adams|Yann Émile|Pipeline Automation|Carla Diaz|bob Brown"_s);
}

void tst_AccountTableModel::generatedOrganisation()
{
    // Over 256 rows: a size where chunked loading or lazy caches would show.
    m_directory.load(demoOrganisation(600, 20, 40, 7));
    AccountTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);

    QCOMPARE(model.rowCount(), 600);
    int never = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const Account &account = m_directory.accounts().at(row);
        QCOMPARE(model.index(row, 0).data(DirectoryTableModel::IdRole).toLongLong(), account.id);
        QCOMPARE(model.index(row, AccountTableModel::TeamsColumn).data().toInt(),
                 int(m_directory.access().teamsOf(row).size()));
        never += account.lastActive.isValid() ? 0 : 1;
    }
    QVERIFY2(never > 0, "the demo should hold accounts that never signed in");

    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        proxy.sort(AccountTableModel::LastActiveColumn, order);
        for (int row = 0; row < proxy.rowCount(); ++row) {
            const bool isNever = proxy.index(row, AccountTableModel::LastActiveColumn).data().toString() == u"Never"_s;
            QCOMPARE(isNever, row >= proxy.rowCount() - never);
        }
    }
}

void tst_AccountTableModel::naturalNameOrder_data()
{
    addNaturalOrderRows();
}

void tst_AccountTableModel::naturalNameOrder()
{
    QFETCH(QStringList, names);
    QFETCH(QString, ascending);
    m_directory.load(withAccountNames(names));
    AccountTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);

    proxy.sort(AccountTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(orderOf(proxy, AccountTableModel::NameColumn, names), ascending);
    proxy.sort(AccountTableModel::NameColumn, Qt::DescendingOrder);
    QCOMPARE(orderOf(proxy, AccountTableModel::NameColumn, names), reversedText(ascending));
}

void tst_AccountTableModel::renameKeepsNaturalOrder()
{
    const QStringList names{u"Events 29"_s, u"Events 3"_s, u"Events 10"_s};
    m_directory.load(withAccountNames(names));
    AccountTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.sort(AccountTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(orderOf(proxy, AccountTableModel::NameColumn, names), u"Events 3|Events 10|Events 29"_s);

    // "Events 3" becomes "Events 30", a name the table has not seen: it moves to the end.
    Account renamed = m_directory.accounts().at(1);
    renamed.name = u"Events 30"_s;
    m_directory.upsertAccount(renamed);

    const QStringList now{u"Events 29"_s, u"Events 30"_s, u"Events 10"_s};
    QCOMPARE(orderOf(proxy, AccountTableModel::NameColumn, now), u"Events 10|Events 29|Events 30"_s);
    QCOMPARE(model.index(1, AccountTableModel::NameColumn).data().toString(), u"Events 30"_s);
}

QTEST_MAIN(tst_AccountTableModel)
#include "tst_accounttablemodel.moc"

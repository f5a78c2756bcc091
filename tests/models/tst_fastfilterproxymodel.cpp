// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory.h"
#include "core/textfold.h"
#include "models/accounttablemodel.h"
#include "models/fastfilterproxymodel.h"
#include "models/teamtablemodel.h"
#include "sampleorganisation.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace Gatehouse::Test;

namespace {

using Ranges = QList<std::pair<int, int>>;

Ranges rangesOf(const QSignalSpy &spy)
{
    Ranges ranges;
    for (const QList<QVariant> &arguments : spy)
        ranges.append({arguments.at(1).toInt(), arguments.at(2).toInt()});
    return ranges;
}

// What the search must show, computed the slow and obvious way.
QList<Id> expectedAccounts(const Directory &directory, const QString &text)
{
    const QStringList words = Gatehouse::searchKey(text).split(u' ', Qt::SkipEmptyParts);
    QList<Id> ids;
    for (const Account &account : directory.accounts()) {
        const QString key = Gatehouse::searchKey(account.name) + u' ' + Gatehouse::searchKey(account.email);
        if (std::all_of(words.begin(), words.end(), [&](const QString &word) { return key.contains(word); }))
            ids.append(account.id);
    }
    return ids;
}

QList<Id> shownIds(const QAbstractItemModel &model)
{
    QList<Id> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(DirectoryTableModel::IdRole).toLongLong());
    return ids;
}

} // namespace

class tst_FastFilterProxyModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void search_data();
    void search();
    void rowPredicate();
    void narrowingRemovesRanges();
    void refinementTestsOnlyShownRows();
    void scatteredChangeIsOneReset();
    void searchMatchesBruteForce_data();
    void searchMatchesBruteForce();
    void sortKeepsPersistentIndexes();
    void upsertTeamKeepsTheFilter();
    void changedRowMovesInSortedProxy();
    void removedSourceRowLeavesTheProxy();

private:
    Directory m_directory;
};

void tst_FastFilterProxyModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_directory.load(sampleOrganisation());
}

void tst_FastFilterProxyModel::search_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("names");

    QTest::addRow("empty shows all") << QString()
                                     << u"Zoë Adams|bob Brown|Carla Diaz|Pipeline Automation|Ann Émile"_s;
    QTest::addRow("no accent finds accent") << u"zoe"_s << u"Zoë Adams"_s;
    QTest::addRow("upper case with accent") << u"ZOË"_s << u"Zoë Adams"_s;
    QTest::addRow("accented search") << u"Émile"_s << u"Ann Émile"_s;
    QTest::addRow("e-mail") << u"carla@"_s << u"Carla Diaz"_s;
    QTest::addRow("two words") << u"bob brown"_s << u"bob Brown"_s;
    QTest::addRow("words in any order") << u"adams zoe"_s << u"Zoë Adams"_s;
    QTest::addRow("every word must match") << u"brown zoe"_s << QString();
    QTest::addRow("surrounding spaces") << u"  ann  "_s << u"Ann Émile"_s;
    QTest::addRow("service has no e-mail") << u"example"_s << u"Zoë Adams|bob Brown|Carla Diaz|Ann Émile"_s;
}

void tst_FastFilterProxyModel::search()
{
    QFETCH(QString, text);
    QFETCH(QString, names);

    AccountTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);

    proxy.setSearchText(text);
    QCOMPARE(columnText(proxy, AccountTableModel::NameColumn), names);
    QCOMPARE(proxy.searchText(), text);
}

void tst_FastFilterProxyModel::rowPredicate()
{
    AccountTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);

    Role wanted = Role::Admin;
    proxy.setRowPredicate([&](int row) { return m_directory.accounts().at(row).role == wanted; });
    QCOMPARE(columnText(proxy, AccountTableModel::NameColumn), u"bob Brown"_s);

    proxy.setSearchText(u"zoe"_s);
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setSearchText(u"example"_s);
    QCOMPARE(columnText(proxy, AccountTableModel::NameColumn), u"bob Brown"_s);

    wanted = Role::Manager;
    proxy.invalidateRowPredicate();
    QCOMPARE(columnText(proxy, AccountTableModel::NameColumn), u"Carla Diaz"_s);

    proxy.setRowPredicate({});
    QCOMPARE(columnText(proxy, AccountTableModel::NameColumn), u"Zoë Adams|bob Brown|Carla Diaz|Ann Émile"_s);
}

void tst_FastFilterProxyModel::narrowingRemovesRanges()
{
    AccountTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);

    // Given all five shown, when typing "d": bob, Pipeline and Ann go, last range first.
    proxy.setSearchText(u"d"_s);
    QCOMPARE(rangesOf(removed), (Ranges{{3, 4}, {1, 1}}));
    QCOMPARE(columnText(proxy, AccountTableModel::NameColumn), u"Zoë Adams|Carla Diaz"_s);

    removed.clear();
    proxy.setSearchText(u"di"_s);
    QCOMPARE(rangesOf(removed), (Ranges{{0, 0}}));
    QCOMPARE(inserted.count(), 0);

    removed.clear();
    proxy.setSearchText(QString());
    QCOMPARE(rangesOf(inserted), (Ranges{{0, 1}, {3, 4}}));
    QCOMPARE(removed.count(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(proxy.rowCount(), 5);
}

void tst_FastFilterProxyModel::refinementTestsOnlyShownRows()
{
    AccountTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);

    int calls = 0;
    proxy.setRowPredicate([&calls](int) {
        ++calls;
        return true;
    });
    QCOMPARE(calls, 5);

    // Typing on: the shown rows already passed the predicate, hidden ones cannot come back.
    proxy.setSearchText(u"a"_s);
    proxy.setSearchText(u"ad"_s);
    QCOMPARE(calls, 5);
    QCOMPARE(columnText(proxy, AccountTableModel::NameColumn), u"Zoë Adams"_s);

    // Not a refinement: every row is looked at again.
    proxy.setSearchText(u"b"_s);
    QCOMPARE(columnText(proxy, AccountTableModel::NameColumn), u"bob Brown"_s);
    QCOMPARE(calls, 6); // the predicate runs only for rows the words match
}

void tst_FastFilterProxyModel::scatteredChangeIsOneReset()
{
    m_directory.load(demoOrganisation(1000, 10, 20, 11));
    AccountTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);

    // Every demo e-mail ends in "example.com": "ma" hides people all over the table.
    proxy.setSearchText(u"ma"_s);

    QCOMPARE(reset.count(), 1);
    QCOMPARE(removed.count(), 0);
    QVERIFY(proxy.rowCount() > 0 && proxy.rowCount() < 900);
    QCOMPARE(shownIds(proxy), expectedAccounts(m_directory, u"ma"_s));
}

void tst_FastFilterProxyModel::searchMatchesBruteForce_data()
{
    QTest::addColumn<int>("sortColumn");
    QTest::addColumn<Qt::SortOrder>("order");

    QTest::addRow("unsorted") << -1 << Qt::AscendingOrder;
    QTest::addRow("name ascending") << int(AccountTableModel::NameColumn) << Qt::AscendingOrder;
    QTest::addRow("name descending") << int(AccountTableModel::NameColumn) << Qt::DescendingOrder;
    QTest::addRow("last active descending") << int(AccountTableModel::LastActiveColumn) << Qt::DescendingOrder;
    QTest::addRow("role descending") << int(AccountTableModel::RoleColumn) << Qt::DescendingOrder;
}

void tst_FastFilterProxyModel::searchMatchesBruteForce()
{
    QFETCH(int, sortColumn);
    QFETCH(Qt::SortOrder, order);

    m_directory.load(demoOrganisation(700, 10, 20, 19));
    AccountTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.sort(sortColumn, order);

    for (const QString &text : {u"m"_s, u"ma"_s, u"mar"_s, u"mar e"_s, u"ma"_s, QString(), u"example"_s}) {
        proxy.setSearchText(text);
        QList<Id> shown = shownIds(proxy);
        // Sorted: each neighbour pair is in order, sortsLast rows at the end, ties by source row.
        for (int row = 1; sortColumn >= 0 && row < proxy.rowCount(); ++row) {
            const int a = proxy.mapToSource(proxy.index(row - 1, 0)).row();
            const int b = proxy.mapToSource(proxy.index(row, 0)).row();
            const bool aLast = model.sortsLast(sortColumn, a);
            const bool bLast = model.sortsLast(sortColumn, b);
            QVERIFY2(!aLast || bLast, qPrintable(text));
            if (aLast || bLast)
                continue;
            const bool inOrder = order == Qt::AscendingOrder ? !model.lessThan(sortColumn, b, a)
                                                             : !model.lessThan(sortColumn, a, b);
            QVERIFY2(inOrder, qPrintable(u"%1 at %2"_s.arg(text).arg(row)));
            const bool tie = !model.lessThan(sortColumn, a, b) && !model.lessThan(sortColumn, b, a);
            QVERIFY(!tie || a < b);
        }
        std::sort(shown.begin(), shown.end());
        QCOMPARE(shown, expectedAccounts(m_directory, text));
    }
}

void tst_FastFilterProxyModel::sortKeepsPersistentIndexes()
{
    AccountTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    QSignalSpy layout(&proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);

    const QPersistentModelIndex carla = proxy.index(2, AccountTableModel::EmailColumn);
    proxy.sort(AccountTableModel::NameColumn, Qt::DescendingOrder);

    QCOMPARE(layout.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(proxy.sortColumn(), int(AccountTableModel::NameColumn));
    QCOMPARE(proxy.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(carla.row(), 2); // Zoë, Pipeline, Carla, ...
    QCOMPARE(carla.data().toString(), u"carla@example.com"_s);

    proxy.sort(AccountTableModel::RoleColumn, Qt::AscendingOrder);
    QCOMPARE(carla.row(), 3);
    QCOMPARE(carla.data().toString(), u"carla@example.com"_s);
}

void tst_FastFilterProxyModel::upsertTeamKeepsTheFilter()
{
    TeamTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setSearchText(u"fin"_s);
    QCOMPARE(columnText(proxy, TeamTableModel::NameColumn), u"Finance"_s);

    QSignalSpy sourceInserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy inserted(&proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&proxy, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);

    // A matching team appears in place.
    m_directory.upsertTeam(makeTeam(4, u"Finland Ops"_s, {}, Level::Viewer, {}, {}, utc(2024, 8, 1)));
    QCOMPARE(rangesOf(inserted), (Ranges{{1, 1}}));
    QCOMPARE(columnText(proxy, TeamTableModel::NameColumn), u"Finance|Finland Ops"_s);

    // One that does not match is in the source only.
    inserted.clear();
    m_directory.upsertTeam(makeTeam(5, u"Marketing"_s, {}, Level::Viewer, {}, {}, utc(2024, 8, 2)));
    QCOMPARE(rangesOf(sourceInserted), (Ranges{{3, 3}, {4, 4}}));
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(proxy.rowCount(), 2);

    // A renamed team that still matches changes in place.
    Team finance = m_directory.teams().at(1);
    finance.name = u"Finance EU"_s;
    m_directory.upsertTeam(finance);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), proxy.index(0, 0));
    QCOMPARE(columnText(proxy, TeamTableModel::NameColumn), u"Finance EU|Finland Ops"_s);

    // One that stops matching leaves.
    finance.name = u"Treasury"_s;
    finance.description = u"Money"_s;
    m_directory.upsertTeam(finance);
    QCOMPARE(rangesOf(removed), (Ranges{{0, 0}}));
    QCOMPARE(columnText(proxy, TeamTableModel::NameColumn), u"Finland Ops"_s);
    QCOMPARE(proxy.searchText(), u"fin"_s);
    QCOMPARE(reset.count(), 0);
}

void tst_FastFilterProxyModel::changedRowMovesInSortedProxy()
{
    TeamTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.sort(TeamTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(columnText(proxy, TeamTableModel::NameColumn), u"Engineering|Finance|Public"_s);
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);

    Team engineering = m_directory.teams().at(2);
    engineering.name = u"Research"_s;
    m_directory.upsertTeam(engineering);

    QCOMPARE(columnText(proxy, TeamTableModel::NameColumn), u"Finance|Public|Research"_s);
    QCOMPARE(reset.count(), 0);

    m_directory.upsertTeam(makeTeam(4, u"Audit"_s, {}, Level::Viewer, {}, {}, utc(2024, 8, 1)));
    QCOMPARE(columnText(proxy, TeamTableModel::NameColumn), u"Audit|Finance|Public|Research"_s);
}

void tst_FastFilterProxyModel::removedSourceRowLeavesTheProxy()
{
    TeamTableModel model(&m_directory);
    FastFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.sort(TeamTableModel::NameColumn, Qt::DescendingOrder);
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);

    m_directory.removeTeam(2); // Finance, shown second: Public, Finance, Engineering

    QCOMPARE(rangesOf(removed), (Ranges{{1, 1}}));
    QCOMPARE(columnText(proxy, TeamTableModel::NameColumn), u"Public|Engineering"_s);
    QCOMPARE(proxy.sourceRowCount(), 2);
    QCOMPARE(proxy.mapFromSource(model.index(1, 0)), proxy.index(1, 0));
}

QTEST_MAIN(tst_FastFilterProxyModel)
#include "tst_fastfilterproxymodel.moc"

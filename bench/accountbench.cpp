// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountbench.h"

#include "benchtable.h"
#include "core/directory.h"
#include "models/accounttablemodel.h"
#include "models/fastfilterproxymodel.h"
#include "views/tablepage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTextStream>

#include <numeric>

using namespace Qt::StringLiterals;

namespace Gatehouse::Bench {

namespace {

// One user action, timed twice: once the proxy has updated and the view has laid itself out
// (what depends on the model and proxy), and once the view has also painted (a fixed cost
// of the style's text drawing, the same for both proxies). Events left over are processed
// untimed, so each action starts from a settled view.
struct Timing {
    double updated = 0;
    double painted = 0;
};

template <typename Action>
Timing measure(QTableView &view, Action action)
{
    QElapsedTimer timer;
    timer.start();
    action();
    view.doItemsLayout();
    Timing timing;
    timing.updated = double(timer.nsecsElapsed()) / 1e6;
    view.viewport()->repaint();
    timing.painted = double(timer.nsecsElapsed()) / 1e6;
    QCoreApplication::processEvents();
    return timing;
}

void settle()
{
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

void configure(QTableView &view)
{
    // As the views layer sets up its big tables: fixed row heights, no row header, no
    // grid, nothing sized to contents.
    view.verticalHeader()->hide();
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.verticalHeader()->setDefaultSectionSize(22);
    view.horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view.horizontalHeader()->setStretchLastSection(true);
    view.setShowGrid(false);
    view.setWordWrap(false);
    view.setSelectionMode(QAbstractItemView::SingleSelection);
    view.resize(1100, 700);
}

// The accounts model, counting what views ask of it.
class CountingAccountModel : public AccountTableModel
{
public:
    using AccountTableModel::AccountTableModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        ++calls;
        cells.insert((qint64(index.row()) << 8) | index.column());
        return AccountTableModel::data(index, role);
    }
    mutable qint64 calls = 0;
    mutable QSet<qint64> cells; // distinct cells asked for

};

double mean(const QList<double> &values)
{
    return values.isEmpty() ? 0 : std::accumulate(values.cbegin(), values.cend(), 0.0) / double(values.size());
}

} // namespace

AccountBench::AccountBench(Directory *directory, int runs)
    : m_directory(directory)
    , m_runs(runs)
    , m_keystrokes({u"m"_s, u"ma"_s, u"mar"_s, u"mari"_s, QString()})
{
}

void AccountBench::run(BenchTable &table)
{
    QTextStream out(stdout);
    AccountTableModel model(m_directory);
    FastFilterProxyModel ours;
    ours.setSourceModel(&model);
    QSortFilterProxyModel baseline;
    baseline.setSourceModel(&model);
    baseline.setFilterKeyColumn(AccountTableModel::NameColumn);

    QTableView view;
    configure(view);
    view.setModel(&ours);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view))
        out << "warning: the table view was not exposed; paint timings mean little" << Qt::endl;
    settle();

    // (a) Search as you type: per keystroke, the median over the runs; then the mean over
    // the typed sequence, as a person types it.
    const qsizetype strokes = m_keystrokes.size();
    QList<QList<Timing>> oursTyping(strokes);
    QList<QList<Timing>> baselineTyping(strokes);
    QList<int> oursShown(strokes);
    QList<int> baselineShown(strokes);
    for (int run = 0; run < m_runs; ++run) {
        for (qsizetype i = 0; i < strokes; ++i) {
            oursTyping[i].append(measure(view, [&] { ours.setSearchText(m_keystrokes.at(i)); }));
            oursShown[i] = ours.rowCount();
        }
    }
    view.setModel(&baseline);
    settle();
    for (int run = 0; run < m_runs; ++run) {
        for (qsizetype i = 0; i < strokes; ++i) {
            const QRegularExpression expression(QRegularExpression::escape(m_keystrokes.at(i)),
                                                QRegularExpression::CaseInsensitiveOption);
            baselineTyping[i].append(measure(view, [&] { baseline.setFilterRegularExpression(expression); }));
            baselineShown[i] = baseline.rowCount();
        }
    }
    const auto medianOf = [](const QList<Timing> &timings, double Timing::*field) {
        QList<double> values;
        for (const Timing &timing : timings)
            values.append(timing.*field);
        return median(values);
    };
    QList<double> oursUpdated, oursPainted, baselineUpdated, baselinePainted;
    for (qsizetype i = 0; i < strokes; ++i) {
        oursUpdated.append(medianOf(oursTyping.at(i), &Timing::updated));
        oursPainted.append(medianOf(oursTyping.at(i), &Timing::painted));
        baselineUpdated.append(medianOf(baselineTyping.at(i), &Timing::updated));
        baselinePainted.append(medianOf(baselineTyping.at(i), &Timing::painted));
        const QString label = m_keystrokes.at(i).isEmpty() ? u"clear"_s : u"\"%1\""_s.arg(m_keystrokes.at(i));
        table.add(u"  %1: %2 rows (baseline %3)"_s.arg(label).arg(oursShown.at(i)).arg(baselineShown.at(i)),
                  oursUpdated.last(), baselineUpdated.last(), 0);
    }
    table.add(u"filter %1: keystroke, updated"_s.arg(m_label), mean(oursUpdated), mean(baselineUpdated),
              m_filterRatio);
    if (m_filterBudgetMs > 0)
        table.addBudget(u"filter %1: keystroke, updated, vs budget"_s.arg(m_label), mean(oursUpdated),
                        m_filterBudgetMs);
    table.add(u"filter %1: keystroke, updated and painted"_s.arg(m_label), mean(oursPainted),
              mean(baselinePainted), 0);

    // (b) Sort by name. First time: ours has no cached order (dropped before each run).
    // Other direction: ours reverses its cached order, the baseline sorts again.
    QList<double> oursFirst, oursFirstPainted, oursOther, baselineFirst, baselineFirstPainted, baselineOther;
    view.setModel(&ours);
    settle();
    for (int run = 0; run < m_runs; ++run) {
        ours.sort(-1);
        ours.invalidate();
        settle();
        const Timing first = measure(view, [&] { ours.sort(AccountTableModel::NameColumn, Qt::AscendingOrder); });
        oursFirst.append(first.updated);
        oursFirstPainted.append(first.painted);
        oursOther.append(measure(view, [&] { ours.sort(AccountTableModel::NameColumn, Qt::DescendingOrder); }).updated);
    }
    view.setModel(&baseline);
    settle();
    for (int run = 0; run < m_runs; ++run) {
        baseline.sort(-1);
        settle();
        const Timing first =
            measure(view, [&] { baseline.sort(AccountTableModel::NameColumn, Qt::AscendingOrder); });
        baselineFirst.append(first.updated);
        baselineFirstPainted.append(first.painted);
        baselineOther.append(
            measure(view, [&] { baseline.sort(AccountTableModel::NameColumn, Qt::DescendingOrder); }).updated);
    }
    table.add(u"sort by name %1: first time, updated"_s.arg(m_label), median(oursFirst), median(baselineFirst),
              15);
    table.add(u"sort by name %1: first time, updated and painted"_s.arg(m_label), median(oursFirstPainted),
              median(baselineFirstPainted), 0);
    table.add(u"sort by name %1: other direction, updated"_s.arg(m_label), median(oursOther),
              median(baselineOther), 0);
}

void AccountBench::runScroll(BenchTable &table)
{
    QTextStream out(stdout);
    // Ours: the accounts page as the window builds it (the model is owned by the page).
    auto *oursModel = new CountingAccountModel(m_directory);
    TablePage page(u"bench-accounts"_s, oursModel, nullptr, QString(),
                   [](int shown, int total) { return u"%1 of %2"_s.arg(shown).arg(total); });
    page.resize(1100, 740);
    page.show();
    QTableView *oursView = page.view();
    oursView->sortByColumn(AccountTableModel::NameColumn, Qt::AscendingOrder);

    // Baseline: a stock QTableView and QSortFilterProxyModel, sorted by name; only the size
    // and the row height are made the same, so both paint the same rows per page.
    CountingAccountModel baselineModel(m_directory);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&baselineModel);
    QTableView baselineView;
    baselineView.setModel(&proxy);
    baselineView.setSortingEnabled(true);
    baselineView.sortByColumn(AccountTableModel::NameColumn, Qt::AscendingOrder);
    baselineView.verticalHeader()->setDefaultSectionSize(oursView->verticalHeader()->defaultSectionSize());
    baselineView.show();
    if (!QTest::qWaitForWindowExposed(&page) || !QTest::qWaitForWindowExposed(&baselineView))
        out << "warning: a table view was not exposed; paint timings mean little" << Qt::endl;
    settle();
    // The same viewport: the stock view also shows a row header, so it gets that much wider.
    const QSize viewport = oursView->viewport()->size();
    baselineView.resize(baselineView.size() + viewport - baselineView.viewport()->size());
    for (int column = 0; column < proxy.columnCount(); ++column)
        baselineView.setColumnWidth(column, oursView->columnWidth(column));
    settle();

    // Page down through the first pages, each page painted; median over the runs of the
    // time per page, and the model calls per page.
    const int pages = 40;
    const auto scroll = [&](QTableView &view, CountingAccountModel &model, double &calls, double &cells) {
        QList<double> runs;
        qint64 totalCalls = 0;
        qint64 totalCells = 0;
        for (int run = 0; run < m_runs; ++run) {
            view.verticalScrollBar()->setValue(0);
            view.viewport()->repaint();
            settle();
            model.calls = 0;
            model.cells.clear();
            runs.append(timeMs([&] {
                            for (int p = 0; p < pages; ++p) {
                                QScrollBar *bar = view.verticalScrollBar();
                                bar->setValue(bar->value() + bar->pageStep());
                                view.viewport()->repaint();
                            }
                        })
                        / pages);
            totalCalls += model.calls;
            totalCells += model.cells.size();
            settle();
        }
        calls = double(totalCalls) / double(m_runs) / pages;
        cells = double(totalCells) / double(m_runs) / pages;
        return median(runs);
    };
    double oursCalls = 0, oursCells = 0;
    double baselineCalls = 0, baselineCells = 0;
    const double oursMs = scroll(*oursView, *oursModel, oursCalls, oursCells);
    const double baselineMs = scroll(baselineView, baselineModel, baselineCalls, baselineCells);
    const int rowsPerPage = oursView->verticalScrollBar()->pageStep();
    out << "scrolling: " << rowsPerPage << " rows per page (baseline " << baselineView.verticalScrollBar()->pageStep()
        << "), viewport " << viewport.width() << 'x' << viewport.height() << "; cells asked per page "
        << QString::number(oursCells, 'f', 0) << " (baseline " << QString::number(baselineCells, 'f', 0) << ')'
        << Qt::endl;
    // Per cell painted: a page of the same height can hold a row more or less in either view.
    table.addInfo(u"scroll a page %1: data() calls per page"_s.arg(m_label), oursCalls, baselineCalls,
                  BenchTable::Unit::Calls);
    table.addFewer(u"scroll a page %1: data() calls per cell painted"_s.arg(m_label),
                   oursCells > 0 ? oursCalls / oursCells : 0, baselineCells > 0 ? baselineCalls / baselineCells : 0);
    table.addAtMost(u"scroll a page %1: time, ours/baseline"_s.arg(m_label), oursMs, baselineMs, 0.7);
}

} // namespace Gatehouse::Bench

// SPDX-License-Identifier: GPL-3.0-or-later
#include "accountbench.h"

#include "benchtable.h"
#include "core/directory.h"
#include "models/accounttablemodel.h"
#include "models/fastfilterproxymodel.h"
#include "views/tablepage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QHeaderView>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTextStream>

#include <algorithm>
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

// The accounts model, counting what views ask of it: a data() call and a multiData() call
// count one each, however many roles the latter carries (AccountTableModel::multiData does
// not go through data(), so nothing is counted twice).
class CountingAccountModel : public AccountTableModel
{
public:
    using AccountTableModel::AccountTableModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        count(index);
        return AccountTableModel::data(index, role);
    }
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override
    {
        count(index);
        AccountTableModel::multiData(index, roleDataSpan);
    }
    mutable qint64 calls = 0;
    mutable QSet<qint64> cells; // distinct cells asked for

private:
    void count(const QModelIndex &index) const
    {
        ++calls;
        cells.insert((qint64(index.row()) << 8) | index.column());
    }
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

AccountBench::Typing AccountBench::type(QTableView &view, const std::function<void(const QString &)> &setText,
                                        const std::function<int()> &shown, int runs) const
{
    const qsizetype strokes = m_keystrokes.size();
    QList<QList<Timing>> timings(strokes);
    Typing typing;
    typing.rows.resize(strokes);
    for (int run = 0; run < runs; ++run) {
        for (qsizetype i = 0; i < strokes; ++i) {
            timings[i].append(measure(view, [&] { setText(m_keystrokes.at(i)); }));
            typing.rows[i] = shown();
        }
    }
    for (qsizetype i = 0; i < strokes; ++i) {
        QList<double> updated, painted;
        for (const Timing &timing : timings.at(i)) {
            updated.append(timing.updated);
            painted.append(timing.painted);
        }
        typing.updated.append(median(updated));
        typing.painted.append(median(painted));
    }
    return typing;
}

namespace {

// The table as the accounts page sets it up, shown and settled; false when the platform
// never exposed it (paint timings then mean little).
bool showTable(QTableView &view, QAbstractItemModel *model)
{
    configure(view);
    view.setModel(model);
    view.show();
    const bool exposed = QTest::qWaitForWindowExposed(&view);
    settle();
    return exposed;
}

void setBaselineText(QSortFilterProxyModel &baseline, const QString &text)
{
    baseline.setFilterRegularExpression(
        QRegularExpression(QRegularExpression::escape(text), QRegularExpression::CaseInsensitiveOption));
}

} // namespace

void AccountBench::runBaselineChild()
{
    // The baseline alone, once, each figure printed as soon as it is known: the parent may
    // stop this process when the time it gave is up. Sort first (no filter), then typing.
    QTextStream out(stdout);
    AccountTableModel model(m_directory);
    QSortFilterProxyModel baseline;
    baseline.setSourceModel(&model);
    baseline.setFilterKeyColumn(AccountTableModel::NameColumn);
    QTableView view;
    showTable(view, &baseline);
    out << "ready" << Qt::endl;
    const Timing first = measure(view, [&] { baseline.sort(AccountTableModel::NameColumn, Qt::AscendingOrder); });
    out << "sort-first " << first.updated << ' ' << first.painted << Qt::endl;
    const Timing other = measure(view, [&] { baseline.sort(AccountTableModel::NameColumn, Qt::DescendingOrder); });
    out << "sort-other " << other.updated << Qt::endl;
    baseline.sort(-1);
    settle();
    for (qsizetype i = 0; i < m_keystrokes.size(); ++i) {
        const Timing timing = measure(view, [&] { setBaselineText(baseline, m_keystrokes.at(i)); });
        out << "key " << i << ' ' << timing.updated << ' ' << timing.painted << ' ' << baseline.rowCount() << Qt::endl;
    }
}

AccountBench::ChildBaseline AccountBench::baselineFromChild(QTextStream &out) const
{
    ChildBaseline result;
    const qsizetype strokes = m_keystrokes.size();
    result.typing.updated.fill(0, strokes);
    result.typing.painted.fill(0, strokes);
    result.typing.rows.fill(-1, strokes);
    QStringList arguments = m_childArguments;
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), arguments);
    if (!child.waitForStarted()) {
        out << "warning: the baseline process did not start: " << child.errorString() << Qt::endl;
        return result;
    }
    // Time starts once the child has built its organisation and view ("ready").
    QElapsedTimer clock;
    bool ready = false;
    double lastEnd = 0;    // clock time at which the last figure arrived
    qsizetype nextKey = 0; // first keystroke without a figure
    bool sorted = false;
    const auto handle = [&](const QByteArray &line) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.value(0) == "ready") {
            ready = true;
            clock.start();
        } else if (parts.value(0) == "sort-first" && parts.size() >= 3) {
            result.sortFirst = parts.at(1).toDouble();
            result.sortFirstPainted = parts.at(2).toDouble();
        } else if (parts.value(0) == "sort-other" && parts.size() >= 2) {
            result.sortOther = parts.at(1).toDouble();
            sorted = true;
        } else if (parts.value(0) == "key" && parts.size() >= 5) {
            const qsizetype i = parts.at(1).toLongLong();
            if (i >= 0 && i < strokes) {
                result.typing.updated[i] = parts.at(2).toDouble();
                result.typing.painted[i] = parts.at(3).toDouble();
                result.typing.rows[i] = parts.at(4).toInt();
                nextKey = i + 1;
            }
        }
        if (ready)
            lastEnd = double(clock.nsecsElapsed()) / 1e6;
    };
    const qint64 limitMs = qint64(m_baselineLimitS) * 1000;
    while (child.state() != QProcess::NotRunning) {
        child.waitForReadyRead(200);
        while (child.canReadLine())
            handle(child.readLine());
        if (ready && clock.elapsed() > limitMs) {
            child.kill();
            child.waitForFinished();
            break;
        }
    }
    while (child.canReadLine())
        handle(child.readLine());
    if (!sorted) {
        // The sort itself did not finish: it took at least the whole time.
        result.sortFirst = ready ? double(clock.elapsed()) : 0;
        result.sortBound = true;
        result.bound = true;
        return result;
    }
    if (nextKey < strokes) {
        // The keystroke under way when time ran out took at least the rest of the time; the
        // ones never started count as zero, so the mean stays a lower bound.
        result.typing.updated[nextKey] = double(clock.elapsed()) - lastEnd;
        result.bound = true;
    }
    return result;
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
    if (!showTable(view, &ours))
        out << "warning: the table view was not exposed; paint timings mean little" << Qt::endl;

    // (a) Search as you type: per keystroke, the median over the runs; then the mean over
    // the typed sequence, as a person types it.
    const Typing oursTyping =
        type(view, [&](const QString &text) { ours.setSearchText(text); }, [&] { return ours.rowCount(); }, m_runs);

    // (b) Sort by name. First time: ours has no cached order (dropped before each run).
    // Other direction: ours reverses its cached order, the baseline sorts again.
    QList<double> oursFirst, oursFirstPainted, oursOther;
    for (int run = 0; run < m_runs; ++run) {
        ours.sort(-1);
        ours.invalidate();
        settle();
        const Timing first = measure(view, [&] { ours.sort(AccountTableModel::NameColumn, Qt::AscendingOrder); });
        oursFirst.append(first.updated);
        oursFirstPainted.append(first.painted);
        oursOther.append(measure(view, [&] { ours.sort(AccountTableModel::NameColumn, Qt::DescendingOrder); }).updated);
    }

    // The baseline: in this process, or (at a million accounts) once, in a child process
    // given a time limit, since the generic proxy needs minutes per keystroke there.
    Typing baselineTyping;
    double baselineFirst = 0, baselineFirstPainted = 0, baselineOther = 0;
    bool bound = false;
    bool sortBound = false;
    if (m_baselineLimitS > 0) {
        view.setModel(nullptr);
        out << "baseline at " << m_label << ": once, in a separate process, for at most " << m_baselineLimitS
            << " s" << Qt::endl;
        const ChildBaseline child = baselineFromChild(out);
        baselineTyping = child.typing;
        baselineFirst = child.sortFirst;
        baselineFirstPainted = child.sortFirstPainted;
        baselineOther = child.sortOther;
        bound = child.bound;
        sortBound = child.sortBound;
    } else {
        view.setModel(&baseline);
        settle();
        baselineTyping = type(view, [&](const QString &text) { setBaselineText(baseline, text); },
                              [&] { return baseline.rowCount(); }, m_runs);
        QList<double> first, firstPainted, other;
        for (int run = 0; run < m_runs; ++run) {
            baseline.sort(-1);
            settle();
            const Timing timing =
                measure(view, [&] { baseline.sort(AccountTableModel::NameColumn, Qt::AscendingOrder); });
            first.append(timing.updated);
            firstPainted.append(timing.painted);
            other.append(
                measure(view, [&] { baseline.sort(AccountTableModel::NameColumn, Qt::DescendingOrder); }).updated);
        }
        baselineFirst = median(first);
        baselineFirstPainted = median(firstPainted);
        baselineOther = median(other);
    }

    for (qsizetype i = 0; i < m_keystrokes.size(); ++i) {
        const QString label = m_keystrokes.at(i).isEmpty() ? u"clear"_s : u"\"%1\""_s.arg(m_keystrokes.at(i));
        const int baselineRows = baselineTyping.rows.value(i, -1);
        const QString metric = u"  %1: %2 rows (baseline %3)"_s.arg(label).arg(oursTyping.rows.at(i)).arg(
            baselineRows < 0 ? u"not reached"_s : QString::number(baselineRows));
        if (bound)
            table.addBaselineAtLeast(metric, oursTyping.updated.at(i), baselineTyping.updated.value(i), 0);
        else
            table.add(metric, oursTyping.updated.at(i), baselineTyping.updated.value(i), 0);
    }
    const QString filterMetric = u"filter %1: keystroke, updated"_s.arg(m_label);
    if (bound)
        table.addBaselineAtLeast(filterMetric, mean(oursTyping.updated), mean(baselineTyping.updated), m_filterRatio);
    else
        table.add(filterMetric, mean(oursTyping.updated), mean(baselineTyping.updated), m_filterRatio);
    if (m_filterBudgetMs > 0)
        table.addBudget(u"filter %1: keystroke, updated, vs budget"_s.arg(m_label), mean(oursTyping.updated),
                        m_filterBudgetMs);
    table.add(u"filter %1: keystroke, updated and painted"_s.arg(m_label), mean(oursTyping.painted),
              bound ? 0 : mean(baselineTyping.painted), 0);
    const QString sortMetric = u"sort by name %1: first time, updated"_s.arg(m_label);
    if (sortBound)
        table.addBaselineAtLeast(sortMetric, median(oursFirst), baselineFirst, 15);
    else
        table.add(sortMetric, median(oursFirst), baselineFirst, 15);
    table.add(u"sort by name %1: first time, updated and painted"_s.arg(m_label), median(oursFirstPainted),
              baselineFirstPainted, 0);
    table.add(u"sort by name %1: other direction, updated"_s.arg(m_label), median(oursOther), baselineOther, 0);
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

    // Page down through 40 pages, each page painted; the median of the time per page, and
    // the model calls per page. Scrolling is cheap, so three samples per run, ours and the
    // baseline taking turns (a change of load on a shared machine hits both), each sample
    // starting further down: ours never paints a text it painted in an earlier sample.
    const int pages = 40;
    const int samples = 3 * m_runs;
    const auto scroll = [&](QTableView &view, CountingAccountModel &model, int sample) {
        QScrollBar *bar = view.verticalScrollBar();
        const int span = pages * bar->pageStep();
        const int room = std::max(1, view.model()->rowCount() - span);
        bar->setValue(int(qint64(sample) * span % room));
        view.viewport()->repaint();
        settle();
        model.calls = 0;
        model.cells.clear();
        const double ms = timeMs([&] {
                              for (int p = 0; p < pages; ++p) {
                                  bar->setValue(bar->value() + bar->pageStep());
                                  view.viewport()->repaint();
                              }
                          })
                          / pages;
        settle();
        return ms;
    };
    QList<double> oursRuns, baselineRuns;
    qint64 oursTotalCalls = 0, oursTotalCells = 0, baselineTotalCalls = 0, baselineTotalCells = 0;
    for (int sample = 0; sample < samples; ++sample) {
        oursRuns.append(scroll(*oursView, *oursModel, sample));
        oursTotalCalls += oursModel->calls;
        oursTotalCells += oursModel->cells.size();
        baselineRuns.append(scroll(baselineView, baselineModel, sample));
        baselineTotalCalls += baselineModel.calls;
        baselineTotalCells += baselineModel.cells.size();
    }
    const auto perPage = [&](qint64 total) { return double(total) / double(samples) / pages; };
    const double oursCalls = perPage(oursTotalCalls), oursCells = perPage(oursTotalCells);
    const double baselineCalls = perPage(baselineTotalCalls), baselineCells = perPage(baselineTotalCells);
    const double oursMs = median(oursRuns);
    const double baselineMs = median(baselineRuns);
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

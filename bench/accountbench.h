// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringList>

#include <functional>

class QTableView;
class QTextStream;

namespace Gatehouse {
class Directory;
}

namespace Gatehouse::Bench {

class BenchTable;

// The accounts page under load: typing a search and sorting by name, with a QTableView
// shown (offscreen when headless) so the view's own work is part of each timing. Ours is
// AccountTableModel + FastFilterProxyModel; the baseline is the same model and view behind
// a QSortFilterProxyModel with a case-insensitive regular expression on the name column.
class AccountBench
{
public:
    AccountBench(Directory *directory, int runs);

    // Typed one keystroke at a time, then cleared; repeated `runs` times.
    void setKeystrokes(const QStringList &keystrokes) { m_keystrokes = keystrokes; }
    // Names the organisation in the metrics ("W50k"), and the targets of its rows: the
    // keystroke ratio, and when positive a budget per keystroke in milliseconds.
    void setWorkload(const QString &label, double filterRatio, double filterBudgetMs)
    {
        m_label = label;
        m_filterRatio = filterRatio;
        m_filterBudgetMs = filterBudgetMs;
    }
    // The baseline in a child process started with `arguments` (this program in its
    // --baseline-child mode), stopped after `limitSeconds`: what did not finish counts as a
    // lower bound. 0: the baseline runs here, `runs` times.
    void setBaselineInChild(const QStringList &arguments, int limitSeconds)
    {
        m_childArguments = arguments;
        m_baselineLimitS = limitSeconds;
    }
    void run(BenchTable &table);
    // The --baseline-child mode: the baseline once, figures on stdout as they come.
    void runBaselineChild();
    // Scrolling the accounts page a page at a time: the product's TablePage (its
    // QTableView set up for big tables, FastFilterProxyModel) against a stock QTableView
    // behind a QSortFilterProxyModel, both sorted by name, the same viewport and row height.
    // Counts the calls views make to the model (a multiData call counts as one, like a data()
    // call) and times the repaints.
    void runScroll(BenchTable &table);

private:
    struct Typing {
        QList<double> updated; // per keystroke, median over the runs
        QList<double> painted;
        QList<int> rows;       // rows shown after it
    };
    struct ChildBaseline {
        Typing typing;
        double sortFirst = 0;
        double sortFirstPainted = 0;
        double sortOther = 0;
        bool bound = false;     // time ran out: the typing figures are lower bounds
        bool sortBound = false; // ... before even the sort had finished
    };
    Typing type(QTableView &view, const std::function<void(const QString &)> &setText,
                const std::function<int()> &shown, int runs) const;
    ChildBaseline baselineFromChild(QTextStream &out) const;

    Directory *m_directory = nullptr;
    QStringList m_childArguments;
    int m_baselineLimitS = 0;
    int m_runs = 5;
    QStringList m_keystrokes;
    QString m_label = QStringLiteral("W50k");
    double m_filterRatio = 100;
    double m_filterBudgetMs = 0;
};

} // namespace Gatehouse::Bench

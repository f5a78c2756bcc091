// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

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
    void run(BenchTable &table);
    // Scrolling the accounts page a page at a time: the product's TablePage (its
    // QTableView set up for big tables, FastFilterProxyModel) against a stock QTableView
    // behind a QSortFilterProxyModel, both sorted by name, the same viewport and row height.
    // Counts the model's data() calls and times the repaints.
    void runScroll(BenchTable &table);

private:
    Directory *m_directory = nullptr;
    int m_runs = 5;
    QStringList m_keystrokes;
    QString m_label = QStringLiteral("W50k");
    double m_filterRatio = 100;
    double m_filterBudgetMs = 0;
};

} // namespace Gatehouse::Bench

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
    void run(BenchTable &table);

private:
    Directory *m_directory = nullptr;
    int m_runs = 5;
    QStringList m_keystrokes;
};

} // namespace Gatehouse::Bench

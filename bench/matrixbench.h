// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Gatehouse {
class Directory;
}

namespace Gatehouse::Bench {

class BenchTable;

// The access matrix from the AccessIndex against the same question put to SQLite: the
// organisation is imported into a temporary SQLite file (the real schema) and the effective
// level per (account, datastore) is a GROUP BY ... MAX over memberships x assignments, the
// Public team counting for everyone, Admins as Admin, deactivated accounts left out. Both
// sides compute the same checksum of the cells (the full matrix: AccessIndex's mask
// checksum; a row, a column, an edit: a weighted sum) and the bench stops if they
// disagree: a fast wrong answer is not a result.
class MatrixBench
{
public:
    MatrixBench(Directory *directory, int runs);

    // Accounts the full-matrix SQL covers; 0 = all. The SQL time is then scaled up by
    // accounts / subset, and the table says so.
    void setSqlAccountLimit(int accounts) { m_sqlAccountLimit = accounts; }
    // False when a checksum differed (the table then holds no ratio for it).
    bool run(BenchTable &table);

private:
    Directory *m_directory = nullptr;
    int m_runs = 5;
    int m_sqlAccountLimit = 0;
};

} // namespace Gatehouse::Bench

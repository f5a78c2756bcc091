// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessindex.h"

#include <vector>

namespace Gatehouse {

// One datastore where two rows of the matrix differ.
struct RowDifference
{
    qsizetype datastorePos = -1; // index into the snapshot's datastores
    Level left = Level::None;
    Level right = Level::None;
    friend bool operator==(const RowDifference &, const RowDifference &) = default;
};

// The datastores where two rows differ, ascending position (= ascending datastore id).
// Rows shorter than the other count as None beyond their end.
QList<RowDifference> compareRows(const std::vector<Level> &left, const std::vector<Level> &right);

// "Compare side by side, differences only": two accounts' effective rows, or an account's
// effective row and a team's own row (its level on its datastores).
QList<RowDifference> compareAccounts(const AccessIndex &index, qsizetype leftAccountPos, qsizetype rightAccountPos);
QList<RowDifference> compareAccountWithTeam(const AccessIndex &index, qsizetype accountPos, qsizetype teamPos);

} // namespace Gatehouse

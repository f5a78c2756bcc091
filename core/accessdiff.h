// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/snapshot.h"

namespace Gatehouse {

// How effective access differs between two states of one organisation: the exact set of
// (account, datastore) cells that gain, lose or change level. Used by the preview before a
// change is applied, and (later) by "what changed since a date".
struct AccessChange
{
    Id account = 0;
    Id datastore = 0;
    Level before = Level::None;
    Level after = Level::None;
    friend bool operator==(const AccessChange &, const AccessChange &) = default;
};

struct AccessDiff
{
    QList<AccessChange> changes; // ascending by account id, then datastore id

    bool isEmpty() const { return changes.isEmpty(); }
    // People-readable lines, largest groups first, e.g.
    // "+35 accounts get Editor on 3 datastores", "4 accounts go from Author to Viewer on
    // Sales Warehouse", "12 accounts lose Reporter on 2 datastores". `after` names the
    // datastores (it has those that still exist, `before` the deleted ones).
    QStringList summaryLines(const Snapshot &before, const Snapshot &after, int maxLines = 6) const;
};

// Exact difference; `before` and `after` are whole organisations (the after being the
// before with one change applied). Only the accounts a change can touch are compared when
// that can be told from the two snapshots; the result is the same as comparing every cell.
AccessDiff diffAccess(const Snapshot &before, const Snapshot &after);

} // namespace Gatehouse

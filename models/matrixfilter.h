// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessindex.h"

#include <optional>
#include <vector>

namespace Gatehouse {

// What the matrix page's filters ask for. Empty fields do not filter.
struct MatrixFilter
{
    // Rows (accounts)
    QString accountText;                 // words in name, e-mail or subject
    std::optional<Role> role;
    Id accountTeam = 0;                  // members of this team (Public: everyone)
    std::optional<AccountType> type;
    bool showDeactivated = false;
    bool onlyAccountsWithAccess = false; // some level on a shown datastore
    // Columns (datastores)
    QString datastoreText;
    std::optional<DatastoreKind> kind;
    Id datastoreTeam = 0;                // datastores this team holds
    QString connection;                  // exact connection label
    bool onlyDatastoresWithAccess = false; // some shown account reaches it

    friend bool operator==(const MatrixFilter &, const MatrixFilter &) = default;
};

struct MatrixShape
{
    std::vector<qsizetype> accounts;     // positions, ascending
    std::vector<qsizetype> datastores;   // positions, ascending
};

// Applies `filter` to the organisation. Cost: one pass over accounts, datastores and team
// memberships; never a pass over cells (the "with access" toggles go through teams).
MatrixShape computeMatrixShape(const Snapshot &snapshot, const AccessIndex &index, const MatrixFilter &filter);

} // namespace Gatehouse

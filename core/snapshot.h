// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

namespace Gatehouse {

// One consistent view of an organisation: what the repository loads in one read
// transaction and what an organisation file holds. Every list is ascending by id.
struct Snapshot
{
    QList<Account> accounts;
    QList<Team> teams;
    QList<Datastore> datastores;

    // Index of the public team in `teams`, or -1.
    qsizetype publicTeamIndex() const;
    // Nothing but what a new database starts with: at most one account (its creator) and
    // the Public team with no datastores (domain.md, "Who is acting").
    bool isBootstrapOnly() const;
    // Active human Admins: there must always be one (domain.md, "Roles").
    int activeHumanAdminCount() const;
    // Sorts every list (and members/datastores inside teams) ascending by id.
    void normalize();

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

} // namespace Gatehouse

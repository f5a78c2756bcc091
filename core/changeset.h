// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <optional>

namespace Gatehouse {

// What one command does to stored entities: each entity as it was and as it will be.
// No `before` = insert, no `after` = delete. The repository applies a ChangeSet in one
// transaction: it checks every `before->version` against the stored version (a mismatch
// is a Conflict and nothing is written), writes every `after` with version + 1, and one
// audit record per entry (before and after as JSON). Entities are whole: a team carries its
// full member and datastore sets, the repository writes the difference.
// An inserted account or team may carry a negative placeholder id (-1, -2, ...; see
// ProvisioningBatch): the commit gives it a new id, and team members equal to a placeholder
// become that account's new id. CommitResult holds the real ids.
// A commit that deactivates a service account holding an active token fails with
// Error::Code::Conflict ("Revoke the active tokens of 'Pipeline' before deactivating it.").
struct ChangeSet
{
    template <typename T>
    struct Entry
    {
        std::optional<T> before;
        std::optional<T> after;
        friend bool operator==(const Entry &, const Entry &) = default;
    };

    QString action;   // actionName() of the command, e.g. "team.update"
    QString summary;  // one line for people, e.g. "Updated team 'Finance'"
    QList<Entry<Account>> accounts;
    QList<Entry<Team>> teams;
    QList<Entry<Datastore>> datastores;

    bool isEmpty() const { return accounts.isEmpty() && teams.isEmpty() && datastores.isEmpty(); }
    friend bool operator==(const ChangeSet &, const ChangeSet &) = default;
};

// The entities as committed (new versions; ids assigned to inserts with id 0), in the
// order of the ChangeSet's entries; deletions listed by id.
struct CommitResult
{
    QList<Account> accounts;
    QList<Team> teams;
    QList<Datastore> datastores;
    QList<Id> removedTeams;
    QList<Id> removedDatastores;
    QDateTime at; // commit time, UTC
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auditrecord.h"
#include "core/changeset.h"
#include "core/snapshot.h"

namespace Gatehouse {

// What the history written after a known point changed, for live refresh: another process
// (or another administrator) committed, and an open Directory catches up by applying this
// instead of loading everything again, so views update the changed rows without a reset.
struct AuditDelta
{
    // The entities as the newest records leave them, and the teams and datastores deleted,
    // already reduced to what differs from the organisation the delta was built against:
    // apply it with Directory::apply. Empty when nothing differs (e.g. our own commits).
    CommitResult changes;
    // A record the entities cannot be caught up from (an import, a new organisation, an
    // entity or action not known here, an after-state that does not parse): load again.
    bool reloadNeeded = false;
    // Access reviews were saved (entity "review"): whoever shows them reads them again.
    bool reviewsChanged = false;
    // API tokens were created, revoked, restored or deleted (entity "token"), or the
    // organisation's settings changed (entity "settings"): neither is in the Directory;
    // whoever lists them reads them again.
    bool tokensChanged = false;
    bool settingsChanged = false;
    // The id of the newest record read; 0 when there was none.
    Id newestId = 0;

    bool isEmpty() const
    {
        return changes.accounts.isEmpty() && changes.teams.isEmpty() && changes.datastores.isEmpty()
            && changes.removedTeams.isEmpty() && changes.removedDatastores.isEmpty();
    }
};

// Builds the delta from `records` (ascending by id, as Repository::auditLog returns those
// after AuditFilter::afterId) against `current`, the organisation they are applied to. An
// entity changed several times counts once, as the last record leaves it; one deleted and
// recreated under the same id is an upsert. The history keeps whether an account is active,
// not since when: an account that stays inactive keeps the time it had, a newly deactivated
// one gets the time of the record that deactivated it.
AuditDelta auditDelta(const QList<AuditRecord> &records, const Snapshot &current);

} // namespace Gatehouse

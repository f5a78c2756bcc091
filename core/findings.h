// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessindex.h"
#include "core/snapshot.h"

namespace Gatehouse {

// What an auditor looks at first: facts about the organisation that often need action.
// Each lists its items (ids of one entity kind) so a view can link to them.
struct Finding
{
    enum class Kind : quint8 {
        Admins,                  // active Admins (they reach every datastore)
        ServiceAdmins,           // service accounts with the Admin role
        PublicDatastores,        // datastores on the Public team (everyone reaches them)
        DeactivatedInTeams,      // deactivated accounts still listed in teams
        NeverActive,             // active accounts that never signed in
        SingleMemberTeams,       // teams with exactly one member (Public excluded)
        TeamsWithoutDatastores,  // teams that grant nothing
        DatastoresInNoTeam,      // reachable by Admins only
    };
    enum class Entity : quint8 { Account, Team, Datastore };

    Kind kind = Kind::Admins;
    Entity entity = Entity::Account;
    QList<Id> items;             // ascending id

    QString title() const;       // "Service accounts with Admin" (English; views translate kinds)
    QString description() const; // one sentence on why it matters
};

// Every kind, in the order above, also when it has no items.
QList<Finding> computeFindings(const Snapshot &snapshot, const AccessIndex &index);

} // namespace Gatehouse

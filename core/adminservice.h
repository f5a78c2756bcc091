// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/changeset.h"
#include "core/command.h"
#include "core/result.h"
#include "core/snapshot.h"

namespace Gatehouse {

// What a command would do, once allowed: the repository's ChangeSet, the organisation as
// it will be (for the preview's access diff), and the command that undoes it.
struct Plan
{
    Command command;
    ChangeSet changes;
    Snapshot after;
    // The command that undoes this one. For a create its target is the new entity's id,
    // known only after the commit: take it from inverseAfter(commit).
    Command inverse;
    Command inverseAfter(const CommitResult &commit) const;
};

// What the acting account may do in the GUI: views disable actions from this and show
// `reason` as the tooltip. Derived from the roles table of domain.md; the same rules as
// plan() (which is the one that decides).
struct Capabilities
{
    enum class Action : quint8 {
        ViewOrganisation,    // accounts, teams, datastores, history (Managers read-only)
        EditTeams,           // create / update / delete teams, Public's level and datastores
        EditAccounts,        // roles, teams, deactivate / reactivate
        CreateServiceAccounts,
        EditDatastores,      // create / update
        DeleteDatastores,
        RecordReviews,       // start, mark and sign off access reviews (not apply them)
    };
    bool allowed(Action action) const;
    QString reason(Action action) const; // "Only Admins can delete teams." (empty if allowed)

    Role role = Role::Member;
    bool hasAccount = false;
    bool active = false;
    // The window shows the organisation as `subject` sees it, for someone else: it may look,
    // never change anything (gatehouse --view-as).
    bool readOnly = false;
    // Why, when it is not --view-as (e.g. the database cannot be reached for now).
    QString readOnlyReason;
    QString subject;
};

// Authorisation and invariants live here, for the GUI and gatehousectl alike (domain.md,
// "Roles" and "Who may run which command"). Stateless: every call takes the organisation as
// it is now.
class AdminService
{
public:
    static Capabilities capabilities(const Snapshot &current, const QString &actorSubject);

    // Checks that `actorSubject` may run `command` and that the result keeps every rule
    // (Public team, at least one active human Admin, nobody changes their own role, unique
    // names ignoring case, service identifiers, existing members/datastores, version), then
    // plans it. A refusal is an Error with a sentence a person understands: Denied for role
    // rules ("Only Admins can delete teams."), Invalid for data rules (naming field and
    // value), NotFound for unknown ids, Conflict for a stale expectedVersion.
    static Result<Plan> plan(const Snapshot &current, const QString &actorSubject,
                             const Command &command);
};

} // namespace Gatehouse

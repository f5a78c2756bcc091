// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

namespace Gatehouse {

// One administrative change as a person asks for it (a dialog, a CLI command, an undo).
// AdminService checks it against the acting account's role and the invariants, and turns it
// into a ChangeSet for the repository. Plain data: copyable, comparable, queueable.
struct Command
{
    enum class Kind : quint8 {
        CreateTeam, UpdateTeam, DeleteTeam,
        SetRole, SetAccountTeams, Deactivate, Reactivate, CreateServiceAccount,
        CreateDatastore, UpdateDatastore, DeleteDatastore,
    };

    Kind kind = Kind::UpdateTeam;
    // Team, account or datastore the command is about. On create: 0 = a new id, or the id
    // to recreate (the inverse of a delete brings the entity back under its old id).
    Id target = 0;
    // Version of the target the person saw; a different stored version is a conflict.
    // 0 = whatever is current (the CLI reads and writes in one go).
    int expectedVersion = 0;

    Team team;            // CreateTeam / UpdateTeam: the whole desired team
    Datastore datastore;  // CreateDatastore / UpdateDatastore: the desired fields
    Role role = Role::Member;  // SetRole, CreateServiceAccount
    QString name;         // CreateServiceAccount: display name (the subject derives from it)
    // SetAccountTeams / CreateServiceAccount: the account's explicit teams (Public implied).
    // CreateDatastore: teams to assign it to (the inverse of a delete restores them).
    QList<Id> teams;
    // Reactivate as the inverse of CreateServiceAccount is not possible (accounts are never
    // deleted): its inverse is Deactivate.

    static Command createTeam(const Team &team);
    static Command updateTeam(const Team &team); // target = team.id, expectedVersion = team.version
    static Command deleteTeam(Id teamId, int expectedVersion = 0);
    static Command setRole(Id accountId, Role role, int expectedVersion = 0);
    static Command setAccountTeams(Id accountId, QList<Id> teams, int expectedVersion = 0);
    static Command deactivate(Id accountId, int expectedVersion = 0);
    static Command reactivate(Id accountId, int expectedVersion = 0);
    static Command createServiceAccount(const QString &name, Role role, QList<Id> teams);
    static Command createDatastore(const Datastore &datastore, QList<Id> teams = {});
    static Command updateDatastore(const Datastore &datastore);
    static Command deleteDatastore(Id datastoreId, int expectedVersion = 0);

    friend bool operator==(const Command &, const Command &) = default;
};

// "team.create", "account.set-role", ... (the audit log's action names).
QString actionName(Command::Kind kind);

} // namespace Gatehouse

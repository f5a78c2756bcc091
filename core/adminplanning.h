// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to AdminService: the shared pieces of planning one command. Not used outside
// core/admin*.cpp and the directory-sync and sign-in planners (provisioning.cpp, signin.cpp).

#include "core/adminservice.h"

#include <algorithm>

namespace Gatehouse::AdminPlanning {

struct Context
{
    const Snapshot &current;
    const Account &actor;
    QDateTime now; // UTC, whole seconds (files and the database hold seconds)
};

// Position of `id` in a list ascending by id (Snapshot's contract), or -1.
template <typename T>
qsizetype indexOfId(const QList<T> &list, Id id)
{
    const auto it = std::lower_bound(list.cbegin(), list.cend(), id,
                                     [](const T &item, Id value) { return item.id < value; });
    return it != list.cend() && it->id == id ? qsizetype(it - list.cbegin()) : -1;
}

template <typename T>
Id nextId(const QList<T> &list)
{
    Id highest = 0;
    for (const T &item : list)
        highest = std::max(highest, item.id);
    return highest + 1;
}

QList<Id> sortedUnique(QList<Id> ids);
bool containsSorted(const QList<Id> &sorted, Id id);

// A value as it appears in a message: in double quotes, kept on one line.
QString quoted(const QString &value);
// "Ada Byron" for people, the subject when the name is empty.
QString accountLabel(const Account &account);

Error denied(const QString &sentence);
Error invalid(const QString &message);
Error notFound(const QString &message);

// Conflict when `expected` is set and differs from the stored version.
Result<void> checkVersion(const QString &what, int stored, int expected);
// Name rules shared by teams and datastores: 1-255 characters after trimming, unique
// ignoring case (nameKey) among the others, the entity `selfId` excepted.
Result<void> checkTeamName(const QString &name, const QList<Team> &teams, Id selfId);
Result<void> checkDatastoreName(const QString &name, const QList<Datastore> &datastores, Id selfId);
// Each id must exist; `field` names the list in the message.
Result<void> checkAccountIds(const QString &field, const QList<Id> &ids, const Snapshot &snapshot);
Result<void> checkDatastoreIds(const QString &field, const QList<Id> &ids, const Snapshot &snapshot);
Result<void> checkTeamIds(const QString &field, const QList<Id> &ids, const Snapshot &snapshot);

// `current` with every entry of `changes` applied (lists stay ascending by id).
Snapshot applied(const Snapshot &current, const ChangeSet &changes);
// Completes a plan: action name, the after snapshot.
Plan finish(const Context &context, const Command &command, ChangeSet changes, Command inverse);

Result<Plan> planCreateTeam(const Context &context, const Command &command);
Result<Plan> planUpdateTeam(const Context &context, const Command &command);
Result<Plan> planDeleteTeam(const Context &context, const Command &command);
Result<Plan> planSetRole(const Context &context, const Command &command);
Result<Plan> planSetAccountTeams(const Context &context, const Command &command);
Result<Plan> planSetActive(const Context &context, const Command &command, bool active);
Result<Plan> planCreateServiceAccount(const Context &context, const Command &command);
Result<Plan> planCreateDatastore(const Context &context, const Command &command);
Result<Plan> planUpdateDatastore(const Context &context, const Command &command);
Result<Plan> planDeleteDatastore(const Context &context, const Command &command);

} // namespace Gatehouse::AdminPlanning

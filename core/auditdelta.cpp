// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/auditdelta.h"

#include "core/entityjson.h"

#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

template <typename T>
const T *findById(const QList<T> &list, Id id)
{
    const auto it = std::lower_bound(list.cbegin(), list.cend(), id,
                                     [](const T &item, Id value) { return item.id < value; });
    return it != list.cend() && it->id == id ? &*it : nullptr;
}

Team normalized(Team team)
{
    std::sort(team.members.begin(), team.members.end());
    std::sort(team.datastores.begin(), team.datastores.end());
    if (team.isPublic)
        team.members.clear();
    return team;
}

// The last state of each entity the records name, by id; nullopt = deleted.
struct Touched
{
    QMap<Id, Account> accounts;
    QMap<Id, std::optional<Team>> teams;
    QMap<Id, std::optional<Datastore>> datastores;
};

// False when the record cannot be caught up from.
bool collect(const AuditRecord &record, const Snapshot &current, Touched &touched, AuditDelta &delta)
{
    if (record.entity == u"review") {
        delta.reviewsChanged = true;
        return true;
    }
    if (record.entity == u"token") {
        delta.tokensChanged = true;
        return true;
    }
    if (record.entity == u"settings") {
        delta.settingsChanged = true;
        return true;
    }
    if (record.entity == u"account") {
        // Accounts are deactivated, never deleted.
        if (record.afterJson.isNull())
            return false;
        std::optional<Account> account = accountFromJson(record.afterJson, record.at);
        if (!account || account->id != record.entityId)
            return false;
        // Still inactive: deactivated when the state before says, not at this record.
        const auto before = touched.accounts.constFind(account->id);
        const Account *previous = before != touched.accounts.cend() ? &before.value()
                                                                     : findById(current.accounts, account->id);
        if (previous && !previous->isActive() && !account->isActive())
            account->deactivated = previous->deactivated;
        touched.accounts.insert(account->id, *account);
        return true;
    }
    if (record.entity == u"team") {
        if (record.afterJson.isNull()) {
            touched.teams.insert(record.entityId, std::nullopt);
            return true;
        }
        const std::optional<Team> team = teamFromJson(record.afterJson, record.at);
        if (!team || team->id != record.entityId)
            return false;
        touched.teams.insert(team->id, normalized(*team));
        return true;
    }
    if (record.entity == u"datastore") {
        if (record.afterJson.isNull()) {
            touched.datastores.insert(record.entityId, std::nullopt);
            return true;
        }
        const std::optional<Datastore> datastore = datastoreFromJson(record.afterJson, record.at);
        if (!datastore || datastore->id != record.entityId)
            return false;
        touched.datastores.insert(datastore->id, *datastore);
        return true;
    }
    // "organisation" (an import, a new organisation) and anything this version does not know.
    return false;
}

// Every member and datastore of the teams the delta writes exists once it is applied (a
// datastore the delta deletes is taken out of every team by Directory::apply); a history
// that says otherwise is not one the delta can follow.
bool referencesResolve(const AuditDelta &delta, const Snapshot &current)
{
    QSet<Id> newAccounts, newDatastores;
    for (const Account &account : delta.changes.accounts)
        newAccounts.insert(account.id);
    for (const Datastore &datastore : delta.changes.datastores)
        newDatastores.insert(datastore.id);
    for (const Team &team : delta.changes.teams) {
        for (Id member : team.members) {
            if (!newAccounts.contains(member) && !findById(current.accounts, member))
                return false;
        }
        for (Id datastore : team.datastores) {
            if (!newDatastores.contains(datastore) && !findById(current.datastores, datastore))
                return false;
        }
    }
    return true;
}

} // namespace

AuditDelta auditDelta(const QList<AuditRecord> &records, const Snapshot &current)
{
    AuditDelta delta;
    Touched touched;
    for (const AuditRecord &record : records) {
        delta.newestId = std::max(delta.newestId, record.id);
        if (!collect(record, current, touched, delta))
            delta.reloadNeeded = true;
    }
    if (delta.reloadNeeded)
        return delta;

    CommitResult &changes = delta.changes;
    for (const Account &account : std::as_const(touched.accounts)) {
        const Account *now = findById(current.accounts, account.id);
        if (!now || *now != account)
            changes.accounts.append(account);
    }
    for (auto it = touched.teams.cbegin(); it != touched.teams.cend(); ++it) {
        const Team *now = findById(current.teams, it.key());
        if (!it.value()) {
            if (now)
                changes.removedTeams.append(it.key());
        } else if (!now || normalized(*now) != *it.value()) {
            changes.teams.append(*it.value());
        }
    }
    for (auto it = touched.datastores.cbegin(); it != touched.datastores.cend(); ++it) {
        const Datastore *now = findById(current.datastores, it.key());
        if (!it.value()) {
            if (now)
                changes.removedDatastores.append(it.key());
        } else if (!now || *now != *it.value()) {
            changes.datastores.append(*it.value());
        }
    }
    if (!records.isEmpty())
        changes.at = records.constLast().at;
    if (!referencesResolve(delta, current)) {
        delta.reloadNeeded = true;
        delta.changes = {};
    }
    return delta;
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory.h"

#include <algorithm>

namespace Gatehouse {

namespace {

// Position where an entity with `id` is or would be inserted in an ascending list.
template <typename T>
qsizetype lowerBoundById(const QList<T> &list, Id id)
{
    const auto it = std::lower_bound(list.cbegin(), list.cend(), id,
                                     [](const T &item, Id value) { return item.id < value; });
    return qsizetype(it - list.cbegin());
}

template <typename T>
qsizetype findById(const QList<T> &list, Id id)
{
    const qsizetype pos = lowerBoundById(list, id);
    return pos < list.size() && list.at(pos).id == id ? pos : -1;
}

Team normalizedTeam(Team team)
{
    std::sort(team.members.begin(), team.members.end());
    std::sort(team.datastores.begin(), team.datastores.end());
    if (team.isPublic)
        team.members.clear();
    return team;
}

} // namespace

Directory::Directory(QObject *parent)
    : QObject(parent)
{
}

void Directory::load(Snapshot snapshot)
{
    Q_EMIT aboutToReset();
    snapshot.normalize();
    m_snapshot = std::move(snapshot);
    m_loaded = true;
    rebuildIndex();
    Q_EMIT reset();
    Q_EMIT accessChanged();
}

qsizetype Directory::accountPosBySubject(const QString &subject) const
{
    return m_subjectPos.value(subject, -1);
}

void Directory::rebuildIndex()
{
    m_index = AccessIndex(m_snapshot);
    m_subjectPos.clear();
    m_subjectPos.reserve(m_snapshot.accounts.size());
    for (qsizetype i = 0; i < m_snapshot.accounts.size(); ++i) {
        const QString &subject = m_snapshot.accounts.at(i).subject;
        if (!subject.isNull())
            m_subjectPos.insert(subject, i);
    }
}

// An account's team count derives from teams. What derives from access (a datastore's reach,
// its teams' levels) follows accessChanged().
void Directory::announceTeamDerivedChanges()
{
    if (!m_snapshot.accounts.isEmpty())
        Q_EMIT accountsChanged(0, m_snapshot.accounts.size() - 1);
}

// Updates in place first, silently; then inserts and removals, each announced with the index
// rebuilt before its "done" signal (a view may read the new row at once); then one rebuild
// for the updates and their signals. A commit holds at most a few structural changes, so
// this costs one or two rebuilds instead of one per entity.
void Directory::apply(const CommitResult &commit)
{
    QList<Id> updatedAccounts, updatedTeams, updatedDatastores;
    QList<Account> newAccounts;
    QList<Team> newTeams;
    QList<Datastore> newDatastores;

    // An entity equal to the one held is no change: the same commit can arrive twice (the
    // session applies its own commit, live refresh may hear it back first). A description,
    // a name or an e-mail leaves access as it is: no index rebuild then (a W50k rebuild is
    // tens of milliseconds, on every live refresh).
    bool accessAffected = false;
    for (const Account &account : commit.accounts) {
        const qsizetype pos = findById(m_snapshot.accounts, account.id);
        if (pos >= 0) {
            const Account &old = m_snapshot.accounts.at(pos);
            if (old == account)
                continue;
            accessAffected = accessAffected || old.role != account.role || old.type != account.type
                || old.isActive() != account.isActive() || old.subject != account.subject;
            m_snapshot.accounts[pos] = account;
            updatedAccounts.append(account.id);
        } else {
            newAccounts.append(account);
        }
    }
    for (const Team &team : commit.teams) {
        const qsizetype pos = findById(m_snapshot.teams, team.id);
        if (pos >= 0) {
            Team normalized = normalizedTeam(team);
            const Team &old = m_snapshot.teams.at(pos);
            if (old == normalized)
                continue;
            accessAffected = accessAffected || old.permission != normalized.permission
                || old.isPublic != normalized.isPublic || old.members != normalized.members
                || old.datastores != normalized.datastores;
            m_snapshot.teams[pos] = std::move(normalized);
            updatedTeams.append(team.id);
        } else {
            newTeams.append(team);
        }
    }
    for (const Datastore &datastore : commit.datastores) {
        const qsizetype pos = findById(m_snapshot.datastores, datastore.id);
        if (pos >= 0) {
            if (m_snapshot.datastores.at(pos) == datastore)
                continue;
            m_snapshot.datastores[pos] = datastore;
            updatedDatastores.append(datastore.id);
        } else {
            newDatastores.append(datastore);
        }
    }

    bool rebuilt = false;
    for (const Account &account : std::as_const(newAccounts)) {
        const qsizetype pos = lowerBoundById(m_snapshot.accounts, account.id);
        Q_EMIT accountsAboutToBeInserted(pos, pos);
        m_snapshot.accounts.insert(pos, account);
        rebuildIndex();
        rebuilt = true;
        Q_EMIT accountsInserted(pos, pos);
    }
    for (const Datastore &datastore : std::as_const(newDatastores)) {
        const qsizetype pos = lowerBoundById(m_snapshot.datastores, datastore.id);
        Q_EMIT datastoresAboutToBeInserted(pos, pos);
        m_snapshot.datastores.insert(pos, datastore);
        rebuildIndex();
        rebuilt = true;
        Q_EMIT datastoresInserted(pos, pos);
    }
    for (const Team &team : std::as_const(newTeams)) {
        const qsizetype pos = lowerBoundById(m_snapshot.teams, team.id);
        Q_EMIT teamsAboutToBeInserted(pos, pos);
        m_snapshot.teams.insert(pos, normalizedTeam(team));
        rebuildIndex();
        rebuilt = true;
        Q_EMIT teamsInserted(pos, pos);
    }
    for (Id id : commit.removedTeams) {
        const qsizetype pos = findById(m_snapshot.teams, id);
        if (pos < 0)
            continue;
        Q_EMIT teamsAboutToBeRemoved(pos, pos);
        m_snapshot.teams.removeAt(pos);
        rebuildIndex();
        rebuilt = true;
        Q_EMIT teamsRemoved(pos, pos);
    }
    for (Id id : commit.removedDatastores) {
        const qsizetype pos = findById(m_snapshot.datastores, id);
        if (pos < 0)
            continue;
        Q_EMIT datastoresAboutToBeRemoved(pos, pos);
        m_snapshot.datastores.removeAt(pos);
        // The commit carries the teams that lost it; this keeps the index consistent even
        // when it does not.
        for (Team &team : m_snapshot.teams)
            team.datastores.removeOne(id);
        rebuildIndex();
        rebuilt = true;
        Q_EMIT datastoresRemoved(pos, pos);
    }
    accessAffected = accessAffected || rebuilt;
    if (!rebuilt && accessAffected)
        rebuildIndex();

    for (Id id : std::as_const(updatedAccounts)) {
        const qsizetype pos = findById(m_snapshot.accounts, id);
        Q_EMIT accountsChanged(pos, pos);
    }
    for (Id id : std::as_const(updatedTeams)) {
        const qsizetype pos = findById(m_snapshot.teams, id);
        Q_EMIT teamsChanged(pos, pos);
    }
    for (Id id : std::as_const(updatedDatastores)) {
        const qsizetype pos = findById(m_snapshot.datastores, id);
        Q_EMIT datastoresChanged(pos, pos);
    }
    if (!updatedTeams.isEmpty() || !newTeams.isEmpty() || !commit.removedTeams.isEmpty())
        announceTeamDerivedChanges();
    if (accessAffected)
        Q_EMIT accessChanged();
}

void Directory::upsertAccount(const Account &account)
{
    CommitResult commit;
    commit.accounts.append(account);
    apply(commit);
}

void Directory::upsertTeam(const Team &team)
{
    CommitResult commit;
    commit.teams.append(team);
    apply(commit);
}

void Directory::removeTeam(Id id)
{
    if (findById(m_snapshot.teams, id) < 0)
        return;
    CommitResult commit;
    commit.removedTeams.append(id);
    apply(commit);
}

void Directory::upsertDatastore(const Datastore &datastore)
{
    CommitResult commit;
    commit.datastores.append(datastore);
    apply(commit);
}

void Directory::removeDatastore(Id id)
{
    const qsizetype pos = findById(m_snapshot.datastores, id);
    if (pos < 0)
        return;
    CommitResult commit;
    commit.removedDatastores.append(id);
    for (const Team &team : std::as_const(m_snapshot.teams)) {
        if (team.datastores.contains(id)) {
            Team without = team;
            without.datastores.removeOne(id);
            commit.teams.append(without);
        }
    }
    apply(commit);
}

} // namespace Gatehouse

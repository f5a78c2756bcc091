// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory.h"

#include <QSet>

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

// Inserts `added` (not in `list`) keeping `list` ascending by id, one run of adjacent new
// rows at a time: `about(first, last)` before a run goes in, `done(first, last)` after. New
// ids are above the old ones (ids are never reused), so a directory sync of 50,000
// accounts is one run: linear, not one insertion and index rebuild per entity.
template <typename T, typename About, typename Done>
void insertRuns(QList<T> &list, QList<T> added, About about, Done done)
{
    std::stable_sort(added.begin(), added.end(), [](const T &a, const T &b) { return a.id < b.id; });
    // The same entity twice: the later one holds.
    QList<T> unique;
    unique.reserve(added.size());
    for (T &item : added) {
        if (!unique.isEmpty() && unique.constLast().id == item.id)
            unique.last() = std::move(item);
        else
            unique.append(std::move(item));
    }
    qsizetype next = 0;
    while (next < unique.size()) {
        const qsizetype pos = lowerBoundById(list, unique.at(next).id);
        qsizetype end = next + 1;
        while (end < unique.size() && (pos == list.size() || list.at(pos).id > unique.at(end).id))
            ++end;
        const qsizetype count = end - next;
        about(pos, pos + count - 1);
        if (pos == list.size()) {
            list.reserve(list.size() + count);
            for (qsizetype i = next; i < end; ++i)
                list.append(std::move(unique[i]));
        } else {
            list.insert(pos, count, T());
            for (qsizetype i = 0; i < count; ++i)
                list[pos + i] = std::move(unique[next + i]);
        }
        done(pos, pos + count - 1);
        next = end;
    }
}

// How many runs insertRuns() would announce.
template <typename T>
qsizetype insertRunCount(const QList<T> &list, const QList<T> &added)
{
    QList<qsizetype> positions;
    positions.reserve(added.size());
    for (const T &item : added)
        positions.append(lowerBoundById(list, item.id));
    std::sort(positions.begin(), positions.end());
    return std::unique(positions.begin(), positions.end()) - positions.begin();
}

// Positions of the held ones among `ids`, ascending, as [first, last] runs of adjacent rows.
template <typename T>
QList<std::pair<qsizetype, qsizetype>> positionRuns(const QList<T> &list, const QList<Id> &ids)
{
    QList<qsizetype> positions;
    positions.reserve(ids.size());
    for (Id id : ids) {
        const qsizetype pos = findById(list, id);
        if (pos >= 0)
            positions.append(pos);
    }
    std::sort(positions.begin(), positions.end());
    positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
    QList<std::pair<qsizetype, qsizetype>> runs;
    for (qsizetype i = 0; i < positions.size();) {
        qsizetype j = i + 1;
        while (j < positions.size() && positions.at(j) == positions.at(j - 1) + 1)
            ++j;
        runs.append({positions.at(i), positions.at(j - 1)});
        i = j;
    }
    return runs;
}

template <typename T>
QList<std::pair<qsizetype, qsizetype>> positionRunsReversed(const QList<T> &list, const QList<Id> &ids)
{
    QList<std::pair<qsizetype, qsizetype>> runs = positionRuns(list, ids);
    std::reverse(runs.begin(), runs.end());
    return runs;
}

// Positions of `ids` in `list`, as runs of consecutive rows: one signal per run.
template <typename T, typename Emit>
void emitChangedRuns(const QList<T> &list, const QList<Id> &ids, Emit emitRange)
{
    for (const auto &[first, last] : positionRuns(list, ids))
        emitRange(first, last);
}

// Snapshot::normalize(), leaving alone what is already in order. A repository reads every
// list in id order, and sorting a list still shared with the future that delivered it
// would first copy it: a million accounts.
void normalizeUnshared(Snapshot &snapshot)
{
    const auto byId = [](const auto &a, const auto &b) { return a.id < b.id; };
    const auto sortById = [&](auto &list) {
        if (!std::is_sorted(list.cbegin(), list.cend(), byId))
            std::sort(list.begin(), list.end(), byId);
    };
    sortById(snapshot.accounts);
    sortById(snapshot.teams);
    sortById(snapshot.datastores);
    const auto isNormal = [](const Team &team) {
        return std::is_sorted(team.members.cbegin(), team.members.cend())
            && std::is_sorted(team.datastores.cbegin(), team.datastores.cend())
            && !(team.isPublic && !team.members.isEmpty());
    };
    for (qsizetype i = 0; i < snapshot.teams.size(); ++i) {
        if (!isNormal(snapshot.teams.at(i)))
            snapshot.teams[i] = normalizedTeam(snapshot.teams.at(i));
    }
}

QHash<QString, qsizetype> subjectPositions(const QList<Account> &accounts)
{
    QHash<QString, qsizetype> positions;
    positions.reserve(accounts.size());
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const QString &subject = accounts.at(i).subject;
        if (!subject.isNull())
            positions.insert(subject, i);
    }
    return positions;
}

} // namespace

Directory::Directory(QObject *parent)
    : QObject(parent)
{
}

Directory::Prepared Directory::prepare(Snapshot snapshot)
{
    normalizeUnshared(snapshot);
    Prepared prepared;
    prepared.index = AccessIndex(snapshot);
    prepared.subjectPos = subjectPositions(snapshot.accounts);
    prepared.snapshot = std::move(snapshot);
    return prepared;
}

void Directory::load(Snapshot snapshot)
{
    Prepared prepared = prepare(std::move(snapshot));
    load(prepared);
}

void Directory::load(Prepared &prepared)
{
    Q_EMIT aboutToReset();
    std::swap(m_snapshot, prepared.snapshot);
    std::swap(m_index, prepared.index);
    m_subjectPos.swap(prepared.subjectPos);
    m_loaded = true;
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

// Updates in place first, silently, each also applied to the access index; then inserts and
// removals, each announced with the index current before its "done" signal (a view may read
// the new row at once); then the updates' signals. The index follows in place where that is
// cheap (updates, rows appended at the end: the usual edit, sign-in and sync) and is built
// again otherwise (removals, rows inserted before the end). New rows go in as runs of
// adjacent rows (insertRuns), so even a directory sync of thousands of accounts costs one or
// two steps, not one per entity.
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
    // `stale`: an update the index could not follow; the next step builds it again.
    bool stale = false;
    AccessIndex::Affected affected;
    for (const Account &account : commit.accounts) {
        const qsizetype pos = findById(m_snapshot.accounts, account.id);
        if (pos >= 0) {
            const Account &old = m_snapshot.accounts.at(pos);
            if (old == account)
                continue;
            accessAffected = accessAffected || old.role != account.role || old.type != account.type
                || old.isActive() != account.isActive();
            if (old.subject != account.subject) {
                if (!old.subject.isNull() && m_subjectPos.value(old.subject, -1) == pos)
                    m_subjectPos.remove(old.subject);
                if (!account.subject.isNull())
                    m_subjectPos.insert(account.subject, pos);
            }
            m_snapshot.accounts[pos] = account;
            stale = !m_index.updateAccount(pos, account, affected) || stale;
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
            stale = !m_index.updateTeam(pos, m_snapshot.teams.at(pos), affected) || stale;
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

    for (Team &team : newTeams)
        team = normalizedTeam(std::move(team));
    const bool teamsAdded = !newTeams.isEmpty();
    const auto removedTeamRuns = positionRuns(m_snapshot.teams, commit.removedTeams);
    const auto removedDatastoreRuns = positionRuns(m_snapshot.datastores, commit.removedDatastores);

    // Rows added or removed all over the lists (many undone deletions, a sync deleting
    // scattered teams): one reset, not an index rebuild per run.
    constexpr qsizetype MaxRuns = 16;
    if (insertRunCount(m_snapshot.accounts, newAccounts) + insertRunCount(m_snapshot.teams, newTeams)
            + insertRunCount(m_snapshot.datastores, newDatastores) + removedTeamRuns.size()
            + removedDatastoreRuns.size()
        > MaxRuns) {
        Q_EMIT aboutToReset();
        const QSet<Id> goneTeams(commit.removedTeams.cbegin(), commit.removedTeams.cend());
        const QSet<Id> goneDatastores(commit.removedDatastores.cbegin(), commit.removedDatastores.cend());
        m_snapshot.teams.removeIf([&](const Team &team) { return goneTeams.contains(team.id); });
        m_snapshot.datastores.removeIf([&](const Datastore &d) { return goneDatastores.contains(d.id); });
        if (!goneDatastores.isEmpty()) {
            for (Team &team : m_snapshot.teams)
                team.datastores.removeIf([&](Id id) { return goneDatastores.contains(id); });
        }
        m_snapshot.accounts.append(newAccounts);
        m_snapshot.teams.append(newTeams);
        m_snapshot.datastores.append(newDatastores);
        m_snapshot.normalize();
        rebuildIndex();
        Q_EMIT reset();
        Q_EMIT accessChanged();
        return;
    }

    bool rebuilt = false;
    bool structural = false; // rows inserted or removed
    // After rows were inserted at `first`: the index follows them, or is built again.
    const auto follow = [&](bool (AccessIndex::*append)(const Snapshot &, qsizetype, AccessIndex::Affected &),
                            qsizetype first) {
        structural = true;
        if (stale || !(m_index.*append)(m_snapshot, first, affected)) {
            rebuildIndex();
            rebuilt = true;
            stale = false;
        }
    };
    insertRuns(
        m_snapshot.accounts, std::move(newAccounts),
        [this](qsizetype first, qsizetype last) { Q_EMIT accountsAboutToBeInserted(first, last); },
        [&](qsizetype first, qsizetype last) {
            const bool wasRebuilt = rebuilt;
            follow(&AccessIndex::appendAccounts, first);
            if (rebuilt == wasRebuilt) {
                for (qsizetype i = first; i <= last; ++i) {
                    if (!m_snapshot.accounts.at(i).subject.isNull())
                        m_subjectPos.insert(m_snapshot.accounts.at(i).subject, i);
                }
            }
            Q_EMIT accountsInserted(first, last);
        });
    insertRuns(
        m_snapshot.datastores, std::move(newDatastores),
        [this](qsizetype first, qsizetype last) { Q_EMIT datastoresAboutToBeInserted(first, last); },
        [&](qsizetype first, qsizetype last) {
            follow(&AccessIndex::appendDatastores, first);
            Q_EMIT datastoresInserted(first, last);
        });
    insertRuns(
        m_snapshot.teams, std::move(newTeams),
        [this](qsizetype first, qsizetype last) { Q_EMIT teamsAboutToBeInserted(first, last); },
        [&](qsizetype first, qsizetype last) {
            follow(&AccessIndex::appendTeams, first);
            Q_EMIT teamsInserted(first, last);
        });
    // Removed from the last run back, so the earlier runs keep their positions.
    for (const auto &[first, last] : positionRunsReversed(m_snapshot.teams, commit.removedTeams)) {
        Q_EMIT teamsAboutToBeRemoved(first, last);
        m_snapshot.teams.remove(first, last - first + 1);
        rebuildIndex();
        rebuilt = true;
        structural = true;
        stale = false;
        Q_EMIT teamsRemoved(first, last);
    }
    for (const auto &[first, last] : positionRunsReversed(m_snapshot.datastores, commit.removedDatastores)) {
        Q_EMIT datastoresAboutToBeRemoved(first, last);
        QSet<Id> gone;
        for (qsizetype i = first; i <= last; ++i)
            gone.insert(m_snapshot.datastores.at(i).id);
        m_snapshot.datastores.remove(first, last - first + 1);
        // The commit carries the teams that lost them; this keeps the index consistent even
        // when it does not.
        for (Team &team : m_snapshot.teams)
            team.datastores.removeIf([&](Id id) { return gone.contains(id); });
        rebuildIndex();
        rebuilt = true;
        structural = true;
        stale = false;
        Q_EMIT datastoresRemoved(first, last);
    }
    if (stale) {
        rebuildIndex();
        rebuilt = true;
    }
    accessAffected = accessAffected || structural || rebuilt;

    emitChangedRuns(m_snapshot.accounts, updatedAccounts,
                    [this](qsizetype first, qsizetype last) { Q_EMIT accountsChanged(first, last); });
    emitChangedRuns(m_snapshot.teams, updatedTeams,
                    [this](qsizetype first, qsizetype last) { Q_EMIT teamsChanged(first, last); });
    emitChangedRuns(m_snapshot.datastores, updatedDatastores,
                    [this](qsizetype first, qsizetype last) { Q_EMIT datastoresChanged(first, last); });
    if (!updatedTeams.isEmpty() || teamsAdded || !commit.removedTeams.isEmpty())
        announceTeamDerivedChanges();
    if (accessAffected) {
        // The scope is for the slots of this signal only; any other one concerns everyone.
        m_accessScope = std::move(affected);
        m_accessScope.everyone = m_accessScope.everyone || rebuilt;
        Q_EMIT accessChanged();
        m_accessScope = AccessIndex::Affected{true, {}};
    }
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/apiserverstate.h"

#include "core/auditdelta.h"
#include "core/textfold.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

template <typename T>
void sortById(QList<T> &list)
{
    std::sort(list.begin(), list.end(), [](const T &a, const T &b) { return a.id < b.id; });
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

ApiServerState::ApiServerState(Repository *repository)
    : m_repository(repository)
{
}

Result<void> ApiServerState::load()
{
    // The newest record first: a commit landing between the two reads is read again later
    // and changes nothing then.
    const Result<Id> newest = m_repository->lastChangeId();
    if (!newest)
        return newest.error();
    Result<Snapshot> loaded = m_repository->load();
    if (!loaded)
        return loaded.error();
    m_snapshot = std::move(loaded).value();
    m_lastSeen = *newest;
    m_accountModified.clear();
    m_teamModified.clear();
    for (const QString &entity : {u"account"_s, u"team"_s}) {
        AuditFilter filter;
        filter.entity = entity;
        const Result<QList<AuditRecord>> history = m_repository->auditLog(filter);
        if (!history)
            return history.error();
        for (const AuditRecord &record : *history) {
            if (record.id <= m_lastSeen)
                noteModified(record.entity, record.entityId, record.at);
        }
    }
    indexPositions();
    invalidate();
    m_provisioningIndex.reset();
    return {};
}

Result<void> ApiServerState::refresh()
{
    const Result<Id> newest = m_repository->lastChangeId();
    if (!newest)
        return newest.error();
    if (*newest == m_lastSeen)
        return {};
    return catchUp();
}

Result<void> ApiServerState::catchUp()
{
    AuditFilter filter;
    filter.afterId = m_lastSeen;
    const Result<QList<AuditRecord>> records = m_repository->auditLog(filter);
    if (!records)
        return records.error();
    const AuditDelta delta = auditDelta(*records, m_snapshot);
    if (delta.reloadNeeded)
        return load();
    apply(delta.changes);
    for (const AuditRecord &record : *records)
        noteModified(record.entity, record.entityId, record.at);
    m_lastSeen = std::max(m_lastSeen, delta.newestId);
    return {};
}

Result<CommitResult> ApiServerState::commit(const ChangeSet &changes, const QString &actingSubject)
{
    const Id before = m_lastSeen;
    Result<CommitResult> committed = m_repository->commit(changes, actingSubject);
    if (!committed)
        return committed;
    apply(*committed);
    for (const Account &a : committed->accounts)
        m_accountModified.insert(a.id, committed->at);
    for (const Team &t : committed->teams)
        m_teamModified.insert(t.id, committed->at);
    // One history record per entry: when the newest id moved by exactly that much, nobody
    // else wrote in between and there is nothing to read back.
    const Result<Id> newest = m_repository->lastChangeId();
    if (!newest)
        return newest.error();
    const qsizetype entries = changes.accounts.size() + changes.teams.size() + changes.datastores.size();
    if (*newest == before + entries)
        m_lastSeen = *newest;
    else if (auto caught = catchUp(); !caught)
        return caught.error();
    return committed;
}

const Account *ApiServerState::account(Id id) const
{
    const qsizetype pos = m_accountPos.value(id, -1);
    return pos >= 0 ? &m_snapshot.accounts.at(pos) : nullptr;
}

const Team *ApiServerState::team(Id id) const
{
    const qsizetype pos = m_teamPos.value(id, -1);
    return pos >= 0 ? &m_snapshot.teams.at(pos) : nullptr;
}

const QList<const Team *> &ApiServerState::teamsOf(Id accountId)
{
    if (!m_teamsOf) {
        m_teamsOf.emplace();
        m_teamsOf->reserve(m_snapshot.accounts.size());
        for (const Team &t : std::as_const(m_snapshot.teams)) {
            if (t.isPublic)
                continue;
            for (Id member : t.members)
                (*m_teamsOf)[member].append(&t);
        }
    }
    static const QList<const Team *> none;
    const auto it = m_teamsOf->constFind(accountId);
    return it == m_teamsOf->cend() ? none : it.value();
}

const Account *ApiServerState::humanByEmail(const QString &email)
{
    if (!m_emails) {
        m_emails.emplace();
        m_emails->reserve(m_snapshot.accounts.size());
        for (qsizetype i = 0; i < m_snapshot.accounts.size(); ++i) {
            const Account &a = m_snapshot.accounts.at(i);
            if (a.type == AccountType::Human && !a.email.isEmpty())
                m_emails->insert(nameKey(a.email), i);
        }
    }
    const qsizetype pos = m_emails->value(nameKey(email), -1);
    return pos >= 0 ? &m_snapshot.accounts.at(pos) : nullptr;
}

const AccessIndex &ApiServerState::access()
{
    if (!m_access)
        m_access = std::make_unique<AccessIndex>(m_snapshot);
    return *m_access;
}

const ProvisioningIndex &ApiServerState::provisioningIndex()
{
    if (!m_provisioningIndex)
        m_provisioningIndex.emplace(m_snapshot);
    return *m_provisioningIndex;
}

void ApiServerState::apply(const CommitResult &changes)
{
    // The caches go first: some share the snapshot's lists, which would then be copied
    // when changed below.
    invalidate();
    ProvisioningIndex *index = m_provisioningIndex ? &*m_provisioningIndex : nullptr;
    bool unsorted = false;
    for (const Account &a : changes.accounts) {
        const qsizetype pos = m_accountPos.value(a.id, -1);
        if (index)
            index->accountChanged(pos >= 0 ? &std::as_const(m_snapshot).accounts.at(pos) : nullptr, a);
        if (pos >= 0) {
            m_snapshot.accounts[pos] = a;
        } else {
            unsorted = unsorted || (!m_snapshot.accounts.isEmpty() && m_snapshot.accounts.constLast().id > a.id);
            m_accountPos.insert(a.id, m_snapshot.accounts.size());
            m_snapshot.accounts.append(a);
        }
    }
    for (const Team &t : changes.teams) {
        const qsizetype pos = m_teamPos.value(t.id, -1);
        if (index)
            index->teamChanged(pos >= 0 ? &std::as_const(m_snapshot).teams.at(pos) : nullptr, &t);
        if (pos >= 0) {
            m_snapshot.teams[pos] = normalizedTeam(t);
        } else {
            unsorted = unsorted || (!m_snapshot.teams.isEmpty() && m_snapshot.teams.constLast().id > t.id);
            m_teamPos.insert(t.id, m_snapshot.teams.size());
            m_snapshot.teams.append(normalizedTeam(t));
        }
    }
    for (const Datastore &d : changes.datastores) {
        auto it = std::find_if(m_snapshot.datastores.begin(), m_snapshot.datastores.end(),
                               [&d](const Datastore &x) { return x.id == d.id; });
        if (it != m_snapshot.datastores.end()) {
            *it = d;
        } else {
            unsorted = true;
            m_snapshot.datastores.append(d);
        }
    }
    if (!changes.removedTeams.isEmpty()) {
        if (index) {
            for (const Team &t : std::as_const(m_snapshot).teams) {
                if (changes.removedTeams.contains(t.id))
                    index->teamChanged(&t, nullptr);
            }
        }
        m_snapshot.teams.removeIf([&changes](const Team &t) { return changes.removedTeams.contains(t.id); });
        for (Id id : changes.removedTeams)
            m_teamModified.remove(id);
        unsorted = true;
    }
    if (!changes.removedDatastores.isEmpty()) {
        m_snapshot.datastores.removeIf(
            [&changes](const Datastore &d) { return changes.removedDatastores.contains(d.id); });
        for (Team &t : m_snapshot.teams)
            t.datastores.removeIf([&changes](Id id) { return changes.removedDatastores.contains(id); });
    }
    if (unsorted) {
        sortById(m_snapshot.accounts);
        sortById(m_snapshot.teams);
        sortById(m_snapshot.datastores);
        indexPositions();
    }
}

void ApiServerState::noteModified(const QString &entity, Id id, const QDateTime &at)
{
    if (entity == u"account")
        m_accountModified.insert(id, at);
    else if (entity == u"team")
        m_teamModified.insert(id, at);
}

void ApiServerState::indexPositions()
{
    m_accountPos.clear();
    m_accountPos.reserve(m_snapshot.accounts.size());
    for (qsizetype i = 0; i < m_snapshot.accounts.size(); ++i)
        m_accountPos.insert(m_snapshot.accounts.at(i).id, i);
    m_teamPos.clear();
    for (qsizetype i = 0; i < m_snapshot.teams.size(); ++i)
        m_teamPos.insert(m_snapshot.teams.at(i).id, i);
}

void ApiServerState::invalidate()
{
    m_teamsOf.reset();
    m_emails.reset();
    m_access.reset();
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accessindex.h"

#include <algorithm>
#include <bit>

namespace Gatehouse {

Level Explanation::levelWithout(Id teamId) const
{
    if (source == Source::Role || source == Source::Inactive)
        return level;
    Level best = Level::None;
    for (Id id : winningTeams) {
        if (id != teamId)
            best = std::max(best, level);
    }
    for (const auto &[id, lesser] : lesserTeams) {
        if (id != teamId)
            best = std::max(best, lesser);
    }
    return best;
}

AccessIndex::AccessIndex(const Snapshot &snapshot)
{
    const qsizetype datastoreCount = snapshot.datastores.size();
    const size_t words = size_t((datastoreCount + 63) / 64);

    m_datastoreIds.reserve(size_t(datastoreCount));
    m_datastorePos.reserve(datastoreCount);
    for (qsizetype i = 0; i < datastoreCount; ++i) {
        m_datastoreIds.push_back(snapshot.datastores.at(i).id);
        m_datastorePos.insert(snapshot.datastores.at(i).id, i);
    }

    m_accounts.resize(size_t(snapshot.accounts.size()));
    m_accountPos.reserve(snapshot.accounts.size());
    for (qsizetype i = 0; i < snapshot.accounts.size(); ++i) {
        const Account &account = snapshot.accounts.at(i);
        m_accountPos.insert(account.id, i);
        m_accounts[size_t(i)].active = account.isActive();
        m_accounts[size_t(i)].admin = account.role == Role::Admin;
    }

    m_teamsHolding.resize(size_t(datastoreCount));
    m_teams.resize(size_t(snapshot.teams.size()));
    m_teamPos.reserve(snapshot.teams.size());
    for (qsizetype t = 0; t < snapshot.teams.size(); ++t) {
        const Team &team = snapshot.teams.at(t);
        TeamEntry &entry = m_teams[size_t(t)];
        m_teamPos.insert(team.id, t);
        entry.id = team.id;
        entry.level = team.permission;
        entry.isPublic = team.isPublic;
        entry.bits.assign(words, 0);
        if (team.isPublic)
            m_publicTeam = t;
        for (Id dsId : team.datastores) {
            const qsizetype d = m_datastorePos.value(dsId, -1);
            if (d < 0)
                continue; // validated snapshots never hold dangling ids
            entry.bits[size_t(d) >> 6] |= quint64(1) << (d & 63);
            m_teamsHolding[size_t(d)].append(t);
        }
        if (team.isPublic)
            continue; // everyone is a member: kept implicit
        entry.members.reserve(team.members.size());
        for (Id accountId : team.members) {
            const qsizetype a = m_accountPos.value(accountId, -1);
            if (a < 0)
                continue;
            entry.members.append(a);
            m_accounts[size_t(a)].teams.append(t);
        }
    }
}

Level AccessIndex::cell(qsizetype accountPos, qsizetype datastorePos) const
{
    const AccountEntry &account = m_accounts[size_t(accountPos)];
    if (!account.active)
        return Level::None;
    if (account.admin)
        return Level::Admin;
    Level best = Level::None;
    if (m_publicTeam >= 0 && holds(m_teams[size_t(m_publicTeam)], datastorePos))
        best = m_teams[size_t(m_publicTeam)].level;
    for (qsizetype t : account.teams) {
        const TeamEntry &team = m_teams[size_t(t)];
        if (team.level > best && holds(team, datastorePos))
            best = team.level;
    }
    return best;
}

std::vector<Level> AccessIndex::row(qsizetype accountPos) const
{
    const AccountEntry &account = m_accounts[size_t(accountPos)];
    std::vector<Level> levels(m_datastoreIds.size(), Level::None);
    if (!account.active)
        return levels;
    if (account.admin) {
        std::fill(levels.begin(), levels.end(), Level::Admin);
        return levels;
    }
    auto orTeam = [&levels](const TeamEntry &team) {
        for (size_t w = 0; w < team.bits.size(); ++w) {
            quint64 word = team.bits[w];
            while (word) {
                const size_t d = (w << 6) + size_t(std::countr_zero(word));
                word &= word - 1;
                if (levels[d] < team.level)
                    levels[d] = team.level;
            }
        }
    };
    if (m_publicTeam >= 0)
        orTeam(m_teams[size_t(m_publicTeam)]);
    for (qsizetype t : account.teams)
        orTeam(m_teams[size_t(t)]);
    return levels;
}

std::vector<Level> AccessIndex::column(qsizetype datastorePos) const
{
    std::vector<Level> levels(m_accounts.size(), Level::None);
    for (qsizetype t : m_teamsHolding[size_t(datastorePos)]) {
        const TeamEntry &team = m_teams[size_t(t)];
        if (team.isPublic) {
            for (Level &l : levels)
                l = std::max(l, team.level);
            continue;
        }
        for (qsizetype a : team.members) {
            if (levels[size_t(a)] < team.level)
                levels[size_t(a)] = team.level;
        }
    }
    for (size_t a = 0; a < m_accounts.size(); ++a) {
        if (!m_accounts[a].active)
            levels[a] = Level::None;
        else if (m_accounts[a].admin)
            levels[a] = Level::Admin;
    }
    return levels;
}

Explanation AccessIndex::explain(qsizetype accountPos, qsizetype datastorePos) const
{
    Explanation e;
    const AccountEntry &account = m_accounts[size_t(accountPos)];
    if (!account.active) {
        e.source = Explanation::Source::Inactive;
        return e;
    }
    QList<std::pair<Id, Level>> granting;
    if (m_publicTeam >= 0 && holds(m_teams[size_t(m_publicTeam)], datastorePos))
        granting.append({m_teams[size_t(m_publicTeam)].id, m_teams[size_t(m_publicTeam)].level});
    for (qsizetype t : account.teams) {
        const TeamEntry &team = m_teams[size_t(t)];
        if (holds(team, datastorePos))
            granting.append({team.id, team.level});
    }
    std::sort(granting.begin(), granting.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });

    if (account.admin) {
        // The role decides; teams that would grant something are kept for the record.
        e.level = Level::Admin;
        e.source = Explanation::Source::Role;
        e.lesserTeams = granting;
        return e;
    }
    if (granting.isEmpty())
        return e;
    e.source = Explanation::Source::Teams;
    e.level = granting.first().second;
    for (const auto &entry : std::as_const(granting)) {
        if (entry.second == e.level)
            e.winningTeams.append(entry.first);
        else
            e.lesserTeams.append(entry);
    }
    return e;
}

void AccessIndex::computeReach() const
{
    m_reach.assign(m_datastoreIds.size(), 0);
    int activeAdmins = 0;
    int activeOthers = 0;
    for (const AccountEntry &a : m_accounts) {
        if (!a.active)
            continue;
        (a.admin ? activeAdmins : activeOthers)++;
    }
    // Stamp per account instead of a set: counting distinct members of several teams.
    std::vector<qsizetype> stamp(m_accounts.size(), -1);
    for (size_t d = 0; d < m_datastoreIds.size(); ++d) {
        int count = activeAdmins;
        bool viaPublic = false;
        for (qsizetype t : m_teamsHolding[d]) {
            if (m_teams[size_t(t)].isPublic) {
                viaPublic = true;
                break;
            }
        }
        if (viaPublic) {
            m_reach[d] = count + activeOthers;
            continue;
        }
        for (qsizetype t : m_teamsHolding[d]) {
            for (qsizetype a : m_teams[size_t(t)].members) {
                const AccountEntry &account = m_accounts[size_t(a)];
                if (stamp[size_t(a)] == qsizetype(d) || !account.active || account.admin)
                    continue;
                stamp[size_t(a)] = qsizetype(d);
                ++count;
            }
        }
        m_reach[d] = count;
    }
}

int AccessIndex::reachCount(qsizetype datastorePos) const
{
    if (m_reach.size() != m_datastoreIds.size())
        computeReach();
    return m_reach[size_t(datastorePos)];
}

const QList<qsizetype> &AccessIndex::teamsOf(qsizetype accountPos) const
{
    return m_accounts[size_t(accountPos)].teams;
}

const QList<qsizetype> &AccessIndex::teamsHolding(qsizetype datastorePos) const
{
    return m_teamsHolding[size_t(datastorePos)];
}

} // namespace Gatehouse

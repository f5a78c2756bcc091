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

    m_groupTeams.resize(2);
    for (AccountEntry &account : m_accounts) {
        account.group = groupFor(account);
        if (account.active)
            ++(account.admin ? m_activeAdmins : m_activeOthers);
    }
}

qsizetype AccessIndex::groupFor(const AccountEntry &account)
{
    if (!account.active)
        return NoAccessGroup;
    if (account.admin)
        return AdminGroup;
    const auto it = m_groupByTeams.constFind(account.teams);
    if (it != m_groupByTeams.cend())
        return it.value();
    const qsizetype group = qsizetype(m_groupTeams.size());
    m_groupTeams.push_back(account.teams);
    m_groupByTeams.insert(account.teams, group);
    return group;
}

void AccessIndex::regroup(qsizetype accountPos)
{
    AccountEntry &account = m_accounts[size_t(accountPos)];
    account.group = groupFor(account);
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
    // Team bitsets are sparse (tens of datastores in thousands): visit set bits only.
    Level *out = levels.data();
    auto orTeam = [out](const TeamEntry &team) {
        const quint64 *bits = team.bits.data();
        const size_t n = team.bits.size();
        const Level level = team.level;
        for (size_t w = 0; w < n; ++w) {
            for (quint64 word = bits[w]; word; word &= word - 1) {
                Level &cell = out[(w << 6) + size_t(std::countr_zero(word))];
                cell = std::max(cell, level);
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

const QList<qsizetype> &AccessIndex::teamsOf(qsizetype accountPos) const
{
    return m_accounts[size_t(accountPos)].teams;
}

const QList<qsizetype> &AccessIndex::teamsHolding(qsizetype datastorePos) const
{
    return m_teamsHolding[size_t(datastorePos)];
}

bool AccessIndex::updateAccount(qsizetype accountPos, const Account &account, Affected &affected)
{
    if (accountPos < 0 || accountPos >= accountCount() || m_accountPos.value(account.id, -1) != accountPos)
        return false;
    AccountEntry &entry = m_accounts[size_t(accountPos)];
    const bool active = account.isActive();
    const bool admin = account.role == Role::Admin;
    if (entry.active == active && entry.admin == admin)
        return true;
    const bool keepReach = m_reach.size() == m_datastoreIds.size();
    std::vector<quint64> before, after;
    if (keepReach)
        reachedBits(accountPos, before);
    if (entry.active)
        --(entry.admin ? m_activeAdmins : m_activeOthers);
    entry.active = active;
    entry.admin = admin;
    if (entry.active)
        ++(entry.admin ? m_activeAdmins : m_activeOthers);
    regroup(accountPos);
    if (keepReach) {
        reachedBits(accountPos, after);
        adjustReach(before, after);
    }
    affected.accounts.push_back(accountPos);
    return true;
}

bool AccessIndex::updateTeam(qsizetype teamPos, const Team &team, Affected &affected)
{
    if (teamPos < 0 || teamPos >= qsizetype(m_teams.size()))
        return false;
    TeamEntry &entry = m_teams[size_t(teamPos)];
    if (entry.id != team.id || entry.isPublic != team.isPublic)
        return false;

    std::vector<quint64> bits(words(), 0);
    for (Id id : team.datastores) {
        const qsizetype d = m_datastorePos.value(id, -1);
        if (d >= 0)
            bits[size_t(d) >> 6] |= quint64(1) << (d & 63);
    }
    QList<qsizetype> members;
    if (!team.isPublic) {
        members.reserve(team.members.size());
        for (Id id : team.members) {
            const qsizetype a = m_accountPos.value(id, -1);
            if (a >= 0)
                members.append(a);
        }
    }
    const bool levelChanged = entry.level != team.permission;
    const bool datastoresChanged = bits != entry.bits;
    const bool membersChanged = members != entry.members;

    if (membersChanged) {
        // Old members' access through the team changes, whatever else does.
        markReachDirty(entry.bits);
        markReachDirty(bits);
        // Both lists ascending: one merge finds who left and who joined.
        auto leave = [&](qsizetype a) {
            m_accounts[size_t(a)].teams.removeOne(teamPos);
            regroup(a);
            affected.accounts.push_back(a);
        };
        auto join = [&](qsizetype a) {
            QList<qsizetype> &teams = m_accounts[size_t(a)].teams;
            teams.insert(std::lower_bound(teams.begin(), teams.end(), teamPos) - teams.begin(), teamPos);
            regroup(a);
            affected.accounts.push_back(a);
        };
        qsizetype i = 0, j = 0;
        while (i < entry.members.size() || j < members.size()) {
            if (j == members.size() || (i < entry.members.size() && entry.members.at(i) < members.at(j))) {
                leave(entry.members.at(i++));
            } else if (i == entry.members.size() || members.at(j) < entry.members.at(i)) {
                join(members.at(j++));
            } else {
                ++i;
                ++j;
            }
        }
        entry.members = std::move(members);
    }
    if (datastoresChanged) {
        for (size_t w = 0; w < bits.size(); ++w) {
            for (quint64 changed = bits[w] ^ entry.bits[w]; changed; changed &= changed - 1) {
                const size_t d = (w << 6) + size_t(std::countr_zero(changed));
                QList<qsizetype> &holding = m_teamsHolding[d];
                const auto it = std::lower_bound(holding.begin(), holding.end(), teamPos);
                if ((bits[w] >> (d & 63)) & 1u)
                    holding.insert(it - holding.begin(), teamPos);
                else if (it != holding.end() && *it == teamPos)
                    holding.erase(it);
                if (m_reach.size() == m_datastoreIds.size())
                    m_reachDirty[d] = true;
            }
        }
        entry.bits = std::move(bits);
    }
    entry.level = team.permission;
    if (levelChanged || datastoresChanged) {
        if (entry.isPublic)
            affected.everyone = true;
        else
            affected.accounts.insert(affected.accounts.end(), entry.members.cbegin(), entry.members.cend());
    }
    return true;
}

bool AccessIndex::appendAccounts(const Snapshot &snapshot, qsizetype first, Affected &affected)
{
    if (first != accountCount() || snapshot.accounts.size() < first || snapshot.teams.size() != qsizetype(m_teams.size())
        || snapshot.datastores.size() != datastoreCount())
        return false;
    for (qsizetype t = 0; t < snapshot.teams.size(); ++t) {
        if (snapshot.teams.at(t).id != m_teams[size_t(t)].id)
            return false;
    }
    const qsizetype count = snapshot.accounts.size();
    if (first == count)
        return true;
    m_accounts.resize(size_t(count));
    for (qsizetype a = first; a < count; ++a) {
        const Account &account = snapshot.accounts.at(a);
        AccountEntry &entry = m_accounts[size_t(a)];
        m_accountPos.insert(account.id, a);
        entry.active = account.isActive();
        entry.admin = account.role == Role::Admin;
        if (entry.active)
            ++(entry.admin ? m_activeAdmins : m_activeOthers);
    }
    // Ids only grow: the new members are at the end of each team's ascending member list.
    const Id firstId = snapshot.accounts.at(first).id;
    for (qsizetype t = 0; t < snapshot.teams.size(); ++t) {
        const Team &team = snapshot.teams.at(t);
        if (team.isPublic)
            continue;
        TeamEntry &entry = m_teams[size_t(t)];
        for (auto it = std::lower_bound(team.members.cbegin(), team.members.cend(), firstId);
             it != team.members.cend(); ++it) {
            const qsizetype a = m_accountPos.value(*it, -1);
            if (a < first)
                continue;
            entry.members.append(a);
            m_accounts[size_t(a)].teams.append(t);
        }
    }
    // A few accounts (sign-ins, a SCIM user) keep the reach counts current; a large sync
    // leaves them to be counted again when next asked.
    const bool keepReach = m_reach.size() == m_datastoreIds.size() && count - first <= 64;
    if (!keepReach) {
        m_reach.clear();
        m_reachDirty.clear();
    }
    const std::vector<quint64> none(words(), 0);
    std::vector<quint64> reached;
    for (qsizetype a = first; a < count; ++a) {
        regroup(a);
        affected.accounts.push_back(a);
        if (keepReach) {
            reachedBits(a, reached);
            adjustReach(none, reached);
        }
    }
    return true;
}

bool AccessIndex::appendDatastores(const Snapshot &snapshot, qsizetype first, Affected &affected)
{
    if (first != datastoreCount() || snapshot.datastores.size() < first
        || snapshot.teams.size() != qsizetype(m_teams.size()) || snapshot.accounts.size() != accountCount())
        return false;
    for (qsizetype t = 0; t < snapshot.teams.size(); ++t) {
        if (snapshot.teams.at(t).id != m_teams[size_t(t)].id)
            return false;
    }
    const qsizetype count = snapshot.datastores.size();
    if (first == count)
        return true;
    for (qsizetype d = first; d < count; ++d) {
        m_datastoreIds.push_back(snapshot.datastores.at(d).id);
        m_datastorePos.insert(snapshot.datastores.at(d).id, d);
    }
    m_teamsHolding.resize(size_t(count));
    const size_t newWords = words();
    const Id firstId = snapshot.datastores.at(first).id;
    for (qsizetype t = 0; t < snapshot.teams.size(); ++t) {
        const Team &team = snapshot.teams.at(t);
        TeamEntry &entry = m_teams[size_t(t)];
        entry.bits.resize(newWords, 0);
        bool gained = false;
        for (auto it = std::lower_bound(team.datastores.cbegin(), team.datastores.cend(), firstId);
             it != team.datastores.cend(); ++it) {
            const qsizetype d = m_datastorePos.value(*it, -1);
            if (d < first)
                continue;
            entry.bits[size_t(d) >> 6] |= quint64(1) << (d & 63);
            m_teamsHolding[size_t(d)].append(t);
            gained = true;
        }
        if (gained && entry.isPublic)
            affected.everyone = true;
        else if (gained)
            affected.accounts.insert(affected.accounts.end(), entry.members.cbegin(), entry.members.cend());
    }
    if (m_reach.size() == size_t(first)) { // counted before: count the new ones when asked
        m_reach.resize(size_t(count), 0);
        m_reachDirty.resize(size_t(count), true);
    }
    // Admins reach every datastore, so their rows grow too.
    for (qsizetype a = 0; a < accountCount(); ++a) {
        if (m_accounts[size_t(a)].group == AdminGroup)
            affected.accounts.push_back(a);
    }
    return true;
}

bool AccessIndex::appendTeams(const Snapshot &snapshot, qsizetype first, Affected &affected)
{
    if (first != qsizetype(m_teams.size()) || snapshot.teams.size() < first
        || snapshot.accounts.size() != accountCount() || snapshot.datastores.size() != datastoreCount())
        return false;
    for (qsizetype t = first; t < snapshot.teams.size(); ++t) {
        if (snapshot.teams.at(t).isPublic)
            return false; // the Public team is there from the start
    }
    const size_t w = words();
    for (qsizetype t = first; t < snapshot.teams.size(); ++t) {
        const Team &team = snapshot.teams.at(t);
        m_teamPos.insert(team.id, t);
        TeamEntry entry;
        entry.id = team.id;
        entry.level = team.permission;
        entry.bits.assign(w, 0);
        for (Id id : team.datastores) {
            const qsizetype d = m_datastorePos.value(id, -1);
            if (d < 0)
                continue;
            entry.bits[size_t(d) >> 6] |= quint64(1) << (d & 63);
            m_teamsHolding[size_t(d)].append(t); // the highest position yet: stays ascending
        }
        markReachDirty(entry.bits);
        entry.members.reserve(team.members.size());
        for (Id id : team.members) {
            const qsizetype a = m_accountPos.value(id, -1);
            if (a < 0)
                continue;
            entry.members.append(a);
            m_accounts[size_t(a)].teams.append(t);
            regroup(a);
            affected.accounts.push_back(a);
        }
        m_teams.push_back(std::move(entry));
    }
    return true;
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/snapshot.h"

#include <QHash>

#include <array>
#include <vector>

namespace Gatehouse {

// Why an account has its level on a datastore.
struct Explanation
{
    enum class Source : quint8 {
        None,        // no team grants anything
        Inactive,    // deactivated account: no access at all
        Role,        // Admin role: not subject to teams
        Teams,       // the winning team level
    };
    Level level = Level::None;
    Source source = Source::None;
    QList<Id> winningTeams;                 // teams granting `level`, ascending id
    QList<std::pair<Id, Level>> lesserTeams; // other teams holding the datastore, level descending then id

    // Level the account would have without team `teamId` (for "without X it would be Y").
    Level levelWithout(Id teamId) const;
};

// Effective access of every account on every datastore, built from a Snapshot.
// Per team a bitset of its datastores, per account the list of its teams (Public implied).
// A cell is a few word operations; a row is an OR per team. Immutable once built: after a
// change the Directory builds a new one (measured cheap, see bench/).
class AccessIndex
{
public:
    AccessIndex() = default;
    explicit AccessIndex(const Snapshot &snapshot);

    qsizetype accountCount() const { return qsizetype(m_accounts.size()); }
    qsizetype datastoreCount() const { return qsizetype(m_datastoreIds.size()); }

    // Positions are the indexes into the snapshot's lists (accounts, datastores, teams).
    Level cell(qsizetype accountPos, qsizetype datastorePos) const;
    // Levels of one account over all datastores (size datastoreCount()).
    std::vector<Level> row(qsizetype accountPos) const;
    // Levels of all accounts on one datastore (size accountCount()).
    std::vector<Level> column(qsizetype datastorePos) const;
    Explanation explain(qsizetype accountPos, qsizetype datastorePos) const;
    // "Show access as if the account worked only through this team" (domain.md, team
    // restriction): only the team counts, an Admin counts as Manager (so is subject to it),
    // a deactivated account or one not in the team (everyone is in Public) has none.
    // Defined in accessviews.cpp.
    std::vector<Level> rowThroughTeam(qsizetype accountPos, qsizetype teamPos) const;
    // A team's own "row": its level on its datastores, None elsewhere.
    std::vector<Level> teamRow(qsizetype teamPos) const;
    // One row as bitsets over datastore positions, one per level: bit d of levels[L] is set
    // when the account's level on datastore d is L (Admin included, None left out). Word
    // operations only, no byte per cell: for passes over the whole matrix.
    struct RowBits
    {
        std::array<std::vector<quint64>, 7> levels; // indexed by Level
    };
    void rowBits(qsizetype accountPos, RowBits &out) const;

    // Exact number of cells of each level (indexed by Level, None included) over the
    // accounts at `accountPositions[begin, end)` and the datastores whose bit is set in
    // `columnMask` (bit d = datastore position d; empty = every datastore). A popcount per
    // word of rowBits(): the legend of a 50,000 x 5,000 matrix without sampling.
    // Defined in accessviews.cpp.
    using LevelCounts = std::array<qint64, 7>;
    LevelCounts countLevels(const std::vector<qsizetype> &accountPositions, size_t begin, size_t end,
                            const std::vector<quint64> &columnMask) const;

    // Number of active accounts with any access to the datastore (Admins included).
    int reachCount(qsizetype datastorePos) const;
    // Positions of the teams an account belongs to, explicit memberships only (no Public).
    const QList<qsizetype> &teamsOf(qsizetype accountPos) const;
    // Positions of the teams holding a datastore, ascending team id (Public included).
    const QList<qsizetype> &teamsHolding(qsizetype datastorePos) const;

    // id -> position lookups; -1 when unknown.
    qsizetype accountPos(Id id) const { return m_accountPos.value(id, -1); }
    qsizetype datastorePos(Id id) const { return m_datastorePos.value(id, -1); }
    qsizetype teamPos(Id id) const { return m_teamPos.value(id, -1); }

private:
    struct AccountEntry {
        QList<qsizetype> teams; // explicit teams, ascending id
        bool active = true;
        bool admin = false;
    };
    struct TeamEntry {
        Id id = 0;
        Level level = Level::Reporter;
        bool isPublic = false;
        std::vector<quint64> bits; // datastore bitset
        QList<qsizetype> members;  // account positions
    };
    bool holds(const TeamEntry &team, qsizetype datastorePos) const
    {
        return (team.bits[size_t(datastorePos) >> 6] >> (datastorePos & 63)) & 1u;
    }
    void computeReach() const;

    std::vector<AccountEntry> m_accounts;
    std::vector<TeamEntry> m_teams;
    std::vector<Id> m_datastoreIds;
    std::vector<QList<qsizetype>> m_teamsHolding; // per datastore
    qsizetype m_publicTeam = -1;
    QHash<Id, qsizetype> m_accountPos, m_datastorePos, m_teamPos;
    mutable std::vector<int> m_reach; // lazily computed
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/snapshot.h"

#include <QHash>

#include <algorithm>
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
// A cell is a few word operations; a row is an OR per team.
//
// Accounts with the same explicit teams have the same row (unless deactivated or Admin), so
// the index numbers the distinct team sets ("row groups"): a pass over the whole matrix works
// out each distinct row once and weighs it by its accounts. At W50k there are about half as
// many groups as accounts; most people are in one or two of the large teams.
//
// The Directory keeps one index and updates it in place after a committed change (the
// update functions below); everything else builds its own from a snapshot (as of a date, a
// preview, an export) or copies it, and a copy never changes with the original.
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
    // The same masks from a row of levels (a byte per cell, as row() or another computation
    // of the matrix gives it); `out` is resized to the row's words and overwritten.
    static void rowBitsOf(const std::vector<Level> &levels, RowBits &out);

    // Row groups. Group 0 holds the deactivated accounts (no access anywhere), group 1 the
    // active Admins (Admin everywhere); every other group is one set of explicit teams. A
    // group no longer used after an update stays, empty, until the next full build.
    static constexpr qsizetype NoAccessGroup = 0;
    static constexpr qsizetype AdminGroup = 1;
    qsizetype rowGroupCount() const { return qsizetype(m_groupTeams.size()); }
    qsizetype rowGroup(qsizetype accountPos) const { return m_accounts[size_t(accountPos)].group; }
    // The row every account of `group` has, as rowBits() gives it.
    void groupRowBits(qsizetype group, RowBits &out) const;
    // How many of `accountPositions[begin, end)` are in each group (size rowGroupCount()).
    std::vector<qint64> groupWeights(const std::vector<qsizetype> &accountPositions, size_t begin,
                                     size_t end) const;

    // Exact number of cells of each level (indexed by Level, None included) over the
    // accounts at `accountPositions[begin, end)` and the datastores whose bit is set in
    // `columnMask` (bit d = datastore position d; empty = every datastore). A popcount per
    // word of rowBits(): the legend of a 50,000 x 5,000 matrix without sampling.
    // Defined in accessviews.cpp.
    using LevelCounts = std::array<qint64, 7>;
    LevelCounts countLevels(const std::vector<qsizetype> &accountPositions, size_t begin, size_t end,
                            const std::vector<quint64> &columnMask) const;
    // The same from groupWeights(): each group in [firstGroup, endGroup) with a weight
    // counted once and multiplied. Ranges of groups can be counted in parallel and added.
    LevelCounts countGroupLevels(const std::vector<qint64> &weights, size_t firstGroup, size_t endGroup,
                                 const std::vector<quint64> &columnMask) const;

    // A checksum of the matrix that depends on every cell and where it sits, for comparing
    // the index with another computation of the same matrix (the bench's SQL): no work per
    // cell, only per pair of 64-bit words of the level bitsets. A row's checksum mixes each
    // pair of words of each level (rowBits(); levels 1-6) with keys of its level and place
    // and adds them; two zero words add nothing, so a level a row lacks costs nothing. An account's term
    // mixes its row's checksum with its position; the matrix checksum is the sum of the
    // terms of its accounts (accounts with no access included). Defined in accessviews.cpp.
    static quint64 rowChecksum(const RowBits &row);
    struct PairKey; // the checksum's keys, known to accessviews.cpp only
    static quint64 accountChecksum(qsizetype accountPos, quint64 rowChecksum);
    // rowChecksum() of each group in [firstGroup, endGroup) with a weight (groupWeights()),
    // written to `out[group]` (`out` sized rowGroupCount()); others are left alone. Each
    // distinct row once; disjoint ranges can run in parallel on the same `out`.
    void groupChecksums(const std::vector<qint64> &weights, size_t firstGroup, size_t endGroup,
                        std::vector<quint64> &out) const;
    // The sum of accountChecksum() over the accounts at [firstAccount, endAccount), their
    // rows' checksums taken from `groupChecksums` (filled for those accounts' groups).
    quint64 matrixChecksum(const std::vector<quint64> &groupChecksums, qsizetype firstAccount,
                           qsizetype endAccount) const;
    // The same in one call, on the calling thread.
    quint64 matrixChecksum(qsizetype firstAccount, qsizetype endAccount) const;

    // Incremental updates after a committed change. Each brings the index to exactly what
    // AccessIndex(snapshot) gives on the snapshot after that one change, and adds to
    // `affected` the accounts whose row may now differ. Each returns false, having changed
    // nothing, when the change is beyond it (a team becoming or ceasing to be Public, rows
    // inserted before the end of a list): build a new index from the snapshot then.
    struct Affected
    {
        bool everyone = false;
        std::vector<qsizetype> accounts; // positions, unsorted, may repeat
    };
    // The account at `accountPos` is now `account` (its role and state count here).
    bool updateAccount(qsizetype accountPos, const Account &account, Affected &affected);
    // The team at `teamPos` is now `team` (members and datastores ascending; ids the index
    // does not hold yet are left out, as by the constructor, until their rows are appended).
    bool updateTeam(qsizetype teamPos, const Team &team, Affected &affected);
    // `snapshot` holds what the index holds plus new rows at the end of one list, from
    // position `first` on; the other lists must be the index's.
    bool appendAccounts(const Snapshot &snapshot, qsizetype first, Affected &affected);
    bool appendDatastores(const Snapshot &snapshot, qsizetype first, Affected &affected);
    bool appendTeams(const Snapshot &snapshot, qsizetype first, Affected &affected);

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
        qsizetype group = NoAccessGroup;
        bool active = true;
        bool admin = false;
    };
    struct TeamEntry {
        Id id = 0;
        Level level = Level::Reporter;
        bool isPublic = false;
        std::vector<quint64> bits; // datastore bitset
        QList<qsizetype> members;  // account positions, ascending
    };
    bool holds(const TeamEntry &team, qsizetype datastorePos) const
    {
        return (team.bits[size_t(datastorePos) >> 6] >> (datastorePos & 63)) & 1u;
    }
    size_t words() const { return (m_datastoreIds.size() + 63) / 64; }
    void computeReach() const;
    int reachOf(qsizetype datastorePos) const;
    // Datastores the account reaches at all, as a bitset (for keeping reach counts current).
    void reachedBits(qsizetype accountPos, std::vector<quint64> &out) const;
    void adjustReach(const std::vector<quint64> &before, const std::vector<quint64> &after) const;
    void markReachDirty(const std::vector<quint64> &datastores) const;
    qsizetype groupFor(const AccountEntry &account);
    void regroup(qsizetype accountPos);
    void setTeamDatastores(qsizetype teamPos, const QList<Id> &datastoreIds);
    // The level a team's datastores are resolved at: Reporter to Editor, whatever is stored.
    static size_t levelOf(const TeamEntry &team)
    {
        return std::clamp<size_t>(size_t(team.level), size_t(Level::Reporter), size_t(Level::Editor));
    }
    // ORs the datastore bitsets of Public and of each explicit team of `group` into
    // `into[levelOf(team)]` (words() words each, not cleared first); teams whose level has no
    // pointer are passed over. `group` must be neither NoAccessGroup nor AdminGroup. Every
    // whole-matrix pass (masks, legend, checksum) goes through here.
    void orGroupTeams(qsizetype group, const std::array<quint64 *, 7> &into) const;
    // One row of `group` counted under `mask` (of `columns` datastores); `scratch` is reused.
    LevelCounts groupLevels(qsizetype group, const std::vector<quint64> &mask, qint64 columns,
                            std::vector<quint64> &scratch) const;
    // rowChecksum() of `group`, fused with resolving its levels; `keys` as pairKeys() in
    // accessviews.cpp gives them.
    quint64 groupChecksum(qsizetype group, const PairKey *keys, std::vector<quint64> &scratch) const;

    std::vector<AccountEntry> m_accounts;
    std::vector<TeamEntry> m_teams;
    std::vector<Id> m_datastoreIds;
    std::vector<QList<qsizetype>> m_teamsHolding; // per datastore
    qsizetype m_publicTeam = -1;
    QHash<Id, qsizetype> m_accountPos, m_datastorePos, m_teamPos;
    std::vector<QList<qsizetype>> m_groupTeams; // per row group; empty for the first two
    QHash<QList<qsizetype>, qsizetype> m_groupByTeams;
    int m_activeAdmins = 0;
    int m_activeOthers = 0;
    // Reach counts, computed when first asked; an update recomputes only the datastores it
    // marks dirty, when next asked; so reachCount() must not run on two threads at once.
    mutable std::vector<int> m_reach;
    mutable std::vector<bool> m_reachDirty;
    mutable std::vector<quint32> m_reachStamp; // per account
    mutable quint32 m_reachGeneration = 0;
};

} // namespace Gatehouse

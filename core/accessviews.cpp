// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accessviews.h"

#include <algorithm>
#include <bit>

namespace Gatehouse {

std::vector<Level> AccessIndex::teamRow(qsizetype teamPos) const
{
    std::vector<Level> levels(m_datastoreIds.size(), Level::None);
    const TeamEntry &team = m_teams[size_t(teamPos)];
    for (size_t w = 0; w < team.bits.size(); ++w) {
        quint64 word = team.bits[w];
        while (word) {
            levels[(w << 6) + size_t(std::countr_zero(word))] = team.level;
            word &= word - 1;
        }
    }
    return levels;
}

std::vector<Level> AccessIndex::rowThroughTeam(qsizetype accountPos, qsizetype teamPos) const
{
    const AccountEntry &account = m_accounts[size_t(accountPos)];
    // The role is ignored on purpose: an Admin seen through a team is a Manager, and a
    // Manager's access comes from teams like a Member's.
    const bool member = m_teams[size_t(teamPos)].isPublic || account.teams.contains(teamPos);
    if (!account.active || !member)
        return std::vector<Level>(m_datastoreIds.size(), Level::None);
    return teamRow(teamPos);
}

void AccessIndex::rowBits(qsizetype accountPos, RowBits &out) const
{
    const size_t words = size_t((m_datastoreIds.size() + 63) / 64);
    for (std::vector<quint64> &bits : out.levels)
        bits.assign(words, 0);
    const AccountEntry &account = m_accounts[size_t(accountPos)];
    if (!account.active || words == 0)
        return;
    if (account.admin) {
        std::vector<quint64> &all = out.levels[size_t(Level::Admin)];
        std::fill(all.begin(), all.end(), ~quint64(0));
        if (const size_t tail = m_datastoreIds.size() & 63)
            all.back() = (quint64(1) << tail) - 1;
        return;
    }
    // First each level's union, then from Editor down keep what no higher level took.
    auto orTeam = [&out](const TeamEntry &team) {
        std::vector<quint64> &bits = out.levels[size_t(team.level)];
        for (size_t w = 0; w < bits.size(); ++w)
            bits[w] |= team.bits[w];
    };
    if (m_publicTeam >= 0)
        orTeam(m_teams[size_t(m_publicTeam)]);
    for (qsizetype t : account.teams)
        orTeam(m_teams[size_t(t)]);
    for (size_t w = 0; w < words; ++w) {
        quint64 taken = 0;
        for (size_t level = size_t(Level::Editor); level >= size_t(Level::Reporter); --level) {
            quint64 &word = out.levels[level][w];
            word &= ~taken;
            taken |= word;
        }
    }
}

AccessIndex::LevelCounts AccessIndex::countLevels(const std::vector<qsizetype> &accountPositions,
                                                  size_t begin, size_t end,
                                                  const std::vector<quint64> &columnMask) const
{
    LevelCounts counts{};
    end = std::min(end, accountPositions.size());
    if (begin >= end)
        return counts;
    const size_t words = size_t((m_datastoreIds.size() + 63) / 64);
    std::vector<quint64> mask = columnMask;
    if (mask.empty()) {
        mask.assign(words, ~quint64(0));
        if (const size_t tail = m_datastoreIds.size() & 63)
            mask.back() = (quint64(1) << tail) - 1;
    }
    mask.resize(words, 0);
    qint64 columns = 0;
    for (quint64 word : mask)
        columns += std::popcount(word);

    RowBits bits;
    for (size_t r = begin; r < end; ++r) {
        rowBits(accountPositions[r], bits);
        qint64 withAccess = 0;
        for (size_t level = size_t(Level::Reporter); level <= size_t(Level::Admin); ++level) {
            const std::vector<quint64> &row = bits.levels[level];
            qint64 n = 0;
            for (size_t w = 0; w < words; ++w)
                n += std::popcount(row[w] & mask[w]);
            counts[level] += n;
            withAccess += n;
        }
        counts[size_t(Level::None)] += columns - withAccess;
    }
    return counts;
}

QList<RowDifference> compareRows(const std::vector<Level> &left, const std::vector<Level> &right)
{
    QList<RowDifference> differences;
    const size_t size = std::max(left.size(), right.size());
    for (size_t d = 0; d < size; ++d) {
        const Level l = d < left.size() ? left[d] : Level::None;
        const Level r = d < right.size() ? right[d] : Level::None;
        if (l != r)
            differences.append({qsizetype(d), l, r});
    }
    return differences;
}

QList<RowDifference> compareAccounts(const AccessIndex &index, qsizetype leftAccountPos, qsizetype rightAccountPos)
{
    return compareRows(index.row(leftAccountPos), index.row(rightAccountPos));
}

QList<RowDifference> compareAccountWithTeam(const AccessIndex &index, qsizetype accountPos, qsizetype teamPos)
{
    return compareRows(index.row(accountPos), index.teamRow(teamPos));
}

} // namespace Gatehouse

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

void AccessIndex::orGroupTeams(qsizetype group, const std::array<quint64 *, 7> &into) const
{
    const size_t n = words();
    // The targets are the caller's buffers, never a team's bitset: __restrict lets the
    // compiler OR several words at once.
    const auto orTeam = [&into, n](const TeamEntry &team) {
        quint64 *__restrict target = into[levelOf(team)];
        if (!target)
            return;
        const quint64 *__restrict bits = team.bits.data();
        for (size_t w = 0; w < n; ++w)
            target[w] |= bits[w];
    };
    if (m_publicTeam >= 0)
        orTeam(m_teams[size_t(m_publicTeam)]);
    for (qsizetype t : m_groupTeams[size_t(group)])
        orTeam(m_teams[size_t(t)]);
}

void AccessIndex::groupRowBits(qsizetype group, RowBits &out) const
{
    const size_t n = words();
    for (std::vector<quint64> &bits : out.levels)
        bits.assign(n, 0);
    if (group == NoAccessGroup || n == 0)
        return;
    if (group == AdminGroup) {
        std::vector<quint64> &all = out.levels[size_t(Level::Admin)];
        std::fill(all.begin(), all.end(), ~quint64(0));
        if (const size_t tail = m_datastoreIds.size() & 63)
            all.back() = (quint64(1) << tail) - 1;
        return;
    }
    std::array<quint64 *, 7> into{};
    for (size_t level = size_t(Level::Reporter); level <= size_t(Level::Editor); ++level)
        into[level] = out.levels[level].data();
    orGroupTeams(group, into);
    std::array<quint64 *, 5> levels{}; // Editor down to Reporter
    for (size_t i = 0; i < levels.size(); ++i)
        levels[i] = out.levels[size_t(Level::Editor) - i].data();
    for (size_t w = 0; w < n; ++w) {
        quint64 taken = 0;
        for (quint64 *bits : levels) {
            const quint64 word = bits[w] & ~taken;
            taken |= bits[w];
            bits[w] = word;
        }
    }
}

void AccessIndex::rowBits(qsizetype accountPos, RowBits &out) const
{
    groupRowBits(rowGroup(accountPos), out);
}

void AccessIndex::rowBitsOf(const std::vector<Level> &levels, RowBits &out)
{
    const size_t n = (levels.size() + 63) / 64;
    for (std::vector<quint64> &bits : out.levels)
        bits.assign(n, 0);
    // A branch, not a write per None cell: most cells are None, and writing them all to the
    // same word would chain each cell on the one before (measured half again as slow).
    for (size_t d = 0; d < levels.size(); ++d) {
        if (levels[d] != Level::None)
            out.levels[size_t(levels[d])][d >> 6] |= quint64(1) << (d & 63);
    }
}

std::vector<qint64> AccessIndex::groupWeights(const std::vector<qsizetype> &accountPositions, size_t begin,
                                              size_t end) const
{
    std::vector<qint64> weights(m_groupTeams.size(), 0);
    end = std::min(end, accountPositions.size());
    for (size_t r = begin; r < end; ++r)
        ++weights[size_t(m_accounts[size_t(accountPositions[r])].group)];
    return weights;
}

namespace {

// std::popcount is a library call per word unless the build targets a CPU with the popcnt
// instruction (it does not: baseline x86-64); these few inline operations are faster.
inline qint64 bitCount(quint64 x)
{
    x -= (x >> 1) & 0x5555555555555555ULL;
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0fULL;
    return qint64((x * 0x0101010101010101ULL) >> 56);
}

// The column mask with every datastore when `columnMask` is empty, cut or padded to `words`.
std::vector<quint64> fullMask(const std::vector<quint64> &columnMask, size_t datastores, qint64 &columns)
{
    const size_t words = (datastores + 63) / 64;
    std::vector<quint64> mask = columnMask;
    if (mask.empty()) {
        mask.assign(words, ~quint64(0));
        if (const size_t tail = datastores & 63)
            mask.back() = (quint64(1) << tail) - 1;
    }
    mask.resize(words, 0);
    columns = 0;
    for (quint64 word : mask)
        columns += std::popcount(word);
    return mask;
}

} // namespace

namespace {

// Per word, from the highest level used down: what no higher level took, counted under the
// column mask. `levels` holds the unions of the used levels, highest first.
template <typename Count>
void countResolved(const quint64 *const *levels, size_t used, const quint64 *mask, size_t words, qint64 *cells,
                   Count count)
{
    for (size_t w = 0; w < words; ++w) {
        quint64 taken = 0;
        for (size_t i = 0; i < used; ++i) {
            const quint64 word = levels[i][w];
            cells[i] += count(word & ~taken & mask[w]);
            taken |= word;
        }
    }
}

#if defined(__GNUC__) && defined(__x86_64__)
// The popcnt instruction, for CPUs that have it (all but the oldest x86-64 ones); the build
// targets baseline x86-64, so it is chosen at run time.
[[gnu::target("popcnt")]] void countResolvedPopcnt(const quint64 *const *levels, size_t used, const quint64 *mask,
                                                   size_t words, qint64 *cells)
{
    countResolved(levels, used, mask, words, cells, [](quint64 x) { return qint64(__builtin_popcountll(x)); });
}
const bool HasPopcnt = __builtin_cpu_supports("popcnt");
#endif

} // namespace

AccessIndex::LevelCounts AccessIndex::groupLevels(qsizetype group, const std::vector<quint64> &mask,
                                                  qint64 columns, std::vector<quint64> &scratch) const
{
    LevelCounts counts{};
    if (group == NoAccessGroup) {
        counts[size_t(Level::None)] = columns;
        return counts;
    }
    if (group == AdminGroup) {
        counts[size_t(Level::Admin)] = columns;
        return counts;
    }
    // Only the levels some team of the group grants: usually two or three of five.
    const size_t n = words();
    const QList<qsizetype> &teams = m_groupTeams[size_t(group)];
    unsigned usedLevels = 0;
    if (m_publicTeam >= 0)
        usedLevels |= 1u << levelOf(m_teams[size_t(m_publicTeam)]);
    for (qsizetype t : teams)
        usedLevels |= 1u << levelOf(m_teams[size_t(t)]);
    scratch.resize(5 * n);
    std::array<const quint64 *, 5> levels{};
    std::array<size_t, 5> levelNumber{};
    std::array<quint64 *, 7> orInto{};
    size_t used = 0;
    for (size_t level = size_t(Level::Editor); level >= size_t(Level::Reporter); --level) {
        if (!(usedLevels & (1u << level)))
            continue;
        quint64 *bits = scratch.data() + used * n;
        std::fill(bits, bits + n, quint64(0));
        levels[used] = bits;
        levelNumber[used++] = level;
        orInto[level] = bits;
    }
    orGroupTeams(group, orInto);

    std::array<qint64, 5> cells{};
#if defined(__GNUC__) && defined(__x86_64__)
    if (HasPopcnt)
        countResolvedPopcnt(levels.data(), used, mask.data(), n, cells.data());
    else
#endif
        countResolved(levels.data(), used, mask.data(), n, cells.data(), bitCount);
    qint64 withAccess = 0;
    for (size_t i = 0; i < used; ++i) {
        counts[levelNumber[i]] = cells[i];
        withAccess += cells[i];
    }
    counts[size_t(Level::None)] = columns - withAccess;
    return counts;
}

AccessIndex::LevelCounts AccessIndex::countLevels(const std::vector<qsizetype> &accountPositions,
                                                  size_t begin, size_t end,
                                                  const std::vector<quint64> &columnMask) const
{
    end = std::min(end, accountPositions.size());
    if (begin >= end)
        return {};
    // Many rows: each distinct row once. A few: row by row, no per-group table to fill.
    if (end - begin > 256)
        return countGroupLevels(groupWeights(accountPositions, begin, end), 0, m_groupTeams.size(), columnMask);
    qint64 columns = 0;
    const std::vector<quint64> mask = fullMask(columnMask, m_datastoreIds.size(), columns);
    std::vector<quint64> scratch;
    LevelCounts counts{};
    for (size_t r = begin; r < end; ++r) {
        const LevelCounts row = groupLevels(rowGroup(accountPositions[r]), mask, columns, scratch);
        for (size_t i = 0; i < counts.size(); ++i)
            counts[i] += row[i];
    }
    return counts;
}

AccessIndex::LevelCounts AccessIndex::countGroupLevels(const std::vector<qint64> &weights, size_t firstGroup,
                                                       size_t endGroup,
                                                       const std::vector<quint64> &columnMask) const
{
    qint64 columns = 0;
    const std::vector<quint64> mask = fullMask(columnMask, m_datastoreIds.size(), columns);
    std::vector<quint64> scratch;
    LevelCounts counts{};
    endGroup = std::min({endGroup, weights.size(), m_groupTeams.size()});
    for (size_t g = firstGroup; g < endGroup; ++g) {
        if (weights[g] == 0)
            continue;
        const LevelCounts row = groupLevels(qsizetype(g), mask, columns, scratch);
        for (size_t i = 0; i < counts.size(); ++i)
            counts[i] += row[i] * weights[g];
    }
    return counts;
}

// Keys of one pair of words (2p, 2p + 1) of one level, and the term of two zero words.
struct AccessIndex::PairKey
{
    quint64 first = 0;
    quint64 second = 0;
    quint64 empty = 0;
};

namespace {

// The splitmix64 finaliser: a bijection on 64-bit words that maps 0 to 0.
inline quint64 finalMix(quint64 x)
{
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

// A key per (level, word index): what makes a word's term depend on where it sits.
inline quint64 wordKey(size_t level, size_t word)
{
    return finalMix(((quint64(level) << 32) | quint64(word)) + 0x9e3779b97f4a7c15ULL);
}

// The full 128-bit product of two words, its high half folded onto the low one.
inline quint64 foldedProduct(quint64 a, quint64 b)
{
#if defined(__SIZEOF_INT128__)
    const unsigned __int128 product = static_cast<unsigned __int128>(a) * b;
    return quint64(product) ^ quint64(product >> 64);
#else
    // The same from 32-bit halves, for compilers without a 128-bit integer.
    const quint64 aLow = a & 0xffffffffu, aHigh = a >> 32, bLow = b & 0xffffffffu, bHigh = b >> 32;
    const quint64 low = aLow * bLow, mid1 = aHigh * bLow, mid2 = aLow * bHigh;
    const quint64 middle = (low >> 32) + (mid1 & 0xffffffffu) + (mid2 & 0xffffffffu);
    const quint64 high = aHigh * bHigh + (mid1 >> 32) + (mid2 >> 32) + (middle >> 32);
    return ((middle << 32) | (low & 0xffffffffu)) ^ high;
#endif
}

using PairKey = AccessIndex::PairKey;

inline PairKey pairKey(size_t level, size_t pair)
{
    PairKey key{wordKey(level, 2 * pair), wordKey(level, 2 * pair + 1), 0};
    key.empty = foldedProduct(key.first, key.second);
    return key;
}

// The term of a pair of words: each word plus its key, multiplied (128 bits, folded), less
// the same of two zero words. A change of either word changes the product by the change
// times the other factor, so every bit counts where it sits; two zero words give 0 (a level
// a row lacks needs no work); one multiply per two words, no branch.
inline quint64 pairTerm(quint64 first, quint64 second, const PairKey &key)
{
    return foldedProduct(first + key.first, second + key.second) - key.empty;
}

// pairKey() for levels 0-6 and the pairs of `words` words (the last one alone with a zero
// word when `words` is odd), at [level * pairs + pair].
std::vector<PairKey> pairKeys(size_t words)
{
    const size_t pairs = (words + 1) / 2;
    std::vector<PairKey> keys(7 * pairs);
    for (size_t level = 0; level < 7; ++level) {
        for (size_t p = 0; p < pairs; ++p)
            keys[level * pairs + p] = pairKey(level, p);
    }
    return keys;
}

} // namespace

quint64 AccessIndex::rowChecksum(const RowBits &row)
{
    quint64 sum = 0;
    for (size_t level = size_t(Level::Reporter); level < row.levels.size(); ++level) {
        const std::vector<quint64> &words = row.levels[level];
        for (size_t w = 0; w < words.size(); w += 2)
            sum += pairTerm(words[w], w + 1 < words.size() ? words[w + 1] : 0, pairKey(level, w / 2));
    }
    return finalMix(sum);
}

quint64 AccessIndex::accountChecksum(qsizetype accountPos, quint64 rowChecksum)
{
    return finalMix(rowChecksum + finalMix(quint64(accountPos) + 0x9e3779b97f4a7c15ULL));
}

quint64 AccessIndex::groupChecksum(qsizetype group, const PairKey *keys,
                                   std::vector<quint64> &scratch) const
{
    const size_t n = words();
    if (group == NoAccessGroup || n == 0)
        return 0; // no set bit: rowChecksum() of empty masks
    const size_t pairs = (n + 1) / 2;
    if (group == AdminGroup) {
        const PairKey *key = keys + size_t(Level::Admin) * pairs;
        const auto all = [this](size_t w) {
            if (w << 6 >= m_datastoreIds.size())
                return quint64(0);
            const size_t tail = m_datastoreIds.size() - (w << 6);
            return tail >= 64 ? ~quint64(0) : (quint64(1) << tail) - 1;
        };
        quint64 sum = 0;
        for (size_t p = 0; p < pairs; ++p)
            sum += pairTerm(all(2 * p), all(2 * p + 1), key[p]);
        return finalMix(sum);
    }
    // Only the levels some team of the group grants, resolved highest first, each word's term
    // added as it is resolved (the masks are never stored). A level granted by one team alone
    // (most are) is read straight from that team's bitset; only the others are ORed.
    const QList<qsizetype> &teams = m_groupTeams[size_t(group)];
    std::array<int, 7> teamsAt{};
    std::array<const quint64 *, 7> onlyTeam{};
    const auto note = [&](const TeamEntry &team) {
        const size_t level = levelOf(team);
        if (teamsAt[level]++ == 0)
            onlyTeam[level] = team.bits.data();
    };
    if (m_publicTeam >= 0)
        note(m_teams[size_t(m_publicTeam)]);
    for (qsizetype t : teams)
        note(m_teams[size_t(t)]);
    scratch.resize(5 * n);
    std::array<const quint64 *, 5> levels{};
    std::array<const PairKey *, 5> levelKeys{};
    std::array<quint64 *, 7> orInto{};
    size_t used = 0;
    for (size_t level = size_t(Level::Editor); level >= size_t(Level::Reporter); --level) {
        if (teamsAt[level] == 0)
            continue;
        if (teamsAt[level] == 1) {
            levels[used] = onlyTeam[level];
        } else {
            quint64 *bits = scratch.data() + used * n;
            std::fill(bits, bits + n, quint64(0));
            levels[used] = bits;
            orInto[level] = bits;
        }
        levelKeys[used++] = keys + level * pairs;
    }
    orGroupTeams(group, orInto); // the levels read straight from a team have no pointer
    quint64 sum = 0;
    for (size_t p = 0; p < n / 2; ++p) {
        quint64 takenFirst = 0, takenSecond = 0;
        for (size_t i = 0; i < used; ++i) {
            const quint64 first = levels[i][2 * p], second = levels[i][2 * p + 1];
            sum += pairTerm(first & ~takenFirst, second & ~takenSecond, levelKeys[i][p]);
            takenFirst |= first;
            takenSecond |= second;
        }
    }
    if (n & 1) { // the last word alone, with a zero word
        quint64 taken = 0;
        for (size_t i = 0; i < used; ++i) {
            const quint64 word = levels[i][n - 1];
            sum += pairTerm(word & ~taken, 0, levelKeys[i][n / 2]);
            taken |= word;
        }
    }
    return finalMix(sum);
}

void AccessIndex::groupChecksums(const std::vector<qint64> &weights, size_t firstGroup, size_t endGroup,
                                 std::vector<quint64> &out) const
{
    const std::vector<PairKey> keys = pairKeys(words());
    std::vector<quint64> scratch;
    endGroup = std::min({endGroup, weights.size(), m_groupTeams.size(), out.size()});
    for (size_t g = firstGroup; g < endGroup; ++g) {
#if defined(__GNUC__)
        // Each group's team list is a heap block of its own: fetch the next ones while
        // this one is hashed, or every group starts with a cache miss.
        if (g + 4 < endGroup)
            __builtin_prefetch(m_groupTeams[g + 4].constData());
#endif
        if (weights[g] != 0)
            out[g] = groupChecksum(qsizetype(g), keys.data(), scratch);
    }
}

quint64 AccessIndex::matrixChecksum(const std::vector<quint64> &groupChecksums, qsizetype firstAccount,
                                    qsizetype endAccount) const
{
    quint64 sum = 0;
    endAccount = std::min(endAccount, accountCount());
    for (qsizetype a = std::max<qsizetype>(firstAccount, 0); a < endAccount; ++a)
        sum += accountChecksum(a, groupChecksums[size_t(rowGroup(a))]);
    return sum;
}

quint64 AccessIndex::matrixChecksum(qsizetype firstAccount, qsizetype endAccount) const
{
    std::vector<qint64> weights(m_groupTeams.size(), 0);
    endAccount = std::min(endAccount, accountCount());
    for (qsizetype a = std::max<qsizetype>(firstAccount, 0); a < endAccount; ++a)
        ++weights[size_t(rowGroup(a))];
    std::vector<quint64> checksums(m_groupTeams.size(), 0);
    groupChecksums(weights, 0, checksums.size(), checksums);
    return matrixChecksum(checksums, firstAccount, endAccount);
}

void AccessIndex::computeReach() const
{
    m_reach.assign(m_datastoreIds.size(), 0);
    m_reachDirty.assign(m_datastoreIds.size(), false);
    // Stamp per account instead of a set: counting distinct members of several teams.
    std::vector<qsizetype> stamp(m_accounts.size(), -1);
    for (size_t d = 0; d < m_datastoreIds.size(); ++d) {
        int count = m_activeAdmins;
        bool viaPublic = false;
        for (qsizetype t : m_teamsHolding[d]) {
            if (m_teams[size_t(t)].isPublic) {
                viaPublic = true;
                break;
            }
        }
        if (viaPublic) {
            m_reach[d] = count + m_activeOthers;
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

// One datastore's reach, as computeReach() counts it.
int AccessIndex::reachOf(qsizetype datastorePos) const
{
    const QList<qsizetype> &holding = m_teamsHolding[size_t(datastorePos)];
    for (qsizetype t : holding) {
        if (m_teams[size_t(t)].isPublic)
            return m_activeAdmins + m_activeOthers;
    }
    if (m_reachStamp.size() != m_accounts.size()) {
        m_reachStamp.assign(m_accounts.size(), 0);
        m_reachGeneration = 0;
    }
    if (++m_reachGeneration == 0) { // wrapped: start the stamps afresh
        std::fill(m_reachStamp.begin(), m_reachStamp.end(), 0);
        m_reachGeneration = 1;
    }
    int count = m_activeAdmins;
    for (qsizetype t : holding) {
        for (qsizetype a : m_teams[size_t(t)].members) {
            const AccountEntry &account = m_accounts[size_t(a)];
            if (m_reachStamp[size_t(a)] == m_reachGeneration || !account.active || account.admin)
                continue;
            m_reachStamp[size_t(a)] = m_reachGeneration;
            ++count;
        }
    }
    return count;
}

int AccessIndex::reachCount(qsizetype datastorePos) const
{
    if (m_reach.size() != m_datastoreIds.size())
        computeReach();
    if (m_reachDirty[size_t(datastorePos)]) {
        m_reach[size_t(datastorePos)] = reachOf(datastorePos);
        m_reachDirty[size_t(datastorePos)] = false;
    }
    return m_reach[size_t(datastorePos)];
}

void AccessIndex::reachedBits(qsizetype accountPos, std::vector<quint64> &out) const
{
    out.assign(words(), 0);
    const AccountEntry &account = m_accounts[size_t(accountPos)];
    if (!account.active || out.empty())
        return;
    if (account.admin) {
        std::fill(out.begin(), out.end(), ~quint64(0));
        if (const size_t tail = m_datastoreIds.size() & 63)
            out.back() = (quint64(1) << tail) - 1;
        return;
    }
    auto orTeam = [&out](const TeamEntry &team) {
        for (size_t w = 0; w < out.size(); ++w)
            out[w] |= team.bits[w];
    };
    if (m_publicTeam >= 0)
        orTeam(m_teams[size_t(m_publicTeam)]);
    for (qsizetype t : account.teams)
        orTeam(m_teams[size_t(t)]);
}

void AccessIndex::adjustReach(const std::vector<quint64> &before, const std::vector<quint64> &after) const
{
    if (m_reach.size() != m_datastoreIds.size())
        return; // not computed yet: nothing to keep current
    for (size_t w = 0; w < before.size(); ++w) {
        for (quint64 gained = after[w] & ~before[w]; gained; gained &= gained - 1)
            ++m_reach[(w << 6) + size_t(std::countr_zero(gained))];
        for (quint64 lost = before[w] & ~after[w]; lost; lost &= lost - 1)
            --m_reach[(w << 6) + size_t(std::countr_zero(lost))];
    }
}

void AccessIndex::markReachDirty(const std::vector<quint64> &datastores) const
{
    if (m_reach.size() != m_datastoreIds.size())
        return;
    for (size_t w = 0; w < datastores.size(); ++w) {
        for (quint64 word = datastores[w]; word; word &= word - 1)
            m_reachDirty[(w << 6) + size_t(std::countr_zero(word))] = true;
    }
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/nameranks.h"

#include "models/sortkey.h"

#include <algorithm>
#include <numeric>

namespace Gatehouse {

namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

// Marker of a digit run: '0' keeps digit runs where digits sorted before (after space and
// punctuation, before letters). The length unit after it starts above zero so it never
// equals PackedKey's padding.
constexpr char16_t DigitRunMarker = u'0';
constexpr char16_t LengthBase = 0x31;
constexpr qsizetype MaxRunLength = 0xD7FF - LengthBase; // stay below the surrogates

} // namespace

QString naturalKey(QStringView foldedName)
{
    QString key;
    key.reserve(foldedName.size() + 4);
    const qsizetype size = foldedName.size();
    qsizetype i = 0;
    while (i < size) {
        if (!isAsciiDigit(foldedName[i])) {
            key += foldedName[i];
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < size && isAsciiDigit(foldedName[end]))
            ++end;
        qsizetype significant = i;
        while (significant < end && foldedName[significant] == u'0')
            ++significant;
        const qsizetype length = std::min(end - significant, MaxRunLength);
        key += QChar(DigitRunMarker);
        key += QChar(char16_t(LengthBase + length));
        key += foldedName.mid(significant, length);
        i = end;
    }
    return key;
}

void NameRanks::clear()
{
    m_ids.clear();
    m_keys.clear();
    m_rowIds.clear();
    m_rowRanks.clear();
    m_keyRanks.clear();
    m_dirty = true;
}

void NameRanks::assign(qsizetype count)
{
    clear();
    m_rowIds.assign(size_t(count), 0);
    m_rowRanks.assign(size_t(count), 0);
}

void NameRanks::insertRows(qsizetype first, qsizetype count)
{
    m_rowIds.insert(m_rowIds.begin() + first, size_t(count), 0);
    m_rowRanks.insert(m_rowRanks.begin() + first, size_t(count), 0);
}

void NameRanks::removeRows(qsizetype first, qsizetype count)
{
    m_rowIds.erase(m_rowIds.begin() + first, m_rowIds.begin() + first + count);
    m_rowRanks.erase(m_rowRanks.begin() + first, m_rowRanks.begin() + first + count);
}

void NameRanks::setName(qsizetype row, QStringView foldedName)
{
    const QString key = naturalKey(foldedName);
    auto known = m_ids.constFind(key);
    if (known == m_ids.cend()) {
        known = m_ids.insert(key, quint32(m_keys.size()));
        m_keys.append(key);
        m_dirty = true;
    }
    m_rowIds[size_t(row)] = known.value();
    if (!m_dirty)
        m_rowRanks[size_t(row)] = m_keyRanks[known.value()];
}

void NameRanks::ensureRanks() const
{
    if (!m_dirty)
        return;
    const qsizetype count = m_keys.size();
    std::vector<PackedKey> packed;
    packed.reserve(size_t(count));
    for (const QString &key : m_keys)
        packed.push_back(PackedKey::from(key));
    std::vector<quint32> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        return keyLess(packed[a], packed[b], [&] { return std::pair(m_keys.at(a), m_keys.at(b)); });
    });
    m_keyRanks.assign(size_t(count), 0);
    for (size_t rank = 0; rank < order.size(); ++rank)
        m_keyRanks[order[rank]] = quint32(rank);
    for (size_t row = 0; row < m_rowIds.size(); ++row)
        m_rowRanks[row] = m_keyRanks[m_rowIds[row]];
    m_dirty = false;
}

std::vector<int> NameRanks::ascendingRows() const
{
    ensureRanks();
    // Rows per rank, then each row at the next free place of its rank: stable by row.
    std::vector<size_t> start(m_keys.size() + 1, 0);
    for (quint32 rank : m_rowRanks)
        ++start[size_t(rank) + 1];
    for (size_t rank = 1; rank < start.size(); ++rank)
        start[rank] += start[rank - 1];
    std::vector<int> rows(m_rowRanks.size());
    for (size_t row = 0; row < m_rowRanks.size(); ++row)
        rows[start[m_rowRanks[row]]++] = int(row);
    return rows;
}

} // namespace Gatehouse

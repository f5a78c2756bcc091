// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

#include <algorithm>
#include <array>
#include <limits>

namespace Gatehouse {

// The first twelve UTF-16 code units of a folded key packed into three integers, with the
// key's length, so that sorting 50,000 names compares integers held in one contiguous
// array instead of chasing string pointers. Ordering agrees with QStringView::compare's
// code-unit order: units are packed most significant first and a shorter key is padded
// with zero, which sorts first. Only two keys longer than twelve units with equal prefixes
// fall back to comparing the strings, unless both carry the same `id`: a model may number
// its distinct keys (equal names in a big organisation are common) so that equal keys are
// known equal without reading them. 0 means "not numbered".
struct PackedKey
{
    static constexpr qsizetype Units = 12;

    std::array<quint64, 3> words{};
    qint32 length = 0;
    quint32 id = 0;

    static PackedKey from(QStringView key, quint32 id = 0)
    {
        PackedKey packed;
        packed.length = qint32(std::min<qsizetype>(key.size(), std::numeric_limits<qint32>::max()));
        packed.id = id;
        for (qsizetype i = 0; i < Units; ++i) {
            quint64 &word = packed.words[size_t(i / 4)];
            word <<= 16;
            if (i < key.size())
                word |= key[i].unicode();
        }
        return packed;
    }
};

// Strict weak ordering of two folded keys with their packed forms. `keys()` gives the two
// full keys and is called only when the packed forms cannot decide, so the common case
// reads nothing but the packed array.
template <typename FullKeys>
inline bool keyLess(const PackedKey &left, const PackedKey &right, FullKeys keys)
{
    for (size_t i = 0; i < left.words.size(); ++i) {
        if (left.words[i] != right.words[i])
            return left.words[i] < right.words[i];
    }
    if (left.id != 0 && left.id == right.id)
        return false;
    if (left.length <= PackedKey::Units || right.length <= PackedKey::Units)
        return left.length < right.length;
    const auto [leftKey, rightKey] = keys();
    return QStringView(leftKey).compare(QStringView(rightKey)) < 0;
}

} // namespace Gatehouse

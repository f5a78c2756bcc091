// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace Gatehouse {

// The folded search keys of a big table, one per row, as UTF-8 in one contiguous buffer in
// row order. A search over a million rows then reads memory front to back (a QString per
// row costs a cache miss per row) and takes half the bytes. Matching bytes is matching
// text: a UTF-8 needle occurs in a UTF-8 key exactly where the text occurs.
//
// An edit that makes a key longer appends it at the end; the buffer is compacted back to
// row order when the space left behind grows past half of it.
class SearchKeys
{
public:
    qsizetype size() const { return qsizetype(m_offsets.size()); }
    void clear();
    // `count` rows, every key empty.
    void assign(qsizetype count);
    void insertRows(qsizetype first, qsizetype count);
    void removeRows(qsizetype first, qsizetype count);
    void set(qsizetype row, QStringView foldedKey);
    QByteArrayView key(qsizetype row) const
    {
        return QByteArrayView(m_bytes.data() + m_offsets[size_t(row)], m_lengths[size_t(row)]);
    }

    // Words (folded like the keys) in the form the functions below take.
    static QList<QByteArray> prepare(const QStringList &foldedWords);
    // True when every word occurs in the row's key.
    bool contains(qsizetype row, const QList<QByteArray> &words) const;
    // flags[row] = contains(row, words) for every row; with `onlyFlagged`, rows whose flag is
    // 0 are not looked at and stay 0 (a refinement of the previous search). `flags` has
    // size() entries. Big tables are split across the global thread pool.
    void match(const QList<QByteArray> &words, std::vector<char> &flags, bool onlyFlagged) const;

private:
    void compactIfWasteful();

    std::vector<char> m_bytes;
    std::vector<quint32> m_offsets; // per row: start in m_bytes
    std::vector<quint32> m_lengths; // per row: bytes
    size_t m_unused = 0;            // bytes no row points at any more
};

} // namespace Gatehouse

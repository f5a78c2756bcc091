// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace Gatehouse {

// Key whose plain code-unit order is the natural order of a folded name: every run of
// ASCII digits becomes a marker, its significant length and its digits, so "events 3"
// sorts before "events 29" and "a 007" ties with "a 7". Text outside digit runs compares
// as it is; fold it first (searchKey) for case and accents.
QString naturalKey(QStringView foldedName);

// Natural order of a table's name column as one integer per row. The distinct names (few
// next to the rows in a big organisation) are ranked once, and again only after a name
// the table has not seen appears, so a sort compares two integers per step.
// Names of removed or renamed rows stay among the distinct names until clear(): harmless,
// they only keep their rank slot.
class NameRanks
{
public:
    void clear();
    // `count` rows with no name yet: set each with setName() before ranks are read.
    void assign(qsizetype count);
    void insertRows(qsizetype first, qsizetype count);
    void removeRows(qsizetype first, qsizetype count);
    void setName(qsizetype row, QStringView foldedName);

    bool less(qsizetype leftRow, qsizetype rightRow) const
    {
        ensureRanks();
        return m_rowRanks[size_t(leftRow)] < m_rowRanks[size_t(rightRow)];
    }
    // The row's natural key (what SortRole gives out).
    const QString &key(qsizetype row) const { return m_keys.at(m_rowIds[size_t(row)]); }
    // Ranks every distinct name if a new one appeared since the last call.
    void ensureRanks() const;
    // Every row in ascending natural order, equal names in row order: what a stable sort
    // by less() gives, in linear time (a counting sort over the ranks).
    std::vector<int> ascendingRows() const;

private:
    QHash<QString, quint32> m_ids;            // natural key -> index into m_keys
    QList<QString> m_keys;                    // distinct natural keys
    std::vector<quint32> m_rowIds;            // per row: index into m_keys
    mutable std::vector<quint32> m_rowRanks;  // per row: rank of its key
    mutable std::vector<quint32> m_keyRanks;  // per distinct key: its rank
    mutable bool m_dirty = true;
};

} // namespace Gatehouse

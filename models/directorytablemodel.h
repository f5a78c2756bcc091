// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace Gatehouse {

class Directory;
class SearchKeys;

// Base of the accounts, teams and datastores tables: one row per entity of the Directory,
// in the Directory's order (ascending id). Gives the fast proxy what it needs without
// QVariant traffic: a folded search key per row and a typed row comparison per column.
class DirectoryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        SortRole = Qt::UserRole + 1, // typed value used for sorting
        IdRole,                      // entity id (qint64)
    };

    explicit DirectoryTableModel(Directory *directory, QObject *parent = nullptr);

    Directory *directory() const { return m_directory; }

    // Folded (case, accents) text a search matches, computed once per row.
    virtual QStringView searchKey(int row) const = 0;
    // The same keys in one buffer, for tables big enough to need it; null: use searchKey().
    virtual const SearchKeys *searchKeys() const { return nullptr; }
    // Strict weak ordering of two rows on a column, ascending. Rows that must stay last
    // in both directions (e.g. "Never" in last active) are handled by `sortsLast()`.
    virtual bool lessThan(int column, int leftRow, int rightRow) const = 0;
    // True when the row's value in `column` sorts after every other in both directions.
    virtual bool sortsLast(int column, int row) const { Q_UNUSED(column); Q_UNUSED(row); return false; }

    // Row of an entity id, -1 when unknown.
    virtual int rowOfId(qint64 id) const = 0;

Q_SIGNALS:
    // Sort keys of these columns may have changed for rows first..last.
    void sortKeysChanged(int first, int last);

protected:
    Directory *m_directory = nullptr;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/directorytablemodel.h"

#include "core/types.h"
#include "models/nameranks.h"
#include "models/sortkey.h"

#include <QHash>
#include <QIcon>
#include <QList>

#include <vector>

namespace Gatehouse {

// Accounts of the Directory. Columns: name, e-mail, type (icon + text), role, teams (count,
// names in the tooltip), last active ("Never" when empty, sorted last in both directions),
// status (Active / Deactivated), created.
class AccountTableModel : public DirectoryTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn, EmailColumn, TypeColumn, RoleColumn, TeamsColumn,
        LastActiveColumn, StatusColumn, CreatedColumn, ColumnCount
    };
    explicit AccountTableModel(Directory *directory, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QStringView searchKey(int row) const override;
    bool lessThan(int column, int leftRow, int rightRow) const override;
    bool sortsLast(int column, int row) const override;
    int rowOfId(qint64 id) const override;

private:
    // What sorting and searching read per row, computed once per change of the row.
    struct RowKeys {
        QString search;          // folded "name e-mail"
        QString rawName;         // the texts `search` was folded from (shared, not copied)
        QString rawEmail;
        qsizetype nameLength = 0; // the name is search.left(nameLength)
        qint64 lastActive = 0;   // ms since epoch; the lowest value for never
        qint64 created = 0;
        QStringView name() const { return QStringView(search).left(nameLength); }
        QStringView email() const { return QStringView(search).mid(nameLength + 1); }
    };
    RowKeys makeKeys(qsizetype row) const;
    void rebuildKeys();
    void packKeys(qsizetype row);
    QString teamNames(qsizetype row) const;
    QIcon typeIcon(AccountType type) const;

    std::vector<RowKeys> m_keys;
    NameRanks m_names; // natural order of the names, as ranks
    // Packed e-mail keys apart from the rest: a sort reads nothing else.
    std::vector<PackedKey> m_emailKeys;
    mutable QIcon m_humanIcon;   // painted on first use: needs a QGuiApplication
    mutable QIcon m_serviceIcon;
};

} // namespace Gatehouse

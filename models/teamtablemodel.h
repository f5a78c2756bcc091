// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"
#include "models/directorytablemodel.h"
#include "models/nameranks.h"
#include "models/sortkey.h"

#include <QDateTime>

#include <vector>

namespace Gatehouse {

// Teams: name (Public marked, description as tooltip), description, permission, members
// (count; Public counts every account), datastores (count), created (relative; exact in
// the tooltip).
class TeamTableModel : public DirectoryTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn, DescriptionColumn, PermissionColumn, MembersColumn,
        DatastoresColumn, CreatedColumn, ColumnCount
    };
    explicit TeamTableModel(Directory *directory, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QStringView searchKey(int row) const override;
    bool lessThan(int column, int leftRow, int rightRow) const override;
    int rowOfId(qint64 id) const override;

    // Time the "created" column counts back from; invalid (the default) means the clock.
    void setCurrentTime(const QDateTime &now);

private:
    struct RowKeys {
        QString search;           // folded "name description"
        qsizetype nameLength = 0; // the name is search.left(nameLength)
        PackedKey descriptionPacked;
        QStringView name() const { return QStringView(search).left(nameLength); }
        QStringView description() const { return QStringView(search).mid(nameLength + 1); }
    };
    RowKeys makeKeys(qsizetype row) const;
    void rebuildKeys();
    QVariant cellData(const Team &team, qsizetype row, Column column, int role) const;
    int memberCount(qsizetype row) const;
    void columnChanged(int column);

    std::vector<RowKeys> m_keys;
    NameRanks m_names; // natural order of the names, as ranks
    QDateTime m_now;
};

} // namespace Gatehouse

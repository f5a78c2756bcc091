// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"
#include "models/directorytablemodel.h"
#include "models/nameranks.h"
#include "models/sortkey.h"

#include <optional>
#include <vector>

namespace Gatehouse {

// Datastores: name, kind, connection, teams with their levels ("Finance (Viewer), Public
// (Reporter)"), number of active accounts that reach it, created.
class DatastoreTableModel : public DirectoryTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn, KindColumn, ConnectionColumn, TeamsColumn, ReachColumn,
        CreatedColumn, ColumnCount
    };
    explicit DatastoreTableModel(Directory *directory, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QStringView searchKey(int row) const override;
    bool lessThan(int column, int leftRow, int rightRow) const override;
    int rowOfId(qint64 id) const override;

private:
    struct RowKeys {
        QString search;           // folded "name connection"
        qsizetype nameLength = 0; // the name is search.left(nameLength)
        PackedKey connectionPacked;
        QStringView name() const { return QStringView(search).left(nameLength); }
        QStringView connection() const { return QStringView(search).mid(nameLength + 1); }
    };
    RowKeys makeKeys(qsizetype row) const;
    void rebuildKeys();
    QVariant cellData(const Datastore &datastore, qsizetype row, Column column, int role) const;
    // "Finance (Viewer), Public (Reporter)", built on first use after each access change.
    const QString &teamsText(qsizetype row) const;
    void accessColumnsChanged();

    std::vector<RowKeys> m_keys;
    NameRanks m_names; // natural order of the names, as ranks
    mutable std::vector<std::optional<QString>> m_teamsText;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessdiff.h"

#include <QAbstractTableModel>

namespace Gatehouse {

// The preview's expandable list: one row per changed (account, datastore) cell of an
// AccessDiff. Columns: account, datastore, before, after, change ("gains", "loses",
// "raised", "lowered"). Names come from the two snapshots (a deleted datastore's name from
// `before`). Qt::ForegroundRole marks gains and losses; the text says it too.
class AccessDiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { AccountColumn, DatastoreColumn, BeforeColumn, AfterColumn, ChangeColumn, ColumnCount };

    explicit AccessDiffModel(QObject *parent = nullptr);

    void setDiff(const AccessDiff &diff, const Snapshot &before, const Snapshot &after); // one reset
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    enum class Change { Gains, Loses, Raised, Lowered };
    struct Row { QString account, datastore; Level before = Level::None, after = Level::None; };
    static Change changeOf(const Row &row);
    QList<Row> m_rows;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessindex.h"

#include <QAbstractTableModel>

#include <vector>

namespace Gatehouse {

// Two rows of the matrix side by side, differences only: one row per datastore where the
// left and right levels differ. The sides are an account's row or what a team grants.
class CompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DatastoreColumn, LeftColumn, RightColumn, ColumnCount };
    enum DataRole { SortRole = Qt::UserRole + 1, LevelRole };

    struct Row
    {
        Id datastore = 0;
        QString name;
        Level left = Level::None;
        Level right = Level::None;
        friend bool operator==(const Row &, const Row &) = default;
    };

    explicit CompareModel(QObject *parent = nullptr);

    // Datastores (ascending position) where the two rows differ.
    static QList<Row> differences(const Snapshot &snapshot, const std::vector<Level> &left,
                                  const std::vector<Level> &right);

    void setRows(QList<Row> rows, const QString &leftTitle, const QString &rightTitle); // one reset
    const QList<Row> &rows() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    QString m_leftTitle;
    QString m_rightTitle;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/comparemodel.h"

#include "core/accessviews.h"
#include "models/displaytext.h"

using namespace Qt::StringLiterals;

namespace Gatehouse {

CompareModel::CompareModel(QObject *parent)
    : QAbstractTableModel(parent), m_leftTitle(tr("Left")), m_rightTitle(tr("Right"))
{
}

QList<CompareModel::Row> CompareModel::differences(const Snapshot &snapshot, const std::vector<Level> &left,
                                                   const std::vector<Level> &right)
{
    QList<Row> rows;
    for (const RowDifference &difference : compareRows(left, right)) {
        if (difference.datastorePos >= snapshot.datastores.size())
            continue;
        const Datastore &datastore = snapshot.datastores.at(difference.datastorePos);
        rows.append(Row{datastore.id, datastore.name, difference.left, difference.right});
    }
    return rows;
}

void CompareModel::setRows(QList<Row> rows, const QString &leftTitle, const QString &rightTitle)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_leftTitle = leftTitle;
    m_rightTitle = rightTitle;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const Level level = index.column() == LeftColumn ? row.left : row.right;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == DatastoreColumn)
            return row.name;
        return level == Level::None ? tr("—") : DisplayText::level(level);
    case SortRole:
        if (index.column() == DatastoreColumn)
            return row.name.toCaseFolded();
        return int(level);
    case LevelRole:
        return index.column() == DatastoreColumn ? QVariant() : QVariant(int(level));
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DatastoreColumn: return tr("Datastore");
    case LeftColumn: return m_leftTitle;
    case RightColumn: return m_rightTitle;
    default: return {};
    }
}

} // namespace Gatehouse

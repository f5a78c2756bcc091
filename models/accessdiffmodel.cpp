// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/accessdiffmodel.h"
#include "models/newscolours.h"

#include "models/displaytext.h"

#include <QColor>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// Entity of `id` in a list ascending by id (the snapshot's order), or null.
template <typename T>
const T *findById(const QList<T> &list, Id id)
{
    const auto it = std::lower_bound(list.cbegin(), list.cend(), id,
                                     [](const T &item, Id wanted) { return item.id < wanted; });
    return it != list.cend() && it->id == id ? &*it : nullptr;
}

// The name in `after`, else in `before` (a deleted entity), else the id.
template <typename T>
QString nameIn(const QList<T> &after, const QList<T> &before, Id id)
{
    if (const T *item = findById(after, id))
        return item->name;
    if (const T *item = findById(before, id))
        return item->name;
    return u"#%1"_s.arg(id);
}

} // namespace

AccessDiffModel::AccessDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AccessDiffModel::setDiff(const AccessDiff &diff, const Snapshot &before, const Snapshot &after)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(diff.changes.size());
    for (const AccessChange &change : diff.changes) {
        Row row;
        row.account = nameIn(after.accounts, before.accounts, change.account);
        row.datastore = nameIn(after.datastores, before.datastores, change.datastore);
        row.before = change.before;
        row.after = change.after;
        m_rows.append(std::move(row));
    }
    endResetModel();
}

void AccessDiffModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

AccessDiffModel::Change AccessDiffModel::changeOf(const Row &row)
{
    if (row.before == Level::None)
        return Change::Gains;
    if (row.after == Level::None)
        return Change::Loses;
    return row.after > row.before ? Change::Raised : Change::Lowered;
}

int AccessDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccessDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccessDiffModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows.at(index.row());
    const auto column = Column(index.column());
    const Change change = changeOf(row);

    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case AccountColumn: return row.account;
        case DatastoreColumn: return row.datastore;
        case BeforeColumn: return row.before == Level::None ? tr("none") : DisplayText::level(row.before);
        case AfterColumn: return row.after == Level::None ? tr("none") : DisplayText::level(row.after);
        case ChangeColumn:
            switch (change) {
            case Change::Gains: return tr("gains");
            case Change::Loses: return tr("loses");
            case Change::Raised: return tr("raised");
            case Change::Lowered: return tr("lowered");
            }
            return {};
        case ColumnCount: break;
        }
        return {};
    case Qt::ForegroundRole:
        // Colour repeats what the change column says, for a quick scan of a long list.
        if (column != ChangeColumn && column != AfterColumn)
            return {};
        switch (change) {
        case Change::Gains:
        case Change::Raised:
            return positiveTextColour();
        case Change::Loses:
        case Change::Lowered:
            return negativeTextColour();
        }
        return {};
    default:
        return {};
    }
}

QVariant AccessDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case AccountColumn: return tr("Account");
    case DatastoreColumn: return tr("Datastore");
    case BeforeColumn: return tr("Before");
    case AfterColumn: return tr("After");
    case ChangeColumn: return tr("Change");
    case ColumnCount: break;
    }
    return {};
}

} // namespace Gatehouse

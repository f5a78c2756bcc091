// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/datastoretablemodel.h"

#include "core/directory.h"
#include "core/textfold.h"
#include "models/displaytext.h"
#include "models/sortkey.h"

using namespace Qt::StringLiterals;

namespace Gatehouse {

DatastoreTableModel::DatastoreTableModel(Directory *directory, QObject *parent)
    : DirectoryTableModel(directory, parent)
{
    rebuildKeys();
    connect(directory, &Directory::aboutToReset, this, [this] { beginResetModel(); });
    connect(directory, &Directory::reset, this, [this] {
        rebuildKeys();
        endResetModel();
    });
    connect(directory, &Directory::datastoresAboutToBeInserted, this,
            [this](qsizetype first, qsizetype last) { beginInsertRows({}, int(first), int(last)); });
    connect(directory, &Directory::datastoresInserted, this, [this](qsizetype first, qsizetype last) {
        std::vector<RowKeys> added;
        for (qsizetype row = first; row <= last; ++row)
            added.push_back(makeKeys(row));
        m_keys.insert(m_keys.begin() + first, std::make_move_iterator(added.begin()),
                      std::make_move_iterator(added.end()));
        m_names.insertRows(first, last - first + 1);
        for (qsizetype row = first; row <= last; ++row)
            m_names.setName(row, m_keys[size_t(row)].name());
        m_teamsText.insert(m_teamsText.begin() + first, size_t(last - first + 1), std::nullopt);
        endInsertRows();
    });
    connect(directory, &Directory::datastoresChanged, this, [this](qsizetype first, qsizetype last) {
        for (qsizetype row = first; row <= last; ++row) {
            m_keys[size_t(row)] = makeKeys(row);
            m_names.setName(row, m_keys[size_t(row)].name());
        }
        Q_EMIT dataChanged(index(int(first), 0), index(int(last), ColumnCount - 1));
        Q_EMIT sortKeysChanged(int(first), int(last));
    });
    connect(directory, &Directory::datastoresAboutToBeRemoved, this,
            [this](qsizetype first, qsizetype last) { beginRemoveRows({}, int(first), int(last)); });
    connect(directory, &Directory::datastoresRemoved, this, [this](qsizetype first, qsizetype last) {
        m_keys.erase(m_keys.begin() + first, m_keys.begin() + last + 1);
        m_names.removeRows(first, last - first + 1);
        m_teamsText.erase(m_teamsText.begin() + first, m_teamsText.begin() + last + 1);
        endRemoveRows();
    });
    // Team names, levels and reach all come from the access index, rebuilt by any change.
    connect(directory, &Directory::accessChanged, this, &DatastoreTableModel::accessColumnsChanged);
}

DatastoreTableModel::RowKeys DatastoreTableModel::makeKeys(qsizetype row) const
{
    const Datastore &datastore = m_directory->datastores().at(row);
    RowKeys keys;
    const QString name = Gatehouse::searchKey(datastore.name);
    keys.search = name + u' ' + Gatehouse::searchKey(datastore.connection);
    keys.nameLength = name.size();
    keys.connectionPacked = PackedKey::from(keys.connection());
    return keys;
}

void DatastoreTableModel::rebuildKeys()
{
    const qsizetype count = m_directory->datastores().size();
    m_keys.clear();
    m_keys.reserve(size_t(count));
    for (qsizetype row = 0; row < count; ++row)
        m_keys.push_back(makeKeys(row));
    m_names.assign(count);
    for (qsizetype row = 0; row < count; ++row)
        m_names.setName(row, m_keys[size_t(row)].name());
    m_teamsText.assign(size_t(count), std::nullopt);
}

void DatastoreTableModel::accessColumnsChanged()
{
    std::fill(m_teamsText.begin(), m_teamsText.end(), std::nullopt);
    if (m_keys.empty())
        return;
    const int last = int(m_keys.size()) - 1;
    Q_EMIT dataChanged(index(0, TeamsColumn), index(last, ReachColumn));
    Q_EMIT sortKeysChanged(0, last);
}

const QString &DatastoreTableModel::teamsText(qsizetype row) const
{
    std::optional<QString> &cached = m_teamsText[size_t(row)];
    if (!cached) {
        QStringList parts;
        const QList<Team> &teams = m_directory->teams();
        for (qsizetype pos : m_directory->access().teamsHolding(row)) {
            const Team &team = teams.at(pos);
            parts.append(tr("%1 (%2)").arg(team.name, DisplayText::level(team.permission)));
        }
        cached = parts.join(u", "_s);
    }
    return *cached;
}

int DatastoreTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int DatastoreTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DatastoreTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const qsizetype row = index.row();
    return cellData(m_directory->datastores().at(row), row, Column(index.column()), role);
}

void DatastoreTableModel::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    // Every role a delegate asks for a cell, in one pass (see AccountTableModel::multiData).
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const qsizetype row = index.row();
    const Datastore &datastore = m_directory->datastores().at(row);
    const auto column = Column(index.column());
    for (QModelRoleData &roleData : roleDataSpan)
        roleData.setData(cellData(datastore, row, column, roleData.role()));
}

QVariant DatastoreTableModel::cellData(const Datastore &datastore, qsizetype row, Column column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return datastore.name;
        case KindColumn: return DisplayText::datastoreKind(datastore.kind);
        case ConnectionColumn: return datastore.connection;
        case TeamsColumn: return teamsText(row);
        case ReachColumn: return m_directory->access().reachCount(row);
        case CreatedColumn: return DisplayText::date(datastore.created);
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case TeamsColumn:
            if (m_directory->access().teamsHolding(row).isEmpty())
                return tr("In no team: only Admins reach it");
            return teamsText(row);
        case ReachColumn: return tr("Active accounts with any access, Admins included");
        case CreatedColumn: return DisplayText::exactTime(datastore.created);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (column == ReachColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (column) {
        case NameColumn: return m_names.key(row);
        case KindColumn: return int(datastore.kind);
        case ConnectionColumn: return m_keys[size_t(row)].connection().toString();
        case TeamsColumn: return teamsText(row);
        case ReachColumn: return m_directory->access().reachCount(row);
        case CreatedColumn: return datastore.created;
        case ColumnCount: break;
        }
        return {};
    case IdRole:
        return datastore.id;
    default:
        return {};
    }
}

QVariant DatastoreTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case ConnectionColumn: return tr("Connection");
    case TeamsColumn: return tr("Teams");
    case ReachColumn: return tr("Reach");
    case CreatedColumn: return tr("Created");
    case ColumnCount: break;
    }
    return {};
}

QStringView DatastoreTableModel::searchKey(int row) const
{
    return m_keys[size_t(row)].search;
}

bool DatastoreTableModel::lessThan(int column, int leftRow, int rightRow) const
{
    const RowKeys &l = m_keys[size_t(leftRow)];
    const RowKeys &r = m_keys[size_t(rightRow)];
    const QList<Datastore> &datastores = m_directory->datastores();
    switch (Column(column)) {
    case NameColumn:
        return m_names.less(leftRow, rightRow);
    case KindColumn: return datastores.at(leftRow).kind < datastores.at(rightRow).kind;
    case ConnectionColumn:
        return keyLess(l.connectionPacked, r.connectionPacked,
                       [&] { return std::pair(l.connection(), r.connection()); });
    case TeamsColumn: return teamsText(leftRow).compare(teamsText(rightRow), Qt::CaseInsensitive) < 0;
    case ReachColumn: return m_directory->access().reachCount(leftRow) < m_directory->access().reachCount(rightRow);
    case CreatedColumn: return datastores.at(leftRow).created < datastores.at(rightRow).created;
    case ColumnCount: break;
    }
    return false;
}

int DatastoreTableModel::rowOfId(qint64 id) const
{
    return int(m_directory->datastorePos(id));
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/teamtablemodel.h"

#include "core/directory.h"
#include "core/textfold.h"
#include "models/displaytext.h"
#include "models/sortkey.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace Gatehouse {

TeamTableModel::TeamTableModel(Directory *directory, QObject *parent)
    : DirectoryTableModel(directory, parent)
{
    rebuildKeys();
    connect(directory, &Directory::aboutToReset, this, [this] { beginResetModel(); });
    connect(directory, &Directory::reset, this, [this] {
        rebuildKeys();
        endResetModel();
    });
    connect(directory, &Directory::teamsAboutToBeInserted, this,
            [this](qsizetype first, qsizetype last) { beginInsertRows({}, int(first), int(last)); });
    connect(directory, &Directory::teamsInserted, this, [this](qsizetype first, qsizetype last) {
        std::vector<RowKeys> added;
        for (qsizetype row = first; row <= last; ++row)
            added.push_back(makeKeys(row));
        m_keys.insert(m_keys.begin() + first, std::make_move_iterator(added.begin()),
                      std::make_move_iterator(added.end()));
        m_names.insertRows(first, last - first + 1);
        for (qsizetype row = first; row <= last; ++row)
            m_names.setName(row, m_keys[size_t(row)].name());
        endInsertRows();
    });
    connect(directory, &Directory::teamsChanged, this, [this](qsizetype first, qsizetype last) {
        for (qsizetype row = first; row <= last; ++row) {
            m_keys[size_t(row)] = makeKeys(row);
            m_names.setName(row, m_keys[size_t(row)].name());
        }
        Q_EMIT dataChanged(index(int(first), 0), index(int(last), ColumnCount - 1));
        Q_EMIT sortKeysChanged(int(first), int(last));
    });
    connect(directory, &Directory::teamsAboutToBeRemoved, this,
            [this](qsizetype first, qsizetype last) { beginRemoveRows({}, int(first), int(last)); });
    connect(directory, &Directory::teamsRemoved, this, [this](qsizetype first, qsizetype last) {
        m_keys.erase(m_keys.begin() + first, m_keys.begin() + last + 1);
        m_names.removeRows(first, last - first + 1);
        endRemoveRows();
    });
    // Public counts every account.
    connect(directory, &Directory::accountsInserted, this, [this] {
        const qsizetype publicPos = m_directory->publicTeamPos();
        if (publicPos >= 0 && publicPos < qsizetype(m_keys.size())) {
            const QModelIndex cell = index(int(publicPos), MembersColumn);
            Q_EMIT dataChanged(cell, cell);
            Q_EMIT sortKeysChanged(int(publicPos), int(publicPos));
        }
    });
}

void TeamTableModel::setCurrentTime(const QDateTime &now)
{
    m_now = now;
    columnChanged(CreatedColumn);
}

void TeamTableModel::columnChanged(int column)
{
    if (m_keys.empty())
        return;
    const int last = int(m_keys.size()) - 1;
    Q_EMIT dataChanged(index(0, column), index(last, column));
    Q_EMIT sortKeysChanged(0, last);
}

TeamTableModel::RowKeys TeamTableModel::makeKeys(qsizetype row) const
{
    const Team &team = m_directory->teams().at(row);
    RowKeys keys;
    const QString name = Gatehouse::searchKey(team.name);
    keys.search = name + u' ' + Gatehouse::searchKey(team.description);
    keys.nameLength = name.size();
    keys.descriptionPacked = PackedKey::from(keys.description());
    return keys;
}

void TeamTableModel::rebuildKeys()
{
    const qsizetype count = m_directory->teams().size();
    m_keys.clear();
    m_keys.reserve(size_t(count));
    for (qsizetype row = 0; row < count; ++row)
        m_keys.push_back(makeKeys(row));
    m_names.assign(count);
    for (qsizetype row = 0; row < count; ++row)
        m_names.setName(row, m_keys[size_t(row)].name());
}

int TeamTableModel::memberCount(qsizetype row) const
{
    const Team &team = m_directory->teams().at(row);
    return int(team.isPublic ? m_directory->accounts().size() : team.members.size());
}

int TeamTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int TeamTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TeamTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const qsizetype row = index.row();
    return cellData(m_directory->teams().at(row), row, Column(index.column()), role);
}

void TeamTableModel::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    // Every role a delegate asks for a cell, in one pass (see AccountTableModel::multiData).
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const qsizetype row = index.row();
    const Team &team = m_directory->teams().at(row);
    const auto column = Column(index.column());
    for (QModelRoleData &roleData : roleDataSpan)
        roleData.setData(cellData(team, row, column, roleData.role()));
}

QVariant TeamTableModel::cellData(const Team &team, qsizetype row, Column column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return team.name;
        case DescriptionColumn: return team.description;
        case PermissionColumn: return DisplayText::level(team.permission);
        case MembersColumn: return memberCount(row);
        case DatastoresColumn: return int(team.datastores.size());
        case CreatedColumn:
            return DisplayText::relativeTime(team.created,
                                             m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc());
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case NameColumn:
            if (team.isPublic) {
                const QString everyone = tr("Every account is a member of the Public team.");
                return team.description.isEmpty() ? everyone : team.description + u'\n' + everyone;
            }
            return team.description.isEmpty() ? QVariant() : QVariant(team.description);
        case DescriptionColumn:
            return team.description.isEmpty() ? QVariant() : QVariant(team.description);
        case CreatedColumn: return DisplayText::exactTime(team.created);
        default: return {};
        }
    case Qt::FontRole:
        if (team.isPublic && column == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == MembersColumn || column == DatastoresColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (column) {
        case NameColumn: return m_names.key(row);
        case DescriptionColumn: return m_keys[size_t(row)].description().toString();
        case PermissionColumn: return int(team.permission);
        case MembersColumn: return memberCount(row);
        case DatastoresColumn: return int(team.datastores.size());
        case CreatedColumn: return team.created;
        case ColumnCount: break;
        }
        return {};
    case IdRole:
        return team.id;
    default:
        return {};
    }
}

QVariant TeamTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case DescriptionColumn: return tr("Description");
    case PermissionColumn: return tr("Permission");
    case MembersColumn: return tr("Members");
    case DatastoresColumn: return tr("Datastores");
    case CreatedColumn: return tr("Created");
    case ColumnCount: break;
    }
    return {};
}

QStringView TeamTableModel::searchKey(int row) const
{
    return m_keys[size_t(row)].search;
}

bool TeamTableModel::lessThan(int column, int leftRow, int rightRow) const
{
    const RowKeys &l = m_keys[size_t(leftRow)];
    const RowKeys &r = m_keys[size_t(rightRow)];
    const QList<Team> &teams = m_directory->teams();
    switch (Column(column)) {
    case NameColumn:
        return m_names.less(leftRow, rightRow);
    case DescriptionColumn:
        return keyLess(l.descriptionPacked, r.descriptionPacked,
                       [&] { return std::pair(l.description(), r.description()); });
    case PermissionColumn: return teams.at(leftRow).permission < teams.at(rightRow).permission;
    case MembersColumn: return memberCount(leftRow) < memberCount(rightRow);
    case DatastoresColumn: return teams.at(leftRow).datastores.size() < teams.at(rightRow).datastores.size();
    case CreatedColumn: return teams.at(leftRow).created < teams.at(rightRow).created;
    case ColumnCount: break;
    }
    return false;
}

int TeamTableModel::rowOfId(qint64 id) const
{
    return int(m_directory->teamPos(id));
}

} // namespace Gatehouse

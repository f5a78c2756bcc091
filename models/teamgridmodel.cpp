// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/teamgridmodel.h"

#include "core/directory.h"
#include "core/textfold.h"
#include "models/displaytext.h"
#include "models/searchwords.h"

#include <QColor>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

bool matches(const QString &name, const QStringList &words)
{
    if (words.isEmpty())
        return true;
    const QString key = searchKey(name);
    return std::all_of(words.cbegin(), words.cend(),
                       [&key](const QString &word) { return containsWord(key, word); });
}

} // namespace

TeamGridModel::TeamGridModel(Directory *directory, QObject *parent)
    : QAbstractTableModel(parent), m_directory(directory)
{
    rebuild();
    connect(m_directory, &Directory::reset, this, &TeamGridModel::resetAll);
    connect(m_directory, &Directory::teamsInserted, this, &TeamGridModel::resetAll);
    connect(m_directory, &Directory::teamsRemoved, this, &TeamGridModel::resetAll);
    connect(m_directory, &Directory::datastoresInserted, this, &TeamGridModel::resetAll);
    connect(m_directory, &Directory::datastoresRemoved, this, &TeamGridModel::resetAll);
    connect(m_directory, &Directory::datastoresChanged, this, [this] {
        if (!m_datastores.empty())
            Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    });
    connect(m_directory, &Directory::teamsChanged, this, &TeamGridModel::teamsChanged);
}

void TeamGridModel::rebuild()
{
    m_teams.clear();
    m_datastores.clear();
    const QStringList teamWords = splitWords(searchKey(m_teamFilter));
    const QStringList datastoreWords = splitWords(searchKey(m_datastoreFilter));
    const QList<Team> &teams = m_directory->teams();
    for (qsizetype i = 0; i < teams.size(); ++i) {
        if (matches(teams.at(i).name, teamWords))
            m_teams.push_back(i);
    }
    const QList<Datastore> &datastores = m_directory->datastores();
    for (qsizetype i = 0; i < datastores.size(); ++i) {
        if (matches(datastores.at(i).name, datastoreWords))
            m_datastores.push_back(i);
    }
}

void TeamGridModel::resetAll()
{
    beginResetModel();
    rebuild();
    endResetModel();
}

void TeamGridModel::teamsChanged(qsizetype first, qsizetype last)
{
    // A rename may move a team in or out of the filter: then the rows change.
    const QStringList words = splitWords(searchKey(m_teamFilter));
    for (qsizetype pos = first; pos <= last; ++pos) {
        const bool shown = std::binary_search(m_teams.cbegin(), m_teams.cend(), pos);
        if (shown != matches(m_directory->teams().at(pos).name, words)) {
            resetAll();
            return;
        }
    }
    for (qsizetype pos = first; pos <= last; ++pos) {
        const auto it = std::lower_bound(m_teams.cbegin(), m_teams.cend(), pos);
        if (it == m_teams.cend() || *it != pos || m_datastores.empty())
            continue;
        const int row = int(it - m_teams.cbegin());
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
        Q_EMIT headerDataChanged(Qt::Vertical, row, row);
    }
}

void TeamGridModel::setTeamFilter(const QString &text)
{
    if (text == m_teamFilter)
        return;
    m_teamFilter = text;
    resetAll();
}

void TeamGridModel::setDatastoreFilter(const QString &text)
{
    if (text == m_datastoreFilter)
        return;
    m_datastoreFilter = text;
    resetAll();
}

Id TeamGridModel::teamIdAt(int row) const
{
    return m_directory->teams().at(m_teams[size_t(row)]).id;
}

Id TeamGridModel::datastoreIdAt(int column) const
{
    return m_directory->datastores().at(m_datastores[size_t(column)]).id;
}

int TeamGridModel::rowOfTeam(Id teamId) const
{
    const qsizetype pos = m_directory->teamPos(teamId);
    const auto it = std::lower_bound(m_teams.cbegin(), m_teams.cend(), pos);
    return pos >= 0 && it != m_teams.cend() && *it == pos ? int(it - m_teams.cbegin()) : -1;
}

int TeamGridModel::columnOfDatastore(Id id) const
{
    const qsizetype pos = m_directory->datastorePos(id);
    const auto it = std::lower_bound(m_datastores.cbegin(), m_datastores.cend(), pos);
    return pos >= 0 && it != m_datastores.cend() && *it == pos ? int(it - m_datastores.cbegin()) : -1;
}

bool TeamGridModel::isAssigned(int row, int column) const
{
    const QList<Id> &held = m_directory->teams().at(m_teams[size_t(row)]).datastores;
    return std::binary_search(held.cbegin(), held.cend(), datastoreIdAt(column));
}

int TeamGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_teams.size());
}

int TeamGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_datastores.size());
}

QVariant TeamGridModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const int row = index.row();
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return isAssigned(row, column) ? DisplayText::level(m_directory->teams().at(m_teams[size_t(row)]).permission)
                                       : QString();
    case LevelRole:
        return isAssigned(row, column) ? int(m_directory->teams().at(m_teams[size_t(row)]).permission) : 0;
    case AssignedRole:
        return isAssigned(row, column);
    case TeamIdRole:
        return qlonglong(teamIdAt(row));
    case DatastoreIdRole:
        return qlonglong(datastoreIdAt(column));
    case Qt::ToolTipRole: {
        const Team &team = m_directory->teams().at(m_teams[size_t(row)]);
        const QString datastore = m_directory->datastores().at(m_datastores[size_t(column)]).name;
        return isAssigned(row, column)
                   ? tr("%1 grants %2 on %3").arg(team.name, DisplayText::level(team.permission), datastore)
                   : tr("%1 is not assigned %2").arg(team.name, datastore);
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::BackgroundRole: {
        if (!isAssigned(row, column))
            return {};
        // A light tint, darker for higher levels, so assignments stand out in a sparse grid;
        // the text names the level, so colour is never the only cue.
        const int level = int(m_directory->teams().at(m_teams[size_t(row)]).permission);
        return QColor::fromHsl(210, 160, 235 - level * 12);
    }
    case Qt::ForegroundRole:
        // The tint is light in both colour schemes: the text on it is dark in both, or a dark
        // scheme's light text would vanish on it.
        return isAssigned(row, column) ? QVariant(QColor(0x10, 0x10, 0x10)) : QVariant();
    }
    return {};
}

QVariant TeamGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= rowCount())
            return {};
        const Team &team = m_directory->teams().at(m_teams[size_t(section)]);
        return role == Qt::DisplayRole ? team.name
                                       : tr("%1 (%2)").arg(team.name, DisplayText::level(team.permission));
    }
    if (section < 0 || section >= columnCount())
        return {};
    const Datastore &datastore = m_directory->datastores().at(m_datastores[size_t(section)]);
    return role == Qt::DisplayRole ? datastore.name
                                   : tr("%1 (%2)").arg(datastore.name, datastore.connection);
}

} // namespace Gatehouse

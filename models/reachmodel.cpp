// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reachmodel.h"

#include "core/directory.h"
#include "core/textfold.h"
#include "models/displaytext.h"

using namespace Qt::StringLiterals;

namespace Gatehouse {

ReachModel::ReachModel(Directory *directory, QObject *parent)
    : QAbstractTableModel(parent), m_directory(directory)
{
    // Access may change anywhere after any commit: the list is read again. It is one
    // index row or column, cheap next to what a person can see change.
    connect(m_directory, &Directory::accessChanged, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
}

void ReachModel::setSubject(Subject subject, Id id)
{
    beginResetModel();
    m_subject = subject;
    m_subjectId = id;
    rebuild();
    endResetModel();
}

void ReachModel::rebuild()
{
    m_positions.clear();
    m_levels.clear();
    m_searchKeys.clear();
    const AccessIndex &index = m_directory->access();
    std::vector<Level> levels;
    if (m_subject == Subject::Datastore) {
        const qsizetype pos = m_directory->datastorePos(m_subjectId);
        if (pos >= 0)
            levels = index.column(pos);
    } else {
        const qsizetype pos = m_directory->accountPos(m_subjectId);
        if (pos >= 0)
            levels = index.row(pos);
    }
    for (size_t i = 0; i < levels.size(); ++i) {
        if (levels[i] == Level::None)
            continue;
        m_positions.push_back(qsizetype(i));
        m_levels.push_back(levels[i]);
    }
    m_searchKeys.resize(m_positions.size());
}

QString ReachModel::subjectName() const
{
    if (m_subject == Subject::Datastore) {
        const qsizetype pos = m_directory->datastorePos(m_subjectId);
        return pos < 0 ? QString() : m_directory->datastores().at(pos).name;
    }
    const qsizetype pos = m_directory->accountPos(m_subjectId);
    return pos < 0 ? QString() : m_directory->accounts().at(pos).name;
}

Id ReachModel::idAt(int row) const
{
    const qsizetype pos = m_positions[size_t(row)];
    return listsAccounts() ? m_directory->accounts().at(pos).id : m_directory->datastores().at(pos).id;
}

QList<Id> ReachModel::winningTeams(int row) const
{
    const qsizetype pos = m_positions[size_t(row)];
    const AccessIndex &index = m_directory->access();
    const qsizetype subjectPos = listsAccounts() ? m_directory->datastorePos(m_subjectId)
                                                 : m_directory->accountPos(m_subjectId);
    const Explanation why = listsAccounts() ? index.explain(pos, subjectPos) : index.explain(subjectPos, pos);
    return why.winningTeams;
}

QString ReachModel::via(int row) const
{
    if (m_levels[size_t(row)] == Level::Admin)
        return tr("Admin role");
    QStringList names;
    for (Id teamId : winningTeams(row))
        names.append(m_directory->teams().at(m_directory->teamPos(teamId)).name);
    return names.join(u", "_s);
}

QString ReachModel::viaReport(int row) const
{
    if (m_levels[size_t(row)] == Level::Admin)
        return u"role:Admin"_s;
    QStringList names;
    for (Id teamId : winningTeams(row))
        names.append(m_directory->teams().at(m_directory->teamPos(teamId)).name);
    return names.join(u';');
}

QString ReachModel::name(int row) const
{
    const qsizetype pos = m_positions[size_t(row)];
    return listsAccounts() ? m_directory->accounts().at(pos).name : m_directory->datastores().at(pos).name;
}

QString ReachModel::detail(int row) const
{
    const qsizetype pos = m_positions[size_t(row)];
    if (listsAccounts()) {
        const Account &account = m_directory->accounts().at(pos);
        return account.email.isEmpty() ? account.subject : account.email;
    }
    const Datastore &datastore = m_directory->datastores().at(pos);
    return tr("%1 · %2").arg(DisplayText::datastoreKind(datastore.kind), datastore.connection);
}

int ReachModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_positions.size());
}

int ReachModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReachModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn: return name(row);
        case DetailColumn: return detail(row);
        case LevelColumn: return DisplayText::level(m_levels[size_t(row)]);
        case ViaColumn: return via(row);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case NameColumn: return name(row);
        case DetailColumn: return detail(row);
        case LevelColumn: return int(m_levels[size_t(row)]);
        case ViaColumn: return via(row);
        }
        break;
    case IdRole:
        return qlonglong(idAt(row));
    case LevelRole:
        return int(m_levels[size_t(row)]);
    case ViaReportRole:
        return viaReport(row);
    case SearchRole: {
        QString &key = m_searchKeys[size_t(row)];
        if (key.isEmpty())
            key = searchKey(QString(name(row) + u' ' + detail(row)));
        return key;
    }
    }
    return {};
}

QVariant ReachModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn: return listsAccounts() ? tr("Account") : tr("Datastore");
    case DetailColumn: return listsAccounts() ? tr("E-mail or subject") : tr("Kind");
    case LevelColumn: return tr("Level");
    case ViaColumn: return tr("Via");
    }
    return {};
}

} // namespace Gatehouse

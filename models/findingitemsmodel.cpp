// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/findingitemsmodel.h"

#include "core/directory.h"
#include "models/displaytext.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Gatehouse {

FindingItemsModel::FindingItemsModel(Directory *directory, QObject *parent)
    : QAbstractTableModel(parent), m_directory(directory)
{
    // Positions go stale on any structural change; the owner sets the finding again after
    // a refresh, this only keeps data() from reading past the lists meanwhile.
    connect(m_directory, &Directory::aboutToReset, this, &FindingItemsModel::clear);
}

void FindingItemsModel::setFinding(const Finding &finding)
{
    beginResetModel();
    m_entity = finding.entity;
    m_ids.clear();
    m_positions.clear();
    for (Id id : finding.items) {
        qsizetype pos = -1;
        switch (finding.entity) {
        case Finding::Entity::Account: pos = m_directory->accountPos(id); break;
        case Finding::Entity::Team: pos = m_directory->teamPos(id); break;
        case Finding::Entity::Datastore: pos = m_directory->datastorePos(id); break;
        }
        if (pos < 0)
            continue;
        m_ids.append(id);
        m_positions.append(pos);
    }
    endResetModel();
}

void FindingItemsModel::clear()
{
    if (m_ids.isEmpty())
        return;
    beginResetModel();
    m_ids.clear();
    m_positions.clear();
    endResetModel();
}

int FindingItemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int FindingItemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingItemsModel::name(int row) const
{
    const qsizetype pos = m_positions.at(row);
    switch (m_entity) {
    case Finding::Entity::Account: return m_directory->accounts().at(pos).name;
    case Finding::Entity::Team: return m_directory->teams().at(pos).name;
    case Finding::Entity::Datastore: return m_directory->datastores().at(pos).name;
    }
    return {};
}

QString FindingItemsModel::detail(int row) const
{
    const qsizetype pos = m_positions.at(row);
    const QLocale locale;
    switch (m_entity) {
    case Finding::Entity::Account: {
        const Account &account = m_directory->accounts().at(pos);
        QString text = tr("%1 · %2").arg(account.email.isEmpty() ? account.subject : account.email,
                                         DisplayText::role(account.role));
        if (!account.isActive())
            text = tr("%1 · deactivated").arg(text);
        else if (!account.lastActive.isValid())
            text = tr("%1 · never active").arg(text);
        return text;
    }
    case Finding::Entity::Team: {
        const Team &team = m_directory->teams().at(pos);
        // Two numbers: the datastores come in as a numerus phrase of their own.
        return tr("%1 · %Ln member(s) · %2", nullptr, int(team.members.size()))
            .arg(DisplayText::level(team.permission), tr("%Ln datastore(s)", nullptr, int(team.datastores.size())));
    }
    case Finding::Entity::Datastore: {
        const Datastore &datastore = m_directory->datastores().at(pos);
        return tr("%1 · %2").arg(DisplayText::datastoreKind(datastore.kind), datastore.connection);
    }
    }
    return {};
}

QVariant FindingItemsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return index.column() == NameColumn ? name(row) : detail(row);
    case IdRole:
        return qlonglong(m_ids.at(row));
    case EntityRole:
        return int(m_entity);
    }
    return {};
}

QVariant FindingItemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn) {
        switch (m_entity) {
        case Finding::Entity::Account: return tr("Account");
        case Finding::Entity::Team: return tr("Team");
        case Finding::Entity::Datastore: return tr("Datastore");
        }
    }
    return section == DetailColumn ? tr("Details") : QVariant();
}

} // namespace Gatehouse

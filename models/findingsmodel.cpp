// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/findingsmodel.h"

#include "core/directory.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Gatehouse {

FindingsModel::FindingsModel(Directory *directory, QObject *parent)
    : QAbstractTableModel(parent), m_directory(directory)
{
    connect(m_directory, &Directory::accessChanged, this, [this] {
        if (m_paused)
            m_stale = true;
        else
            refresh();
    });
    if (m_directory->isLoaded())
        m_findings = computeFindings(m_directory->snapshot(), m_directory->access());
}

QString FindingsModel::title(Finding::Kind kind)
{
    switch (kind) {
    case Finding::Kind::Admins: return tr("Admins");
    case Finding::Kind::ServiceAdmins: return tr("Service accounts with Admin");
    case Finding::Kind::PublicDatastores: return tr("Datastores on Public");
    case Finding::Kind::DeactivatedInTeams: return tr("Deactivated accounts still in teams");
    case Finding::Kind::NeverActive: return tr("Accounts never active");
    case Finding::Kind::SingleMemberTeams: return tr("Teams with one member");
    case Finding::Kind::TeamsWithoutDatastores: return tr("Teams without datastores");
    case Finding::Kind::DatastoresInNoTeam: return tr("Datastores in no team");
    }
    return {};
}

QString FindingsModel::description(Finding::Kind kind)
{
    switch (kind) {
    case Finding::Kind::Admins:
        return tr("Admins reach every datastore and can change everything; keep them few.");
    case Finding::Kind::ServiceAdmins:
        return tr("Automation with full rights: a leaked token gives away the organisation.");
    case Finding::Kind::PublicDatastores:
        return tr("Every account, people and automation, reaches these datastores.");
    case Finding::Kind::DeactivatedInTeams:
        return tr("Reactivating these accounts would restore their access at once.");
    case Finding::Kind::NeverActive:
        return tr("Accounts that never signed in may no longer be needed.");
    case Finding::Kind::SingleMemberTeams:
        return tr("A team of one is a permission given to a person directly.");
    case Finding::Kind::TeamsWithoutDatastores:
        return tr("These teams grant nothing: remove them or assign datastores.");
    case Finding::Kind::DatastoresInNoTeam:
        return tr("Only Admins reach these datastores.");
    }
    return {};
}

void FindingsModel::setPaused(bool paused)
{
    m_paused = paused;
    if (!m_paused && m_stale)
        refresh();
}

void FindingsModel::refresh()
{
    m_stale = false;
    QList<Finding> findings = computeFindings(m_directory->snapshot(), m_directory->access());
    if (findings.size() != m_findings.size()) {
        // First load (or a core with other kinds): the only reset.
        beginResetModel();
        m_findings = std::move(findings);
        endResetModel();
    } else {
        m_findings = std::move(findings);
        if (!m_findings.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    Q_EMIT findingsChanged();
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Finding &finding = m_findings.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn: return title(finding.kind);
        case CountColumn: return QLocale().toString(finding.items.size());
        case DescriptionColumn: return description(finding.kind);
        }
        break;
    case SortRole:
        switch (index.column()) {
        case TitleColumn: return title(finding.kind);
        case CountColumn: return qlonglong(finding.items.size());
        case DescriptionColumn: return description(finding.kind);
        }
        break;
    case Qt::ToolTipRole:
        return description(finding.kind);
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case KindRole:
        return int(finding.kind);
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn: return tr("Finding");
    case CountColumn: return tr("Count");
    case DescriptionColumn: return tr("Why it matters");
    }
    return {};
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
// MatrixPage, part three: what the matrix reports (export and print requests, the filters
// in words) and its context menus. The page itself is in matrixpage.cpp.
#include "views/matrixpage.h"

#include "core/directory.h"
#include "models/displaytext.h"
#include "models/matrixmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Gatehouse {

void MatrixPage::createExportActions()
{
    m_exportRow = new QAction(tr("Export &Row…"), this);
    m_exportRow->setToolTip(tr("Export this account's row over the datastores in view"));
    m_exportColumn = new QAction(tr("Export &Column…"), this);
    m_exportColumn->setToolTip(tr("Export this datastore's column over the accounts in view"));
    connect(m_exportRow, &QAction::triggered, this,
            [this] { Q_EMIT exportRequested(reportRequest(ReportRequest::Scope::Account)); });
    connect(m_exportColumn, &QAction::triggered, this,
            [this] { Q_EMIT exportRequested(reportRequest(ReportRequest::Scope::Datastore)); });
    m_view->addAction(m_exportRow);
    m_view->addAction(m_exportColumn);
    // A right click selects the cell under the mouse first, so the actions follow it.
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QHeaderView *header : {m_view->verticalHeader(), m_view->horizontalHeader()}) {
        header->setContextMenuPolicy(Qt::CustomContextMenu);
        connect(header, &QHeaderView::customContextMenuRequested, this,
                [this, header](const QPoint &pos) { showHeaderMenu(header->orientation(), pos); });
    }
    updateExportActions();
}

void MatrixPage::updateExportActions()
{
    // The menu names what it exports: "Export Row of Ada Byron…".
    const QModelIndex current = m_view->currentIndex();
    const bool cell = current.isValid();
    m_exportRow->setEnabled(cell);
    m_exportColumn->setEnabled(cell);
    if (!cell) {
        m_exportRow->setText(tr("Export &Row…"));
        m_exportColumn->setText(tr("Export &Column…"));
        return;
    }
    const auto name = [this](int section, Qt::Orientation orientation) {
        return m_model->headerData(section, orientation).toString().replace(u'&', u"&&"_s);
    };
    m_exportRow->setText(tr("Export &Row of %1…").arg(name(current.row(), Qt::Vertical)));
    m_exportColumn->setText(tr("Export &Column of %1…").arg(name(current.column(), Qt::Horizontal)));
}

void MatrixPage::showHeaderMenu(Qt::Orientation orientation, const QPoint &pos)
{
    const bool rows = orientation == Qt::Vertical;
    QHeaderView *header = rows ? m_view->verticalHeader() : m_view->horizontalHeader();
    const int section = header->logicalIndexAt(pos);
    if (section < 0)
        return;
    QMenu menu(this);
    const QString name = m_model->headerData(section, orientation).toString().replace(u'&', u"&&"_s);
    QAction *action = menu.addAction(rows ? tr("Export Row of %1…").arg(name) : tr("Export Column of %1…").arg(name));
    connect(action, &QAction::triggered, this, [this, rows, section] {
        Q_EMIT exportRequested(rows ? reportRequest(ReportRequest::Scope::Account, section)
                                    : reportRequest(ReportRequest::Scope::Datastore, -1, section));
    });
    menu.exec(header->viewport()->mapToGlobal(pos));
}

QStringList MatrixPage::filterLines() const
{
    const MatrixFilter f = filter();
    const Snapshot &s = m_model->snapshot();
    const auto teamName = [&s](Id id) {
        for (const Team &team : s.teams) {
            if (team.id == id)
                return team.name;
        }
        return QString::number(id);
    };
    QStringList lines;
    if (!f.accountText.trimmed().isEmpty())
        lines.append(tr("Accounts matching “%1”").arg(f.accountText.trimmed()));
    if (f.role)
        lines.append(tr("Role: %1").arg(DisplayText::role(*f.role)));
    if (f.accountTeam)
        lines.append(tr("Members of team %1").arg(teamName(f.accountTeam)));
    if (f.type)
        lines.append(tr("Account type: %1").arg(DisplayText::accountType(*f.type)));
    if (f.onlyAccountsWithAccess)
        lines.append(tr("Only accounts with access to a datastore in view"));
    if (!f.datastoreText.trimmed().isEmpty())
        lines.append(tr("Datastores matching “%1”").arg(f.datastoreText.trimmed()));
    if (f.kind)
        lines.append(tr("Datastore kind: %1").arg(DisplayText::datastoreKind(*f.kind)));
    if (f.datastoreTeam)
        lines.append(tr("Datastores of team %1").arg(teamName(f.datastoreTeam)));
    if (!f.connection.isEmpty())
        lines.append(tr("Connection: %1").arg(f.connection));
    if (f.onlyDatastoresWithAccess)
        lines.append(tr("Only datastores an account in view reaches"));
    return lines;
}

ReportRequest MatrixPage::reportRequest(ReportRequest::Scope scope, int row, int column)
{
    // The filters wait a moment after typing, and a hidden page after a change: report what
    // they ask for, not a stale view.
    refreshIfStale();
    if (m_filterTimer->isActive())
        applyFilters();
    const Snapshot &s = m_model->snapshot();
    const QModelIndex current = m_view->currentIndex();
    if (row < 0 && current.isValid())
        row = current.row();
    if (column < 0 && current.isValid())
        column = current.column();
    if ((scope == ReportRequest::Scope::Account && (row < 0 || row >= m_model->rowCount()))
        || (scope == ReportRequest::Scope::Datastore && (column < 0 || column >= m_model->columnCount()))
        || scope == ReportRequest::Scope::Findings)
        scope = ReportRequest::Scope::Matrix;

    // Empty lists mean "all": a view with nothing in it names the id 0, which names nothing.
    const auto accountIds = [&] {
        QList<Id> ids;
        const std::vector<qsizetype> &rows = m_model->accountPositions();
        if (qsizetype(rows.size()) == s.accounts.size())
            return ids;
        ids.reserve(qsizetype(rows.size()));
        for (qsizetype pos : rows)
            ids.append(s.accounts.at(pos).id);
        return ids.isEmpty() ? QList<Id>{0} : ids;
    };
    const auto datastoreIds = [&] {
        QList<Id> ids;
        const std::vector<qsizetype> &columns = m_model->datastorePositions();
        if (qsizetype(columns.size()) == s.datastores.size())
            return ids;
        ids.reserve(qsizetype(columns.size()));
        for (qsizetype pos : columns)
            ids.append(s.datastores.at(pos).id);
        return ids.isEmpty() ? QList<Id>{0} : ids;
    };

    ReportRequest request;
    request.scope = scope;
    request.asOf = m_asOf;
    request.filters = filterLines();
    switch (scope) {
    case ReportRequest::Scope::Account:
        request.accounts = {s.accounts.at(m_model->accountPosAt(row)).id};
        request.datastores = datastoreIds();
        break;
    case ReportRequest::Scope::Datastore:
        request.accounts = accountIds();
        request.datastores = {s.datastores.at(m_model->datastorePosAt(column)).id};
        break;
    default:
        request.accounts = accountIds();
        request.datastores = datastoreIds();
        break;
    }
    return request;
}

} // namespace Gatehouse

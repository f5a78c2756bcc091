// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/teamgridpage.h"

#include "core/adminservice.h"
#include "core/directory.h"
#include "models/teamgridmodel.h"
#include "views/adminsession.h"
#include "views/assignmentdialog.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatehouse {

TeamGridPage::TeamGridPage(AdminSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_model = new TeamGridModel(session->directory(), this);

    m_teamFilter = new QLineEdit(this);
    m_teamFilter->setPlaceholderText(tr("Filter teams"));
    m_teamFilter->setClearButtonEnabled(true);
    m_datastoreFilter = new QLineEdit(this);
    m_datastoreFilter->setPlaceholderText(tr("Filter datastores"));
    m_teamFilter->setAccessibleName(tr("Filter teams"));
    m_datastoreFilter->setAccessibleName(tr("Filter datastores"));
    m_datastoreFilter->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);

    m_view = new QTableView(this);

    m_view->setTabKeyNavigation(false); // arrows move between cells; Tab leaves the table
    m_view->setObjectName(u"teamGrid"_s);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    // 1,000 × 5,000 cells: fixed sizes, nothing measured from the contents.
    QHeaderView *rows = m_view->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    rows->setFixedWidth(fontMetrics().averageCharWidth() * 28);
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Fixed);
    columns->setDefaultSectionSize(fontMetrics().averageCharWidth() * 16);
    columns->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    rows->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->setAccessibleName(tr("Team and datastore grid"));

    m_assign = new QAction(tr("&Assign to Team"), this);
    m_assign->setShortcuts({QKeySequence(Qt::Key_Insert), QKeySequence(Qt::Key_Space)});
    m_assign->setShortcutContext(Qt::WidgetShortcut);
    m_remove = new QAction(tr("&Remove from Team"), this);
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_assign);
    m_view->addAction(m_remove);
    connect(m_assign, &QAction::triggered, this, [this] { editCell(m_view->currentIndex(), true); });
    connect(m_remove, &QAction::triggered, this, [this] { editCell(m_view->currentIndex(), false); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_teamFilter, 1);
    filters->addWidget(m_datastoreFilter, 1);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);

    // Typing in a 5,000-column grid: filter after a short pause, not per key.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(200);
    connect(timer, &QTimer::timeout, this, [this] {
        m_model->setTeamFilter(m_teamFilter->text());
        m_model->setDatastoreFilter(m_datastoreFilter->text());
    });
    connect(m_teamFilter, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    connect(m_datastoreFilter, &QLineEdit::textChanged, timer, qOverload<>(&QTimer::start));
    const auto updateCount = [this] {
        // Two numbers: the datastores come in as a numerus phrase of their own.
        m_count->setText(tr("%Ln team(s) × %1", nullptr, m_model->rowCount())
                             .arg(tr("%Ln datastore(s)", nullptr, m_model->columnCount())));
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TeamGridPage::updateActions);
    connect(session->directory(), &Directory::accessChanged, this, &TeamGridPage::updateActions);
    connect(session, &AdminSession::busyChanged, this, &TeamGridPage::updateActions);
    updateCount();
    updateActions();
}

void TeamGridPage::updateActions()
{
    const Capabilities capabilities = m_session->capabilities();
    const bool allowed = capabilities.allowed(Capabilities::Action::EditTeams);
    const QString reason = capabilities.reason(Capabilities::Action::EditTeams);
    m_note->setVisible(!allowed);
    m_note->setText(tr("Read-only: %1").arg(reason));
    const QModelIndex current = m_view->currentIndex();
    const bool assigned = current.isValid() && m_model->isAssigned(current.row(), current.column());
    m_assign->setEnabled(allowed && current.isValid() && !assigned && !m_session->isBusy());
    m_remove->setEnabled(allowed && assigned && !m_session->isBusy());
    for (QAction *action : {m_assign, m_remove})
        action->setToolTip(allowed ? QString() : reason);
}

QDialog *TeamGridPage::editCell(const QModelIndex &index, bool assign)
{
    if (!index.isValid() || index.model() != m_model)
        return nullptr;
    if (!m_session->capabilities().allowed(Capabilities::Action::EditTeams))
        return nullptr;
    if (m_model->isAssigned(index.row(), index.column()) == assign)
        return nullptr;
    auto *dialog = new AssignmentDialog(m_session, m_model->teamIdAt(index.row()),
                                        m_model->datastoreIdAt(index.column()), assign, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

} // namespace Gatehouse

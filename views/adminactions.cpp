// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/adminactions.h"
#include "views/iconset.h"

#include "core/directory.h"
#include "views/accountdialog.h"
#include "views/adminsession.h"
#include "views/confirmdialog.h"
#include "views/datastoredialog.h"
#include "views/mainwindow.h"
#include "views/serviceaccountdialog.h"
#include "views/tablepage.h"
#include "views/teamdialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QMenu>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Gatehouse {

AdminActions::AdminActions(MainWindow *window, AdminSession *session)
    : QObject(window), m_window(window), m_session(session)
{
    m_undo = new QAction(IconSet::icon(IconId::Undo), tr("&Undo"), this);
    m_undo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_redo = new QAction(IconSet::icon(IconId::Redo), tr("&Redo"), this);
    m_redo->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
    m_new = new QAction(IconSet::icon(IconId::New), tr("&New…"), this);
    m_new->setShortcut(QKeySequence::New);
    m_edit = new QAction(IconSet::icon(IconId::Edit), tr("&Edit…"), this);
    m_edit->setShortcut(QKeySequence(Qt::Key_Return));
    m_edit->setShortcutContext(Qt::WidgetShortcut);
    m_delete = new QAction(IconSet::icon(IconId::Delete), tr("&Delete…"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    m_teamHistory = new QAction(IconSet::icon(IconId::History), tr("Team &History…"), this);
    m_teamHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    m_newTeam = new QAction(IconSet::icon(IconId::Team), tr("New &Team…"), this);
    m_newService = new QAction(IconSet::icon(IconId::AccountService), tr("New &Service Account…"), this);
    m_newDatastore = new QAction(IconSet::icon(IconId::Datastore), tr("New D&atastore…"), this);

    connect(m_undo, &QAction::triggered, m_session, &AdminSession::undo);
    connect(m_redo, &QAction::triggered, m_session, &AdminSession::redo);
    connect(m_new, &QAction::triggered, this, &AdminActions::newForPage);
    connect(m_edit, &QAction::triggered, this, &AdminActions::editCurrent);
    connect(m_delete, &QAction::triggered, this, &AdminActions::deleteCurrent);
    connect(m_teamHistory, &QAction::triggered, this, &AdminActions::showTeamHistory);
    connect(m_newTeam, &QAction::triggered, this, &AdminActions::newTeam);
    connect(m_newService, &QAction::triggered, this, &AdminActions::newServiceAccount);
    connect(m_newDatastore, &QAction::triggered, this, &AdminActions::newDatastore);

    QUndoStack *stack = m_session->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &AdminActions::update);
    connect(m_session, &AdminSession::busyChanged, this, &AdminActions::update);
}

void AdminActions::fillEditMenu(QMenu *menu)
{
    menu->setToolTipsVisible(true);
    menu->addAction(m_undo);
    menu->addAction(m_redo);
    menu->addSeparator();
    menu->addAction(m_new);
    menu->addAction(m_edit);
    menu->addAction(m_delete);
    menu->addAction(m_teamHistory);
    menu->addSeparator();
    menu->addAction(m_newTeam);
    menu->addAction(m_newService);
    menu->addAction(m_newDatastore);
}

void AdminActions::attachTo(QAbstractItemView *view)
{
    view->addAction(m_edit);
    view->addAction(m_delete);
    connect(view, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_edit->isEnabled())
            editCurrent();
    });
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this, view](const QPoint &pos) {
        if (!view->indexAt(pos).isValid())
            return;
        QMenu menu;
        menu.setToolTipsVisible(true);
        menu.addAction(m_edit);
        menu.addAction(m_delete);
        if (m_window->currentKind() == EntityKind::Team)
            menu.addAction(m_teamHistory);
        // Actions other parts of the window attached to the view (e.g. reverse lookups).
        for (QAction *action : view->actions()) {
            if (action != m_edit && action != m_delete)
                menu.addAction(action);
        }
        menu.exec(view->viewport()->mapToGlobal(pos));
    });
}

void AdminActions::setAllowed(QAction *action, bool allowed, const QString &reason, const QString &tip)
{
    action->setEnabled(allowed);
    action->setToolTip(allowed ? (tip.isEmpty() ? action->text().remove(u'&') : tip) : reason);
}

void AdminActions::update()
{
    using Action = Capabilities::Action;
    const Capabilities caps = m_session->capabilities();
    const bool busy = m_session->isBusy();
    const QUndoStack *stack = m_session->undoStack();

    m_undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    m_undo->setEnabled(stack->canUndo() && !busy);
    m_redo->setEnabled(stack->canRedo() && !busy);

    const bool history = m_window->isHistoryShown();
    const EntityKind kind = m_window->currentKind();
    const Id id = history ? -1 : m_window->currentPage()->currentId();
    setAllowed(m_newTeam, caps.allowed(Action::EditTeams), caps.reason(Action::EditTeams));
    setAllowed(m_newService, caps.allowed(Action::CreateServiceAccounts), caps.reason(Action::CreateServiceAccounts));
    setAllowed(m_newDatastore, caps.allowed(Action::EditDatastores), caps.reason(Action::EditDatastores));

    switch (history ? EntityKind::Team : kind) {
    case EntityKind::Account:
        m_new->setText(tr("&New Service Account…"));
        setAllowed(m_new, !history && caps.allowed(Action::CreateServiceAccounts), caps.reason(Action::CreateServiceAccounts));
        // Whoever may not edit still opens the dialog, read-only, to see everything.
        m_edit->setText(caps.allowed(Action::EditAccounts) ? tr("&Edit Account…") : tr("&View Account…"));
        setAllowed(m_edit, id >= 0 && caps.allowed(Action::ViewOrganisation),
                   id < 0 ? tr("Select an account first.") : caps.reason(Action::ViewOrganisation));
        m_delete->setText(tr("&Delete…"));
        setAllowed(m_delete, false, tr("Accounts are never deleted: deactivate them instead (Edit Account)."));
        break;
    case EntityKind::Team: {
        m_new->setText(tr("&New Team…"));
        setAllowed(m_new, !history && caps.allowed(Action::EditTeams), caps.reason(Action::EditTeams));
        m_edit->setText(caps.allowed(Action::EditTeams) ? tr("&Edit Team…") : tr("&View Team…"));
        setAllowed(m_edit, id >= 0 && caps.allowed(Action::ViewOrganisation),
                   id < 0 ? tr("Select a team first.") : caps.reason(Action::ViewOrganisation));
        m_delete->setText(tr("&Delete Team…"));
        QString reason = id < 0 ? tr("Select a team first.") : caps.reason(Action::EditTeams);
        bool allowed = id >= 0 && caps.allowed(Action::EditTeams);
        if (allowed) {
            // The invariants (Public) are AdminService's to state.
            const Result<Plan> plan = m_session->plan(Command::deleteTeam(id));
            allowed = plan.ok();
            if (!plan.ok())
                reason = plan.error().message;
        }
        setAllowed(m_delete, allowed, reason);
        break;
    }
    case EntityKind::Datastore:
        m_new->setText(tr("&New Datastore…"));
        setAllowed(m_new, caps.allowed(Action::EditDatastores), caps.reason(Action::EditDatastores));
        m_edit->setText(caps.allowed(Action::EditDatastores) ? tr("&Edit Datastore…") : tr("&View Datastore…"));
        setAllowed(m_edit, id >= 0 && caps.allowed(Action::ViewOrganisation),
                   id < 0 ? tr("Select a datastore first.") : caps.reason(Action::ViewOrganisation));
        m_delete->setText(tr("&Delete Datastore…"));
        setAllowed(m_delete, id >= 0 && caps.allowed(Action::DeleteDatastores),
                   id < 0 ? tr("Select a datastore first.") : caps.reason(Action::DeleteDatastores));
        break;
    }
    const bool teamSelected = !history && kind == EntityKind::Team && id >= 0;
    setAllowed(m_teamHistory, teamSelected && caps.allowed(Action::ViewOrganisation),
               teamSelected ? caps.reason(Action::ViewOrganisation) : tr("Select a team first."));
    if (busy) {
        for (QAction *action : {m_new, m_edit, m_delete, m_newTeam, m_newService, m_newDatastore})
            setAllowed(action, false, tr("A change is being applied."));
    }
}

QDialog *AdminActions::show(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void AdminActions::newForPage()
{
    if (!m_new->isEnabled())
        return;
    switch (m_window->currentKind()) {
    case EntityKind::Account: newServiceAccount(); break;
    case EntityKind::Team: newTeam(); break;
    case EntityKind::Datastore: newDatastore(); break;
    }
}

void AdminActions::editCurrent()
{
    if (!m_edit->isEnabled() || m_window->isHistoryShown())
        return;
    const Id id = m_window->currentPage()->currentId();
    switch (m_window->currentKind()) {
    case EntityKind::Account: editAccount(id); break;
    case EntityKind::Team: editTeam(id); break;
    case EntityKind::Datastore: editDatastore(id); break;
    }
}

void AdminActions::deleteCurrent()
{
    if (!m_delete->isEnabled() || m_window->isHistoryShown())
        return;
    const Id id = m_window->currentPage()->currentId();
    if (m_window->currentKind() == EntityKind::Team)
        deleteTeam(id);
    else if (m_window->currentKind() == EntityKind::Datastore)
        deleteDatastore(id);
}

void AdminActions::showTeamHistory()
{
    if (!m_teamHistory->isEnabled())
        return;
    m_window->showHistory(m_window->page(EntityKind::Team)->currentId());
}

QDialog *AdminActions::newTeam()
{
    if (!m_newTeam->isEnabled())
        return nullptr;
    return show(new TeamDialog(m_session, Team{}, m_window));
}

QDialog *AdminActions::editTeam(Id teamId)
{
    const qsizetype pos = m_session->directory()->teamPos(teamId);
    if (pos < 0)
        return nullptr;
    return show(new TeamDialog(m_session, m_session->directory()->teams().at(pos), m_window));
}

QDialog *AdminActions::deleteTeam(Id teamId)
{
    const qsizetype pos = m_session->directory()->teamPos(teamId);
    if (pos < 0)
        return nullptr;
    const Team &team = m_session->directory()->teams().at(pos);
    return show(new ConfirmDialog(m_session, tr("Delete Team"),
                                  tr("Delete the team '%1'? Its members lose the access it gives; "
                                     "accounts and datastores stay.").arg(team.name),
                                  Command::deleteTeam(team.id, team.version), m_window));
}

QDialog *AdminActions::editAccount(Id accountId)
{
    const qsizetype pos = m_session->directory()->accountPos(accountId);
    if (pos < 0)
        return nullptr;
    return show(new AccountDialog(m_session, m_session->directory()->accounts().at(pos), m_window));
}

QDialog *AdminActions::newServiceAccount()
{
    if (!m_newService->isEnabled())
        return nullptr;
    return show(new ServiceAccountDialog(m_session, m_window));
}

QDialog *AdminActions::newDatastore()
{
    if (!m_newDatastore->isEnabled())
        return nullptr;
    return show(new DatastoreDialog(m_session, Datastore{}, m_window));
}

QDialog *AdminActions::editDatastore(Id datastoreId)
{
    const qsizetype pos = m_session->directory()->datastorePos(datastoreId);
    if (pos < 0)
        return nullptr;
    return show(new DatastoreDialog(m_session, m_session->directory()->datastores().at(pos), m_window));
}

QDialog *AdminActions::deleteDatastore(Id datastoreId)
{
    const qsizetype pos = m_session->directory()->datastorePos(datastoreId);
    if (pos < 0)
        return nullptr;
    const Datastore &datastore = m_session->directory()->datastores().at(pos);
    return show(new ConfirmDialog(m_session, tr("Delete Datastore"),
                                  tr("Delete the datastore '%1'? Every team loses it.").arg(datastore.name),
                                  Command::deleteDatastore(datastore.id, datastore.version), m_window));
}

} // namespace Gatehouse

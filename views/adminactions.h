// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QObject>

class QAbstractItemView;
class QAction;
class QDialog;
class QMenu;

namespace Gatehouse {

class AdminSession;
class MainWindow;

// The administration actions of the main window (Edit menu, context menus, shortcuts) and
// the dialogs they open. Enabled from AdminService::capabilities for the acting account;
// a disabled action's tooltip says why. Dialogs open window-modal without blocking (open()),
// and delete themselves when closed.
class AdminActions : public QObject
{
    Q_OBJECT
public:
    AdminActions(MainWindow *window, AdminSession *session);

    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *newAction() const { return m_new; }
    QAction *editAction() const { return m_edit; }
    QAction *deleteAction() const { return m_delete; }
    QAction *teamHistoryAction() const { return m_teamHistory; }
    QAction *newTeamAction() const { return m_newTeam; }
    QAction *newServiceAccountAction() const { return m_newService; }
    QAction *newDatastoreAction() const { return m_newDatastore; }

    void fillEditMenu(QMenu *menu);
    // Edit on Enter and double-click, Delete on Del, and a context menu, for a page's table.
    void attachTo(QAbstractItemView *view);
    // Re-reads the capabilities and the current page's selection.
    void update();

    // The dialogs (also reached through the actions). Each returns the dialog it opened,
    // or null when the action is not available.
    QDialog *newTeam();
    QDialog *editTeam(Id teamId);
    QDialog *deleteTeam(Id teamId);
    QDialog *editAccount(Id accountId);
    QDialog *newServiceAccount();
    QDialog *newDatastore();
    QDialog *editDatastore(Id datastoreId);
    QDialog *deleteDatastore(Id datastoreId);

private:
    void newForPage();
    void editCurrent();
    void deleteCurrent();
    void showTeamHistory();
    QDialog *show(QDialog *dialog);
    static void setAllowed(QAction *action, bool allowed, const QString &reason, const QString &tip = {});

    MainWindow *m_window = nullptr;
    AdminSession *m_session = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_new = nullptr;
    QAction *m_edit = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_teamHistory = nullptr;
    QAction *m_newTeam = nullptr;
    QAction *m_newService = nullptr;
    QAction *m_newDatastore = nullptr;
};

} // namespace Gatehouse

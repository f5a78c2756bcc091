// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QAction;
class QDialog;
class QLabel;
class QLineEdit;
class QModelIndex;
class QTableView;

namespace Gatehouse {

class AdminSession;
class TeamGridModel;

// Teams × datastores: the team's level where it is assigned a datastore. Headers stay in
// place while scrolling; text fields filter teams and datastores. Admins edit a cell in
// place (context menu, Insert / Space to assign, Delete to remove) through a small
// administration dialog with the preview; others see why they cannot.
class TeamGridPage : public QWidget
{
    Q_OBJECT
public:
    explicit TeamGridPage(AdminSession *session, QWidget *parent = nullptr);

    TeamGridModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *teamFilter() const { return m_teamFilter; }
    QLineEdit *datastoreFilter() const { return m_datastoreFilter; }
    QLabel *readOnlyNote() const { return m_note; }
    QAction *assignAction() const { return m_assign; }
    QAction *removeAction() const { return m_remove; }

    // Opens the dialog that assigns (removes) the cell's datastore; null when the cell
    // already is (is not) assigned or the acting account may not edit teams.
    QDialog *editCell(const QModelIndex &index, bool assign);
    // Re-reads the capabilities (after the acting account or its role changed).
    void updateActions();

private:
    AdminSession *m_session = nullptr;
    TeamGridModel *m_model = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_teamFilter = nullptr;
    QLineEdit *m_datastoreFilter = nullptr;
    QLabel *m_note = nullptr;
    QLabel *m_count = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_remove = nullptr;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auditrecord.h"
#include "views/adminbackend.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QTableView;
class QTimer;
class QToolButton;

namespace Gatehouse {

class Directory;
class HistoryTableModel;

// Every recorded change: time, actor, what, before → after, filtered by entity, actor,
// date range and text, read from the audit log on the database thread. A details pane
// shows the selected record's full before and after.
class HistoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPage(Directory *directory, QWidget *parent = nullptr);

    void setBackend(AdminBackend backend);
    // Only this team's history ("Team history…"); 0 shows every entity again.
    void showTeam(Id teamId);
    // Reads the log again with the current filters. An answer to an older request is
    // dropped.
    void refresh();

    HistoryTableModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *entityBox() const { return m_entity; }
    QLineEdit *actorField() const { return m_actor; }
    QLineEdit *textField() const { return m_text; }
    QCheckBox *fromBox() const { return m_useFrom; }
    QCheckBox *toBox() const { return m_useTo; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QPlainTextEdit *detailsView() const { return m_details; }
    bool isLoading() const { return m_loading; }
    AuditFilter filter() const;

Q_SIGNALS:
    void loaded(int records);
    void failed(const QString &message);

private:
    void showDetails();

    Directory *m_directory = nullptr;
    AdminBackend m_backend;
    HistoryTableModel *m_model = nullptr;
    QComboBox *m_entity = nullptr;
    QLineEdit *m_actor = nullptr;
    QLineEdit *m_text = nullptr;
    QCheckBox *m_useFrom = nullptr;
    QCheckBox *m_useTo = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_teamFilter = nullptr;
    QToolButton *m_clearTeam = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_view = nullptr;
    QPlainTextEdit *m_details = nullptr;
    QTimer *m_debounce = nullptr;
    Id m_teamId = 0;
    int m_generation = 0;
    bool m_loading = false;
};

} // namespace Gatehouse

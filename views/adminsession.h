// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/adminservice.h"
#include "views/adminbackend.h"

#include <QObject>

#include <functional>

class QUndoStack;

namespace Gatehouse {

class AdminUndoCommand;
class Directory;

// The one path every change of the GUI takes: AdminService plans it (role rules and
// invariants), the backend commits it (one transaction with its audit record, on the
// database thread), the Directory applies the committed entities, and the undo stack
// records it. Undo and redo go the same way, so they are checked and audited too.
//
// Commits are asynchronous: while one is in flight the session is busy and refuses
// further undo/redo requests (the stack would otherwise run ahead of the database).
class AdminSession : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Result<void> &result)>;

    explicit AdminSession(Directory *directory, QObject *parent = nullptr);
    ~AdminSession() override;

    Directory *directory() const { return m_directory; }
    QUndoStack *undoStack() const { return m_stack; }

    void setBackend(AdminBackend backend);
    const AdminBackend &backend() const { return m_backend; }
    void setActingSubject(const QString &subject);
    QString actingSubject() const { return m_subject; }

    // Showing the window as another account sees it: every change is refused.
    void setViewOnly(bool viewOnly);
    bool isViewOnly() const { return m_viewOnly; }
    // Changes are off for a while (the database cannot be reached): every change is refused
    // with `reason` (Capabilities::readOnlyReason). An empty reason turns them on again.
    void setSuspended(const QString &reason);
    bool isSuspended() const { return !m_suspendedReason.isEmpty(); }
    // The database lets this connection only read (a read-only database role): every change
    // is refused with `reason`, for as long as this database is open. Empty lifts it.
    void setDatabaseReadOnly(const QString &reason);
    bool isDatabaseReadOnly() const { return !m_databaseReadOnlyReason.isEmpty(); }
    Capabilities capabilities() const;
    Result<Plan> plan(const Command &command) const;

    bool isBusy() const { return m_busy; }

    // Commits `plan` (planned against the Directory as it is now), applies the result to the
    // Directory and pushes it on the undo stack. `done` runs on the GUI thread unless
    // `context` is gone by then.
    void execute(const Plan &plan, QObject *context, Done done);
    // Reads the organisation again (after a conflict): the Directory is reloaded in place.
    void reload(QObject *context, Done done);

    // Ctrl+Z / Ctrl+Shift+Z. False (nothing started) while busy or when there is nothing to
    // undo or redo.
    bool undo();
    bool redo();
    // Forget every undoable change (another organisation was opened).
    void clearHistory();

Q_SIGNALS:
    void busyChanged(bool busy);
    // After the Directory applied a commit (a dialog's change, an undo or a redo).
    void committed(const QString &summary);
    // An undo or redo could not be done (e.g. someone else changed the entity since): the
    // stack was put back where it was.
    void undoRefused(const QString &text, const Gatehouse::Error &error);

private:
    friend class AdminUndoCommand;
    // Called from AdminUndoCommand::undo()/redo(): queues the database work for a step the
    // stack has already taken.
    void enqueue(AdminUndoCommand *command, bool undo);
    void runNext();
    void failQueued(const Error &error);
    void setBusy(bool busy);
    // The commit itself; `done` gets the committed entities.
    void commitPlan(const Plan &plan, QObject *context,
                    std::function<void(const Result<CommitResult> &)> done);

    struct Step
    {
        AdminUndoCommand *command = nullptr;
        bool undo = true;
    };

    Directory *m_directory = nullptr;
    QUndoStack *m_stack = nullptr;
    AdminBackend m_backend;
    QString m_subject;
    QList<Step> m_queue;
    bool m_busy = false;
    bool m_stepRunning = false;
    bool m_viewOnly = false;
    QString m_suspendedReason;
    QString m_databaseReadOnlyReason;
};

} // namespace Gatehouse

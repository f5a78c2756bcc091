// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/adminsession.h"

#include "core/directory.h"
#include "views/adminundocommand.h"
#include "views/admintext.h"

#include <QPointer>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {
Error noDatabase()
{
    return makeError(Error::Code::NotFound,
                     AdminSession::tr("No organisation database is open."));
}
} // namespace

AdminSession::AdminSession(Directory *directory, QObject *parent)
    : QObject(parent), m_directory(directory), m_stack(new QUndoStack(this))
{
}

AdminSession::~AdminSession() = default;

void AdminSession::setBackend(AdminBackend backend)
{
    m_backend = std::move(backend);
}

void AdminSession::setActingSubject(const QString &subject)
{
    m_subject = subject;
}

Capabilities AdminSession::capabilities() const
{
    Capabilities capabilities = AdminService::capabilities(m_directory->snapshot(), m_subject);
    capabilities.readOnly = m_viewOnly || isSuspended() || isDatabaseReadOnly();
    capabilities.readOnlyReason = isSuspended() ? m_suspendedReason : m_databaseReadOnlyReason;
    return capabilities;
}

Result<Plan> AdminSession::plan(const Command &command) const
{
    if (m_viewOnly || isSuspended() || isDatabaseReadOnly()) {
        return makeError(Error::Code::Denied,
                         capabilities().reason(Capabilities::Action::EditDatastores));
    }
    return AdminService::plan(m_directory->snapshot(), m_subject, command);
}

void AdminSession::setViewOnly(bool viewOnly)
{
    m_viewOnly = viewOnly;
}

void AdminSession::setSuspended(const QString &reason)
{
    m_suspendedReason = reason;
}

void AdminSession::setDatabaseReadOnly(const QString &reason)
{
    m_databaseReadOnlyReason = reason;
}

void AdminSession::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void AdminSession::commitPlan(const Plan &plan, QObject *context,
                              std::function<void(const Result<CommitResult> &)> done)
{
    if (!m_backend.commit) {
        done(noDatabase());
        return;
    }
    // Continued on the session, not on `context`: a commit that reached the database must
    // reach the Directory too, even when the dialog that asked for it is gone.
    QPointer<QObject> guard(context);
    m_backend.commit(plan.changes, m_subject)
        .then(this, [this, guard, done = std::move(done)](Result<CommitResult> result) {
            if (result.ok())
                m_directory->apply(result.value());
            if (guard)
                done(result);
        });
}

void AdminSession::execute(const Plan &plan, QObject *context, Done done)
{
    if (m_busy) {
        done(makeError(Error::Code::Conflict, tr("Another change is still being applied.")));
        return;
    }
    setBusy(true);
    const QString text = commandText(plan.command, m_directory->snapshot());
    QPointer<QObject> guard(context);
    commitPlan(plan, this, [this, plan, text, guard, done](const Result<CommitResult> &result) {
        if (result.ok()) {
            m_stack->push(new AdminUndoCommand(this, text, plan.command, plan.inverseAfter(result.value())));
            Q_EMIT committed(plan.changes.summary);
        }
        setBusy(false);
        if (guard)
            done(result.ok() ? Result<void>() : Result<void>(result.error()));
    });
}

void AdminSession::reload(QObject *context, Done done)
{
    if (!m_backend.reload) {
        done(noDatabase());
        return;
    }
    QPointer<QObject> guard(context);
    m_backend.reload().then(this, [this, guard, done = std::move(done)](Result<Snapshot> result) {
        if (result.ok())
            m_directory->load(std::move(result).value());
        if (guard)
            done(result.ok() ? Result<void>() : Result<void>(result.error()));
    });
}

bool AdminSession::undo()
{
    if (m_busy || !m_stack->canUndo())
        return false;
    m_stack->undo();
    return true;
}

bool AdminSession::redo()
{
    if (m_busy || !m_stack->canRedo())
        return false;
    m_stack->redo();
    return true;
}

void AdminSession::clearHistory()
{
    m_queue.clear();
    m_stack->clear();
}

void AdminSession::enqueue(AdminUndoCommand *command, bool undo)
{
    m_queue.append(Step{command, undo});
    setBusy(true);
    // Not now: we are inside QUndoStack::undo()/setIndex(), which must not be re-entered if
    // the step fails at once and the stack has to be put back.
    if (!m_stepRunning) {
        m_stepRunning = true;
        QMetaObject::invokeMethod(this, &AdminSession::runNext, Qt::QueuedConnection);
    }
}

void AdminSession::runNext()
{
    if (m_queue.isEmpty()) {
        m_stepRunning = false;
        setBusy(false);
        return;
    }
    const Step step = m_queue.constFirst();
    const Command command = step.command->nextCommand(step.undo, m_directory->snapshot());
    const Result<Plan> planned = plan(command);
    if (!planned.ok()) {
        failQueued(planned.error());
        return;
    }
    const Plan plan = planned.value();
    commitPlan(plan, this, [this, step, plan](const Result<CommitResult> &result) {
        // The history was cleared meanwhile (another organisation): nothing to record.
        if (m_queue.isEmpty() || m_queue.constFirst().command != step.command) {
            m_stepRunning = false;
            setBusy(false);
            return;
        }
        if (!result.ok()) {
            failQueued(result.error());
            return;
        }
        step.command->stepDone(step.undo, plan.command, plan.inverseAfter(result.value()));
        m_queue.removeFirst();
        Q_EMIT committed(plan.changes.summary);
        runNext();
    });
}

void AdminSession::failQueued(const Error &error)
{
    const Step first = m_queue.constFirst();
    int position = -1;
    for (int i = 0; i < m_stack->count(); ++i) {
        if (m_stack->command(i) == first.command) {
            position = i;
            break;
        }
    }
    const QString text = first.command->text();
    // Put the stack back where it stood before the failed step; the steps queued after it
    // never ran either. The stack calls undo()/redo() on exactly those commands again.
    for (const Step &step : std::as_const(m_queue))
        step.command->skipNextStep();
    m_queue.clear();
    if (position >= 0)
        m_stack->setIndex(first.undo ? position + 1 : position);
    m_stepRunning = false;
    setBusy(false);
    Q_EMIT undoRefused(first.undo ? tr("Undo %1").arg(text) : tr("Redo %1").arg(text), error);
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/repository.h"
#include "repository/openmode.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <utility>
#include <type_traits>

namespace Gatehouse {

// Runs all repository work on one dedicated thread, so the GUI never waits on the
// database. The repository is created, used and destroyed on that thread (a Qt SQL
// connection belongs to the thread that opened it); calls run one at a time in the order
// made. Results arrive as QFutures: continue them on the GUI thread with
// `.then(context, ...)`. Destroying the worker waits for queued calls, then closes the
// database on its thread.
//
// The worker also says when it is working (busyChanged, for a busy indicator) and when a
// call on the open database failed because the server cannot be reached
// (connectionLost); both signals arrive on the worker object's thread.
class DatabaseWorker : public QObject
{
    Q_OBJECT
public:
    // The organisation and the id of the newest audit record already in it: read before
    // the snapshot, so a change committed in between is both in the snapshot and read again
    // by live refresh, never missed.
    struct Loaded
    {
        Snapshot organisation;
        Id lastChangeId = 0;
    };

    explicit DatabaseWorker(QObject *parent = nullptr);
    ~DatabaseWorker() override;

    // Opens (see openRepository) and loads. On success the new database replaces the
    // open one; on failure the open one stays.
    QFuture<Result<Snapshot>> open(const QString &url, OpenMode mode, const QString &creatorSubject,
                                   const QString &creatorName);
    QFuture<Result<Snapshot>> reload();
    // open() and reload() with the newest audit id (see Loaded).
    QFuture<Result<Loaded>> openWithChangeId(const QString &url, OpenMode mode, const QString &creatorSubject,
                                             const QString &creatorName);
    QFuture<Result<Loaded>> reloadWithChangeId();
    // Repository::lastChangeId; on PostgreSQL it also connects again when the connection
    // was lost.
    QFuture<Result<Id>> lastChangeId();
    QFuture<Result<bool>> isEmptyOrganisation();
    QFuture<Result<void>> importSnapshot(const Snapshot &snapshot, Repository::ImportMode mode,
                                         const QString &actingSubject);
    // Repository::commit and Repository::auditLog on the worker thread.
    QFuture<Result<CommitResult>> commit(const ChangeSet &changes, const QString &actingSubject);
    QFuture<Result<QList<AuditRecord>>> auditLog(const AuditFilter &filter = {});
    // Repository::saveReview, reviews and review on the worker thread.
    QFuture<Result<Review>> saveReview(const Review &review, const QString &actingSubject);
    QFuture<Result<QList<Review>>> reviews();
    QFuture<Result<Review>> review(Id id);
    QFuture<void> close();

    // Runs `task(Repository &)` on the worker thread; `task` returns a Result<...>. Without
    // an open database the result is an Error (NotFound) and `task` is not called. A result
    // failing with Error::Code::Unavailable also emits connectionLost().
    template <typename Task>
    auto run(Task task) -> QFuture<std::invoke_result_t<Task, Repository &>>
    {
        using R = std::invoke_result_t<Task, Repository &>;
        return post<R>([this, task = std::move(task)]() mutable -> R {
            if (!m_repository)
                return R(noDatabase());
            R result = task(*m_repository);
            if (!result.ok() && result.error().code == Error::Code::Unavailable)
                reportLost(result.error());
            return result;
        });
    }

    // Calls queued or running.
    bool isBusy() const { return m_busyReported; }

Q_SIGNALS:
    // True when the first call is queued, false when the last one finished.
    void busyChanged(bool busy);
    // A call on the open database failed because its server cannot be reached or the
    // connection dropped (Error::Code::Unavailable). Not emitted by open(): a database
    // that cannot be opened leaves the open one as it was.
    void connectionLost(const Gatehouse::Error &error);

private:
    static Error noDatabase();
    // From the worker thread.
    void reportLost(const Error &error);
    void callFinished();
    void updateBusy();

    // Not QtConcurrent::run(): its QFuture::waitForFinished() runs a task that has not
    // started yet on the waiting thread, which would move the connection off its thread.
    template <typename R, typename Function>
    QFuture<R> post(Function function)
    {
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        m_pending.fetch_add(1);
        updateBusy();
        m_pool.start([this, promise, function = std::move(function)]() mutable {
            promise->start();
            if constexpr (std::is_void_v<R>) {
                function();
            } else {
                promise->addResult(function());
            }
            promise->finish();
            callFinished();
        });
        return future;
    }

    QThreadPool m_pool;
    // Touched only on m_pool's one thread.
    std::unique_ptr<Repository> m_repository;
    std::atomic<int> m_pending = 0;
    bool m_busyReported = false; // on the object's thread
};

} // namespace Gatehouse

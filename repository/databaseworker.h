// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/repository.h"
#include "repository/openmode.h"

#include <QFuture>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

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
class DatabaseWorker : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseWorker(QObject *parent = nullptr);
    ~DatabaseWorker() override;

    // Opens (see openRepository) and loads. On success the new database replaces the
    // open one; on failure the open one stays.
    QFuture<Result<Snapshot>> open(const QString &url, OpenMode mode, const QString &creatorSubject,
                                   const QString &creatorName);
    QFuture<Result<Snapshot>> reload();
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
    // an open database the result is an Error (NotFound) and `task` is not called.
    template <typename Task>
    auto run(Task task) -> QFuture<std::invoke_result_t<Task, Repository &>>
    {
        using R = std::invoke_result_t<Task, Repository &>;
        return post<R>([this, task = std::move(task)]() mutable -> R {
            if (!m_repository)
                return R(noDatabase());
            return task(*m_repository);
        });
    }

private:
    static Error noDatabase();

    // Not QtConcurrent::run(): its QFuture::waitForFinished() runs a task that has not
    // started yet on the waiting thread, which would move the connection off its thread.
    template <typename R, typename Function>
    QFuture<R> post(Function function)
    {
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        m_pool.start([promise, function = std::move(function)]() mutable {
            promise->start();
            if constexpr (std::is_void_v<R>) {
                function();
            } else {
                promise->addResult(function());
            }
            promise->finish();
        });
        return future;
    }

    QThreadPool m_pool;
    // Touched only on m_pool's one thread.
    std::unique_ptr<Repository> m_repository;
};

} // namespace Gatehouse

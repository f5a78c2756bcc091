// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/databaseworker.h"

#include "repository/repositoryfactory.h"

#include <QThread>

using namespace Qt::StringLiterals;

namespace Gatehouse {

DatabaseWorker::DatabaseWorker(QObject *parent)
    : QObject(parent)
{
    // One thread that never expires: the connection stays on the thread that opened it.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_pool.setObjectName(u"gatehouse-database"_s);
}

DatabaseWorker::~DatabaseWorker()
{
    close();
    m_pool.waitForDone();
}

Error DatabaseWorker::noDatabase()
{
    return makeError(Error::Code::NotFound, u"No database is open."_s);
}

QFuture<Result<Snapshot>> DatabaseWorker::open(const QString &url, OpenMode mode,
                                               const QString &creatorSubject,
                                               const QString &creatorName)
{
    return post<Result<Snapshot>>([this, url, mode, creatorSubject, creatorName]() -> Result<Snapshot> {
        auto opened = openRepository(url, mode, creatorSubject, creatorName);
        if (!opened)
            return opened.error();
        m_repository = std::move(opened).value();
        return m_repository->load();
    });
}

QFuture<Result<Snapshot>> DatabaseWorker::reload()
{
    return run([](Repository &repository) { return repository.load(); });
}

namespace {
Result<DatabaseWorker::Loaded> loadWithChangeId(Repository &repository)
{
    const Result<Id> last = repository.lastChangeId();
    if (!last)
        return last.error();
    Result<Snapshot> snapshot = repository.load();
    if (!snapshot)
        return snapshot.error();
    return DatabaseWorker::Loaded{std::move(snapshot).value(), *last};
}
} // namespace

QFuture<Result<DatabaseWorker::Loaded>> DatabaseWorker::openWithChangeId(const QString &url, OpenMode mode,
                                                                         const QString &creatorSubject,
                                                                         const QString &creatorName)
{
    return post<Result<Loaded>>([this, url, mode, creatorSubject, creatorName]() -> Result<Loaded> {
        auto opened = openRepository(url, mode, creatorSubject, creatorName);
        if (!opened)
            return opened.error();
        Result<Loaded> loaded = loadWithChangeId(*opened.value());
        // The open database stays when the new one cannot be read either.
        if (loaded)
            m_repository = std::move(opened).value();
        return loaded;
    });
}

QFuture<Result<DatabaseWorker::Loaded>> DatabaseWorker::reloadWithChangeId()
{
    return run([](Repository &repository) { return loadWithChangeId(repository); });
}

QFuture<Result<Id>> DatabaseWorker::lastChangeId()
{
    return run([](Repository &repository) { return repository.lastChangeId(); });
}

QFuture<Result<bool>> DatabaseWorker::isEmptyOrganisation()
{
    return run([](Repository &repository) { return repository.isEmptyOrganisation(); });
}

QFuture<Result<void>> DatabaseWorker::importSnapshot(const Snapshot &snapshot, Repository::ImportMode mode,
                                                     const QString &actingSubject)
{
    return run([snapshot, mode, actingSubject](Repository &repository) {
        return repository.importSnapshot(snapshot, mode, actingSubject);
    });
}

QFuture<Result<CommitResult>> DatabaseWorker::commit(const ChangeSet &changes, const QString &actingSubject)
{
    return run([changes, actingSubject](Repository &repository) {
        return repository.commit(changes, actingSubject);
    });
}

QFuture<Result<QList<AuditRecord>>> DatabaseWorker::auditLog(const AuditFilter &filter)
{
    return run([filter](Repository &repository) { return repository.auditLog(filter); });
}

QFuture<Result<Review>> DatabaseWorker::saveReview(const Review &review, const QString &actingSubject)
{
    return run([review, actingSubject](Repository &repository) {
        return repository.saveReview(review, actingSubject);
    });
}

QFuture<Result<QList<Review>>> DatabaseWorker::reviews()
{
    return run([](Repository &repository) { return repository.reviews(); });
}

QFuture<Result<Review>> DatabaseWorker::review(Id id)
{
    return run([id](Repository &repository) { return repository.review(id); });
}

QFuture<void> DatabaseWorker::close()
{
    return post<void>([this] { m_repository.reset(); });
}

void DatabaseWorker::reportLost(const Error &error)
{
    QMetaObject::invokeMethod(this, [this, error] { Q_EMIT connectionLost(error); }, Qt::QueuedConnection);
}

void DatabaseWorker::callFinished()
{
    m_pending.fetch_sub(1);
    QMetaObject::invokeMethod(this, &DatabaseWorker::updateBusy, Qt::QueuedConnection);
}

void DatabaseWorker::updateBusy()
{
    if (QThread::currentThread() != thread()) {
        QMetaObject::invokeMethod(this, &DatabaseWorker::updateBusy, Qt::QueuedConnection);
        return;
    }
    const bool busy = m_pending.load() > 0;
    if (busy == m_busyReported)
        return;
    m_busyReported = busy;
    Q_EMIT busyChanged(busy);
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/databaseworker.h"

#include "repository/repositoryfactory.h"

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

} // namespace Gatehouse

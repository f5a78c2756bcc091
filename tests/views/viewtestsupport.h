// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the window tests share: a demo organisation in a real SQLite file, the window's
// backend wired to a real DatabaseWorker, and waiting for its futures.

#include "core/demogenerator.h"
#include "repository/databaseworker.h"
#include "repository/repositoryfactory.h"
#include "views/adminbackend.h"

#include <QCoreApplication>
#include <QFuture>

namespace Gatehouse::ViewTest {

// Waits while the event loop runs, so continuations on the GUI thread happen.
template <typename T>
T waitFor(QFuture<T> future)
{
    while (!future.isFinished())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return future.result();
}

// A new database at `url` holding generateDemo(options), its creator `options.adminSubject`.
inline Result<void> createDemoDatabase(const QString &url, const DemoOptions &options)
{
    auto repository = openRepository(url, OpenMode::CreateIfMissing, options.adminSubject, QStringLiteral("Tester"));
    if (!repository)
        return repository.error();
    return (*repository)->importSnapshot(generateDemo(options), Repository::ImportMode::Replace,
                                         options.adminSubject);
}

// Commits, history and reloads through `worker` (reviews are wired by the tests that use them).
inline AdminBackend workerBackend(DatabaseWorker *worker)
{
    AdminBackend backend;
    backend.commit = [worker](const ChangeSet &changes, const QString &subject) { return worker->commit(changes, subject); };
    backend.auditLog = [worker](const AuditFilter &filter) { return worker->auditLog(filter); };
    backend.reload = [worker] { return worker->reload(); };
    return backend;
}

} // namespace Gatehouse::ViewTest

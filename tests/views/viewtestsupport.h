// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the window tests share: settings of their own, a demo organisation in a real SQLite
// file, a MainWindow whose backend is wired to a real DatabaseWorker, and waiting for its
// futures.

#include "core/demogenerator.h"
#include "core/directory.h"
#include "repository/databaseworker.h"
#include "repository/repositoryfactory.h"
#include "views/adminbackend.h"
#include "views/mainwindow.h"

#include <QCoreApplication>
#include <QFuture>
#include <QRegularExpression>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <memory>

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

// Commits, history, reloads, tokens and settings through `worker` (reviews are wired by the
// tests that use them).
inline AdminBackend workerBackend(DatabaseWorker *worker)
{
    AdminBackend backend;
    backend.commit = [worker](const ChangeSet &changes, const QString &subject) { return worker->commit(changes, subject); };
    backend.auditLog = [worker](const AuditFilter &filter) { return worker->auditLog(filter); };
    backend.reload = [worker] { return worker->reload(); };
    // Tokens and settings, through the worker as the application does.
    backend.tokens = [worker] { return worker->run([](Repository &r) { return r.tokens(); }); };
    backend.saveToken = [worker](const Token &token, const QString &subject) {
        return worker->run([token, subject](Repository &r) { return r.saveToken(token, subject); });
    };
    backend.deleteToken = [worker](const Token &token, const QString &subject) {
        return worker->run([token, subject](Repository &r) { return r.deleteToken(token, subject); });
    };
    backend.settings = [worker] { return worker->run([](Repository &r) { return r.settings(); }); };
    backend.saveSettings = [worker](const QHash<QString, QString> &values, const QString &subject) {
        return worker->run([values, subject](Repository &r) { return r.saveSettings(values, subject); });
    };
    return backend;
}

// Keeps the test's settings in INI files under `dir`, named after `application`, never the
// user's own.
inline void isolateSettings(const QTemporaryDir &dir, const QString &application)
{
    QCoreApplication::setOrganizationName(QStringLiteral("GatehouseTest"));
    QCoreApplication::setApplicationName(application);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.filePath(QStringLiteral("settings")));
}

// The demo organisation most window tests use (300 accounts, 20 teams, 60 datastores),
// created by `admin`.
inline DemoOptions demoOptions(quint64 seed, const QString &admin)
{
    DemoOptions options;
    options.accounts = 300;
    options.teams = 20;
    options.datastores = 60;
    options.seed = seed;
    options.adminSubject = admin;
    return options;
}

// Clears the settings and fails the test on any warning but the one the offscreen platform
// gives about size hints it cannot pass on. For init().
inline void startCleanly()
{
    QSettings().clear();
    QTest::failOnWarning(QRegularExpression(QStringLiteral("^(?!This plugin does not support propagateSizeHints).*")));
}

// What init() opens for each test: the database through a new worker, its organisation in
// a Directory, and a shown MainWindow on it.
struct Window
{
    std::unique_ptr<DatabaseWorker> worker;
    std::unique_ptr<Directory> directory;
    std::unique_ptr<MainWindow> window;

    // Closes the window, then the Directory, then the worker. For cleanup().
    void close()
    {
        window.reset();
        directory.reset();
        worker.reset();
    }
};

// Opens `url` through a new worker into `into`, and shows a MainWindow acting as `subject`
// on workerBackend(), which `extendBackend` may add to.
inline Result<void> openWindow(Window &into, const QString &url, const QString &subject,
                               const std::function<void(AdminBackend &, DatabaseWorker *)> &extendBackend = {})
{
    into.worker = std::make_unique<DatabaseWorker>();
    const Result<Snapshot> loaded
        = waitFor(into.worker->open(url, OpenMode::ExistingOnly, subject, QStringLiteral("Tester")));
    if (!loaded)
        return loaded.error();
    into.directory = std::make_unique<Directory>();
    into.directory->load(loaded.value());
    into.window = std::make_unique<MainWindow>(into.directory.get());
    AdminBackend backend = workerBackend(into.worker.get());
    if (extendBackend)
        extendBackend(backend, into.worker.get());
    into.window->setBackend(backend);
    into.window->setActingSubject(subject);
    into.window->show();
    if (!QTest::qWaitForWindowExposed(into.window.get()))
        return makeError(Error::Code::Unavailable, QStringLiteral("the main window was never shown"));
    return {};
}

} // namespace Gatehouse::ViewTest

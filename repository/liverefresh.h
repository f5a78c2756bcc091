// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/snapshot.h"
#include "repository/changewatcher.h"
#include "repository/databaseworker.h"

#include <QFuture>
#include <QObject>
#include <QTimer>

namespace Gatehouse {

class Directory;

// Keeps a Directory up to date with what other processes commit, and follows whether the
// database can be reached. Wires a DatabaseWorker (all SQL), a ChangeWatcher (hears
// commits) and the Directory (what the views read), on the GUI thread:
//
// - open()/reload() load through the worker and note the newest audit id already loaded;
// - when the watcher hears a commit, the records after that id are read, turned into an
//   AuditDelta and applied to the Directory, so views update the changed rows without a
//   reset. Our own commits come back the same way and change nothing (the Directory already
//   holds them). An import or anything else the delta cannot follow asks for a reload
//   (reloadNeeded());
// - a worker call failing with Error::Code::Unavailable, or the watcher losing its
//   connection, makes it disconnected(): it tries again after 1 s, then twice as long each
//   time, at most 30 s (or at once on retryNow(), or when the watcher is back), and once the
//   database answers it is reconnected() and catches up.
class LiveRefresh : public QObject
{
    Q_OBJECT
public:
    static constexpr int FirstRetryMs = 1000;
    static constexpr int MaxRetryMs = 30000;

    LiveRefresh(DatabaseWorker *worker, Directory *directory, QObject *parent = nullptr);
    ~LiveRefresh() override;

    // Opens `url` on the worker (DatabaseWorker::open) and, once it is open, watches it. The
    // organisation comes back for whoever shows it to load into the Directory.
    QFuture<Result<Snapshot>> open(const QString &url, OpenMode mode, const QString &creatorSubject,
                                   const QString &creatorName);
    // Reads the whole organisation again (after an import, or when reloadNeeded()).
    QFuture<Result<Snapshot>> reload();

    QString url() const { return m_url; }
    bool isConnected() const { return !m_disconnected; }
    // The newest audit record the Directory is known to hold.
    Id lastSeenId() const { return m_lastSeen; }
    ChangeWatcher *watcher() { return &m_watcher; }

public Q_SLOTS:
    // Reads the records after lastSeenId() and applies them. Runs one at a time; a request
    // while one runs is done after it.
    void catchUp();
    // While disconnected: try to reach the database now.
    void retryNow();

Q_SIGNALS:
    // The Directory applied changes made elsewhere (`reviewsChanged`: access reviews were
    // saved, whoever lists them reads them again).
    void caughtUp(bool reviewsChanged);
    // API tokens were created, revoked, restored or deleted elsewhere (or by us).
    void tokensChanged();
    // The organisation was replaced (an import) or changed in a way only a full load shows.
    void reloadNeeded();
    // The database cannot be reached: emitted when that starts and after every attempt that
    // fails, with the latest reason.
    void disconnected(const Gatehouse::Error &error);
    // The next attempt to reach the database starts in `ms`, or now (reconnecting()).
    void retryScheduled(int ms);
    void reconnecting();
    void reconnected();

private:
    void onWatcherChanged(Id newestId);
    void onConnectionLost(const Error &error);
    void apply(const QList<AuditRecord> &records);
    void scheduleRetry();
    QFuture<Result<Snapshot>> track(QFuture<Result<DatabaseWorker::Loaded>> loaded, const QString &url);

    DatabaseWorker *m_worker = nullptr;
    Directory *m_directory = nullptr;
    ChangeWatcher m_watcher;
    QTimer m_retryTimer;
    QString m_url;
    Id m_lastSeen = 0;
    // Bumped by every open and reload: catch-ups asked for before it are dropped.
    int m_epoch = 0;
    int m_retryMs = FirstRetryMs;
    bool m_catchingUp = false;
    bool m_catchUpAgain = false;
    bool m_disconnected = false;
    bool m_retrying = false;
};

} // namespace Gatehouse

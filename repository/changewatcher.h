// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QObject>
#include <QThread>

namespace Gatehouse {

class ChangeListener;

// Tells when another connection committed to the database being watched, so an open
// Gatehouse catches up (live refresh). It keeps a connection of its own on a thread of its
// own, apart from the DatabaseWorker's:
// - PostgreSQL: LISTENs on ChangeChannel; every committing transaction NOTIFYs it with the
//   newest audit id. The connection is checked as the server answers and every few
//   seconds; when it is lost the watcher says so and connects again by itself (after 1 s,
//   then twice as long each time, at most 30 s).
// - SQLite: reads `PRAGMA data_version` every 250 ms; it moves when another connection
//   (another process, or the DatabaseWorker's own) committed.
// Signals arrive on the thread the watcher lives in (the GUI's).
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    static constexpr int SqlitePollMs = 250;
    static constexpr int PostgresCheckMs = 2000;
    static constexpr int FirstRetryMs = 1000;
    static constexpr int MaxRetryMs = 30000;

    explicit ChangeWatcher(QObject *parent = nullptr);
    ~ChangeWatcher() override;

    // Starts watching the database at `url` (sqlite:…, postgresql://…), instead of the one
    // watched before. An in-memory SQLite database is never shared: nothing is watched.
    void watch(const QString &url);
    void stop();
    QString url() const { return m_url; }
    // Connected and listening (after ready() or connectionRestored(), until connectionLost()).
    bool isListening() const { return m_listening; }

Q_SIGNALS:
    // Another connection committed. `newestId` is the newest audit record it wrote when the
    // database says (PostgreSQL), 0 when it does not (SQLite, or after a reconnection).
    void changed(Gatehouse::Id newestId);
    // The first connection is made: no commit from here on goes unnoticed.
    void ready();
    // The server went away (or refused the connection); changes are not heard until
    // connectionRestored().
    void connectionLost(const Gatehouse::Error &error);
    void connectionRestored();

private:
    void stopListener(Qt::ConnectionType type);

    QThread m_thread;
    ChangeListener *m_listener = nullptr; // lives on m_thread
    QString m_url;
    int m_generation = 0;
    bool m_listening = false;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/changewatcher.h"

#include "core/repository.h"
#include "repository/databaseurl.h"
#include "repository/logging.h"
#include "repository/postgresconnection.h"

#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <libpq-fe.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Gatehouse {

// The watcher's connection and timers, on the watcher's thread. Created there by start(),
// closed there by shutdown().
class ChangeListener : public QObject
{
    Q_OBJECT
public:
    explicit ChangeListener(const DatabaseUrl &url);

    void start();
    void shutdown();

Q_SIGNALS:
    void changed(Gatehouse::Id newestId);
    void ready();
    void lost(const Gatehouse::Error &error);
    void restored();

private:
    bool isPostgres() const { return m_url.backend == DatabaseUrl::Backend::PostgreSql; }
    void connectNow();
    Result<void> openConnection();
    Result<void> listen();
    void closeConnection();
    void check();
    void checkSqlite();
    void checkPostgres();
    // The server sent something: notifications, or the end of the connection.
    void readServer();
    void takeNotifications();
    void connectionFailed(const Error &error);
    PGconn *postgresConnection() const;

    DatabaseUrl m_url;
    QString m_connectionName;
    QSocketNotifier *m_socket = nullptr;
    QTimer *m_checkTimer = nullptr;
    QTimer *m_retryTimer = nullptr;
    int m_retryMs = ChangeWatcher::FirstRetryMs;
    qint64 m_dataVersion = -1;
    bool m_connected = false;
    bool m_everConnected = false;
    bool m_lostReported = false;
};

namespace {

QString newConnectionName()
{
    static std::atomic<int> counter = 0;
    return u"gatehouse-watcher-%1"_s.arg(++counter);
}

} // namespace

ChangeListener::ChangeListener(const DatabaseUrl &url)
    : m_url(url), m_connectionName(newConnectionName())
{
}

void ChangeListener::start()
{
    m_checkTimer = new QTimer(this);
    m_checkTimer->setInterval(isPostgres() ? ChangeWatcher::PostgresCheckMs : ChangeWatcher::SqlitePollMs);
    connect(m_checkTimer, &QTimer::timeout, this, &ChangeListener::check);
    m_retryTimer = new QTimer(this);
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &ChangeListener::connectNow);
    connectNow();
}

void ChangeListener::shutdown()
{
    if (m_checkTimer)
        m_checkTimer->stop();
    if (m_retryTimer)
        m_retryTimer->stop();
    closeConnection();
}

void ChangeListener::connectNow()
{
    if (auto opened = openConnection(); !opened) {
        connectionFailed(opened.error());
        return;
    }
    m_connected = true;
    m_retryMs = ChangeWatcher::FirstRetryMs;
    m_checkTimer->start();
    if (!std::exchange(m_everConnected, true))
        Q_EMIT ready();
    if (std::exchange(m_lostReported, false)) {
        qCInfo(lcRepository) << "watching" << m_url.toDisplayString() << "again";
        Q_EMIT restored();
        // Whatever was committed while the connection was gone was not heard.
        Q_EMIT changed(0);
    }
}

Result<void> ChangeListener::openConnection()
{
    if (isPostgres()) {
        if (Result<QSqlDatabase> opened = openPostgresConnection(m_url, m_connectionName); !opened)
            return opened.error();
        if (Result<void> listening = listen(); !listening) {
            closeConnection();
            return listening.error();
        }
        return {};
    }
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(m_url.path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open()) {
            m_dataVersion = -1;
            checkSqlite();
            if (db.isOpen())
                return {};
        }
    }
    const Error error = makeError(Error::Code::Unavailable, u"Cannot watch %1 for changes."_s.arg(m_url.path),
                                  QSqlDatabase::database(m_connectionName, false).lastError().text());
    closeConnection();
    return error;
}

// LISTEN on the QPSQL connection, reading the socket here rather than through
// QSqlDriver::subscribeToNotification: the driver's socket notifier (6.4) cannot be reached,
// so when the server ends the connection and libpq closes the socket, the notifier would be
// left on a closed descriptor. This one is deleted at once, in the same activation.
Result<void> ChangeListener::listen()
{
    {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!query.exec(u"LISTEN "_s + QLatin1StringView(ChangeChannel)))
            return postgresConnectionLost(m_url, query.lastError().text());
    }
    PGconn *connection = postgresConnection();
    const int socket = connection ? PQsocket(connection) : -1;
    if (socket < 0)
        return postgresConnectionLost(m_url, u"the QPSQL driver gave no connection handle"_s);
    // The server's own words when it ends the connection ("terminating connection due to
    // administrator command") go to the log, not to stderr.
    PQsetNoticeProcessor(
        connection, [](void *, const char *message) { qCDebug(lcRepository) << "server:" << message; }, nullptr);
    m_socket = new QSocketNotifier(socket, QSocketNotifier::Read, this);
    connect(m_socket, &QSocketNotifier::activated, this, &ChangeListener::readServer);
    takeNotifications();
    return {};
}

void ChangeListener::closeConnection()
{
    m_connected = false;
    if (m_checkTimer)
        m_checkTimer->stop();
    // Possibly inside its own activation: off the poll set now, deleted later.
    if (QSocketNotifier *socket = std::exchange(m_socket, nullptr)) {
        socket->setEnabled(false);
        socket->deleteLater();
    }
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void ChangeListener::connectionFailed(const Error &error)
{
    closeConnection();
    if (!std::exchange(m_lostReported, true)) {
        qCInfo(lcRepository) << "not watching" << m_url.toDisplayString() << "for changes:" << error.message
                             << error.detail;
        Q_EMIT lost(error);
    }
    m_retryTimer->start(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, ChangeWatcher::MaxRetryMs);
}

void ChangeListener::check()
{
    if (!m_connected)
        return;
    if (isPostgres())
        checkPostgres();
    else
        checkSqlite();
}

void ChangeListener::checkSqlite()
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next()) {
        // Busy for longer than the timeout, or the file is gone: try again at the next tick;
        // a file that cannot be opened any more is reported as lost.
        const QSqlError error = query.lastError();
        if (!db.isOpen())
            connectionFailed(makeError(Error::Code::Unavailable, u"Cannot watch %1 for changes."_s.arg(m_url.path),
                                       error.text()));
        return;
    }
    const qint64 version = query.value(0).toLongLong();
    query.finish();
    if (m_dataVersion >= 0 && version != m_dataVersion)
        Q_EMIT changed(0);
    m_dataVersion = version;
}

PGconn *ChangeListener::postgresConnection() const
{
    if (!QSqlDatabase::contains(m_connectionName))
        return nullptr;
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    // PGconn is a typedef of struct pg_conn: Qt names the type either way.
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

void ChangeListener::checkPostgres()
{
    QString detail;
    {
        QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
        if (!query.exec(u"SELECT 1"_s))
            detail = query.lastError().text().isEmpty() ? u"no answer"_s : query.lastError().text();
    }
    PGconn *connection = postgresConnection();
    if (!detail.isEmpty() || !connection || PQstatus(connection) == CONNECTION_BAD) {
        connectionFailed(postgresConnectionLost(m_url, detail));
        return;
    }
    // Notifications that arrived with the answer are queued in libpq.
    takeNotifications();
}

void ChangeListener::readServer()
{
    PGconn *connection = postgresConnection();
    if (!connection || !PQconsumeInput(connection) || PQstatus(connection) == CONNECTION_BAD) {
        const QString detail = connection ? QString::fromUtf8(PQerrorMessage(connection)).trimmed() : QString();
        connectionFailed(postgresConnectionLost(m_url, detail));
        return;
    }
    takeNotifications();
}

void ChangeListener::takeNotifications()
{
    PGconn *connection = postgresConnection();
    if (!connection)
        return;
    while (PGnotify *notify = PQnotifies(connection)) {
        if (qstrcmp(notify->relname, ChangeChannel) == 0) {
            bool ok = false;
            const Id newest = QByteArray(notify->extra).toLongLong(&ok);
            Q_EMIT changed(ok && newest > 0 ? newest : 0);
        }
        PQfreemem(notify);
    }
}

ChangeWatcher::ChangeWatcher(QObject *parent)
    : QObject(parent)
{
    m_thread.setObjectName(u"gatehouse-watcher"_s);
}

ChangeWatcher::~ChangeWatcher()
{
    stopListener(Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ChangeWatcher::watch(const QString &url)
{
    stopListener(Qt::QueuedConnection);
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed || parsed->isMemory())
        return;
    m_url = url;
    const int generation = ++m_generation;
    m_listener = new ChangeListener(*parsed);
    m_listener->moveToThread(&m_thread);
    // A listener being replaced may still have signals on their way: only the current one's
    // reach the watcher's signals.
    connect(m_listener, &ChangeListener::changed, this, [this, generation](Id newest) {
        if (generation == m_generation)
            Q_EMIT changed(newest);
    });
    connect(m_listener, &ChangeListener::ready, this, [this, generation] {
        if (generation != m_generation)
            return;
        m_listening = true;
        Q_EMIT ready();
    });
    connect(m_listener, &ChangeListener::lost, this, [this, generation](const Error &error) {
        if (generation != m_generation)
            return;
        m_listening = false;
        Q_EMIT connectionLost(error);
    });
    connect(m_listener, &ChangeListener::restored, this, [this, generation] {
        if (generation != m_generation)
            return;
        m_listening = true;
        Q_EMIT connectionRestored();
    });
    if (!m_thread.isRunning())
        m_thread.start();
    QMetaObject::invokeMethod(m_listener, &ChangeListener::start, Qt::QueuedConnection);
}

void ChangeWatcher::stop()
{
    stopListener(Qt::QueuedConnection);
}

void ChangeWatcher::stopListener(Qt::ConnectionType type)
{
    ++m_generation;
    m_listening = false;
    m_url.clear();
    ChangeListener *listener = std::exchange(m_listener, nullptr);
    if (!listener)
        return;
    // Closed on its own thread (a Qt SQL connection belongs to the thread that opened it),
    // without waiting unless the thread is about to end: it may be connecting.
    QMetaObject::invokeMethod(
        listener,
        [listener] {
            listener->shutdown();
            delete listener;
        },
        type);
}

} // namespace Gatehouse

#include "changewatcher.moc"

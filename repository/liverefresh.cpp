// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/liverefresh.h"

#include "core/auditdelta.h"
#include "core/directory.h"
#include "repository/logging.h"

namespace Gatehouse {

LiveRefresh::LiveRefresh(DatabaseWorker *worker, Directory *directory, QObject *parent)
    : QObject(parent), m_worker(worker), m_directory(directory)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &LiveRefresh::retryNow);
    connect(&m_watcher, &ChangeWatcher::changed, this, &LiveRefresh::onWatcherChanged);
    // Commits between the load and the first LISTEN (or data_version read) are read now.
    connect(&m_watcher, &ChangeWatcher::ready, this, &LiveRefresh::catchUp);
    connect(&m_watcher, &ChangeWatcher::connectionLost, this, &LiveRefresh::onConnectionLost);
    connect(&m_watcher, &ChangeWatcher::connectionRestored, this, [this] {
        if (m_disconnected)
            retryNow();
        else
            catchUp();
    });
    connect(m_worker, &DatabaseWorker::connectionLost, this, &LiveRefresh::onConnectionLost);
}

LiveRefresh::~LiveRefresh() = default;

QFuture<Result<Snapshot>> LiveRefresh::open(const QString &url, OpenMode mode, const QString &creatorSubject,
                                            const QString &creatorName)
{
    return track(m_worker->openWithChangeId(url, mode, creatorSubject, creatorName), url);
}

QFuture<Result<Snapshot>> LiveRefresh::reload()
{
    return track(m_worker->reloadWithChangeId(), QString());
}

QFuture<Result<Snapshot>> LiveRefresh::track(QFuture<Result<DatabaseWorker::Loaded>> loaded, const QString &url)
{
    ++m_epoch;
    return loaded.then(this, [this, url](Result<DatabaseWorker::Loaded> result) -> Result<Snapshot> {
        if (!result)
            return result.error();
        m_lastSeen = result->lastChangeId;
        if (!url.isEmpty()) {
            m_url = url;
            m_watcher.watch(url);
        }
        if (std::exchange(m_disconnected, false)) {
            m_retryTimer.stop();
            Q_EMIT reconnected();
        }
        return std::move(result).value().organisation;
    });
}

void LiveRefresh::onWatcherChanged(Id newestId)
{
    // Our own commit, or one already read.
    if (newestId > 0 && newestId <= m_lastSeen)
        return;
    catchUp();
}

void LiveRefresh::catchUp()
{
    if (m_url.isEmpty() || m_disconnected)
        return;
    if (m_catchingUp) {
        m_catchUpAgain = true;
        return;
    }
    m_catchingUp = true;
    const int epoch = m_epoch;
    AuditFilter filter;
    filter.afterId = m_lastSeen;
    m_worker->auditLog(filter).then(this, [this, epoch](Result<QList<AuditRecord>> records) {
        m_catchingUp = false;
        // A load asked for meanwhile holds these changes already.
        if (epoch == m_epoch) {
            if (records)
                apply(*records);
            else
                qCWarning(lcRepository) << "cannot read the changes made elsewhere:" << records.error().message
                                        << records.error().detail;
        }
        if (std::exchange(m_catchUpAgain, false))
            catchUp();
    });
}

void LiveRefresh::apply(const QList<AuditRecord> &records)
{
    const AuditDelta delta = auditDelta(records, m_directory->snapshot());
    if (delta.reloadNeeded) {
        qCDebug(lcRepository) << "changes made elsewhere need a reload, up to record" << delta.newestId;
        Q_EMIT reloadNeeded();
        return;
    }
    m_lastSeen = std::max(m_lastSeen, delta.newestId);
    if (!delta.isEmpty())
        m_directory->apply(delta.changes);
    if (!delta.isEmpty() || delta.reviewsChanged)
        Q_EMIT caughtUp(delta.reviewsChanged);
    if (delta.tokensChanged)
        Q_EMIT tokensChanged();
}

void LiveRefresh::onConnectionLost(const Error &error)
{
    if (m_url.isEmpty() || m_disconnected)
        return;
    qCInfo(lcRepository) << "disconnected from" << m_url << ':' << error.message << error.detail;
    m_disconnected = true;
    m_retryMs = FirstRetryMs;
    Q_EMIT disconnected(error);
    scheduleRetry();
}

void LiveRefresh::scheduleRetry()
{
    m_retryTimer.start(m_retryMs);
    Q_EMIT retryScheduled(m_retryMs);
    m_retryMs = std::min(m_retryMs * 2, MaxRetryMs);
}

void LiveRefresh::retryNow()
{
    if (!m_disconnected || m_retrying)
        return;
    m_retryTimer.stop();
    m_retrying = true;
    Q_EMIT reconnecting();
    m_worker->lastChangeId().then(this, [this](Result<Id> newest) {
        m_retrying = false;
        if (!m_disconnected)
            return;
        if (!newest) {
            Q_EMIT disconnected(newest.error());
            scheduleRetry();
            return;
        }
        qCInfo(lcRepository) << "reconnected to" << m_url;
        m_disconnected = false;
        // The watcher may be waiting out a long pause between its own attempts.
        if (!m_watcher.isListening())
            m_watcher.watch(m_url);
        Q_EMIT reconnected();
        // History that went back is another database now (restored from a backup).
        if (*newest < m_lastSeen)
            Q_EMIT reloadNeeded();
        else
            catchUp();
    });
}

} // namespace Gatehouse

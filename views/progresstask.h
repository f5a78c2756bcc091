// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/progress.h"

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>

class QProgressDialog;
class QTimer;
class QWidget;

namespace Gatehouse {

// Long work (an export, reading a big organisation file, rebuilding the organisation as of
// a past date) on the thread pool, with a window-modal progress dialog and a Cancel button.
// The dialog appears only when the work lasts longer than MinimumDurationMs, so quick
// work shows nothing. It shows the stage's steps when the work gives a total, and is busy
// otherwise. Cancel asks the work to stop (Progress::cancel()); the work then returns
// Progress::cancelledError() having changed nothing, and the caller's continuation sees
// that code. The returned future is the work's; continue on it with .then(context, …).
class ProgressTask : public QObject
{
    Q_OBJECT
public:
    static constexpr int MinimumDurationMs = 1000;

    template <typename T>
    static QFuture<T> run(QWidget *parent, const QString &label, std::function<T(Progress &)> work)
    {
        auto progress = std::make_shared<Progress>();
        auto *task = new ProgressTask(parent, label, progress);
        QFuture<T> future = QtConcurrent::run([progress, work = std::move(work)] { return work(*progress); });
        auto *watcher = new QFutureWatcher<T>(task);
        connect(watcher, &QFutureWatcherBase::finished, task, &ProgressTask::finish);
        watcher->setFuture(future);
        return future;
    }

    // The dialog of the task running on `parent`, if one is running (for tests).
    static QProgressDialog *dialogOf(QWidget *parent);

    // A window closed while its work runs stops the work: nobody is left to want it.
    ~ProgressTask() override;

private:
    ProgressTask(QWidget *parent, const QString &label, std::shared_ptr<Progress> progress);
    void poll();
    void finish();

    std::shared_ptr<Progress> m_progress;
    QProgressDialog *m_dialog = nullptr;
    QTimer *m_timer = nullptr;
};

} // namespace Gatehouse

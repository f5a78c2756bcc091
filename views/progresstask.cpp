// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/progresstask.h"

#include <QProgressDialog>
#include <QTimer>

#include <limits>

namespace Gatehouse {

namespace {
const char *const TaskDialogName = "gatehouse-progress-task";
} // namespace

ProgressTask::ProgressTask(QWidget *parent, const QString &label, std::shared_ptr<Progress> progress)
    : QObject(parent), m_progress(std::move(progress))
{
    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, parent);
    m_dialog->setObjectName(QString::fromLatin1(TaskDialogName));
    m_dialog->setWindowTitle(label);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumDuration(MinimumDurationMs);
    m_dialog->setAccessibleName(label);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] { m_progress->cancel(); });

    // The work reports through atomics; the dialog reads them a few times a second.
    m_timer = new QTimer(this);
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &ProgressTask::poll);
    m_timer->start();
}

ProgressTask::~ProgressTask()
{
    m_progress->cancel(); // harmless once the work is done
}

void ProgressTask::poll()
{
    if (m_progress->isCancelled())
        return;
    const qint64 total = m_progress->total();
    if (total <= 0) {
        m_dialog->setRange(0, 0);
        return;
    }
    // A bar counts in int: large totals are shown in thousandths.
    const bool scaled = total > std::numeric_limits<int>::max();
    const qint64 done = std::min(m_progress->done(), total);
    m_dialog->setRange(0, scaled ? 1000 : int(total));
    m_dialog->setValue(scaled ? int(done * 1000 / total) : int(done));
}

void ProgressTask::finish()
{
    m_timer->stop();
    m_dialog->hide();
    m_dialog->deleteLater();
    deleteLater();
}

QProgressDialog *ProgressTask::dialogOf(QWidget *parent)
{
    return parent ? parent->findChild<QProgressDialog *>(QString::fromLatin1(TaskDialogName)) : nullptr;
}

} // namespace Gatehouse

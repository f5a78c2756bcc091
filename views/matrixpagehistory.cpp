// SPDX-License-Identifier: GPL-3.0-or-later
// MatrixPage, part two: the matrix as of a past date, and the dialogs that compare two
// moments or two accounts. The page itself is in matrixpage.cpp.
#include "views/matrixpage.h"

#include "core/history.h"
#include "models/matrixmodel.h"
#include "views/changesdialog.h"
#include "views/comparedialog.h"
#include "views/progresstask.h"

#include <QDateTimeEdit>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Gatehouse {

void MatrixPage::setBackend(AdminBackend backend)
{
    m_backend = std::move(backend);
}

bool MatrixPage::isLive() const
{
    return m_model->isLive();
}

void MatrixPage::setBusy(bool busy, const QString &message)
{
    m_busyLabel->setText(message);
    m_busyLabel->setVisible(busy);
    m_asOfEdit->setEnabled(!busy);
}

void MatrixPage::showAsOf(const QDateTime &time)
{
    const int generation = ++m_generation;
    m_busyGeneration = 0;
    setBusy(false);
    if (!time.isValid() || time >= QDateTime::currentDateTimeUtc()) {
        m_asOf = {};
        m_banner->hide();
        if (!isLive()) {
            m_model->setSource(nullptr, nullptr);
            m_pastIndex.reset();
            m_pastSnapshot.reset();
            fillChoices();
            applyFilters();
        }
        Q_EMIT asOfFinished({});
        return;
    }
    if (!m_backend.auditLog) {
        Q_EMIT asOfFinished(tr("No database: the history cannot be read."));
        return;
    }
    m_busyGeneration = generation;
    setBusy(true, tr("Reading history…"));
    m_backend.auditLog(AuditFilter{}).then(this, [this, generation, time](Result<QList<AuditRecord>> log) {
        if (generation != m_generation)
            return; // a newer request replaced this one
        m_busyGeneration = 0;
        setBusy(false);
        if (!log.ok()) {
            Q_EMIT asOfFinished(log.error().message);
            return;
        }
        // Rebuilding a big organisation from its history takes seconds: on the pool, with
        // a progress dialog that can cancel it.
        struct Past
        {
            std::shared_ptr<const Snapshot> snapshot;
            std::shared_ptr<const AccessIndex> index;
        };
        ProgressTask::run<Result<Past>>(this, tr("Rebuilding access as of %1…").arg(QLocale().toString(time, QLocale::ShortFormat)),
                                        [records = std::move(log).value(), time](Progress &progress) -> Result<Past> {
                                            Result<Snapshot> past = organisationAsOf(records, time, &progress);
                                            if (!past)
                                                return past.error();
                                            auto snapshot = std::make_shared<const Snapshot>(std::move(past).value());
                                            if (progress.isCancelled())
                                                return Progress::cancelledError();
                                            auto index = std::make_shared<const AccessIndex>(*snapshot);
                                            return Past{std::move(snapshot), std::move(index)};
                                        })
            .then(this, [this, generation, time](const Result<Past> &past) {
                if (generation != m_generation)
                    return; // a newer request replaced this one
                if (!past.ok() && past.error().code == Error::Code::Cancelled) {
                    // Back to what the page still shows.
                    const QSignalBlocker blocker(m_asOfEdit);
                    m_asOfEdit->setDateTime(isLive() ? QDateTime::currentDateTimeUtc() : m_asOf);
                    Q_EMIT asOfFinished(past.error().message);
                    return;
                }
                if (!past.ok()) {
                    m_banner->setText(tr("Cannot show access as of %1: %2")
                                          .arg(QLocale().toString(time, QLocale::LongFormat), past.error().message));
                    m_banner->show();
                    Q_EMIT asOfFinished(past.error().message);
                    return;
                }
                m_model->setSource(past->snapshot.get(), past->index.get());
                m_pastSnapshot = past->snapshot;
                m_pastIndex = past->index;
                m_asOf = time;
                m_banner->setText(tr("Showing access as of %1 UTC — read-only")
                                      .arg(time.toUTC().toString(u"d MMM yyyy HH:mm"_s)));
                m_banner->show();
                fillChoices();
                applyFilters();
                Q_EMIT asOfFinished({});
            });
    });
}

void MatrixPage::openCompare()
{
    const QModelIndex current = m_view->currentIndex();
    const qsizetype accountPos = current.isValid() ? m_model->accountPosAt(current.row()) : -1;
    auto *dialog = new CompareDialog(m_model->snapshot(), m_model->access(), accountPos, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MatrixPage::openChangesSince()
{
    auto *dialog = new ChangesDialog(m_backend, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace Gatehouse

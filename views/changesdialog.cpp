// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/changesdialog.h"

#include "models/accessdiffmodel.h"
#include "views/iconset.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#if __has_include("core/history.h")
#include "core/history.h"
#include "views/dialogfocus.h"
#define GATEHOUSE_HAVE_HISTORY 1
#endif

using namespace Qt::StringLiterals;

namespace Gatehouse {

ChangesDialog::ChangesDialog(AdminBackend backend, QWidget *parent)
    : QDialog(parent), m_backend(std::move(backend))
{
    keepButtonsReachable(this);
    setWindowTitle(tr("Changes in Access"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_from = new QDateTimeEdit(now.addDays(-30));
    m_to = new QDateTimeEdit(now);
    for (QDateTimeEdit *edit : {m_from, m_to}) {
        edit->setTimeSpec(Qt::UTC);
        edit->setDisplayFormat(u"yyyy-MM-dd HH:mm 'UTC'"_s);
        edit->setCalendarPopup(true);
    }
    m_compare = new QPushButton(IconSet::icon(IconId::Compare), tr("&Compare"));
    m_compare->setDefault(true);
    connect(m_compare, &QPushButton::clicked, this, &ChangesDialog::run);
    m_summary = new QLabel(tr("Choose two moments and press Compare."));
    m_summary->setWordWrap(true);
    m_model = new AccessDiffModel(this);
    auto *proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    m_view = new QTableView;
    m_view->setTabKeyNavigation(false); // arrows move between cells; Tab leaves the table
    m_view->setModel(proxy);
    m_view->setAccessibleName(windowTitle());
    m_view->setSortingEnabled(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);

    auto *row = new QHBoxLayout;
    // The labels name the fields for screen readers (setBuddy).
    auto *fromLabel = new QLabel(tr("From"));
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("to"));
    toLabel->setBuddy(m_to);
    row->addWidget(fromLabel);
    row->addWidget(m_from);
    row->addWidget(toLabel);
    row->addWidget(m_to);
    row->addWidget(m_compare);
    row->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(860, 600);
}

void ChangesDialog::run()
{
#ifdef GATEHOUSE_HAVE_HISTORY
    if (!m_backend.auditLog) {
        m_summary->setText(tr("No database: the history cannot be read."));
        Q_EMIT finished(m_summary->text());
        return;
    }
    const int generation = ++m_generation;
    const QDateTime from = m_from->dateTime().toUTC();
    const QDateTime to = m_to->dateTime().toUTC();
    m_compare->setEnabled(false);
    m_summary->setText(tr("Reading history…"));
    m_backend.auditLog(AuditFilter{}).then(this, [this, generation, from, to](Result<QList<AuditRecord>> log) {
        if (generation != m_generation)
            return;
        m_compare->setEnabled(true);
        if (!log.ok()) {
            m_summary->setText(log.error().message);
            Q_EMIT finished(log.error().message);
            return;
        }
        const Result<Snapshot> before = organisationAsOf(log.value(), from);
        const Result<Snapshot> after = organisationAsOf(log.value(), to);
        if (!before.ok() || !after.ok()) {
            const QString message = (before.ok() ? after : before).error().message;
            m_summary->setText(message);
            Q_EMIT finished(message);
            return;
        }
        const AccessDiff diff = diffAccess(before.value(), after.value());
        m_model->setDiff(diff, before.value(), after.value());
        const QStringList lines = diff.summaryLines(before.value(), after.value());
        m_summary->setText(lines.isEmpty() ? tr("No change in effective access between these moments.")
                                           : lines.join(u'\n'));
        Q_EMIT finished({});
    });
#else
    m_summary->setText(tr("The history cannot be read by this build."));
    Q_EMIT finished(m_summary->text());
#endif
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/reviewdialog.h"

#include "core/directory.h"
#include "core/reviewservice.h"
#include "models/reviewitemmodel.h"
#include "views/appearance.h"
#include "views/adminsession.h"
#include "views/applyrevocationsdialog.h"
#include "views/dialogfocus.h"
#include "views/iconset.h"
#include "views/reviewevidence.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {
QDateTime nowInSeconds()
{
    return parseTimestamp(formatTimestamp(QDateTime::currentDateTimeUtc()));
}

QString fileSafe(QString title)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    title.replace(unsafe, u"-"_s);
    return title.isEmpty() ? u"review"_s : title;
}
} // namespace

ReviewDialog::ReviewDialog(AdminSession *session, const Review &review, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    keepButtonsReachable(this);
    setWindowTitle(tr("Access Review \u2013 %1").arg(review.title));
    m_model = new ReviewItemModel(this);
    m_model->setReview(review);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ReviewItemModel::MarkRole);
    m_proxy->setFilterKeyColumn(ReviewItemModel::MarkColumn);
    m_proxy->setSortRole(ReviewItemModel::SortRole);

    m_heading = new QLabel;
    m_heading->setWordWrap(true);
    m_counts = new QLabel;
    m_unmarkedOnly = new QCheckBox(tr("Only &unmarked"));

    m_view = new QTableView;

    m_view->setTabKeyNavigation(false); // arrows move between cells; Tab leaves the table
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder); // review order until a header is clicked
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(ReviewItemModel::KindColumn, 100);
    m_view->setColumnWidth(ReviewItemModel::TeamColumn, 170);
    m_view->setColumnWidth(ReviewItemModel::TargetColumn, 220);
    m_view->setColumnWidth(ReviewItemModel::MarkColumn, 80);

    // Shortcuts of the table only, so K and R can still be typed into a comment.
    const auto addKey = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, m_view);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetShortcut);
        m_view->addAction(action);
        connect(action, &QAction::triggered, this, slot);
    };
    addKey(tr("Keep"), QKeySequence(Qt::Key_K), [this] { markCurrent(ReviewItem::Mark::Keep, false); });
    addKey(tr("Revoke"), QKeySequence(Qt::Key_R), [this] { markCurrent(ReviewItem::Mark::Revoke, false); });
    addKey(tr("Toggle"), QKeySequence(Qt::Key_Space), [this] { markCurrent(ReviewItem::Mark::Keep, true); });

    m_keep = new QPushButton(IconSet::icon(IconId::Restore), tr("&Keep"));
    m_keep->setToolTip(tr("Keep the selected item (K)"));
    m_revoke = new QPushButton(IconSet::icon(IconId::Revoke), tr("Re&voke"));
    m_revoke->setToolTip(tr("Revoke the selected item (R)"));
    connect(m_keep, &QPushButton::clicked, this, [this] { markCurrent(ReviewItem::Mark::Keep, false); });
    connect(m_revoke, &QPushButton::clicked, this, [this] { markCurrent(ReviewItem::Mark::Revoke, false); });
    for (QPushButton *button : {m_keep, m_revoke})
        button->setAutoDefault(false);

    auto *top = new QHBoxLayout;
    top->addWidget(m_counts, 1);
    top->addWidget(m_unmarkedOnly);
    top->addWidget(m_keep);
    top->addWidget(m_revoke);

    m_status = new QLabel;
    m_status->setWordWrap(true);
    m_status->hide();

    auto *buttons = new QDialogButtonBox;
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ActionRole);
    m_signOff = buttons->addButton(tr("Sign &Off\u2026"), QDialogButtonBox::ActionRole);
    m_exportCsv = buttons->addButton(tr("Export &CSV\u2026"), QDialogButtonBox::ActionRole);
    m_exportPdf = buttons->addButton(tr("Export &PDF\u2026"), QDialogButtonBox::ActionRole);
    m_apply = buttons->addButton(tr("&Apply Revocations\u2026"), QDialogButtonBox::ActionRole);
    m_save->setIcon(IconSet::icon(IconId::Save));
    m_exportCsv->setIcon(IconSet::icon(IconId::Export));
    m_exportPdf->setIcon(IconSet::icon(IconId::Report));
    m_apply->setIcon(IconSet::icon(IconId::Revoke));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    m_save->setShortcut(QKeySequence::Save);
    connect(m_save, &QPushButton::clicked, this, &ReviewDialog::save);
    connect(m_signOff, &QPushButton::clicked, this, &ReviewDialog::signOff);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportEvidence(false); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportEvidence(true); });
    connect(m_apply, &QPushButton::clicked, this, &ReviewDialog::applyRevocations);
    connect(close, &QPushButton::clicked, this, &ReviewDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_unmarkedOnly, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setFilterRegularExpression(on ? u"^0$"_s : QString());
    });
    connect(m_model, &ReviewItemModel::marksChanged, this, &ReviewDialog::updateState);
    connect(m_session, &AdminSession::committed, this, &ReviewDialog::updateState);
    resize(860, 560);
    updateState();
    if (m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, ReviewItemModel::MarkColumn));
    m_view->setFocus();
}

const Review &ReviewDialog::review() const
{
    return m_model->review();
}

bool ReviewDialog::isModified() const
{
    return m_model->isModified();
}

void ReviewDialog::markCurrent(ReviewItem::Mark mark, bool toggle)
{
    if (!m_model->isEditable())
        return;
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const int proxyRow = current.row();
    const int row = m_proxy->mapToSource(current).row();
    if (toggle)
        mark = review().items.at(row).mark == ReviewItem::Mark::Keep ? ReviewItem::Mark::Revoke
                                                                      : ReviewItem::Mark::Keep;
    m_model->setMark(row, mark);
    // Move on: the next row, or the same place when the marked row left the filter.
    const bool stayed = m_proxy->mapFromSource(m_model->index(row, 0)).isValid();
    const int next = std::min(stayed ? proxyRow + 1 : proxyRow, m_proxy->rowCount() - 1);
    if (next >= 0)
        m_view->setCurrentIndex(m_proxy->index(next, current.column()));
}

void ReviewDialog::save()
{
    if (m_busy || !m_model->isEditable())
        return;
    store(review());
}

void ReviewDialog::signOff()
{
    if (m_busy || !m_model->isEditable())
        return;
    const Result<Review> signedOff = ReviewService::signOff(m_session->directory()->snapshot(), review(),
                                                            m_session->actingSubject(), nowInSeconds());
    if (!signedOff) {
        showError(signedOff.error().message);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Sign Off Review"),
        tr("Sign off \u201c%1\u201d with %2 kept and %3 revoked? A signed-off review can no longer be changed.")
            .arg(review().title)
            .arg(review().count(ReviewItem::Mark::Keep))
            .arg(review().count(ReviewItem::Mark::Revoke)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        store(signedOff.value());
}

void ReviewDialog::store(const Review &toStore)
{
    const AdminBackend &backend = m_session->backend();
    if (!backend.saveReview) {
        showError(tr("No database is open."));
        return;
    }
    setBusy(true);
    backend.saveReview(toStore, m_session->actingSubject())
        .then(this, [this](const Result<Review> &stored) {
            setBusy(false);
            if (!stored) {
                showError(stored.error().code == Error::Code::Conflict
                              ? stored.error().message
                              : tr("The review was not saved: %1").arg(stored.error().message));
                return;
            }
            const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
            m_model->setReview(stored.value());
            if (current.isValid()) {
                const QModelIndex again = m_proxy->mapFromSource(m_model->index(current.row(), current.column()));
                if (again.isValid())
                    m_view->setCurrentIndex(again);
            }
            m_status->setStyleSheet(QString());
            m_status->setText(stored->isSignedOff() ? tr("Signed off and saved.") : tr("Saved."));
            m_status->show();
            updateState();
            Q_EMIT saved(stored.value());
        });
}

Result<void> ReviewDialog::exportTo(const QString &path, bool pdf) const
{
    return pdf ? writeReviewPdf(review(), path) : writeReviewCsv(review(), path);
}

void ReviewDialog::exportEvidence(bool pdf)
{
    const QString suggested = QDir::home().filePath(u"review-%1-%2.%3"_s.arg(review().id).arg(fileSafe(review().title),
                                                                               pdf ? u"pdf"_s : u"csv"_s));
    const QString path = QFileDialog::getSaveFileName(this, pdf ? tr("Export Evidence as PDF") : tr("Export Evidence as CSV"),
                                                      suggested, pdf ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Result<void> written = exportTo(path, pdf); !written) {
        showError(written.error().message);
        return;
    }
    m_status->setStyleSheet(QString());
    m_status->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    m_status->show();
}

ApplyRevocationsDialog *ReviewDialog::applyRevocations()
{
    if (!m_apply->isEnabled())
        return nullptr;
    auto *dialog = new ApplyRevocationsDialog(m_session, review(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ReviewDialog::reject()
{
    if (m_busy)
        return;
    if (m_model->isModified() && m_model->isEditable()) {
        const auto answer = QMessageBox::question(this, tr("Unsaved Marks"),
                                                  tr("Save the marks and comments of \u201c%1\u201d?").arg(review().title),
                                                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                                  QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save) {
            connect(this, &ReviewDialog::saved, this, &QDialog::reject, Qt::SingleShotConnection);
            store(review());
            return;
        }
    }
    QDialog::reject();
}

void ReviewDialog::updateState()
{
    const Review &r = review();
    const Capabilities caps = m_session->capabilities();
    const bool mayRecord = caps.allowed(Capabilities::Action::RecordReviews);
    const bool editable = mayRecord && !r.isSignedOff() && !m_busy;
    m_model->setEditable(editable);

    const QLocale locale;
    QString heading = tr("<b>%1</b> \u2013 started %2 by %3")
                          .arg(r.title.toHtmlEscaped(), formatTimestamp(r.started), r.startedBy.toHtmlEscaped());
    if (r.isSignedOff())
        heading += tr("<br>Signed off %1 by %2; read-only.").arg(formatTimestamp(r.signedOff), r.signedOffBy.toHtmlEscaped());
    else if (!mayRecord)
        heading += u"<br>"_s + caps.reason(Capabilities::Action::RecordReviews).toHtmlEscaped();
    m_heading->setText(heading);
    m_counts->setText(tr("%1 of %2 marked \u00b7 %3 keep \u00b7 %4 revoke")
                          .arg(locale.toString(r.markedCount()), locale.toString(r.items.size()),
                               locale.toString(r.count(ReviewItem::Mark::Keep)),
                               locale.toString(r.count(ReviewItem::Mark::Revoke))));

    m_keep->setEnabled(editable);
    m_revoke->setEnabled(editable);
    m_save->setEnabled(editable && m_model->isModified());
    m_signOff->setEnabled(editable);
    m_exportCsv->setEnabled(!m_busy);
    m_exportPdf->setEnabled(!m_busy);

    QString applyReason;
    if (!caps.allowed(Capabilities::Action::EditTeams))
        applyReason = caps.hasAccount && caps.active ? tr("Only Admins can apply a review's revocations.")
                                                     : caps.reason(Capabilities::Action::EditTeams);
    else if (!r.isSignedOff())
        applyReason = tr("Sign the review off first.");
    else if (r.count(ReviewItem::Mark::Revoke) == 0)
        applyReason = tr("Nothing in this review is marked Revoke.");
    else if (ReviewService::revocationCommands(m_session->directory()->snapshot(), r).isEmpty())
        applyReason = tr("Every revocation of this review is applied.");
    m_apply->setEnabled(applyReason.isEmpty() && !m_busy);
    m_apply->setToolTip(applyReason.isEmpty() ? tr("Remove the revoked memberships and assignments, with a preview")
                                              : applyReason);
}

void ReviewDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_status->hide();
    updateState();
}

void ReviewDialog::showError(const QString &text)
{
    Appearance::showAsProblem(m_status);
    m_status->setText(text);
    m_status->show();
}

} // namespace Gatehouse

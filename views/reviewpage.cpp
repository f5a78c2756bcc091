// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/reviewpage.h"

#include "core/directory.h"
#include "views/adminsession.h"
#include "views/iconset.h"
#include "views/newreviewdialog.h"
#include "views/reviewdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatehouse {

ReviewPage::ReviewPage(AdminSession *session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    m_new = new QPushButton(IconSet::icon(IconId::New), tr("&New Review\u2026"));
    m_open = new QPushButton(IconSet::icon(IconId::Open), tr("&Open"));
    auto *refresh = new QPushButton(IconSet::icon(IconId::Refresh), tr("&Refresh"));
    m_status = new QLabel;
    connect(m_new, &QPushButton::clicked, this, &ReviewPage::newReview);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_reviews.size())
            openReview(m_reviews.at(row).id);
    });
    connect(refresh, &QPushButton::clicked, this, &ReviewPage::refresh);

    m_table = new QTableWidget(0, ColumnCount);
    m_table->setAccessibleName(tr("Reviews"));
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Scope"), tr("Progress"), tr("Started"), tr("Signed off")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(TitleColumn, 240);
    m_table->setColumnWidth(ScopeColumn, 170);
    m_table->setColumnWidth(ProgressColumn, 150);
    m_table->setColumnWidth(StartedColumn, 160);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row) {
        if (row >= 0 && row < m_reviews.size())
            openReview(m_reviews.at(row).id);
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &ReviewPage::updateActions);
    // The acting account's role may change with any change to the organisation.
    connect(m_session->directory(), &Directory::accessChanged, this, &ReviewPage::updateActions);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_new);
    bar->addWidget(m_open);
    bar->addWidget(refresh);
    bar->addStretch(1);
    bar->addWidget(m_status);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    updateActions();
}

QString ReviewPage::scopeText(const Review &review)
{
    QStringList parts;
    if (!review.scopeTeams.isEmpty())
        parts.append(tr("%Ln team(s)", nullptr, int(review.scopeTeams.size())));
    if (!review.scopeDatastores.isEmpty())
        parts.append(tr("%Ln datastore(s)", nullptr, int(review.scopeDatastores.size())));
    return parts.join(u", "_s);
}

void ReviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void ReviewPage::refresh()
{
    updateActions();
    const AdminBackend &backend = m_session->backend();
    if (!backend.reviews) {
        setReviews({});
        m_status->setText(tr("No database is open."));
        return;
    }
    const int generation = ++m_generation;
    m_status->setText(tr("Loading\u2026"));
    backend.reviews().then(this, [this, generation](const Result<QList<Review>> &loaded) {
        if (generation != m_generation)
            return; // a newer refresh is under way
        if (!loaded) {
            m_status->setText(loaded.error().message);
            Q_EMIT reloaded();
            return;
        }
        setReviews(loaded.value());
    });
}

void ReviewPage::setReviews(const QList<Review> &reviews)
{
    const Id current = m_table->currentRow() >= 0 && m_table->currentRow() < m_reviews.size()
                           ? m_reviews.at(m_table->currentRow()).id
                           : 0;
    m_reviews = reviews;
    const QLocale locale;
    m_table->setRowCount(int(reviews.size()));
    for (int row = 0; row < reviews.size(); ++row) {
        const Review &r = reviews.at(row);
        const QString texts[] = {
            r.title,
            scopeText(r),
            tr("%1 of %2 marked").arg(locale.toString(r.markedCount()), locale.toString(r.items.size())),
            formatTimestamp(r.started) + u"  "_s + r.startedBy,
            r.isSignedOff() ? formatTimestamp(r.signedOff) + u"  "_s + r.signedOffBy : tr("open"),
        };
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(texts[column]));
        if (r.id == current)
            m_table->setCurrentCell(row, 0);
    }
    m_status->setText(tr("%Ln review(s)", nullptr, int(reviews.size())));
    updateActions();
    Q_EMIT reloaded();
}

void ReviewPage::updateActions()
{
    const Capabilities caps = m_session->capabilities();
    const bool mayRecord = caps.allowed(Capabilities::Action::RecordReviews);
    m_new->setEnabled(mayRecord);
    m_new->setToolTip(mayRecord ? tr("Start reviewing memberships and assignments")
                                : caps.reason(Capabilities::Action::RecordReviews));
    m_open->setEnabled(m_table->currentRow() >= 0);
}

NewReviewDialog *ReviewPage::newReview()
{
    updateActions();
    if (!m_new->isEnabled())
        return nullptr;
    auto *dialog = new NewReviewDialog(m_session->directory(), m_session->actingSubject(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const AdminBackend &backend = m_session->backend();
        if (!backend.saveReview) {
            m_status->setText(tr("No database is open."));
            return;
        }
        backend.saveReview(dialog->review(), m_session->actingSubject())
            .then(this, [this](const Result<Review> &saved) {
                if (!saved) {
                    m_status->setText(tr("The review was not saved: %1").arg(saved.error().message));
                    return;
                }
                refresh();
                openEditor(saved.value());
            });
    });
    dialog->open();
    return dialog;
}

ReviewDialog *ReviewPage::openReview(Id id)
{
    for (const Review &review : std::as_const(m_reviews)) {
        if (review.id == id)
            return openEditor(review);
    }
    return nullptr;
}

ReviewDialog *ReviewPage::openEditor(const Review &review)
{
    auto *editor = new ReviewDialog(m_session, review, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &ReviewDialog::saved, this, &ReviewPage::refresh);
    editor->show();
    Q_EMIT editorOpened(editor);
    return editor;
}

} // namespace Gatehouse

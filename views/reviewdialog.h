// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/review.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Gatehouse {

class AdminSession;
class ApplyRevocationsDialog;
class ReviewItemModel;

// Records one access review: each membership and assignment marked Keep or Revoke (K, R,
// Space toggles; the cursor moves on) with a comment (F2 or double-click), "only unmarked"
// as a filter, Save, Sign off (every item marked, after a confirmation; read-only after),
// evidence as CSV or PDF, and, for Admins on a signed-off review, applying its revocations
// through the usual preview. Who may do what comes from core (capabilities, ReviewService);
// saving is the backend's saveReview, on the database thread.
class ReviewDialog : public QDialog
{
    Q_OBJECT
public:
    ReviewDialog(AdminSession *session, const Review &review, QWidget *parent = nullptr);

    const Review &review() const;
    bool isModified() const;
    bool isBusy() const { return m_busy; }
    ReviewItemModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QCheckBox *unmarkedOnlyBox() const { return m_unmarkedOnly; }
    QLabel *countLabel() const { return m_counts; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *signOffButton() const { return m_signOff; }
    QPushButton *applyButton() const { return m_apply; }

    // Writes the evidence without asking for a file name.
    Result<void> exportTo(const QString &path, bool pdf) const;

public Q_SLOTS:
    void save();
    // Asks for confirmation, then signs off and saves.
    void signOff();
    // Opens the apply dialog (window-modal, deleted on close) and returns it.
    ApplyRevocationsDialog *applyRevocations();
    void reject() override;

Q_SIGNALS:
    // After the database stored the review (a save or the sign-off).
    void saved(const Gatehouse::Review &review);

private:
    void markCurrent(ReviewItem::Mark mark, bool toggle);
    void store(const Review &review);
    void exportEvidence(bool pdf);
    void updateState();
    void setBusy(bool busy);
    void showError(const QString &text);

    AdminSession *m_session = nullptr;
    ReviewItemModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QCheckBox *m_unmarkedOnly = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_counts = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_revoke = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_signOff = nullptr;
    QPushButton *m_exportCsv = nullptr;
    QPushButton *m_exportPdf = nullptr;
    QPushButton *m_apply = nullptr;
    bool m_busy = false;
};

} // namespace Gatehouse

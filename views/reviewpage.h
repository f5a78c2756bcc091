// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/review.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Gatehouse {

class AdminSession;
class NewReviewDialog;
class ReviewDialog;

// The "Reviews" page: every access review with its scope, progress ("12 of 40 marked") and
// sign-off; New Review… starts one, Enter or a double-click opens it in the review editor.
// Reads the reviews through the session's backend each time the page is shown.
class ReviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReviewPage(AdminSession *session, QWidget *parent = nullptr);

    enum Column { TitleColumn, ScopeColumn, ProgressColumn, StartedColumn, SignedOffColumn, ColumnCount };

    const QList<Review> &reviews() const { return m_reviews; }
    QTableWidget *table() const { return m_table; }
    QPushButton *newButton() const { return m_new; }
    QLabel *statusLabel() const { return m_status; }
    // "3 teams, 1 datastore".
    static QString scopeText(const Review &review);

public Q_SLOTS:
    // Reads the reviews again (asynchronously); reloaded() follows, also on an error (shown
    // in statusLabel()).
    void refresh();
    // Opens the "New Review" dialog (window-modal, deleted on close) and returns it. When
    // it is accepted, the review is saved and opened in the editor.
    NewReviewDialog *newReview();
    // Opens the editor for review `id` (non-modal, deleted on close); nullptr if unknown.
    ReviewDialog *openReview(Id id);

Q_SIGNALS:
    void reloaded();
    void editorOpened(Gatehouse::ReviewDialog *editor);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setReviews(const QList<Review> &reviews);
    void updateActions();
    ReviewDialog *openEditor(const Review &review);

    AdminSession *m_session = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_status = nullptr;
    QList<Review> m_reviews;
    int m_generation = 0;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/review.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Gatehouse {

class Directory;
class PickerWidget;

// Starts an access review: a title, the teams (Public included: its datastores) and the
// datastores to review. OK asks ReviewService for the review's items; a refusal (no title,
// nothing to review, a Member) is shown here and the dialog stays open. The review is not
// saved yet: review() is for the caller to store.
class NewReviewDialog : public QDialog
{
    Q_OBJECT
public:
    NewReviewDialog(Directory *directory, const QString &actingSubject, QWidget *parent = nullptr);

    QLineEdit *titleField() const { return m_title; }
    QListWidget *teamList() const { return m_teams; }
    PickerWidget *datastorePicker() const { return m_datastores; }
    QLabel *errorLabel() const { return m_error; }
    QList<Id> selectedTeamIds() const;
    void setSelectedTeamIds(const QList<Id> &ids);
    const Review &review() const { return m_review; }

public Q_SLOTS:
    void accept() override;

private:
    Directory *m_directory = nullptr;
    QString m_subject;
    QLineEdit *m_title = nullptr;
    QListWidget *m_teams = nullptr;
    PickerWidget *m_datastores = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    Review m_review;
};

} // namespace Gatehouse

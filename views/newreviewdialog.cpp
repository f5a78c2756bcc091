// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/newreviewdialog.h"

#include "core/directory.h"
#include "core/reviewservice.h"
#include "views/appearance.h"
#include "views/dialogfocus.h"
#include "views/pickerwidget.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatehouse {

NewReviewDialog::NewReviewDialog(Directory *directory, const QString &actingSubject, QWidget *parent)
    : QDialog(parent), m_directory(directory), m_subject(actingSubject)
{
    keepButtonsReachable(this);
    setWindowTitle(tr("New Access Review"));
    m_title = new QLineEdit;
    m_title->setMaxLength(255);
    m_title->setPlaceholderText(tr("e.g. Finance access, Q4"));

    m_teams = new QListWidget;
    for (const Team &team : directory->snapshot().teams) {
        auto *item = new QListWidgetItem(
            team.isPublic ? tr("%1 (datastores only)").arg(team.name)
                          : tr("%1 (%Ln member(s), %2)", nullptr, int(team.members.size()))
                                .arg(team.name, tr("%Ln datastore(s)", nullptr, int(team.datastores.size()))),
            m_teams);
        item->setData(Qt::UserRole, team.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_datastores = new PickerWidget(SelectionPickerModel::Kind::Datastores, directory);

    auto *lists = new QHBoxLayout;
    auto *teamColumn = new QVBoxLayout;
    // The column headings name the lists for screen readers (setBuddy).
    auto *teamsLabel = new QLabel(tr("Teams: every membership and datastore"));
    teamsLabel->setBuddy(m_teams);
    teamColumn->addWidget(teamsLabel);
    teamColumn->addWidget(m_teams);
    auto *datastoreColumn = new QVBoxLayout;
    auto *datastoresLabel = new QLabel(tr("Datastores: every team they are assigned to"));
    datastoresLabel->setBuddy(m_datastores);
    datastoreColumn->addWidget(datastoresLabel);
    datastoreColumn->addWidget(m_datastores);
    lists->addLayout(teamColumn);
    lists->addLayout(datastoreColumn);

    m_error = new QLabel;
    m_error->setWordWrap(true);
    Appearance::showAsProblem(m_error);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Review"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewReviewDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewReviewDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(lists, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(760, 520);
}

QList<Id> NewReviewDialog::selectedTeamIds() const
{
    QList<Id> ids;
    for (int row = 0; row < m_teams->count(); ++row) {
        const QListWidgetItem *item = m_teams->item(row);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

void NewReviewDialog::setSelectedTeamIds(const QList<Id> &ids)
{
    for (int row = 0; row < m_teams->count(); ++row) {
        QListWidgetItem *item = m_teams->item(row);
        item->setCheckState(ids.contains(item->data(Qt::UserRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
}

void NewReviewDialog::accept()
{
    // Second precision, as stored: the saved review compares equal to this one.
    const QDateTime now = parseTimestamp(formatTimestamp(QDateTime::currentDateTimeUtc()));
    Result<Review> started = ReviewService::startReview(m_directory->snapshot(), m_title->text(), selectedTeamIds(),
                                                        m_datastores->selectedIds(), m_subject, now);
    if (!started) {
        m_error->setText(started.error().message);
        m_error->show();
        return;
    }
    m_review = std::move(started).value();
    QDialog::accept();
}

} // namespace Gatehouse

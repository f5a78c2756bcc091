// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/comparedialog.h"

#include "models/comparemodel.h"
#include "views/dialogfocus.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStringListModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// An editable combo over many names (a string list model, not 50,000 items), completing
// on any part of the name.
QComboBox *makeChooser(const QStringList &names, QObject *parent)
{
    auto *combo = new QComboBox;
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setModel(new QStringListModel(names, parent));
    combo->completer()->setFilterMode(Qt::MatchContains);
    combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    combo->setMinimumContentsLength(30);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    return combo;
}

} // namespace

CompareDialog::CompareDialog(Snapshot snapshot, AccessIndex index, qsizetype leftAccountPos, QWidget *parent)
    : QDialog(parent), m_snapshot(std::move(snapshot)), m_index(std::move(index))
{
    keepButtonsReachable(this);
    setWindowTitle(tr("Compare Access"));
    QStringList accounts;
    accounts.reserve(m_snapshot.accounts.size());
    for (const Account &account : std::as_const(m_snapshot.accounts))
        accounts.append(account.email.isEmpty() ? account.name : tr("%1 <%2>").arg(account.name, account.email));
    QStringList both = accounts;
    for (const Team &team : std::as_const(m_snapshot.teams))
        both.append(tr("Team: %1").arg(team.name));
    m_left = makeChooser(accounts, this);
    m_right = makeChooser(both, this);
    m_left->setAccessibleName(tr("Left account"));
    m_right->setAccessibleName(tr("Right account or team"));

    m_model = new CompareModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(CompareModel::SortRole);
    m_view = new QTableView;
    m_view->setTabKeyNavigation(false); // arrows move between cells; Tab leaves the table
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Access side by side"));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CompareModel::DatastoreColumn, Qt::AscendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->resizeSection(CompareModel::DatastoreColumn, 280);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_summary = new QLabel;

    auto *form = new QFormLayout;
    form->addRow(tr("&Account:"), m_left);
    form->addRow(tr("&With account or team:"), m_right);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(720, 560);

    for (QComboBox *combo : {m_left, m_right})
        connect(combo, &QComboBox::currentIndexChanged, this, &CompareDialog::compare);
    const qsizetype left = leftAccountPos >= 0 ? leftAccountPos : 0;
    setSides(left, m_snapshot.accounts.size() > 1 ? (left == 0 ? 1 : 0) : 0, false);
}

void CompareDialog::setSides(qsizetype leftAccountPos, qsizetype rightPos, bool rightIsTeam)
{
    const QSignalBlocker blockLeft(m_left);
    const QSignalBlocker blockRight(m_right);
    m_left->setCurrentIndex(int(leftAccountPos));
    m_right->setCurrentIndex(int(rightIsTeam ? m_snapshot.accounts.size() + rightPos : rightPos));
    compare();
}

void CompareDialog::compare()
{
    const qsizetype left = m_left->currentIndex();
    const qsizetype right = m_right->currentIndex();
    if (left < 0 || right < 0 || left >= m_snapshot.accounts.size()) {
        m_model->setRows({}, tr("Left"), tr("Right"));
        m_summary->clear();
        return;
    }
    const bool team = right >= m_snapshot.accounts.size();
    const std::vector<Level> leftRow = m_index.row(left);
    const std::vector<Level> rightRow = team ? m_index.teamRow(right - m_snapshot.accounts.size())
                                             : m_index.row(right);
    const QString leftName = m_snapshot.accounts.at(left).name;
    const QString rightName = team ? m_snapshot.teams.at(right - m_snapshot.accounts.size()).name
                                   : m_snapshot.accounts.at(right).name;
    QList<CompareModel::Row> rows = CompareModel::differences(m_snapshot, leftRow, rightRow);
    m_summary->setText(rows.isEmpty()
                           ? tr("Same access on every datastore.")
                           : tr("%Ln datastore(s) differ(s).", nullptr, int(rows.size())));
    m_model->setRows(std::move(rows), leftName, rightName);
}

} // namespace Gatehouse

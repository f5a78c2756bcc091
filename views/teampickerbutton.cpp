// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/teampickerbutton.h"

#include "core/directory.h"
#include "core/textfold.h"

#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;
}

TeamPickerButton::TeamPickerButton(Directory *directory, QWidget *parent)
    : QPushButton(parent), m_directory(directory)
{

    auto *menu = new QMenu(this);
    auto *popup = new QWidget(menu);
    auto *layout = new QVBoxLayout(popup);
    layout->setContentsMargins(6, 6, 6, 6);
    m_search = new QLineEdit(popup);
    m_search->setPlaceholderText(tr("Search teams"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(popup);
    m_list->setUniformItemSizes(true);
    m_list->setMinimumSize(fontMetrics().averageCharWidth() * 36, fontMetrics().height() * 18);
    auto *clearButton = new QPushButton(tr("Clear selection"), popup);
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(clearButton);
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(popup);
    menu->addAction(action);
    setMenu(menu);

    connect(menu, &QMenu::aboutToShow, m_search, [this] {
        m_search->clear();
        m_search->setFocus();
    });
    connect(m_search, &QLineEdit::textChanged, this, &TeamPickerButton::applyListFilter);
    connect(m_list, &QListWidget::itemChanged, this, &TeamPickerButton::onItemChanged);
    connect(clearButton, &QPushButton::clicked, this, [this] { setSelectedTeams({}); });
    connect(m_directory, &Directory::reset, this, &TeamPickerButton::rebuildList);
    connect(m_directory, &Directory::teamsInserted, this, &TeamPickerButton::rebuildList);
    connect(m_directory, &Directory::teamsRemoved, this, &TeamPickerButton::rebuildList);
    connect(m_directory, &Directory::teamsChanged, this, &TeamPickerButton::rebuildList);

    rebuildList();
}

void TeamPickerButton::setSelectedTeams(const QList<Id> &ids)
{
    QList<Id> sorted = ids;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    if (sorted == m_selected)
        return;
    m_selected = sorted;
    rebuildList();
    Q_EMIT selectionChanged();
}

void TeamPickerButton::rebuildList()
{
    m_rebuilding = true;
    m_list->clear();
    // Teams that no longer exist drop out of the selection silently: the filter must
    // not keep hiding rows behind a team nobody can see.
    QList<Id> kept;
    for (const Team &team : m_directory->teams()) {
        auto *item = new QListWidgetItem(team.name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool checked = std::binary_search(m_selected.cbegin(), m_selected.cend(), team.id);
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        item->setData(IdRole, team.id);
        item->setData(KeyRole, searchKey(team.name));
        if (checked)
            kept.append(team.id);
    }
    std::sort(kept.begin(), kept.end());
    if (m_directory->isLoaded())
        m_selected = kept;
    m_rebuilding = false;
    applyListFilter(m_search->text());
    updateText();
}

void TeamPickerButton::applyListFilter(const QString &text)
{
    const QString key = searchKey(text);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!key.isEmpty() && !item->data(KeyRole).toString().contains(key));
    }
}

void TeamPickerButton::onItemChanged(QListWidgetItem *item)
{
    if (m_rebuilding)
        return;
    const Id id = item->data(IdRole).toLongLong();
    const auto it = std::lower_bound(m_selected.begin(), m_selected.end(), id);
    const bool present = it != m_selected.end() && *it == id;
    if (item->checkState() == Qt::Checked && !present)
        m_selected.insert(it, id);
    else if (item->checkState() != Qt::Checked && present)
        m_selected.erase(it);
    else
        return;
    updateText();
    Q_EMIT selectionChanged();
}

void TeamPickerButton::updateText()
{
    if (m_selected.isEmpty()) {
        setText(tr("Teams: any"));
    } else if (m_selected.size() == 1) {
        const qsizetype pos = m_directory->teamPos(m_selected.first());
        setText(pos >= 0 ? tr("Team: %1").arg(m_directory->teams().at(pos).name)
                         : tr("Teams: %Ln selected", nullptr, 1));
    } else {
        setText(tr("Teams: %Ln selected", nullptr, int(m_selected.size())));
    }
}

} // namespace Gatehouse

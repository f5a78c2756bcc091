// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/teamchecklist.h"

#include "core/directory.h"
#include "core/textfold.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace Gatehouse {

namespace {
constexpr int IdRole = Qt::UserRole + 1;
constexpr int KeyRole = Qt::UserRole + 2;
} // namespace

TeamChecklist::TeamChecklist(Directory *directory, QWidget *parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search teams"));
    m_search->setAccessibleName(tr("Search teams"));
    m_count = new QLabel(this);
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Teams"));
    m_list->setUniformItemSizes(true);
    m_list->setSortingEnabled(true);
    for (const Team &team : directory->teams()) {
        if (team.isPublic)
            continue;
        auto *item = new QListWidgetItem(team.name, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setData(IdRole, team.id);
        item->setData(KeyRole, searchKey(team.name));
    }
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, this, &TeamChecklist::applySearch);
    connect(m_list, &QListWidget::itemChanged, this, [this] {
        updateCount();
        Q_EMIT selectionChanged();
    });
    updateCount();
}

void TeamChecklist::setSelectedIds(const QList<Id> &ids)
{
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setCheckState(ids.contains(item->data(IdRole).toLongLong()) ? Qt::Checked : Qt::Unchecked);
    }
    updateCount();
}

QList<Id> TeamChecklist::selectedIds() const
{
    QList<Id> ids;
    for (int i = 0; i < m_list->count(); ++i) {
        const QListWidgetItem *item = m_list->item(i);
        if (item->checkState() == Qt::Checked)
            ids.append(item->data(IdRole).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void TeamChecklist::setReadOnly(bool readOnly)
{
    const QSignalBlocker blocker(m_list);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
        if (!readOnly)
            flags |= Qt::ItemIsUserCheckable;
        item->setFlags(flags);
    }
}

void TeamChecklist::applySearch(const QString &text)
{
    const QStringList words = searchKey(text).split(u' ', Qt::SkipEmptyParts);
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const QString key = item->data(KeyRole).toString();
        const bool match = std::all_of(words.cbegin(), words.cend(),
                                       [&](const QString &word) { return key.contains(word); });
        item->setHidden(!match);
    }
}

void TeamChecklist::updateCount()
{
    int selected = 0;
    for (int i = 0; i < m_list->count(); ++i)
        selected += m_list->item(i)->checkState() == Qt::Checked;
    const QLocale locale;
    m_count->setText(tr("%1 of %2 selected").arg(locale.toString(selected), locale.toString(m_list->count())));
}

} // namespace Gatehouse

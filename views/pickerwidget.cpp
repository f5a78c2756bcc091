// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/pickerwidget.h"

#include "models/fastfilterproxymodel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace Gatehouse {

PickerWidget::PickerWidget(SelectionPickerModel::Kind kind, Directory *directory, QWidget *parent)
    : QWidget(parent)
{
    const bool accounts = kind == SelectionPickerModel::Kind::Accounts;
    m_model = new SelectionPickerModel(kind, directory, this);
    m_proxy = new FastFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(accounts ? tr("Search name or e-mail") : tr("Search datastores"));
    m_search->setAccessibleName(accounts ? tr("Search accounts") : tr("Search datastores"));
    m_selectedOnly = new QCheckBox(tr("Selected only"), this);
    m_count = new QLabel(this);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->hide();

    m_view = new QTableView(this);
    m_view->setModel(m_proxy);
    m_view->setAccessibleName(accounts ? tr("Members") : tr("Datastores"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(0, fontMetrics().averageCharWidth() * 30);
    m_view->setColumnWidth(1, fontMetrics().averageCharWidth() * (accounts ? 32 : 14));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_selectedOnly);
    bar->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_note);
    layout->addWidget(m_view, 1);
    setFocusProxy(m_search);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &FastFilterProxyModel::setSearchText);
    connect(m_selectedOnly, &QCheckBox::toggled, this, &PickerWidget::applySelectedOnly);
    connect(m_model, &SelectionPickerModel::selectionChanged, this, [this] {
        updateCount();
        Q_EMIT selectionChanged();
    });
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &PickerWidget::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &PickerWidget::updateCount);
    updateCount();
}

void PickerWidget::setSelectedIds(const QList<Id> &ids)
{
    m_model->setSelectedIds(ids);
    applySelectedOnly();
    updateCount();
}

QList<Id> PickerWidget::selectedIds() const
{
    return m_model->selectedIds();
}

void PickerWidget::setReadOnly(bool readOnly, const QString &reason)
{
    m_model->setReadOnly(readOnly);
    m_note->setText(reason);
    m_note->setVisible(readOnly && !reason.isEmpty());
}

QString PickerWidget::countText() const
{
    return m_count->text();
}

void PickerWidget::updateCount()
{
    const QLocale locale;
    const QString selected = locale.toString(m_model->selectedCount());
    const QString all = locale.toString(m_model->rowCount());
    const QString shown = locale.toString(m_proxy->rowCount());
    m_count->setText(m_proxy->rowCount() == m_model->rowCount()
                         ? tr("%1 of %2 selected").arg(selected, all)
                         : tr("%1 of %2 selected · %3 shown").arg(selected, all, shown));
}

void PickerWidget::applySelectedOnly()
{
    if (m_selectedOnly->isChecked()) {
        m_proxy->setRowPredicate([model = m_model](int row) { return model->isChecked(row); });
    } else {
        m_proxy->setRowPredicate({});
    }
    updateCount();
}

} // namespace Gatehouse

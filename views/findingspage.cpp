// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/findingspage.h"

#include "core/directory.h"
#include "models/findingitemsmodel.h"
#include "models/findingsmodel.h"

#include <QHeaderView>
#include <QHideEvent>
#include <QLabel>
#include <QLocale>
#include <QShowEvent>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setTabKeyNavigation(false); // arrows move between cells; Tab leaves the table
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setHighlightSections(false);
    return view;
}

EntityKind entityKind(Finding::Entity entity)
{
    switch (entity) {
    case Finding::Entity::Account: return EntityKind::Account;
    case Finding::Entity::Team: return EntityKind::Team;
    case Finding::Entity::Datastore: return EntityKind::Datastore;
    }
    return EntityKind::Account;
}

} // namespace

FindingsPage::FindingsPage(Directory *directory, QWidget *parent)
    : QWidget(parent), m_directory(directory)
{
    m_model = new FindingsModel(directory, this);
    m_model->setPaused(true);
    m_items = new FindingItemsModel(directory, this);
    m_itemsProxy = new QSortFilterProxyModel(this);
    m_itemsProxy->setSourceModel(m_items);
    m_itemsProxy->setSortRole(FindingItemsModel::SortRole);
    m_itemsProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_itemsProxy->setSortLocaleAware(true);

    auto *heading = new QLabel(tr("<b>Findings</b> — facts about the organisation that often need "
                                  "action. Select one to list its items; Enter or a double-click "
                                  "goes to an item."), this);
    heading->setWordWrap(true);

    m_findingsView = makeTable(this);
    m_findingsView->setObjectName(u"findings"_s);
    m_findingsView->setModel(m_model);
    const int charWidth = fontMetrics().averageCharWidth();
    m_findingsView->setAccessibleName(tr("Findings"));

    m_itemsCaption = new QLabel(this);
    m_itemsView = makeTable(this);
    m_itemsView->setObjectName(u"findingItems"_s);
    m_itemsView->setModel(m_itemsProxy);
    m_itemsView->setSortingEnabled(true);
    m_itemsView->sortByColumn(FindingItemsModel::NameColumn, Qt::AscendingOrder);
    m_itemsView->setColumnWidth(FindingItemsModel::NameColumn, 34 * charWidth);
    m_itemsView->setAccessibleName(tr("Items of the finding"));

    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 6, 0, 0);
    bottomLayout->addWidget(m_itemsCaption);
    bottomLayout->addWidget(m_itemsView, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_findingsView);
    splitter->addWidget(bottom);
    // Eight findings fit without scrolling; the items get the rest.
    const int rowHeight = m_findingsView->verticalHeader()->defaultSectionSize();
    splitter->setSizes({rowHeight * 9 + 8, 600});
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(splitter, 1);

    connect(m_findingsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] {
                showItems();
                Q_EMIT currentFindingChanged(currentFinding());
            });
    connect(m_model, &FindingsModel::findingsChanged, this, &FindingsPage::showItems);
    // Eight short rows: measuring them is cheap, and no title is cut.
    const auto fitColumns = [this] {
        m_findingsView->resizeColumnToContents(FindingsModel::TitleColumn);
        m_findingsView->resizeColumnToContents(FindingsModel::CountColumn);
    };
    connect(m_model, &QAbstractItemModel::modelReset, this, fitColumns);
    fitColumns();
    connect(m_itemsView, &QAbstractItemView::activated, this, &FindingsPage::activateItem);
    showItems();
}

void FindingsPage::showEvent(QShowEvent *event)
{
    m_model->setPaused(false);
    QWidget::showEvent(event);
}

void FindingsPage::hideEvent(QHideEvent *event)
{
    m_model->setPaused(true);
    QWidget::hideEvent(event);
}

int FindingsPage::currentFinding() const
{
    const QModelIndex current = m_findingsView->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void FindingsPage::selectFinding(int row)
{
    m_findingsView->selectRow(row);
    m_findingsView->setCurrentIndex(m_model->index(row, 0));
}

void FindingsPage::showItems()
{
    const int row = currentFinding();
    if (row < 0 || row >= m_model->rowCount()) {
        m_items->clear();
        m_itemsCaption->setText(tr("Select a finding to list its items."));
        return;
    }
    const Finding &finding = m_model->finding(row);
    m_items->setFinding(finding);
    m_itemsCaption->setText(finding.items.isEmpty()
                                ? tr("%1: none.").arg(FindingsModel::title(finding.kind))
                                : tr("%1: %2").arg(FindingsModel::title(finding.kind),
                                                   QLocale().toString(finding.items.size())));
}

void FindingsPage::activateItem(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex source = m_itemsProxy->mapToSource(index);
    Q_EMIT navigateRequested(entityKind(m_items->entity()), m_items->idAt(source.row()));
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/tablepage.h"

#include "core/directory.h"
#include "models/directorytablemodel.h"
#include "models/fastfilterproxymodel.h"
#include "views/fasttabledelegate.h"
#include "views/filterbar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {
// Long enough to skip intermediate keystrokes of a fast typist, short enough to feel live.
constexpr int SearchDebounceMs = 150;
}

TablePage::TablePage(const QString &key, DirectoryTableModel *model, FilterBar *filterBar,
                     const QString &searchPlaceholder, CountText countText, QWidget *parent)
    : QWidget(parent), m_key(key), m_model(model), m_filterBar(filterBar),
      m_countText(std::move(countText))
{
    m_model->setParent(this);
    m_proxy = new FastFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(searchPlaceholder);
    // A placeholder is gone once something is typed: the name stays.
    m_search->setAccessibleName(searchPlaceholder);
    m_search->setAccessibleDescription(tr("Shows only the rows that match, as you type"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
    m_search->installEventFilter(this);
    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDebounceMs);

    m_view = new QTableView(this);

    m_view->setTabKeyNavigation(false); // arrows move between cells; Tab leaves the table
    m_view->setModel(m_proxy);
    // QStyledItemDelegate lays each cell's text out to place it and again to draw it;
    // scrolling 50,000 rows shows it. Same look, one layout per text not seen lately.
    m_view->setItemDelegate(new FastTableDelegate(m_view));
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *rows = m_view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setMinimumSectionSize(1);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    columns->setSectionsMovable(true);
    columns->setSortIndicator(0, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    if (m_filterBar) {
        m_filterBar->setParent(this);
        bar->addWidget(m_filterBar);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchTimer, &QTimer::timeout, this, &TablePage::applySearch);
    if (m_filterBar) {
        connect(m_filterBar, &FilterBar::changed, this, &TablePage::applyPredicate);
        // Predicates hold team positions: rebuild them whenever the Directory changes.
        connect(m_model->directory(), &Directory::accessChanged, this, &TablePage::applyPredicate);
        applyPredicate();
    }

    const auto emitCurrent = [this] { Q_EMIT currentChanged(currentId()); };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, emitCurrent);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, emitCurrent);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, &TablePage::countChanged);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &TablePage::countChanged);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &TablePage::countChanged);
}

TablePage::~TablePage() = default;

QString TablePage::countText() const
{
    return m_countText ? m_countText(m_proxy->rowCount(), m_proxy->sourceRowCount()) : QString();
}

void TablePage::setInitialColumnWidths(const QList<int> &characters)
{
    const int unit = fontMetrics().averageCharWidth();
    for (int column = 0; column < characters.size(); ++column)
        m_view->setColumnWidth(column, characters.at(column) * unit + 12);
}

Id TablePage::currentId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return rows.first().data(DirectoryTableModel::IdRole).toLongLong();
}

bool TablePage::selectId(Id id)
{
    const int sourceRow = m_model->rowOfId(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex source = m_model->index(sourceRow, 0);
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        clearFilters();
        index = m_proxy->mapFromSource(source);
    }
    if (!index.isValid() && m_filterBar) {
        m_filterBar->showEverything();
        index = m_proxy->mapFromSource(source);
    }
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

void TablePage::clearFilters()
{
    {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
    }
    m_searchTimer->stop();
    applySearch();
    if (m_filterBar)
        m_filterBar->clear();
}

void TablePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TablePage::saveSettings(QSettings &settings) const
{
    settings.beginGroup(m_key);
    settings.setValue(u"header"_s, m_view->horizontalHeader()->saveState());
    settings.setValue(u"sortColumn"_s, m_proxy->sortColumn());
    settings.setValue(u"sortOrder"_s, int(m_proxy->sortOrder()));
    settings.setValue(u"search"_s, m_search->text());
    if (m_filterBar)
        m_filterBar->saveState(settings);
    settings.endGroup();
}

void TablePage::restoreSettings(QSettings &settings)
{
    settings.beginGroup(m_key);
    QHeaderView *header = m_view->horizontalHeader();
    const QByteArray state = settings.value(u"header"_s).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
    const int column = settings.value(u"sortColumn"_s, 0).toInt();
    const auto order = Qt::SortOrder(settings.value(u"sortOrder"_s, int(Qt::AscendingOrder)).toInt());
    if (column >= 0 && column < m_model->columnCount()) {
        m_view->sortByColumn(column, order == Qt::DescendingOrder ? Qt::DescendingOrder
                                                                  : Qt::AscendingOrder);
    }
    {
        const QSignalBlocker blocker(m_search);
        m_search->setText(settings.value(u"search"_s).toString());
    }
    applySearch();
    if (m_filterBar)
        m_filterBar->restoreState(settings);
    settings.endGroup();
}

bool TablePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        m_searchTimer->stop();
        applySearch();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TablePage::applySearch()
{
    m_proxy->setSearchText(m_search->text());
}

void TablePage::applyPredicate()
{
    if (m_filterBar)
        m_proxy->setRowPredicate(m_filterBar->predicate());
}

} // namespace Gatehouse

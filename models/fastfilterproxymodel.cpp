// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/fastfilterproxymodel.h"

#include "core/textfold.h"
#include "models/directorytablemodel.h"
#include "models/searchkeys.h"
#include "models/searchwords.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// Above this many ranged row signals a filter change is applied as one reset. Every ranged
// signal costs each attached view and the persistent-index bookkeeping work proportional to
// the rows (QHeaderView shifts its sections, persistent indexes are moved), so k scattered
// ranges cost k times a reset while a reset costs one pass. A reset drops the selection, so
// small, local changes (a refinement hiding a few blocks, a row edited) keep ranges.
constexpr int MaxRangedSignals = 64;

// Contiguous runs of positions whose flag is set: [first, last] pairs, in order. Stops once
// it has found more than `cap` runs: the caller then resets instead.
template <typename Flag>
std::vector<std::pair<int, int>> runsOf(int count, Flag flag, size_t cap)
{
    std::vector<std::pair<int, int>> runs;
    int start = -1;
    for (int i = 0; i < count; ++i) {
        if (flag(i)) {
            if (start < 0)
                start = i;
        } else if (start >= 0) {
            runs.emplace_back(start, i - 1);
            if (runs.size() > cap)
                return runs;
            start = -1;
        }
    }
    if (start >= 0)
        runs.emplace_back(start, count - 1);
    return runs;
}

} // namespace

struct FastFilterProxyModel::Private
{
    // Sorted source rows of one column, computed on first use and kept until the column's
    // data changes. Rows that sort last in both directions (sortsLast) follow `normalCount`.
    struct SortCache {
        std::vector<int> ascending;
        std::vector<int> descending;
        size_t normalCount = 0;
        bool hasAscending = false;
        bool hasDescending = false;
    };

    explicit Private(FastFilterProxyModel *proxy) : q(proxy) {}

    bool matchesWords(int row) const;
    bool accepts(int row) const { return matchesWords(row) && (!predicate || predicate(row)); }
    void filterAll();
    void refine();
    const std::vector<int> &sortedRows(int column, Qt::SortOrder order);
    std::vector<int> visibleRows();
    void applyVisible(std::vector<int> next, const std::vector<char> &moved = {});
    void resetTo(std::vector<int> next);
    void ensureSourceToProxy() const;
    void dropSortCaches() { std::fill(sortCaches.begin(), sortCaches.end(), SortCache{}); }
    void rebuildAll();

    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void onRowsAboutToBeRemoved(int first, int last);
    void onRowsRemoved(int first, int last);
    void onRowsInserted(int first, int last);
    void onSortKeysChanged();

    FastFilterProxyModel *q;
    DirectoryTableModel *model = nullptr;
    std::vector<int> proxyToSource;
    mutable std::vector<int> sourceToProxy; // -1 = hidden; rebuilt lazily after changes
    mutable bool sourceToProxyDirty = true;
    std::vector<char> accepted;             // per source row: passes words and predicate
    std::vector<char> inOld, inNext;        // applyVisible()'s scratch flags
    int sourceRows = 0;                     // source rows as of the last source signal
    QString text;
    QString foldedText;
    QStringList words;
    QList<QByteArray> byteWords; // `words` for the source's SearchKeys, when it has them
    RowPredicate predicate;
    int sortColumn = -1;
    Qt::SortOrder sortOrder = Qt::AscendingOrder;
    std::vector<SortCache> sortCaches;      // per source column
    int preparedColumn = -1;                // setPreparedOrder(), until the next rebuildAll()
    std::vector<int> preparedOrder;
    QList<QMetaObject::Connection> connections;
};

bool FastFilterProxyModel::Private::matchesWords(int row) const
{
    if (words.isEmpty())
        return true;
    if (const SearchKeys *keys = model->searchKeys())
        return keys->contains(row, byteWords);
    const QStringView key = model->searchKey(row);
    for (const QString &word : words) {
        if (!containsWord(key, word))
            return false;
    }
    return true;
}

void FastFilterProxyModel::Private::filterAll()
{
    const SearchKeys *keys = model->searchKeys();
    if (words.isEmpty() && !predicate) {
        accepted.assign(size_t(sourceRows), 1); // a cleared search: every row, at memset speed
        return;
    }
    if (!keys || words.isEmpty() || keys->size() != sourceRows) {
        accepted.assign(size_t(sourceRows), 0);
        for (int row = 0; row < sourceRows; ++row)
            accepted[size_t(row)] = accepts(row);
        return;
    }
    accepted.assign(size_t(sourceRows), 1);
    keys->match(byteWords, accepted, false);
    if (predicate) {
        for (int row = 0; row < sourceRows; ++row) {
            if (accepted[size_t(row)])
                accepted[size_t(row)] = predicate(row);
        }
    }
}

void FastFilterProxyModel::Private::refine()
{
    // Every row matching the longer text matches the shorter one: only rows shown now
    // (accepted ones) can stay, and the predicate already holds for them.
    const SearchKeys *keys = model->searchKeys();
    if (keys && keys->size() == sourceRows) {
        keys->match(byteWords, accepted, true);
        return;
    }
    for (int row : proxyToSource)
        accepted[size_t(row)] = matchesWords(row);
}

// Ascending: a stable sort over lessThan, so ties keep source order. Descending reverses
// the groups of equal rows but keeps each group in source order, and both keep the
// sortsLast rows at the end, in source order.
const std::vector<int> &FastFilterProxyModel::Private::sortedRows(int column, Qt::SortOrder order)
{
    SortCache &cache = sortCaches[size_t(column)];
    if (!cache.hasAscending) {
        std::vector<int> normal;
        std::vector<int> last;
        normal.reserve(size_t(sourceRows));
        for (int row = 0; row < sourceRows; ++row)
            (model->sortsLast(column, row) ? last : normal).push_back(row);
        std::stable_sort(normal.begin(), normal.end(),
                         [this, column](int a, int b) { return model->lessThan(column, a, b); });
        cache.normalCount = normal.size();
        normal.insert(normal.end(), last.begin(), last.end());
        cache.ascending = std::move(normal);
        cache.hasAscending = true;
    }
    if (order == Qt::AscendingOrder)
        return cache.ascending;
    if (!cache.hasDescending) {
        const std::vector<int> &asc = cache.ascending;
        std::vector<int> desc;
        desc.reserve(asc.size());
        size_t groupEnd = cache.normalCount; // one past the group being emitted
        while (groupEnd > 0) {
            size_t groupStart = groupEnd - 1;
            while (groupStart > 0 && !model->lessThan(column, asc[groupStart - 1], asc[groupStart]))
                --groupStart;
            desc.insert(desc.end(), asc.begin() + qsizetype(groupStart), asc.begin() + qsizetype(groupEnd));
            groupEnd = groupStart;
        }
        desc.insert(desc.end(), asc.begin() + qsizetype(cache.normalCount), asc.end());
        cache.descending = std::move(desc);
        cache.hasDescending = true;
    }
    return cache.descending;
}

std::vector<int> FastFilterProxyModel::Private::visibleRows()
{
    // Written without a branch per row (a million unpredictable ones at W1M): every row is
    // stored, the count advances only for accepted ones. The untouched tail of the buffer is
    // never faulted in.
    std::vector<int> rows(static_cast<size_t>(sourceRows));
    size_t count = 0;
    if (sortColumn < 0 || sortColumn >= int(sortCaches.size())) {
        for (int row = 0; row < sourceRows; ++row) {
            rows[count] = row;
            count += size_t(accepted[size_t(row)] != 0);
        }
    } else {
        for (int row : sortedRows(sortColumn, sortOrder)) {
            rows[count] = row;
            count += size_t(accepted[size_t(row)] != 0);
        }
    }
    rows.resize(count);
    return rows;
}

void FastFilterProxyModel::Private::ensureSourceToProxy() const
{
    if (!sourceToProxyDirty)
        return;
    sourceToProxy.assign(size_t(sourceRows), -1);
    for (size_t i = 0; i < proxyToSource.size(); ++i)
        sourceToProxy[size_t(proxyToSource[i])] = int(i);
    sourceToProxyDirty = false;
}

void FastFilterProxyModel::Private::resetTo(std::vector<int> next)
{
    q->beginResetModel();
    proxyToSource = std::move(next);
    sourceToProxyDirty = true;
    q->endResetModel();
}

// Moves from the current visible rows to `next` (both in display order). Rows present in
// both and not flagged in `moved` must keep their relative order; they stay put while the
// others are removed and inserted in ranges.
void FastFilterProxyModel::Private::applyVisible(std::vector<int> next, const std::vector<char> &moved)
{
    // The usual outcome of re-running a predicate after a load: nothing to announce, found
    // without the per-row bookkeeping below (tens of ms at a million rows).
    if (next == proxyToSource)
        return;
    const size_t cap = size_t(MaxRangedSignals);
    // A search typed on (narrowing) or cleared (widening) over a million rows usually changes
    // rows all over the table: walking the longer list against the shorter one finds that
    // after a few dozen runs, before any flag per source row is written. A reset is a correct
    // answer to any change; the walk only decides when it is the one to give.
    if (moved.empty()) {
        const bool narrowing = next.size() < proxyToSource.size();
        const std::vector<int> &longer = narrowing ? proxyToSource : next;
        const std::vector<int> &shorter = narrowing ? next : proxyToSource;
        size_t j = 0;
        size_t runs = 0;
        bool inRun = false;
        for (size_t i = 0; i < longer.size() && runs <= cap; ++i) {
            if (j < shorter.size() && longer[i] == shorter[j]) {
                ++j;
                inRun = false;
            } else if (!inRun) {
                inRun = true;
                ++runs;
            }
        }
        if (runs > cap) {
            resetTo(std::move(next));
            return;
        }
    }
    // Flags per source row, in buffers kept between calls: a million rows' worth is
    // cleared faster than it is allocated and faulted in again.
    inOld.assign(size_t(sourceRows), 0);
    for (int row : proxyToSource)
        inOld[size_t(row)] = 1;
    inNext.assign(size_t(sourceRows), 0);
    for (int row : next)
        inNext[size_t(row)] = 1;
    const auto kept = [&](int row) {
        return inNext[size_t(row)] && inOld[size_t(row)] && (moved.empty() || !moved[size_t(row)]);
    };

    const int oldCount = int(proxyToSource.size());
    const int nextCount = int(next.size());
    const auto removals = runsOf(oldCount, [&](int i) { return !kept(proxyToSource[size_t(i)]); }, cap);
    if (removals.size() > cap) {
        resetTo(std::move(next));
        return;
    }
    const auto insertions =
        runsOf(nextCount, [&](int i) { return !kept(next[size_t(i)]); }, cap - removals.size());
    if (removals.empty() && insertions.empty())
        return;

    // The rows that stay must appear in the same order on both sides, else only a reset
    // (or a layout change) can express the change.
    bool sameOrder = true;
    {
        int i = 0;
        int j = 0;
        while (sameOrder) {
            while (i < oldCount && !kept(proxyToSource[size_t(i)]))
                ++i;
            while (j < nextCount && !kept(next[size_t(j)]))
                ++j;
            if (i == oldCount || j == nextCount) {
                sameOrder = i == oldCount && j == nextCount;
                break;
            }
            sameOrder = proxyToSource[size_t(i)] == next[size_t(j)];
            ++i;
            ++j;
        }
    }
    if (!sameOrder || removals.size() + insertions.size() > size_t(MaxRangedSignals)) {
        resetTo(std::move(next));
        return;
    }

    for (auto run = removals.rbegin(); run != removals.rend(); ++run) {
        q->beginRemoveRows({}, run->first, run->second);
        proxyToSource.erase(proxyToSource.begin() + run->first, proxyToSource.begin() + run->second + 1);
        sourceToProxyDirty = true;
        q->endRemoveRows();
    }
    for (const auto &[first, last] : insertions) {
        q->beginInsertRows({}, first, last);
        proxyToSource.insert(proxyToSource.begin() + first, next.begin() + first, next.begin() + last + 1);
        sourceToProxyDirty = true;
        q->endInsertRows();
    }
    Q_ASSERT(proxyToSource == next);
}

void FastFilterProxyModel::Private::rebuildAll()
{
    sourceRows = model ? model->rowCount() : 0;
    sortCaches.assign(size_t(model ? model->columnCount() : 0), SortCache{});
    if (sortColumn >= int(sortCaches.size()))
        sortColumn = -1;
    const int column = std::exchange(preparedColumn, -1);
    std::vector<int> order = std::exchange(preparedOrder, {});
    if (column >= 0 && column < int(sortCaches.size()) && order.size() == size_t(sourceRows)) {
        SortCache &cache = sortCaches[size_t(column)];
        cache.normalCount = 0;
        for (int row = 0; row < sourceRows; ++row)
            cache.normalCount += model->sortsLast(column, row) ? 0 : 1;
        cache.ascending = std::move(order);
        cache.hasAscending = true;
    }
    proxyToSource.clear();
    sourceToProxyDirty = true;
    if (!model) {
        accepted.clear();
        return;
    }
    filterAll();
    proxyToSource = visibleRows();
}

void FastFilterProxyModel::Private::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                                  const QList<int> &roles)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    const int first = topLeft.row();
    const int last = bottomRight.row();
    const int firstColumn = topLeft.column();
    const int lastColumn = bottomRight.column();

    bool visibilityChanged = false;
    for (int row = first; row <= last; ++row) {
        const char now = accepts(row);
        visibilityChanged |= now != accepted[size_t(row)];
        accepted[size_t(row)] = now;
    }
    // A change announced with roles that carry no text (a check mark, a colour) leaves the
    // sort keys as they were: a click on a checkbox must not sort 50,000 rows again.
    const bool keysChanged = roles.isEmpty() || roles.contains(Qt::DisplayRole) || roles.contains(Qt::EditRole)
        || roles.contains(DirectoryTableModel::SortRole);
    if (keysChanged) {
        for (int column = firstColumn; column <= lastColumn && column < int(sortCaches.size()); ++column)
            sortCaches[size_t(column)] = SortCache{};
    }
    const bool resorted = keysChanged && sortColumn >= firstColumn && sortColumn <= lastColumn;

    if (visibilityChanged || resorted) {
        std::vector<int> next = visibleRows();
        std::vector<char> moved;
        if (resorted && next != proxyToSource) {
            // Changed rows may have moved: take them out and put them back where they go.
            // Unchanged rows keep their relative order (same keys, ties by source row).
            moved.assign(size_t(sourceRows), 0);
            for (int row = first; row <= last; ++row)
                moved[size_t(row)] = 1;
        }
        applyVisible(std::move(next), moved);
    }

    // Announce the rows that stayed visible; a bounding range is enough.
    ensureSourceToProxy();
    int top = -1;
    int bottom = -1;
    for (int row = first; row <= last; ++row) {
        const int proxyRow = sourceToProxy[size_t(row)];
        if (proxyRow < 0)
            continue;
        top = top < 0 ? proxyRow : std::min(top, proxyRow);
        bottom = std::max(bottom, proxyRow);
    }
    if (top >= 0)
        Q_EMIT q->dataChanged(q->index(top, firstColumn), q->index(bottom, lastColumn), roles);
}

void FastFilterProxyModel::Private::onSortKeysChanged()
{
    // The current sort column is kept right by onDataChanged, which a DirectoryTableModel
    // emits for every changed cell; the other columns are sorted again when next asked for.
    for (int column = 0; column < int(sortCaches.size()); ++column) {
        if (column != sortColumn)
            sortCaches[size_t(column)] = SortCache{};
    }
}

// Called while the source rows still exist: hide them first, so the view never holds a
// proxy row whose source row is gone.
void FastFilterProxyModel::Private::onRowsAboutToBeRemoved(int first, int last)
{
    std::vector<int> next;
    next.reserve(proxyToSource.size());
    for (int row : proxyToSource) {
        if (row < first || row > last)
            next.push_back(row);
    }
    if (next.size() != proxyToSource.size())
        applyVisible(std::move(next));
}

void FastFilterProxyModel::Private::onRowsRemoved(int first, int last)
{
    const int count = last - first + 1;
    for (int &row : proxyToSource) {
        if (row > last)
            row -= count;
    }
    accepted.erase(accepted.begin() + first, accepted.begin() + last + 1);
    sourceRows -= count;
    sourceToProxyDirty = true;
    dropSortCaches();
}

void FastFilterProxyModel::Private::onRowsInserted(int first, int last)
{
    const int count = last - first + 1;
    for (int &row : proxyToSource) {
        if (row >= first)
            row += count;
    }
    accepted.insert(accepted.begin() + first, size_t(count), 0);
    sourceRows += count;
    sourceToProxyDirty = true;
    for (int row = first; row <= last; ++row)
        accepted[size_t(row)] = accepts(row);
    dropSortCaches();
    applyVisible(visibleRows());
}

FastFilterProxyModel::FastFilterProxyModel(QObject *parent)
    : QAbstractProxyModel(parent)
    , d(std::make_unique<Private>(this))
{
}

FastFilterProxyModel::~FastFilterProxyModel() = default;

void FastFilterProxyModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    auto *model = qobject_cast<DirectoryTableModel *>(sourceModel);
    Q_ASSERT_X(!sourceModel || model, "FastFilterProxyModel::setSourceModel",
               "the source must be a DirectoryTableModel");
    beginResetModel();
    for (const QMetaObject::Connection &connection : std::as_const(d->connections))
        disconnect(connection);
    d->connections.clear();
    QAbstractProxyModel::setSourceModel(model);
    d->model = model;
    if (model) {
        auto &c = d->connections;
        c.append(connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { beginResetModel(); }));
        c.append(connect(model, &QAbstractItemModel::modelReset, this, [this] {
            d->rebuildAll();
            endResetModel();
        }));
        c.append(connect(model, &QAbstractItemModel::dataChanged, this,
                         [this](const QModelIndex &tl, const QModelIndex &br, const QList<int> &roles) {
                             d->onDataChanged(tl, br, roles);
                         }));
        c.append(connect(model, &DirectoryTableModel::sortKeysChanged, this, [this] { d->onSortKeysChanged(); }));
        c.append(connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                         [this](const QModelIndex &, int first, int last) { d->onRowsAboutToBeRemoved(first, last); }));
        c.append(connect(model, &QAbstractItemModel::rowsRemoved, this,
                         [this](const QModelIndex &, int first, int last) { d->onRowsRemoved(first, last); }));
        c.append(connect(model, &QAbstractItemModel::rowsInserted, this,
                         [this](const QModelIndex &, int first, int last) { d->onRowsInserted(first, last); }));
        c.append(connect(model, &QAbstractItemModel::headerDataChanged, this,
                         [this](Qt::Orientation orientation, int first, int last) {
                             if (orientation == Qt::Horizontal)
                                 Q_EMIT headerDataChanged(orientation, first, last);
                             else if (rowCount() > 0)
                                 Q_EMIT headerDataChanged(orientation, 0, rowCount() - 1);
                         }));
        // The Directory models never move rows nor change columns; should a source do it,
        // start over rather than guess.
        const auto startOver = [this] {
            beginResetModel();
            d->rebuildAll();
            endResetModel();
        };
        c.append(connect(model, &QAbstractItemModel::layoutChanged, this, startOver));
        c.append(connect(model, &QAbstractItemModel::rowsMoved, this, startOver));
        c.append(connect(model, &QAbstractItemModel::columnsInserted, this, startOver));
        c.append(connect(model, &QAbstractItemModel::columnsRemoved, this, startOver));
        c.append(connect(model, &QAbstractItemModel::columnsMoved, this, startOver));
    }
    d->rebuildAll();
    endResetModel();
}

DirectoryTableModel *FastFilterProxyModel::directoryModel() const
{
    return d->model;
}

void FastFilterProxyModel::setSearchText(const QString &text)
{
    if (text == d->text)
        return;
    d->text = text;
    const QString folded = Gatehouse::searchKey(text);
    const QStringList words = splitWords(folded);
    const bool refinement = folded.startsWith(d->foldedText);
    d->foldedText = folded;
    if (words == d->words)
        return;
    d->words = words;
    d->byteWords = SearchKeys::prepare(words);
    if (!d->model)
        return;
    if (refinement) {
        d->refine();
    } else {
        d->filterAll();
    }
    d->applyVisible(d->visibleRows());
}

QString FastFilterProxyModel::searchText() const
{
    return d->text;
}

void FastFilterProxyModel::setRowPredicate(RowPredicate predicate)
{
    d->predicate = std::move(predicate);
    invalidateRowPredicate();
}

void FastFilterProxyModel::invalidateRowPredicate()
{
    if (!d->model)
        return;
    d->filterAll();
    d->applyVisible(d->visibleRows());
}

void FastFilterProxyModel::invalidate()
{
    if (!d->model)
        return;
    d->dropSortCaches();
    d->filterAll();
    d->applyVisible(d->visibleRows());
}

int FastFilterProxyModel::sortColumn() const
{
    return d->sortColumn;
}

Qt::SortOrder FastFilterProxyModel::sortOrder() const
{
    return d->sortOrder;
}

void FastFilterProxyModel::sort(int column, Qt::SortOrder order)
{
    if (column >= int(d->sortCaches.size()))
        column = -1;
    if (column == d->sortColumn && order == d->sortOrder)
        return;
    const QList<QPersistentModelIndex> parents;
    Q_EMIT layoutAboutToBeChanged(parents, QAbstractItemModel::VerticalSortHint);
    d->sortColumn = column;
    d->sortOrder = order;
    const QModelIndexList from = persistentIndexList();
    std::vector<int> fromSource;
    fromSource.reserve(size_t(from.size()));
    for (const QModelIndex &index : from)
        fromSource.push_back(d->proxyToSource[size_t(index.row())]);

    if (d->model)
        d->proxyToSource = d->visibleRows();
    d->sourceToProxyDirty = true;
    d->ensureSourceToProxy();

    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i)
        to.append(index(d->sourceToProxy[size_t(fromSource[size_t(i)])], from.at(i).column()));
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged(parents, QAbstractItemModel::VerticalSortHint);
}

void FastFilterProxyModel::setPreparedOrder(int column, std::vector<int> ascending)
{
    d->preparedColumn = column;
    d->preparedOrder = std::move(ascending);
}

int FastFilterProxyModel::sourceRowCount() const
{
    return d->sourceRows;
}

QModelIndex FastFilterProxyModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !d->model || proxyIndex.row() >= int(d->proxyToSource.size()))
        return {};
    return d->model->index(d->proxyToSource[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex FastFilterProxyModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.model() != d->model)
        return {};
    d->ensureSourceToProxy();
    if (sourceIndex.row() >= int(d->sourceToProxy.size()))
        return {};
    const int row = d->sourceToProxy[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex FastFilterProxyModel::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= rowCount() || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex FastFilterProxyModel::parent(const QModelIndex &child) const
{
    Q_UNUSED(child);
    return {};
}

int FastFilterProxyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(d->proxyToSource.size());
}

int FastFilterProxyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !d->model ? 0 : d->model->columnCount();
}

bool FastFilterProxyModel::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && rowCount() > 0 && columnCount() > 0;
}

QModelIndex FastFilterProxyModel::sibling(int row, int column, const QModelIndex &idx) const
{
    Q_UNUSED(idx);
    return index(row, column);
}

QVariant FastFilterProxyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && d->model)
        return d->model->headerData(section, orientation, role);
    return QAbstractItemModel::headerData(section, orientation, role);
}

void FastFilterProxyModel::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    // QAbstractProxyModel (Qt 6.4) would answer with one source data() call per role.
    const QModelIndex source = mapToSource(index);
    if (source.isValid()) {
        sourceModel()->multiData(source, roleDataSpan);
        return;
    }
    for (QModelRoleData &roleData : roleDataSpan)
        roleData.clearData();
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractProxyModel>

#include <functional>
#include <memory>
#include <vector>

namespace Gatehouse {

class DirectoryTableModel;

// Sort and filter for big tables, without QSortFilterProxyModel's per-row regular
// expressions: the search text is folded once and matched against the source's pre-folded
// keys; a sort keeps a permutation per (column, order) until the data changes; filter
// changes are applied as ranged row removals/insertions (or one reset when the change is
// too scattered for ranges to pay off).
class FastFilterProxyModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    using RowPredicate = std::function<bool(int sourceRow)>;

    explicit FastFilterProxyModel(QObject *parent = nullptr);
    ~FastFilterProxyModel() override;

    void setSourceModel(QAbstractItemModel *sourceModel) override; // must be a DirectoryTableModel
    DirectoryTableModel *directoryModel() const;

    // Every word of `text` must occur in the row's search key (folded like the keys).
    void setSearchText(const QString &text);
    QString searchText() const;
    // Further filters (role, teams, ...); an empty predicate accepts every row.
    void setRowPredicate(RowPredicate predicate);
    // Re-run the predicate after the state it reads has changed.
    void invalidateRowPredicate();

    int sortColumn() const;
    Qt::SortOrder sortOrder() const;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // The ascending order of `column` for the source rows the next reset brings, as sort()
    // would compute it, worked out elsewhere (a worker thread) so the reset sorts nothing.
    // The caller vouches for it (e.g. AccountTableModel::PreparedKeys::fits()); the next
    // reset takes it when the row count matches and drops it in any case.
    void setPreparedOrder(int column, std::vector<int> ascending);

    int sourceRowCount() const;
    // Drop every cached sort order, re-run the search and the predicate on every row.
    void invalidate();

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    // The whole span to the source in one call.
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Gatehouse

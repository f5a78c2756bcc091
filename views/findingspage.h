// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/detailspane.h"

#include <QWidget>

class QHideEvent;
class QLabel;
class QShowEvent;
class QSortFilterProxyModel;
class QTableView;

namespace Gatehouse {

class Directory;
class FindingItemsModel;
class FindingsModel;
struct Finding;

// The auditor's findings: one line per kind with its count; selecting one lists its items,
// activating an item (Enter, double-click) asks to show that entity's row. Follows the
// Directory: after any change the counts and the listed items are computed again, at once
// while shown, otherwise on being shown.
class FindingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit FindingsPage(Directory *directory, QWidget *parent = nullptr);

    FindingsModel *model() const { return m_model; }
    FindingItemsModel *itemsModel() const { return m_items; }
    QTableView *findingsView() const { return m_findingsView; }
    QTableView *itemsView() const { return m_itemsView; }

    // Row of the selected finding in model(), -1 when none.
    int currentFinding() const;
    void selectFinding(int row);

Q_SIGNALS:
    void navigateRequested(Gatehouse::EntityKind kind, qint64 id);
    void currentFindingChanged(int row);

protected:
    // The findings are computed while the page is shown, and once on showing it after a
    // change (not at every load of an organisation nobody looks at).
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void showItems();
    void activateItem(const QModelIndex &index);

    Directory *m_directory = nullptr;
    FindingsModel *m_model = nullptr;
    FindingItemsModel *m_items = nullptr;
    QSortFilterProxyModel *m_itemsProxy = nullptr;
    QTableView *m_findingsView = nullptr;
    QTableView *m_itemsView = nullptr;
    QLabel *m_itemsCaption = nullptr;
};

} // namespace Gatehouse

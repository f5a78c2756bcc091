// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QWidget>

#include <functional>

class QLineEdit;
class QSettings;
class QTableView;
class QTimer;

namespace Gatehouse {

class DirectoryTableModel;
class FastFilterProxyModel;
class FilterBar;

// One entity table: a search field (debounced), optional entity filters, and a table
// over a FastFilterProxyModel. Built for 50,000 rows: fixed row heights, no
// ResizeToContents, sorting and filtering done by the proxy.
class TablePage : public QWidget
{
    Q_OBJECT
public:
    // `countText(shown, total)` gives the status bar text ("1,234 of 50,000 accounts").
    using CountText = std::function<QString(int shown, int total)>;

    // Takes ownership of `filterBar` (may be null) and `model`.
    TablePage(const QString &key, DirectoryTableModel *model, FilterBar *filterBar,
              const QString &searchPlaceholder, CountText countText, QWidget *parent = nullptr);
    ~TablePage() override;

    QString key() const { return m_key; }
    DirectoryTableModel *model() const { return m_model; }
    FastFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    FilterBar *filterBar() const { return m_filterBar; }

    QString countText() const;
    // Column widths in average characters, used until the user's own widths are restored.
    void setInitialColumnWidths(const QList<int> &characters);

    // Id of the selected row, -1 when none.
    Id currentId() const;
    // Selects and scrolls to the row of `id`; when filters hide it they are cleared.
    bool selectId(Id id);
    void clearFilters();
    void focusSearch();

    void saveSettings(QSettings &settings) const;
    void restoreSettings(QSettings &settings);

Q_SIGNALS:
    void currentChanged(qint64 id);
    void countChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySearch();
    void applyPredicate();

    QString m_key;
    DirectoryTableModel *m_model = nullptr;
    FastFilterProxyModel *m_proxy = nullptr;
    FilterBar *m_filterBar = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_view = nullptr;
    QTimer *m_searchTimer = nullptr;
    CountText m_countText;
};

} // namespace Gatehouse

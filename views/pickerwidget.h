// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"
#include "models/selectionpickermodel.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace Gatehouse {

class FastFilterProxyModel;

// A checkable, searchable list of accounts or datastores (tens of thousands): a search
// field, a "Selected only" toggle and "12 of 50,000 selected". Space toggles the current
// row.
class PickerWidget : public QWidget
{
    Q_OBJECT
public:
    PickerWidget(SelectionPickerModel::Kind kind, Directory *directory, QWidget *parent = nullptr);

    void setSelectedIds(const QList<Id> &ids);
    QList<Id> selectedIds() const;
    // Read-only: the list can be searched but not changed; `reason` says why.
    void setReadOnly(bool readOnly, const QString &reason = {});

    SelectionPickerModel *model() const { return m_model; }
    FastFilterProxyModel *proxy() const { return m_proxy; }
    QLineEdit *searchField() const { return m_search; }
    QCheckBox *selectedOnlyBox() const { return m_selectedOnly; }
    QTableView *view() const { return m_view; }
    QString countText() const;

Q_SIGNALS:
    void selectionChanged();

private:
    void updateCount();
    void applySelectedOnly();

    SelectionPickerModel *m_model = nullptr;
    FastFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QCheckBox *m_selectedOnly = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_note = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/fastfilterproxymodel.h"

#include <QWidget>

class QSettings;

namespace Gatehouse {

// Entity-specific filters shown beside a table page's search field. A bar turns its
// widgets into one row predicate for the page's proxy; it reads the Directory only.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // Empty when no filter is active (every row accepted).
    virtual FastFilterProxyModel::RowPredicate predicate() const = 0;
    // Back to the defaults (which may still hide rows, e.g. deactivated accounts).
    virtual void clear() = 0;
    // Shows every row (used to reveal a row the defaults hide); defaults to clear().
    virtual void showEverything() { clear(); }
    virtual void saveState(QSettings &settings) const = 0;
    virtual void restoreState(const QSettings &settings) = 0;

Q_SIGNALS:
    void changed();
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/filterbar.h"

class QComboBox;

namespace Gatehouse {

class Directory;

// Kind: all, source or enrichment.
class DatastoreFilterBar : public FilterBar
{
    Q_OBJECT
public:
    explicit DatastoreFilterBar(Directory *directory, QWidget *parent = nullptr);

    FastFilterProxyModel::RowPredicate predicate() const override;
    void clear() override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;

    QComboBox *kindCombo() const { return m_kind; }

private:
    Directory *m_directory = nullptr;
    QComboBox *m_kind = nullptr;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QSortFilterProxyModel>

namespace Gatehouse {

// Sort and filter of a ReachModel: typed sort through its SortRole, every word of the text
// in the row's name or detail (folded like the search fields), and one level or any.
// A reverse lookup lists at most one organisation's accounts, so the stock proxy is enough.
class ReachProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ReachProxyModel(QObject *parent = nullptr);

    void setText(const QString &text);
    QString text() const { return m_text; }
    // Level::None: any level.
    void setLevel(Level level);
    Level level() const { return m_level; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QStringList m_words;
    Level m_level = Level::None;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/token.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace Gatehouse {

// Sorts a TokenTableModel by its SortRole and filters it: every word of the search text
// must occur in the row's name, kind, owner or hint (case and accents ignored), and the
// row's state must be the one asked for, if any.
class TokenFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TokenFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    void setStateFilter(std::optional<Token::State> state);
    std::optional<Token::State> stateFilter() const { return m_state; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_search;
    QStringList m_words;
    std::optional<Token::State> m_state;
};

} // namespace Gatehouse

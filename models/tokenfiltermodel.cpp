// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tokenfiltermodel.h"

#include "core/textfold.h"
#include "models/searchwords.h"
#include "models/tokentablemodel.h"

using namespace Qt::StringLiterals;

namespace Gatehouse {

TokenFilterModel::TokenFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TokenTableModel::SortRole);
    setDynamicSortFilter(true);
}

void TokenFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    m_words = splitWords(searchKey(text));
    invalidateRowsFilter();
}

void TokenFilterModel::setStateFilter(std::optional<Token::State> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateRowsFilter();
}

bool TokenFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (m_state) {
        const int state = source->index(sourceRow, TokenTableModel::StateColumn, sourceParent)
                              .data(TokenTableModel::StateRole).toInt();
        if (state != int(*m_state))
            return false;
    }
    if (m_words.isEmpty())
        return true;
    QString key;
    for (int column : {TokenTableModel::NameColumn, TokenTableModel::KindColumn, TokenTableModel::OwnerColumn,
                       TokenTableModel::HintColumn})
        key += source->index(sourceRow, column, sourceParent).data().toString() + u'\n';
    key = searchKey(key);
    for (const QString &word : m_words) {
        if (!containsWord(key, word))
            return false;
    }
    return true;
}

} // namespace Gatehouse

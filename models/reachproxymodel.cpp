// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reachproxymodel.h"

#include "core/textfold.h"
#include "models/reachmodel.h"
#include "models/searchwords.h"

namespace Gatehouse {

ReachProxyModel::ReachProxyModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ReachModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ReachProxyModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = splitWords(searchKey(text));
    invalidateRowsFilter();
}

void ReachProxyModel::setLevel(Level level)
{
    if (level == m_level)
        return;
    m_level = level;
    invalidateRowsFilter();
}

bool ReachProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_level != Level::None && index.data(ReachModel::LevelRole).toInt() != int(m_level))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString key = index.data(ReachModel::SearchRole).toString();
    for (const QString &word : m_words) {
        if (!containsWord(key, word))
            return false;
    }
    return true;
}

} // namespace Gatehouse

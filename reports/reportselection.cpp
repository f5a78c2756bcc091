// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportselection.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

template <typename T, typename Keep>
std::vector<qsizetype> positionsById(const QList<T> &items, Keep keep)
{
    std::vector<qsizetype> positions;
    positions.reserve(size_t(items.size()));
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (keep(items.at(i)))
            positions.push_back(i);
    }
    std::stable_sort(positions.begin(), positions.end(),
                     [&](qsizetype a, qsizetype b) { return items.at(a).id < items.at(b).id; });
    return positions;
}

} // namespace

ReportSelection::ReportSelection(const Snapshot &snapshot, const AccessIndex &index,
                                 const ReportRequest &request)
    : m_snapshot(snapshot), m_index(index)
{
    // Findings only: no access table, but the chart still covers the whole organisation.
    const bool findingsOnly = request.scope == ReportRequest::Scope::Findings;
    m_allAccounts = findingsOnly || request.accounts.isEmpty();
    m_allDatastores = findingsOnly || request.datastores.isEmpty();
    const QSet<Id> accountIds(request.accounts.cbegin(), request.accounts.cend());
    const QSet<Id> datastoreIds(request.datastores.cbegin(), request.datastores.cend());
    m_accounts = positionsById(snapshot.accounts, [&](const Account &a) {
        return a.isActive() && (m_allAccounts || accountIds.contains(a.id));
    });
    m_datastores = positionsById(snapshot.datastores, [&](const Datastore &d) {
        return m_allDatastores || datastoreIds.contains(d.id);
    });
}

std::vector<ReportSelection::Cell> ReportSelection::cellsWithAccess(qsizetype limit) const
{
    std::vector<Cell> cells;
    if (limit <= 0)
        return cells;
    for (qsizetype accountPos : m_accounts) {
        if (m_datastores.size() == 1) {
            // A column: one cell per account, no need for the whole row.
            const Level level = m_index.cell(accountPos, m_datastores.front());
            if (level != Level::None)
                cells.push_back({accountPos, m_datastores.front(), level});
        } else {
            const std::vector<Level> row = m_index.row(accountPos);
            for (qsizetype datastorePos : m_datastores) {
                const Level level = row.at(size_t(datastorePos));
                if (level != Level::None)
                    cells.push_back({accountPos, datastorePos, level});
                if (qsizetype(cells.size()) >= limit)
                    return cells;
            }
        }
        if (qsizetype(cells.size()) >= limit)
            return cells;
    }
    return cells;
}

QString ReportSelection::via(const Cell &cell) const
{
    if (cell.level == Level::Admin)
        return u"role:Admin"_s;
    const Explanation why = m_index.explain(cell.accountPos, cell.datastorePos);
    QStringList names;
    names.reserve(why.winningTeams.size());
    for (Id teamId : why.winningTeams) {
        const qsizetype teamPos = m_index.teamPos(teamId);
        if (teamPos >= 0)
            names.append(m_snapshot.teams.at(teamPos).name);
    }
    return names.join(u';');
}

} // namespace Gatehouse

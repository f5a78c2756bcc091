// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/leveldistribution.h"

#include "reports/reportselection.h"

#include <numeric>

namespace Gatehouse {

LevelDistribution::LevelDistribution(const ReportSelection &selection)
{
    const AccessIndex &index = selection.index();
    const std::vector<qsizetype> &datastores = selection.datastores();
    for (qsizetype accountPos : selection.accounts()) {
        if (datastores.size() == 1) {
            ++m_counts.at(size_t(index.cell(accountPos, datastores.front())));
            continue;
        }
        const std::vector<Level> row = index.row(accountPos);
        if (selection.allDatastores()) {
            for (Level level : row)
                ++m_counts.at(size_t(level));
        } else {
            for (qsizetype datastorePos : datastores)
                ++m_counts.at(size_t(row.at(size_t(datastorePos))));
        }
    }
}

const std::array<Level, 6> &LevelDistribution::chartLevels()
{
    static const std::array<Level, 6> levels = {Level::Admin, Level::Editor, Level::Author,
                                                Level::Drafter, Level::Viewer, Level::Reporter};
    return levels;
}

qint64 LevelDistribution::withAccess() const
{
    return total() - count(Level::None);
}

qint64 LevelDistribution::total() const
{
    return std::accumulate(m_counts.cbegin(), m_counts.cend(), qint64(0));
}

} // namespace Gatehouse

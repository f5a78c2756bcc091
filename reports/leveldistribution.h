// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <array>

namespace Gatehouse {

class ReportSelection;

// How many (active account, datastore) cells in view hold each effective level.
class LevelDistribution
{
public:
    LevelDistribution() = default;
    explicit LevelDistribution(const ReportSelection &selection);

    // Levels a chart shows, highest first: Admin, Editor, Author, Drafter, Viewer, Reporter.
    static const std::array<Level, 6> &chartLevels();

    qint64 count(Level level) const { return m_counts.at(size_t(level)); }
    void setCount(Level level, qint64 count) { m_counts.at(size_t(level)) = count; }
    qint64 withAccess() const;   // every level but None
    qint64 total() const;        // every cell in view, None included

private:
    std::array<qint64, 7> m_counts = {}; // indexed by Level
};

} // namespace Gatehouse

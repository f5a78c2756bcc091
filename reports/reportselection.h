// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessindex.h"
#include "reports/reportrequest.h"

#include <vector>

namespace Gatehouse {

// The cells a report covers: active accounts and datastores in view, each ascending by id,
// as positions into the snapshot (and the index). Ids of a request that name nothing are
// ignored. Holds references: the snapshot and index must outlive it.
class ReportSelection
{
public:
    ReportSelection(const Snapshot &snapshot, const AccessIndex &index, const ReportRequest &request);

    struct Cell
    {
        qsizetype accountPos = -1;
        qsizetype datastorePos = -1;
        Level level = Level::None;
    };

    const Snapshot &snapshot() const { return m_snapshot; }
    const AccessIndex &index() const { return m_index; }
    const std::vector<qsizetype> &accounts() const { return m_accounts; }
    const std::vector<qsizetype> &datastores() const { return m_datastores; }
    bool allAccounts() const { return m_allAccounts; }
    bool allDatastores() const { return m_allDatastores; }

    // Cells with some access, by account id then datastore id, at most `limit` of them.
    std::vector<Cell> cellsWithAccess(qsizetype limit) const;
    // `role:Admin`, or the winning teams' names in ascending team id joined by ";"
    // (the access report's via).
    QString via(const Cell &cell) const;

private:
    const Snapshot &m_snapshot;
    const AccessIndex &m_index;
    std::vector<qsizetype> m_accounts;
    std::vector<qsizetype> m_datastores;
    bool m_allAccounts = true;
    bool m_allDatastores = true;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/snapshot.h"
#include "core/auditrecord.h"

#include <QSqlDatabase>

namespace Gatehouse {

// Writes organisation rows through prepared statements (prepared once, executed per row:
// QSqlQuery::execBatch() does not batch on the SQLite driver). Runs inside the caller's
// transaction and never commits: on an error the caller rolls back.
class SqliteSnapshotWriter
{
public:
    explicit SqliteSnapshotWriter(const QSqlDatabase &db);

    // Removes accounts, teams, datastores and their links. The audit log stays.
    Result<void> clearOrganisation();

    // Inserts every row of `snapshot`, ids kept. Public team members are ignored
    // (everyone is a member). Errors name the list, the index and the id.
    Result<void> insert(const Snapshot &snapshot);

    // `record.id` is ignored: the database numbers records.
    Result<void> appendAudit(const AuditRecord &record);

private:
    QSqlDatabase m_db;
};

} // namespace Gatehouse

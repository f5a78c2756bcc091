// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auditrecord.h"
#include "core/result.h"
#include "core/snapshot.h"

#include <QSqlDatabase>

namespace Gatehouse {

// Writes organisation rows on either backend: bulk (sqlbulkwriter.h: multi-row INSERT on
// SQLite, COPY on PostgreSQL) for whole organisations and histories, one prepared statement
// for a single audit record. Runs inside the caller's transaction and never commits: on an
// error the caller rolls back.
class SqlSnapshotWriter
{
public:
    explicit SqlSnapshotWriter(const QSqlDatabase &db);

    // Removes accounts, teams, datastores and their links. The audit log stays.
    Result<void> clearOrganisation();

    // Inserts every row of `snapshot`, ids kept. Public team members are ignored
    // (everyone is a member). Errors name the list, the index and the id.
    Result<void> insert(const Snapshot &snapshot);

    // `record.id` is ignored: the database numbers records.
    Result<void> appendAudit(const AuditRecord &record);
    // The same for many records, numbered in list order; in bulk when there are many.
    Result<void> appendAudit(const QList<AuditRecord> &records);

    // Writes `history` with its ids and times (an archive moving into a new database).
    Result<void> insertHistory(const QList<AuditRecord> &history);

private:
    QSqlDatabase m_db;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repository/sqlbulkwriter.h"

#include <optional>

struct pg_conn;

namespace Gatehouse {

// libpq's connection behind a QPSQL connection; null for another driver or when closed.
pg_conn *postgresHandle(const QSqlDatabase &db);

// Why a COPY failed: the server's message, its SQLSTATE and, when the server named it, the
// row (0-based) it stopped at, or the key of a row a constraint checked at the end of the
// COPY refused ("Key (account_id)=(99) is not present in table ...").
struct CopyFailure
{
    QString message;
    QString sqlState;
    std::optional<qsizetype> row;
    QStringList keyColumns;
    QStringList keyValues;
};

// COPY `rows` FROM STDIN (text format) on the libpq connection behind `db` (a QPSQL
// connection with no query of its own still running). nullopt when every row was written.
// A failed COPY leaves the transaction aborted: the caller wraps it in a savepoint.
std::optional<CopyFailure> copyRows(const QSqlDatabase &db, const RowSet &rows);

} // namespace Gatehouse

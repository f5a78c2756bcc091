// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "repository/databaseurl.h"

#include <QSqlDatabase>

namespace Gatehouse {

// QPSQL connections configured from a postgresql:// URL, for the repository and for any
// other connection Gatehouse makes to the same server (listening for changes, granting).
//
// The URL's query items become libpq connection options (sslmode=require, ...), with
// connect_timeout=5 and application_name=gatehouse unless the URL sets them. A password is
// passed only when the URL holds one; otherwise libpq's own sources apply (PGPASSWORD,
// ~/.pgpass), so Gatehouse never stores one.

// The connect options string for QSqlDatabase::setConnectOptions, or an Invalid error for
// an option Gatehouse cannot pass on (a value with ';').
Result<QString> postgresConnectOptions(const DatabaseUrl &url);

// Sets host, port, database, user, the password only when the URL holds one, and the
// connect options on `db` (a QPSQL connection).
Result<void> configurePostgresConnection(QSqlDatabase &db, const DatabaseUrl &url);

// Opens `db` (configured as above); the error is one sentence (postgresConnectError).
Result<void> openPostgres(QSqlDatabase &db, const DatabaseUrl &url);

// Adds a QPSQL connection named `connectionName`, configured from `url`, and opens it. On
// failure the connection is removed again and the error is one sentence for a person
// (postgresConnectError), Error::Code::Unavailable, the libpq text in Error::detail.
Result<QSqlDatabase> openPostgresConnection(const DatabaseUrl &url, const QString &connectionName);

// "Cannot connect to HOST:PORT: <why>." from libpq's message: the password refused, the
// host unknown, the database missing, SSL refused, no server answering, ...
Error postgresConnectError(const DatabaseUrl &url, const QString &libpqText);

// "The connection to HOST:PORT was lost." (Error::Code::Unavailable).
Error postgresConnectionLost(const DatabaseUrl &url, const QString &detail);

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace Gatehouse {

// A parsed database location (architecture.md, "Storage"):
//   sqlite:/path/to/file.gatehouse, sqlite::memory:, a bare path (SQLite file),
//   postgresql://user@host:5432/db?sslmode=prefer (postgres:// too).
struct DatabaseUrl
{
    enum class Backend { Sqlite, PostgreSql };

    Backend backend = Backend::Sqlite;

    // SQLite: absolute, cleaned file path, or ":memory:".
    QString path;

    // PostgreSQL.
    QString host;
    int port = 5432;
    QString user;
    QString password;   // never part of toDisplayString()
    QString database;
    QList<QPair<QString, QString>> options; // query items, in the order given

    bool isMemory() const { return backend == Backend::Sqlite && path == u":memory:"; }

    // Canonical form without the password, safe for titles, logs and messages.
    QString toDisplayString() const;

    static Result<DatabaseUrl> parse(const QString &text);

    friend bool operator==(const DatabaseUrl &, const DatabaseUrl &) = default;
};

// "sqlite:<AppDataLocation>/organisation.gatehouse": the organisation both executables
// use when no URL is given. They set organisation and application name to "Gatehouse".
QString defaultDatabaseUrl();

} // namespace Gatehouse

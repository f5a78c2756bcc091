// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

// What differs between the SQL of the two backends (internal to the repository layer).
// Both drivers take `?` placeholders, count affected rows and run our statements in
// transactions; the few words that differ are chosen here, so the writers hold one SQL
// text for both.
namespace Gatehouse {

enum class SqlDialect { Sqlite, Postgres };

inline SqlDialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName() == u"QPSQL" ? SqlDialect::Postgres : SqlDialect::Sqlite;
}

namespace Sql {

using namespace Qt::StringLiterals;

// The folder of the migrations, resources/sql/<name>/.
inline QString migrationsName(SqlDialect dialect)
{
    return dialect == SqlDialect::Postgres ? u"postgresql"_s : u"sqlite"_s;
}

// The larger of two values: SQLite's scalar max(a, b), PostgreSQL's GREATEST(a, b).
inline QString greatest(SqlDialect dialect)
{
    return dialect == SqlDialect::Postgres ? u"GREATEST"_s : u"max"_s;
}

// LIKE ignoring ASCII case: SQLite's LIKE does, PostgreSQL's ILIKE does.
inline QString likeIgnoringCase(SqlDialect dialect)
{
    return dialect == SqlDialect::Postgres ? u"ILIKE"_s : u"LIKE"_s;
}

// The key of the transaction-scoped advisory lock every PostgreSQL write transaction takes
// first: writers are serialised as SQLite's BEGIN IMMEDIATE serialises them ("GATEHOUS").
inline constexpr qint64 WriteLockKey = 0x4741'5445'484f'5553;

} // namespace Sql

} // namespace Gatehouse

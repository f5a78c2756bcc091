// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repository/sqldialect.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace Gatehouse {

// Scope guard for one SQL transaction: rolls back on destruction unless commit()
// succeeded, so every early return leaves the database as it was.
// Runs the statements itself (not QSqlDatabase::transaction()) to choose the locking:
// - SQLite: a Write transaction takes the write lock at BEGIN (IMMEDIATE), so two writers
//   wait on the busy timeout instead of failing half-way with SQLITE_BUSY.
// - PostgreSQL: a Write transaction takes a transaction-scoped advisory lock first, so
//   writers are serialised the same way (and see each other's committed versions), and
//   its commit() signals ChangeChannel with the newest audit id just before COMMIT. A Read
//   transaction is REPEATABLE READ, READ ONLY: all its statements see one snapshot.
class Transaction
{
public:
    enum class Kind { Read, Write };

    explicit Transaction(const QSqlDatabase &db, Kind kind = Kind::Write);
    ~Transaction();

    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // False when BEGIN failed; lastError() says why.
    bool isActive() const { return m_active; }
    bool commit();
    void rollback();
    QSqlError lastError() const { return m_error; }

private:
    bool run(const QString &statement);

    QSqlDatabase m_db;
    QSqlError m_error;
    SqlDialect m_dialect = SqlDialect::Sqlite;
    Kind m_kind = Kind::Write;
    bool m_active = false;
};

} // namespace Gatehouse

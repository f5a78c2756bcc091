// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlError>

namespace Gatehouse {

// Scope guard for one SQL transaction: rolls back on destruction unless commit()
// succeeded, so every early return leaves the database as it was.
// Runs the statements itself (not QSqlDatabase::transaction()) to choose the SQLite
// lock: a Write transaction takes the write lock at BEGIN (IMMEDIATE), so two writers
// wait on the busy timeout instead of failing half-way with SQLITE_BUSY.
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
    bool m_active = false;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/transaction.h"

#include "core/repository.h"
#include "repository/logging.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Gatehouse {

Transaction::Transaction(const QSqlDatabase &db, Kind kind)
    : m_db(db)
    , m_dialect(dialectOf(db))
    , m_kind(kind)
{
    if (m_dialect == SqlDialect::Sqlite) {
        m_active = run(kind == Kind::Write ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
        return;
    }
    if (kind == Kind::Read) {
        m_active = run(u"BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY"_s);
        return;
    }
    // READ COMMITTED: every statement after the lock sees what the previous writer committed.
    m_active = run(u"BEGIN"_s);
    if (m_active && !run(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(Sql::WriteLockKey)))
        rollback();
}

Transaction::~Transaction()
{
    if (m_active)
        rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (m_dialect == SqlDialect::Postgres && m_kind == Kind::Write
        && !run(u"SELECT pg_notify('%1', (SELECT coalesce(max(id), 0) FROM audit_log)::text)"_s.arg(
            QLatin1StringView(ChangeChannel))))
        return false; // still active: the destructor rolls back
    if (!run(u"COMMIT"_s))
        return false;
    m_active = false;
    return true;
}

void Transaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    // A lost connection has no transaction left to end: the server rolled it back.
    if (!m_db.isOpen())
        return;
    const QSqlError error = m_error;
    if (!run(u"ROLLBACK"_s))
        qCWarning(lcRepository) << "rollback failed:" << m_error.text();
    m_error = error; // why the transaction ended, not the rollback's own error
}

bool Transaction::run(const QString &statement)
{
    QSqlQuery query(m_db);
    if (query.exec(statement))
        return true;
    m_error = query.lastError();
    return false;
}

} // namespace Gatehouse

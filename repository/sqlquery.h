// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repository/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace Gatehouse {

// A statement with `?` placeholders that runs the same on both backends (internal to the
// repository layer), with the parts of QSqlQuery's interface the writers use.
//
// SQLite prepares it (sqlite3_prepare, in process). On PostgreSQL the bound values are
// written into the statement as literals by the driver's own formatValue() (quoted and
// escaped as QPSQL quotes them) and the text is sent once: one round trip instead of
// QPSQL's PREPARE, EXECUTE and DEALLOCATE, and no server-side statement left to free after
// an error has aborted the transaction.
class SqlQuery
{
public:
    explicit SqlQuery(const QSqlDatabase &db);

    void setForwardOnly(bool forward) { m_query.setForwardOnly(forward); }
    bool prepare(const QString &sql);
    void bindValue(int position, const QVariant &value);
    void addBindValue(const QVariant &value);
    bool exec();
    bool exec(const QString &sql);

    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QSqlError lastError() const { return m_query.lastError(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    void finish() { m_query.finish(); }

private:
    QString withValues() const;

    QSqlDatabase m_db;
    QSqlQuery m_query;
    SqlDialect m_dialect;
    QString m_sql;             // PostgreSQL: the prepared text
    QVariantList m_values;     // PostgreSQL: the bound values
    int m_nextAdded = 0;       // where addBindValue() binds next
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repository/sqldialect.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

struct pg_result;

namespace Gatehouse {

// A statement with `?` placeholders that runs the same on both backends (internal to the
// repository layer), with the parts of QSqlQuery's interface the writers use.
//
// SQLite prepares it (sqlite3_prepare, in process). On PostgreSQL the placeholders become
// $1, $2, ... and the statement goes to libpq's PQexecParams on the QPSQL connection's own
// handle: the values travel apart from the SQL text, so no input ever becomes SQL, and it
// is still one round trip (QPSQL's prepared queries take three: PREPARE, EXECUTE and
// DEALLOCATE, and leave a statement to free after an error has aborted the transaction).
// exec(sql) without values runs through QSqlQuery on both.
class SqlQuery
{
public:
    explicit SqlQuery(const QSqlDatabase &db);
    ~SqlQuery();
    SqlQuery(SqlQuery &&) = default;
    SqlQuery &operator=(SqlQuery &&) = default;

    void setForwardOnly(bool forward) { m_query.setForwardOnly(forward); }
    bool prepare(const QString &sql);
    void bindValue(int position, const QVariant &value);
    void addBindValue(const QVariant &value);
    bool exec();
    bool exec(const QString &sql);

    bool next();
    QVariant value(int column) const;
    QSqlError lastError() const;
    int numRowsAffected() const;
    void finish();

private:
    struct ResultDeleter { void operator()(pg_result *result) const; };
    bool execParams();

    QSqlDatabase m_db;
    QSqlQuery m_query;
    SqlDialect m_dialect;
    QByteArray m_sql;          // PostgreSQL: the statement with $n placeholders, UTF-8
    QVariantList m_values;     // PostgreSQL: the bound values
    int m_nextAdded = 0;       // where addBindValue() binds next
    // PostgreSQL: the result of the last exec() with values, read by next() and value();
    // null after exec(sql), which reads through m_query.
    std::unique_ptr<pg_result, ResultDeleter> m_result;
    int m_row = -1;
    QSqlError m_error;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QSqlDatabase>
#include <QStringList>
#include <QVariant>

#include <functional>

namespace Gatehouse {

// SQL NULL: a null QVariant, or a null QString in one (QtSql binds both as NULL).
inline bool isSqlNull(const QVariant &value)
{
    return value.isNull()
        || (value.typeId() == QMetaType::QString && static_cast<const QString *>(value.constData())->isNull());
}

// Rows for one table, as the database stores them: a null value (isSqlNull) is SQL NULL, a
// bool is a boolean (SQLite stores 1/0).
struct RowSet
{
    QString table;          // fixed names from the repository's own code, never input
    QStringList columns;
    QList<QVariantList> rows;
    // How an error names row i, e.g. "accounts[3] (id 4, \"Ada\")".
    std::function<QString(qsizetype)> label;
};

// Inserts every row of `rows` inside the caller's transaction and never commits; on an error
// the caller rolls back. SQLite: multi-row INSERT statements of up to 500 rows. PostgreSQL:
// COPY FROM STDIN through libpq on the connection's own handle. A refused row is named as
// the row-by-row writers name it (the failing batch is retried one row at a time, or COPY's
// line number is used), with the driver's text in Error::detail.
Result<void> insertRows(const QSqlDatabase &db, const RowSet &rows);

} // namespace Gatehouse

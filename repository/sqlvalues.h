// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// Binding helpers shared by the SQL writers (internal to the repository layer).
namespace Gatehouse::SqlValues {

using namespace Qt::StringLiterals;

// A null QString binds as SQL NULL, an empty one as ''.
inline QVariant nullableText(const QString &value)
{
    return value.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

// An invalid time binds as SQL NULL.
inline QVariant nullableTime(const QDateTime &value)
{
    return value.isValid() ? QVariant(formatTimestamp(value)) : QVariant(QMetaType::fromType<QString>());
}

// Never null, so NOT NULL columns keep an unknown time as ''.
inline QVariant requiredTime(const QDateTime &value)
{
    return value.isValid() ? formatTimestamp(value) : QString(u""_s);
}

// Why the database refused a write, in plain words, from the driver's text and, on
// PostgreSQL, the SQLSTATE.
inline QString refusalReason(const QString &driver, const QString &sqlState = {})
{
    if (sqlState == u"23505" || driver.contains(u"UNIQUE"_s, Qt::CaseInsensitive))
        return u"the name or id is already used"_s;
    if (sqlState == u"23503" || driver.contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive))
        return u"it refers to an account, team or datastore that does not exist"_s;
    if (sqlState == u"23514" || driver.contains(u"CHECK"_s, Qt::CaseInsensitive))
        return u"a value is not allowed there"_s;
    if (sqlState == u"23502" || driver.contains(u"NOT NULL"_s, Qt::CaseInsensitive))
        return u"a required value is missing"_s;
    if (sqlState == u"40P01" || sqlState == u"55P03" || driver.contains(u"locked"_s, Qt::CaseInsensitive)
        || driver.contains(u"busy"_s, Qt::CaseInsensitive))
        return u"the database is busy with another program; try again"_s;
    if (sqlState == u"42501")
        return u"this database account may not change it"_s;
    return u"the database reported an error (see the details)"_s;
}

// "The database refused <what>: <reason in plain words>." The driver's own text goes to
// `detail` only: people see the reason, the details keep what a developer needs.
inline Error refused(const QString &what, const QString &driver, const QString &sqlState)
{
    return makeError(Error::Code::Database, u"The database refused %1: %2."_s.arg(what, refusalReason(driver, sqlState)),
                     driver);
}

inline Error refused(const QString &what, const QSqlError &error)
{
    const QString driver = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // PostgreSQL's native code is the SQLSTATE; SQLite's numbers never look like one.
    return refused(what, driver, error.nativeErrorCode());
}

// Any query with lastError(): QSqlQuery, SqlQuery.
template <typename Query>
inline Error refused(const QString &what, const Query &query)
{
    return refused(what, query.lastError());
}

} // namespace Gatehouse::SqlValues

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

// Binding helpers shared by the SQLite writers (internal to the repository layer).
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

// "The database refused <what>: <reason in plain words>." The driver's own text goes to
// `detail` only: people see the reason, the details keep what a developer needs.
inline Error refused(const QString &what, const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    const QString driver = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    QString reason;
    if (driver.contains(u"UNIQUE"_s, Qt::CaseInsensitive))
        reason = u"the name or id is already used"_s;
    else if (driver.contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive))
        reason = u"it refers to an account, team or datastore that does not exist"_s;
    else if (driver.contains(u"CHECK"_s, Qt::CaseInsensitive))
        reason = u"a value is not allowed there"_s;
    else if (driver.contains(u"NOT NULL"_s, Qt::CaseInsensitive))
        reason = u"a required value is missing"_s;
    else if (driver.contains(u"locked"_s, Qt::CaseInsensitive) || driver.contains(u"busy"_s, Qt::CaseInsensitive))
        reason = u"the database is busy with another program; try again"_s;
    else
        reason = u"the database reported an error (see the details)"_s;
    return makeError(Error::Code::Database, u"The database refused %1: %2."_s.arg(what, reason), driver);
}

} // namespace Gatehouse::SqlValues

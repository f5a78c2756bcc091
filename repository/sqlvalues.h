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

// "The database refused <what>: <reason>." with the driver text as detail.
inline Error refused(const QString &what, const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    const QString reason = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    return makeError(Error::Code::Database, u"The database refused %1: %2."_s.arg(what, reason), error.text());
}

} // namespace Gatehouse::SqlValues

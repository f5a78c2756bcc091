// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/postgrescopy.h"

#include <QRegularExpression>
#include <QSqlDriver>

#include <libpq-fe.h>

using namespace Qt::StringLiterals;

namespace Gatehouse {

PGconn *postgresHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    // Qt names the type after libpq's struct ("pg_conn*") or its typedef ("PGconn*").
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0 && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

namespace {

constexpr qsizetype FlushBytes = 1 << 20;

// COPY's text format: \N is NULL; backslash, tab, newline and carriage return are escaped.
void appendValue(QByteArray &buffer, const QVariant &value)
{
    if (isSqlNull(value)) {
        buffer += "\\N";
        return;
    }
    switch (value.typeId()) {
    case QMetaType::Bool:
        buffer += value.toBool() ? 't' : 'f';
        return;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        buffer += QByteArray::number(value.toLongLong());
        return;
    default:
        break;
    }
    const QByteArray text = value.toString().toUtf8();
    for (const char c : text) {
        switch (c) {
        case '\\': buffer += "\\\\"; break;
        case '\t': buffer += "\\t"; break;
        case '\n': buffer += "\\n"; break;
        case '\r': buffer += "\\r"; break;
        default: buffer += c;
        }
    }
}

CopyFailure failureOf(const QString &message, const QString &sqlState = {})
{
    CopyFailure failure;
    failure.message = message;
    failure.sqlState = sqlState;
    return failure;
}

QString errorField(const PGresult *result, int field)
{
    return QString::fromUtf8(PQresultErrorField(result, field));
}

// Reads every result of the COPY; the failure of the first bad one.
std::optional<CopyFailure> finish(PGconn *connection)
{
    static const QRegularExpression line(u"\\bline (\\d+)"_s);
    std::optional<CopyFailure> failure;
    while (PGresult *result = PQgetResult(connection)) {
        if (PQresultStatus(result) != PGRES_COMMAND_OK && !failure) {
            CopyFailure f;
            f.message = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
            if (f.message.isEmpty())
                f.message = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
            f.sqlState = errorField(result, PG_DIAG_SQLSTATE);
            const QRegularExpressionMatch match = line.match(errorField(result, PG_DIAG_CONTEXT));
            if (match.hasMatch())
                f.row = match.captured(1).toLongLong() - 1;
            static const QRegularExpression key(u"^Key \\((.+)\\)=\\((.*)\\) "_s);
            const QRegularExpressionMatch keyMatch = key.match(errorField(result, PG_DIAG_MESSAGE_DETAIL));
            if (keyMatch.hasMatch()) {
                f.keyColumns = keyMatch.captured(1).split(u", "_s);
                f.keyValues = keyMatch.captured(2).split(u", "_s);
            }
            failure = f;
        }
        PQclear(result);
    }
    return failure;
}

} // namespace

std::optional<CopyFailure> copyRows(const QSqlDatabase &db, const RowSet &rows)
{
    PGconn *connection = postgresHandle(db);
    if (!connection || PQstatus(connection) != CONNECTION_OK)
        return failureOf(u"no open PostgreSQL connection"_s);

    const QByteArray statement = u"COPY %1 (%2) FROM STDIN"_s.arg(rows.table, rows.columns.join(u", "_s)).toUtf8();
    PGresult *start = PQexec(connection, statement.constData());
    const ExecStatusType status = PQresultStatus(start);
    if (status != PGRES_COPY_IN) {
        CopyFailure f = failureOf(QString::fromUtf8(PQresultErrorMessage(start)).trimmed(),
                                  errorField(start, PG_DIAG_SQLSTATE));
        PQclear(start);
        if (auto more = finish(connection); more && f.message.isEmpty())
            return more;
        return f;
    }
    PQclear(start);

    QByteArray buffer;
    buffer.reserve(FlushBytes + 64 * 1024);
    bool sent = true;
    for (const QVariantList &row : rows.rows) {
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                buffer += '\t';
            appendValue(buffer, row.at(c));
        }
        buffer += '\n';
        if (buffer.size() >= FlushBytes) {
            sent = PQputCopyData(connection, buffer.constData(), int(buffer.size())) == 1;
            buffer.clear();
            if (!sent)
                break;
        }
    }
    if (sent && !buffer.isEmpty())
        sent = PQputCopyData(connection, buffer.constData(), int(buffer.size())) == 1;
    const bool ended = PQputCopyEnd(connection, sent ? nullptr : "the client stopped sending rows") == 1;
    std::optional<CopyFailure> failure = finish(connection);
    if (!failure && (!sent || !ended))
        failure = failureOf(QString::fromUtf8(PQerrorMessage(connection)).trimmed());
    return failure;
}

} // namespace Gatehouse

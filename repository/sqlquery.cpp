// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/sqlquery.h"

#include "core/types.h"
#include "repository/postgrescopy.h"
#include "repository/sqlbulkwriter.h"

#include <libpq-fe.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// Type OIDs of PostgreSQL's built-in types (pg_type.dat).
constexpr Oid BoolOid = 16;
constexpr Oid ByteaOid = 17;
constexpr Oid Int8Oid = 20;
constexpr Oid Int2Oid = 21;
constexpr Oid Int4Oid = 23;
constexpr Oid OidOid = 26;
constexpr Oid Float4Oid = 700;
constexpr Oid Float8Oid = 701;
constexpr Oid NumericOid = 1700;

// Each `?` outside quotes and comments becomes $1, $2, ...
QByteArray numberedPlaceholders(const QString &sql)
{
    QString text;
    text.reserve(sql.size() + 16);
    int next = 0;
    QChar quote;
    bool lineComment = false;
    for (qsizetype i = 0; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (lineComment) {
            lineComment = c != u'\n';
        } else if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'-' && i + 1 < sql.size() && sql.at(i + 1) == u'-') {
            lineComment = true;
        } else if (c == u'?') {
            text += u'$' + QString::number(++next);
            continue;
        }
        text += c;
    }
    return text.toUtf8();
}

// The parameter's type as the statement should see it, and its text form: numbers and
// booleans with their own types (as their literals had), everything else untyped like a
// quoted literal; a null keeps the type of the value it stands for.
struct Parameter
{
    Oid type = 0;
    std::optional<QByteArray> text; // nullopt = NULL
};

Parameter parameterOf(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return {BoolOid, isSqlNull(value) ? std::nullopt
                                          : std::optional(QByteArray(value.toBool() ? "true" : "false"))};
    case QMetaType::Int: case QMetaType::UInt: case QMetaType::LongLong: case QMetaType::ULongLong:
    case QMetaType::Short: case QMetaType::UShort: case QMetaType::Long: case QMetaType::ULong:
        return {Int8Oid, isSqlNull(value) ? std::nullopt : std::optional(value.toString().toUtf8())};
    case QMetaType::Double: case QMetaType::Float:
        return {Float8Oid, isSqlNull(value) ? std::nullopt
                                            : std::optional(QByteArray::number(value.toDouble(), 'g', 17))};
    case QMetaType::QDateTime:
        return {0, isSqlNull(value) ? std::nullopt
                                          : std::optional(formatTimestamp(value.toDateTime()).toUtf8())};
    case QMetaType::QByteArray:
        return {0, isSqlNull(value) ? std::nullopt : std::optional(value.toByteArray())};
    case QMetaType::UnknownType:
        return {0, std::nullopt};
    default:
        // Untyped, as a quoted literal is: the server takes the type the context asks for.
        return {0, isSqlNull(value) ? std::nullopt : std::optional(value.toString().toUtf8())};
    }
}

QVariant valueOf(const PGresult *result, int row, int column)
{
    const Oid type = PQftype(result, column);
    if (PQgetisnull(result, row, column))
        return QVariant();
    const char *text = PQgetvalue(result, row, column);
    const int length = PQgetlength(result, row, column);
    switch (type) {
    case BoolOid:
        return QVariant(text[0] == 't');
    case Int8Oid: case Int2Oid: case Int4Oid: case OidOid:
        return QVariant(QByteArray::fromRawData(text, length).toLongLong());
    case Float4Oid: case Float8Oid: case NumericOid:
        return QVariant(QByteArray::fromRawData(text, length).toDouble());
    case ByteaOid: {
        size_t size = 0;
        unsigned char *bytes = PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &size);
        QByteArray data(reinterpret_cast<const char *>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return QVariant(data);
    }
    default:
        return QVariant(QString::fromUtf8(text, length));
    }
}

} // namespace

void SqlQuery::ResultDeleter::operator()(pg_result *result) const
{
    PQclear(result);
}

SqlQuery::SqlQuery(const QSqlDatabase &db)
    : m_db(db)
    , m_query(db)
    , m_dialect(dialectOf(db))
{
}

SqlQuery::~SqlQuery() = default;

bool SqlQuery::prepare(const QString &sql)
{
    m_nextAdded = 0;
    if (m_dialect == SqlDialect::Sqlite)
        return m_query.prepare(sql);
    m_sql = numberedPlaceholders(sql);
    m_values.clear();
    return true;
}

void SqlQuery::bindValue(int position, const QVariant &value)
{
    if (m_dialect == SqlDialect::Sqlite) {
        m_query.bindValue(position, value);
        return;
    }
    if (m_values.size() <= position)
        m_values.resize(position + 1);
    m_values[position] = value;
}

void SqlQuery::addBindValue(const QVariant &value)
{
    bindValue(m_nextAdded++, value);
}

bool SqlQuery::exec()
{
    m_nextAdded = 0;
    if (m_dialect == SqlDialect::Sqlite)
        return m_query.exec();
    return execParams();
}

bool SqlQuery::exec(const QString &sql)
{
    m_nextAdded = 0;
    m_result.reset();
    m_error = QSqlError();
    return m_query.exec(sql);
}

bool SqlQuery::execParams()
{
    m_result.reset();
    m_row = -1;
    m_error = QSqlError();
    PGconn *connection = postgresHandle(m_db);
    if (!connection || !m_db.isOpen()) {
        m_error = QSqlError(u"The connection is closed."_s, QString(), QSqlError::ConnectionError);
        return false;
    }

    std::vector<Parameter> parameters;
    parameters.reserve(size_t(m_values.size()));
    std::vector<Oid> types;
    std::vector<const char *> texts;
    for (const QVariant &value : std::as_const(m_values))
        parameters.push_back(parameterOf(value));
    for (const Parameter &parameter : parameters) {
        types.push_back(parameter.type);
        texts.push_back(parameter.text ? parameter.text->constData() : nullptr);
    }

    m_result.reset(PQexecParams(connection, m_sql.constData(), int(parameters.size()), types.data(),
                                texts.data(), nullptr, nullptr, 0));
    const ExecStatusType status = m_result ? PQresultStatus(m_result.get()) : PGRES_FATAL_ERROR;
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return true;

    const QString message = QString::fromUtf8(m_result ? PQresultErrorMessage(m_result.get())
                                                       : PQerrorMessage(connection)).trimmed();
    const QString state = m_result ? QString::fromLatin1(PQresultErrorField(m_result.get(), PG_DIAG_SQLSTATE))
                                   : QString();
    const bool lost = PQstatus(connection) == CONNECTION_BAD;
    m_error = QSqlError(u"Unable to run the statement"_s, message,
                        lost ? QSqlError::ConnectionError : QSqlError::StatementError, state);
    m_result.reset();
    // What QPSQL does when its own statement finds the server gone: the connection counts as
    // closed, so the repository reports the loss and reconnects.
    if (lost)
        m_db.close();
    return false;
}

bool SqlQuery::next()
{
    if (!m_result)
        return m_query.next();
    return ++m_row < PQntuples(m_result.get());
}

QVariant SqlQuery::value(int column) const
{
    if (!m_result)
        return m_query.value(column);
    if (m_row < 0 || m_row >= PQntuples(m_result.get()) || column < 0 || column >= PQnfields(m_result.get()))
        return QVariant();
    return valueOf(m_result.get(), m_row, column);
}

QSqlError SqlQuery::lastError() const
{
    if (m_dialect == SqlDialect::Postgres && (m_result || m_error.isValid()))
        return m_error;
    return m_query.lastError();
}

int SqlQuery::numRowsAffected() const
{
    if (!m_result)
        return m_query.numRowsAffected();
    return QByteArray(PQcmdTuples(m_result.get())).toInt();
}

void SqlQuery::finish()
{
    m_result.reset();
    m_row = -1;
    m_query.finish();
}

} // namespace Gatehouse

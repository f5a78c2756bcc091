// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/sqlbulkwriter.h"

#include "repository/postgrescopy.h"
#include "repository/sqldialect.h"
#include "repository/sqlquery.h"
#include "repository/sqlvalues.h"

#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

using SqlValues::refused;

// 500 rows of the widest table (12 columns) bind 6,000 values, far below SQLite's limit.
constexpr qsizetype BatchRows = 500;

QString insertStatement(const RowSet &rows, qsizetype rowCount)
{
    QString oneRow = u"("_s;
    for (qsizetype c = 0; c < rows.columns.size(); ++c)
        oneRow += c == 0 ? u"?"_s : u", ?"_s;
    oneRow += u')';
    QString sql = u"INSERT INTO %1 (%2) VALUES "_s.arg(rows.table, rows.columns.join(u", "_s));
    sql.reserve(sql.size() + rowCount * (oneRow.size() + 2));
    for (qsizetype r = 0; r < rowCount; ++r) {
        if (r > 0)
            sql += u", "_s;
        sql += oneRow;
    }
    return sql;
}

Result<SqlQuery> prepared(const QSqlDatabase &db, const QString &sql, const RowSet &rows)
{
    SqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return refused(u"the rows of %1"_s.arg(rows.table), query);
    return query;
}

// Writes rows [from, to) one statement each; the first refused row is named. Used to find
// the row a batch failed on (a failed statement changes nothing: SQLite undoes it, and on
// PostgreSQL the caller rolled back to its savepoint).
Result<void> insertOneByOne(const QSqlDatabase &db, const RowSet &rows, qsizetype from, qsizetype to)
{
    auto query = prepared(db, insertStatement(rows, 1), rows);
    if (!query)
        return query.error();
    for (qsizetype r = from; r < to; ++r) {
        const QVariantList &row = rows.rows.at(r);
        for (qsizetype c = 0; c < row.size(); ++c)
            query->bindValue(int(c), row.at(c));
        if (!query->exec())
            return refused(rows.label(r), query.value());
    }
    return {};
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    sqlite3 *connection = *static_cast<sqlite3 *const *>(handle.constData());
    // The handle is only usable with the SQLite library the driver uses: the same version
    // as the one linked here (Debian's Qt uses the system library).
    SqlQuery query(db);
    query.setForwardOnly(true);
    if (!connection || !query.exec(u"SELECT sqlite_version()"_s) || !query.next()
        || query.value(0).toString() != QLatin1StringView(sqlite3_libversion()))
        return nullptr;
    return connection;
}

struct Statement
{
    sqlite3_stmt *statement = nullptr;
    ~Statement() { sqlite3_finalize(statement); }
};

// Binds the values of `row` from parameter `first` (1-based) on; strings as UTF-16 without
// a copy: `row` outlives the step.
int bindRow(sqlite3_stmt *statement, int first, const QVariantList &row)
{
    for (qsizetype c = 0; c < row.size(); ++c) {
        const QVariant &value = row.at(c);
        const int at = first + int(c);
        int result = SQLITE_OK;
        if (isSqlNull(value)) {
            result = sqlite3_bind_null(statement, at);
        } else {
            switch (value.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
                result = sqlite3_bind_int64(statement, at, value.toLongLong());
                break;
            case QMetaType::QString: {
                const QString *text = static_cast<const QString *>(value.constData());
                result = sqlite3_bind_text16(statement, at, text->utf16(), int(text->size() * sizeof(char16_t)),
                                             SQLITE_STATIC);
                break;
            }
            default: {
                const QByteArray text = value.toString().toUtf8();
                result = sqlite3_bind_text(statement, at, text.constData(), int(text.size()), SQLITE_TRANSIENT);
                break;
            }
            }
        }
        if (result != SQLITE_OK)
            return result;
    }
    return SQLITE_OK;
}

// Multi-row INSERT statements through the SQLite C API on the driver's connection: QSQLITE
// looks placeholders up by name for every bound value, which costs more than the insert
// once a statement has thousands of them.
Result<void> insertSqlite(const QSqlDatabase &db, const RowSet &rows)
{
    sqlite3 *connection = sqliteHandle(db);
    if (!connection)
        return insertOneByOne(db, rows, 0, rows.rows.size());
    const qsizetype total = rows.rows.size();
    const int columns = int(rows.columns.size());
    Statement full;
    for (qsizetype from = 0; from < total; from += BatchRows) {
        const qsizetype count = std::min(BatchRows, total - from);
        Statement rest;
        Statement &statement = count == BatchRows ? full : rest;
        if (!statement.statement) {
            const QByteArray sql = insertStatement(rows, count).toUtf8();
            if (sqlite3_prepare_v2(connection, sql.constData(), int(sql.size()), &statement.statement, nullptr)
                != SQLITE_OK)
                return refused(u"the rows of %1"_s.arg(rows.table), QString::fromUtf8(sqlite3_errmsg(connection)),
                               QString::number(sqlite3_extended_errcode(connection)));
        }
        int result = SQLITE_OK;
        for (qsizetype r = 0; r < count && result == SQLITE_OK; ++r)
            result = bindRow(statement.statement, int(r) * columns + 1, rows.rows.at(from + r));
        if (result == SQLITE_OK)
            result = sqlite3_step(statement.statement);
        const QString message = QString::fromUtf8(sqlite3_errmsg(connection));
        const QString code = QString::number(sqlite3_extended_errcode(connection));
        sqlite3_reset(statement.statement);
        sqlite3_clear_bindings(statement.statement);
        if (result != SQLITE_DONE) {
            // A failed statement changed nothing: name the row by writing the batch again
            // one row at a time.
            if (auto single = insertOneByOne(db, rows, from, from + count); !single)
                return single;
            return refused(u"the rows of %1"_s.arg(rows.table), message, code);
        }
    }
    return {};
}

Result<void> runStatement(const QSqlDatabase &db, const QString &sql, const QString &table)
{
    SqlQuery query(db);
    if (!query.exec(sql))
        return refused(u"the rows of %1"_s.arg(table), query);
    return {};
}

// The first row whose `columns` hold `values` as text, as PostgreSQL quotes a key.
std::optional<qsizetype> rowWithKey(const RowSet &rows, const QStringList &columns, const QStringList &values)
{
    if (columns.isEmpty() || columns.size() != values.size())
        return std::nullopt;
    QList<qsizetype> positions;
    for (const QString &column : columns) {
        const qsizetype at = rows.columns.indexOf(column);
        if (at < 0)
            return std::nullopt;
        positions.append(at);
    }
    for (qsizetype r = 0; r < rows.rows.size(); ++r) {
        const QVariantList &row = rows.rows.at(r);
        bool same = true;
        for (qsizetype k = 0; k < positions.size() && same; ++k) {
            const QVariant &value = row.at(positions.at(k));
            same = !isSqlNull(value) && value.toString() == values.at(k);
        }
        if (same)
            return r;
    }
    return std::nullopt;
}

Result<void> insertPostgres(const QSqlDatabase &db, const RowSet &rows)
{
    if (auto saved = runStatement(db, u"SAVEPOINT gatehouse_bulk"_s, rows.table); !saved)
        return saved;
    const std::optional<CopyFailure> failure = copyRows(db, rows);
    if (!failure)
        return runStatement(db, u"RELEASE SAVEPOINT gatehouse_bulk"_s, rows.table);

    if (!db.isOpen())
        return makeError(Error::Code::Database, u"The database refused the rows of %1."_s.arg(rows.table),
                         failure->message);
    if (auto undone = runStatement(db, u"ROLLBACK TO SAVEPOINT gatehouse_bulk"_s, rows.table); !undone)
        return undone;
    if (failure->row && *failure->row >= 0 && *failure->row < rows.rows.size())
        return refused(rows.label(*failure->row), failure->message, failure->sqlState);
    // Checked at the end of the COPY (a foreign key): the first row with the key the server
    // named, else, for a few rows, the row one insert at a time finds.
    if (const std::optional<qsizetype> row = rowWithKey(rows, failure->keyColumns, failure->keyValues))
        return refused(rows.label(*row), failure->message, failure->sqlState);
    constexpr qsizetype FewRows = 2000;
    if (rows.rows.size() <= FewRows) {
        if (auto single = insertOneByOne(db, rows, 0, rows.rows.size()); !single)
            return single;
    }
    return refused(u"the rows of %1"_s.arg(rows.table), failure->message, failure->sqlState);
}

} // namespace

Result<void> insertRows(const QSqlDatabase &db, const RowSet &rows)
{
    if (rows.rows.isEmpty())
        return {};
    if (dialectOf(db) == SqlDialect::Postgres)
        return insertPostgres(db, rows);
    return insertSqlite(db, rows);
}

} // namespace Gatehouse

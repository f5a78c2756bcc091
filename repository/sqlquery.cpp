// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/sqlquery.h"

#include "repository/sqlbulkwriter.h"

#include <QSqlDriver>
#include <QSqlField>

using namespace Qt::StringLiterals;

namespace Gatehouse {

SqlQuery::SqlQuery(const QSqlDatabase &db)
    : m_db(db)
    , m_query(db)
    , m_dialect(dialectOf(db))
{
}

bool SqlQuery::prepare(const QString &sql)
{
    m_nextAdded = 0;
    if (m_dialect == SqlDialect::Sqlite)
        return m_query.prepare(sql);
    m_sql = sql;
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
    return m_query.exec(withValues());
}

bool SqlQuery::exec(const QString &sql)
{
    m_nextAdded = 0;
    return m_query.exec(sql);
}

// Each `?` outside quotes and comments becomes the literal of its value.
QString SqlQuery::withValues() const
{
    const QSqlDriver *driver = m_db.driver();
    QString text;
    text.reserve(m_sql.size() + 16 * m_values.size());
    qsizetype next = 0;
    QChar quote;
    bool lineComment = false;
    for (qsizetype i = 0; i < m_sql.size(); ++i) {
        const QChar c = m_sql.at(i);
        if (lineComment) {
            lineComment = c != u'\n';
        } else if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"') {
            quote = c;
        } else if (c == u'-' && i + 1 < m_sql.size() && m_sql.at(i + 1) == u'-') {
            lineComment = true;
        } else if (c == u'?') {
            const QVariant value = next < m_values.size() ? m_values.at(next) : QVariant();
            ++next;
            QSqlField field(QString(), value.metaType());
            if (isSqlNull(value))
                field.clear();
            else
                field.setValue(value);
            text += driver->formatValue(field);
            continue;
        }
        text += c;
    }
    return text;
}

} // namespace Gatehouse

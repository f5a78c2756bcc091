// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/sqlauditlog.h"

#include "repository/sqldialect.h"
#include "repository/sqlquery.h"

#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

const QString Columns = u"id, at, actor_subject, action, entity, entity_id, before_json, after_json"_s;

AuditRecord readRecord(const SqlQuery &query)
{
    AuditRecord r;
    r.id = query.value(0).toLongLong();
    r.at = parseTimestamp(query.value(1).toString());
    r.actorSubject = query.value(2).toString();
    r.action = query.value(3).toString();
    r.entity = query.value(4).toString();
    r.entityId = query.value(5).toLongLong();
    r.beforeJson = query.value(6).toString();
    r.afterJson = query.value(7).toString();
    return r;
}

Error readFailed(const QSqlDatabase &db, const SqlQuery &query)
{
    return makeError(Error::Code::Database, u"Cannot read the history of %1."_s.arg(db.databaseName()),
                     query.lastError().text());
}

// How `text` appears inside a JSON string value.
QString jsonEscaped(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'"', u"\\\""_s);
    return escaped;
}

// A LIKE pattern (ESCAPE '\') that finds `text` anywhere, its own '%', '_' and '\' literal.
QString containsPattern(const QString &text)
{
    QString pattern;
    pattern.reserve(text.size() + 2);
    pattern += u'%';
    for (const QChar c : text) {
        if (c == u'%' || c == u'_' || c == u'\\')
            pattern += u'\\';
        pattern += c;
    }
    pattern += u'%';
    return pattern;
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

} // namespace

Result<QList<AuditRecord>> readAuditLog(const QSqlDatabase &db, const AuditFilter &filter)
{
    // Only fixed SQL fragments are joined; every value goes through a placeholder.
    QStringList conditions;
    QVariantList values;
    if (!filter.entity.isEmpty()) {
        conditions.append(u"entity = ?"_s);
        values.append(filter.entity);
    }
    if (filter.entityId != 0) {
        conditions.append(u"entity_id = ?"_s);
        values.append(filter.entityId);
    }
    if (!filter.actorSubject.isEmpty()) {
        conditions.append(u"actor_subject = ?"_s);
        values.append(filter.actorSubject);
    }
    if (filter.afterId > 0) {
        conditions.append(u"id > ?"_s);
        values.append(filter.afterId);
    }
    // Stored times are canonical UTC text, so text order is time order.
    if (filter.from.isValid()) {
        conditions.append(u"at >= ?"_s);
        values.append(formatTimestamp(filter.from));
    }
    if (filter.to.isValid()) {
        conditions.append(u"at <= ?"_s);
        values.append(formatTimestamp(filter.to));
    }
    const QString jsonNeedle = jsonEscaped(filter.text);
    const bool textInSql = !filter.text.isEmpty() && isAscii(filter.text);
    const bool textHere = !filter.text.isEmpty() && !textInSql;
    if (textInSql) {
        const QString like = Sql::likeIgnoringCase(dialectOf(db));
        conditions.append(u"(action %1 ? ESCAPE '\\' OR actor_subject %1 ? ESCAPE '\\' "
                          u"OR before_json %1 ? ESCAPE '\\' OR after_json %1 ? ESCAPE '\\')"_s.arg(like));
        const QString raw = containsPattern(filter.text);
        const QString json = containsPattern(jsonNeedle);
        values << raw << raw << json << json;
    }

    QString sql = u"SELECT "_s + Columns + u" FROM audit_log"_s;
    if (!conditions.isEmpty())
        sql += u" WHERE "_s + conditions.join(u" AND "_s);
    sql += filter.limit > 0 ? u" ORDER BY id DESC"_s : u" ORDER BY id"_s;
    if (filter.limit > 0 && !textHere) {
        sql += u" LIMIT ?"_s;
        values.append(filter.limit);
    }

    SqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return readFailed(db, query);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return readFailed(db, query);

    QList<AuditRecord> records;
    while (query.next()) {
        AuditRecord record = readRecord(query);
        if (textHere) {
            const bool found = record.action.contains(filter.text, Qt::CaseInsensitive)
                || record.actorSubject.contains(filter.text, Qt::CaseInsensitive)
                || record.beforeJson.contains(jsonNeedle, Qt::CaseInsensitive)
                || record.afterJson.contains(jsonNeedle, Qt::CaseInsensitive);
            if (!found)
                continue;
        }
        records.append(std::move(record));
        if (filter.limit > 0 && records.size() == filter.limit)
            break;
    }
    if (query.lastError().isValid())
        return readFailed(db, query);
    return records;
}

Result<std::optional<AuditRecord>> lastChangeOf(const QSqlDatabase &db, const QString &entity, Id id)
{
    SqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT "_s + Columns
                       + u" FROM audit_log WHERE (entity = ? AND entity_id = ?) OR entity = 'organisation' "
                         u"ORDER BY id DESC LIMIT 1"_s))
        return readFailed(db, query);
    query.bindValue(0, entity);
    query.bindValue(1, id);
    if (!query.exec())
        return readFailed(db, query);
    if (!query.next()) {
        if (query.lastError().isValid())
            return readFailed(db, query);
        return std::optional<AuditRecord>();
    }
    return std::optional<AuditRecord>(readRecord(query));
}

} // namespace Gatehouse

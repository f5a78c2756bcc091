// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/sqlsnapshotwriter.h"

#include "core/textfold.h"
#include "repository/sqlbulkwriter.h"
#include "repository/sqldialect.h"
#include "repository/sqlquery.h"
#include "repository/sqlvalues.h"

#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

using SqlValues::nullableText;
using SqlValues::nullableTime;
using SqlValues::refused;
using SqlValues::requiredTime;

QVariant nullableId(Id id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariantList auditValues(const AuditRecord &record)
{
    return {requiredTime(record.at), nullableText(record.actorSubject), record.action, record.entity,
            nullableId(record.entityId), nullableText(record.beforeJson), nullableText(record.afterJson)};
}

const QStringList AuditColumns = {u"at"_s, u"actor_subject"_s, u"action"_s, u"entity"_s, u"entity_id"_s,
                                  u"before_json"_s, u"after_json"_s};

} // namespace

SqlSnapshotWriter::SqlSnapshotWriter(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<void> SqlSnapshotWriter::clearOrganisation()
{
    // Children first: accounts have no ON DELETE CASCADE on purpose.
    static const char16_t *const tables[] = {u"team_members", u"team_datastores", u"teams",
                                             u"datastores", u"accounts"};
    for (const char16_t *table : tables) {
        SqlQuery query(m_db);
        if (!query.exec(u"DELETE FROM "_s + QString::fromUtf16(table)))
            return refused(u"clearing %1"_s.arg(QString::fromUtf16(table)), query);
    }
    return {};
}

Result<void> SqlSnapshotWriter::insert(const Snapshot &snapshot)
{
    {
        RowSet rows{u"accounts"_s,
                    {u"id"_s, u"subject"_s, u"name"_s, u"email"_s, u"email_key"_s, u"type"_s, u"role"_s,
                     u"created"_s, u"last_active"_s, u"deactivated_at"_s, u"external_id"_s, u"version"_s},
                    {},
                    [&](qsizetype i) {
                        const Account &a = snapshot.accounts.at(i);
                        return u"accounts[%1] (id %2, \"%3\")"_s.arg(i).arg(a.id).arg(a.name);
                    }};
        rows.rows.reserve(snapshot.accounts.size());
        for (const Account &a : snapshot.accounts) {
            rows.rows.append({a.id, nullableText(a.subject), a.name.isNull() ? QString(u""_s) : a.name,
                              nullableText(a.email), a.email.isEmpty() ? nullableText({}) : QVariant(nameKey(a.email)),
                              accountTypeName(a.type), roleName(a.role), requiredTime(a.created),
                              nullableTime(a.lastActive), nullableTime(a.deactivated), nullableText(a.externalId),
                              a.version});
        }
        if (auto written = insertRows(m_db, rows); !written)
            return written;
    }
    {
        RowSet rows{u"datastores"_s,
                    {u"id"_s, u"name"_s, u"name_key"_s, u"kind"_s, u"connection"_s, u"created"_s, u"version"_s},
                    {},
                    [&](qsizetype i) {
                        const Datastore &d = snapshot.datastores.at(i);
                        return u"datastores[%1] (id %2, \"%3\")"_s.arg(i).arg(d.id).arg(d.name);
                    }};
        rows.rows.reserve(snapshot.datastores.size());
        for (const Datastore &d : snapshot.datastores) {
            rows.rows.append({d.id, d.name, nameKey(d.name), datastoreKindName(d.kind), nullableText(d.connection),
                              requiredTime(d.created), d.version});
        }
        if (auto written = insertRows(m_db, rows); !written)
            return written;
    }
    {
        RowSet rows{u"teams"_s,
                    {u"id"_s, u"name"_s, u"name_key"_s, u"description"_s, u"permission"_s, u"is_public"_s,
                     u"created"_s, u"version"_s},
                    {},
                    [&](qsizetype i) {
                        const Team &t = snapshot.teams.at(i);
                        return u"teams[%1] (id %2, \"%3\")"_s.arg(i).arg(t.id).arg(t.name);
                    }};
        rows.rows.reserve(snapshot.teams.size());
        for (const Team &t : snapshot.teams) {
            rows.rows.append({t.id, t.name, nameKey(t.name), nullableText(t.description), levelName(t.permission),
                              t.isPublic, requiredTime(t.created), t.version});
        }
        if (auto written = insertRows(m_db, rows); !written)
            return written;
    }
    // Links: where each row came from, to name it in an error.
    struct Origin
    {
        qsizetype team;
        qsizetype index;
    };
    QList<Origin> memberOrigins;
    QList<Origin> datastoreOrigins;
    RowSet members{u"team_members"_s, {u"team_id"_s, u"account_id"_s}, {}, [&](qsizetype i) {
                       const Origin o = memberOrigins.at(i);
                       const Id account = snapshot.teams.at(o.team).members.at(o.index);
                       return u"teams[%1].members[%2] (account %3)"_s.arg(o.team).arg(o.index).arg(account);
                   }};
    RowSet datastores{u"team_datastores"_s, {u"team_id"_s, u"datastore_id"_s}, {}, [&](qsizetype i) {
                          const Origin o = datastoreOrigins.at(i);
                          const Id datastore = snapshot.teams.at(o.team).datastores.at(o.index);
                          return u"teams[%1].datastores[%2] (datastore %3)"_s.arg(o.team).arg(o.index).arg(datastore);
                      }};
    for (qsizetype i = 0; i < snapshot.teams.size(); ++i) {
        const Team &t = snapshot.teams.at(i);
        if (!t.isPublic) {
            for (qsizetype j = 0; j < t.members.size(); ++j) {
                members.rows.append({t.id, t.members.at(j)});
                memberOrigins.append({i, j});
            }
        }
        for (qsizetype j = 0; j < t.datastores.size(); ++j) {
            datastores.rows.append({t.id, t.datastores.at(j)});
            datastoreOrigins.append({i, j});
        }
    }
    if (auto written = insertRows(m_db, members); !written)
        return written;
    return insertRows(m_db, datastores);
}

Result<void> SqlSnapshotWriter::appendAudit(const AuditRecord &record)
{
    // A whole organisation's JSON (an import's record: ~19 MB for W50k) goes through COPY on
    // PostgreSQL instead of as one huge SQL literal the server must scan.
    constexpr qsizetype LargeRecord = 256 * 1024;
    if (dialectOf(m_db) == SqlDialect::Postgres && record.beforeJson.size() + record.afterJson.size() > LargeRecord) {
        RowSet rows{u"audit_log"_s, AuditColumns, {auditValues(record)},
                    [](qsizetype) { return u"the audit record"_s; }};
        return insertRows(m_db, rows);
    }
    SqlQuery query(m_db);
    if (!query.prepare(u"INSERT INTO audit_log (at, actor_subject, action, entity, entity_id, "
                       u"before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"_s))
        return refused(u"the audit record"_s, query);
    const QVariantList values = auditValues(record);
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    if (!query.exec())
        return refused(u"the audit record"_s, query);
    return {};
}

Result<void> SqlSnapshotWriter::appendAudit(const QList<AuditRecord> &records)
{
    // A few go one statement each: COPY's savepoint costs more than that on PostgreSQL.
    constexpr qsizetype FewRecords = 16;
    if (records.size() <= FewRecords) {
        for (const AuditRecord &record : records) {
            if (auto appended = appendAudit(record); !appended)
                return appended;
        }
        return {};
    }
    RowSet rows{u"audit_log"_s, AuditColumns, {}, [&](qsizetype i) {
                    const AuditRecord &r = records.at(i);
                    return u"the audit record of %1 %2"_s.arg(r.entity).arg(r.entityId);
                }};
    rows.rows.reserve(records.size());
    for (const AuditRecord &record : records)
        rows.rows.append(auditValues(record));
    return insertRows(m_db, rows);
}

Result<void> SqlSnapshotWriter::insertHistory(const QList<AuditRecord> &history)
{
    RowSet rows{u"audit_log"_s, QStringList{u"id"_s} + AuditColumns, {}, [&](qsizetype i) {
                    const AuditRecord &r = history.at(i);
                    return u"history[%1] (id %2, \"%3\")"_s.arg(i).arg(r.id).arg(r.action);
                }};
    rows.rows.reserve(history.size());
    for (const AuditRecord &record : history)
        rows.rows.append(QVariantList{record.id} + auditValues(record));
    return insertRows(m_db, rows);
}

} // namespace Gatehouse

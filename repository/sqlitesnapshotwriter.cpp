// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/sqlitesnapshotwriter.h"

#include "core/textfold.h"
#include "repository/sqlvalues.h"

#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

using SqlValues::nullableText;
using SqlValues::nullableTime;
using SqlValues::refused;
using SqlValues::requiredTime;

Result<QSqlQuery> prepare(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return refused(u"a statement"_s, query);
    return query;
}

} // namespace

SqliteSnapshotWriter::SqliteSnapshotWriter(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<void> SqliteSnapshotWriter::clearOrganisation()
{
    // Children first: accounts have no ON DELETE CASCADE on purpose.
    static const char16_t *const tables[] = {u"team_members", u"team_datastores", u"teams",
                                             u"datastores", u"accounts"};
    for (const char16_t *table : tables) {
        QSqlQuery query(m_db);
        if (!query.exec(u"DELETE FROM "_s + QString::fromUtf16(table)))
            return refused(u"clearing %1"_s.arg(QString::fromUtf16(table)), query);
    }
    return {};
}

Result<void> SqliteSnapshotWriter::insert(const Snapshot &snapshot)
{
    {
        auto prepared = prepare(m_db, u"INSERT INTO accounts (id, subject, name, email, email_key, "
                                      u"type, role, created, last_active, deactivated_at, "
                                      u"external_id, version) "
                                      u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!prepared)
            return prepared.error();
        QSqlQuery &query = prepared.value();
        for (qsizetype i = 0; i < snapshot.accounts.size(); ++i) {
            const Account &a = snapshot.accounts.at(i);
            query.bindValue(0, a.id);
            query.bindValue(1, nullableText(a.subject));
            query.bindValue(2, a.name.isNull() ? QString(u""_s) : a.name);
            query.bindValue(3, nullableText(a.email));
            query.bindValue(4, a.email.isEmpty() ? nullableText({}) : QVariant(nameKey(a.email)));
            query.bindValue(5, accountTypeName(a.type));
            query.bindValue(6, roleName(a.role));
            query.bindValue(7, requiredTime(a.created));
            query.bindValue(8, nullableTime(a.lastActive));
            query.bindValue(9, nullableTime(a.deactivated));
            query.bindValue(10, nullableText(a.externalId));
            query.bindValue(11, a.version);
            if (!query.exec())
                return refused(u"accounts[%1] (id %2, \"%3\")"_s.arg(i).arg(a.id).arg(a.name), query);
        }
    }
    {
        auto prepared = prepare(m_db, u"INSERT INTO datastores (id, name, name_key, kind, "
                                      u"connection, created, version) "
                                      u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        if (!prepared)
            return prepared.error();
        QSqlQuery &query = prepared.value();
        for (qsizetype i = 0; i < snapshot.datastores.size(); ++i) {
            const Datastore &d = snapshot.datastores.at(i);
            query.bindValue(0, d.id);
            query.bindValue(1, d.name);
            query.bindValue(2, nameKey(d.name));
            query.bindValue(3, datastoreKindName(d.kind));
            query.bindValue(4, nullableText(d.connection));
            query.bindValue(5, requiredTime(d.created));
            query.bindValue(6, d.version);
            if (!query.exec())
                return refused(u"datastores[%1] (id %2, \"%3\")"_s.arg(i).arg(d.id).arg(d.name), query);
        }
    }
    {
        auto prepared = prepare(m_db, u"INSERT INTO teams (id, name, name_key, description, "
                                      u"permission, is_public, created, version) "
                                      u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!prepared)
            return prepared.error();
        QSqlQuery &query = prepared.value();
        for (qsizetype i = 0; i < snapshot.teams.size(); ++i) {
            const Team &t = snapshot.teams.at(i);
            query.bindValue(0, t.id);
            query.bindValue(1, t.name);
            query.bindValue(2, nameKey(t.name));
            query.bindValue(3, nullableText(t.description));
            query.bindValue(4, levelName(t.permission));
            query.bindValue(5, t.isPublic ? 1 : 0);
            query.bindValue(6, requiredTime(t.created));
            query.bindValue(7, t.version);
            if (!query.exec())
                return refused(u"teams[%1] (id %2, \"%3\")"_s.arg(i).arg(t.id).arg(t.name), query);
        }
    }
    {
        auto members = prepare(m_db, u"INSERT INTO team_members (team_id, account_id) VALUES (?, ?)"_s);
        if (!members)
            return members.error();
        auto datastores = prepare(m_db, u"INSERT INTO team_datastores (team_id, datastore_id) VALUES (?, ?)"_s);
        if (!datastores)
            return datastores.error();
        for (qsizetype i = 0; i < snapshot.teams.size(); ++i) {
            const Team &t = snapshot.teams.at(i);
            if (!t.isPublic) {
                for (qsizetype j = 0; j < t.members.size(); ++j) {
                    members->bindValue(0, t.id);
                    members->bindValue(1, t.members.at(j));
                    if (!members->exec())
                        return refused(u"teams[%1].members[%2] (account %3)"_s.arg(i).arg(j).arg(t.members.at(j)),
                                       members.value());
                }
            }
            for (qsizetype j = 0; j < t.datastores.size(); ++j) {
                datastores->bindValue(0, t.id);
                datastores->bindValue(1, t.datastores.at(j));
                if (!datastores->exec())
                    return refused(u"teams[%1].datastores[%2] (datastore %3)"_s.arg(i).arg(j).arg(t.datastores.at(j)),
                                   datastores.value());
            }
        }
    }
    return {};
}

Result<void> SqliteSnapshotWriter::appendAudit(const AuditRecord &record)
{
    QSqlQuery query(m_db);
    if (!query.prepare(u"INSERT INTO audit_log (at, actor_subject, action, entity, entity_id, "
                       u"before_json, after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"_s))
        return refused(u"the audit record"_s, query);
    query.bindValue(0, requiredTime(record.at));
    query.bindValue(1, nullableText(record.actorSubject));
    query.bindValue(2, record.action);
    query.bindValue(3, record.entity);
    query.bindValue(4, record.entityId > 0 ? QVariant(record.entityId) : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(5, nullableText(record.beforeJson));
    query.bindValue(6, nullableText(record.afterJson));
    if (!query.exec())
        return refused(u"the audit record"_s, query);
    return {};
}

} // namespace Gatehouse

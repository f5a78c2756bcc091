// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/sqlchangewriter.h"

#include "core/entityjson.h"
#include "core/textfold.h"
#include "repository/sqlauditlog.h"
#include "repository/sqlbulkwriter.h"
#include "repository/sqldialect.h"
#include "repository/sqlquery.h"
#include "repository/sqlsnapshotwriter.h"
#include "repository/sqlvalues.h"

#include <QSqlError>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

using SqlValues::nullableText;
using SqlValues::nullableTime;
using SqlValues::refused;
using SqlValues::requiredTime;

const QString AccountEntity = u"account"_s;
const QString TeamEntity = u"team"_s;
const QString DatastoreEntity = u"datastore"_s;

// Entity names are fixed strings of this file, never input: "team" -> "teams".
QString tableOf(const QString &entity)
{
    return entity + u's';
}

QString labelOf(const QString &entity)
{
    return entity.at(0).toUpper() + entity.mid(1);
}

QString accountName(const Account &account)
{
    return account.name.isEmpty() ? account.subject : account.name;
}

Error invalid(const QString &message)
{
    return makeError(Error::Code::Invalid, message);
}

// A write that ran but touched no row means the row changed under the version check,
// which the write transaction rules out; reported rather than assumed.
Error notWritten(const QString &what, const SqlQuery &query)
{
    if (query.lastError().isValid())
        return refused(what, query);
    return makeError(Error::Code::Database,
                     u"The database did not write %1: no row with the checked version."_s.arg(what));
}

Result<SqlQuery> prepared(const QSqlDatabase &db, const QString &sql)
{
    SqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return refused(u"a statement"_s, query);
    return query;
}

// Ascending, without duplicates, with 0 standing for the id the ChangeSet assigned to its
// one inserted account (datastore); `inserted` is 0 when there is no such insert.
Result<QList<Id>> resolvedIds(QList<Id> ids, Id inserted, const QString &where, const QString &kind)
{
    for (Id &id : ids) {
        if (id != 0)
            continue;
        if (inserted == 0)
            return invalid(u"%1: 0 stands for the one %2 this change inserts, and it inserts none "
                           u"(or several)."_s.arg(where, kind));
        id = inserted;
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace

SqlChangeWriter::SqlChangeWriter(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<CommitResult> SqlChangeWriter::apply(const ChangeSet &changes, const QString &actingSubject,
                                               const QDateTime &at)
{
    m_action = changes.action;
    m_actor = actingSubject;
    m_at = at;
    if (auto shape = checkShape(changes); !shape)
        return shape.error();

    // Every version first: a conflict must fail before anything is written.
    for (const auto &entry : changes.accounts) {
        if (entry.before) {
            if (auto checked = checkVersion(AccountEntity, accountName(*entry.before), entry.before->id,
                                            entry.before->version); !checked)
                return checked.error();
        }
    }
    for (const auto &entry : changes.teams) {
        if (entry.before) {
            if (auto checked = checkVersion(TeamEntity, entry.before->name, entry.before->id,
                                            entry.before->version); !checked)
                return checked.error();
        }
    }
    for (const auto &entry : changes.datastores) {
        if (entry.before) {
            if (auto checked = checkVersion(DatastoreEntity, entry.before->name, entry.before->id,
                                            entry.before->version); !checked)
                return checked.error();
        }
    }

    const auto insertsWithoutId = [](const auto &entries) {
        return std::count_if(entries.cbegin(), entries.cend(),
                             [](const auto &e) { return !e.before && e.after && e.after->id == 0; });
    };
    const bool oneNewAccount = insertsWithoutId(changes.accounts) == 1;
    const bool oneNewDatastore = insertsWithoutId(changes.datastores) == 1;

    // Rows a team links to exist before the team is written; datastores go last so the
    // teams losing them are written (and audited) first.
    CommitResult result;
    result.at = at;
    Id newAccount = 0;
    for (const auto &entry : changes.accounts) {
        Result<Account> written = writeAccount(entry);
        if (!written)
            return written.error();
        if (oneNewAccount && !entry.before && entry.after->id == 0)
            newAccount = written->id;
        result.accounts.append(std::move(written).value());
    }
    Id newDatastore = 0;
    for (const auto &entry : changes.datastores) {
        if (!entry.after)
            continue;
        Result<Datastore> written = writeDatastore(entry);
        if (!written)
            return written.error();
        if (oneNewDatastore && !entry.before && entry.after->id == 0)
            newDatastore = written->id;
        result.datastores.append(std::move(written).value());
    }
    for (const auto &entry : changes.teams) {
        if (!entry.after) {
            if (auto removed = deleteTeam(*entry.before); !removed)
                return removed.error();
            result.removedTeams.append(entry.before->id);
            continue;
        }
        Result<Team> written = writeTeam(entry, newAccount, newDatastore);
        if (!written)
            return written.error();
        result.teams.append(std::move(written).value());
    }
    for (const auto &entry : changes.datastores) {
        if (entry.after)
            continue;
        if (auto removed = deleteDatastore(*entry.before); !removed)
            return removed.error();
        result.removedDatastores.append(entry.before->id);
    }
    return result;
}

// Programmer errors: AdminService never plans these.
Result<void> SqlChangeWriter::checkShape(const ChangeSet &changes) const
{
    if (changes.action.trimmed().isEmpty())
        return invalid(u"A change needs its action name for the history; the action is empty."_s);
    const auto checkEntries = [&](const auto &entries, const QString &entity) -> Result<void> {
        for (qsizetype i = 0; i < entries.size(); ++i) {
            const auto &entry = entries.at(i);
            const QString where = u"%1s[%2]"_s.arg(entity).arg(i);
            if (!entry.before && !entry.after)
                return invalid(u"%1 of '%2' has neither before nor after."_s.arg(where, changes.action));
            if (entry.before && entry.before->id <= 0)
                return invalid(u"%1.before: id %2 is not a stored id."_s.arg(where).arg(entry.before->id));
            if (entry.before && entry.after && entry.before->id != entry.after->id)
                return invalid(u"%1: before has id %2, after has id %3."_s.arg(where)
                                   .arg(entry.before->id)
                                   .arg(entry.after->id));
            if (entry.after && entry.after->id < 0)
                return invalid(u"%1.after: id %2 is not an id."_s.arg(where).arg(entry.after->id));
        }
        return {};
    };
    if (auto checked = checkEntries(changes.accounts, AccountEntity); !checked)
        return checked;
    if (auto checked = checkEntries(changes.teams, TeamEntity); !checked)
        return checked;
    if (auto checked = checkEntries(changes.datastores, DatastoreEntity); !checked)
        return checked;
    for (const auto &entry : changes.accounts) {
        if (!entry.after)
            return invalid(u"Accounts are never deleted: '%1' removes account %2 (deactivate it instead)."_s
                               .arg(changes.action)
                               .arg(entry.before->id));
    }
    for (const auto &entry : changes.teams) {
        if (!entry.after && entry.before->isPublic)
            return invalid(u"The Public team cannot be deleted: '%1' removes team %2."_s.arg(changes.action)
                               .arg(entry.before->id));
    }
    return {};
}

Result<void> SqlChangeWriter::checkVersion(const QString &entity, const QString &name, Id id,
                                              int editedVersion)
{
    auto query = prepared(m_db, u"SELECT version FROM "_s + tableOf(entity) + u" WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->bindValue(0, id);
    if (!query->exec())
        return refused(u"reading %1 %2"_s.arg(entity).arg(id), query.value());
    if (!query->next())
        return conflict(entity, id, u"%1 '%2' was deleted"_s.arg(labelOf(entity), name),
                        u"%1 %2 is no longer stored; edited version %3"_s.arg(entity).arg(id).arg(editedVersion));
    const int stored = query->value(0).toInt();
    if (stored != editedVersion)
        return conflict(entity, id, u"%1 '%2' was changed"_s.arg(labelOf(entity), name),
                        u"stored version %1, edited version %2"_s.arg(stored).arg(editedVersion));
    return {};
}

// "<lead> by <actor> at <time>; reload and apply your change again." from the newest
// history record of the entity.
Error SqlChangeWriter::conflict(const QString &entity, Id id, const QString &lead, const QString &detail)
{
    QString who;
    const auto last = lastChangeOf(m_db, entity, id);
    if (last && last->has_value()) {
        const AuditRecord &record = **last;
        const QString when = record.at.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
        who = record.actorSubject.isEmpty() ? u" at %1"_s.arg(when)
                                            : u" by %1 at %2"_s.arg(record.actorSubject, when);
    }
    return makeError(Error::Code::Conflict, lead + who + u"; reload and apply your change again."_s, detail);
}

Result<Id> SqlChangeWriter::newId(const QString &entity)
{
    const QString table = tableOf(entity);
    auto query = prepared(m_db, u"SELECT "_s + Sql::greatest(dialectOf(m_db)) + u"(coalesce((SELECT max(id) FROM "_s
                                    + table + u"), 0), coalesce((SELECT high FROM id_high_water "
                                              u"WHERE table_name = ?), 0)) + 1"_s);
    if (!query)
        return query.error();
    query->bindValue(0, table);
    if (!query->exec() || !query->next())
        return refused(u"a new %1 id"_s.arg(entity), query.value());
    return query->value(0).toLongLong();
}

Result<void> SqlChangeWriter::checkFreeId(const QString &entity, const QString &name, Id id)
{
    auto query = prepared(m_db, u"SELECT 1 FROM "_s + tableOf(entity) + u" WHERE id = ?"_s);
    if (!query)
        return query.error();
    query->bindValue(0, id);
    if (!query->exec())
        return refused(u"reading %1 %2"_s.arg(entity).arg(id), query.value());
    if (query->next())
        return conflict(entity, id, u"%1 '%2' was recreated"_s.arg(labelOf(entity), name),
                        u"%1 id %2 is in use"_s.arg(entity).arg(id));
    return {};
}

// The unique name index would refuse the write too; this names who took the name.
Result<void> SqlChangeWriter::checkFreeName(const QString &entity, const QString &name, Id ownId)
{
    auto query = prepared(m_db, u"SELECT id FROM "_s + tableOf(entity) + u" WHERE name_key = ? AND id <> ?"_s);
    if (!query)
        return query.error();
    query->bindValue(0, nameKey(name));
    query->bindValue(1, ownId);
    if (!query->exec())
        return refused(u"reading %1 names"_s.arg(entity), query.value());
    if (query->next()) {
        const Id other = query->value(0).toLongLong();
        return conflict(entity, other, u"Another %1 named '%2' was saved"_s.arg(entity, name),
                        u"the name is held by %1 %2"_s.arg(entity).arg(other));
    }
    return {};
}

Result<Account> SqlChangeWriter::writeAccount(const ChangeSet::Entry<Account> &entry)
{
    Account a = *entry.after;
    QString sql;
    if (entry.before) {
        a.version = entry.before->version + 1;
        sql = u"UPDATE accounts SET subject = ?, name = ?, email = ?, email_key = ?, type = ?, role = ?, "
              u"created = ?, last_active = ?, deactivated_at = ?, external_id = ?, version = ? "
              u"WHERE id = ? AND version = ?"_s;
    } else {
        if (a.id == 0) {
            const Result<Id> id = newId(AccountEntity);
            if (!id)
                return id.error();
            a.id = *id;
        } else if (auto free = checkFreeId(AccountEntity, accountName(a), a.id); !free) {
            return free.error();
        }
        a.version = 1;
        if (!a.created.isValid())
            a.created = m_at;
        sql = u"INSERT INTO accounts (subject, name, email, email_key, type, role, created, last_active, "
              u"deactivated_at, external_id, version, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    }
    auto query = prepared(m_db, sql);
    if (!query)
        return query.error();
    query->bindValue(0, nullableText(a.subject));
    query->bindValue(1, a.name.isNull() ? QString(u""_s) : a.name);
    query->bindValue(2, nullableText(a.email));
    query->bindValue(3, a.email.isEmpty() ? nullableText({}) : QVariant(nameKey(a.email)));
    query->bindValue(4, accountTypeName(a.type));
    query->bindValue(5, roleName(a.role));
    query->bindValue(6, requiredTime(a.created));
    query->bindValue(7, nullableTime(a.lastActive));
    query->bindValue(8, nullableTime(a.deactivated));
    query->bindValue(9, nullableText(a.externalId));
    query->bindValue(10, a.version);
    query->bindValue(11, a.id);
    if (entry.before)
        query->bindValue(12, entry.before->version);
    if (!query->exec() || query->numRowsAffected() != 1)
        return notWritten(u"account %1 ('%2')"_s.arg(QString::number(a.id), accountName(a)), query.value());
    if (auto audited = audit(AccountEntity, a.id, entry.before ? entityJson(*entry.before) : QString(),
                             entityJson(a)); !audited)
        return audited.error();
    return a;
}

Result<Datastore> SqlChangeWriter::writeDatastore(const ChangeSet::Entry<Datastore> &entry)
{
    Datastore d = *entry.after;
    QString sql;
    if (entry.before) {
        d.version = entry.before->version + 1;
        sql = u"UPDATE datastores SET name = ?, name_key = ?, kind = ?, connection = ?, created = ?, "
              u"version = ? WHERE id = ? AND version = ?"_s;
    } else {
        if (d.id == 0) {
            const Result<Id> id = newId(DatastoreEntity);
            if (!id)
                return id.error();
            d.id = *id;
        } else if (auto free = checkFreeId(DatastoreEntity, d.name, d.id); !free) {
            return free.error();
        }
        d.version = 1;
        if (!d.created.isValid())
            d.created = m_at;
        sql = u"INSERT INTO datastores (name, name_key, kind, connection, created, version, id) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s;
    }
    if (auto free = checkFreeName(DatastoreEntity, d.name, d.id); !free)
        return free.error();
    auto query = prepared(m_db, sql);
    if (!query)
        return query.error();
    query->bindValue(0, d.name);
    query->bindValue(1, nameKey(d.name));
    query->bindValue(2, datastoreKindName(d.kind));
    query->bindValue(3, nullableText(d.connection));
    query->bindValue(4, requiredTime(d.created));
    query->bindValue(5, d.version);
    query->bindValue(6, d.id);
    if (entry.before)
        query->bindValue(7, entry.before->version);
    if (!query->exec() || query->numRowsAffected() != 1)
        return notWritten(u"datastore %1 ('%2')"_s.arg(QString::number(d.id), d.name), query.value());
    if (auto audited = audit(DatastoreEntity, d.id, entry.before ? entityJson(*entry.before) : QString(),
                             entityJson(d)); !audited)
        return audited.error();
    return d;
}

// Its team_datastores rows go with it (ON DELETE CASCADE).
Result<void> SqlChangeWriter::deleteDatastore(const Datastore &before)
{
    auto query = prepared(m_db, u"DELETE FROM datastores WHERE id = ? AND version = ?"_s);
    if (!query)
        return query.error();
    query->bindValue(0, before.id);
    query->bindValue(1, before.version);
    if (!query->exec() || query->numRowsAffected() != 1)
        return notWritten(u"the deletion of datastore %1 ('%2')"_s.arg(QString::number(before.id), before.name),
                       query.value());
    return audit(DatastoreEntity, before.id, entityJson(before), QString());
}

Result<Team> SqlChangeWriter::writeTeam(const ChangeSet::Entry<Team> &entry, Id newAccount, Id newDatastore)
{
    Team t = *entry.after;
    const QString where = u"team '%1'"_s.arg(t.name);
    Result<QList<Id>> members = resolvedIds(t.members, newAccount, where + u" members"_s, AccountEntity);
    if (!members)
        return members.error();
    Result<QList<Id>> datastores = resolvedIds(t.datastores, newDatastore, where + u" datastores"_s,
                                               DatastoreEntity);
    if (!datastores)
        return datastores.error();
    // Everyone is in the public team; it lists nobody.
    t.members = t.isPublic ? QList<Id>() : std::move(members).value();
    t.datastores = std::move(datastores).value();

    QString sql;
    if (entry.before) {
        t.version = entry.before->version + 1;
        sql = u"UPDATE teams SET name = ?, name_key = ?, description = ?, permission = ?, is_public = ?, "
              u"created = ?, version = ? WHERE id = ? AND version = ?"_s;
    } else {
        if (t.id == 0) {
            const Result<Id> id = newId(TeamEntity);
            if (!id)
                return id.error();
            t.id = *id;
        } else if (auto free = checkFreeId(TeamEntity, t.name, t.id); !free) {
            return free.error();
        }
        t.version = 1;
        if (!t.created.isValid())
            t.created = m_at;
        sql = u"INSERT INTO teams (name, name_key, description, permission, is_public, created, version, id) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s;
    }
    if (auto free = checkFreeName(TeamEntity, t.name, t.id); !free)
        return free.error();
    auto query = prepared(m_db, sql);
    if (!query)
        return query.error();
    query->bindValue(0, t.name);
    query->bindValue(1, nameKey(t.name));
    query->bindValue(2, nullableText(t.description));
    query->bindValue(3, levelName(t.permission));
    query->bindValue(4, t.isPublic);
    query->bindValue(5, requiredTime(t.created));
    query->bindValue(6, t.version);
    query->bindValue(7, t.id);
    if (entry.before)
        query->bindValue(8, entry.before->version);
    if (!query->exec() || query->numRowsAffected() != 1)
        return notWritten(u"team %1 ('%2')"_s.arg(QString::number(t.id), t.name), query.value());

    if (auto written = writeLinks(t, u"team_members"_s, u"account_id"_s, t.members); !written)
        return written.error();
    if (auto written = writeLinks(t, u"team_datastores"_s, u"datastore_id"_s, t.datastores); !written)
        return written.error();
    if (auto audited = audit(TeamEntity, t.id, entry.before ? entityJson(*entry.before) : QString(),
                             entityJson(t)); !audited)
        return audited.error();
    return t;
}

// Teams can have thousands of members: only the difference to the stored rows is written.
// `table` and `column` are fixed names from writeTeam(); `wanted` is ascending.
Result<void> SqlChangeWriter::writeLinks(const Team &team, const QString &table, const QString &column,
                                            const QList<Id> &wanted)
{
    const QString kind = column == u"account_id" ? u"member"_s : u"datastore"_s;
    auto read = prepared(m_db, u"SELECT "_s + column + u" FROM "_s + table + u" WHERE team_id = ? ORDER BY "_s
                                   + column);
    if (!read)
        return read.error();
    read->bindValue(0, team.id);
    if (!read->exec())
        return refused(u"reading the %1s of team '%2'"_s.arg(kind, team.name), read.value());
    QList<Id> stored;
    while (read->next())
        stored.append(read->value(0).toLongLong());
    read->finish();

    QList<Id> added;
    QList<Id> removed;
    std::set_difference(wanted.cbegin(), wanted.cend(), stored.cbegin(), stored.cend(), std::back_inserter(added));
    std::set_difference(stored.cbegin(), stored.cend(), wanted.cbegin(), wanted.cend(), std::back_inserter(removed));

    // One statement per 500 removed ids, one per added id or, for many, a bulk insert: a
    // team gaining a thousand members costs a few round trips on PostgreSQL, not a thousand.
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < removed.size(); from += Chunk) {
        const qsizetype count = std::min(Chunk, removed.size() - from);
        QStringList marks(count, u"?"_s);
        auto remove = prepared(m_db, u"DELETE FROM "_s + table + u" WHERE team_id = ? AND "_s + column + u" IN ("_s
                                         + marks.join(u", "_s) + u")"_s);
        if (!remove)
            return remove.error();
        remove->bindValue(0, team.id);
        for (qsizetype i = 0; i < count; ++i)
            remove->bindValue(int(i + 1), removed.at(from + i));
        if (!remove->exec() || remove->numRowsAffected() != count)
            return notWritten(u"the removal of %1s from team '%2'"_s.arg(kind, team.name), remove.value());
    }
    constexpr qsizetype FewRows = 16;
    if (added.size() > FewRows) {
        RowSet rows{table, {u"team_id"_s, column}, {}, [&](qsizetype i) {
                        return u"%1 %2 of team '%3'"_s.arg(kind, QString::number(added.at(i)), team.name);
                    }};
        rows.rows.reserve(added.size());
        for (const Id id : std::as_const(added))
            rows.rows.append({team.id, id});
        return insertRows(m_db, rows);
    }
    if (!added.isEmpty()) {
        auto insert = prepared(m_db, u"INSERT INTO "_s + table + u" (team_id, "_s + column + u") VALUES (?, ?)"_s);
        if (!insert)
            return insert.error();
        for (const Id id : std::as_const(added)) {
            insert->bindValue(0, team.id);
            insert->bindValue(1, id);
            if (!insert->exec())
                return refused(u"%1 %2 of team '%3'"_s.arg(kind, QString::number(id), team.name), insert.value());
        }
    }
    return {};
}

// Its team_members and team_datastores rows go with it (ON DELETE CASCADE).
Result<void> SqlChangeWriter::deleteTeam(const Team &before)
{
    auto query = prepared(m_db, u"DELETE FROM teams WHERE id = ? AND version = ?"_s);
    if (!query)
        return query.error();
    query->bindValue(0, before.id);
    query->bindValue(1, before.version);
    if (!query->exec() || query->numRowsAffected() != 1)
        return notWritten(u"the deletion of team %1 ('%2')"_s.arg(QString::number(before.id), before.name),
                          query.value());
    return audit(TeamEntity, before.id, entityJson(before), QString());
}

Result<void> SqlChangeWriter::audit(const QString &entity, Id id, const QString &beforeJson,
                                       const QString &afterJson)
{
    AuditRecord record;
    record.at = m_at;
    record.actorSubject = m_actor;
    record.action = m_action;
    record.entity = entity;
    record.entityId = id;
    record.beforeJson = beforeJson;
    record.afterJson = afterJson;
    return SqlSnapshotWriter(m_db).appendAudit(record);
}

} // namespace Gatehouse

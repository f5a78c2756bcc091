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

#include <QSet>
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

// Up to this many rows go one prepared statement each; more go in bulk (sqlbulkwriter.h),
// whose savepoint and COPY cost more than a few single inserts on PostgreSQL.
constexpr qsizetype FewRows = 16;
// Above this many `before`s, the stored versions are read in one query, not one per entry.
constexpr qsizetype ManyVersions = 64;

const QString AccountColumns = u"subject, name, email, email_key, type, role, created, last_active, "
                               u"deactivated_at, external_id, version, id"_s;
const QString TeamColumns = u"name, name_key, description, permission, is_public, created, version, id"_s;

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

QString nameOf(const Account &account)
{
    return accountName(account);
}

template <typename T>
QString nameOf(const T &entity)
{
    return entity.name;
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

// The row of `accounts` in AccountColumns' order.
QVariantList accountValues(const Account &a)
{
    return {nullableText(a.subject),
            a.name.isNull() ? QString(u""_s) : a.name,
            nullableText(a.email),
            a.email.isEmpty() ? nullableText({}) : QVariant(nameKey(a.email)),
            accountTypeName(a.type),
            roleName(a.role),
            requiredTime(a.created),
            nullableTime(a.lastActive),
            nullableTime(a.deactivated),
            nullableText(a.externalId),
            a.version,
            a.id};
}

// The row of `teams` in TeamColumns' order.
QVariantList teamValues(const Team &t)
{
    return {t.name, nameKey(t.name), nullableText(t.description), levelName(t.permission), t.isPublic,
            requiredTime(t.created), t.version, t.id};
}

QString accountLabel(const Account &a)
{
    return u"account %1 ('%2')"_s.arg(QString::number(a.id), accountName(a));
}

QString teamLabel(const Team &t)
{
    return u"team %1 ('%2')"_s.arg(QString::number(t.id), t.name);
}

// Ascending, without duplicates, with each placeholder (or 0) replaced by the id the
// ChangeSet's insert under it got.
Result<QList<Id>> resolvedIds(QList<Id> ids, const QHash<Id, Id> &newIds,
                              const QString &where, const QString &kind)
{
    for (Id &id : ids) {
        if (id > 0)
            continue;
        const auto it = newIds.constFind(id);
        if (it == newIds.cend()) {
            if (id == 0)
                return invalid(u"%1: 0 stands for the one %2 this change inserts, and it inserts none "
                               u"(or several)."_s.arg(where, kind));
            return invalid(u"%1: %2 stands for the %3 this change inserts under that placeholder, and it "
                           u"inserts none."_s.arg(where, QString::number(id), kind));
        }
        id = it.value();
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

SqlChangeWriter::~SqlChangeWriter() = default;

Result<CommitResult> SqlChangeWriter::apply(const ChangeSet &changes, const QString &actingSubject,
                                            const QDateTime &at)
{
    m_action = changes.action;
    m_actor = actingSubject;
    m_at = at;
    m_audit.clear();
    if (auto shape = checkShape(changes); !shape)
        return shape.error();

    // Every version first: a conflict must fail before anything is written.
    if (auto checked = checkVersions(AccountEntity, changes.accounts); !checked)
        return checked.error();
    if (auto checked = checkVersions(TeamEntity, changes.teams); !checked)
        return checked.error();
    if (auto checked = checkVersions(DatastoreEntity, changes.datastores); !checked)
        return checked.error();

    const Result<NewIds> newAccounts = assignIds(AccountEntity, changes.accounts);
    if (!newAccounts)
        return newAccounts.error();
    const Result<NewIds> newDatastores = assignIds(DatastoreEntity, changes.datastores);
    if (!newDatastores)
        return newDatastores.error();
    const Result<NewIds> newTeams = assignIds(TeamEntity, changes.teams);
    if (!newTeams)
        return newTeams.error();

    // Rows a team links to exist before the team is written; datastores go last so the
    // teams losing them are written (and audited) first.
    CommitResult result;
    result.at = at;
    Result<QList<Account>> accounts = writeAccounts(changes.accounts, *newAccounts);
    if (!accounts)
        return accounts.error();
    result.accounts = std::move(accounts).value();
    for (qsizetype i = 0; i < changes.datastores.size(); ++i) {
        const auto &entry = changes.datastores.at(i);
        if (!entry.after)
            continue;
        Result<Datastore> written = writeDatastore(entry, newDatastores->byEntry.value(i));
        if (!written)
            return written.error();
        result.datastores.append(std::move(written).value());
    }
    Result<QList<Team>> teams = writeTeams(changes.teams, *newTeams, *newAccounts, *newDatastores);
    if (!teams)
        return teams.error();
    result.teams = std::move(teams).value();
    for (const auto &entry : changes.teams) {
        if (!entry.after)
            result.removedTeams.append(entry.before->id);
    }
    for (const auto &entry : changes.datastores) {
        if (entry.after)
            continue;
        if (auto removed = deleteDatastore(*entry.before); !removed)
            return removed.error();
        result.removedDatastores.append(entry.before->id);
    }
    if (auto audited = SqlSnapshotWriter(m_db).appendAudit(m_audit); !audited)
        return audited.error();
    m_audit.clear();
    return result;
}

// Programmer errors: AdminService and ProvisioningBatch never plan these.
Result<void> SqlChangeWriter::checkShape(const ChangeSet &changes) const
{
    if (changes.action.trimmed().isEmpty())
        return invalid(u"A change needs its action name for the history; the action is empty."_s);
    const auto checkEntries = [&](const auto &entries, const QString &entity) -> Result<void> {
        QSet<Id> placeholders;
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
            if (entry.after && entry.after->id < 0) {
                if (placeholders.contains(entry.after->id))
                    return invalid(u"%1.after: placeholder %2 is used by two inserts."_s.arg(where).arg(
                        entry.after->id));
                placeholders.insert(entry.after->id);
            }
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

// One query per entry for a few; for many, every stored version in one read.
template <typename T>
Result<void> SqlChangeWriter::checkVersions(const QString &entity, const QList<ChangeSet::Entry<T>> &entries)
{
    const qsizetype befores = std::count_if(entries.cbegin(), entries.cend(),
                                            [](const auto &entry) { return entry.before.has_value(); });
    if (befores <= ManyVersions) {
        for (const auto &entry : entries) {
            if (!entry.before)
                continue;
            if (auto checked = checkVersion(entity, nameOf(*entry.before), entry.before->id, entry.before->version);
                !checked)
                return checked;
        }
        return {};
    }
    auto query = prepared(m_db, u"SELECT id, version FROM "_s + tableOf(entity));
    if (!query)
        return query.error();
    if (!query->exec())
        return refused(u"reading the %1 versions"_s.arg(entity), query.value());
    QHash<Id, int> stored;
    stored.reserve(befores);
    while (query->next())
        stored.insert(query->value(0).toLongLong(), query->value(1).toInt());
    if (query->lastError().isValid())
        return refused(u"reading the %1 versions"_s.arg(entity), query.value());
    query->finish();
    for (const auto &entry : entries) {
        if (!entry.before)
            continue;
        const T &before = *entry.before;
        const auto it = stored.constFind(before.id);
        if (it == stored.cend())
            return conflict(entity, before.id, u"%1 '%2' was deleted"_s.arg(labelOf(entity), nameOf(before)),
                            u"%1 %2 is no longer stored; edited version %3"_s.arg(entity).arg(before.id).arg(
                                before.version));
        if (it.value() != before.version)
            return conflict(entity, before.id, u"%1 '%2' was changed"_s.arg(labelOf(entity), nameOf(before)),
                            u"stored version %1, edited version %2"_s.arg(it.value()).arg(before.version));
    }
    return {};
}

Result<void> SqlChangeWriter::checkVersion(const QString &entity, const QString &name, Id id, int editedVersion)
{
    auto query = statement(u"SELECT version FROM "_s + tableOf(entity) + u" WHERE id = ?"_s);
    if (!query)
        return query.error();
    SqlQuery &read = **query;
    read.bindValue(0, id);
    if (!read.exec())
        return refused(u"reading %1 %2"_s.arg(entity).arg(id), read);
    const bool found = read.next();
    const int stored = found ? read.value(0).toInt() : 0;
    read.finish();
    if (!found)
        return conflict(entity, id, u"%1 '%2' was deleted"_s.arg(labelOf(entity), name),
                        u"%1 %2 is no longer stored; edited version %3"_s.arg(entity).arg(id).arg(editedVersion));
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

// New ids for the inserts without one, in entry order, above every id stored, ever held or
// taken by an insert with an explicit id. Those explicit ids must be free.
template <typename T>
Result<SqlChangeWriter::NewIds> SqlChangeWriter::assignIds(const QString &entity,
                                                           const QList<ChangeSet::Entry<T>> &entries)
{
    qsizetype without = 0;
    qsizetype withZero = 0;
    Id highestExplicit = 0;
    for (const auto &entry : entries) {
        if (entry.before || !entry.after)
            continue;
        const Id id = entry.after->id;
        if (id <= 0) {
            ++without;
            withZero += id == 0 ? 1 : 0;
        } else {
            if (auto free = checkFreeId(entity, nameOf(*entry.after), id); !free)
                return free.error();
            highestExplicit = std::max(highestExplicit, id);
        }
    }
    NewIds ids;
    if (without == 0)
        return ids;
    const Result<Id> first = newId(entity);
    if (!first)
        return first.error();
    Id next = std::max(*first, highestExplicit + 1);
    ids.byPlaceholder.reserve(without);
    ids.byEntry.resize(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto &entry = entries.at(i);
        if (entry.before || !entry.after || entry.after->id > 0)
            continue;
        // 0 names an insert only when there is exactly one such (the old single-insert form).
        if (entry.after->id < 0 || withZero == 1)
            ids.byPlaceholder.insert(entry.after->id, next);
        ids.byEntry[i] = next++;
    }
    return ids;
}

Result<void> SqlChangeWriter::checkFreeId(const QString &entity, const QString &name, Id id)
{
    auto query = statement(u"SELECT 1 FROM "_s + tableOf(entity) + u" WHERE id = ?"_s);
    if (!query)
        return query.error();
    SqlQuery &read = **query;
    read.bindValue(0, id);
    if (!read.exec())
        return refused(u"reading %1 %2"_s.arg(entity).arg(id), read);
    const bool taken = read.next();
    read.finish();
    if (taken)
        return conflict(entity, id, u"%1 '%2' was recreated"_s.arg(labelOf(entity), name),
                        u"%1 id %2 is in use"_s.arg(entity).arg(id));
    return {};
}

// The unique name index would refuse the write too; this names who took the name.
Result<void> SqlChangeWriter::checkFreeName(const QString &entity, const QString &name, Id ownId)
{
    auto query = statement(u"SELECT id FROM "_s + tableOf(entity) + u" WHERE name_key = ? AND id <> ?"_s);
    if (!query)
        return query.error();
    SqlQuery &read = **query;
    read.bindValue(0, nameKey(name));
    read.bindValue(1, ownId);
    if (!read.exec())
        return refused(u"reading %1 names"_s.arg(entity), read);
    const bool taken = read.next();
    const Id other = taken ? read.value(0).toLongLong() : 0;
    read.finish();
    if (taken)
        return conflict(entity, other, u"Another %1 named '%2' was saved"_s.arg(entity, name),
                        u"the name is held by %1 %2"_s.arg(entity).arg(other));
    return {};
}

Result<SqlQuery *> SqlChangeWriter::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        auto query = std::make_unique<SqlQuery>(m_db);
        query->setForwardOnly(true);
        if (!query->prepare(sql))
            return refused(u"a statement"_s, *query);
        it = m_statements.emplace(sql, std::move(query)).first;
    }
    return it->second.get();
}

// Updates one row at a time; inserts one at a time for a few, in bulk for many. The
// accounts come back, and are audited, in the order of the entries.
Result<QList<Account>> SqlChangeWriter::writeAccounts(const QList<ChangeSet::Entry<Account>> &entries,
                                                      const NewIds &newIds)
{
    QList<Account> written;
    written.reserve(entries.size());
    QList<qsizetype> inserts;
    for (qsizetype e = 0; e < entries.size(); ++e) {
        const auto &entry = entries.at(e);
        Account a = *entry.after;
        if (!entry.before) {
            if (a.id <= 0)
                a.id = newIds.byEntry.at(e);
            a.version = 1;
            if (!a.created.isValid())
                a.created = m_at;
            inserts.append(written.size());
            written.append(std::move(a));
            continue;
        }
        a.version = entry.before->version + 1;
        auto update = statement(u"UPDATE accounts SET subject = ?, name = ?, email = ?, email_key = ?, type = ?, "
                                u"role = ?, created = ?, last_active = ?, deactivated_at = ?, external_id = ?, "
                                u"version = ? WHERE id = ? AND version = ?"_s);
        if (!update)
            return update.error();
        SqlQuery &query = **update;
        const QVariantList values = accountValues(a);
        for (qsizetype i = 0; i < values.size(); ++i)
            query.bindValue(int(i), values.at(i));
        query.bindValue(int(values.size()), entry.before->version);
        if (!query.exec() || query.numRowsAffected() != 1)
            return notWritten(accountLabel(a), query);
        written.append(std::move(a));
    }

    if (inserts.size() > FewRows) {
        RowSet rows{u"accounts"_s, AccountColumns.split(u", "_s), {}, [&](qsizetype i) {
                        return accountLabel(written.at(inserts.at(i)));
                    }};
        rows.rows.reserve(inserts.size());
        for (const qsizetype at : std::as_const(inserts))
            rows.rows.append(accountValues(written.at(at)));
        if (auto bulk = insertRows(m_db, rows); !bulk)
            return bulk.error();
    } else if (!inserts.isEmpty()) {
        auto insert = statement(u"INSERT INTO accounts ("_s + AccountColumns
                                + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!insert)
            return insert.error();
        SqlQuery &query = **insert;
        for (const qsizetype at : std::as_const(inserts)) {
            const QVariantList values = accountValues(written.at(at));
            for (qsizetype i = 0; i < values.size(); ++i)
                query.bindValue(int(i), values.at(i));
            if (!query.exec() || query.numRowsAffected() != 1)
                return notWritten(accountLabel(written.at(at)), query);
        }
    }

    m_audit.reserve(m_audit.size() + entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto &before = entries.at(i).before;
        audit(AccountEntity, written.at(i).id, before ? entityJson(*before) : QString(), entityJson(written.at(i)));
    }
    return written;
}

Result<Datastore> SqlChangeWriter::writeDatastore(const ChangeSet::Entry<Datastore> &entry, Id newId)
{
    Datastore d = *entry.after;
    QString sql;
    if (entry.before) {
        d.version = entry.before->version + 1;
        sql = u"UPDATE datastores SET name = ?, name_key = ?, kind = ?, connection = ?, created = ?, "
              u"version = ? WHERE id = ? AND version = ?"_s;
    } else {
        if (d.id <= 0)
            d.id = newId;
        d.version = 1;
        if (!d.created.isValid())
            d.created = m_at;
        sql = u"INSERT INTO datastores (name, name_key, kind, connection, created, version, id) "
              u"VALUES (?, ?, ?, ?, ?, ?, ?)"_s;
    }
    if (auto free = checkFreeName(DatastoreEntity, d.name, d.id); !free)
        return free.error();
    auto query = statement(sql);
    if (!query)
        return query.error();
    SqlQuery &write = **query;
    write.bindValue(0, d.name);
    write.bindValue(1, nameKey(d.name));
    write.bindValue(2, datastoreKindName(d.kind));
    write.bindValue(3, nullableText(d.connection));
    write.bindValue(4, requiredTime(d.created));
    write.bindValue(5, d.version);
    write.bindValue(6, d.id);
    if (entry.before)
        write.bindValue(7, entry.before->version);
    if (!write.exec() || write.numRowsAffected() != 1)
        return notWritten(u"datastore %1 ('%2')"_s.arg(QString::number(d.id), d.name), write);
    audit(DatastoreEntity, d.id, entry.before ? entityJson(*entry.before) : QString(), entityJson(d));
    return d;
}

// Its team_datastores rows go with it (ON DELETE CASCADE).
Result<void> SqlChangeWriter::deleteDatastore(const Datastore &before)
{
    auto query = statement(u"DELETE FROM datastores WHERE id = ? AND version = ?"_s);
    if (!query)
        return query.error();
    SqlQuery &remove = **query;
    remove.bindValue(0, before.id);
    remove.bindValue(1, before.version);
    if (!remove.exec() || remove.numRowsAffected() != 1)
        return notWritten(u"the deletion of datastore %1 ('%2')"_s.arg(QString::number(before.id), before.name),
                          remove);
    audit(DatastoreEntity, before.id, entityJson(before), QString());
    return {};
}

// Deletions first (a new team may take a deleted one's name), then updates, then inserts
// (in bulk for many). The teams written come back, and every entry is audited, in the
// order of the entries.
Result<QList<Team>> SqlChangeWriter::writeTeams(const QList<ChangeSet::Entry<Team>> &entries, const NewIds &newTeams,
                                                const NewIds &newAccounts, const NewIds &newDatastores)
{
    // The teams as they will be stored, members and datastores resolved, by entry.
    QList<Team> teams;
    teams.reserve(entries.size());
    QHash<QString, qsizetype> insertedNames;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto &entry = entries.at(i);
        if (!entry.after) {
            teams.append(*entry.before);
            continue;
        }
        Team t = *entry.after;
        const QString where = u"team '%1'"_s.arg(t.name);
        Result<QList<Id>> members = resolvedIds(t.members, newAccounts.byPlaceholder, where + u" members"_s,
                                                AccountEntity);
        if (!members)
            return members.error();
        Result<QList<Id>> datastores = resolvedIds(t.datastores, newDatastores.byPlaceholder,
                                                   where + u" datastores"_s, DatastoreEntity);
        if (!datastores)
            return datastores.error();
        // Everyone is in the public team; it lists nobody.
        t.members = t.isPublic ? QList<Id>() : std::move(members).value();
        t.datastores = std::move(datastores).value();
        if (entry.before) {
            t.version = entry.before->version + 1;
        } else {
            if (t.id <= 0)
                t.id = newTeams.byEntry.at(i);
            t.version = 1;
            if (!t.created.isValid())
                t.created = m_at;
            const auto twice = insertedNames.constFind(nameKey(t.name));
            if (twice != insertedNames.cend())
                return invalid(u"teams[%1]: the name '%2' is inserted twice (also teams[%3])."_s.arg(i).arg(
                    t.name, QString::number(twice.value())));
            insertedNames.insert(nameKey(t.name), i);
        }
        teams.append(std::move(t));
    }

    for (const auto &entry : entries) {
        if (!entry.after) {
            if (auto removed = deleteTeam(*entry.before); !removed)
                return removed.error();
        }
    }
    // Names are checked before each write, as the unique index would check them, so the one
    // who took a name is named. For many teams every stored name is read once instead.
    std::optional<QHash<QString, Id>> names;
    if (teams.size() > FewRows) {
        auto read = prepared(m_db, u"SELECT name_key, id FROM teams"_s);
        if (!read)
            return read.error();
        if (!read->exec())
            return refused(u"reading team names"_s, read.value());
        names.emplace();
        while (read->next())
            names->insert(read->value(0).toString(), read->value(1).toLongLong());
        if (read->lastError().isValid())
            return refused(u"reading team names"_s, read.value());
    }
    QList<Team> inserted;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto &entry = entries.at(i);
        if (!entry.after)
            continue;
        const Team &t = teams.at(i);
        if (names) {
            const QString key = nameKey(t.name);
            const Id holder = names->value(key, 0);
            if (holder != 0 && holder != t.id)
                return conflict(TeamEntity, holder, u"Another team named '%1' was saved"_s.arg(t.name),
                                u"the name is held by team %1"_s.arg(holder));
            if (entry.before)
                names->remove(nameKey(entry.before->name));
            names->insert(key, t.id);
        } else if (auto free = checkFreeName(TeamEntity, t.name, t.id); !free) {
            return free.error();
        }
        if (!entry.before) {
            inserted.append(t);
            continue;
        }
        auto update = statement(u"UPDATE teams SET name = ?, name_key = ?, description = ?, permission = ?, "
                                u"is_public = ?, created = ?, version = ? WHERE id = ? AND version = ?"_s);
        if (!update)
            return update.error();
        SqlQuery &query = **update;
        const QVariantList values = teamValues(t);
        for (qsizetype v = 0; v < values.size(); ++v)
            query.bindValue(int(v), values.at(v));
        query.bindValue(int(values.size()), entry.before->version);
        if (!query.exec() || query.numRowsAffected() != 1)
            return notWritten(teamLabel(t), query);
        if (auto written = writeLinks(t, u"team_members"_s, u"account_id"_s, t.members); !written)
            return written.error();
        if (auto written = writeLinks(t, u"team_datastores"_s, u"datastore_id"_s, t.datastores); !written)
            return written.error();
    }
    if (auto written = insertNewTeams(inserted); !written)
        return written.error();

    QList<Team> result;
    result.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const auto &entry = entries.at(i);
        if (!entry.after) {
            audit(TeamEntity, entry.before->id, entityJson(*entry.before), QString());
            continue;
        }
        audit(TeamEntity, teams.at(i).id, entry.before ? entityJson(*entry.before) : QString(),
              entityJson(teams.at(i)));
        result.append(teams.at(i));
    }
    return result;
}

// New teams and their links: the rows of all of them together.
Result<void> SqlChangeWriter::insertNewTeams(const QList<Team> &teams)
{
    if (teams.isEmpty())
        return {};
    struct Link
    {
        qsizetype team;
        Id id;
    };
    QList<Link> members;
    QList<Link> datastores;
    for (qsizetype i = 0; i < teams.size(); ++i) {
        for (Id id : teams.at(i).members)
            members.append({i, id});
        for (Id id : teams.at(i).datastores)
            datastores.append({i, id});
    }

    if (teams.size() > FewRows) {
        RowSet rows{u"teams"_s, TeamColumns.split(u", "_s), {}, [&](qsizetype i) { return teamLabel(teams.at(i)); }};
        rows.rows.reserve(teams.size());
        for (const Team &t : teams)
            rows.rows.append(teamValues(t));
        if (auto bulk = insertRows(m_db, rows); !bulk)
            return bulk;
    } else {
        auto insert = statement(u"INSERT INTO teams ("_s + TeamColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!insert)
            return insert.error();
        SqlQuery &query = **insert;
        for (const Team &t : teams) {
            const QVariantList values = teamValues(t);
            for (qsizetype v = 0; v < values.size(); ++v)
                query.bindValue(int(v), values.at(v));
            if (!query.exec() || query.numRowsAffected() != 1)
                return notWritten(teamLabel(t), query);
        }
    }

    const auto writeLinkRows = [&](const QList<Link> &links, const QString &table, const QString &column,
                                   const QString &kind) -> Result<void> {
        const auto label = [&](qsizetype i) {
            return u"%1 %2 of team '%3'"_s.arg(kind, QString::number(links.at(i).id), teams.at(links.at(i).team).name);
        };
        if (links.size() > FewRows) {
            RowSet rows{table, {u"team_id"_s, column}, {}, label};
            rows.rows.reserve(links.size());
            for (const Link &link : links)
                rows.rows.append({teams.at(link.team).id, link.id});
            return insertRows(m_db, rows);
        }
        if (links.isEmpty())
            return {};
        auto insert = statement(u"INSERT INTO "_s + table + u" (team_id, "_s + column + u") VALUES (?, ?)"_s);
        if (!insert)
            return insert.error();
        SqlQuery &query = **insert;
        for (qsizetype i = 0; i < links.size(); ++i) {
            query.bindValue(0, teams.at(links.at(i).team).id);
            query.bindValue(1, links.at(i).id);
            if (!query.exec())
                return refused(label(i), query);
        }
        return {};
    };
    if (auto written = writeLinkRows(members, u"team_members"_s, u"account_id"_s, u"member"_s); !written)
        return written;
    return writeLinkRows(datastores, u"team_datastores"_s, u"datastore_id"_s, u"datastore"_s);
}

// Teams can have thousands of members: only the difference to the stored rows is written.
// `table` and `column` are fixed names from writeTeams(); `wanted` is ascending.
Result<void> SqlChangeWriter::writeLinks(const Team &team, const QString &table, const QString &column,
                                         const QList<Id> &wanted)
{
    const QString kind = column == u"account_id" ? u"member"_s : u"datastore"_s;
    auto read = statement(u"SELECT "_s + column + u" FROM "_s + table + u" WHERE team_id = ? ORDER BY "_s + column);
    if (!read)
        return read.error();
    SqlQuery &stored = **read;
    stored.bindValue(0, team.id);
    if (!stored.exec())
        return refused(u"reading the %1s of team '%2'"_s.arg(kind, team.name), stored);
    QList<Id> current;
    while (stored.next())
        current.append(stored.value(0).toLongLong());
    stored.finish();

    QList<Id> added;
    QList<Id> removed;
    std::set_difference(wanted.cbegin(), wanted.cend(), current.cbegin(), current.cend(), std::back_inserter(added));
    std::set_difference(current.cbegin(), current.cend(), wanted.cbegin(), wanted.cend(), std::back_inserter(removed));

    // One statement per 500 removed ids, one per added id or, for many, a bulk insert: a
    // team gaining a thousand members costs a few round trips on PostgreSQL, not a thousand.
    constexpr qsizetype Chunk = 500;
    for (qsizetype from = 0; from < removed.size(); from += Chunk) {
        const qsizetype count = std::min(Chunk, removed.size() - from);
        QStringList marks(count, u"?"_s);
        auto statementFor = statement(u"DELETE FROM "_s + table + u" WHERE team_id = ? AND "_s + column + u" IN ("_s
                                      + marks.join(u", "_s) + u")"_s);
        if (!statementFor)
            return statementFor.error();
        SqlQuery &remove = **statementFor;
        remove.bindValue(0, team.id);
        for (qsizetype i = 0; i < count; ++i)
            remove.bindValue(int(i + 1), removed.at(from + i));
        if (!remove.exec() || remove.numRowsAffected() != count)
            return notWritten(u"the removal of %1s from team '%2'"_s.arg(kind, team.name), remove);
    }
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
        auto statementFor = statement(u"INSERT INTO "_s + table + u" (team_id, "_s + column + u") VALUES (?, ?)"_s);
        if (!statementFor)
            return statementFor.error();
        SqlQuery &insert = **statementFor;
        for (const Id id : std::as_const(added)) {
            insert.bindValue(0, team.id);
            insert.bindValue(1, id);
            if (!insert.exec())
                return refused(u"%1 %2 of team '%3'"_s.arg(kind, QString::number(id), team.name), insert);
        }
    }
    return {};
}

// Its team_members and team_datastores rows go with it (ON DELETE CASCADE).
Result<void> SqlChangeWriter::deleteTeam(const Team &before)
{
    auto query = statement(u"DELETE FROM teams WHERE id = ? AND version = ?"_s);
    if (!query)
        return query.error();
    SqlQuery &remove = **query;
    remove.bindValue(0, before.id);
    remove.bindValue(1, before.version);
    if (!remove.exec() || remove.numRowsAffected() != 1)
        return notWritten(u"the deletion of team %1 ('%2')"_s.arg(QString::number(before.id), before.name), remove);
    return {};
}

void SqlChangeWriter::audit(const QString &entity, Id id, const QString &beforeJson, const QString &afterJson)
{
    AuditRecord record;
    record.at = m_at;
    record.actorSubject = m_actor;
    record.action = m_action;
    record.entity = entity;
    record.entityId = id;
    record.beforeJson = beforeJson;
    record.afterJson = afterJson;
    m_audit.append(std::move(record));
}

} // namespace Gatehouse

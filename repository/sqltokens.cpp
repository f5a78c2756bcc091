// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/sqltokens.h"

#include "core/textfold.h"
#include "repository/sqlauditlog.h"
#include "repository/sqlquery.h"
#include "repository/sqlrepository.h"
#include "repository/sqlsnapshotwriter.h"
#include "repository/sqlvalues.h"
#include "repository/transaction.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

using namespace SqlValues;

namespace {

const QString TokenEntity = u"token"_s;
const QString SettingsEntity = u"settings"_s;
// The message of the trigger accounts_service_tokens_active (resources/sql/*/0004_tokens.sql).
const QString ActiveTokensMarker = u"gatehouse: service account holds active tokens"_s;

const QString Columns = u"id, owner_account_id, kind, name, hint, hash, created_by, created, expires, "
                        u"revoked, last_used, version"_s;

QDateTime nowUtc()
{
    // Second precision, as stored.
    return parseTimestamp(formatTimestamp(QDateTime::currentDateTimeUtc()));
}

Result<SqlQuery> prepared(const QSqlDatabase &db, const QString &sql)
{
    SqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return refused(u"a token statement"_s, query);
    return query;
}

Result<Token> readToken(const SqlQuery &query)
{
    Token t;
    t.id = query.value(0).toLongLong();
    t.owner = query.value(1).toLongLong();
    const QString kindText = query.value(2).toString();
    const auto kind = tokenKindFromName(kindText);
    if (!kind)
        return makeError(Error::Code::Invalid, u"Token %1 has an unknown kind '%2'."_s.arg(t.id).arg(kindText));
    t.kind = *kind;
    t.name = query.value(3).toString();
    t.hint = query.value(4).toString();
    t.hash = query.value(5).toString().toLatin1();
    t.createdBy = query.value(6).toString();
    t.created = parseTimestamp(query.value(7).toString());
    t.expires = parseTimestamp(query.value(8).toString());
    t.revoked = parseTimestamp(query.value(9).toString());
    t.lastUsed = parseTimestamp(query.value(10).toString());
    t.version = query.value(11).toInt();
    return t;
}

QJsonValue timeOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(formatTimestamp(time)) : QJsonValue();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString tokenLabel(const Token &token)
{
    return u"Token '%1'"_s.arg(token.name);
}

// Runs `work` as SqlRepository::guarded does (sqlrepository.cpp): reconnect first, and a
// failure caused by a lost connection says so.
template <typename T, typename Ready, typename Lost, typename Work>
Result<T> connected(Ready ready, Lost lost, Work work)
{
    if (Result<void> ok = ready(); !ok)
        return ok.error();
    Result<T> result = work();
    if (!result) {
        if (std::optional<Error> gone = lost(result.error()))
            return *gone;
    }
    return result;
}

} // namespace

SqlTokens::SqlTokens(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<QList<Token>> SqlTokens::read()
{
    auto query = prepared(m_db, u"SELECT "_s + Columns + u" FROM tokens ORDER BY id"_s);
    if (!query)
        return query.error();
    if (!query->exec())
        return refused(u"reading tokens"_s, query.value());
    QList<Token> tokens;
    while (query->next()) {
        Result<Token> token = readToken(query.value());
        if (!token)
            return token.error();
        tokens.append(std::move(token).value());
    }
    if (query->lastError().isValid())
        return refused(u"reading tokens"_s, query.value());
    return tokens;
}

Result<std::optional<Token>> SqlTokens::readOne(const QString &where, const QVariant &value)
{
    auto query = prepared(m_db, u"SELECT "_s + Columns + u" FROM tokens WHERE "_s + where);
    if (!query)
        return query.error();
    query->addBindValue(value);
    if (!query->exec())
        return refused(u"reading a token"_s, query.value());
    if (!query->next()) {
        if (query->lastError().isValid())
            return refused(u"reading a token"_s, query.value());
        return std::optional<Token>();
    }
    Result<Token> token = readToken(query.value());
    if (!token)
        return token.error();
    return std::optional<Token>(std::move(token).value());
}

Result<std::optional<Token>> SqlTokens::byHash(const QByteArray &hash)
{
    // Hashes are stored as 64 lower-case hex digits; anything else matches nothing.
    if (hash.size() != 64)
        return std::optional<Token>();
    return readOne(u"hash = ?"_s, QString::fromLatin1(hash));
}

// Above every token id there is and every id the history names, so the id of a deleted
// token is never handed out again.
Result<Id> SqlTokens::newId()
{
    SqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT coalesce((SELECT max(id) FROM tokens), 0), "
                    u"coalesce((SELECT max(entity_id) FROM audit_log WHERE entity = 'token'), 0)"_s)
        || !query.next())
        return refused(u"a new token id"_s, query);
    return std::max(query.value(0).toLongLong(), query.value(1).toLongLong()) + 1;
}

Result<QString> SqlTokens::tokenJson(const Token &token)
{
    auto owner = prepared(m_db, u"SELECT subject FROM accounts WHERE id = ?"_s);
    if (!owner)
        return owner.error();
    owner->addBindValue(token.owner);
    if (!owner->exec())
        return refused(u"reading the owner of token '%1'"_s.arg(token.name), owner.value());
    const QString subject = owner->next() ? owner->value(0).toString() : QString();
    // Never the hash: the history is readable by every Manager and auditor.
    return compact(QJsonObject{
        {u"id"_s, token.id},
        {u"owner_id"_s, token.owner},
        {u"owner"_s, subject.isNull() ? QJsonValue() : QJsonValue(subject)},
        {u"kind"_s, tokenKindName(token.kind)},
        {u"name"_s, token.name},
        {u"hint"_s, token.hint},
        {u"created_by"_s, token.createdBy},
        {u"created"_s, timeOrNull(token.created)},
        {u"expires"_s, timeOrNull(token.expires)},
        {u"revoked"_s, timeOrNull(token.revoked)},
        {u"version"_s, token.version},
    });
}

Result<void> SqlTokens::audit(const QString &action, const QString &entity, Id id, const QString &beforeJson,
                              const QString &afterJson, const QString &actingSubject, const QDateTime &at)
{
    AuditRecord record;
    record.at = at;
    record.actorSubject = actingSubject;
    record.action = action;
    record.entity = entity;
    record.entityId = id;
    record.beforeJson = beforeJson;
    record.afterJson = afterJson;
    return SqlSnapshotWriter(m_db).appendAudit(record);
}

Result<Token> SqlTokens::save(const Token &token, const QString &actingSubject, const QDateTime &at)
{
    const QString name = token.name.trimmed();
    const QString key = nameKey(name);

    // The name is free for the owner: said in words rather than as a unique-index error.
    const auto checkFreeName = [&](Id owner) -> Result<void> {
        auto taken = prepared(m_db, u"SELECT id FROM tokens WHERE owner_account_id = ? AND name_key = ? AND id <> ?"_s);
        if (!taken)
            return taken.error();
        taken->addBindValue(owner);
        taken->addBindValue(key);
        taken->addBindValue(token.id);
        if (!taken->exec())
            return refused(u"reading token names"_s, taken.value());
        if (taken->next())
            return makeError(Error::Code::Conflict,
                             u"name: \"%1\" is already used by another token of the same account."_s.arg(name),
                             u"the name is held by token %1"_s.arg(taken->value(0).toLongLong()));
        return {};
    };

    Token saved = token;
    saved.name = name;
    QString action;
    QString beforeJson;
    if (token.id == 0) {
        if (auto free = checkFreeName(token.owner); !free)
            return free.error();
        const Result<Id> id = newId();
        if (!id)
            return id.error();
        saved.id = *id;
        saved.version = 1;
        if (!saved.created.isValid())
            saved.created = at;
        action = u"token.create"_s;
        auto insert = prepared(m_db, u"INSERT INTO tokens ("_s + Columns
                                         + u", name_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!insert)
            return insert.error();
        insert->addBindValue(saved.id);
        insert->addBindValue(saved.owner);
        insert->addBindValue(tokenKindName(saved.kind));
        insert->addBindValue(saved.name);
        insert->addBindValue(saved.hint.isNull() ? u""_s : saved.hint);
        insert->addBindValue(QString::fromLatin1(saved.hash));
        insert->addBindValue(saved.createdBy.isNull() ? actingSubject : saved.createdBy);
        insert->addBindValue(requiredTime(saved.created));
        insert->addBindValue(nullableTime(saved.expires));
        insert->addBindValue(nullableTime(saved.revoked));
        insert->addBindValue(nullableTime(saved.lastUsed));
        insert->addBindValue(saved.version);
        insert->addBindValue(key);
        if (!insert->exec())
            return refused(u"token '%1'"_s.arg(saved.name), insert.value());
        if (saved.createdBy.isNull())
            saved.createdBy = actingSubject;
    } else {
        const Result<std::optional<Token>> found = readOne(u"id = ?"_s, token.id);
        if (!found)
            return found.error();
        if (!found->has_value())
            return makeError(Error::Code::NotFound, u"Token %1 does not exist; it may have been deleted."_s.arg(token.id));
        const Token &before = **found;
        if (before.version != token.version) {
            QString who;
            const auto last = lastChangeOf(m_db, TokenEntity, token.id);
            if (last && last->has_value()) {
                const AuditRecord &record = **last;
                who = u" by %1 at %2 UTC"_s.arg(record.actorSubject,
                                                 record.at.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));
            }
            return makeError(Error::Code::Conflict,
                             u"%1 was changed%2; reload and apply your change again."_s.arg(tokenLabel(before), who),
                             u"stored version %1, edited version %2"_s.arg(before.version).arg(token.version));
        }
        if (auto free = checkFreeName(before.owner); !free)
            return free.error();
        // What a save never changes.
        saved.owner = before.owner;
        saved.kind = before.kind;
        saved.hint = before.hint;
        saved.hash = before.hash;
        saved.createdBy = before.createdBy;
        saved.created = before.created;
        saved.lastUsed = before.lastUsed;
        saved.version = before.version + 1;
        if (!before.revoked.isValid() && saved.revoked.isValid())
            action = u"token.revoke"_s;
        else if (before.revoked.isValid() && !saved.revoked.isValid())
            action = u"token.restore"_s;
        else
            action = u"token.update"_s;
        auto update = prepared(m_db, u"UPDATE tokens SET name = ?, name_key = ?, expires = ?, revoked = ?, "
                                     u"version = ? WHERE id = ? AND version = ?"_s);
        if (!update)
            return update.error();
        update->addBindValue(saved.name);
        update->addBindValue(key);
        update->addBindValue(nullableTime(saved.expires));
        update->addBindValue(nullableTime(saved.revoked));
        update->addBindValue(saved.version);
        update->addBindValue(saved.id);
        update->addBindValue(before.version);
        if (!update->exec())
            return refused(u"token '%1'"_s.arg(saved.name), update.value());
        if (update->numRowsAffected() != 1)
            return makeError(Error::Code::Database,
                             u"The database did not write token '%1': no row with the checked version."_s.arg(saved.name));
        const Result<QString> json = tokenJson(before);
        if (!json)
            return json.error();
        beforeJson = *json;
    }
    const Result<QString> afterJson = tokenJson(saved);
    if (!afterJson)
        return afterJson.error();
    if (auto audited = audit(action, TokenEntity, saved.id, beforeJson, *afterJson, actingSubject, at); !audited)
        return audited.error();
    return saved;
}

Result<void> SqlTokens::remove(const Token &token, const QString &actingSubject, const QDateTime &at)
{
    const Result<std::optional<Token>> found = readOne(u"id = ?"_s, token.id);
    if (!found)
        return found.error();
    if (!found->has_value())
        return makeError(Error::Code::NotFound, u"Token %1 does not exist; it may have been deleted."_s.arg(token.id));
    const Token &before = **found;
    if (before.version != token.version)
        return makeError(Error::Code::Conflict,
                         u"%1 was changed since it was read; reload and try again."_s.arg(tokenLabel(before)),
                         u"stored version %1, edited version %2"_s.arg(before.version).arg(token.version));
    if (!before.revoked.isValid())
        return makeError(Error::Code::Invalid,
                         u"%1 is not revoked; revoke it before deleting it."_s.arg(tokenLabel(before)));
    const Result<QString> beforeJson = tokenJson(before);
    if (!beforeJson)
        return beforeJson.error();
    auto remove = prepared(m_db, u"DELETE FROM tokens WHERE id = ? AND version = ?"_s);
    if (!remove)
        return remove.error();
    remove->addBindValue(before.id);
    remove->addBindValue(before.version);
    if (!remove->exec())
        return refused(u"deleting token '%1'"_s.arg(before.name), remove.value());
    if (remove->numRowsAffected() != 1)
        return makeError(Error::Code::Database,
                         u"The database did not delete token '%1': no row with the checked version."_s.arg(before.name));
    return audit(u"token.delete"_s, TokenEntity, before.id, *beforeJson, QString(), actingSubject, at);
}

Result<void> SqlTokens::recordUse(Id id, const QDateTime &at)
{
    auto update = prepared(m_db, u"UPDATE tokens SET last_used = ? WHERE id = ? "
                                 u"AND (last_used IS NULL OR last_used < ?)"_s);
    if (!update)
        return update.error();
    const QString time = formatTimestamp(at);
    update->addBindValue(time);
    update->addBindValue(id);
    update->addBindValue(time);
    if (!update->exec())
        return refused(u"the last use of token %1"_s.arg(id), update.value());
    return {};
}

Result<void> SqlTokens::insertArchived(const QList<Token> &tokens)
{
    auto insert = prepared(m_db, u"INSERT INTO tokens ("_s + Columns + u", name_key"_s
                                     + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!insert)
        return insert.error();
    for (const Token &t : tokens) {
        const QVariantList values{t.id,
                                  t.owner,
                                  tokenKindName(t.kind),
                                  t.name,
                                  t.hint.isNull() ? u""_s : t.hint,
                                  QString::fromLatin1(t.hash),
                                  t.createdBy.isNull() ? u""_s : t.createdBy,
                                  requiredTime(t.created),
                                  nullableTime(t.expires),
                                  nullableTime(t.revoked),
                                  nullableTime(t.lastUsed),
                                  t.version,
                                  nameKey(t.name)};
        for (qsizetype i = 0; i < values.size(); ++i)
            insert->bindValue(int(i), values.at(i));
        if (!insert->exec())
            return refused(u"token %1 ('%2')"_s.arg(t.id).arg(t.name), insert.value());
    }
    return {};
}

Result<void> SqlTokens::removeAll()
{
    SqlQuery query(m_db);
    if (!query.exec(u"DELETE FROM tokens"_s))
        return refused(u"clearing tokens"_s, query);
    return {};
}

Result<QHash<Id, QString>> SqlTokens::ownerSubjects()
{
    SqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT DISTINCT a.id, a.subject FROM tokens t JOIN accounts a ON a.id = t.owner_account_id"_s))
        return refused(u"reading token owners"_s, query);
    QHash<Id, QString> subjects;
    while (query.next())
        subjects.insert(query.value(0).toLongLong(), query.value(1).toString());
    if (query.lastError().isValid())
        return refused(u"reading token owners"_s, query);
    return subjects;
}

Result<bool> SqlTokens::hasActiveTokens(Id accountId, const QDateTime &at)
{
    auto query = prepared(m_db, u"SELECT count(*) FROM tokens WHERE owner_account_id = ? AND revoked IS NULL "
                                u"AND (expires IS NULL OR expires > ?)"_s);
    if (!query)
        return query.error();
    query->addBindValue(accountId);
    query->addBindValue(formatTimestamp(at));
    if (!query->exec() || !query->next())
        return refused(u"reading tokens"_s, query.value());
    return query->value(0).toLongLong() > 0;
}

Result<QHash<QString, QString>> SqlTokens::readSettings()
{
    SqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT key, value FROM settings WHERE value IS NOT NULL"_s))
        return refused(u"reading the settings"_s, query);
    QHash<QString, QString> settings;
    while (query.next())
        settings.insert(query.value(0).toString(), query.value(1).toString());
    if (query.lastError().isValid())
        return refused(u"reading the settings"_s, query);
    return settings;
}

Result<void> SqlTokens::saveSettings(const QHash<QString, QString> &values, const QString &actingSubject,
                                     const QDateTime &at)
{
    Result<QHash<QString, QString>> current = readSettings();
    if (!current)
        return current.error();
    QStringList keys = values.keys();
    std::sort(keys.begin(), keys.end());
    QJsonObject before;
    QJsonObject after;
    for (const QString &key : std::as_const(keys)) {
        if (key.trimmed().isEmpty())
            return makeError(Error::Code::Invalid, u"settings: a key is empty."_s);
        const QString value = values.value(key);
        const auto stored = current->constFind(key);
        const bool had = stored != current->cend();
        if (value.isEmpty()) {
            if (!had)
                continue;
            auto remove = prepared(m_db, u"DELETE FROM settings WHERE key = ?"_s);
            if (!remove)
                return remove.error();
            remove->addBindValue(key);
            if (!remove->exec())
                return refused(u"setting '%1'"_s.arg(key), remove.value());
        } else {
            if (had && *stored == value)
                continue;
            auto upsert = prepared(m_db, u"INSERT INTO settings (key, value) VALUES (?, ?) "
                                         u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
            if (!upsert)
                return upsert.error();
            upsert->addBindValue(key);
            upsert->addBindValue(value);
            if (!upsert->exec())
                return refused(u"setting '%1'"_s.arg(key), upsert.value());
        }
        before.insert(key, had ? QJsonValue(*stored) : QJsonValue());
        after.insert(key, value.isEmpty() ? QJsonValue() : QJsonValue(value));
    }
    if (after.isEmpty())
        return {};
    return audit(u"settings.update"_s, SettingsEntity, 0, compact(before), compact(after), actingSubject, at);
}

Result<void> SqlTokens::insertArchivedSettings(const QHash<QString, QString> &settings)
{
    auto insert = prepared(m_db, u"INSERT INTO settings (key, value) VALUES (?, ?)"_s);
    if (!insert)
        return insert.error();
    for (auto it = settings.cbegin(); it != settings.cend(); ++it) {
        insert->bindValue(0, it.key());
        insert->bindValue(1, it.value());
        if (!insert->exec())
            return refused(u"setting '%1'"_s.arg(it.key()), insert.value());
    }
    return {};
}

bool SqlTokens::isActiveTokensRefusal(const Error &failure)
{
    return failure.detail.contains(ActiveTokensMarker) || failure.message.contains(ActiveTokensMarker);
}

QList<Account> SqlTokens::deactivatedServiceAccounts(const ChangeSet &changes)
{
    QList<Account> accounts;
    for (const auto &entry : changes.accounts) {
        if (entry.before && entry.after && entry.after->type == AccountType::Service && entry.before->isActive()
            && !entry.after->isActive())
            accounts.append(*entry.after);
    }
    return accounts;
}

Error SqlTokens::activeTokensConflict(const Account &account, const QString &detail)
{
    const QString name = account.name.trimmed().isEmpty() ? account.subject : account.name;
    return makeError(Error::Code::Conflict, u"Revoke the active tokens of '%1' before deactivating it."_s.arg(name),
                     detail);
}

// SqlRepository's settings and token operations (sqlrepository.h): each in its own
// transaction, with the reconnection SqlRepository::guarded gives the others.

Result<QHash<QString, QString>> SqlRepository::settings()
{
    return connected<QHash<QString, QString>>(
        [this] { return ensureConnected(); }, [this](const Error &e) { return lostConnection(e); },
        [this]() -> Result<QHash<QString, QString>> { return SqlTokens(database()).readSettings(); });
}

Result<void> SqlRepository::saveSettings(const QHash<QString, QString> &values, const QString &actingSubject)
{
    return connected<void>(
        [this] { return ensureConnected(); }, [this](const Error &e) { return lostConnection(e); },
        [&]() -> Result<void> {
            Transaction transaction(database(), Transaction::Kind::Write);
            if (!transaction.isActive())
                return databaseError(u"Cannot start a transaction on %1."_s.arg(place()), transaction.lastError());
            if (auto saved = SqlTokens(database()).saveSettings(values, actingSubject, nowUtc()); !saved)
                return saved;
            if (!transaction.commit())
                return databaseError(u"Cannot save the settings into %1."_s.arg(place()), transaction.lastError());
            return {};
        });
}

Result<QList<Token>> SqlRepository::tokens()
{
    return connected<QList<Token>>(
        [this] { return ensureConnected(); }, [this](const Error &e) { return lostConnection(e); },
        [this]() -> Result<QList<Token>> { return SqlTokens(database()).read(); });
}

Result<Token> SqlRepository::saveToken(const Token &token, const QString &actingSubject)
{
    return connected<Token>(
        [this] { return ensureConnected(); }, [this](const Error &e) { return lostConnection(e); },
        [&]() -> Result<Token> {
            Transaction transaction(database(), Transaction::Kind::Write);
            if (!transaction.isActive())
                return databaseError(u"Cannot start a transaction on %1."_s.arg(place()), transaction.lastError());
            Result<Token> saved = SqlTokens(database()).save(token, actingSubject, nowUtc());
            if (!saved)
                return saved;
            if (!transaction.commit())
                return databaseError(u"Cannot save token '%1' into %2."_s.arg(token.name, place()),
                                     transaction.lastError());
            return saved;
        });
}

Result<void> SqlRepository::deleteToken(const Token &token, const QString &actingSubject)
{
    return connected<void>(
        [this] { return ensureConnected(); }, [this](const Error &e) { return lostConnection(e); },
        [&]() -> Result<void> {
            Transaction transaction(database(), Transaction::Kind::Write);
            if (!transaction.isActive())
                return databaseError(u"Cannot start a transaction on %1."_s.arg(place()), transaction.lastError());
            if (auto removed = SqlTokens(database()).remove(token, actingSubject, nowUtc()); !removed)
                return removed;
            if (!transaction.commit())
                return databaseError(u"Cannot delete token '%1' from %2."_s.arg(token.name, place()),
                                     transaction.lastError());
            return {};
        });
}

Result<std::optional<Token>> SqlRepository::tokenByHash(const QByteArray &hash)
{
    return connected<std::optional<Token>>(
        [this] { return ensureConnected(); }, [this](const Error &e) { return lostConnection(e); },
        [&]() -> Result<std::optional<Token>> { return SqlTokens(database()).byHash(hash); });
}

Result<void> SqlRepository::recordTokenUse(Id id, const QDateTime &at)
{
    // One statement on its own: no write lock, no history record, no NOTIFY.
    return connected<void>(
        [this] { return ensureConnected(); }, [this](const Error &e) { return lostConnection(e); },
        [&]() -> Result<void> { return SqlTokens(database()).recordUse(id, at); });
}

} // namespace Gatehouse

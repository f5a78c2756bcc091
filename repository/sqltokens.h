// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/changeset.h"
#include "core/result.h"
#include "core/token.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace Gatehouse {

// API tokens (table tokens, schema 4) and organisation settings (table settings, schema 1).
// Every write runs inside the caller's write transaction and never commits; on an error the
// caller rolls back. TokenService decides who may do what; this only stores.
//
// - save(): a token with id 0 is inserted under a new id with version 1 ("token.create");
//   ids are never reused, not even those of deleted tokens, because the history names
//   tokens by id. Any other token is an update whose `version` must equal the stored one
//   (else Error::Code::Conflict naming who changed it last): "token.revoke",
//   "token.restore", or "token.update" (name, expiry). The owner, kind, hash, creation and
//   last use are never changed by a save.
// - remove(): only a revoked token, "token.delete".
// - Every save and remove writes one audit record, entity "token", whose JSON holds the
//   token's fields but never its hash. recordUse() writes none and keeps the version: a
//   use is not a change.
// - saveSettings(): one audit record "settings.update", entity "settings", holding before
//   and after of the keys that changed; a save that changes nothing writes nothing.
class SqlTokens
{
public:
    explicit SqlTokens(const QSqlDatabase &db);

    // Every token, ascending by id.
    Result<QList<Token>> read();
    Result<std::optional<Token>> byHash(const QByteArray &hash);
    Result<Token> save(const Token &token, const QString &actingSubject, const QDateTime &at);
    Result<void> remove(const Token &token, const QString &actingSubject, const QDateTime &at);
    // Sets last_used to `at` unless it is already later. Runs as its own statement.
    Result<void> recordUse(Id id, const QDateTime &at);

    // Archives and imports: rows as they are (ids, versions, hashes), no audit record.
    Result<void> insertArchived(const QList<Token> &tokens);
    Result<void> removeAll();
    // Subject of each token owner now, by account id (what an import that replaces the
    // organisation checks before it keeps a token).
    Result<QHash<Id, QString>> ownerSubjects();
    // True when the service account `accountId` holds an active token at `at`.
    Result<bool> hasActiveTokens(Id accountId, const QDateTime &at);

    Result<QHash<QString, QString>> readSettings();
    Result<void> saveSettings(const QHash<QString, QString> &values, const QString &actingSubject,
                              const QDateTime &at);
    Result<void> insertArchivedSettings(const QHash<QString, QString> &settings);

    // True when `failure` is the schema's refusal to deactivate a service account that
    // holds an active token (trigger accounts_service_tokens_active).
    static bool isActiveTokensRefusal(const Error &failure);
    // The deactivations in `changes` the refusal may be about: service accounts going from
    // active to deactivated.
    static QList<Account> deactivatedServiceAccounts(const ChangeSet &changes);
    // "Revoke the active tokens of 'Pipeline' before deactivating it." (Conflict).
    static Error activeTokensConflict(const Account &account, const QString &detail);

private:
    Result<std::optional<Token>> readOne(const QString &where, const QVariant &value);
    Result<Id> newId();
    Result<void> audit(const QString &action, const QString &entity, Id id, const QString &beforeJson,
                       const QString &afterJson, const QString &actingSubject, const QDateTime &at);
    Result<QString> tokenJson(const Token &token);

    QSqlDatabase m_db;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auditrecord.h"
#include "core/changeset.h"
#include "core/result.h"
#include "core/review.h"
#include "core/snapshot.h"
#include "core/token.h"

#include <QHash>

namespace Gatehouse {

// Everything one database holds, for moving an organisation between databases
// (`gatehousectl copy`): the organisation, its whole history (ids and times kept) and its
// reviews.
struct Archive
{
    Snapshot organisation;
    QList<AuditRecord> history;   // ascending by id
    QList<Review> reviews;        // ascending by id
    QList<Token> tokens;          // ascending by id (hashes only, never a secret)
    QHash<QString, QString> settings;
};

// Name of the PostgreSQL NOTIFY channel every committing transaction signals; the payload
// is the id of the newest audit record it wrote.
inline constexpr char ChangeChannel[] = "gatehouse_changes";

// Storage of one organisation, implemented in repository/ (SQLite and PostgreSQL).
// An instance is bound to the thread that opened it (Qt SQL connections are per thread).
class Repository
{
public:
    virtual ~Repository() = default;

    enum class ImportMode { RefuseExisting, Replace };

    // e.g. "sqlite:/home/ada/org.gatehouse"; never contains a password.
    virtual QString url() const = 0;

    // The whole organisation in one read transaction, lists ascending by id.
    virtual Result<Snapshot> load() = 0;

    // True when the database holds nothing but the bootstrap account and Public
    // (domain.md, "Who is acting"): an import may replace it without --replace.
    virtual Result<bool> isEmptyOrganisation() = 0;

    // Replaces the organisation with `snapshot` (already validated by the caller) in one
    // transaction, ids kept, plus one audit record holding the snapshot. All or nothing.
    // RefuseExisting fails with Error::Code::Conflict when isEmptyOrganisation() is false.
    virtual Result<void> importSnapshot(const Snapshot &snapshot, ImportMode mode,
                                        const QString &actingSubject) = 0;

    // Applies one planned change (AdminService::plan) in one transaction with its audit
    // records. A `before` whose version differs from the stored one fails the whole change
    // with Error::Code::Conflict: "Team 'Finance' was changed by local|bob at 2026-11-23
    // 10:04 UTC; reload and apply your change again." Nothing is written then.
    virtual Result<CommitResult> commit(const ChangeSet &changes, const QString &actingSubject) = 0;

    // The history, oldest first (newest first when filter.limit is set).
    virtual Result<QList<AuditRecord>> auditLog(const AuditFilter &filter = {}) = 0;

    // Access reviews, kept with the history (each save writes an audit record, entity
    // "review"). saveReview inserts a review with id 0 under a new id, else updates it if
    // its version is the stored one (Error::Code::Conflict otherwise); a signed-off review
    // is read-only. The review as stored (id, version) comes back.
    virtual Result<Review> saveReview(const Review &review, const QString &actingSubject) = 0;
    // Every review, ascending by id, with its items.
    virtual Result<QList<Review>> reviews() = 0;
    virtual Result<Review> review(Id id) = 0;

    // The id of the newest audit record; 0 when there is none. Live refresh reads the
    // records after the last one it saw (AuditFilter::afterId).
    virtual Result<Id> lastChangeId() = 0;

    // The whole database in one read transaction.
    virtual Result<Archive> exportArchive() = 0;
    // Writes `archive` (organisation, history, reviews; ids and times kept) into a database
    // opened with OpenMode::CreateBare, in one transaction; all or nothing. Fails with
    // Error::Code::Conflict when the database already holds any history or entity: the
    // history is append-only, so an archive only ever goes into a new database.
    virtual Result<void> importArchive(const Archive &archive) = 0;

    // Organisation settings (key/value, e.g. SsoSettings::toSettings()). saveSettings
    // writes the given keys (an empty value removes the key) in one transaction with one
    // audit record (action "settings.update", entity "settings"); callers check who may
    // (SignInService::checkSettings).
    virtual Result<QHash<QString, QString>> settings() = 0;
    virtual Result<void> saveSettings(const QHash<QString, QString> &values,
                                      const QString &actingSubject) = 0;

    // API tokens (TokenService decides who may do what; these only store). Every token,
    // ascending by id.
    virtual Result<QList<Token>> tokens() = 0;
    // Inserts a token with id 0 (version 1) or updates one whose version is the stored one
    // (Error::Code::Conflict otherwise), with an audit record (entity "token", action
    // "token.create" / "token.revoke" / "token.restore"; the JSON never holds the hash).
    // The token as stored comes back.
    virtual Result<Token> saveToken(const Token &token, const QString &actingSubject) = 0;
    // Deletes a revoked token (refused otherwise), with an audit record "token.delete".
    virtual Result<void> deleteToken(const Token &token, const QString &actingSubject) = 0;
    // The token with this hash (TokenService::hashSecret), nullopt when none.
    virtual Result<std::optional<Token>> tokenByHash(const QByteArray &hash) = 0;
    // Sets `last used`: no audit record and no new version (a use is not a change).
    virtual Result<void> recordTokenUse(Id id, const QDateTime &at) = 0;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/repository.h"
#include "repository/databaseurl.h"
#include "repository/openmode.h"
#include "repository/sqldialect.h"

#include <QSqlDatabase>

#include <optional>

namespace Gatehouse {

// The part of Repository both SQL backends share: reading, committing, history, reviews,
// imports and archives, written once in SQL both dialects run (sqldialect.h). A backend
// (SqliteRepository, PostgresRepository) opens the connection, finds the schema version and
// configures the connection; the rest is here.
//
// Each instance owns one uniquely named Qt SQL connection, opened on the calling thread and
// removed by the destructor: create, use and destroy an instance on one thread.
class SqlRepository : public Repository
{
public:
    ~SqlRepository() override;

    SqlRepository(const SqlRepository &) = delete;
    SqlRepository &operator=(const SqlRepository &) = delete;

    QString url() const override;
    Result<Snapshot> load() override;
    Result<bool> isEmptyOrganisation() override;
    Result<void> importSnapshot(const Snapshot &snapshot, ImportMode mode,
                                const QString &actingSubject) override;
    // See sqlchangewriter.h for how a ChangeSet is written (new ids, placeholders).
    Result<CommitResult> commit(const ChangeSet &changes, const QString &actingSubject) override;
    Result<QList<AuditRecord>> auditLog(const AuditFilter &filter = {}) override;
    // See sqlreviews.h.
    Result<Review> saveReview(const Review &review, const QString &actingSubject) override;
    Result<QList<Review>> reviews() override;
    Result<Review> review(Id id) override;
    Result<Id> lastChangeId() override;
    Result<Archive> exportArchive() override;
    Result<void> importArchive(const Archive &archive) override;
    // See sqltokens.h.
    Result<QHash<QString, QString>> settings() override;
    Result<void> saveSettings(const QHash<QString, QString> &values, const QString &actingSubject) override;
    Result<QList<Token>> tokens() override;
    Result<Token> saveToken(const Token &token, const QString &actingSubject) override;
    Result<void> deleteToken(const Token &token, const QString &actingSubject) override;
    Result<std::optional<Token>> tokenByHash(const QByteArray &hash) override;
    Result<void> recordTokenUse(Id id, const QDateTime &at) override;

    int schemaVersion() const { return m_schemaVersion; }
    SqlDialect dialect() const { return m_dialect; }

protected:
    // Adds the connection (not opened yet) for `driver` ("QSQLITE", "QPSQL").
    SqlRepository(DatabaseUrl url, SqlDialect dialect, const QString &driver, const QString &connectionName);

    // The schema version the database holds, 0 for a database without tables; reads only.
    // A database that has tables but is not Gatehouse's is an error.
    virtual Result<int> readSchemaVersion() = 0;
    // Connection settings applied after the version check and before any migration.
    virtual Result<void> configure() { return {}; }
    // The error for opening a database without tables with OpenMode::ExistingOnly.
    virtual Error noOrganisation() const = 0;
    // Called before every operation: a backend whose connection dropped reconnects here, or
    // says why it cannot.
    virtual Result<void> ensureConnected() { return {}; }
    // The error to report instead of `failure` when the connection was lost during it.
    virtual std::optional<Error> lostConnection(const Error &failure) const
    {
        Q_UNUSED(failure);
        return std::nullopt;
    }

    // Version check, configuration, migrations and, for a new organisation, its bootstrap
    // (the Public team and `creatorSubject` as the one active human Admin). A database of a
    // newer schema, or one that is not Gatehouse's, is refused before anything is written.
    Result<void> prepareSchema(OpenMode mode, const QString &creatorSubject, const QString &creatorName);

    // Where the database is, in messages: the SQLite file's path, or the PostgreSQL URL
    // without its password.
    QString place() const;
    Error databaseError(const QString &message, const QSqlError &error) const;
    Error notGatehouse(const QString &detail = {}) const;

    QSqlDatabase &database() { return m_db; }
    const QSqlDatabase &database() const { return m_db; }
    const DatabaseUrl &location() const { return m_url; }

private:
    struct Counts
    {
        qint64 accounts = 0;
        qint64 teams = 0;       // besides the public team
        qint64 datastores = 0;
        qint64 changes = 0;     // history records besides the database's creation
        // Nothing but what creation left (domain.md, "Who is acting"): an import may
        // replace it without being told to.
        bool isEmpty() const { return accounts <= 1 && teams == 0 && datastores == 0 && changes == 0; }
    };

    template <typename T, typename Work>
    Result<T> guarded(Work work);

    Result<void> migrate(int fromVersion, bool bootstrap, const QString &creatorSubject,
                         const QString &creatorName);
    Result<Counts> counts();
    Result<Snapshot> readSnapshot();
    Result<Snapshot> doLoad();
    Result<void> doImportSnapshot(const Snapshot &snapshot, ImportMode mode, const QString &actingSubject);
    Result<CommitResult> doCommit(const ChangeSet &changes, const QString &actingSubject);
    Result<Review> doSaveReview(const Review &review, const QString &actingSubject);
    Result<QList<Review>> doReviews(Id onlyId);
    Result<Archive> doExportArchive();
    Result<void> doImportArchive(const Archive &archive);

    DatabaseUrl m_url;
    SqlDialect m_dialect;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/repository.h"
#include "repository/databaseurl.h"
#include "repository/openmode.h"

#include <QSqlDatabase>

#include <memory>

namespace Gatehouse {

// Repository over one SQLite file (or :memory:) through QtSql's QSQLITE driver.
// Each instance owns one uniquely named connection, opened on the calling thread and
// removed by the destructor: create, use and destroy an instance on one thread.
// Runs with WAL, foreign_keys=ON, synchronous=NORMAL and a 5 s busy timeout.
class SqliteRepository final : public Repository
{
public:
    ~SqliteRepository() override;

    SqliteRepository(const SqliteRepository &) = delete;
    SqliteRepository &operator=(const SqliteRepository &) = delete;

    // ExistingOnly refuses a missing file without creating it. CreateIfMissing creates a
    // new file, runs the migrations and writes the bootstrap organisation: the Public
    // team and `creatorSubject` as the one active human Admin. An existing file that is
    // not a Gatehouse database, or one written by a newer Gatehouse, is refused before
    // anything is written to it. `url` must be a SQLite location.
    static Result<std::unique_ptr<SqliteRepository>> open(const DatabaseUrl &url, OpenMode mode,
                                                          const QString &creatorSubject,
                                                          const QString &creatorName);

    QString url() const override;
    Result<Snapshot> load() override;
    Result<bool> isEmptyOrganisation() override;
    Result<void> importSnapshot(const Snapshot &snapshot, ImportMode mode,
                                const QString &actingSubject) override;

    // See sqlitechangewriter.h for how a ChangeSet is written (new ids, placeholders).
    Result<CommitResult> commit(const ChangeSet &changes, const QString &actingSubject) override;
    Result<QList<AuditRecord>> auditLog(const AuditFilter &filter = {}) override;
    // See sqlitereviews.h.
    Result<Review> saveReview(const Review &review, const QString &actingSubject) override;
    Result<QList<Review>> reviews() override;
    Result<Review> review(Id id) override;

    int schemaVersion() const { return m_schemaVersion; }

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

    SqliteRepository(DatabaseUrl url, const QString &connectionName);

    Result<void> prepare(OpenMode mode, bool fileIsNew, const QString &creatorSubject,
                         const QString &creatorName);
    Result<int> readSchemaVersion();
    Result<void> applyPragmas();
    Result<void> migrate(int fromVersion, bool bootstrap, const QString &creatorSubject,
                         const QString &creatorName);
    Result<Counts> counts();

    DatabaseUrl m_url;
    QString m_connectionName;
    QSqlDatabase m_db;
    int m_schemaVersion = 0;
};

} // namespace Gatehouse

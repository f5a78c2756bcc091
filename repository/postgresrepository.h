// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repository/sqlrepository.h"

#include <memory>

namespace Gatehouse {

// Repository over one PostgreSQL database through QtSql's QPSQL driver (see SqlRepository
// for what both backends share, postgresconnection.h for how the URL becomes a connection).
//
// - A database is made by the server's administrator: ExistingOnly refuses one without
//   tables (NotFound), CreateIfMissing initialises an existing, empty database with the
//   schema and the bootstrap organisation, CreateBare with the schema only. A database with
//   tables but no schema_migrations is not Gatehouse's and is refused untouched, as is one
//   of a newer schema.
// - Every write transaction first takes an advisory lock (writers are serialised) and
//   signals ChangeChannel with the newest audit id before COMMIT (transaction.h).
// - Bulk writes (imports, archives) go through COPY (sqlbulkwriter.h).
// - Connection failures are Error::Code::Unavailable with one sentence; a connection lost
//   during an operation fails it with "The connection to HOST:PORT was lost.", and the next
//   operation connects again (or says why it cannot).
class PostgresRepository final : public SqlRepository
{
public:
    static Result<std::unique_ptr<PostgresRepository>> open(const DatabaseUrl &url, OpenMode mode,
                                                            const QString &creatorSubject,
                                                            const QString &creatorName);

protected:
    Result<int> readSchemaVersion() override;
    Error noOrganisation() const override;
    Result<void> ensureConnected() override;
    std::optional<Error> lostConnection(const Error &failure) const override;

private:
    PostgresRepository(const DatabaseUrl &url, const QString &connectionName);
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repository/sqlrepository.h"

#include <memory>

namespace Gatehouse {

// Repository over one SQLite file (or :memory:) through QtSql's QSQLITE driver (see
// SqlRepository for what both backends share). Runs with WAL, foreign_keys=ON,
// synchronous=NORMAL and a 5 s busy timeout.
class SqliteRepository final : public SqlRepository
{
public:
    // ExistingOnly refuses a missing file without creating it. CreateIfMissing creates a
    // new file, runs the migrations and writes the bootstrap organisation: the Public
    // team and `creatorSubject` as the one active human Admin. CreateBare creates the
    // file with the schema only (Repository::importArchive fills it). An existing file
    // that is not a Gatehouse database, or one written by a newer Gatehouse, is refused
    // before anything is written to it. `url` must be a SQLite location.
    static Result<std::unique_ptr<SqliteRepository>> open(const DatabaseUrl &url, OpenMode mode,
                                                          const QString &creatorSubject,
                                                          const QString &creatorName);

protected:
    Result<int> readSchemaVersion() override;
    Result<void> configure() override;
    Error noOrganisation() const override;

private:
    SqliteRepository(const DatabaseUrl &url, const QString &connectionName);
};

} // namespace Gatehouse

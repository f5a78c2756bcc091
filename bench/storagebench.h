// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Gatehouse {
struct Snapshot;
}

namespace Gatehouse::Bench {

class BenchTable;

// The storage hot paths on both backends:
// - import of a whole organisation through the repository against the fastest plain way
//   of writing the same rows into the same schema: raw sqlite3 prepared inserts in one
//   transaction, and raw libpq COPY in one transaction; a fresh database for every run;
// - live refresh: from a commit on one connection to the change applied in another open
//   Directory (notification, read of the new history, delta), against the network round
//   trip plus 5 ms.
class StorageBench
{
public:
    // `postgresAdminUrl`: a server where databases may be created (superuser); empty starts
    // a throwaway server with scripts/pg-test-server for the run.
    StorageBench(const Snapshot *snapshot, int runs, QString postgresAdminUrl);

    // False when a database could not be set up or the copies differ.
    bool run(BenchTable &table);

private:
    bool runSqlite(BenchTable &table);
    bool runPostgres(BenchTable &table, const QString &adminUrl);
    bool runLiveRefresh(BenchTable &table, const QString &url, double roundTripMs);

    const Snapshot *m_snapshot = nullptr;
    int m_runs = 1;
    QString m_postgresAdminUrl;
};

} // namespace Gatehouse::Bench

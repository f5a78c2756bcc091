// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Gatehouse::Bench {

class BenchTable;

// A directory-sync import through SCIM: `users` Users and `groups` Groups holding
// `memberships` memberships, sent as Bulk requests (`usersPerRequest` Users or 250 Groups each) over
// real HTTP to an in-process `serve` on a fresh SQLite file, against raw sqlite3 prepared
// inserts of the same rows (accounts, teams, team_members) into the same schema, one
// transaction per Bulk request as the server commits them. Building the request bodies is
// not timed; sending, serving, committing and reading the answers is.
class ScimBench
{
public:
    // More than 1,000 Users per request raises the server's maxOperations to match.
    ScimBench(int users, int groups, int memberships, int runs, int usersPerRequest = 1000);
    // False when the server could not be set up or the two databases hold different rows.
    bool run(BenchTable &table);

private:
    int m_users = 0;
    int m_groups = 0;
    int m_memberships = 0;
    int m_runs = 1;
    int m_usersPerRequest = 1000;
};

} // namespace Gatehouse::Bench

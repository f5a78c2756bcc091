// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>

namespace Gatehouse {

// Least privilege in a PostgreSQL organisation database (`gatehousectl grant`).
//
// Auditor: may connect and read every Gatehouse table, nothing else: any write privilege
// it had on them is revoked.
// Admin: reads everything; inserts, updates and deletes accounts, teams, datastores and
// their memberships and assignments; records reviews (never deletes them); manages API
// tokens and organisation settings; appends to the history. Neither role may UPDATE,
// DELETE or TRUNCATE audit_log (its triggers refuse that too, even for the owner).
//
// Both are idempotent: they set the role's privileges on Gatehouse's tables to exactly
// the above, whatever it had before. The role must exist and must be neither a superuser
// nor the tables' owner (privileges do not bind those).
enum class DatabaseRole { Auditor, Admin };

// Grants `role` on the organisation at `url` (which must be PostgreSQL and hold a Gatehouse
// organisation), in one transaction. `option` names the option in errors ("--auditor").
// Returns one sentence saying what the role may now do.
Result<QString> grantDatabaseRole(const QString &url, DatabaseRole kind, const QString &role,
                                  const QString &option);

// What the connection to `url` may do. SQLite: always writable (a file's access is its
// file permissions). PostgreSQL: whether the connecting role may change teams and append
// to the history; `role` is the role the server says we are.
struct DatabaseAccess
{
    bool canWrite = true;
    QString role;
};
// Opens a short connection of its own on the calling thread.
Result<DatabaseAccess> databaseAccess(const QString &url);
Result<bool> canWrite(const QString &url);

// The reason the GUI gives when the database role may only read.
QString readOnlyRoleReason(const QString &role);

// `failure` of a write to `url`, explained when the reason is that the connecting role may
// only read: "Connected as a read-only database role: 'aud' may read the organisation in
// ... but not change it." (Error::Code::Denied, the original message in detail). Any other
// failure comes back unchanged.
Error explainWriteFailure(const QString &url, const Error &failure);

} // namespace Gatehouse

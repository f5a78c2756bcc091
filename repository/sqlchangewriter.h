// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auditrecord.h"
#include "core/changeset.h"
#include "core/result.h"

#include <QSqlDatabase>

#include <map>
#include <memory>

namespace Gatehouse {

class SqlQuery;

// Applies one ChangeSet (core/changeset.h) inside the caller's write transaction, with one
// audit record per entry, and never commits: on an error the caller rolls back, so a
// failed apply leaves nothing behind.
//
// - Every `before` is checked against the stored version first; a difference, or a row
//   that is gone, is Error::Code::Conflict naming who changed the entity last and when.
// - An insert with id 0 or a negative placeholder id (-1, -2, ...; ProvisioningBatch) gets
//   a new id above every id the table ever held (schema 2's id_high_water), in the order
//   of the entries, so ids of deleted entities are never reused; an insert with an
//   explicit id (an undo recreating a deleted entity) keeps that id.
// - Within one ChangeSet, a placeholder in a team's `members` (or `datastores`) stands for
//   the account (or datastore) the same ChangeSet inserts under it; 0 stands for the one
//   inserted with id 0, when there is exactly one.
// - Team members and datastores are written as the difference to the stored rows.
// - Accounts are never deleted: an account entry without `after` is Error::Code::Invalid.
// - Many rows (a directory sync of 50,000 accounts) are written in bulk: multi-row INSERT
//   on SQLite, COPY on PostgreSQL (sqlbulkwriter.h); per-row statements are prepared once.
class SqlChangeWriter
{
public:
    explicit SqlChangeWriter(const QSqlDatabase &db);
    ~SqlChangeWriter();
    SqlChangeWriter(const SqlChangeWriter &) = delete;
    SqlChangeWriter &operator=(const SqlChangeWriter &) = delete;

    Result<CommitResult> apply(const ChangeSet &changes, const QString &actingSubject, const QDateTime &at);

private:
    // The ids given to the inserts without one.
    struct NewIds
    {
        QHash<Id, Id> byPlaceholder; // placeholder (or 0, when one insert carries it) -> new id
        QList<Id> byEntry;           // entry i's new id; 0 for the other entries
    };

    Result<void> checkShape(const ChangeSet &changes) const;
    template <typename T>
    Result<void> checkVersions(const QString &entity, const QList<ChangeSet::Entry<T>> &entries);
    Result<void> checkVersion(const QString &entity, const QString &name, Id id, int editedVersion);
    Error conflict(const QString &entity, Id id, const QString &lead, const QString &detail);
    Result<Id> newId(const QString &entity);
    template <typename T>
    Result<NewIds> assignIds(const QString &entity, const QList<ChangeSet::Entry<T>> &entries);
    Result<void> checkFreeId(const QString &entity, const QString &name, Id id);
    Result<void> checkFreeName(const QString &entity, const QString &name, Id ownId);
    // A statement prepared once per apply() and reused for every row.
    Result<SqlQuery *> statement(const QString &sql);

    Result<QList<Account>> writeAccounts(const QList<ChangeSet::Entry<Account>> &entries, const NewIds &newIds);
    Result<Datastore> writeDatastore(const ChangeSet::Entry<Datastore> &entry, Id newId);
    Result<void> deleteDatastore(const Datastore &before);
    Result<QList<Team>> writeTeams(const QList<ChangeSet::Entry<Team>> &entries, const NewIds &newTeams,
                                   const NewIds &newAccounts, const NewIds &newDatastores);
    Result<void> deleteTeam(const Team &before);
    Result<void> writeLinks(const Team &team, const QString &table, const QString &column,
                            const QList<Id> &wanted);
    Result<void> insertNewTeams(const QList<Team> &teams);
    void audit(const QString &entity, Id id, const QString &beforeJson, const QString &afterJson);

    QSqlDatabase m_db;
    QString m_action;
    QString m_actor;
    QDateTime m_at;
    std::map<QString, std::unique_ptr<SqlQuery>> m_statements;
    QList<AuditRecord> m_audit; // written together at the end
};

} // namespace Gatehouse

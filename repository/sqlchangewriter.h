// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/changeset.h"
#include "core/result.h"

#include <QSqlDatabase>

namespace Gatehouse {

// Applies one ChangeSet (core/changeset.h) inside the caller's write transaction, with one
// audit record per entry, and never commits: on an error the caller rolls back, so a
// failed apply leaves nothing behind.
//
// - Every `before` is checked against the stored version first; a difference, or a row
//   that is gone, is Error::Code::Conflict naming who changed the entity last and when.
// - An insert with id 0 gets a new id above every id the table ever held (schema 2's
//   id_high_water), so ids of deleted entities are never reused; an insert with an
//   explicit id (an undo recreating a deleted entity) keeps that id.
// - Within one ChangeSet, id 0 in a team's `members` (or `datastores`) stands for the
//   account (or datastore) the same ChangeSet inserts with id 0; there may be one such.
// - Team members and datastores are written as the difference to the stored rows.
// - Accounts are never deleted: an account entry without `after` is Error::Code::Invalid.
class SqlChangeWriter
{
public:
    explicit SqlChangeWriter(const QSqlDatabase &db);

    Result<CommitResult> apply(const ChangeSet &changes, const QString &actingSubject, const QDateTime &at);

private:
    Result<void> checkShape(const ChangeSet &changes) const;
    Result<void> checkVersion(const QString &entity, const QString &name, Id id, int editedVersion);
    Error conflict(const QString &entity, Id id, const QString &lead, const QString &detail);
    Result<Id> newId(const QString &entity);
    Result<void> checkFreeId(const QString &entity, const QString &name, Id id);
    Result<void> checkFreeName(const QString &entity, const QString &name, Id ownId);

    Result<Account> writeAccount(const ChangeSet::Entry<Account> &entry);
    Result<Datastore> writeDatastore(const ChangeSet::Entry<Datastore> &entry);
    Result<void> deleteDatastore(const Datastore &before);
    Result<Team> writeTeam(const ChangeSet::Entry<Team> &entry, Id newAccount, Id newDatastore);
    Result<void> deleteTeam(const Team &before);
    Result<void> writeLinks(const Team &team, const QString &table, const QString &column,
                            const QList<Id> &wanted);
    Result<void> audit(const QString &entity, Id id, const QString &beforeJson, const QString &afterJson);

    QSqlDatabase m_db;
    QString m_action;
    QString m_actor;
    QDateTime m_at;
};

} // namespace Gatehouse

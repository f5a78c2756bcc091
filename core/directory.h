// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessindex.h"
#include "core/changeset.h"
#include "core/snapshot.h"

#include <QObject>

namespace Gatehouse {

// The organisation in memory: the one source the item models read. Owns the snapshot
// and the AccessIndex built from it. Lists keep the snapshot's order (ascending id), so a
// "position" is an index into accounts(), teams() or datastores().
//
// load() replaces everything (models reset once). The upsert/remove functions apply one
// committed change and emit ranged signals, so views update without a reset; a change that
// can alter access brings the access index up to date first (in place: references to
// access() stay valid), so a slot connected to them reads the new access.
class Directory : public QObject
{
    Q_OBJECT
public:
    explicit Directory(QObject *parent = nullptr);

    // An organisation made ready for load(): the normalized snapshot with the access index
    // and the lookups built from it. prepare() touches no QObject, so a worker thread can
    // do the per-account work of a big organisation and leave the GUI thread only moves.
    struct Prepared
    {
        Snapshot snapshot;
        AccessIndex index;
        QHash<QString, qsizetype> subjectPos;
    };
    static Prepared prepare(Snapshot snapshot);

    void load(Snapshot snapshot);
    // The same as load(snapshot) for a prepare()d one, without per-account work. Afterwards
    // `prepared` holds the previous organisation, so the caller can free it off this thread.
    void load(Prepared &prepared);
    bool isLoaded() const { return m_loaded; }

    const Snapshot &snapshot() const { return m_snapshot; }
    const QList<Account> &accounts() const { return m_snapshot.accounts; }
    const QList<Team> &teams() const { return m_snapshot.teams; }
    const QList<Datastore> &datastores() const { return m_snapshot.datastores; }
    const AccessIndex &access() const { return m_index; }

    qsizetype accountPos(Id id) const { return m_index.accountPos(id); }
    qsizetype teamPos(Id id) const { return m_index.teamPos(id); }
    qsizetype datastorePos(Id id) const { return m_index.datastorePos(id); }
    qsizetype publicTeamPos() const { return m_snapshot.publicTeamIndex(); }
    // Account by subject (exact match), -1 when none.
    qsizetype accountPosBySubject(const QString &subject) const;

    // Applies a whole committed change (several entities), updating the access index in
    // place where it can (see AccessIndex's update functions).
    void apply(const CommitResult &commit);
    // During accessChanged() after apply(): the accounts whose effective access may have
    // changed (positions, unsorted), or `everyone`; at any other time `everyone`.
    const AccessIndex::Affected &lastAccessChange() const { return m_accessScope; }

    // Apply one committed change. Inserts keep ascending id order.
    void upsertAccount(const Account &account);
    void upsertTeam(const Team &team);
    void removeTeam(Id id);
    void upsertDatastore(const Datastore &datastore);
    void removeDatastore(Id id);

Q_SIGNALS:
    void aboutToReset();
    void reset();
    void accountsInserted(qsizetype first, qsizetype last);
    void accountsChanged(qsizetype first, qsizetype last);
    void teamsAboutToBeInserted(qsizetype first, qsizetype last);
    void teamsInserted(qsizetype first, qsizetype last);
    void teamsChanged(qsizetype first, qsizetype last);
    void teamsAboutToBeRemoved(qsizetype first, qsizetype last);
    void teamsRemoved(qsizetype first, qsizetype last);
    void accountsAboutToBeInserted(qsizetype first, qsizetype last);
    void datastoresAboutToBeInserted(qsizetype first, qsizetype last);
    void datastoresInserted(qsizetype first, qsizetype last);
    void datastoresChanged(qsizetype first, qsizetype last);
    void datastoresAboutToBeRemoved(qsizetype first, qsizetype last);
    void datastoresRemoved(qsizetype first, qsizetype last);
    // Effective access may have changed anywhere: after a load, or a change to a role, an
    // account's state or a team's level, members or datastores (not after a rename).
    void accessChanged();

private:
    void rebuildIndex();
    // Team counts shown for accounts derive from teams.
    void announceTeamDerivedChanges();

    Snapshot m_snapshot;
    AccessIndex m_index;
    QHash<QString, qsizetype> m_subjectPos;
    AccessIndex::Affected m_accessScope{true, {}};
    bool m_loaded = false;
};

} // namespace Gatehouse

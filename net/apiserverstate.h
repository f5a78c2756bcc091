// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessindex.h"
#include "core/provisioning.h"
#include "core/repository.h"

#include <QHash>

#include <memory>
#include <optional>

namespace Gatehouse {

// The organisation as the API server holds it in memory: loaded once, changed by the
// server's own commits, and caught up with what other writers commit (the GUI, the command
// line, another server) before each request: one cheap lastChangeId() query, and when it
// moved, the history written since, applied as an AuditDelta (or a full load when the
// delta cannot follow, e.g. after an import).
class ApiServerState
{
public:
    explicit ApiServerState(Repository *repository);

    Result<void> load();
    // Brings the organisation up to what the database holds now.
    Result<void> refresh();
    // Commits a change and applies it; the CommitResult has the real ids.
    Result<CommitResult> commit(const ChangeSet &changes, const QString &actingSubject);

    Repository *repository() const { return m_repository; }
    const Snapshot &snapshot() const { return m_snapshot; }
    const Account *account(Id id) const;
    const Team *team(Id id) const;
    qsizetype accountPos(Id id) const { return m_accountPos.value(id, -1); }

    // The teams an account is an explicit member of (Public left out), ascending id.
    const QList<const Team *> &teamsOf(Id accountId);
    // Human accounts by e-mail (nameKey), for `userName eq` filters.
    const Account *humanByEmail(const QString &email);
    // When an entity last changed (the newest history record naming it); invalid when the
    // history holds none (then its created time stands).
    QDateTime accountModified(Id id) const { return m_accountModified.value(id); }
    QDateTime teamModified(Id id) const { return m_teamModified.value(id); }
    // Effective access, built on first use after a change.
    const AccessIndex &access();
    // E-mails and team names for ProvisioningBatch: built on first use, then kept in step
    // with every change (a batch made from snapshot() and this index costs no walk over the
    // organisation).
    const ProvisioningIndex &provisioningIndex();

private:
    void apply(const CommitResult &changes);
    void noteModified(const QString &entity, Id id, const QDateTime &at);
    void indexPositions();
    void invalidate();
    Result<void> catchUp();

    Repository *m_repository = nullptr;
    Snapshot m_snapshot;
    Id m_lastSeen = 0;
    QHash<Id, qsizetype> m_accountPos, m_teamPos;
    QHash<Id, QDateTime> m_accountModified, m_teamModified;
    // Built on demand, dropped on every change.
    std::optional<QHash<Id, QList<const Team *>>> m_teamsOf;
    std::optional<QHash<QString, qsizetype>> m_emails;
    std::unique_ptr<AccessIndex> m_access;
    // Kept up to date by apply(), dropped by load().
    std::optional<ProvisioningIndex> m_provisioningIndex;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/changeset.h"
#include "core/result.h"
#include "core/snapshot.h"

#include <QHash>

#include <memory>

namespace Gatehouse {

// A human account's profile as directory sync (SCIM) sends it (domain.md, "Directory sync").
struct AccountProfile
{
    QString email;           // required, unique among humans ignoring case
    QString name;            // display name; empty = the e-mail
    QString externalId;      // null when absent
    std::optional<Role> role;  // nullopt = keep (Member for a new account)
    bool active = true;
};

// The lookups a ProvisioningBatch needs besides the snapshot itself: human accounts by
// e-mail and teams by name (nameKey(), "unique ignoring case"). Building one walks the whole
// organisation, tens of milliseconds at 50,000 accounts; whoever holds a snapshot for long
// (the API server) keeps one in step with it, so each batch does not build its own.
class ProvisioningIndex
{
public:
    ProvisioningIndex() = default;
    explicit ProvisioningIndex(const Snapshot &snapshot);

    // 0 when nobody holds the key.
    Id humanByEmailKey(const QString &key) const { return m_emails.value(key, 0); }
    Id teamByNameKey(const QString &key) const { return m_teams.value(key, 0); }

    // Keeps the index in step with its snapshot: `before` null for a new entity, `after`
    // null for a removed team.
    void accountChanged(const Account *before, const Account &after);
    void teamChanged(const Team *before, const Team *after);

private:
    QHash<QString, Id> m_emails; // nameKey(e-mail) -> human account with an e-mail
    QHash<QString, Id> m_teams;  // nameKey(name) -> team, Public included
};

// Directory-sync changes planned against the organisation as it is, many at a time, for
// one transaction (a SCIM request, or a whole SCIM Bulk request). Authorisation and
// invariants live here as in AdminService: the acting account must be an active Admin
// (the SCIM token's owner); the Public team is never touched; at least one active human
// Admin remains; e-mails unique among humans and team names unique, both ignoring case.
//
// Each operation either applies whole to the batch's working copy or fails with an Error
// naming the field and value and leaves the batch as it was, so a Bulk request can report
// per-operation errors and commit the rest. Lookups are hashed: planning 50,000 accounts
// and 225,000 memberships is linear.
//
// New accounts and teams get negative placeholder ids (-1, -2, ...) that later operations
// of the same batch may use (SCIM bulkId references); the repository's commit assigns the
// real ids and resolves the placeholders in team members (see ChangeSet).
class ProvisioningBatch
{
public:
    // Denied unless `actorSubject` is an active Admin (checked on the first operation).
    // The batch shares `current`'s lists (implicitly shared, nothing is copied) and keeps
    // what it changes aside: destroy it before changing the snapshot it was made from, or
    // that change copies the whole organisation.
    ProvisioningBatch(const Snapshot &current, const QString &actorSubject, const QDateTime &now);
    // The same, with `index` describing `current` (shared too, never built again).
    ProvisioningBatch(const Snapshot &current, const ProvisioningIndex &index, const QString &actorSubject,
                      const QDateTime &now);
    ~ProvisioningBatch();
    ProvisioningBatch(const ProvisioningBatch &) = delete;
    ProvisioningBatch &operator=(const ProvisioningBatch &) = delete;

    // The organisation as it will be after the operations so far (placeholders included),
    // put together on each call: meant for checks, not for a loop.
    const Snapshot &working() const;
    const Account *account(Id id) const;
    const Team *team(Id id) const;
    const Account *accountByEmail(const QString &email) const;  // humans only
    const Team *teamByName(const QString &name) const;          // Public included

    // A human account from a profile: no subject (it is taken over at first SSO sign-in),
    // role from the profile or Member, Public implied. Conflict when the e-mail is taken.
    Result<Account> createAccount(const AccountProfile &profile);
    // Replaces the profile of a human account (role kept when profile.role is nullopt);
    // active=false deactivates, true reactivates. Conflict when expectedVersion (0 = any)
    // differs. Service accounts are refused (NotFound: SCIM does not see them).
    Result<Account> updateAccount(Id id, const AccountProfile &profile, int expectedVersion = 0);
    // SCIM DELETE: deactivates (accounts are never erased).
    Result<Account> deactivateAccount(Id id, int expectedVersion = 0);

    // A team named `name` (Conflict when the name is taken or is "Public" in any case),
    // level Reporter, no datastores, with `members` (existing or placeholder account ids).
    Result<Team> createTeam(const QString &name, QList<Id> members);
    // Renames and/or sets the members of a team; the Public team is refused (Denied).
    Result<Team> updateTeam(Id id, const QString &name, QList<Id> members, int expectedVersion = 0);
    Result<void> deleteTeam(Id id, int expectedVersion = 0);

    // Everything planned, as one ChangeSet (action "scim.sync", summary counting what
    // changed); entries of the same entity are merged so each appears once.
    ChangeSet changes() const;
    bool isEmpty() const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/changeset.h"
#include "core/result.h"
#include "core/snapshot.h"

#include <QHash>

namespace Gatehouse {

// The organisation's SSO configuration (domain.md, "Who is acting"), kept in the database's
// settings under the keys "sso.issuer", "sso.client_id", "sso.scopes", "sso.admin_email".
struct SsoSettings
{
    QString issuer;          // https://login.example.com/ (http only for 127.0.0.1 / localhost)
    QString clientId;
    QString scopes = QStringLiteral("openid email profile"); // must contain "openid"
    // An Admin's e-mail: whoever signs in by SSO with this verified e-mail takes over that
    // Admin account, so enabling SSO never locks the organisation out.
    QString adminEmail;

    bool isEnabled() const { return !issuer.isEmpty(); }
    QHash<QString, QString> toSettings() const;
    static SsoSettings fromSettings(const QHash<QString, QString> &settings);
    friend bool operator==(const SsoSettings &, const SsoSettings &) = default;
};

// What the identity provider says about the person, from a verified ID token.
struct IdentityClaims
{
    QString subject;         // sub
    QString email;
    bool emailVerified = false;
    QString name;            // name, else given_name + family_name, else email
    QString givenName;
    QString familyName;
    QString picture;
};

// What signing in does to the organisation.
struct SignInPlan
{
    enum class Outcome : quint8 {
        Created,     // first sign-in: a new human account, Member, in Public
        TookOver,    // first sign-in of a person SCIM pre-provisioned (or the SSO admin e-mail)
        Refreshed,   // a later sign-in: name, e-mail, last active refreshed
    };
    Outcome outcome = Outcome::Refreshed;
    Account account;         // the account as it will be (id 0 when Created)
    ChangeSet changes;       // action "account.sign-in"; never empty (last active changes)
};

class SignInService
{
public:
    // Admins only; refuses an issuer that is not https (http allowed for 127.0.0.1 and
    // localhost), scopes without "openid", an empty client id when an issuer is set, and
    // enabling SSO when no active human Admin has an SSO subject yet (not "local|…") and
    // `adminEmail` is not the e-mail of an active human Admin. Errors name the field.
    static Result<void> checkSettings(const Snapshot &current, const QString &actorSubject,
                                      const SsoSettings &settings);

    // Plans the sign-in of the person `claims` describe:
    //  - an account with subject == claims.subject: Refreshed (name, e-mail when verified,
    //    last active = now);
    //  - else, with a verified e-mail, a human account with that e-mail (case-insensitive)
    //    and no subject (SCIM pre-provisioned), or the active human Admin whose e-mail is
    //    settings.adminEmail: TookOver (subject set, then refreshed);
    //  - else: Created, role Member, Public only (a human with that e-mail but another
    //    subject is a Conflict: "ada@example.com already belongs to another account").
    // A deactivated account is refused with Error::Code::Denied and a sentence for the
    // "no access" screen. `now` is UTC, whole seconds.
    static Result<SignInPlan> planSignIn(const Snapshot &current, const SsoSettings &settings,
                                         const IdentityClaims &claims, const QDateTime &now);
};

} // namespace Gatehouse

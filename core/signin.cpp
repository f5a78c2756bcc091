// SPDX-License-Identifier: GPL-3.0-or-later
// SSO settings and what signing in does (domain.md, "Accounts" and "Who is acting").
#include "core/signin.h"

#include "core/adminplanning.h"
#include "core/textfold.h"
#include "core/validation.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Gatehouse {

using namespace AdminPlanning;

namespace {

const QString IssuerKey = u"sso.issuer"_s;
const QString ClientIdKey = u"sso.client_id"_s;
const QString ScopesKey = u"sso.scopes"_s;
const QString AdminEmailKey = u"sso.admin_email"_s;
const QString DefaultScopes = u"openid email profile"_s;

bool isActiveHumanAdmin(const Account &account)
{
    return account.isActive() && account.role == Role::Admin && account.type == AccountType::Human;
}

// A subject given by an identity provider, not the operating-system account.
bool isSsoSubject(const QString &subject)
{
    return !subject.isEmpty() && !subject.startsWith(u"local|");
}

bool isLoopbackHost(const QString &host)
{
    return host == u"127.0.0.1" || host.compare(u"localhost", Qt::CaseInsensitive) == 0;
}

Result<void> checkIssuer(const QString &issuer)
{
    const QUrl url(issuer, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.isRelative())
        return invalid(u"issuer: %1 is not a URL (e.g. https://login.example.com/)"_s.arg(quoted(issuer)));
    if (url.scheme() == u"https")
        return {};
    if (url.scheme() == u"http" && isLoopbackHost(url.host()))
        return {};
    return invalid(u"issuer: %1 must use https (http only for 127.0.0.1 and localhost)"_s.arg(quoted(issuer)));
}

// "name", else "given_name family_name", else the e-mail; at most MaxNameLength characters
// (an identity provider's long name does not refuse the sign-in).
QString displayName(const IdentityClaims &claims)
{
    QString name = claims.name.trimmed();
    if (name.isEmpty())
        name = QString(claims.givenName.trimmed() + u' ' + claims.familyName.trimmed()).trimmed();
    if (name.isEmpty())
        name = claims.email.trimmed();
    return name.left(MaxNameLength);
}

// The person's own words for the "no access" screen.
Error deactivatedRefused(const Account &account)
{
    const QString who = account.email.isEmpty() ? accountLabel(account) : account.email;
    return denied(u"The account of %1 is deactivated in this organisation. Ask an Admin to reactivate it."_s.arg(
        who));
}

} // namespace

QHash<QString, QString> SsoSettings::toSettings() const
{
    return {{IssuerKey, issuer}, {ClientIdKey, clientId}, {ScopesKey, scopes}, {AdminEmailKey, adminEmail}};
}

SsoSettings SsoSettings::fromSettings(const QHash<QString, QString> &settings)
{
    SsoSettings sso;
    sso.issuer = settings.value(IssuerKey).trimmed();
    sso.clientId = settings.value(ClientIdKey).trimmed();
    const QString scopes = settings.value(ScopesKey).simplified();
    sso.scopes = scopes.isEmpty() ? DefaultScopes : scopes;
    sso.adminEmail = settings.value(AdminEmailKey).trimmed();
    return sso;
}

Result<void> SignInService::checkSettings(const Snapshot &current, const QString &actorSubject,
                                          const SsoSettings &settings)
{
    const Account *actor = nullptr;
    for (const Account &account : current.accounts) {
        if (!actorSubject.isEmpty() && account.subject == actorSubject) {
            actor = &account;
            break;
        }
    }
    if (!actor || !actor->isActive() || actor->role != Role::Admin)
        return denied(u"Only Admins can configure SSO."_s);
    if (!settings.isEnabled())
        return {}; // SSO off: people are the operating-system account again.

    if (auto r = checkIssuer(settings.issuer.trimmed()); !r)
        return r;
    if (settings.clientId.trimmed().isEmpty())
        return invalid(u"client id: %1 is empty; the identity provider gives it when Gatehouse is registered"_s.arg(
            quoted(settings.clientId)));
    const QStringList scopes = settings.scopes.split(u' ', Qt::SkipEmptyParts);
    if (!scopes.contains(u"openid"_s))
        return invalid(u"scopes: %1 must include \"openid\""_s.arg(quoted(settings.scopes)));

    // Somebody must be able to administer the organisation once people sign in by SSO.
    const QString adminKey = nameKey(settings.adminEmail);
    bool adminReachable = false;
    for (const Account &account : current.accounts) {
        if (!isActiveHumanAdmin(account))
            continue;
        if (isSsoSubject(account.subject)
            || (!adminKey.isEmpty() && !account.email.isEmpty() && nameKey(account.email) == adminKey)) {
            adminReachable = true;
            break;
        }
    }
    if (adminReachable)
        return {};
    if (settings.adminEmail.trimmed().isEmpty())
        return invalid(u"admin e-mail: empty, and no active Admin has signed in by SSO yet; name the e-mail of "
                       u"an active Admin so that nobody is locked out"_s);
    return invalid(u"admin e-mail: %1 is not the e-mail of an active Admin, and no active Admin has signed in "
                   u"by SSO yet; name an active Admin's e-mail so that nobody is locked out"_s.arg(
                       quoted(settings.adminEmail.trimmed())));
}

Result<SignInPlan> SignInService::planSignIn(const Snapshot &current, const SsoSettings &settings,
                                             const IdentityClaims &claims, const QDateTime &now)
{
    if (claims.subject.isEmpty())
        return invalid(u"sub: the identity provider named nobody (the ID token has no subject)"_s);
    const QDateTime utc = now.toUTC();
    const QDateTime at = utc.addMSecs(-utc.time().msec());
    const QString email = claims.email.trimmed();
    const QString emailKey = nameKey(email);
    const QString adminKey = nameKey(settings.adminEmail);

    const Account *own = nullptr;      // the account with this subject
    const Account *sameEmail = nullptr; // the human account with this e-mail
    for (const Account &account : current.accounts) {
        if (account.subject == claims.subject)
            own = &account;
        if (!emailKey.isEmpty() && account.type == AccountType::Human && !account.email.isEmpty()
            && nameKey(account.email) == emailKey)
            sameEmail = &account;
    }

    SignInPlan plan;
    Account after;
    std::optional<Account> before;
    if (own) {
        if (own->type != AccountType::Human)
            return denied(u"%1 is a service account; service accounts never sign in."_s.arg(claims.subject));
        plan.outcome = SignInPlan::Outcome::Refreshed;
        before = *own;
    } else if (claims.emailVerified && sameEmail) {
        // SCIM pre-provisioned (no subject yet), or the Admin named to take over when SSO
        // was enabled, as long as no identity provider's subject holds it already.
        const bool provisioned = sameEmail->subject.isEmpty();
        const bool namedAdmin = !adminKey.isEmpty() && adminKey == emailKey && isActiveHumanAdmin(*sameEmail)
                                && !isSsoSubject(sameEmail->subject);
        if (!provisioned && !namedAdmin)
            return makeError(Error::Code::Conflict, u"%1 already belongs to another account."_s.arg(email));
        plan.outcome = SignInPlan::Outcome::TookOver;
        before = *sameEmail;
    } else if (sameEmail) {
        // Taking over on an address the identity provider has not verified would let anyone
        // claim another person's account.
        return makeError(Error::Code::Conflict,
                         u"%1 already belongs to another account, and the identity provider has not verified "
                         u"that this address is yours."_s.arg(email));
    } else {
        plan.outcome = SignInPlan::Outcome::Created;
    }

    if (before) {
        if (!before->isActive())
            return deactivatedRefused(*before);
        after = *before;
        after.subject = claims.subject;
        after.version = before->version + 1;
    } else {
        after.id = 0;
        after.subject = claims.subject;
        after.type = AccountType::Human;
        after.role = Role::Member;
        after.created = at;
        after.version = 1;
    }
    const QString name = displayName(claims);
    if (!name.isEmpty())
        after.name = name;
    // An unverified address is kept from nobody's account: it could be someone else's.
    if (claims.emailVerified && !email.isEmpty() && (!sameEmail || (before && sameEmail->id == before->id)))
        after.email = email;
    after.lastActive = at;

    const QString who = accountLabel(after);
    switch (plan.outcome) {
    case SignInPlan::Outcome::Created:
        plan.changes.summary = u"%1 signed in for the first time (new account)"_s.arg(who);
        break;
    case SignInPlan::Outcome::TookOver:
        plan.changes.summary = u"%1 signed in for the first time (took over the account of %2)"_s.arg(
            who, before->email.isEmpty() ? accountLabel(*before) : before->email);
        break;
    case SignInPlan::Outcome::Refreshed:
        plan.changes.summary = u"%1 signed in"_s.arg(who);
        break;
    }
    plan.changes.action = u"account.sign-in"_s;
    plan.changes.accounts.append({before, after});
    plan.account = after;
    return plan;
}

} // namespace Gatehouse

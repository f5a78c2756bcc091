// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/token.h"

#include "core/textfold.h"
#include "core/validation.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// Every refusal of a presented token that is not a scope question: the same sentence, so
// a caller cannot tell an unknown token from a revoked or expired one.
const QString NotAccepted = u"The token is unknown, revoked or expired."_s;

constexpr int SecretBytes = 32;   // 256 bits; 43 base64url characters
constexpr int HintLength = 9;     // "gh_p_" and four characters of the secret

const Account *findAccount(const Snapshot &snapshot, Id id)
{
    for (const Account &account : snapshot.accounts) {
        if (account.id == id)
            return &account;
    }
    return nullptr;
}

const Account *findBySubject(const Snapshot &snapshot, const QString &subject)
{
    if (subject.isEmpty())
        return nullptr;
    for (const Account &account : snapshot.accounts) {
        if (account.subject == subject)
            return &account;
    }
    return nullptr;
}

QString quoted(const QString &value)
{
    QString text = value;
    text.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s)
        .replace(u'\r', u"\\r"_s).replace(u'\t', u"\\t"_s);
    return u'"' + text + u'"';
}

QString accountLabel(const Account &account)
{
    return account.subject.isEmpty() ? account.name : account.subject;
}

QString tokenLabel(const Token &token)
{
    return u"token %1 (%2)"_s.arg(token.id).arg(quoted(token.name));
}

Error denied(const QString &sentence)
{
    return makeError(Error::Code::Denied, sentence);
}

Error invalid(const QString &message)
{
    return makeError(Error::Code::Invalid, message);
}

// The acting account, which must exist and be active (domain.md, "Who is acting").
Result<const Account *> activeActor(const Snapshot &current, const QString &actorSubject)
{
    const Account *actor = findBySubject(current, actorSubject);
    if (!actor)
        return denied(u"no access: %1 has no account in this organisation"_s.arg(actorSubject));
    if (!actor->isActive())
        return denied(u"no access: %1 is deactivated"_s.arg(actorSubject));
    return actor;
}

bool isAdmin(const Account &account)
{
    return account.isActive() && account.role == Role::Admin;
}

// Who may revoke, restore and delete `token`: its owner for a personal token, an active
// Admin for service and SCIM tokens.
Result<void> checkManage(const Snapshot &current, const Token &token, const QString &actorSubject,
                         const QString &verb)
{
    const Result<const Account *> actor = activeActor(current, actorSubject);
    if (!actor)
        return actor.error();
    if (token.kind == Token::Kind::Personal) {
        if (token.owner != (*actor)->id)
            return denied(u"Only its owner can %1 a personal token."_s.arg(verb));
        return {};
    }
    if (!isAdmin(**actor))
        return denied(u"Only Admins can %1 service and SCIM tokens."_s.arg(verb));
    return {};
}

QByteArray newSecret(Token::Kind kind)
{
    std::array<quint32, SecretBytes / sizeof(quint32)> words;
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    const QByteArray random(reinterpret_cast<const char *>(words.data()), SecretBytes);
    const char *prefix = kind == Token::Kind::Service ? "gh_s_" : kind == Token::Kind::Scim ? "gh_c_" : "gh_p_";
    return QByteArray(prefix)
        + random.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QString expiryChoicesText()
{
    return u"30, 60, 90, 365 days or never"_s;
}

} // namespace

Token::State Token::state(const QDateTime &now) const
{
    if (revoked.isValid())
        return State::Revoked;
    if (expires.isValid() && expires <= now)
        return State::Expired;
    return State::Active;
}

QString tokenKindName(Token::Kind kind)
{
    switch (kind) {
    case Token::Kind::Personal: return u"personal"_s;
    case Token::Kind::Service: return u"service"_s;
    case Token::Kind::Scim: return u"scim"_s;
    }
    return {};
}

std::optional<Token::Kind> tokenKindFromName(QStringView name)
{
    for (Token::Kind kind : {Token::Kind::Personal, Token::Kind::Service, Token::Kind::Scim}) {
        if (name == tokenKindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString tokenStateName(Token::State state)
{
    switch (state) {
    case Token::State::Active: return u"Active"_s;
    case Token::State::Revoked: return u"Revoked"_s;
    case Token::State::Expired: return u"Expired"_s;
    }
    return {};
}

QList<int> TokenService::expiryChoices()
{
    return {30, 60, 90, 365, 0};
}

QList<Token> TokenService::visibleTokens(const Snapshot &current, const QList<Token> &all,
                                         const QString &actorSubject)
{
    QList<Token> visible;
    const Account *actor = findBySubject(current, actorSubject);
    if (!actor || !actor->isActive())
        return visible;
    const bool admin = isAdmin(*actor);
    for (const Token &token : all) {
        const bool own = token.kind == Token::Kind::Personal && token.owner == actor->id;
        if (own || (admin && token.kind != Token::Kind::Personal))
            visible.append(token);
    }
    std::sort(visible.begin(), visible.end(), [](const Token &a, const Token &b) { return a.id < b.id; });
    return visible;
}

QList<Token::Kind> TokenService::creatableKinds(const Snapshot &current, const QString &actorSubject)
{
    const Result<const Account *> actor = activeActor(current, actorSubject);
    if (!actor)
        return {};
    QList<Token::Kind> kinds{Token::Kind::Personal};
    if (!isAdmin(**actor))
        return kinds;
    const bool serviceAccount = std::any_of(current.accounts.cbegin(), current.accounts.cend(), [](const Account &a) {
        return a.type == AccountType::Service && a.isActive();
    });
    if (serviceAccount)
        kinds.append(Token::Kind::Service);
    kinds.append(Token::Kind::Scim);
    return kinds;
}

Result<NewToken> TokenService::createToken(const Snapshot &current, const QList<Token> &all,
                                           const QString &actorSubject, Token::Kind kind, Id ownerId,
                                           const QString &name, int expiryDays, const QDateTime &now)
{
    const Result<const Account *> actorFound = activeActor(current, actorSubject);
    if (!actorFound)
        return actorFound.error();
    const Account &actor = **actorFound;

    const Account *owner = nullptr;
    switch (kind) {
    case Token::Kind::Personal:
        if (ownerId != 0 && ownerId != actor.id)
            return denied(u"Personal tokens are created by their owner only."_s);
        owner = &actor;
        break;
    case Token::Kind::Service:
        if (!isAdmin(actor))
            return denied(u"Only Admins can create service tokens."_s);
        if (ownerId == 0)
            return invalid(u"owner: a service token needs a service account."_s);
        owner = findAccount(current, ownerId);
        if (!owner)
            return makeError(Error::Code::NotFound, u"owner: account %1 does not exist."_s.arg(ownerId));
        if (owner->type != AccountType::Service)
            return invalid(u"owner: %1 is not a service account; service tokens are for service accounts."_s.arg(
                accountLabel(*owner)));
        if (!owner->isActive())
            return invalid(u"owner: %1 is deactivated; reactivate it first."_s.arg(accountLabel(*owner)));
        break;
    case Token::Kind::Scim:
        if (!isAdmin(actor))
            return denied(u"Only Admins can create SCIM tokens."_s);
        if (ownerId != 0 && ownerId != actor.id)
            return denied(u"A SCIM token belongs to the Admin who creates it."_s);
        owner = &actor;
        break;
    }

    if (!expiryChoices().contains(expiryDays))
        return invalid(u"expiry: %1 days is not one of %2."_s.arg(expiryDays).arg(expiryChoicesText()));

    const QString trimmed = name.trimmed();
    if (auto checked = checkName(u"name", trimmed); !checked)
        return checked.error();
    const QString key = nameKey(trimmed);
    for (const Token &other : all) {
        if (other.owner == owner->id && nameKey(other.name) == key)
            return invalid(u"name: %1 is already used by another token of %2."_s.arg(quoted(trimmed),
                                                                                    accountLabel(*owner)));
    }

    NewToken created;
    created.secret = newSecret(kind);
    Token &token = created.token;
    token.owner = owner->id;
    token.kind = kind;
    token.name = trimmed;
    token.hint = QString::fromLatin1(created.secret.left(HintLength));
    token.hash = hashSecret(created.secret);
    token.createdBy = actorSubject;
    // Whole seconds, UTC: as stored.
    const QDateTime utc = now.toUTC();
    token.created = utc.addMSecs(-utc.time().msec());
    if (expiryDays > 0)
        token.expires = token.created.addDays(expiryDays);
    return created;
}

Result<Token> TokenService::revokeToken(const Snapshot &current, const Token &token,
                                        const QString &actorSubject, const QDateTime &now)
{
    if (auto allowed = checkManage(current, token, actorSubject, u"revoke"_s); !allowed)
        return allowed.error();
    if (token.revoked.isValid())
        return invalid(u"%1 is already revoked."_s.arg(tokenLabel(token)));
    Token revoked = token;
    const QDateTime utc = now.toUTC();
    revoked.revoked = utc.addMSecs(-utc.time().msec());
    return revoked;
}

Result<Token> TokenService::restoreToken(const Snapshot &current, const Token &token,
                                         const QString &actorSubject)
{
    if (auto allowed = checkManage(current, token, actorSubject, u"restore"_s); !allowed)
        return allowed.error();
    if (!token.revoked.isValid())
        return invalid(u"%1 is not revoked; only a revoked token can be restored."_s.arg(tokenLabel(token)));
    Token restored = token;
    restored.revoked = QDateTime();
    return restored;
}

Result<Token> TokenService::checkDelete(const Snapshot &current, const Token &token,
                                        const QString &actorSubject)
{
    if (auto allowed = checkManage(current, token, actorSubject, u"delete"_s); !allowed)
        return allowed.error();
    if (!token.revoked.isValid())
        return invalid(u"%1 is not revoked; revoke it before deleting it."_s.arg(tokenLabel(token)));
    return token;
}

Result<TokenIdentity> TokenService::authenticate(const Snapshot &current, const std::optional<Token> &stored,
                                                 const QByteArray &presentedSecret, TokenScope scope,
                                                 const QDateTime &now)
{
    const Error notAccepted = makeError(Error::Code::NotFound, NotAccepted);
    // The hash is computed and compared even without a stored token, so an unknown token
    // takes as long as a known one with a wrong secret.
    const QByteArray presentedHash = hashSecret(presentedSecret);
    const QByteArray storedHash = stored ? stored->hash : QByteArray(presentedHash.size(), '\0');
    const bool matches = constantTimeEquals(presentedHash, storedHash);
    if (!stored || !matches || presentedSecret.isEmpty())
        return notAccepted;
    if (stored->state(now) != Token::State::Active)
        return notAccepted;
    const Account *owner = findAccount(current, stored->owner);
    if (!owner || !owner->isActive())
        return notAccepted;
    if (stored->kind == Token::Kind::Scim && owner->role != Role::Admin)
        return notAccepted;

    if (scope == TokenScope::Scim && stored->kind != Token::Kind::Scim)
        return denied(u"Only a SCIM token can be used on /scim/v2; this is a %1 token."_s.arg(
            tokenKindName(stored->kind)));
    if (scope == TokenScope::Api && stored->kind == Token::Kind::Scim)
        return denied(u"A SCIM token can be used only on /scim/v2."_s);
    return TokenIdentity{*stored, *owner};
}

QByteArray TokenService::hashSecret(const QByteArray &secret)
{
    return QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex();
}

bool TokenService::constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    // Every byte is looked at, whatever differs first: the time taken does not say where
    // the first difference is.
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i)) ^ static_cast<unsigned char>(b.at(i));
    return difference == 0;
}

bool TokenService::blocksDeactivation(const QList<Token> &all, Id accountId, const QDateTime &now)
{
    // Service accounts hold service tokens only (createToken), so a service token stands
    // for "the owner is a service account".
    for (const Token &token : all) {
        if (token.owner == accountId && token.kind == Token::Kind::Service
            && token.state(now) == Token::State::Active)
            return true;
    }
    return false;
}

} // namespace Gatehouse

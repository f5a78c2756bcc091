// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/snapshot.h"

#include <QByteArray>
#include <QDateTime>

#include <optional>

namespace Gatehouse {

// An API token (domain.md, "Tokens"). Only a one-way hash of the secret is stored; the
// secret itself exists once, in the NewToken handed to the person who created it.
struct Token
{
    enum class Kind : quint8 {
        Personal = 0,   // any active account, for itself; visible only to its owner
        Service = 1,    // created by Admins for a service account; all Admins see them
        Scim = 2,       // an Admin's token, usable only on /scim/v2
    };
    enum class State : quint8 { Active = 0, Revoked = 1, Expired = 2 };

    Id id = 0;               // 0 until first saved
    Id owner = 0;            // the account the token acts as
    Kind kind = Kind::Personal;
    QString name;            // 1-255 characters, unique per owner ignoring case
    QString hint;            // the secret's first characters ("gh_p_Xa3f"), to recognise it
    QByteArray hash;         // lower-case hex SHA-256 of the secret (64 characters)
    QString createdBy;       // subject of whoever created it
    QDateTime created;       // UTC
    QDateTime expires;       // invalid = never
    QDateTime revoked;       // invalid = not revoked
    QDateTime lastUsed;      // invalid = never used
    int version = 0;         // 0 until first saved

    State state(const QDateTime &now) const;
    friend bool operator==(const Token &, const Token &) = default;
};

// "personal" | "service" | "scim"; "Active" | "Revoked" | "Expired".
QString tokenKindName(Token::Kind kind);
std::optional<Token::Kind> tokenKindFromName(QStringView name);
QString tokenStateName(Token::State state);

// A token just created: the record to store and its secret, shown once.
struct NewToken
{
    Token token;
    QByteArray secret;       // "gh_" + kind letter + "_" + 43 base64url characters (256 bits)
};

// Where a token is presented.
enum class TokenScope : quint8 {
    Scim,   // /scim/v2/*: SCIM tokens only
    Api,    // /api/*: personal and service tokens only
};

// Who a presented token acts as, once accepted.
struct TokenIdentity
{
    Token token;
    Account owner;
};

// Token rules (domain.md, "Tokens" and "Who may run which command"), for the GUI, the CLI
// and the server alike. Stateless: every call takes the organisation and the stored tokens
// as they are now; storing is the repository's job (saveToken, deleteToken).
class TokenService
{
public:
    // Allowed expiry choices in days; 0 = never.
    static QList<int> expiryChoices(); // {30, 60, 90, 365, 0}

    // The tokens `actorSubject` may see, ascending by id: its own personal tokens; for an
    // active Admin also every service and SCIM token. Nobody sees another's personal tokens.
    static QList<Token> visibleTokens(const Snapshot &current, const QList<Token> &all,
                                      const QString &actorSubject);

    // The kinds `actorSubject` may create: Personal for any active account; for an active
    // Admin also Scim, and Service when an active service account exists. The same rules
    // as createToken (which is the one that decides).
    static QList<Token::Kind> creatableKinds(const Snapshot &current, const QString &actorSubject);

    // A new token named `name` for `ownerId` (0 = the actor itself), kind as asked:
    //  - Personal: owner must be the actor (any active account);
    //  - Service: actor an active Admin, owner an active service account;
    //  - Scim: actor an active Admin, owner the actor (an Admin's token).
    // `expiryDays` one of expiryChoices(). Refusals name the rule or the field and value
    // ("name: \"ci\" is already used by another token of pipeline@service.").
    static Result<NewToken> createToken(const Snapshot &current, const QList<Token> &all,
                                        const QString &actorSubject, Token::Kind kind,
                                        Id ownerId, const QString &name, int expiryDays,
                                        const QDateTime &now);

    // Revoke / restore (immediate) and delete (only a revoked token) by whoever may see the
    // token and manage it: the owner for a personal token, an Admin for service and SCIM
    // tokens. Returns the token as it should be stored (revoke/restore) or as it is (delete).
    static Result<Token> revokeToken(const Snapshot &current, const Token &token,
                                     const QString &actorSubject, const QDateTime &now);
    static Result<Token> restoreToken(const Snapshot &current, const Token &token,
                                      const QString &actorSubject);
    static Result<Token> checkDelete(const Snapshot &current, const Token &token,
                                     const QString &actorSubject);

    // Accepts a presented token found by its hash (`stored`, nullopt when none matched):
    // the secret's hash must equal the stored one (compared in constant time), the token
    // must be Active, its owner active (an SCIM token's owner still an Admin), and the kind
    // right for `scope`. Unauthorized (401) vs Forbidden (403) is the caller's mapping of
    // Error::Code: Denied when the token is valid but not for this scope, NotFound for every
    // other refusal (unknown, revoked, expired, inactive owner), with the same message so
    // the response does not tell which.
    static Result<TokenIdentity> authenticate(const Snapshot &current,
                                              const std::optional<Token> &stored,
                                              const QByteArray &presentedSecret,
                                              TokenScope scope, const QDateTime &now);

    // Lower-case hex SHA-256 of a secret, as stored.
    static QByteArray hashSecret(const QByteArray &secret);
    // Constant-time comparison of equal-length byte strings (false when lengths differ).
    static bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
    // True when `accountId` is a service account holding an Active token: deactivating it
    // is refused until they are revoked (domain.md, "Accounts").
    static bool blocksDeactivation(const QList<Token> &all, Id accountId, const QDateTime &now);
};

} // namespace Gatehouse

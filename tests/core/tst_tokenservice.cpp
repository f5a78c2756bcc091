// SPDX-License-Identifier: GPL-3.0-or-later
// The token rules (domain.md, "Tokens" and "Who may run which command"): who sees and
// manages which token, what a new token looks like, and which presented token is accepted
// where.
#include "core/token.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

const QString Ada = u"auth0|ada"_s;       // Admin
const QString Bob = u"auth0|bob"_s;       // Member
const QString Mia = u"auth0|mia"_s;       // Manager
const QString Old = u"auth0|old"_s;       // deactivated Admin
const QString Pipe = u"pipeline@service"_s;
const QString Gone = u"retired@service"_s; // deactivated service account

const QDateTime Now = QDateTime(QDate(2026, 11, 20), QTime(9, 30, 15, 250), Qt::UTC);

Account account(Id id, const QString &subject, const QString &name, Role role,
                AccountType type = AccountType::Human, bool active = true)
{
    Account a;
    a.id = id;
    a.subject = subject;
    a.name = name;
    a.role = role;
    a.type = type;
    a.created = Now.addDays(-100);
    if (!active)
        a.deactivated = Now.addDays(-10);
    return a;
}

Snapshot organisation()
{
    Snapshot s;
    s.accounts = {account(1, Ada, u"Ada Byron"_s, Role::Admin),
                  account(2, Bob, u"Bob Stone"_s, Role::Member),
                  account(3, Mia, u"Mia Wong"_s, Role::Manager),
                  account(4, Pipe, u"Pipeline"_s, Role::Member, AccountType::Service),
                  account(5, Old, u"Old Admin"_s, Role::Admin, AccountType::Human, false),
                  account(6, Gone, u"Retired"_s, Role::Member, AccountType::Service, false)};
    Team everyone;
    everyone.id = 1;
    everyone.name = u"Public"_s;
    everyone.isPublic = true;
    s.teams = {everyone};
    return s;
}

Token token(Id id, Id owner, Token::Kind kind, const QString &name)
{
    Token t;
    t.id = id;
    t.owner = owner;
    t.kind = kind;
    t.name = name;
    t.hash = TokenService::hashSecret("secret-" + QByteArray::number(id));
    t.hint = u"gh_p_abcd"_s;
    t.created = Now.addDays(-5);
    t.version = 1;
    return t;
}

// Ada: personal 1 and SCIM 4; Bob: personal 2; Pipeline: service 3; Mia: personal 5; the
// deactivated Admin: SCIM 6; the retired service account: service 7.
QList<Token> tokens()
{
    return {token(1, 1, Token::Kind::Personal, u"laptop"_s), token(2, 2, Token::Kind::Personal, u"laptop"_s),
            token(3, 4, Token::Kind::Service, u"deploy"_s),  token(4, 1, Token::Kind::Scim, u"entra"_s),
            token(5, 3, Token::Kind::Personal, u"ci"_s),     token(6, 5, Token::Kind::Scim, u"okta"_s),
            token(7, 6, Token::Kind::Service, u"nightly"_s)};
}

QList<Id> ids(const QList<Token> &list)
{
    QList<Id> out;
    for (const Token &t : list)
        out.append(t.id);
    return out;
}

} // namespace

Q_DECLARE_METATYPE(Gatehouse::Token::Kind)
Q_DECLARE_METATYPE(Gatehouse::TokenScope)
Q_DECLARE_METATYPE(Gatehouse::Error::Code)

class tst_TokenService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void namesAndStates()
    {
        for (Token::Kind kind : {Token::Kind::Personal, Token::Kind::Service, Token::Kind::Scim})
            QVERIFY(tokenKindFromName(tokenKindName(kind)) == kind);
        QCOMPARE(tokenKindName(Token::Kind::Scim), u"scim"_s);
        QVERIFY(!tokenKindFromName(u"Personal"));
        QCOMPARE(tokenStateName(Token::State::Expired), u"Expired"_s);

        Token t = token(1, 1, Token::Kind::Personal, u"x"_s);
        QCOMPARE(t.state(Now), Token::State::Active);
        t.expires = Now.addSecs(1);
        QCOMPARE(t.state(Now), Token::State::Active);
        t.expires = Now; // expires at that moment
        QCOMPARE(t.state(Now), Token::State::Expired);
        t.revoked = Now.addDays(-1); // revoked wins over expired
        QCOMPARE(t.state(Now), Token::State::Revoked);
    }

    void visibility_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<QList<Id>>("visible");
        QTest::addRow("Admin: own personal, every service and SCIM token, no one else's personal")
            << Ada << QList<Id>{1, 3, 4, 6, 7};
        QTest::addRow("Member: own personal only") << Bob << QList<Id>{2};
        QTest::addRow("Manager: own personal only") << Mia << QList<Id>{5};
        QTest::addRow("deactivated Admin: nothing") << Old << QList<Id>{};
        QTest::addRow("no account: nothing") << u"auth0|zed"_s << QList<Id>{};
        QTest::addRow("empty subject: nothing") << QString() << QList<Id>{};
    }

    void visibility()
    {
        QFETCH(QString, actor);
        QFETCH(QList<Id>, visible);
        QList<Token> all = tokens();
        std::reverse(all.begin(), all.end()); // the result is ascending by id whatever the input order
        QCOMPARE(ids(TokenService::visibleTokens(organisation(), all, actor)), visible);
    }

    void createRules_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<Token::Kind>("kind");
        QTest::addColumn<Id>("owner");
        QTest::addColumn<Id>("expectedOwner"); // 0: refused
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("message");
        using K = Token::Kind;
        using C = Error::Code;
        QTest::addRow("Member, own personal") << Bob << K::Personal << Id(0) << Id(2) << C::Invalid << QString();
        QTest::addRow("Member, own personal by id") << Bob << K::Personal << Id(2) << Id(2) << C::Invalid << QString();
        QTest::addRow("Manager, own personal") << Mia << K::Personal << Id(0) << Id(3) << C::Invalid << QString();
        QTest::addRow("Admin, own personal") << Ada << K::Personal << Id(0) << Id(1) << C::Invalid << QString();
        QTest::addRow("Admin, personal for another") << Ada << K::Personal << Id(2) << Id(0) << C::Denied
                                                     << u"Personal tokens are created by their owner only."_s;
        QTest::addRow("Admin, service token") << Ada << K::Service << Id(4) << Id(4) << C::Invalid << QString();
        QTest::addRow("Member, service token") << Bob << K::Service << Id(4) << Id(0) << C::Denied
                                               << u"Only Admins can create service tokens."_s;
        QTest::addRow("Manager, service token") << Mia << K::Service << Id(4) << Id(0) << C::Denied
                                                << u"Only Admins can create service tokens."_s;
        QTest::addRow("service token for a human") << Ada << K::Service << Id(2) << Id(0) << C::Invalid
            << u"owner: auth0|bob is not a service account; service tokens are for service accounts."_s;
        QTest::addRow("service token for a deactivated service account")
            << Ada << K::Service << Id(6) << Id(0) << C::Invalid
            << u"owner: retired@service is deactivated; reactivate it first."_s;
        QTest::addRow("service token without owner") << Ada << K::Service << Id(0) << Id(0) << C::Invalid
                                                     << u"owner: a service token needs a service account."_s;
        QTest::addRow("service token for an unknown account") << Ada << K::Service << Id(99) << Id(0)
                                                              << C::NotFound << u"owner: account 99 does not exist."_s;
        QTest::addRow("Admin, SCIM token") << Ada << K::Scim << Id(0) << Id(1) << C::Invalid << QString();
        QTest::addRow("Admin, SCIM token for another") << Ada << K::Scim << Id(2) << Id(0) << C::Denied
                                                       << u"A SCIM token belongs to the Admin who creates it."_s;
        QTest::addRow("Manager, SCIM token") << Mia << K::Scim << Id(0) << Id(0) << C::Denied
                                             << u"Only Admins can create SCIM tokens."_s;
        QTest::addRow("Member, SCIM token") << Bob << K::Scim << Id(0) << Id(0) << C::Denied
                                            << u"Only Admins can create SCIM tokens."_s;
        QTest::addRow("deactivated Admin") << Old << K::Personal << Id(0) << Id(0) << C::Denied
                                           << u"no access: auth0|old is deactivated"_s;
        QTest::addRow("no account") << u"local|zed"_s << K::Personal << Id(0) << Id(0) << C::Denied
                                    << u"no access: local|zed has no account in this organisation"_s;
    }

    void createRules()
    {
        QFETCH(QString, actor);
        QFETCH(Token::Kind, kind);
        QFETCH(Id, owner);
        QFETCH(Id, expectedOwner);
        QFETCH(Error::Code, code);
        QFETCH(QString, message);
        const Result<NewToken> created =
            TokenService::createToken(organisation(), tokens(), actor, kind, owner, u"fresh"_s, 90, Now);
        if (expectedOwner == 0) {
            QVERIFY(!created.ok());
            QCOMPARE(created.error().code, code);
            QCOMPARE(created.error().message, message);
            return;
        }
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        QCOMPARE(created->token.owner, expectedOwner);
        QCOMPARE(created->token.kind, kind);
        QCOMPARE(created->token.createdBy, actor);
    }

    // What the create dialog offers is what createToken accepts.
    void creatableKinds_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<bool>("serviceAccounts");
        QTest::addColumn<QList<Token::Kind>>("kinds");
        using K = Token::Kind;
        QTest::addRow("Member") << Bob << true << QList<K>{K::Personal};
        QTest::addRow("Manager") << Mia << true << QList<K>{K::Personal};
        QTest::addRow("Admin") << Ada << true << QList<K>{K::Personal, K::Service, K::Scim};
        QTest::addRow("Admin, no active service account") << Ada << false << QList<K>{K::Personal, K::Scim};
        QTest::addRow("deactivated Admin") << Old << true << QList<K>{};
        QTest::addRow("no account") << u"local|zed"_s << true << QList<K>{};
    }

    void creatableKinds()
    {
        QFETCH(QString, actor);
        QFETCH(bool, serviceAccounts);
        QFETCH(QList<Token::Kind>, kinds);
        Snapshot org = organisation();
        if (!serviceAccounts)
            org.accounts[3].deactivated = Now.addDays(-1); // Pipeline; Retired already is
        QCOMPARE(TokenService::creatableKinds(org, actor), kinds);
        const Id serviceOwner = serviceAccounts ? 4 : 6;
        for (Token::Kind kind : {Token::Kind::Personal, Token::Kind::Service, Token::Kind::Scim}) {
            const Result<NewToken> created = TokenService::createToken(
                org, tokens(), actor, kind, kind == Token::Kind::Service ? serviceOwner : 0, u"fresh"_s, 90, Now);
            QCOMPARE(created.ok(), kinds.contains(kind));
        }
    }

    void newTokenShape_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<Token::Kind>("kind");
        QTest::addColumn<Id>("owner");
        QTest::addColumn<QString>("prefix");
        QTest::addRow("personal") << Bob << Token::Kind::Personal << Id(0) << u"gh_p_"_s;
        QTest::addRow("service") << Ada << Token::Kind::Service << Id(4) << u"gh_s_"_s;
        QTest::addRow("scim") << Ada << Token::Kind::Scim << Id(0) << u"gh_c_"_s;
    }

    void newTokenShape()
    {
        QFETCH(QString, actor);
        QFETCH(Token::Kind, kind);
        QFETCH(Id, owner);
        QFETCH(QString, prefix);
        const Result<NewToken> first =
            TokenService::createToken(organisation(), tokens(), actor, kind, owner, u"  Deploy key  "_s, 30, Now);
        const Result<NewToken> second =
            TokenService::createToken(organisation(), tokens(), actor, kind, owner, u"Deploy key"_s, 30, Now);
        QVERIFY(first.ok() && second.ok());
        const QString secret = QString::fromLatin1(first->secret);
        // 256 random bits, base64url without padding
        static const QRegularExpression shape(u"^gh_[psc]_[A-Za-z0-9_-]{43}$"_s);
        QVERIFY2(shape.match(secret).hasMatch(), qPrintable(secret));
        QVERIFY(secret.startsWith(prefix));
        QVERIFY(first->secret != second->secret);
        const Token &t = first->token;
        QCOMPARE(t.id, Id(0));
        QCOMPARE(t.version, 0);
        QCOMPARE(t.name, u"Deploy key"_s); // trimmed
        QCOMPARE(t.hint, secret.left(9));
        QCOMPARE(t.hash, TokenService::hashSecret(first->secret));
        static const QRegularExpression hex(u"^[0-9a-f]{64}$"_s);
        QVERIFY(hex.match(QString::fromLatin1(t.hash)).hasMatch());
        QVERIFY(!QString::fromLatin1(t.hash).contains(secret.mid(5)));
        // Whole seconds, UTC, as stored; no use yet; not revoked
        QCOMPARE(t.created, QDateTime(QDate(2026, 11, 20), QTime(9, 30, 15), Qt::UTC));
        QCOMPARE(t.created.timeSpec(), Qt::UTC);
        QVERIFY(!t.lastUsed.isValid());
        QVERIFY(!t.revoked.isValid());
    }

    void nameRules_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<Token::Kind>("kind");
        QTest::addColumn<Id>("owner");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("message"); // empty: accepted
        using K = Token::Kind;
        QTest::addRow("same name, other case, same owner") << Bob << K::Personal << Id(0) << u" LAPTOP "_s
            << u"name: \"LAPTOP\" is already used by another token of auth0|bob."_s;
        QTest::addRow("same owner, other kind") << Ada << K::Scim << Id(0) << u"Laptop"_s
            << u"name: \"Laptop\" is already used by another token of auth0|ada."_s;
        QTest::addRow("service account's name taken") << Ada << K::Service << Id(4) << u"DEPLOY"_s
            << u"name: \"DEPLOY\" is already used by another token of pipeline@service."_s;
        QTest::addRow("same name, another owner") << Mia << K::Personal << Id(0) << u"laptop"_s << QString();
        QTest::addRow("empty") << Bob << K::Personal << Id(0) << u"   "_s << u"name"_s;
        QTest::addRow("256 characters") << Bob << K::Personal << Id(0) << QString(256, u'x') << u"name"_s;
        QTest::addRow("255 characters") << Bob << K::Personal << Id(0) << QString(255, u'x') << QString();
        QTest::addRow("non-ASCII, folded") << Bob << K::Personal << Id(0) << u"Straße"_s << QString();
    }

    void nameRules()
    {
        QFETCH(QString, actor);
        QFETCH(Token::Kind, kind);
        QFETCH(Id, owner);
        QFETCH(QString, name);
        QFETCH(QString, message);
        const Result<NewToken> created =
            TokenService::createToken(organisation(), tokens(), actor, kind, owner, name, 90, Now);
        if (message.isEmpty()) {
            QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
            return;
        }
        QVERIFY(!created.ok());
        QCOMPARE(created.error().code, Error::Code::Invalid);
        QVERIFY2(created.error().message.startsWith(message), qPrintable(created.error().message));
    }

    void foldedNamesCollide()
    {
        QList<Token> all = tokens();
        all.append(token(9, 2, Token::Kind::Personal, u"Ærø"_s));
        const Result<NewToken> created =
            TokenService::createToken(organisation(), all, Bob, Token::Kind::Personal, 0, u"ærØ"_s, 90, Now);
        QVERIFY(!created.ok());
        QCOMPARE(created.error().message, u"name: \"ærØ\" is already used by another token of auth0|bob."_s);
    }

    void expiry_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("accepted");
        QTest::addRow("30") << 30 << true;
        QTest::addRow("60") << 60 << true;
        QTest::addRow("90") << 90 << true;
        QTest::addRow("365") << 365 << true;
        QTest::addRow("never") << 0 << true;
        QTest::addRow("45") << 45 << false;
        QTest::addRow("1") << 1 << false;
        QTest::addRow("-30") << -30 << false;
        QTest::addRow("366") << 366 << false;
    }

    void expiry()
    {
        QFETCH(int, days);
        QFETCH(bool, accepted);
        QCOMPARE(TokenService::expiryChoices(), (QList<int>{30, 60, 90, 365, 0}));
        const Result<NewToken> created =
            TokenService::createToken(organisation(), tokens(), Bob, Token::Kind::Personal, 0, u"new"_s, days, Now);
        if (!accepted) {
            QVERIFY(!created.ok());
            QCOMPARE(created.error().code, Error::Code::Invalid);
            QCOMPARE(created.error().message,
                     u"expiry: %1 days is not one of 30, 60, 90, 365 days or never."_s.arg(days));
            return;
        }
        QVERIFY(created.ok());
        if (days == 0) {
            QVERIFY(!created->token.expires.isValid());
            QCOMPARE(created->token.state(Now.addYears(50)), Token::State::Active);
        } else {
            QCOMPARE(created->token.expires, created->token.created.addDays(days));
            QCOMPARE(created->token.state(created->token.expires.addSecs(-1)), Token::State::Active);
            QCOMPARE(created->token.state(created->token.expires), Token::State::Expired);
        }
    }

    void revokeRestoreDelete()
    {
        const Snapshot org = organisation();
        const QList<Token> all = tokens();
        const Token bobs = all.at(1);

        // Given Bob's active personal token: delete is refused until it is revoked
        Result<Token> refused = TokenService::checkDelete(org, bobs, Bob);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QCOMPARE(refused.error().message, u"token 2 (\"laptop\") is not revoked; revoke it before deleting it."_s);
        refused = TokenService::restoreToken(org, bobs, Bob);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message,
                 u"token 2 (\"laptop\") is not revoked; only a revoked token can be restored."_s);

        // When Bob revokes it, it is revoked now (whole seconds)
        const Result<Token> revoked = TokenService::revokeToken(org, bobs, Bob, Now);
        QVERIFY(revoked.ok());
        QCOMPARE(revoked->revoked, QDateTime(QDate(2026, 11, 20), QTime(9, 30, 15), Qt::UTC));
        QCOMPARE(revoked->state(Now), Token::State::Revoked);
        QCOMPARE(revoked->hash, bobs.hash);
        refused = TokenService::revokeToken(org, *revoked, Bob, Now);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, u"token 2 (\"laptop\") is already revoked."_s);

        // Then it can be restored, or deleted
        const Result<Token> restored = TokenService::restoreToken(org, *revoked, Bob);
        QVERIFY(restored.ok());
        QCOMPARE(restored->state(Now), Token::State::Active);
        QVERIFY(!restored->revoked.isValid());
        const Result<Token> deletable = TokenService::checkDelete(org, *revoked, Bob);
        QVERIFY(deletable.ok());
        QCOMPARE(deletable->id, Id(2));
    }

    void whoManages_data()
    {
        QTest::addColumn<QString>("actor");
        QTest::addColumn<Id>("tokenId");
        QTest::addColumn<QString>("message"); // empty: allowed
        QTest::addRow("owner, personal") << Bob << Id(2) << QString();
        QTest::addRow("Admin, another's personal") << Ada << Id(2) << u"Only its owner can revoke a personal token."_s;
        QTest::addRow("Manager, another's personal") << Mia << Id(2) << u"Only its owner can revoke a personal token."_s;
        QTest::addRow("Admin, service") << Ada << Id(3) << QString();
        QTest::addRow("Admin, another Admin's SCIM") << Ada << Id(6) << QString();
        QTest::addRow("Member, service") << Bob << Id(3) << u"Only Admins can revoke service and SCIM tokens."_s;
        QTest::addRow("Manager, SCIM") << Mia << Id(4) << u"Only Admins can revoke service and SCIM tokens."_s;
        QTest::addRow("deactivated owner") << Old << Id(6) << u"no access: auth0|old is deactivated"_s;
    }

    void whoManages()
    {
        QFETCH(QString, actor);
        QFETCH(Id, tokenId);
        QFETCH(QString, message);
        const Token t = tokens().at(tokenId - 1);
        QCOMPARE(t.id, tokenId);
        const Result<Token> revoked = TokenService::revokeToken(organisation(), t, actor, Now);
        Token wasRevoked = t;
        wasRevoked.revoked = Now.addDays(-1);
        const Result<Token> restored = TokenService::restoreToken(organisation(), wasRevoked, actor);
        const Result<Token> deleted = TokenService::checkDelete(organisation(), wasRevoked, actor);
        if (message.isEmpty()) {
            QVERIFY(revoked.ok() && restored.ok() && deleted.ok());
            return;
        }
        QVERIFY(!revoked.ok() && !restored.ok() && !deleted.ok());
        QCOMPARE(revoked.error().code, Error::Code::Denied);
        QCOMPARE(revoked.error().message, message);
        QCOMPARE(restored.error().code, Error::Code::Denied);
        QCOMPARE(deleted.error().message, QString(message).replace(u"revoke"_s, u"delete"_s));
    }

    void authenticate_data()
    {
        QTest::addColumn<Id>("owner");
        QTest::addColumn<Token::Kind>("kind");
        QTest::addColumn<TokenScope>("scope");
        QTest::addColumn<QString>("change"); // "", "revoked", "expired", "unknown", "wrong secret", ...
        QTest::addColumn<int>("outcome");    // 0 accepted, 1 NotFound (401), 2 Denied (403)
        using K = Token::Kind;
        using S = TokenScope;
        QTest::addRow("personal on the API") << Id(2) << K::Personal << S::Api << QString() << 0;
        QTest::addRow("service on the API") << Id(4) << K::Service << S::Api << QString() << 0;
        QTest::addRow("SCIM on SCIM") << Id(1) << K::Scim << S::Scim << QString() << 0;
        QTest::addRow("expires later") << Id(2) << K::Personal << S::Api << u"expires later"_s << 0;
        QTest::addRow("SCIM on the API") << Id(1) << K::Scim << S::Api << QString() << 2;
        QTest::addRow("personal on SCIM") << Id(2) << K::Personal << S::Scim << QString() << 2;
        QTest::addRow("service on SCIM") << Id(4) << K::Service << S::Scim << QString() << 2;
        QTest::addRow("revoked") << Id(2) << K::Personal << S::Api << u"revoked"_s << 1;
        QTest::addRow("expired") << Id(2) << K::Personal << S::Api << u"expired"_s << 1;
        QTest::addRow("revoked, wrong scope too") << Id(2) << K::Personal << S::Scim << u"revoked"_s << 1;
        QTest::addRow("owner deactivated") << Id(6) << K::Service << S::Api << QString() << 1;
        QTest::addRow("owner gone") << Id(77) << K::Personal << S::Api << QString() << 1;
        QTest::addRow("SCIM owner no longer Admin") << Id(3) << K::Scim << S::Scim << QString() << 1;
        QTest::addRow("unknown token") << Id(2) << K::Personal << S::Api << u"unknown"_s << 1;
        QTest::addRow("wrong secret") << Id(2) << K::Personal << S::Api << u"wrong secret"_s << 1;
        QTest::addRow("hash equal but the last digit") << Id(2) << K::Personal << S::Api << u"last digit"_s << 1;
        QTest::addRow("empty secret") << Id(2) << K::Personal << S::Api << u"empty"_s << 1;
    }

    void authenticate()
    {
        QFETCH(Id, owner);
        QFETCH(Token::Kind, kind);
        QFETCH(TokenScope, scope);
        QFETCH(QString, change);
        QFETCH(int, outcome);

        const QByteArray secret = "gh_x_Q2hvb3NlIGEgcmFuZG9tIHNlY3JldCBmb3IgdGhpcyB0ZXN0";
        Token stored = token(10, owner, kind, u"under test"_s);
        stored.hash = TokenService::hashSecret(secret);
        QByteArray presented = secret;
        if (change == u"revoked")
            stored.revoked = Now.addSecs(-1);
        else if (change == u"expired")
            stored.expires = Now.addSecs(-1);
        else if (change == u"expires later")
            stored.expires = Now.addSecs(1);
        else if (change == u"wrong secret")
            presented = secret.chopped(1) + 'X';
        else if (change == u"empty")
            presented.clear();
        else if (change == u"last digit") {
            // A stored hash that differs from the presented one only in its last digit.
            QByteArray hash = TokenService::hashSecret(secret);
            hash[63] = hash.at(63) == '0' ? '1' : '0';
            stored.hash = hash;
        }
        const std::optional<Token> found = change == u"unknown" ? std::nullopt : std::optional<Token>(stored);

        const Result<TokenIdentity> identity = TokenService::authenticate(organisation(), found, presented, scope, Now);
        switch (outcome) {
        case 0:
            QVERIFY2(identity.ok(), qPrintable(identity.ok() ? QString() : identity.error().message));
            QCOMPARE(identity->owner.id, owner);
            QCOMPARE(identity->token, stored);
            break;
        case 1:
            QVERIFY(!identity.ok());
            QCOMPARE(identity.error().code, Error::Code::NotFound);
            // One sentence for every such refusal: the answer does not say which it was.
            QCOMPARE(identity.error().message, u"The token is unknown, revoked or expired."_s);
            break;
        default:
            QVERIFY(!identity.ok());
            QCOMPARE(identity.error().code, Error::Code::Denied);
            QVERIFY(identity.error().message.contains(u"/scim/v2"_s));
            break;
        }
    }

    void hashing()
    {
        // FIPS 180-2's "abc", lower-case hex
        QCOMPARE(TokenService::hashSecret("abc"),
                 QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(TokenService::hashSecret("").size(), 64);
        QVERIFY(TokenService::hashSecret("gh_p_a") != TokenService::hashSecret("gh_p_b"));
    }

    void constantTimeEquals_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        const QByteArray hash = TokenService::hashSecret("secret");
        QByteArray first = hash;
        first[0] = first.at(0) == 'a' ? 'b' : 'a';
        QByteArray last = hash;
        last[63] = last.at(63) == 'a' ? 'b' : 'a';
        QTest::addRow("same") << hash << QByteArray(hash) << true;
        QTest::addRow("first byte differs") << hash << first << false;
        QTest::addRow("last byte differs") << hash << last << false;
        QTest::addRow("prefix") << hash << hash.left(63) << false;
        QTest::addRow("longer") << hash << hash + 'a' << false;
        QTest::addRow("both empty") << QByteArray() << QByteArray() << true;
        QTest::addRow("high bytes") << QByteArray("\xff\x80") << QByteArray("\xff\x81") << false;
        QTest::addRow("bits that cancel in a sum") << QByteArray("\x01\x02") << QByteArray("\x02\x01") << false;
    }

    void constantTimeEquals()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QCOMPARE(TokenService::constantTimeEquals(a, b), equal);
        QCOMPARE(TokenService::constantTimeEquals(b, a), equal);
    }

    void blocksDeactivation()
    {
        QList<Token> all = tokens();
        QVERIFY(TokenService::blocksDeactivation(all, 4, Now));   // Pipeline's active service token
        QVERIFY(!TokenService::blocksDeactivation(all, 2, Now));  // a human's personal token
        QVERIFY(!TokenService::blocksDeactivation(all, 99, Now));
        all[2].revoked = Now.addSecs(-60);
        QVERIFY(!TokenService::blocksDeactivation(all, 4, Now));
        all[2].revoked = QDateTime();
        all[2].expires = Now;
        QVERIFY(!TokenService::blocksDeactivation(all, 4, Now));
        QVERIFY(TokenService::blocksDeactivation(all, 4, Now.addSecs(-1)));
    }
};

QTEST_GUILESS_MAIN(tst_TokenService)
#include "tst_tokenservice.moc"

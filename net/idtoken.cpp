// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/idtoken.h"

#include "net/jwk.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <optional>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

Error invalid(const QString &message)
{
    return makeError(Error::Code::Invalid, message);
}

QString formatUtc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

Result<QJsonObject> decodeObject(const QByteArray &part)
{
    bool ok = false;
    const QByteArray json = Jwk::decodeBase64Url(part, &ok);
    QJsonParseError parseError;
    const QJsonDocument document = ok ? QJsonDocument::fromJson(json, &parseError) : QJsonDocument();
    if (!ok || !document.isObject())
        return invalid(u"The identity provider's answer holds no well-formed ID token."_s);
    return document.object();
}

// A NumericDate (RFC 7519 §2): seconds since the epoch; nullopt when absent or not a number.
std::optional<qint64> numericDate(const QJsonObject &claims, QLatin1StringView name)
{
    const QJsonValue value = claims.value(name);
    if (!value.isDouble())
        return std::nullopt;
    return qint64(value.toDouble());
}

// The keys of the set that may have made this signature: those with the token's "kid",
// or, when the token names none, every key of the algorithm's type.
QList<QJsonObject> candidateKeys(const QJsonObject &jwks, const QString &kid, const QString &algorithm)
{
    const QString keyType = algorithm == u"ES256" ? u"EC"_s : u"RSA"_s;
    QList<QJsonObject> keys;
    const QJsonArray all = jwks.value("keys"_L1).toArray();
    for (const QJsonValue &value : all) {
        const QJsonObject key = value.toObject();
        if (kid.isEmpty() ? key.value("kty"_L1).toString() == keyType : key.value("kid"_L1).toString() == kid)
            keys.append(key);
    }
    return keys;
}

Result<void> checkSignature(const QJsonObject &header, const QByteArray &signingInput, const QByteArray &signature,
                            const QJsonObject &jwks)
{
    const QString algorithm = header.value("alg"_L1).toString();
    if (algorithm.compare(u"none"_s, Qt::CaseInsensitive) == 0 || algorithm.isEmpty())
        return invalid(u"The ID token is not signed (algorithm \"none\"), so it cannot be trusted."_s);
    if (!Jwk::isSupportedAlgorithm(algorithm))
        return invalid(u"The ID token is signed with \"%1\"; Gatehouse accepts only RS256, PS256 and ES256."_s.arg(
            algorithm));
    if (header.contains("crit"_L1))
        return invalid(u"The ID token requires extensions Gatehouse does not understand (\"crit\")."_s);
    const QString kid = header.value("kid"_L1).toString();
    const QList<QJsonObject> keys = candidateKeys(jwks, kid, algorithm);
    if (keys.isEmpty()) {
        return invalid(kid.isEmpty()
                           ? u"The identity provider publishes no key that can check an %1 signature."_s.arg(algorithm)
                           : u"The ID token is signed with a key (\"%1\") that the identity provider does not publish."_s
                                 .arg(kid));
    }
    std::optional<Error> keyProblem;
    for (const QJsonObject &key : keys) {
        const Result<bool> verified = Jwk::verifySignature(key, algorithm, signingInput, signature);
        if (verified && *verified)
            return {};
        if (!verified && !keyProblem)
            keyProblem = verified.error();
    }
    // An unusable key explains more than "not valid" when it was the only candidate.
    if (keyProblem && keys.size() == 1)
        return *keyProblem;
    return invalid(u"The ID token's signature is not valid."_s);
}

Result<void> checkAudience(const QJsonObject &claims, const QString &clientId)
{
    const QJsonValue aud = claims.value("aud"_L1);
    QStringList audiences;
    if (aud.isString()) {
        audiences.append(aud.toString());
    } else {
        const QJsonArray list = aud.toArray();
        for (const QJsonValue &value : list)
            audiences.append(value.toString());
    }
    if (!audiences.contains(clientId)) {
        return invalid(u"The ID token was issued to another application (\"%1\"), not to client \"%2\"."_s.arg(
            audiences.join(u", "_s), clientId));
    }
    const QString azp = claims.value("azp"_L1).toString();
    if (claims.contains("azp"_L1) && azp != clientId) {
        return invalid(u"The ID token was issued to another application (authorized party \"%1\"), not to client "
                       "\"%2\"."_s.arg(azp, clientId));
    }
    if (audiences.size() > 1 && azp.isEmpty()) {
        return invalid(u"The ID token names several audiences (%1) but no authorized party (\"azp\")."_s.arg(
            audiences.join(u", "_s)));
    }
    return {};
}

Result<void> checkTimes(const QJsonObject &claims, const IdTokenExpectation &expected)
{
    const qint64 now = expected.now.toSecsSinceEpoch();
    const std::optional<qint64> exp = numericDate(claims, "exp"_L1);
    if (!exp)
        return invalid(u"The ID token has no expiry time (\"exp\")."_s);
    if (now > *exp + expected.leewaySeconds)
        return invalid(u"The ID token expired at %1: sign in again."_s.arg(formatUtc(*exp)));
    const std::optional<qint64> iat = numericDate(claims, "iat"_L1);
    if (!iat)
        return invalid(u"The ID token has no issue time (\"iat\")."_s);
    if (*iat > now + expected.leewaySeconds) {
        return invalid(u"The ID token was issued in the future (%1): check this computer's clock."_s.arg(
            formatUtc(*iat)));
    }
    return {};
}

QString claimString(const QJsonObject &claims, QLatin1StringView name)
{
    return claims.value(name).toString().trimmed();
}

} // namespace

Result<QJsonObject> verifyIdToken(const QByteArray &token, const QJsonObject &jwks, const IdTokenExpectation &expected)
{
    const QList<QByteArray> parts = token.trimmed().split('.');
    if (parts.size() != 3) // five parts would be an encrypted token, which was not asked for
        return invalid(u"The identity provider's answer holds no well-formed ID token."_s);
    const Result<QJsonObject> header = decodeObject(parts.at(0));
    if (!header)
        return header.error();
    const Result<QJsonObject> claims = decodeObject(parts.at(1));
    if (!claims)
        return claims.error();
    bool ok = false;
    const QByteArray signature = Jwk::decodeBase64Url(parts.at(2), &ok);
    if (!ok)
        return invalid(u"The identity provider's answer holds no well-formed ID token."_s);

    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    if (const Result<void> signed_ = checkSignature(*header, signingInput, signature, jwks); !signed_)
        return signed_.error();

    const QString issuer = claims->value("iss"_L1).toString();
    if (issuer != expected.issuer) {
        return invalid(u"The ID token comes from \"%1\", not from the configured issuer \"%2\"."_s.arg(
            issuer, expected.issuer));
    }
    if (const Result<void> audience = checkAudience(*claims, expected.clientId); !audience)
        return audience.error();
    if (const Result<void> times = checkTimes(*claims, expected); !times)
        return times.error();
    if (claims->value("nonce"_L1).toString().toUtf8() != expected.nonce || expected.nonce.isEmpty())
        return invalid(u"The ID token's nonce does not match this sign-in: sign in again."_s);
    if (claimString(*claims, "sub"_L1).isEmpty())
        return invalid(u"The ID token names no subject (\"sub\")."_s);
    return *claims;
}

IdentityClaims identityFromClaims(const QJsonObject &claims)
{
    IdentityClaims identity;
    identity.subject = claims.value("sub"_L1).toString();
    identity.email = claimString(claims, "email"_L1);
    const QJsonValue verified = claims.value("email_verified"_L1);
    identity.emailVerified = verified.isBool() ? verified.toBool()
                                               : verified.toString().compare(u"true"_s, Qt::CaseInsensitive) == 0;
    identity.givenName = claimString(claims, "given_name"_L1);
    identity.familyName = claimString(claims, "family_name"_L1);
    identity.picture = claimString(claims, "picture"_L1);
    identity.name = claimString(claims, "name"_L1);
    if (identity.name.isEmpty())
        identity.name = QStringList{identity.givenName, identity.familyName}.join(u' ').trimmed();
    if (identity.name.isEmpty())
        identity.name = identity.email;
    return identity;
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/signin.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Gatehouse {

// What a relying party expects of the ID token of one sign-in.
struct IdTokenExpectation
{
    QString issuer;        // the discovery document's "issuer", compared exactly
    QString clientId;
    QByteArray nonce;      // the nonce sent in the authorization request
    QDateTime now;         // UTC
    int leewaySeconds = 60;
};

// Validates an ID token in compact serialisation as OpenID Connect Core 1.0 §3.1.3.7 asks
// of a client that got it from the token endpoint: the signature against `jwks` (the
// provider's JWK Set; the key chosen by "kid"; RS256, PS256 or ES256 only, never "none"
// or HS*), "iss", "aud" (and "azp" when several audiences), "exp" (with leeway), "iat"
// (not in the future beyond the leeway), "nonce" and a non-empty "sub". Gives the claims,
// or an Error with one sentence for a person.
Result<QJsonObject> verifyIdToken(const QByteArray &token, const QJsonObject &jwks,
                                  const IdTokenExpectation &expected);

// The person the verified claims describe. The name falls back to given_name +
// family_name, then to the e-mail; "email_verified" may also come as the string "true".
IdentityClaims identityFromClaims(const QJsonObject &claims);

} // namespace Gatehouse

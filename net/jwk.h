// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace Gatehouse::Jwk {

// Checks a JWS signature (RFC 7515) with the public key of a JWK (RFC 7517/7518), using
// OpenSSL's libcrypto: RS256 and PS256 with an RSA key (n, e; at least 2048 bits), ES256
// with an EC P-256 key (x, y) and the JOSE r||s signature. Any other algorithm is refused.
// Gives true or false for the signature; an Error when the key itself is unusable (wrong
// type for the algorithm, bad encoding, a point off the curve).
Result<bool> verifySignature(const QJsonObject &jwk, const QString &algorithm, const QByteArray &signingInput,
                             const QByteArray &signature);

// The algorithms verifySignature() accepts.
bool isSupportedAlgorithm(const QString &algorithm);

// base64url without padding, strictly: any other character is an error (empty result and
// ok = false).
QByteArray decodeBase64Url(const QByteArray &text, bool *ok);

} // namespace Gatehouse::Jwk

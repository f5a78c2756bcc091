// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Gatehouse {

// Random values for one authorization request, from the system's CSPRNG
// (QRandomGenerator::system()).
namespace Pkce {

// base64url (no padding) of `bytes` random bytes: state and nonce use 32 bytes (43 characters).
QByteArray randomToken(int bytes = 32);

// A code verifier (RFC 7636 §4.1): 64 characters of [A-Za-z0-9-._~] (within 43..128).
QByteArray makeVerifier();

// The S256 code challenge: BASE64URL(SHA-256(verifier)), no padding (RFC 7636 §4.2).
QByteArray challengeS256(const QByteArray &verifier);

} // namespace Pkce

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/signin.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace Gatehouse {

// Signs a person in with the organisation's OpenID Connect provider (RFC 8252 native app):
// discovery (<issuer>/.well-known/openid-configuration), authorization code with PKCE S256
// (RFC 7636), the system browser, a loopback redirect to http://127.0.0.1:<free port>/callback,
// the code exchanged at the token endpoint, and the ID token verified (signature against the
// provider's JWKS with OpenSSL: RS256, PS256 and ES256; `iss`, `aud`, `azp`, `exp`, `iat`,
// `nonce`) before its claims are trusted. `state` protects the redirect.
//
// One sign-in at a time; finished() is emitted exactly once per start(), also on cancel()
// and on timeout. Never blocks the thread it lives on.
class OidcSignIn : public QObject
{
    Q_OBJECT
public:
    // Opens the authorization URL in a browser. The GUI passes QDesktopServices::openUrl;
    // tests pass a function that plays the browser.
    using OpenBrowser = std::function<bool(const QUrl &)>;

    explicit OidcSignIn(OpenBrowser openBrowser, QObject *parent = nullptr);
    ~OidcSignIn() override;

    // How long the person has to finish in the browser (default 5 minutes).
    void setTimeout(int milliseconds);

    void start(const SsoSettings &settings);
    void cancel();

Q_SIGNALS:
    // Something for a status line: "Waiting for the browser…".
    void progress(const QString &message);
    // The verified claims, or an Error naming what was wrong ("The sign-in response's
    // state does not match: sign in again.", "The ID token's signature is not valid.").
    void finished(const Gatehouse::Result<Gatehouse::IdentityClaims> &result);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Gatehouse

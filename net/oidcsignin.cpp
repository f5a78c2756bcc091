// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/oidcsignin.h"

#include "net/idtoken.h"
#include "net/loopbackreceiver.h"
#include "net/pkce.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// Discovery, token and key documents are small; anything larger is not one of them.
constexpr qint64 MaxDocumentSize = 1024 * 1024;

Error failure(Error::Code code, const QString &message, const QString &detail = {})
{
    return makeError(code, message, detail);
}

// https everywhere, except plain http on the loopback interface (a provider on this machine).
bool isAcceptableEndpoint(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == u"https")
        return true;
    const QString host = url.host();
    return url.scheme() == u"http" && (host == u"127.0.0.1" || host == u"localhost" || host == u"::1");
}

QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(u'/'))
        url.chop(1);
    return url;
}

// application/x-www-form-urlencoded (the token request, RFC 6749 §4.1.3).
QByteArray formEncode(const QList<std::pair<QByteArray, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += name + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

QString minutes(int milliseconds)
{
    const int seconds = (milliseconds + 999) / 1000;
    if (seconds % 60 != 0 || seconds == 0)
        return seconds == 1 ? u"1 second"_s : u"%1 seconds"_s.arg(seconds);
    return seconds == 60 ? u"1 minute"_s : u"%1 minutes"_s.arg(seconds / 60);
}

} // namespace

struct OidcSignIn::Private
{
    explicit Private(OidcSignIn *owner) : q(owner) {}

    void fetchJson(const QUrl &url, const QByteArray &form, std::function<void(const QJsonObject &)> then);
    void discovered(const QJsonObject &document);
    void callbackReceived(const QUrlQuery &query);
    void verify(const QJsonObject &jwks);
    void finish(const Result<IdentityClaims> &result);

    OidcSignIn *q;
    OpenBrowser openBrowser;
    int timeout = 5 * 60 * 1000;

    QNetworkAccessManager network;
    QTimer timer;
    LoopbackReceiver *receiver = nullptr; // replaced by the next start()
    QPointer<QNetworkReply> pendingReply;
    bool running = false;
    quint64 generation = 0; // answers of an earlier start() are dropped

    SsoSettings settings;
    QString issuer;      // as the discovery document states it
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    QUrl jwksUri;
    QByteArray state;
    QByteArray nonce;
    QByteArray verifier;
    QUrl redirectUri;
    QByteArray idToken;
};

OidcSignIn::OidcSignIn(OpenBrowser openBrowser, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>(this))
{
    d->openBrowser = std::move(openBrowser);
    d->timer.setSingleShot(true);
    connect(&d->timer, &QTimer::timeout, this, [this] {
        d->finish(failure(Error::Code::Unavailable,
                          u"The sign-in was not completed in the browser within %1."_s.arg(minutes(d->timeout))));
    });
}

OidcSignIn::~OidcSignIn()
{
    // No finished() from a reply aborted while this object goes away.
    d->running = false;
    ++d->generation;
}

void OidcSignIn::setTimeout(int milliseconds) { d->timeout = milliseconds; }

void OidcSignIn::start(const SsoSettings &settings)
{
    if (d->running) {
        Q_EMIT finished(failure(Error::Code::Conflict, u"A sign-in is already under way."_s));
        return;
    }
    const QUrl issuer(settings.issuer.trimmed());
    if (!settings.isEnabled()) {
        Q_EMIT finished(failure(Error::Code::Invalid, u"SSO is not configured: no issuer is set."_s));
        return;
    }
    if (!isAcceptableEndpoint(issuer) || issuer.hasQuery() || issuer.hasFragment()) {
        Q_EMIT finished(failure(Error::Code::Invalid,
                                u"The SSO issuer \"%1\" is not an https URL (http is allowed only for 127.0.0.1 "
                                "and localhost)."_s.arg(settings.issuer)));
        return;
    }
    if (settings.clientId.trimmed().isEmpty()) {
        Q_EMIT finished(failure(Error::Code::Invalid, u"The SSO client id is empty."_s));
        return;
    }

    d->running = true;
    ++d->generation;
    d->settings = settings;
    d->idToken.clear();
    if (d->receiver)
        d->receiver->deleteLater();
    d->receiver = nullptr;
    d->timer.start(d->timeout);
    Q_EMIT progress(u"Looking up the identity provider…"_s);

    // OpenID Connect Discovery 1.0 §4: the issuer without its trailing slash, then the path.
    const QUrl discovery(withoutTrailingSlash(issuer.toString()) + u"/.well-known/openid-configuration"_s);
    d->fetchJson(discovery, {}, [this](const QJsonObject &document) { d->discovered(document); });
}

void OidcSignIn::cancel()
{
    d->finish(failure(Error::Code::Unavailable, u"The sign-in was cancelled."_s));
}

void OidcSignIn::Private::fetchJson(const QUrl &url, const QByteArray &form, std::function<void(const QJsonObject &)> then)
{
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = nullptr;
    if (form.isNull()) {
        reply = network.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        reply = network.post(request, form);
    }
    pendingReply = reply;
    const quint64 started = generation;
    QObject::connect(reply, &QNetworkReply::finished, q, [this, reply, url, started, then = std::move(then)] {
        reply->deleteLater();
        if (started != generation || !running)
            return;
        pendingReply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->read(MaxDocumentSize + 1);
        const QJsonDocument document = QJsonDocument::fromJson(body);
        const QString where = url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo);
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            finish(failure(Error::Code::Unavailable,
                           u"The identity provider at %1 cannot be reached: %2."_s.arg(where, reply->errorString()),
                           reply->errorString()));
            return;
        }
        // OAuth error bodies (RFC 6749 §5.2) say what the provider disliked.
        const QJsonObject object = document.object();
        if (status >= 400 || reply->error() != QNetworkReply::NoError) {
            const QString error = object.value("error"_L1).toString();
            const QString description = object.value("error_description"_L1).toString();
            const QString what = description.isEmpty() ? (error.isEmpty() ? u"HTTP %1"_s.arg(status) : error)
                                                       : description;
            finish(failure(Error::Code::Denied, u"The identity provider refused the request to %1: %2."_s.arg(where, what),
                           QString::fromUtf8(body.left(2000))));
            return;
        }
        if (body.size() > MaxDocumentSize || !document.isObject()) {
            finish(failure(Error::Code::Invalid,
                           u"The identity provider's answer from %1 is not a JSON object."_s.arg(where)));
            return;
        }
        then(object);
    });
}

void OidcSignIn::Private::discovered(const QJsonObject &document)
{
    const auto endpoint = [&](QLatin1StringView name, QUrl *url) -> bool {
        const QString text = document.value(name).toString();
        *url = QUrl(text);
        if (isAcceptableEndpoint(*url))
            return true;
        finish(failure(Error::Code::Invalid,
                       text.isEmpty()
                           ? u"The identity provider's discovery document has no \"%1\"."_s.arg(name)
                           : u"The identity provider's \"%1\" (%2) is not an https URL."_s.arg(name, text)));
        return false;
    };
    issuer = document.value("issuer"_L1).toString();
    // Discovery §4.3: the document's issuer is the one asked for (a trailing slash aside).
    if (withoutTrailingSlash(issuer) != withoutTrailingSlash(settings.issuer.trimmed())) {
        finish(failure(Error::Code::Invalid,
                       u"The identity provider calls itself \"%1\", not the configured issuer \"%2\"."_s.arg(
                           issuer, settings.issuer)));
        return;
    }
    if (!endpoint("authorization_endpoint"_L1, &authorizationEndpoint)
        || !endpoint("token_endpoint"_L1, &tokenEndpoint) || !endpoint("jwks_uri"_L1, &jwksUri))
        return;
    const QJsonValue methods = document.value("code_challenge_methods_supported"_L1);
    if (methods.isArray() && !methods.toArray().contains(u"S256"_s)) {
        finish(failure(Error::Code::Unsupported,
                       u"The identity provider does not offer PKCE with S256, which Gatehouse requires."_s));
        return;
    }

    receiver = new LoopbackReceiver(q);
    if (!receiver->listen()) {
        finish(failure(Error::Code::Io,
                       u"Gatehouse cannot listen on 127.0.0.1 for the sign-in's answer: %1."_s.arg(
                           receiver->errorString())));
        return;
    }
    QObject::connect(receiver, &LoopbackReceiver::callbackReceived, q,
                     [this](const QUrlQuery &query) { callbackReceived(query); });
    redirectUri = receiver->redirectUri();
    state = Pkce::randomToken();
    nonce = Pkce::randomToken();
    verifier = Pkce::makeVerifier();

    // Appended to whatever query the endpoint already has (Core §3.1.2.1 allows one).
    QUrl url = authorizationEndpoint;
    QString query = url.query(QUrl::FullyEncoded);
    const QList<std::pair<QByteArray, QString>> parameters = {
        {"response_type", u"code"_s},
        {"client_id", settings.clientId.trimmed()},
        {"redirect_uri", redirectUri.toString()},
        {"scope", settings.scopes.simplified()},
        {"state", QString::fromLatin1(state)},
        {"nonce", QString::fromLatin1(nonce)},
        {"code_challenge", QString::fromLatin1(Pkce::challengeS256(verifier))},
        {"code_challenge_method", u"S256"_s},
    };
    const QByteArray encoded = formEncode(parameters);
    query = query.isEmpty() ? QString::fromLatin1(encoded) : query + u'&' + QString::fromLatin1(encoded);
    url.setQuery(query, QUrl::StrictMode);

    Q_EMIT q->progress(u"Waiting for the browser…"_s);
    const quint64 started = generation;
    const bool opened = openBrowser && openBrowser(url);
    // A browser played in-process may already have finished this sign-in.
    if (started == generation && running && !opened)
        finish(failure(Error::Code::Unavailable, u"The system browser could not be opened for the sign-in."_s));
}

void OidcSignIn::Private::callbackReceived(const QUrlQuery &query)
{
    if (!running)
        return;
    const auto value = [&query](const QString &name) { return query.queryItemValue(name, QUrl::FullyDecoded); };
    // RFC 6749 §10.12: an answer that does not carry this sign-in's state is not ours.
    if (value(u"state"_s).toLatin1() != state || state.isEmpty()) {
        finish(failure(Error::Code::Invalid, u"The sign-in response's state does not match: sign in again."_s));
        return;
    }
    // RFC 9207: a provider that names itself must be the one asked.
    if (query.hasQueryItem(u"iss"_s) && value(u"iss"_s) != issuer) {
        finish(failure(Error::Code::Invalid, u"The sign-in response comes from \"%1\", not from the configured "
                                             "issuer \"%2\"."_s.arg(value(u"iss"_s), issuer)));
        return;
    }
    if (query.hasQueryItem(u"error"_s)) {
        const QString description = value(u"error_description"_s);
        finish(failure(Error::Code::Denied,
                       u"The identity provider refused the sign-in: %1."_s.arg(
                           description.isEmpty() ? value(u"error"_s) : description),
                       value(u"error"_s)));
        return;
    }
    const QString code = value(u"code"_s);
    if (code.isEmpty()) {
        finish(failure(Error::Code::Invalid, u"The sign-in response holds no authorization code."_s));
        return;
    }
    Q_EMIT q->progress(u"Completing the sign-in…"_s);
    const QByteArray form = formEncode({{"grant_type", u"authorization_code"_s},
                                        {"code", code},
                                        {"redirect_uri", redirectUri.toString()},
                                        {"client_id", settings.clientId.trimmed()},
                                        {"code_verifier", QString::fromLatin1(verifier)}});
    fetchJson(tokenEndpoint, form, [this](const QJsonObject &tokens) {
        idToken = tokens.value("id_token"_L1).toString().toLatin1();
        if (idToken.isEmpty()) {
            finish(failure(Error::Code::Invalid, u"The identity provider's token response holds no ID token."_s));
            return;
        }
        // The keys are read after the token, so a key the provider has just rotated in is there.
        fetchJson(jwksUri, {}, [this](const QJsonObject &jwks) { verify(jwks); });
    });
}

void OidcSignIn::Private::verify(const QJsonObject &jwks)
{
    IdTokenExpectation expected;
    expected.issuer = issuer;
    expected.clientId = settings.clientId.trimmed();
    expected.nonce = nonce;
    expected.now = QDateTime::currentDateTimeUtc();
    const Result<QJsonObject> claims = verifyIdToken(idToken, jwks, expected);
    if (!claims) {
        finish(claims.error());
        return;
    }
    finish(identityFromClaims(*claims));
}

void OidcSignIn::Private::finish(const Result<IdentityClaims> &result)
{
    if (!running)
        return;
    running = false;
    ++generation;
    timer.stop();
    if (pendingReply) {
        QNetworkReply *reply = pendingReply;
        pendingReply = nullptr;
        reply->abort();
    }
    if (receiver) {
        receiver->respond(result.ok(), result.ok() ? u"You can close this window and return to Gatehouse."_s
                                                      : result.error().message);
    }
    state.clear();
    nonce.clear();
    verifier.clear();
    idToken.clear();
    Q_EMIT q->finished(result);
}

} // namespace Gatehouse

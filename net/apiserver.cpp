// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/apiserver.h"

#include "net/apiserverguard.h"
#include "net/apiserverhandlers.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrl>

#include <variant>

#if QT_CONFIG(ssl)
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#endif

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// QtHttpServer's parser and socket handling, with every request handed to one function.
class HttpFrontend : public QAbstractHttpServer
{
public:
    using Handler = std::function<void(const QHttpServerRequest &, QTcpSocket *)>;
    explicit HttpFrontend(Handler handler, QObject *parent)
        : QAbstractHttpServer(parent)
        , m_handler(std::move(handler))
    {
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        m_handler(request, socket);
        return true;
    }
    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override {}

private:
    Handler m_handler;
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 201: return "Created";
    case 204: return "No Content";
    case 304: return "Not Modified";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 412: return "Precondition Failed";
    case 413: return "Payload Too Large";
    case 431: return "Request Header Fields Too Large";
    case 500: return "Internal Server Error";
    case 501: return "Not Implemented";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Options: return "OPTIONS";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    case QHttpServerRequest::Method::Connect: return "CONNECT";
    case QHttpServerRequest::Method::Trace: return "TRACE";
    default: return "UNKNOWN";
    }
}

// Query parameters as HTML forms and URLSearchParams write them: '+' is a space.
QHash<QString, QString> queryOf(const QUrl &url)
{
    QHash<QString, QString> query;
    const QByteArray raw = url.query(QUrl::FullyEncoded).toUtf8();
    for (const QByteArray &pair : raw.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        query.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(name)).toLower(),
                     QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return query;
}

bool isBulkTarget(const QByteArray &target)
{
    QByteArray path = target;
    if (const qsizetype q = path.indexOf('?'); q >= 0)
        path.truncate(q);
    while (path.endsWith('/'))
        path.chop(1);
    return path.endsWith("/scim/v2/Bulk");
}

} // namespace

struct ApiServer::Private
{
    Private(ApiServer *q, std::unique_ptr<Repository> repo, ApiServerOptions opts)
        : q(q)
        , options(std::move(opts))
        , repository(std::move(repo))
        , state(repository.get())
        , scim(state, options)
    {
    }

    void handle(const QHttpServerRequest &request, QTcpSocket *socket);
    ApiReply route(const QHttpServerRequest &request, const QByteArray &method, const QString &path);
    // The caller, or the refusal to send (401 / 403 / 5xx).
    std::variant<TokenIdentity, ApiReply> authenticate(const QHttpServerRequest &request, TokenScope scope);
    QByteArray refusal(RequestFramer::Verdict verdict, const QByteArray &target) const;
    void send(QTcpSocket *socket, const ApiReply &reply, bool close) const;

    ApiServer *q = nullptr;
    ApiServerOptions options;
    std::unique_ptr<Repository> repository;
    ApiServerState state;
    ScimEndpoints scim;
    HttpFrontend *http = nullptr;
    bool tls = false;
};

ApiServer::ApiServer(std::unique_ptr<Repository> repository, ApiServerOptions options, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(this, std::move(repository), std::move(options)))
{
    d->http = new HttpFrontend([this](const QHttpServerRequest &r, QTcpSocket *s) { d->handle(r, s); }, this);
}

ApiServer::~ApiServer()
{
    // The sockets and their guards go with the HTTP server, before the state they use.
    delete d->http;
}

bool ApiServer::isTls() const
{
    return d->tls;
}

Result<quint16> ApiServer::listen(const QHostAddress &address, quint16 port)
{
    if (auto loaded = d->state.load(); !loaded)
        return loaded.error();

    auto *tcp = new GuardedTcpServer(
        [this](QTcpSocket *socket) {
            const qint64 body = d->options.maxBodyBytes, bulk = d->options.maxBulkBodyBytes;
            RequestFramer framer(d->options.maxHeaderBytes, [body, bulk](const QByteArray &target) {
                return isBulkTarget(target) ? bulk : body;
            });
            new ConnectionGuard(
                socket, d->http, std::move(framer),
                [this](RequestFramer::Verdict v, const QByteArray &target) { return d->refusal(v, target); },
                [this](const QByteArray &method, const QByteArray &target, int status) {
                    const QByteArray path = target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?'));
                    Q_EMIT requestHandled(QString::fromLatin1(method), QString::fromUtf8(path), status, 0);
                });
        },
        [](QTcpSocket *socket) {
            if (auto *guard = socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly))
                guard->attachAfterServer();
        });

    const bool wantTls = !d->options.tlsCertificateFile.isEmpty() || !d->options.tlsKeyFile.isEmpty();
    if (wantTls) {
#if QT_CONFIG(ssl)
        if (d->options.tlsCertificateFile.isEmpty() || d->options.tlsKeyFile.isEmpty()) {
            delete tcp;
            return makeError(Error::Code::Invalid, u"TLS needs both --tls-cert and --tls-key."_s);
        }
        if (!QSslSocket::supportsSsl()) {
            delete tcp;
            return makeError(Error::Code::Unsupported, u"TLS is not available: Qt has no SSL backend here."_s);
        }
        QFile certFile(d->options.tlsCertificateFile), keyFile(d->options.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly)) {
            delete tcp;
            return makeError(Error::Code::Io, u"--tls-cert: cannot read %1: %2"_s.arg(certFile.fileName(), certFile.errorString()));
        }
        if (!keyFile.open(QIODevice::ReadOnly)) {
            delete tcp;
            return makeError(Error::Code::Io, u"--tls-key: cannot read %1: %2"_s.arg(keyFile.fileName(), keyFile.errorString()));
        }
        const QList<QSslCertificate> chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (chain.isEmpty() || chain.first().isNull()) {
            delete tcp;
            return makeError(Error::Code::Invalid, u"--tls-cert: %1 holds no PEM certificate."_s.arg(certFile.fileName()));
        }
        if (key.isNull()) {
            delete tcp;
            return makeError(Error::Code::Invalid,
                             u"--tls-key: %1 holds no unencrypted PEM RSA or EC private key."_s.arg(keyFile.fileName()));
        }
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificateChain(chain);
        configuration.setPrivateKey(key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        tcp->setSslConfiguration(configuration);
        d->tls = true;
#else
        delete tcp;
        return makeError(Error::Code::Unsupported, u"TLS is not available: Qt was built without SSL."_s);
#endif
    }
    if (!tcp->listen(address, port)) {
        const QString reason = tcp->errorString();
        delete tcp;
        return makeError(Error::Code::Io, u"Cannot listen on %1:%2: %3"_s.arg(address.toString()).arg(port).arg(reason));
    }
    const quint16 bound = tcp->serverPort();
    d->http->bind(tcp);
    return bound;
}

void ApiServer::Private::handle(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray method = methodName(request.method());
    const QString path = request.url().path(QUrl::FullyDecoded);
    ApiReply reply;
    if (request.body().size() > (path.endsWith(u"/Bulk") ? options.maxBulkBodyBytes : options.maxBodyBytes))
        reply = scimError(413, u"The body is larger than the server accepts."_s);
    else
        reply = route(request, method, path);
    const bool close = request.value("connection").toLower().contains("close");
    send(socket, reply, close);
    Q_EMIT q->requestHandled(QString::fromLatin1(method), path, reply.status, double(timer.nsecsElapsed()) / 1e6);
}

ApiReply ApiServer::Private::route(const QHttpServerRequest &request, const QByteArray &method, const QString &path)
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    const bool scimPath = segments.size() >= 2 && segments.at(0) == u"scim" && segments.at(1) == u"v2";
    const bool apiPath = !scimPath && segments.value(0) == u"api";
    if (!scimPath && !apiPath) {
        ApiReply r;
        r.status = 404;
        r.contentType = "application/json";
        r.body = QJsonDocument(QJsonObject{{u"status"_s, 404},
                                           {u"error"_s, u"No such endpoint: %1 (SCIM is under /scim/v2, the read API "
                                                        u"under /api)."_s.arg(path)}})
                     .toJson(QJsonDocument::Compact);
        return r;
    }
    if (method == "UNKNOWN")
        return scimError(405, u"Unknown method."_s);

    std::variant<TokenIdentity, ApiReply> caller = authenticate(request, scimPath ? TokenScope::Scim : TokenScope::Api);
    if (auto *refused = std::get_if<ApiReply>(&caller)) {
        if (apiPath) {
            // The read API speaks plain JSON errors.
            const QJsonObject scim = QJsonDocument::fromJson(refused->body).object();
            refused->contentType = "application/json";
            refused->body = QJsonDocument(QJsonObject{{u"status"_s, refused->status},
                                                      {u"error"_s, scim.value(u"detail"_s).toString()}})
                                .toJson(QJsonDocument::Compact);
        }
        return *refused;
    }
    const TokenIdentity &identity = std::get<TokenIdentity>(caller);

    ApiRequest r;
    r.method = method;
    r.path = segments.mid(scimPath ? 2 : 1);
    r.query = queryOf(request.url());
    r.body = request.body();
    r.ifMatch = request.value("if-match");
    r.ifNoneMatch = request.value("if-none-match");
    QString host = QString::fromUtf8(request.value("host"));
    if (host.isEmpty())
        host = request.url().authority();
    // Behind a reverse proxy that terminates TLS, locations keep the client's scheme.
    const bool https = tls || request.value("x-forwarded-proto").trimmed().toLower() == "https";
    r.root = (https ? u"https://"_s : u"http://"_s) + host + (scimPath ? u"/scim/v2"_s : u"/api"_s);
    return scimPath ? scim.handle(r, identity) : handleReadApi(state, r, identity);
}

std::variant<TokenIdentity, ApiReply> ApiServer::Private::authenticate(const QHttpServerRequest &request,
                                                                       TokenScope scope)
{
    if (auto refreshed = state.refresh(); !refreshed)
        return scimError(refreshed.error().code == Error::Code::Unavailable ? 503 : 500, refreshed.error().message);
    const auto unauthorized = [](const QString &message, bool presented) {
        ApiReply r = scimError(401, message);
        r.headers.append({QByteArray("WWW-Authenticate"),
                          QByteArray(presented ? "Bearer realm=\"Gatehouse\", error=\"invalid_token\""
                                               : "Bearer realm=\"Gatehouse\"")});
        return r;
    };
    const QByteArray header = request.value("authorization").trimmed();
    if (!header.toLower().startsWith("bearer "))
        return unauthorized(u"Send a Gatehouse token: Authorization: Bearer <token>."_s, false);
    const QByteArray secret = header.mid(7).trimmed();
    const Result<std::optional<Token>> stored = state.repository()->tokenByHash(TokenService::hashSecret(secret));
    if (!stored)
        return scimError(stored.error().code == Error::Code::Unavailable ? 503 : 500, stored.error().message);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<TokenIdentity> identity = TokenService::authenticate(state.snapshot(), *stored, secret, scope, now);
    if (!identity) {
        if (identity.error().code == Error::Code::Denied)
            return scimError(403, identity.error().message);
        return unauthorized(identity.error().message, true);
    }
    // "Last used" has second precision: one write per token and second is enough.
    const QDateTime lastUsed = identity->token.lastUsed;
    if (!lastUsed.isValid() || lastUsed.secsTo(now) >= 1) {
        if (auto recorded = state.repository()->recordTokenUse(identity->token.id, now); !recorded)
            return scimError(recorded.error().code == Error::Code::Unavailable ? 503 : 500, recorded.error().message);
    }
    return std::move(identity).value();
}

QByteArray ApiServer::Private::refusal(RequestFramer::Verdict verdict, const QByteArray &target) const
{
    int status = 400;
    QString detail = u"The request cannot be read: its length is not clear."_s;
    if (verdict == RequestFramer::Verdict::BodyTooLarge) {
        status = 413;
        const qint64 limit = isBulkTarget(target) ? options.maxBulkBodyBytes : options.maxBodyBytes;
        detail = u"The body is larger than the %1 bytes this server accepts for %2."_s.arg(limit).arg(
            isBulkTarget(target) ? u"a Bulk request"_s : u"a request"_s);
    } else if (verdict == RequestFramer::Verdict::HeadersTooLarge) {
        status = 431;
        detail = u"The request line and headers are larger than the %1 bytes this server accepts."_s.arg(
            options.maxHeaderBytes);
    }
    ApiReply reply;
    if (target.startsWith("/api")) {
        reply.status = status;
        reply.contentType = "application/json";
        reply.body = QJsonDocument(QJsonObject{{u"status"_s, status}, {u"error"_s, detail}}).toJson(QJsonDocument::Compact);
    } else {
        reply = scimError(status, detail);
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    out += "Content-Type: " + reply.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    return out + reply.body;
}

void ApiServer::Private::send(QTcpSocket *socket, const ApiReply &reply, bool close) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(reply.status) + ' ' + reasonPhrase(reply.status) + "\r\n";
    for (const auto &[name, value] : reply.headers)
        out += name + ": " + value + "\r\n";
    if (reply.status != 204 && reply.status != 304) {
        if (!reply.contentType.isEmpty())
            out += "Content-Type: " + reply.contentType + "\r\n";
        out += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n";
    }
    if (close)
        out += "Connection: close\r\n";
    out += "\r\n";
    socket->write(out);
    // The body apart: a large answer is not copied into the header's buffer.
    if (reply.status != 204 && reply.status != 304 && !reply.body.isEmpty())
        socket->write(reply.body);
    if (close)
        socket->disconnectFromHost();
}

} // namespace Gatehouse

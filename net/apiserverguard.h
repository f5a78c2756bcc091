// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTimer>

#include <functional>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#endif

class QAbstractHttpServer;
class QTcpSocket;

namespace Gatehouse {

// Follows the HTTP/1.1 requests of one connection byte by byte, as they arrive, without
// keeping their bodies: where each request ends (Content-Length or chunked), and whether
// its headers or body exceed the limits. QtHttpServer 6.4 has no body limit and reads a
// whole body into memory before anyone sees the request; this runs first.
class RequestFramer
{
public:
    enum class Verdict : quint8 {
        Fine,
        BodyTooLarge,      // 413: Content-Length, or the chunks so far, over bodyLimit
        HeadersTooLarge,   // 431: request line and headers over maxHeaderBytes
        Malformed,         // 400: cannot tell where the request ends
    };

    // `bodyLimit` gives the limit for a request target (e.g. larger for /scim/v2/Bulk).
    RequestFramer(qint64 maxHeaderBytes, std::function<qint64(const QByteArray &target)> bodyLimit);

    // Consumes the next bytes of the connection. Returns the first problem found (the
    // framer keeps following the offending request's body, so bodyEnded() tells when the
    // client has sent all of it); Fine otherwise.
    Verdict feed(const char *data, qsizetype size);

    // The request whose headers were read last.
    QByteArray method() const { return m_method; }
    QByteArray target() const { return m_target; }
    // True once per request that sent "Expect: 100-continue" and whose body is accepted.
    bool takeContinue();
    // True when the framer is between requests (the last one's body fully received).
    bool betweenRequests() const { return m_state == State::RequestLine; }
    qint64 declaredLength() const { return m_contentLength; }

private:
    enum class State : quint8 { RequestLine, Headers, Body, ChunkSize, ChunkData, ChunkDataEnd, Trailers, Broken };
    Verdict headersDone();

    std::function<qint64(const QByteArray &)> m_bodyLimit;
    qint64 m_maxHeaderBytes = 0;
    State m_state = State::RequestLine;
    QByteArray m_line;       // request line, header block, or a chunk-size / trailer line
    qint64 m_headerBytes = 0;
    QByteArray m_method, m_target;
    qint64 m_contentLength = 0;
    qint64 m_remaining = 0;  // body or chunk bytes still to come
    qint64 m_chunkedTotal = 0;
    qint64 m_limit = 0;
    bool m_chunked = false;
    bool m_continue = false;
    bool m_rejected = false; // the current request was refused; its body is only counted
};

// Sits on one accepted socket ahead of QtHttpServer: feeds the framer with each new chunk
// of bytes before the server's parser sees it. A request over a limit is answered here
// (413 / 431 / 400, "Connection: close"), the server is detached from the socket, and the
// rest of that body is read and dropped as it comes (never kept), then the connection is
// closed; at most `LingerMs` are spent on that.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    static constexpr int LingerMs = 30000;

    // `respond` builds the whole refusal (status line to body) for a verdict and target.
    using Responder = std::function<QByteArray(RequestFramer::Verdict, const QByteArray &target)>;
    // `rejected` reports the refusal for the request log.
    using Reporter = std::function<void(const QByteArray &method, const QByteArray &target, int status)>;

    ConnectionGuard(QTcpSocket *socket, QAbstractHttpServer *server, RequestFramer framer, Responder respond,
                    Reporter rejected);

    // Connects the slot that must run after the server's own readyRead handler; call it
    // once the server has taken the socket (QTcpServer::addPendingConnection).
    void attachAfterServer();

private:
    void beforeServer();
    void afterServer();
    void reject(RequestFramer::Verdict verdict);
    void discard();

    QTcpSocket *m_socket = nullptr;
    QPointer<QAbstractHttpServer> m_server;
    RequestFramer m_framer;
    Responder m_respond;
    Reporter m_rejected;
    qint64 m_leftByServer = 0; // bytes the server had not read after its last turn
    bool m_rejecting = false;
    bool m_tls = false;
    QTimer m_linger;
};

// The listening socket of the API server: plain TCP, or TLS (QSslSocket server
// encryption) when a configuration is set. Every accepted connection gets a
// ConnectionGuard before QtHttpServer sees it.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    using GuardFactory = std::function<void(QTcpSocket *socket)>;
    GuardedTcpServer(GuardFactory beforeServer, std::function<void(QTcpSocket *)> afterServer,
                     QObject *parent = nullptr);
#if QT_CONFIG(ssl)
    void setSslConfiguration(const QSslConfiguration &configuration);
#endif

protected:
    void incomingConnection(qintptr handle) override;

private:
    GuardFactory m_before;
    std::function<void(QTcpSocket *)> m_after;
#if QT_CONFIG(ssl)
    QSslConfiguration m_ssl;
    bool m_tls = false;
#endif
};

} // namespace Gatehouse

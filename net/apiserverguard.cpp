// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/apiserverguard.h"

#include <QAbstractHttpServer>
#include <QTcpSocket>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#if QT_CONFIG(ssl)
#include <QSslSocket>
#endif

namespace Gatehouse {

namespace {

constexpr qsizetype MaxChunkLine = 4096;

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

QByteArray lineWithoutEnd(QByteArray line)
{
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

RequestFramer::RequestFramer(qint64 maxHeaderBytes, std::function<qint64(const QByteArray &)> bodyLimit)
    : m_bodyLimit(std::move(bodyLimit))
    , m_maxHeaderBytes(maxHeaderBytes)
{
}

bool RequestFramer::takeContinue()
{
    const bool wanted = m_continue;
    m_continue = false;
    return wanted;
}

RequestFramer::Verdict RequestFramer::headersDone()
{
    m_contentLength = 0;
    m_chunked = false;
    m_rejected = false;
    bool expectContinue = false;
    bool lengthSeen = false;
    const QList<QByteArray> lines = m_line.split('\n');
    m_line.clear();
    for (const QByteArray &raw : lines) {
        const QByteArray line = lineWithoutEnd(raw);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (lengthSeen && length != m_contentLength)) {
                m_state = State::Broken;
                return Verdict::Malformed;
            }
            // Like QtHttpServer, the first Content-Length counts.
            if (!lengthSeen)
                m_contentLength = length;
            lengthSeen = true;
        } else if (name == "transfer-encoding") {
            m_chunked = m_chunked || value.toLower().contains("chunked");
        } else if (name == "expect") {
            expectContinue = value.toLower() == "100-continue";
        }
    }
    m_limit = m_bodyLimit ? m_bodyLimit(m_target) : std::numeric_limits<qint64>::max();
    m_chunkedTotal = 0;
    Verdict verdict = Verdict::Fine;
    if (m_chunked) {
        m_state = State::ChunkSize;
    } else if (m_contentLength > 0) {
        m_state = State::Body;
        m_remaining = m_contentLength;
        if (m_contentLength > m_limit) {
            m_rejected = true;
            verdict = Verdict::BodyTooLarge;
        }
    } else {
        m_state = State::RequestLine;
    }
    m_continue = expectContinue && !m_rejected && m_state != State::RequestLine;
    return verdict;
}

RequestFramer::Verdict RequestFramer::feed(const char *data, qsizetype size)
{
    Verdict result = Verdict::Fine;
    const auto note = [&result](Verdict v) {
        if (result == Verdict::Fine)
            result = v;
    };
    qsizetype i = 0;
    while (i < size) {
        switch (m_state) {
        case State::Broken:
            return result;
        case State::RequestLine: {
            const char c = data[i++];
            if (m_line.isEmpty() && isBlank(c))
                continue; // blank lines between requests, as QtHttpServer skips them
            if (m_line.isEmpty())
                m_headerBytes = 0;
            m_line.append(c);
            if (++m_headerBytes > m_maxHeaderBytes) {
                m_state = State::Broken;
                note(Verdict::HeadersTooLarge);
                return result;
            }
            if (c == '\n') {
                const QList<QByteArray> parts = lineWithoutEnd(m_line).simplified().split(' ');
                m_method = parts.value(0);
                m_target = parts.value(1);
                m_line.clear();
                m_state = State::Headers;
            }
            break;
        }
        case State::Headers: {
            const char c = data[i++];
            m_line.append(c);
            if (++m_headerBytes > m_maxHeaderBytes) {
                m_state = State::Broken;
                note(Verdict::HeadersTooLarge);
                return result;
            }
            // The end of the header block as QtHttpServer sees it: CRLF CRLF, LF LF (and
            // the mixed forms), or no header at all.
            if (c == '\n'
                && (m_line.endsWith("\n\r\n") || m_line.endsWith("\n\n") || m_line == "\r\n" || m_line == "\n"))
                note(headersDone());
            break;
        }
        case State::Body: {
            const qint64 n = std::min<qint64>(m_remaining, size - i);
            i += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = State::RequestLine;
            break;
        }
        case State::ChunkSize:
        case State::ChunkDataEnd:
        case State::Trailers: {
            const char c = data[i++];
            m_line.append(c);
            if (m_line.size() > MaxChunkLine) {
                m_state = State::Broken;
                note(Verdict::Malformed);
                return result;
            }
            if (c != '\n')
                break;
            const QByteArray line = lineWithoutEnd(m_line);
            m_line.clear();
            if (m_state == State::ChunkDataEnd) {
                m_state = State::ChunkSize;
            } else if (m_state == State::Trailers) {
                if (line.isEmpty())
                    m_state = State::RequestLine;
            } else {
                const qsizetype semicolon = line.indexOf(';');
                bool ok = false;
                const qint64 chunk = (semicolon >= 0 ? line.left(semicolon) : line).trimmed().toLongLong(&ok, 16);
                if (!ok || chunk < 0) {
                    m_state = State::Broken;
                    note(Verdict::Malformed);
                    return result;
                }
                if (chunk == 0) {
                    m_state = State::Trailers;
                } else {
                    m_state = State::ChunkData;
                    m_remaining = chunk;
                    m_chunkedTotal += chunk;
                    if (!m_rejected && m_chunkedTotal > m_limit) {
                        m_rejected = true;
                        note(Verdict::BodyTooLarge);
                    }
                }
            }
            break;
        }
        case State::ChunkData: {
            const qint64 n = std::min<qint64>(m_remaining, size - i);
            i += n;
            m_remaining -= n;
            if (m_remaining == 0)
                m_state = State::ChunkDataEnd;
            break;
        }
        }
    }
    return result;
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, QAbstractHttpServer *server, RequestFramer framer,
                                 Responder respond, Reporter rejected)
    : QObject(socket)
    , m_socket(socket)
    , m_server(server)
    , m_framer(std::move(framer))
    , m_respond(std::move(respond))
    , m_rejected(std::move(rejected))
{
#if QT_CONFIG(ssl)
    m_tls = qobject_cast<QSslSocket *>(socket) != nullptr;
#endif
    // Answers go out in one write; no reason to hold them back.
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    // Connected before QtHttpServer connects its own handler: runs first on every chunk.
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeServer);
    m_linger.setSingleShot(true);
    connect(&m_linger, &QTimer::timeout, this, [this] { m_socket->abort(); });
}

void ConnectionGuard::attachAfterServer()
{
    connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterServer);
}

void ConnectionGuard::beforeServer()
{
#ifdef TCP_QUICKACK
    // Acknowledge at once: a client that writes headers and body separately with Nagle's
    // algorithm on otherwise waits for the delayed ACK (40 ms on Linux) before sending the
    // body. The kernel drops quick-ack mode by itself, so it is asked for on every read.
    if (!m_tls) {
        const int one = 1;
        ::setsockopt(int(m_socket->socketDescriptor()), IPPROTO_TCP, TCP_QUICKACK, &one, sizeof one);
    }
#endif
    if (m_rejecting) {
        discard();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    const qint64 fresh = available - m_leftByServer;
    if (fresh <= 0)
        return;
    const QByteArray bytes = m_socket->peek(available);
    const RequestFramer::Verdict verdict =
        m_framer.feed(bytes.constData() + (bytes.size() - fresh), qsizetype(std::min<qint64>(fresh, bytes.size())));
    m_leftByServer = available;
    if (verdict != RequestFramer::Verdict::Fine) {
        reject(verdict);
        return;
    }
    if (m_framer.takeContinue())
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void ConnectionGuard::afterServer()
{
    if (!m_rejecting)
        m_leftByServer = m_socket->bytesAvailable();
}

void ConnectionGuard::reject(RequestFramer::Verdict verdict)
{
    m_rejecting = true;
    // The server never sees this connection again: its parser holds half a request.
    if (m_server)
        disconnect(m_socket, &QTcpSocket::readyRead, m_server, nullptr);
    disconnect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterServer);
    if (m_socket->isTransactionStarted())
        m_socket->commitTransaction();
    m_socket->skip(m_socket->bytesAvailable());
    m_socket->write(m_respond(verdict, m_framer.target()));
    m_socket->flush();
    const int status = verdict == RequestFramer::Verdict::BodyTooLarge      ? 413
                       : verdict == RequestFramer::Verdict::HeadersTooLarge ? 431
                                                                            : 400;
    if (m_rejected)
        m_rejected(m_framer.method(), m_framer.target(), status);
    m_linger.start(LingerMs);
    // A body still coming is read and dropped (the client is told as soon as possible and
    // can read the answer once it has sent everything); otherwise close now.
    if (verdict != RequestFramer::Verdict::BodyTooLarge || m_framer.betweenRequests())
        m_socket->disconnectFromHost();
}

void ConnectionGuard::discard()
{
    char buffer[64 * 1024];
    while (m_socket->bytesAvailable() > 0) {
        const qint64 n = m_socket->read(buffer, sizeof buffer);
        if (n <= 0)
            break;
        if (m_socket->state() == QAbstractSocket::ClosingState)
            continue;
        m_framer.feed(buffer, qsizetype(n));
        if (m_framer.betweenRequests()) {
            m_socket->disconnectFromHost();
        }
    }
}

GuardedTcpServer::GuardedTcpServer(GuardFactory beforeServer, std::function<void(QTcpSocket *)> afterServer,
                                   QObject *parent)
    : QTcpServer(parent)
    , m_before(std::move(beforeServer))
    , m_after(std::move(afterServer))
{
}

#if QT_CONFIG(ssl)
void GuardedTcpServer::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_ssl = configuration;
    m_tls = true;
}
#endif

void GuardedTcpServer::incomingConnection(qintptr handle)
{
#if QT_CONFIG(ssl)
    if (m_tls) {
        auto *socket = new QSslSocket(this);
        socket->setSslConfiguration(m_ssl);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        m_before(socket);
        // Handed to the HTTP server only once encrypted; a failed or stalled handshake
        // never reaches it.
        connect(socket, &QSslSocket::encrypted, this, [this, socket] {
            addPendingConnection(socket);
            m_after(socket);
        });
        connect(socket, &QAbstractSocket::disconnected, this, [socket] {
            if (!socket->isEncrypted())
                socket->deleteLater();
        });
        connect(socket, &QAbstractSocket::errorOccurred, this, [socket] {
            if (!socket->isEncrypted())
                socket->abort();
        });
        QTimer::singleShot(10000, socket, [socket] {
            if (!socket->isEncrypted())
                socket->abort();
        });
        socket->startServerEncryption();
        return;
    }
#endif
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    m_before(socket);
    addPendingConnection(socket);
    m_after(socket);
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/loopbackreceiver.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

constexpr qsizetype MaxRequestSize = 16 * 1024;

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 404: return "Not Found";
    case 405: return "Method Not Allowed";
    case 409: return "Conflict";
    case 431: return "Request Header Fields Too Large";
    default: return "Error";
    }
}

} // namespace

LoopbackReceiver::LoopbackReceiver(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &LoopbackReceiver::accept);
}

LoopbackReceiver::~LoopbackReceiver() = default;

bool LoopbackReceiver::listen()
{
    // 127.0.0.1 rather than "localhost": RFC 8252 §8.3, no name resolution, no IPv6 surprise.
    return m_server->listen(QHostAddress(QHostAddress::LocalHost), 0);
}

QString LoopbackReceiver::errorString() const
{
    return m_server->errorString();
}

QUrl LoopbackReceiver::redirectUri() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(m_server->serverPort());
    url.setPath(u"/callback"_s);
    return url;
}

void LoopbackReceiver::accept()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { read(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void LoopbackReceiver::read(QTcpSocket *socket)
{
    auto buffer = m_buffers.find(socket);
    if (buffer == m_buffers.end())
        return; // already answered
    buffer->append(socket->readAll());
    const qsizetype end = buffer->indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer->size() > MaxRequestSize)
            answer(socket, 431, u"Request too large"_s, u"The request is too large."_s);
        return;
    }
    const QByteArray requestLine = buffer->left(buffer->indexOf("\r\n"));
    const QList<QByteArray> words = requestLine.split(' ');
    m_buffers.erase(buffer);
    if (words.size() != 3 || !words.at(2).startsWith("HTTP/1.")) {
        answer(socket, 400, u"Bad request"_s, u"This is not a request Gatehouse understands."_s);
        return;
    }
    const QUrl url = QUrl::fromEncoded("http://127.0.0.1" + words.at(1), QUrl::StrictMode);
    if (!url.isValid() || url.path() != u"/callback") {
        answer(socket, 404, u"Not found"_s, u"Nothing here."_s);
        return;
    }
    if (words.at(0) != "GET") {
        answer(socket, 405, u"Not allowed"_s, u"The sign-in answer comes with GET."_s);
        return;
    }
    if (m_received) {
        answer(socket, 409, u"Already answered"_s, u"This sign-in has already been answered."_s);
        return;
    }
    m_received = true;
    m_pending = socket;
    // Form encoding: "+" is a space; a literal "+" arrives as %2B and stays one.
    QString query = url.query(QUrl::FullyEncoded);
    query.replace(u'+', u"%20"_s);
    Q_EMIT callbackReceived(QUrlQuery(query));
}

void LoopbackReceiver::respond(bool success, const QString &message)
{
    m_server->close();
    if (m_pending)
        answer(m_pending, 200, success ? u"Signed in"_s : u"Sign-in failed"_s, message);
    m_pending = nullptr;
}

void LoopbackReceiver::answer(QTcpSocket *socket, int status, const QString &title, const QString &message)
{
    m_buffers.remove(socket);
    const QByteArray body = (u"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Gatehouse: %1</title></head>"
                             "<body style=\"font-family: sans-serif; margin: 3em\"><h1>%1</h1><p>%2</p></body></html>\n"_s
                                 .arg(title.toHtmlEscaped(), message.toHtmlEscaped()))
                                .toUtf8();
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    response += "Content-Type: text/html; charset=utf-8\r\n"
                "Cache-Control: no-store\r\n"
                "Connection: close\r\n"
                "Content-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(response);
    socket->disconnectFromHost();
}

} // namespace Gatehouse

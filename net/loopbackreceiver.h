// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

class QTcpServer;
class QTcpSocket;

namespace Gatehouse {

// The loopback redirect target of a native app's sign-in (RFC 8252 §7.3): a tiny HTTP/1.1
// server on 127.0.0.1, a free port, answering GET /callback. The first callback is handed
// on and its browser connection kept open until respond(); any other request (a favicon, a
// second callback) gets a short page and is closed. Requests are read up to 16 KiB.
class LoopbackReceiver : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackReceiver(QObject *parent = nullptr);
    ~LoopbackReceiver() override;

    // False with errorString() when no port could be opened.
    bool listen();
    QString errorString() const;
    // http://127.0.0.1:<port>/callback
    QUrl redirectUri() const;

    // Answers the browser that brought the callback with a small page (`message`, HTML-escaped)
    // and stops listening. Safe to call when the browser has gone away.
    void respond(bool success, const QString &message);

Q_SIGNALS:
    // The callback's query, with "+" read as a space (application/x-www-form-urlencoded).
    void callbackReceived(const QUrlQuery &query);

private:
    void accept();
    void read(QTcpSocket *socket);
    void answer(QTcpSocket *socket, int status, const QString &title, const QString &message);

    QTcpServer *m_server = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QPointer<QTcpSocket> m_pending;
    bool m_received = false;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The other side of an SSO sign-in for tst_oidcsignin: the OpenID Connect provider
// (tests/node/oidc/provider.mjs, run with node from PATH in GATEHOUSE_NODE_DIR) and a browser
// played with QNetworkAccessManager. Header-only.

#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>
#include <QUrlQuery>

namespace Gatehouse::OidcTest {

using namespace Qt::StringLiterals;

inline QString htmlUnescape(QString text)
{
    text.replace(u"&quot;"_s, u"\""_s).replace(u"&#39;"_s, u"'"_s).replace(u"&lt;"_s, u"<"_s);
    text.replace(u"&gt;"_s, u">"_s).replace(u"&amp;"_s, u"&"_s);
    return text;
}

inline QString attribute(const QString &tag, const QString &name)
{
    const QRegularExpression pattern(u"\\b"_s + name + u"\\s*=\\s*\"([^\"]*)\""_s,
                                     QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(tag);
    return match.hasMatch() ? htmlUnescape(match.captured(1)) : QString();
}

// The provider as a child process; stopped when this goes away.
class ProviderProcess
{
public:
    ~ProviderProcess()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Empty on success, else why the provider did not start.
    QString start(const QString &accountsFile, const QStringList &options)
    {
        const QString nodeDir = QStringLiteral(GATEHOUSE_NODE_DIR);
        if (!QFileInfo::exists(nodeDir + u"/node_modules/oidc-provider/package.json"_s))
            return u"%1/node_modules is missing: run 'npm ci' in %1 (./dev.sh test does)."_s.arg(nodeDir);
        const QString node = QStandardPaths::findExecutable(u"node"_s);
        if (node.isEmpty())
            return u"node is not on PATH: install Node.js 20 or later."_s;
        m_process.setWorkingDirectory(nodeDir);
        m_process.start(node, QStringList{u"oidc/provider.mjs"_s, u"--accounts"_s, accountsFile} + options);
        if (!m_process.waitForStarted(10000))
            return u"node could not be started: "_s + m_process.errorString();
        QByteArray out;
        static const QRegularExpression listening(u"Listening on (http://127\\.0\\.0\\.1:\\d+)"_s);
        while (true) {
            const QRegularExpressionMatch match = listening.match(QString::fromUtf8(out));
            if (match.hasMatch()) {
                m_issuer = match.captured(1);
                return {};
            }
            if (m_process.state() == QProcess::NotRunning || !m_process.waitForReadyRead(30000)) {
                return u"the provider did not start: "_s
                       + QString::fromUtf8(out + m_process.readAllStandardError()).trimmed();
            }
            out += m_process.readAllStandardOutput();
        }
    }

    QString issuer() const { return m_issuer; }
    QString errors() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    QString m_issuer;
};

// Plays the person's browser: follows redirects keeping cookies, fills in and submits the
// forms the provider shows (login, then consent), and finally opens the loopback callback.
class TestBrowser : public QObject
{
public:
    QString login = u"ada"_s;
    QString password = u"correct horse"_s;
    bool forgeState = false;     // change "state" on the way back, as an attacker would
    bool askFaviconFirst = false; // an unrelated request to the loopback listener first
    bool stall = false;          // opens nothing: the person never finishes

    QUrl authorizationUrl;
    int callbackStatus = 0;
    QString callbackPage;
    QString failure;             // where the walk got stuck
    bool done = false;
    int faviconStatus = 0;

    TestBrowser() { m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy); }

    bool open(const QUrl &url)
    {
        authorizationUrl = url;
        m_callbackBase = QUrl(QUrlQuery(url).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        if (!stall)
            QTimer::singleShot(0, this, [this, url] { get(url); });
        return true;
    }

    // How the page text reads, without tags.
    QString callbackText() const
    {
        static const QRegularExpression tags(u"<[^>]*>"_s);
        return htmlUnescape(QString(callbackPage).remove(tags)).simplified();
    }

private:
    bool isCallback(const QUrl &url) const
    {
        return url.adjusted(QUrl::RemoveQuery) == m_callbackBase.adjusted(QUrl::RemoveQuery);
    }

    void get(const QUrl &url)
    {
        if (++m_steps > 30)
            return stop(u"more than 30 requests, last "_s + url.toString());
        QNetworkReply *reply = m_network.get(QNetworkRequest(url));
        connect(reply, &QNetworkReply::finished, this, [this, reply] { handle(reply); });
    }

    void post(const QUrl &url, const QByteArray &form)
    {
        if (++m_steps > 30)
            return stop(u"more than 30 requests, last "_s + url.toString());
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
        QNetworkReply *reply = m_network.post(request, form);
        connect(reply, &QNetworkReply::finished, this, [this, reply] { handle(reply); });
    }

    void stop(const QString &why)
    {
        failure = why;
        done = true;
    }

    void openCallback(QUrl url)
    {
        if (forgeState) {
            QUrlQuery query(url);
            query.removeAllQueryItems(u"state"_s);
            query.addQueryItem(u"state"_s, u"forged-by-someone-else"_s);
            url.setQuery(query);
        }
        if (askFaviconFirst) {
            askFaviconFirst = false;
            QUrl favicon = url.adjusted(QUrl::RemoveQuery);
            favicon.setPath(u"/favicon.ico"_s);
            QNetworkReply *reply = m_network.get(QNetworkRequest(favicon));
            connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
                reply->deleteLater();
                faviconStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                openCallback(url);
            });
            return;
        }
        get(url);
    }

    void handle(QNetworkReply *reply)
    {
        reply->deleteLater();
        const QUrl url = reply->url();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QString body = QString::fromUtf8(reply->readAll());
        if (isCallback(url)) {
            callbackStatus = status;
            callbackPage = body;
            done = true;
            return;
        }
        if (status >= 300 && status < 400) {
            const QUrl next = url.resolved(QUrl::fromEncoded(reply->rawHeader("Location")));
            if (isCallback(next))
                openCallback(next);
            else
                get(next);
            return;
        }
        static const QRegularExpression form(u"<form\\b([^>]*)>(.*?)</form>"_s,
                                             QRegularExpression::DotMatchesEverythingOption
                                                 | QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = form.match(body);
        if (status != 200 || !match.hasMatch())
            return stop(u"%1 answered %2: %3"_s.arg(url.toString()).arg(status).arg(body.left(500)));
        QList<std::pair<QString, QString>> fields;
        static const QRegularExpression input(u"<input\\b([^>]*)>"_s, QRegularExpression::CaseInsensitiveOption);
        for (auto it = input.globalMatch(match.captured(2)); it.hasNext();) {
            const QString tag = it.next().captured(1);
            const QString name = attribute(tag, u"name"_s);
            if (name.isEmpty())
                continue;
            // Fill in what the form asks for, as a person would.
            if (name == u"login")
                fields.append({name, login});
            else if (attribute(tag, u"type"_s) == u"password")
                fields.append({name, password});
            else
                fields.append({name, attribute(tag, u"value"_s)});
        }
        QByteArray encoded;
        for (const auto &[name, value] : std::as_const(fields))
            encoded += (encoded.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        const QUrl action = url.resolved(QUrl(attribute(match.captured(1), u"action"_s)));
        if (attribute(match.captured(1), u"method"_s).compare(u"post"_s, Qt::CaseInsensitive) == 0)
            post(action, encoded);
        else
            get(action);
    }

    QNetworkAccessManager m_network;
    QUrl m_callbackBase;
    int m_steps = 0;
};

} // namespace Gatehouse::OidcTest

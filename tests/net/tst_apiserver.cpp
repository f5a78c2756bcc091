// SPDX-License-Identifier: GPL-3.0-or-later
// The API server in-process on a real SQLite file, spoken to over real HTTP.
#include "core/auditrecord.h"
#include "core/provisioning.h"
#include "core/token.h"
#include "net/apiserver.h"
#include "repository/repositoryfactory.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

QDateTime day(int d)
{
    return QDateTime(QDate(2026, 1, d), QTime(9, 0), QTimeZone::utc());
}

Account human(Id id, const QString &ident, const QString &name, Role role)
{
    Account a;
    a.id = id;
    a.subject = u"auth0|"_s + ident;
    a.name = name;
    a.email = ident + u"@example.com"_s;
    a.role = role;
    a.created = day(1);
    return a;
}

// Ada (Admin), Bob (Member, in Finance), Carol (Manager), a service account in Finance;
// Public holds datastore 10, Finance (Viewer) holds 11, nobody holds 12.
Snapshot organisation()
{
    Snapshot s;
    s.accounts = {human(1, u"ada"_s, u"Ada Byron"_s, Role::Admin), human(2, u"bob"_s, u"Bob Stone"_s, Role::Member),
                  human(3, u"carol"_s, u"Carol Reed"_s, Role::Manager)};
    Account robot;
    robot.id = 4;
    robot.subject = u"pipeline@service"_s;
    robot.name = u"Pipeline"_s;
    robot.type = AccountType::Service;
    robot.created = day(1);
    s.accounts.append(robot);
    for (Id id : {10, 11, 12}) {
        Datastore d;
        d.id = id;
        d.name = u"Store %1"_s.arg(id);
        d.connection = u"PostgreSQL"_s;
        d.created = day(1);
        s.datastores.append(d);
    }
    Team everyone;
    everyone.id = 1;
    everyone.name = u"Public"_s;
    everyone.isPublic = true;
    everyone.datastores = {10};
    everyone.created = day(1);
    Team finance;
    finance.id = 2;
    finance.name = u"Finance"_s;
    finance.permission = Level::Viewer;
    finance.members = {2, 4};
    finance.datastores = {11};
    finance.created = day(1);
    s.teams = {everyone, finance};
    return s;
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lower-case names
};

qint64 peakRssKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

class tst_ApiServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_url;
    std::unique_ptr<ApiServer> m_server;
    quint16 m_port = 0;
    QNetworkAccessManager m_nam;
    QByteArray m_scim, m_revokedScim, m_adaPersonal, m_bobPersonal, m_service;
    QStringList m_log;

    Reply call(const QByteArray &method, const QString &path, const QByteArray &token, const QByteArray &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(m_port).arg(path)));
        if (!token.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + token);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/scim+json"));
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
        QEventLoop loop;
        connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(60000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            r.headers.insert(name.toLower(), value);
        reply->deleteLater();
        return r;
    }

    Reply scim(const QByteArray &method, const QString &path, const QJsonObject &body = {},
               const QList<std::pair<QByteArray, QByteArray>> &headers = {})
    {
        return call(method, u"/scim/v2"_s + path, m_scim,
                    body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
    }

    static QString filterQuery(const QString &filter)
    {
        return u"filter="_s + QString::fromLatin1(QUrl::toPercentEncoding(filter));
    }

    static QJsonObject user(const QString &email, const QString &name = {})
    {
        QJsonObject o{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s}},
                      {u"userName"_s, email},
                      {u"active"_s, true}};
        if (!name.isEmpty())
            o.insert(u"displayName"_s, name);
        return o;
    }

    static QJsonObject patch(const QJsonArray &operations)
    {
        return QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s}},
                           {u"Operations"_s, operations}};
    }

    std::unique_ptr<Repository> open()
    {
        auto repository = openRepository(u"sqlite:"_s + m_dir.filePath(u"org.gatehouse"_s), OpenMode::ExistingOnly, {}, {});
        if (!repository)
            qFatal("cannot open the test database: %s", qPrintable(repository.error().message));
        return std::move(repository).value();
    }

    QByteArray newToken(Repository &repository, const QString &actor, Token::Kind kind, Id owner, const QString &name)
    {
        const Result<Snapshot> s = repository.load();
        const Result<QList<Token>> all = repository.tokens();
        if (!s || !all)
            qFatal("cannot read the test database");
        Result<NewToken> created =
            TokenService::createToken(*s, *all, actor, kind, owner, name, 30, QDateTime::currentDateTimeUtc());
        if (!created)
            qFatal("createToken: %s", qPrintable(created.error().message));
        const Result<Token> saved = repository.saveToken(created->token, actor);
        if (!saved)
            qFatal("saveToken: %s", qPrintable(saved.error().message));
        return created->secret;
    }

    QString userId(const QString &email)
    {
        const Reply r = scim("GET", u"/Users?"_s + filterQuery(u"userName eq \"%1\""_s.arg(email)));
        return r.json.value(u"Resources"_s).toArray().at(0).toObject().value(u"id"_s).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_url = u"sqlite:"_s + m_dir.filePath(u"org.gatehouse"_s);
        {
            auto created = openRepository(m_url, OpenMode::CreateIfMissing, u"local|tester"_s, u"Tester"_s);
            QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
            QVERIFY((*created)->importSnapshot(organisation(), Repository::ImportMode::Replace, {}).ok());
            Repository &r = **created;
            m_scim = newToken(r, u"auth0|ada"_s, Token::Kind::Scim, 0, u"Entra"_s);
            m_revokedScim = newToken(r, u"auth0|ada"_s, Token::Kind::Scim, 0, u"Old"_s);
            m_adaPersonal = newToken(r, u"auth0|ada"_s, Token::Kind::Personal, 0, u"mine"_s);
            m_bobPersonal = newToken(r, u"auth0|bob"_s, Token::Kind::Personal, 0, u"mine"_s);
            m_service = newToken(r, u"auth0|ada"_s, Token::Kind::Service, 4, u"ci"_s);
            const Result<QList<Token>> all = r.tokens();
            QVERIFY(all.ok());
            for (const Token &t : *all) {
                if (t.name == u"Old") {
                    Result<Token> revoked = TokenService::revokeToken(*r.load(), t, u"auth0|ada"_s,
                                                                      QDateTime::currentDateTimeUtc());
                    QVERIFY(revoked.ok());
                    QVERIFY(r.saveToken(*revoked, u"auth0|ada"_s).ok());
                }
            }
        }
        ApiServerOptions options;
        options.maxBulkOperations = 50;
        m_server = std::make_unique<ApiServer>(open(), options);
        connect(m_server.get(), &ApiServer::requestHandled, this,
                [this](const QString &method, const QString &path, int status, double) {
                    m_log.append(u"%1 %2 %3"_s.arg(method, path).arg(status));
                });
        const Result<quint16> port = m_server->listen(QHostAddress::LocalHost, 0);
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message));
        QVERIFY(*port > 0);
        m_port = *port;
    }

    void bodyOverTheLimitIsRefusedUnread()
    {
        // Headers announce 50 MiB and no byte of it is sent: the answer comes anyway.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /scim/v2/Users HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_scim
                     + "\r\nContent-Type: application/scim+json\r\nContent-Length: 52428800\r\n\r\n");
        QByteArray answer;
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n"), 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
        QVERIFY(answer.contains("Connection: close"));
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("urn:ietf:params:scim:api:messages:2.0:Error"), 5000);
        socket.abort();
    }

    void fiftyMebibytesDoNotGrowTheServer()
    {
        // Peak memory from here on (Linux: writing 5 to clear_refs resets VmHWM).
        QFile reset(u"/proc/self/clear_refs"_s);
        const bool resettable = reset.open(QIODevice::WriteOnly) && reset.write("5") == 1;
        reset.close();
        const qint64 before = peakRssKb();

        const qint64 total = 50ll << 20;
        const QByteArray chunk(1 << 20, 'x');
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_port);
        QVERIFY(socket.waitForConnected(5000));
        socket.write("POST /scim/v2/Bulk HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + m_scim
                     + "\r\nContent-Type: application/scim+json\r\nContent-Length: " + QByteArray::number(total)
                     + "\r\n\r\n");
        qint64 sent = 0;
        QByteArray answer;
        QElapsedTimer timer;
        timer.start();
        while (sent < total && socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 60000) {
            if (socket.bytesToWrite() < (4 << 20)) {
                socket.write(chunk);
                sent += chunk.size();
            }
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
            answer += socket.readAll();
        }
        QTRY_VERIFY_WITH_TIMEOUT((answer += socket.readAll()).contains("\r\n\r\n"), 10000);
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QVERIFY(answer.contains("10485760"));
        // The connection ends once the body is in (read and dropped, never kept).
        QTRY_VERIFY_WITH_TIMEOUT(socket.state() == QAbstractSocket::UnconnectedState
                                     || (socket.waitForReadyRead(100), socket.state() != QAbstractSocket::ConnectedState),
                                 30000);
        const qint64 after = peakRssKb();
        if (before > 0 && after > 0) {
            const qint64 grownMb = (after - before) / 1024;
            qInfo("sent %lld MiB; peak memory grew by %lld MiB", sent >> 20, grownMb);
            // Client and server share this process: the client holds 1 MiB chunks and up to
            // 4 MiB unsent; a server keeping the body would add 50 MiB or more.
            QVERIFY2(grownMb < (resettable ? 24 : 40), qPrintable(u"peak memory grew by %1 MiB"_s.arg(grownMb)));
        }
        QVERIFY(m_log.contains(u"POST /scim/v2/Bulk 413"_s));
    }

    void bodyOverTheLimitThroughQNetworkAccessManager()
    {
        QJsonObject big = user(u"big@example.com"_s);
        big.insert(u"nickName"_s, QString(2 << 20, u'a'));
        const Reply r = scim("POST", u"/Users"_s, big);
        QCOMPARE(r.status, 413);
        QCOMPARE(r.json.value(u"status"_s).toString(), u"413"_s);
        QVERIFY(userId(u"big@example.com"_s).isEmpty());
    }

    void unauthenticated()
    {
        Reply r = call("GET", u"/scim/v2/Users"_s, {});
        QCOMPARE(r.status, 401);
        QVERIFY(r.headers.value("www-authenticate").startsWith("Bearer"));
        QCOMPARE(r.json.value(u"schemas"_s).toArray().at(0).toString(), u"urn:ietf:params:scim:api:messages:2.0:Error"_s);
        r = call("GET", u"/scim/v2/Users"_s, "gh_s_wrong");
        QCOMPARE(r.status, 401);
        QVERIFY(r.headers.value("www-authenticate").contains("invalid_token"));
        r = call("GET", u"/scim/v2/Users"_s, m_revokedScim);
        QCOMPARE(r.status, 401);
        r = call("GET", u"/api/users"_s, "gh_p_wrong");
        QCOMPARE(r.status, 401);
        QVERIFY(r.json.contains(u"error"_s));
    }

    void tokensOnlyWhereTheyBelong()
    {
        Reply r = call("GET", u"/api/users"_s, m_scim);
        QCOMPARE(r.status, 403);
        r = call("GET", u"/scim/v2/Users"_s, m_bobPersonal);
        QCOMPARE(r.status, 403);
        r = call("GET", u"/scim/v2/Users"_s, m_service);
        QCOMPARE(r.status, 403);
        // The secret is nowhere in what the server logged.
        for (const QString &line : std::as_const(m_log))
            QVERIFY(!line.contains(QString::fromLatin1(m_scim)));
    }

    void createGetAndConflict()
    {
        QJsonObject body = user(u"Dora@Example.com"_s);
        body.insert(u"name"_s, QJsonObject{{u"givenName"_s, u"Dora"_s}, {u"familyName"_s, u"Maar"_s}});
        body.insert(u"externalId"_s, u"ext-dora"_s);
        body.insert(u"roles"_s, QJsonArray{QJsonObject{{u"value"_s, u"manager"_s}}});
        const Reply created = scim("POST", u"/Users"_s, body);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.headers.value("content-type"), QByteArray("application/scim+json"));
        const QString id = created.json.value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(created.json.value(u"userName"_s).toString(), u"Dora@Example.com"_s);
        QCOMPARE(created.json.value(u"displayName"_s).toString(), u"Dora Maar"_s);
        QCOMPARE(created.json.value(u"externalId"_s).toString(), u"ext-dora"_s);
        QCOMPARE(created.json.value(u"active"_s).toBool(), true);
        QCOMPARE(created.json.value(u"roles"_s).toArray().at(0).toObject().value(u"value"_s).toString(), u"Manager"_s);
        const QJsonObject meta = created.json.value(u"meta"_s).toObject();
        QCOMPARE(meta.value(u"resourceType"_s).toString(), u"User"_s);
        QCOMPARE(meta.value(u"location"_s).toString(), u"http://127.0.0.1:%1/scim/v2/Users/%2"_s.arg(m_port).arg(id));
        QCOMPARE(created.headers.value("location"), meta.value(u"location"_s).toString().toUtf8());
        QCOMPARE(created.headers.value("etag"), meta.value(u"version"_s).toString().toUtf8());

        const Reply got = scim("GET", u"/Users/"_s + id);
        QCOMPARE(got.status, 200);
        QCOMPARE(got.json.value(u"userName"_s), created.json.value(u"userName"_s));
        QCOMPARE(got.json.value(u"meta"_s).toObject().value(u"version"_s), meta.value(u"version"_s));

        // The e-mail is taken, ignoring case.
        const Reply again = scim("POST", u"/Users"_s, user(u"dora@example.COM"_s));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.json.value(u"scimType"_s).toString(), u"uniqueness"_s);
        QCOMPARE(again.json.value(u"status"_s).toString(), u"409"_s);

        QCOMPARE(scim("GET", u"/Users/999999"_s).status, 404);
        QCOMPARE(scim("GET", u"/Users/abc"_s).status, 404);
        // A service account is not a User.
        QCOMPARE(scim("GET", u"/Users/4"_s).status, 404);
    }

    void listFilterAndPaginate()
    {
        for (int i = 0; i < 5; ++i)
            QCOMPARE(scim("POST", u"/Users"_s, user(u"page%1@paging.org"_s.arg(i), u"Pager %1"_s.arg(i))).status, 201);
        Reply r = scim("GET", u"/Users?"_s + filterQuery(u"userName eq \"PAGE3@paging.org\""_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"totalResults"_s).toInt(), 1);
        QCOMPARE(r.json.value(u"Resources"_s).toArray().at(0).toObject().value(u"displayName"_s).toString(), u"Pager 3"_s);

        r = scim("GET", u"/Users?"_s + filterQuery(u"userName ew \"@paging.org\""_s) + u"&startIndex=2&count=2&sortBy=userName"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"totalResults"_s).toInt(), 5);
        QCOMPARE(r.json.value(u"startIndex"_s).toInt(), 2);
        QCOMPARE(r.json.value(u"itemsPerPage"_s).toInt(), 2);
        const QJsonArray page = r.json.value(u"Resources"_s).toArray();
        QCOMPARE(page.size(), 2);
        QCOMPARE(page.at(0).toObject().value(u"userName"_s).toString(), u"page1@paging.org"_s);
        QCOMPARE(page.at(1).toObject().value(u"userName"_s).toString(), u"page2@paging.org"_s);

        // '+' for spaces, as URLSearchParams writes it; and precedence of and over or.
        r = scim("GET", u"/Users?filter=displayName+eq+%22Pager+4%22+or+displayName+eq+%22Pager+0%22+and+active+eq+false"_s);
        QCOMPARE(r.json.value(u"totalResults"_s).toInt(), 1);

        r = scim("GET", u"/Users?"_s + filterQuery(u"emails[type eq \"work\" and value co \"@paging\"]"_s)
                            + u"&attributes=userName,name.givenName&count=1"_s);
        QCOMPARE(r.json.value(u"totalResults"_s).toInt(), 5);
        const QJsonObject only = r.json.value(u"Resources"_s).toArray().at(0).toObject();
        QVERIFY(only.contains(u"id"_s));
        QVERIFY(only.contains(u"userName"_s));
        QVERIFY(!only.contains(u"emails"_s));
        QVERIFY(!only.contains(u"meta"_s));
        QCOMPARE(only.value(u"name"_s).toObject().keys(), QStringList{u"givenName"_s});

        r = scim("GET", u"/Users?excludedAttributes=groups,emails&count=1"_s);
        QVERIFY(!r.json.value(u"Resources"_s).toArray().at(0).toObject().contains(u"emails"_s));

        // No filter: counts without rendering everything; count=0 gives the total only.
        r = scim("GET", u"/Users?count=0"_s);
        QCOMPARE(r.json.value(u"itemsPerPage"_s).toInt(), 0);
        QVERIFY(r.json.value(u"totalResults"_s).toInt() >= 8);
    }

    void filtersAreParsedNotRun()
    {
        Reply r = scim("GET", u"/Users?"_s + filterQuery(u"userName eq \"x\" OR 1=1"_s));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(u"scimType"_s).toString(), u"invalidFilter"_s);
        QVERIFY2(r.json.value(u"detail"_s).toString().contains(u"character 20"_s), r.body.constData());

        r = scim("GET", u"/Users?"_s + filterQuery(u"userName eq \"x' OR '1'='1'; DROP TABLE accounts; --\""_s));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"totalResults"_s).toInt(), 0);
        QVERIFY(!userId(u"ada@example.com"_s).isEmpty()); // still there

        r = scim("GET", u"/Users?"_s + filterQuery(u"nickName eq \"x\""_s));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(u"scimType"_s).toString(), u"invalidFilter"_s);
        QVERIFY(r.json.value(u"detail"_s).toString().contains(u"nickName"_s));

        r = scim("GET", u"/Users?startIndex=first"_s);
        QCOMPARE(r.status, 400);
    }

    void patchPutDeleteUser()
    {
        const Reply created = scim("POST", u"/Users"_s, user(u"eve@example.com"_s, u"Eve Adams"_s));
        QCOMPARE(created.status, 201);
        const QString id = created.json.value(u"id"_s).toString();
        const QByteArray etag = created.headers.value("etag");

        // Entra's style: op names capitalised, booleans as strings, no path.
        Reply r = scim("PATCH", u"/Users/"_s + id,
                       patch({QJsonObject{{u"op"_s, u"Replace"_s}, {u"path"_s, u"displayName"_s}, {u"value"_s, u"Eve A."_s}},
                              QJsonObject{{u"op"_s, u"Replace"_s}, {u"value"_s, QJsonObject{{u"active"_s, u"False"_s}}}}}),
                       {{"If-Match", etag}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"displayName"_s).toString(), u"Eve A."_s);
        QCOMPARE(r.json.value(u"active"_s).toBool(), false);
        const QByteArray etag2 = r.headers.value("etag");
        QVERIFY(etag2 != etag);

        // The old version is stale now.
        r = scim("PATCH", u"/Users/"_s + id,
                 patch({QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, u"active"_s}, {u"value"_s, true}}}),
                 {{"If-Match", etag}});
        QCOMPARE(r.status, 412);
        QCOMPARE(scim("GET", u"/Users/"_s + id, {}, {{"If-None-Match", etag2}}).status, 304);

        // PUT replaces: a new e-mail through emails, the name through name.givenName.
        QJsonObject replacement = user(u"eve@example.com"_s);
        replacement.insert(u"emails"_s, QJsonArray{QJsonObject{{u"value"_s, u"eve@new.example"_s}, {u"primary"_s, true}}});
        replacement.insert(u"name"_s, QJsonObject{{u"givenName"_s, u"Evelyn"_s}, {u"familyName"_s, u"Adams"_s}});
        replacement.insert(u"active"_s, true);
        r = scim("PUT", u"/Users/"_s + id, replacement);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"userName"_s).toString(), u"eve@new.example"_s);
        QCOMPARE(r.json.value(u"displayName"_s).toString(), u"Evelyn Adams"_s);
        QCOMPARE(r.json.value(u"active"_s).toBool(), true);

        // Unknown attributes are accepted and not kept; read-only ones cannot be patched.
        r = scim("PATCH", u"/Users/"_s + id,
                 patch({QJsonObject{{u"op"_s, u"add"_s}, {u"path"_s, u"title"_s}, {u"value"_s, u"CFO"_s}},
                        QJsonObject{{u"op"_s, u"add"_s},
                                    {u"path"_s, u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"_s},
                                    {u"value"_s, u"Finance"_s}}}));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json.contains(u"title"_s));
        r = scim("PATCH", u"/Users/"_s + id,
                 patch({QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, u"id"_s}, {u"value"_s, u"1"_s}}}));
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(u"scimType"_s).toString(), u"mutability"_s);

        // DELETE deactivates; the account stays.
        QCOMPARE(scim("DELETE", u"/Users/"_s + id).status, 204);
        r = scim("GET", u"/Users/"_s + id);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"active"_s).toBool(), false);

        // Every change was made as the SCIM token's owner.
        auto repository = open();
        AuditFilter filter;
        filter.entity = u"account"_s;
        filter.entityId = id.toLongLong();
        const Result<QList<AuditRecord>> history = repository->auditLog(filter);
        QVERIFY(history.ok());
        QVERIFY(history->size() >= 4);
        for (const AuditRecord &record : *history)
            QCOMPARE(record.actorSubject, u"auth0|ada"_s);
    }

    void malformedRequests()
    {
        Reply r = call("POST", u"/scim/v2/Users"_s, m_scim, "{\"userName\": ");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(u"scimType"_s).toString(), u"invalidSyntax"_s);
        r = call("POST", u"/scim/v2/Users"_s, m_scim, "[1, 2]");
        QCOMPARE(r.status, 400);
        r = scim("POST", u"/Users"_s, QJsonObject{{u"displayName"_s, u"No mail"_s}});
        QCOMPARE(r.status, 400);
        QVERIFY(r.json.value(u"detail"_s).toString().contains(u"userName"_s));
        // userName is the e-mail: another user name could not be found again by the client.
        QJsonObject named = user(u"bjensen"_s);
        named.insert(u"emails"_s, QJsonArray{QJsonObject{{u"value"_s, u"bjensen@example.com"_s}, {u"primary"_s, true}}});
        r = scim("POST", u"/Users"_s, named);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(u"scimType"_s).toString(), u"invalidValue"_s);
        QVERIFY(r.json.value(u"detail"_s).toString().contains(u"\"bjensen\""_s));
        r = scim("PATCH", u"/Users/1"_s, QJsonObject{{u"Operations"_s, QJsonArray{QJsonObject{{u"op"_s, u"move"_s}}}}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value(u"scimType"_s).toString(), u"invalidSyntax"_s);
        r = scim("PUT", u"/Users"_s, user(u"x@example.com"_s));
        QCOMPARE(r.status, 405);
        QCOMPARE(call("GET", u"/nowhere"_s, m_scim).status, 404);
    }

    void groups()
    {
        const QString ada = userId(u"ada@example.com"_s), bob = userId(u"bob@example.com"_s),
                      carol = userId(u"carol@example.com"_s);
        Reply r = scim("POST", u"/Groups"_s,
                       QJsonObject{{u"displayName"_s, u"Risk"_s},
                                   {u"members"_s, QJsonArray{QJsonObject{{u"value"_s, ada}}, QJsonObject{{u"value"_s, bob}}}}});
        QCOMPARE(r.status, 201);
        const QString id = r.json.value(u"id"_s).toString();
        QCOMPARE(r.json.value(u"members"_s).toArray().size(), 2);
        QCOMPARE(r.json.value(u"members"_s).toArray().at(0).toObject().value(u"display"_s).toString(), u"Ada Byron"_s);

        // The user's groups follow.
        r = scim("GET", u"/Users/"_s + bob);
        QStringList names;
        for (const QJsonValue &g : r.json.value(u"groups"_s).toArray())
            names.append(g.toObject().value(u"display"_s).toString());
        QCOMPARE(names, (QStringList{u"Finance"_s, u"Risk"_s}));

        // Entra's member PATCHes.
        r = scim("PATCH", u"/Groups/"_s + id,
                 patch({QJsonObject{{u"op"_s, u"Add"_s}, {u"path"_s, u"members"_s},
                                    {u"value"_s, QJsonArray{QJsonObject{{u"value"_s, carol}}}}},
                        QJsonObject{{u"op"_s, u"Remove"_s}, {u"path"_s, u"members[value eq \"%1\"]"_s.arg(ada)}}}));
        QCOMPARE(r.status, 200);
        QStringList members;
        for (const QJsonValue &m : r.json.value(u"members"_s).toArray())
            members.append(m.toObject().value(u"value"_s).toString());
        QCOMPARE(members, (QStringList{bob, carol}));

        r = scim("GET", u"/Groups?"_s + filterQuery(u"displayName eq \"risk\""_s) + u"&excludedAttributes=members"_s);
        QCOMPARE(r.json.value(u"totalResults"_s).toInt(), 1);
        QVERIFY(!r.json.value(u"Resources"_s).toArray().at(0).toObject().contains(u"members"_s));
        r = scim("GET", u"/Groups?"_s + filterQuery(u"members[value eq \"%1\"]"_s.arg(carol)));
        QCOMPARE(r.json.value(u"totalResults"_s).toInt(), 1);

        // PUT renames and sets the members; the service account in Finance stays a member.
        r = scim("PUT", u"/Groups/2"_s, QJsonObject{{u"displayName"_s, u"Finance Team"_s}, {u"members"_s, QJsonArray{}}});
        QVERIFY2(r.status == 200, r.body.constData());
        QCOMPARE(r.json.value(u"members"_s).toArray().size(), 0);
        {
            auto repository = open();
            const Result<Snapshot> s = repository->load();
            QVERIFY(s.ok());
            QCOMPARE(s->teams.at(1).name, u"Finance Team"_s);
            QCOMPARE(s->teams.at(1).members, QList<Id>{4});
        }

        // Public is never a Group.
        QCOMPARE(scim("GET", u"/Groups/1"_s).status, 404);
        QCOMPARE(scim("DELETE", u"/Groups/1"_s).status, 404);
        r = scim("POST", u"/Groups"_s, QJsonObject{{u"displayName"_s, u"PUBLIC"_s}});
        QCOMPARE(r.status, 409);
        r = scim("GET", u"/Groups"_s);
        for (const QJsonValue &g : r.json.value(u"Resources"_s).toArray())
            QVERIFY(g.toObject().value(u"displayName"_s).toString() != u"Public"_s);

        QCOMPARE(scim("DELETE", u"/Groups/"_s + id).status, 204);
        QCOMPARE(scim("GET", u"/Groups/"_s + id).status, 404);
    }

    void bulk()
    {
        const QJsonObject request{
            {u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:BulkRequest"_s}},
            {u"Operations"_s,
             QJsonArray{
                 // The group first: it waits for the user its bulkId reference names.
                 QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"/Groups"_s}, {u"bulkId"_s, u"g1"_s},
                             {u"data"_s, QJsonObject{{u"displayName"_s, u"Bulk Team"_s},
                                                     {u"members"_s, QJsonArray{QJsonObject{{u"value"_s, u"bulkId:u1"_s}}}}}}},
                 QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"/Users"_s}, {u"bulkId"_s, u"u1"_s},
                             {u"data"_s, user(u"bulk1@example.com"_s, u"Bulk One"_s)}},
                 QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"/Users"_s}, {u"bulkId"_s, u"dup"_s},
                             {u"data"_s, user(u"ada@example.com"_s)}},
                 QJsonObject{{u"method"_s, u"PATCH"_s}, {u"path"_s, u"/Users/bulkId:u1"_s},
                             {u"data"_s, patch({QJsonObject{{u"op"_s, u"replace"_s}, {u"path"_s, u"displayName"_s},
                                                            {u"value"_s, u"Bulk Uno"_s}}})}},
                 QJsonObject{{u"method"_s, u"DELETE"_s}, {u"path"_s, u"/Groups/999999"_s}},
             }}};
        Reply r = scim("POST", u"/Bulk"_s, request);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"schemas"_s).toArray().at(0).toString(),
                 u"urn:ietf:params:scim:api:messages:2.0:BulkResponse"_s);
        const QJsonArray ops = r.json.value(u"Operations"_s).toArray();
        QCOMPARE(ops.size(), 5);
        QHash<QString, QJsonObject> byBulkId;
        QStringList statuses;
        for (const QJsonValue &v : ops) {
            statuses.append(v.toObject().value(u"status"_s).toString());
            byBulkId.insert(v.toObject().value(u"bulkId"_s).toString(), v.toObject());
        }
        QCOMPARE(statuses, (QStringList{u"201"_s, u"201"_s, u"409"_s, u"200"_s, u"404"_s}));
        QCOMPARE(byBulkId.value(u"dup"_s).value(u"response"_s).toObject().value(u"scimType"_s).toString(), u"uniqueness"_s);
        const QString userLocation = byBulkId.value(u"u1"_s).value(u"location"_s).toString();
        const QString groupLocation = byBulkId.value(u"g1"_s).value(u"location"_s).toString();
        QVERIFY(userLocation.contains(u"/scim/v2/Users/"_s));
        const QString userIdText = userLocation.section(u'/', -1);
        QVERIFY(userIdText.toLongLong() > 0);

        r = call("GET", QUrl(groupLocation).path(), m_scim);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"members"_s).toArray().at(0).toObject().value(u"value"_s).toString(), userIdText);
        QCOMPARE(r.json.value(u"members"_s).toArray().at(0).toObject().value(u"display"_s).toString(), u"Bulk Uno"_s);

        // failOnErrors: processing stops at the first error.
        const QJsonObject stopping{
            {u"failOnErrors"_s, 1},
            {u"Operations"_s,
             QJsonArray{QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"/Users"_s}, {u"data"_s, user(u"ada@example.com"_s)}},
                        QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"/Users"_s},
                                    {u"data"_s, user(u"never@example.com"_s)}}}}};
        r = scim("POST", u"/Bulk"_s, stopping);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"Operations"_s).toArray().size(), 1);
        QVERIFY(userId(u"never@example.com"_s).isEmpty());

        // More operations than maxOperations.
        QJsonArray many;
        for (int i = 0; i < 51; ++i)
            many.append(QJsonObject{{u"method"_s, u"DELETE"_s}, {u"path"_s, u"/Groups/999999"_s}});
        QCOMPARE(scim("POST", u"/Bulk"_s, QJsonObject{{u"Operations"_s, many}}).status, 413);
    }

    void otherWritersAreSeen()
    {
        // Another process provisions a user directly.
        auto repository = open();
        const Result<Snapshot> s = repository->load();
        QVERIFY(s.ok());
        ProvisioningBatch batch(*s, u"auth0|ada"_s, QDateTime::currentDateTimeUtc());
        AccountProfile profile;
        profile.email = u"elsewhere@example.com"_s;
        profile.name = u"From Elsewhere"_s;
        QVERIFY(batch.createAccount(profile).ok());
        QVERIFY(repository->commit(batch.changes(), u"auth0|ada"_s).ok());
        QVERIFY(!userId(u"elsewhere@example.com"_s).isEmpty());
    }

    void discovery()
    {
        Reply r = scim("GET", u"/ServiceProviderConfig"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"bulk"_s).toObject().value(u"maxOperations"_s).toInt(), 50);
        QCOMPARE(r.json.value(u"filter"_s).toObject().value(u"supported"_s).toBool(), true);
        QCOMPARE(r.json.value(u"etag"_s).toObject().value(u"supported"_s).toBool(), true);
        r = scim("GET", u"/ResourceTypes"_s);
        QCOMPARE(r.json.value(u"totalResults"_s).toInt(), 2);
        r = scim("GET", u"/ResourceTypes/User"_s);
        QCOMPARE(r.json.value(u"endpoint"_s).toString(), u"/Users"_s);
        r = scim("GET", u"/Schemas/urn:ietf:params:scim:schemas:core:2.0:Group"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"attributes"_s).toArray().at(1).toObject().value(u"name"_s).toString(), u"members"_s);
        QCOMPARE(scim("POST", u"/Schemas"_s, QJsonObject{{u"x"_s, 1}}).status, 405);
    }

    void tls()
    {
        if (!QSslSocket::supportsSsl())
            QFAIL("Qt has no TLS backend here");
        // A throwaway self-signed certificate from the openssl command.
        const QString cert = m_dir.filePath(u"cert.pem"_s), key = m_dir.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s, key,
                                     u"-out"_s, cert, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);

        ApiServerOptions options;
        options.tlsCertificateFile = cert;
        options.tlsKeyFile = key;
        options.maxBodyBytes = 1000;
        ApiServer server(open(), options);
        const Result<quint16> port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY2(port.ok(), qPrintable(port.ok() ? QString() : port.error().message));
        QVERIFY(server.isTls());

        const auto get = [&](const QByteArray &method, const QByteArray &body) {
            QNetworkRequest request(QUrl(u"https://127.0.0.1:%1/scim/v2/Users?count=1"_s.arg(*port)));
            request.setRawHeader("Authorization", "Bearer " + m_scim);
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setCaCertificates(QSslCertificate::fromPath(cert));
            request.setSslConfiguration(ssl);
            QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(30000, &loop, &QEventLoop::quit);
            loop.exec();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const QJsonObject json = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            return std::pair{status, json};
        };
        auto [status, json] = get("GET", {});
        QCOMPARE(status, 200);
        QVERIFY(json.value(u"Resources"_s).toArray().at(0).toObject().value(u"meta"_s).toObject()
                    .value(u"location"_s).toString().startsWith(u"https://"_s));
        std::tie(status, json) = get("POST", QByteArray(5000, ' '));
        QCOMPARE(status, 413);

        // Wrong TLS file: a clear error.
        ApiServerOptions broken;
        broken.tlsCertificateFile = key;
        broken.tlsKeyFile = key;
        ApiServer other(open(), broken);
        const Result<quint16> refused = other.listen(QHostAddress::LocalHost, 0);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"--tls-cert"_s), qPrintable(refused.error().message));
    }

    void readApi()
    {
        Reply r = call("GET", u"/api/users?page=1&size=2"_s, m_adaPersonal);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(r.json.value(u"items"_s).toArray().size(), 2);
        const int total = r.json.value(u"total"_s).toInt();
        QVERIFY(total >= 10);
        QCOMPARE(r.json.value(u"page"_s).toInt(), 1);
        QCOMPARE(r.json.value(u"size"_s).toInt(), 2);
        QCOMPARE(r.json.value(u"pages"_s).toInt(), (total + 1) / 2);
        r = call("GET", u"/api/users?page=%1&size=2"_s.arg((total + 1) / 2 + 1), m_adaPersonal);
        QCOMPARE(r.json.value(u"items"_s).toArray().size(), 0);
        QCOMPARE(call("GET", u"/api/users?size=501"_s, m_adaPersonal).status, 400);
        QCOMPARE(call("GET", u"/api/users?page=0"_s, m_adaPersonal).status, 400);
        QCOMPARE(call("GET", u"/api/nothing"_s, m_adaPersonal).status, 404);

        // A Member sees their own account, their teams and the datastores they reach.
        r = call("GET", u"/api/users"_s, m_bobPersonal);
        QCOMPARE(r.json.value(u"total"_s).toInt(), 1);
        QCOMPARE(r.json.value(u"items"_s).toArray().at(0).toObject().value(u"email"_s).toString(), u"bob@example.com"_s);
        r = call("GET", u"/api/datastores"_s, m_bobPersonal);
        QStringList stores;
        for (const QJsonValue &d : r.json.value(u"items"_s).toArray())
            stores.append(d.toObject().value(u"name"_s).toString() + u':' + d.toObject().value(u"level"_s).toString());
        QCOMPARE(stores, QStringList{u"Store 10:Reporter"_s}); // Finance lost him in groups()
        r = call("GET", u"/api/teams"_s, m_bobPersonal);
        for (const QJsonValue &t : r.json.value(u"items"_s).toArray())
            QVERIFY(!t.toObject().contains(u"members"_s));
        // A service token acts as its service account (a Member).
        r = call("GET", u"/api/teams"_s, m_service);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(u"total"_s).toInt(), 2); // Public and Finance Team
    }
};

QTEST_GUILESS_MAIN(tst_ApiServer)
#include "tst_apiserver.moc"

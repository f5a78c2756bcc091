// SPDX-License-Identifier: GPL-3.0-or-later
// Accounts provisioned while the GUI is open appear there (issue 7, live refresh): a real
// `gatehousectl serve` process provisions users and groups over real HTTP, and the GUI's
// side — a DatabaseWorker, a LiveRefresh and a Directory on the same database, wired as the
// application wires them — gains the rows without a reset. Once with the Directory alone,
// once with a whole window whose Accounts and Teams pages show the new rows. SQLite and
// PostgreSQL.
#include "core/directory.h"
#include "core/token.h"
#include "models/directorytablemodel.h"
#include "repository/changewatcher.h"
#include "repository/databaseworker.h"
#include "repository/liverefresh.h"
#include "repository/repositoryfactory.h"
#include "repository/testbackends.h"
#include "views/detailspane.h"
#include "views/mainwindow.h"
#include "views/tablepage.h"
#include "views/viewtestsupport.h"

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

const QString Ada = u"auth0|ada"_s;

Account human(Id id, const QString &ident, const QString &name, Role role)
{
    Account a;
    a.id = id;
    a.subject = u"auth0|"_s + ident;
    a.name = name;
    a.email = ident + u"@example.com"_s;
    a.role = role;
    a.created = QDateTime(QDate(2026, 1, 1), QTime(9, 0), QTimeZone::utc());
    return a;
}

// Ada (Admin, owner of the SCIM token) and Bob (Member, in Finance); Public and Finance.
Snapshot organisation()
{
    Snapshot s;
    s.accounts = {human(1, u"ada"_s, u"Ada Byron"_s, Role::Admin), human(2, u"bob"_s, u"Bob Stone"_s, Role::Member)};
    Datastore store;
    store.id = 10;
    store.name = u"Ledger"_s;
    store.connection = u"PostgreSQL"_s;
    store.created = s.accounts.first().created;
    s.datastores = {store};
    Team everyone;
    everyone.id = 1;
    everyone.name = u"Public"_s;
    everyone.isPublic = true;
    everyone.created = store.created;
    Team finance;
    finance.id = 2;
    finance.name = u"Finance"_s;
    finance.permission = Level::Viewer;
    finance.members = {2};
    finance.datastores = {10};
    finance.created = store.created;
    s.teams = {everyone, finance};
    return s;
}

const Account *accountByEmail(const Directory &directory, const QString &email)
{
    for (const Account &account : directory.accounts()) {
        if (account.email.compare(email, Qt::CaseInsensitive) == 0)
            return &account;
    }
    return nullptr;
}

const Team *teamByName(const Directory &directory, const QString &name)
{
    for (const Team &team : directory.teams()) {
        if (team.name == name)
            return &team;
    }
    return nullptr;
}

struct Reply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
};

// `gatehousectl serve` on the database, on a free port of 127.0.0.1.
class Server
{
public:
    ~Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000))
                m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // Empty when listening, else why not.
    QString start(const QString &url)
    {
        m_process.setProgram(QStringLiteral(GATEHOUSECTL_PATH));
        m_process.setArguments({u"serve"_s, u"--db"_s, url, u"--listen"_s, u"127.0.0.1:0"_s});
        m_process.start();
        if (!m_process.waitForStarted(20000))
            return u"gatehousectl did not start: "_s + m_process.errorString();
        static const QRegularExpression listening(u"^Listening on (http://127\\.0\\.0\\.1:\\d+)\\s*$"_s);
        QByteArray out;
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            if (m_process.canReadLine()) {
                const QString line = QString::fromUtf8(m_process.readLine());
                const QRegularExpressionMatch match = listening.match(line);
                if (match.hasMatch()) {
                    m_base = match.captured(1);
                    return {};
                }
                out += line.toUtf8();
                continue;
            }
            if (m_process.state() == QProcess::NotRunning)
                break;
            m_process.waitForReadyRead(200);
        }
        return u"no \"Listening on\" line; stdout: %1; stderr: %2"_s.arg(QString::fromUtf8(out),
                                                                        QString::fromUtf8(m_process.readAllStandardError()));
    }

    QString base() const { return m_base; }
    QString log() { return QString::fromUtf8(m_process.readAllStandardError()); }

private:
    QProcess m_process;
    QString m_base;
};

// The GUI's side of one database: a worker, the Directory the views read and live refresh,
// with or without a window (wired as GuiController wires them).
struct Gui
{
    DatabaseWorker worker;
    Directory directory;
    LiveRefresh live{&worker, &directory};
    std::unique_ptr<MainWindow> window; // destroyed first

    // Opens `url` as the application does and waits until the Directory holds it and the
    // watcher hears commits.
    QString open(const QString &url, bool withWindow)
    {
        QSignalSpy ready(live.watcher(), &ChangeWatcher::ready);
        if (withWindow) {
            window = std::make_unique<MainWindow>(&directory);
            AdminBackend backend = ViewTest::workerBackend(&worker);
            backend.reload = [this] { return live.reload(); };
            window->setBackend(backend);
            window->setActingSubject(Ada);
            QObject::connect(&live, &LiveRefresh::caughtUp, window.get(), &MainWindow::noteRemoteChanges);
            QObject::connect(&live, &LiveRefresh::tokensChanged, window.get(), &MainWindow::noteTokensChanged);
            QObject::connect(&live, &LiveRefresh::reloadNeeded, window.get(),
                             [this] { window->loadFrom(live.reload(), u"Loading…"_s); });
            QSignalSpy loaded(window.get(), &MainWindow::organisationLoaded);
            window->loadFrom(live.open(url, OpenMode::ExistingOnly, Ada, u"Ada Byron"_s), u"Opening…"_s);
            window->show();
            if (!loaded.wait(20000))
                return u"the window did not load the organisation"_s;
        } else {
            QObject::connect(&live, &LiveRefresh::reloadNeeded, &directory, [this] {
                const Result<Snapshot> again = ViewTest::waitFor(live.reload());
                if (again)
                    directory.load(*again);
            });
            const Result<Snapshot> opened = ViewTest::waitFor(live.open(url, OpenMode::ExistingOnly, Ada, u"Ada Byron"_s));
            if (!opened)
                return opened.error().message + u" / "_s + opened.error().detail;
            directory.load(*opened);
        }
        if (ready.isEmpty() && !ready.wait(20000))
            return u"the change watcher did not start"_s;
        return {};
    }
};

} // namespace

class tst_ScimLiveRefresh : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QNetworkAccessManager m_nam;

    // A new organisation, the GUI's side open on it (with a window or not) and `serve` on the
    // same database; empty when all went well, else what failed.
    QString start(QString *url, QByteArray *secret, Gui &gui, bool withWindow, Server &server)
    {
        if (QString made = newOrganisation(url, secret); !made.isEmpty())
            return made;
        if (QString opened = gui.open(*url, withWindow); !opened.isEmpty())
            return opened;
        return server.start(*url);
    }

    // Every change arrived as rows: never a reset nor a full load, and the Directory holds
    // what the database holds.
    static void followedWithoutReset(const Gui &gui, const QString &url, const QSignalSpy &resets,
                                     const QSignalSpy &reloads)
    {
        QCOMPARE(resets.count(), 0);
        QCOMPARE(reloads.count(), 0);
        auto repository = openRepository(url, OpenMode::ExistingOnly, Ada, u"Ada Byron"_s);
        QVERIFY(repository);
        const Result<Snapshot> stored = (*repository)->load();
        QVERIFY(stored);
        QCOMPARE(gui.directory.snapshot(), *stored);
    }

    // A new organisation for the row's backend with a SCIM token of Ada's; its URL and the
    // token's secret.
    QString newOrganisation(QString *url, QByteArray *secret)
    {
        QString why;
        *url = TestBackends::newDatabaseUrl(m_dir, &why);
        if (url->isEmpty())
            return why;
        auto repository = openRepository(*url, OpenMode::CreateIfMissing, Ada, u"Ada Byron"_s);
        if (!repository)
            return repository.error().message;
        Repository &r = **repository;
        if (const Result<void> imported = r.importSnapshot(organisation(), Repository::ImportMode::Replace, Ada); !imported)
            return imported.error().message;
        const Result<Snapshot> now = r.load();
        const Result<QList<Token>> all = r.tokens();
        if (!now || !all)
            return u"cannot read the new organisation"_s;
        const Result<NewToken> created = TokenService::createToken(*now, *all, Ada, Token::Kind::Scim, 0, u"Entra"_s, 30,
                                                                   QDateTime::currentDateTimeUtc());
        if (!created)
            return u"createToken: "_s + created.error().message;
        if (const Result<Token> saved = r.saveToken(created->token, Ada); !saved)
            return u"saveToken: "_s + saved.error().message;
        *secret = created->secret;
        return {};
    }

    Reply scim(const Server &server, const QByteArray &secret, const QByteArray &method, const QString &path,
               const QJsonObject &body)
    {
        QNetworkRequest request(QUrl(server.base() + u"/scim/v2"_s + path));
        request.setRawHeader("Authorization", "Bearer " + secret);
        QByteArray payload;
        if (!body.isEmpty()) {
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/scim+json"));
            payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        QNetworkReply *reply = m_nam.sendCustomRequest(request, method, payload);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(60000);
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.body = reply->readAll();
        r.json = QJsonDocument::fromJson(r.body).object();
        reply->deleteLater();
        return r;
    }

    static QJsonObject newUser(const QString &email, const QString &name)
    {
        return QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s}},
                           {u"userName"_s, email},
                           {u"displayName"_s, name},
                           {u"active"_s, true}};
    }

    static QJsonObject newGroup(const QString &name, const QString &memberId)
    {
        return QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:Group"_s}},
                           {u"displayName"_s, name},
                           {u"members"_s, QJsonArray{QJsonObject{{u"value"_s, memberId}}}}};
    }

    static QJsonObject deactivate()
    {
        return QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s}},
                           {u"Operations"_s, QJsonArray{QJsonObject{{u"op"_s, u"replace"_s},
                                                                    {u"path"_s, u"active"_s},
                                                                    {u"value"_s, false}}}}};
    }

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addRows(); }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ViewTest::isolateSettings(m_dir, u"tst_scimliverefresh"_s);
    }

    void init()
    {
        QSettings().clear();
        // The offscreen platform warns about size hints it cannot pass on; anything else fails.
        QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support propagateSizeHints).*"_s));
    }

    void directoryGainsProvisionedRows()
    {
        // Given the GUI's Directory on an organisation, and `serve` on the same database,
        QString url;
        QByteArray secret;
        Gui gui;
        Server server;
        const QString ready = start(&url, &secret, gui, false, server);
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
        QSignalSpy resets(&gui.directory, &Directory::aboutToReset);
        QSignalSpy accountsInserted(&gui.directory, &Directory::accountsInserted);
        QSignalSpy accountsChanged(&gui.directory, &Directory::accountsChanged);
        QSignalSpy teamsInserted(&gui.directory, &Directory::teamsInserted);
        QSignalSpy reloads(&gui.live, &LiveRefresh::reloadNeeded);
        const qsizetype accounts = gui.directory.accounts().size();
        const qsizetype teams = gui.directory.teams().size();

        // when an identity provider creates a user,
        Reply r = scim(server, secret, "POST", u"/Users"_s, newUser(u"dora@example.com"_s, u"Dora Maar"_s));
        QVERIFY2(r.status == 201, r.body.constData());
        const QString userId = r.json.value(u"id"_s).toString();
        QVERIFY(!userId.isEmpty());

        // then the Directory gains the account as a row inserted: the e-mail, a Member, active;
        QTRY_VERIFY_WITH_TIMEOUT(accountByEmail(gui.directory, u"dora@example.com"_s), 15000);
        const Account dora = *accountByEmail(gui.directory, u"dora@example.com"_s);
        QCOMPARE(QString::number(dora.id), userId);
        QCOMPARE(dora.name, u"Dora Maar"_s);
        QCOMPARE(dora.role, Role::Member);
        QCOMPARE(dora.type, AccountType::Human);
        QVERIFY(dora.isActive());
        QCOMPARE(gui.directory.accounts().size(), accounts + 1);
        QCOMPARE(accountsInserted.count(), 1);
        const qsizetype pos = gui.directory.accountPos(dora.id);
        QCOMPARE(accountsInserted.at(0).at(0).value<qsizetype>(), pos);
        QCOMPARE(accountsInserted.at(0).at(1).value<qsizetype>(), pos);

        // when it creates a group with that user,
        r = scim(server, secret, "POST", u"/Groups"_s, newGroup(u"Risk"_s, userId));
        QVERIFY2(r.status == 201, r.body.constData());
        const QString groupId = r.json.value(u"id"_s).toString();

        // then the Directory gains the team, its member in it, as a row inserted;
        QTRY_VERIFY_WITH_TIMEOUT(teamByName(gui.directory, u"Risk"_s), 15000);
        const Team risk = *teamByName(gui.directory, u"Risk"_s);
        QCOMPARE(QString::number(risk.id), groupId);
        QCOMPARE(risk.members, QList<Id>{dora.id});
        QVERIFY(!risk.isPublic);
        QCOMPARE(gui.directory.teams().size(), teams + 1);
        QCOMPARE(teamsInserted.count(), 1);
        QVERIFY(gui.directory.access().teamsOf(gui.directory.accountPos(dora.id)).contains(gui.directory.teamPos(risk.id)));

        // and when it deactivates the user, the Directory shows it inactive, the same row.
        r = scim(server, secret, "PATCH", u"/Users/"_s + userId, deactivate());
        QVERIFY2(r.status == 200, r.body.constData());
        QTRY_VERIFY_WITH_TIMEOUT(!gui.directory.accounts().at(gui.directory.accountPos(dora.id)).isActive(), 15000);
        QVERIFY(!accountsChanged.isEmpty());
        QCOMPARE(gui.directory.accounts().size(), accounts + 1);
        QCOMPARE(accountsInserted.count(), 1);

        followedWithoutReset(gui, url, resets, reloads);
    }

    void bulkAndGroupChangesFollow()
    {
        // Given the GUI's Directory and `serve` on one organisation,
        QString url;
        QByteArray secret;
        Gui gui;
        Server server;
        const QString ready = start(&url, &secret, gui, false, server);
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
        QSignalSpy resets(&gui.directory, &Directory::aboutToReset);
        QSignalSpy reloads(&gui.live, &LiveRefresh::reloadNeeded);
        QSignalSpy teamsRemoved(&gui.directory, &Directory::teamsRemoved);
        const qsizetype accounts = gui.directory.accounts().size();

        // when one Bulk request creates a group naming users the same request creates later,
        QJsonArray operations{QJsonObject{
            {u"method"_s, u"POST"_s}, {u"path"_s, u"/Groups"_s}, {u"bulkId"_s, u"g1"_s},
            {u"data"_s, QJsonObject{{u"displayName"_s, u"Treasury"_s},
                                    {u"members"_s, QJsonArray{QJsonObject{{u"value"_s, u"bulkId:u1"_s}},
                                                              QJsonObject{{u"value"_s, u"bulkId:u2"_s}}}}}}}};
        for (int i = 1; i <= 3; ++i) {
            operations.append(QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"/Users"_s},
                                          {u"bulkId"_s, u"u%1"_s.arg(i)},
                                          {u"data"_s, newUser(u"bulk%1@example.com"_s.arg(i), u"Bulk %1"_s.arg(i))}});
        }
        Reply r = scim(server, secret, "POST", u"/Bulk"_s,
                       QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:BulkRequest"_s}},
                                   {u"Operations"_s, operations}});
        QVERIFY2(r.status == 200, r.body.constData());
        for (const QJsonValue &op : r.json.value(u"Operations"_s).toArray())
            QVERIFY2(op.toObject().value(u"status"_s).toString() == u"201"_s, r.body.constData());

        // then the Directory gains the three accounts and the team with its two members;
        QTRY_VERIFY_WITH_TIMEOUT(teamByName(gui.directory, u"Treasury"_s), 15000);
        QCOMPARE(gui.directory.accounts().size(), accounts + 3);
        const Team treasury = *teamByName(gui.directory, u"Treasury"_s);
        QList<Id> expected;
        for (int i = 1; i <= 2; ++i) {
            const Account *member = accountByEmail(gui.directory, u"bulk%1@example.com"_s.arg(i));
            QVERIFY(member);
            QVERIFY(member->isActive());
            QCOMPARE(member->role, Role::Member);
            expected.append(member->id);
        }
        QList<Id> members = treasury.members;
        std::sort(members.begin(), members.end());
        QCOMPARE(members, expected);

        // when a PATCH swaps a member and then the group is deleted,
        const Id third = accountByEmail(gui.directory, u"bulk3@example.com"_s)->id;
        r = scim(server, secret, "PATCH", u"/Groups/%1"_s.arg(treasury.id),
                 QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s}},
                             {u"Operations"_s,
                              QJsonArray{QJsonObject{{u"op"_s, u"add"_s}, {u"path"_s, u"members"_s},
                                                     {u"value"_s, QJsonArray{QJsonObject{{u"value"_s, QString::number(third)}}}}},
                                         QJsonObject{{u"op"_s, u"remove"_s},
                                                     {u"path"_s, u"members[value eq \"%1\"]"_s.arg(expected.first())}}}}});
        QVERIFY2(r.status == 200, r.body.constData());
        // then the team's members follow,
        QTRY_VERIFY_WITH_TIMEOUT(gui.directory.teams().at(gui.directory.teamPos(treasury.id)).members.contains(third), 15000);
        QVERIFY(!gui.directory.teams().at(gui.directory.teamPos(treasury.id)).members.contains(expected.first()));
        QCOMPARE(scim(server, secret, "DELETE", u"/Groups/%1"_s.arg(treasury.id), {}).status, 204);
        // and the team goes, as a row removed.
        QTRY_COMPARE_WITH_TIMEOUT(gui.directory.teamPos(treasury.id), qsizetype(-1), 15000);
        QCOMPARE(teamsRemoved.count(), 1);

        followedWithoutReset(gui, url, resets, reloads);
    }

    void largeBulkArrivesAsRows()
    {
        // Given the GUI's Directory and `serve` on one organisation,
        QString url;
        QByteArray secret;
        Gui gui;
        Server server;
        const QString ready = start(&url, &secret, gui, false, server);
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
        QSignalSpy resets(&gui.directory, &Directory::aboutToReset);
        QSignalSpy reloads(&gui.live, &LiveRefresh::reloadNeeded);
        const qsizetype accounts = gui.directory.accounts().size();

        // when one Bulk request (as many operations as `serve` takes by default) creates
        // users and a group holding all of them,
        constexpr int Users = 999;
        QJsonArray members;
        QJsonArray operations;
        for (int i = 1; i <= Users; ++i) {
            operations.append(QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"/Users"_s},
                                          {u"bulkId"_s, u"u%1"_s.arg(i)},
                                          {u"data"_s, newUser(u"many%1@example.com"_s.arg(i), u"Many %1"_s.arg(i))}});
            members.append(QJsonObject{{u"value"_s, u"bulkId:u%1"_s.arg(i)}});
        }
        operations.append(QJsonObject{{u"method"_s, u"POST"_s}, {u"path"_s, u"/Groups"_s}, {u"bulkId"_s, u"g"_s},
                                      {u"data"_s, QJsonObject{{u"displayName"_s, u"Everyone Synced"_s},
                                                              {u"members"_s, members}}}});
        const Reply r = scim(server, secret, "POST", u"/Bulk"_s,
                             QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:BulkRequest"_s}},
                                         {u"Operations"_s, operations}});
        QVERIFY2(r.status == 200, r.body.left(2000).constData());

        // then the Directory gains them all, without a reset.
        QTRY_VERIFY_WITH_TIMEOUT(teamByName(gui.directory, u"Everyone Synced"_s), 30000);
        QCOMPARE(gui.directory.accounts().size(), accounts + Users);
        QCOMPARE(teamByName(gui.directory, u"Everyone Synced"_s)->members.size(), qsizetype(Users));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(reloads.count(), 0);
    }

    void windowShowsProvisionedRows()
    {
        // Given a window on an organisation, and `serve` on the same database,
        QString url;
        QByteArray secret;
        Gui gui;
        Server server;
        const QString ready = start(&url, &secret, gui, true, server);
        QVERIFY2(ready.isEmpty(), qPrintable(ready));
        QAbstractItemModel *accountModel = gui.window->page(EntityKind::Account)->model();
        QAbstractItemModel *teamModel = gui.window->page(EntityKind::Team)->model();
        QSignalSpy accountResets(accountModel, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy teamResets(teamModel, &QAbstractItemModel::modelAboutToBeReset);
        QSignalSpy accountRowsInserted(accountModel, &QAbstractItemModel::rowsInserted);
        QSignalSpy teamRowsInserted(teamModel, &QAbstractItemModel::rowsInserted);
        const int accountRows = accountModel->rowCount();
        const int teamRows = teamModel->rowCount();

        // when an identity provider creates a user and a group holding it,
        Reply r = scim(server, secret, "POST", u"/Users"_s, newUser(u"erin@example.com"_s, u"Erin Hale"_s));
        QVERIFY2(r.status == 201, r.body.constData());
        const QString userId = r.json.value(u"id"_s).toString();
        r = scim(server, secret, "POST", u"/Groups"_s, newGroup(u"Audit"_s, userId));
        QVERIFY2(r.status == 201, r.body.constData());

        // then the Accounts and Teams pages show the new rows, inserted, never reset.
        QTRY_COMPARE_WITH_TIMEOUT(accountModel->rowCount(), accountRows + 1, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(teamModel->rowCount(), teamRows + 1, 15000);
        QCOMPARE(accountRowsInserted.count(), 1);
        QCOMPARE(teamRowsInserted.count(), 1);
        const int row = accountRowsInserted.at(0).at(1).toInt();
        bool shown = false;
        for (int column = 0; column < accountModel->columnCount(); ++column)
            shown = shown || accountModel->data(accountModel->index(row, column)).toString() == u"erin@example.com"_s;
        QVERIFY2(shown, "the inserted row does not show the new account's e-mail");
        QCOMPARE(accountResets.count(), 0);
        QCOMPARE(teamResets.count(), 0);
    }
};

QTEST_MAIN(tst_ScimLiveRefresh)
#include "tst_scimliverefresh.moc"

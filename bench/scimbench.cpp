// SPDX-License-Identifier: GPL-3.0-or-later
#include "scimbench.h"

#include "benchtable.h"
#include "core/textfold.h"
#include "core/token.h"
#include "net/apiserver.h"
#include "repository/repositoryfactory.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <sqlite3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace Gatehouse::Bench {

namespace {

constexpr int GroupsPerRequest = 250;
const QString Operator = u"bench|operator"_s;

QString userName(int i) { return u"User %1"_s.arg(i); }
QString userEmail(int i) { return u"user%1@bench.example"_s.arg(i); }
QString groupName(int g) { return u"Group %1"_s.arg(g); }

// The users of group g: distinct, spread over everyone.
QList<int> membersOf(int g, int perGroup, int users)
{
    QList<int> members;
    members.reserve(perGroup);
    const int stride = std::max(1, users / std::max(1, perGroup) - 1);
    for (int k = 0; k < perGroup; ++k)
        members.append(int((qint64(g) * 50 + qint64(k) * stride) % users));
    return members;
}

QByteArray bulkBody(const QJsonArray &operations)
{
    return QJsonDocument(QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:BulkRequest"_s}},
                                     {u"Operations"_s, operations}})
        .toJson(QJsonDocument::Compact);
}

struct Posted
{
    int status = 0;
    QJsonObject json;
};

Posted post(QNetworkAccessManager &nam, const QUrl &url, const QByteArray &token, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/scim+json"));
    QNetworkReply *reply = nam.post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Posted p;
    p.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    p.json = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return p;
}

class RawSqlite
{
public:
    explicit RawSqlite(const QString &file)
    {
        if (sqlite3_open_v2(file.toUtf8().constData(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
            fail();
        exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;");
    }
    ~RawSqlite()
    {
        for (sqlite3_stmt *s : {m_account, m_team, m_member})
            sqlite3_finalize(s);
        sqlite3_close(m_db);
    }
    RawSqlite(const RawSqlite &) = delete;
    RawSqlite &operator=(const RawSqlite &) = delete;

    bool ok() const { return m_ok; }
    QString error() const { return m_error; }

    void exec(const char *sql)
    {
        char *message = nullptr;
        if (m_ok && sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
            m_error = QString::fromUtf8(message);
            m_ok = false;
        }
        sqlite3_free(message);
    }

    void account(qint64 id, const QString &name, const QString &email, const QString &created, const QString &externalId)
    {
        prepare(m_account, "INSERT INTO accounts (id, subject, name, email, email_key, type, role, created, last_active, "
                           "deactivated_at, external_id, version) VALUES (?, NULL, ?, ?, ?, 'human', 'Member', ?, NULL, "
                           "NULL, ?, 1)");
        sqlite3_bind_int64(m_account, 1, id);
        text(m_account, 2, name);
        text(m_account, 3, email);
        text(m_account, 4, nameKey(email));
        text(m_account, 5, created);
        text(m_account, 6, externalId);
        step(m_account);
    }

    void team(qint64 id, const QString &name, const QString &created)
    {
        prepare(m_team, "INSERT INTO teams (id, name, name_key, description, permission, is_public, created, version) "
                        "VALUES (?, ?, ?, NULL, 'Reporter', 0, ?, 1)");
        sqlite3_bind_int64(m_team, 1, id);
        text(m_team, 2, name);
        text(m_team, 3, nameKey(name));
        text(m_team, 4, created);
        step(m_team);
    }

    void member(qint64 team, qint64 account)
    {
        prepare(m_member, "INSERT INTO team_members (team_id, account_id) VALUES (?, ?)");
        sqlite3_bind_int64(m_member, 1, team);
        sqlite3_bind_int64(m_member, 2, account);
        step(m_member);
    }

private:
    void fail()
    {
        m_ok = false;
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
    void prepare(sqlite3_stmt *&statement, const char *sql)
    {
        if (!statement && m_ok && sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            fail();
    }
    static void text(sqlite3_stmt *s, int column, const QString &value)
    {
        const QByteArray bytes = value.toUtf8();
        sqlite3_bind_text(s, column, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    void step(sqlite3_stmt *s)
    {
        if (!m_ok || !s)
            return;
        if (sqlite3_step(s) != SQLITE_DONE)
            fail();
        sqlite3_reset(s);
    }

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_account = nullptr;
    sqlite3_stmt *m_team = nullptr;
    sqlite3_stmt *m_member = nullptr;
    bool m_ok = true;
    QString m_error;
};

struct Counts
{
    qsizetype humans = 0;
    qsizetype teams = 0;
    qsizetype memberships = 0;
    friend bool operator==(const Counts &, const Counts &) = default;
};

Counts countsOf(const QString &url)
{
    Counts c;
    auto repository = openRepository(url, OpenMode::ExistingOnly, {}, {});
    if (!repository)
        return c;
    const Result<Snapshot> s = (*repository)->load();
    if (!s)
        return c;
    for (const Account &a : s->accounts)
        c.humans += a.type == AccountType::Human && !a.email.isEmpty() ? 1 : 0;
    for (const Team &t : s->teams) {
        if (!t.isPublic) {
            ++c.teams;
            c.memberships += t.members.size();
        }
    }
    return c;
}

} // namespace

ScimBench::ScimBench(int users, int groups, int memberships, int runs, int usersPerRequest)
    : m_users(users)
    , m_groups(groups)
    , m_memberships(memberships)
    , m_runs(std::clamp(runs, 1, 3))
    , m_usersPerRequest(std::max(1, usersPerRequest))
{
}

bool ScimBench::run(BenchTable &table)
{
    QTextStream out(stdout);
    const int perGroup = std::min(m_users, m_memberships / std::max(1, m_groups));
    const QString created = formatTimestamp(QDateTime::currentDateTimeUtc());

    // The User requests, built once.
    QList<QByteArray> userBodies;
    for (int first = 0; first < m_users; first += m_usersPerRequest) {
        QJsonArray operations;
        for (int i = first; i < std::min(m_users, first + m_usersPerRequest); ++i) {
            operations.append(QJsonObject{
                {u"method"_s, u"POST"_s},
                {u"path"_s, u"/Users"_s},
                {u"bulkId"_s, u"u%1"_s.arg(i)},
                {u"data"_s, QJsonObject{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:schemas:core:2.0:User"_s}},
                                        {u"userName"_s, userEmail(i)},
                                        {u"displayName"_s, userName(i)},
                                        {u"externalId"_s, u"ext-%1"_s.arg(i)},
                                        {u"active"_s, true}}}});
        }
        userBodies.append(bulkBody(operations));
    }

    QList<double> ours, raw;
    bool ok = true;
    for (int run = 0; run < m_runs && ok; ++run) {
        QTemporaryDir dir;
        const QString oursUrl = u"sqlite:"_s + dir.filePath(u"ours.gatehouse"_s);
        const QString rawFile = dir.filePath(u"raw.gatehouse"_s);
        QByteArray secret;
        for (const QString &url : {oursUrl, QString(u"sqlite:"_s + rawFile)}) {
            auto repository = openRepository(url, OpenMode::CreateIfMissing, Operator, u"Bench"_s);
            if (!repository) {
                out << "cannot create " << url << ": " << repository.error().message << Qt::endl;
                return false;
            }
            if (url == oursUrl) {
                const Result<Snapshot> s = (*repository)->load();
                const Result<QList<Token>> tokens = (*repository)->tokens();
                Result<NewToken> token = s && tokens ? TokenService::createToken(*s, *tokens, Operator, Token::Kind::Scim, 0,
                                                                                 u"bench"_s, 30,
                                                                                 QDateTime::currentDateTimeUtc())
                                                     : Result<NewToken>(makeError(Error::Code::Database, u"load"_s));
                if (!token || !(*repository)->saveToken(token->token, Operator)) {
                    out << "cannot create a SCIM token: " << (token ? QString() : token.error().message) << Qt::endl;
                    return false;
                }
                secret = token->secret;
            }
        }

        // --- Ours: Bulk requests over HTTP to the server in this process. ---
        auto repository = openRepository(oursUrl, OpenMode::ExistingOnly, {}, {});
        if (!repository)
            return false;
        ApiServerOptions options;
        options.maxBulkOperations = std::max(options.maxBulkOperations, m_usersPerRequest);
        ApiServer server(std::move(repository).value(), options);
        const Result<quint16> port = server.listen(QHostAddress::LocalHost, 0);
        if (!port) {
            out << "cannot start the server: " << port.error().message << Qt::endl;
            return false;
        }
        const QUrl bulkUrl(u"http://127.0.0.1:%1/scim/v2/Bulk"_s.arg(*port));
        QNetworkAccessManager nam;
        QList<qint64> ids(m_users, 0);
        QElapsedTimer timer;
        double usersMs = 0;
        for (const QByteArray &body : std::as_const(userBodies)) {
            timer.start();
            const Posted answer = post(nam, bulkUrl, secret, body);
            // Reading the ids out of the answer is part of what a client does.
            for (const QJsonValue &v : answer.json.value(u"Operations"_s).toArray()) {
                const QJsonObject o = v.toObject();
                const int i = o.value(u"bulkId"_s).toString().mid(1).toInt();
                if (o.value(u"status"_s).toString() == u"201" && i >= 0 && i < m_users)
                    ids[i] = o.value(u"location"_s).toString().section(u'/', -1).toLongLong();
            }
            usersMs += double(timer.nsecsElapsed()) / 1e6;
            if (answer.status != 200) {
                out << "SCIM bulk import: a User request answered " << answer.status << Qt::endl;
                return false;
            }
        }
        if (ids.contains(0)) {
            out << "SCIM bulk import: " << ids.count(0) << " Users were not created" << Qt::endl;
            return false;
        }
        QList<QByteArray> groupBodies;
        for (int first = 0; first < m_groups; first += GroupsPerRequest) {
            QJsonArray operations;
            for (int g = first; g < std::min(m_groups, first + GroupsPerRequest); ++g) {
                QJsonArray members;
                for (int i : membersOf(g, perGroup, m_users))
                    members.append(QJsonObject{{u"value"_s, QString::number(ids.at(i))}});
                operations.append(QJsonObject{
                    {u"method"_s, u"POST"_s},
                    {u"path"_s, u"/Groups"_s},
                    {u"bulkId"_s, u"g%1"_s.arg(g)},
                    {u"data"_s, QJsonObject{{u"displayName"_s, groupName(g)}, {u"members"_s, members}}}});
            }
            groupBodies.append(bulkBody(operations));
        }
        double groupsMs = 0;
        for (const QByteArray &body : std::as_const(groupBodies)) {
            timer.start();
            const Posted answer = post(nam, bulkUrl, secret, body);
            groupsMs += double(timer.nsecsElapsed()) / 1e6;
            int created201 = 0;
            for (const QJsonValue &v : answer.json.value(u"Operations"_s).toArray())
                created201 += v.toObject().value(u"status"_s).toString() == u"201" ? 1 : 0;
            if (answer.status != 200 || created201 == 0) {
                out << "SCIM bulk import: a Group request answered " << answer.status << Qt::endl;
                return false;
            }
        }
        ours.append(usersMs + groupsMs);

        // --- Raw sqlite3: the same rows, one transaction per Bulk request. ---
        double rawUsersMs = 0, rawGroupsMs = 0;
        {
            RawSqlite db(rawFile);
            timer.start();
            for (int first = 0; first < m_users && db.ok(); first += m_usersPerRequest) {
                db.exec("BEGIN IMMEDIATE");
                for (int i = first; i < std::min(m_users, first + m_usersPerRequest); ++i)
                    db.account(2 + i, userName(i), userEmail(i), created, u"ext-%1"_s.arg(i));
                db.exec("COMMIT");
            }
            rawUsersMs = double(timer.nsecsElapsed()) / 1e6;
            timer.start();
            for (int first = 0; first < m_groups && db.ok(); first += GroupsPerRequest) {
                db.exec("BEGIN IMMEDIATE");
                for (int g = first; g < std::min(m_groups, first + GroupsPerRequest); ++g) {
                    db.team(2 + g, groupName(g), created);
                    QList<int> members = membersOf(g, perGroup, m_users);
                    std::sort(members.begin(), members.end());
                    for (int i : members)
                        db.member(2 + g, 2 + i);
                }
                db.exec("COMMIT");
            }
            rawGroupsMs = double(timer.nsecsElapsed()) / 1e6;
            if (!db.ok()) {
                out << "raw sqlite3: " << db.error() << Qt::endl;
                return false;
            }
        }
        raw.append(rawUsersMs + rawGroupsMs);
        out << "SCIM bulk import run " << run + 1 << ": Users " << QString::number(usersMs, 'f', 0) << " ms, Groups "
            << QString::number(groupsMs, 'f', 0) << " ms; raw sqlite3 accounts " << QString::number(rawUsersMs, 'f', 0)
            << " ms, teams and members " << QString::number(rawGroupsMs, 'f', 0) << " ms" << Qt::endl;

        const Counts a = countsOf(oursUrl), b = countsOf(u"sqlite:"_s + rawFile);
        if (!(a == b) || a.humans != m_users || a.memberships != qsizetype(perGroup) * m_groups) {
            out << "SCIM bulk import: the databases DIFFER (ours " << a.humans << " users, " << a.teams << " groups, "
                << a.memberships << " memberships; raw " << b.humans << ", " << b.teams << ", " << b.memberships << ")"
                << Qt::endl;
            ok = false;
        }
    }
    const qint64 rows = qint64(m_users) + m_groups + qint64(perGroup) * m_groups;
    out << "SCIM bulk import: " << m_users << " Users, " << m_groups << " Groups, " << qint64(perGroup) * m_groups
        << " memberships (" << rows << " rows) in " << userBodies.size() << " + "
        << (m_groups + GroupsPerRequest - 1) / GroupsPerRequest << " Bulk requests" << Qt::endl;
    // The server's default request size is the one with a target; larger ones are shown.
    const bool defaults = m_usersPerRequest == ApiServerOptions().maxBulkOperations;
    table.add(u"SCIM Bulk import, %1 Users/request (%2 rows)"_s.arg(m_usersPerRequest).arg(rows), median(ours),
              median(raw), defaults ? 0.5 : 0);
    return ok;
}

} // namespace Gatehouse::Bench

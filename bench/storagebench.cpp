// SPDX-License-Identifier: GPL-3.0-or-later
#include "storagebench.h"

#include "benchtable.h"
#include "core/directory.h"
#include "core/orgfile.h"
#include "core/textfold.h"
#include "repository/databaseurl.h"
#include "repository/databaseworker.h"
#include "repository/liverefresh.h"
#include "repository/repositoryfactory.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUuid>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace Gatehouse::Bench {

namespace {

// One table's rows as the database stores them; a null QVariant is SQL NULL.
struct TableRows
{
    QString table;
    QStringList columns;
    QList<QList<QVariant>> rows;
};

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant() : QVariant(value);
}

QVariant time(const QDateTime &value, bool required)
{
    if (value.isValid())
        return formatTimestamp(value);
    return required ? QVariant(u""_s) : QVariant();
}

// The rows of `s` for every table an import writes, in the order foreign keys need.
QList<TableRows> organisationRows(const Snapshot &s)
{
    TableRows accounts{u"accounts"_s,
                       {u"id"_s, u"subject"_s, u"name"_s, u"email"_s, u"email_key"_s, u"type"_s, u"role"_s,
                        u"created"_s, u"last_active"_s, u"deactivated_at"_s, u"external_id"_s, u"version"_s},
                       {}};
    for (const Account &a : s.accounts) {
        accounts.rows.append({a.id, text(a.subject), a.name.isNull() ? u""_s : a.name, text(a.email),
                              a.email.isEmpty() ? QVariant() : QVariant(nameKey(a.email)),
                              accountTypeName(a.type), roleName(a.role), time(a.created, true),
                              time(a.lastActive, false), time(a.deactivated, false), text(a.externalId),
                              a.version});
    }
    TableRows datastores{u"datastores"_s,
                         {u"id"_s, u"name"_s, u"name_key"_s, u"kind"_s, u"connection"_s, u"created"_s,
                          u"version"_s},
                         {}};
    for (const Datastore &d : s.datastores) {
        datastores.rows.append({d.id, d.name, nameKey(d.name), datastoreKindName(d.kind), text(d.connection),
                                time(d.created, true), d.version});
    }
    TableRows teams{u"teams"_s,
                    {u"id"_s, u"name"_s, u"name_key"_s, u"description"_s, u"permission"_s, u"is_public"_s,
                     u"created"_s, u"version"_s},
                    {}};
    TableRows members{u"team_members"_s, {u"team_id"_s, u"account_id"_s}, {}};
    TableRows links{u"team_datastores"_s, {u"team_id"_s, u"datastore_id"_s}, {}};
    for (const Team &t : s.teams) {
        teams.rows.append({t.id, t.name, nameKey(t.name), text(t.description), levelName(t.permission),
                           t.isPublic ? 1 : 0, time(t.created, true), t.version});
        if (!t.isPublic) {
            for (Id member : t.members)
                members.rows.append({t.id, member});
        }
        for (Id datastore : t.datastores)
            links.rows.append({t.id, datastore});
    }
    return {accounts, datastores, teams, members, links};
}

qint64 rowCount(const QList<TableRows> &tables)
{
    qint64 n = 0;
    for (const TableRows &t : tables)
        n += t.rows.size();
    return n;
}

// The organisation as stored, in the canonical file form, to check two copies are equal.
QByteArray canonical(const QString &url)
{
    auto repository = openRepository(url, OpenMode::ExistingOnly, {}, {});
    if (!repository)
        return {};
    Result<Snapshot> loaded = (*repository)->load();
    return loaded ? writeOrganisation(*loaded) : QByteArray();
}

// --- SQLite: prepared statements, one per row, in one transaction ---

bool rawSqliteInsert(const QString &file, const QList<TableRows> &tables, QTextStream &out)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(file.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        out << "sqlite3: cannot open " << file << Qt::endl;
        sqlite3_close(db);
        return false;
    }
    const std::unique_ptr<sqlite3, decltype(&sqlite3_close)> guard(db, sqlite3_close);
    const auto exec = [&](const char *sql) {
        char *error = nullptr;
        if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
            out << "sqlite3: " << error << Qt::endl;
            sqlite3_free(error);
            return false;
        }
        return true;
    };
    // The settings the repository uses, so both write the same way.
    if (!exec("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;")
        || !exec("BEGIN IMMEDIATE")
        || !exec("DELETE FROM team_members; DELETE FROM team_datastores; DELETE FROM teams; "
                 "DELETE FROM datastores; DELETE FROM accounts;"))
        return false;
    for (const TableRows &t : tables) {
        QStringList marks;
        for (qsizetype i = 0; i < t.columns.size(); ++i)
            marks.append(u"?"_s);
        const QByteArray sql = u"INSERT INTO %1 (%2) VALUES (%3)"_s
                                   .arg(t.table, t.columns.join(u", "_s), marks.join(u", "_s))
                                   .toUtf8();
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql.constData(), -1, &statement, nullptr) != SQLITE_OK) {
            out << "sqlite3: " << sqlite3_errmsg(db) << Qt::endl;
            return false;
        }
        const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> statementGuard(statement,
                                                                                       sqlite3_finalize);
        for (const QList<QVariant> &row : t.rows) {
            for (int c = 0; c < row.size(); ++c) {
                const QVariant &v = row.at(c);
                if (v.isNull()) {
                    sqlite3_bind_null(statement, c + 1);
                } else if (v.typeId() == QMetaType::QString) {
                    const QByteArray bytes = v.toString().toUtf8();
                    sqlite3_bind_text(statement, c + 1, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
                } else {
                    sqlite3_bind_int64(statement, c + 1, v.toLongLong());
                }
            }
            if (sqlite3_step(statement) != SQLITE_DONE) {
                out << "sqlite3: " << sqlite3_errmsg(db) << Qt::endl;
                return false;
            }
            sqlite3_reset(statement);
        }
    }
    return exec("COMMIT");
}

// --- PostgreSQL: COPY FROM STDIN in text format, in one transaction ---

void appendCopyValue(QByteArray &buffer, const QVariant &value)
{
    if (value.isNull()) {
        buffer += "\\N";
        return;
    }
    if (value.typeId() != QMetaType::QString) {
        buffer += QByteArray::number(value.toLongLong());
        return;
    }
    for (char c : value.toString().toUtf8()) {
        switch (c) {
        case '\\': buffer += "\\\\"; break;
        case '\t': buffer += "\\t"; break;
        case '\n': buffer += "\\n"; break;
        case '\r': buffer += "\\r"; break;
        default: buffer += c;
        }
    }
}

QByteArray conninfo(const DatabaseUrl &url, const QString &database)
{
    QString info = u"host=%1 port=%2 dbname=%3"_s.arg(url.host).arg(url.port).arg(database);
    if (!url.user.isEmpty())
        info += u" user="_s + url.user;
    return info.toUtf8();
}

struct PgConnection
{
    PGconn *conn = nullptr;
    explicit PgConnection(const QByteArray &info) : conn(PQconnectdb(info.constData())) {}
    ~PgConnection() { PQfinish(conn); }
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;
    bool ok() const { return PQstatus(conn) == CONNECTION_OK; }
    bool exec(const char *sql, QTextStream &out) const
    {
        PGresult *result = PQexec(conn, sql);
        const ExecStatusType status = PQresultStatus(result);
        PQclear(result);
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
            return true;
        out << "libpq: " << PQerrorMessage(conn) << Qt::endl;
        return false;
    }
};

bool rawCopy(const DatabaseUrl &admin, const QString &database, const QList<TableRows> &tables,
             QTextStream &out)
{
    PgConnection pg(conninfo(admin, database));
    if (!pg.ok()) {
        out << "libpq: " << PQerrorMessage(pg.conn) << Qt::endl;
        return false;
    }
    if (!pg.exec("BEGIN", out)
        || !pg.exec("DELETE FROM team_members; DELETE FROM team_datastores; DELETE FROM teams; "
                    "DELETE FROM datastores; DELETE FROM accounts;", out))
        return false;
    for (const TableRows &t : tables) {
        const QByteArray sql = u"COPY %1 (%2) FROM STDIN"_s.arg(t.table, t.columns.join(u", "_s)).toUtf8();
        PGresult *start = PQexec(pg.conn, sql.constData());
        const bool copying = PQresultStatus(start) == PGRES_COPY_IN;
        PQclear(start);
        if (!copying) {
            out << "libpq: " << PQerrorMessage(pg.conn) << Qt::endl;
            return false;
        }
        QByteArray buffer;
        buffer.reserve(1 << 20);
        for (const QList<QVariant> &row : t.rows) {
            for (int c = 0; c < row.size(); ++c) {
                if (c)
                    buffer += '\t';
                appendCopyValue(buffer, row.at(c));
            }
            buffer += '\n';
            if (buffer.size() >= (1 << 20)) {
                if (PQputCopyData(pg.conn, buffer.constData(), int(buffer.size())) != 1)
                    return false;
                buffer.clear();
            }
        }
        if ((!buffer.isEmpty() && PQputCopyData(pg.conn, buffer.constData(), int(buffer.size())) != 1)
            || PQputCopyEnd(pg.conn, nullptr) != 1)
            return false;
        bool failed = false;
        while (PGresult *result = PQgetResult(pg.conn)) {
            failed = failed || PQresultStatus(result) != PGRES_COMMAND_OK;
            PQclear(result);
        }
        if (failed) {
            out << "libpq: " << PQerrorMessage(pg.conn) << Qt::endl;
            return false;
        }
    }
    return pg.exec("COMMIT", out);
}

QString newDatabase(const DatabaseUrl &admin, QTextStream &out)
{
    const QString name = u"bench_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12);
    PgConnection pg(conninfo(admin, admin.database.isEmpty() ? u"postgres"_s : admin.database));
    if (!pg.ok() || !pg.exec(u"CREATE DATABASE %1"_s.arg(name).toUtf8().constData(), out)) {
        out << "cannot create a database on " << admin.toDisplayString() << Qt::endl;
        return {};
    }
    return name;
}

QString databaseUrl(const DatabaseUrl &admin, const QString &database)
{
    DatabaseUrl url = admin;
    url.database = database;
    url.password.clear();
    return url.toDisplayString();
}

} // namespace

StorageBench::StorageBench(const Snapshot *snapshot, int runs, QString postgresAdminUrl)
    : m_snapshot(snapshot)
    , m_runs(std::clamp(runs, 1, 3))
    , m_postgresAdminUrl(std::move(postgresAdminUrl))
{
}

bool StorageBench::run(BenchTable &table)
{
    bool ok = runSqlite(table);
    QString admin = m_postgresAdminUrl;
    QTemporaryDir serverDir;
    const QString script = QStringLiteral(GATEHOUSE_SOURCE_DIR "/scripts/pg-test-server");
    QTextStream out(stdout);
    if (admin.isEmpty()) {
        QProcess server;
        server.start(script, {u"start"_s, serverDir.path()});
        if (!server.waitForFinished(120000) || server.exitCode() != 0) {
            out << "cannot start a PostgreSQL server for the bulk benchmark: "
                << server.readAllStandardError() << Qt::endl;
            return false;
        }
        admin = QString::fromUtf8(server.readAllStandardOutput()).trimmed();
    }
    ok = runPostgres(table, admin) && ok;
    // Live refresh on PostgreSQL, in a fresh database holding the organisation.
    if (const Result<DatabaseUrl> adminUrl = DatabaseUrl::parse(admin); adminUrl) {
        const QString database = newDatabase(*adminUrl, out);
        PgConnection pg(conninfo(*adminUrl, database));
        QList<double> trips;
        for (int i = 0; pg.ok() && i < 50; ++i) {
            QElapsedTimer timer;
            timer.start();
            pg.exec("SELECT 1", out);
            trips.append(double(timer.nsecsElapsed()) / 1e6);
        }
        const QString url = databaseUrl(*adminUrl, database);
        {
            auto repository = openRepository(url, OpenMode::CreateIfMissing, u"bench|operator"_s, u"Bench"_s);
            ok = repository && (*repository)->importSnapshot(*m_snapshot, Repository::ImportMode::Replace, {}) && ok;
        }
        out << "round trip to the server (SELECT 1): " << QString::number(median(trips), 'f', 3) << " ms" << Qt::endl;
        ok = runLiveRefresh(table, url, median(trips)) && ok;
    }
    if (m_postgresAdminUrl.isEmpty())
        QProcess::execute(script, {u"destroy"_s, serverDir.path()});
    return ok;
}

bool StorageBench::runSqlite(BenchTable &table)
{
    QTextStream out(stdout);
    const QList<TableRows> rows = organisationRows(*m_snapshot);
    QList<double> ours, raw;
    bool ok = true;
    QByteArray oursCanonical, rawCanonical;
    for (int r = 0; r < m_runs; ++r) {
        QTemporaryDir dir;
        const QString oursFile = u"sqlite:"_s + dir.filePath(u"ours.gatehouse"_s);
        const QString rawFile = dir.filePath(u"raw.gatehouse"_s);
        for (const QString &url : {oursFile, QString(u"sqlite:"_s + rawFile)}) {
            if (!openRepository(url, OpenMode::CreateIfMissing, u"bench|operator"_s, u"Bench"_s)) {
                out << "cannot create " << url << Qt::endl;
                return false;
            }
        }
        ours.append(timeMs([&] {
            auto repository = openRepository(oursFile, OpenMode::ExistingOnly, {}, {});
            ok = repository
                && (*repository)->importSnapshot(*m_snapshot, Repository::ImportMode::Replace, u"bench|operator"_s)
                && ok;
        }));
        raw.append(timeMs([&] { ok = rawSqliteInsert(rawFile, rows, out) && ok; }));
        oursCanonical = canonical(oursFile);
        rawCanonical = canonical(u"sqlite:"_s + rawFile);
    }
    if (oursCanonical.isEmpty() || oursCanonical != rawCanonical) {
        out << "SQLite bulk insert: the two databases DIFFER" << Qt::endl;
        ok = false;
    }
    out << "bulk insert: " << rowCount(rows) << " rows in 5 tables" << Qt::endl;
    table.add(u"bulk insert SQLite vs raw sqlite3 (%1 rows)"_s.arg(rowCount(rows)), median(ours), median(raw), 0.8);
    return ok;
}

bool StorageBench::runPostgres(BenchTable &table, const QString &adminUrl)
{
    QTextStream out(stdout);
    const Result<DatabaseUrl> admin = DatabaseUrl::parse(adminUrl);
    if (!admin || admin->backend != DatabaseUrl::Backend::PostgreSql) {
        out << "--pg: not a PostgreSQL URL: " << adminUrl << Qt::endl;
        return false;
    }
    const QList<TableRows> rows = organisationRows(*m_snapshot);
    QList<double> ours, raw;
    bool ok = true;
    QByteArray oursCanonical, rawCanonical;
    for (int r = 0; r < m_runs; ++r) {
        const QString oursDb = newDatabase(*admin, out);
        const QString rawDb = newDatabase(*admin, out);
        if (oursDb.isEmpty() || rawDb.isEmpty())
            return false;
        for (const QString &db : {oursDb, rawDb}) {
            if (auto created = openRepository(databaseUrl(*admin, db), OpenMode::CreateIfMissing,
                                              u"bench|operator"_s, u"Bench"_s);
                !created) {
                out << "cannot create the schema in " << db << ": " << created.error().message << Qt::endl;
                return false;
            }
        }
        ours.append(timeMs([&] {
            auto repository = openRepository(databaseUrl(*admin, oursDb), OpenMode::ExistingOnly, {}, {});
            ok = repository
                && (*repository)->importSnapshot(*m_snapshot, Repository::ImportMode::Replace, u"bench|operator"_s)
                && ok;
        }));
        raw.append(timeMs([&] { ok = rawCopy(*admin, rawDb, rows, out) && ok; }));
        oursCanonical = canonical(databaseUrl(*admin, oursDb));
        rawCanonical = canonical(databaseUrl(*admin, rawDb));
    }
    if (oursCanonical.isEmpty() || oursCanonical != rawCanonical) {
        out << "PostgreSQL bulk insert: the two databases DIFFER" << Qt::endl;
        ok = false;
    }
    table.add(u"bulk insert PostgreSQL vs raw libpq COPY"_s, median(ours), median(raw), 0.7);
    return ok;
}

bool StorageBench::runLiveRefresh(BenchTable &table, const QString &url, double roundTripMs)
{
    QTextStream out(stdout);
    // The watching side, as the GUI has it: worker thread, Directory, live refresh.
    DatabaseWorker worker;
    Directory directory;
    LiveRefresh live(&worker, &directory);
    QFuture<Result<Snapshot>> opened = live.open(url, OpenMode::ExistingOnly, {}, {});
    // The result comes through the GUI thread's event loop, as in the window.
    while (!opened.isFinished())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    if (!opened.result()) {
        out << "live refresh: cannot open " << url << ": " << opened.result().error().message << Qt::endl;
        return false;
    }
    directory.load(*opened.result());
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (!live.watcher()->isListening()) {
        QObject::connect(live.watcher(), &ChangeWatcher::ready, &loop, &QEventLoop::quit);
        deadline.start(10000);
        loop.exec();
    }

    // The committing side: another connection.
    auto writer = openRepository(url, OpenMode::ExistingOnly, {}, {});
    if (!writer) {
        out << "live refresh: " << writer.error().message << Qt::endl;
        return false;
    }
    Result<Snapshot> current = (*writer)->load();
    if (!current || current->teams.size() < 2) {
        out << "live refresh: no team to change" << Qt::endl;
        return false;
    }
    Team team = current->teams.at(1);
    const qsizetype teamPos = 1;
    QObject::connect(&directory, &Directory::teamsChanged, &loop, &QEventLoop::quit);
    QList<double> visible;
    const int samples = 30;
    for (int i = 0; i < samples; ++i) {
        ChangeSet change;
        change.action = u"team.update"_s;
        change.summary = u"Updated team '%1'"_s.arg(team.name);
        Team after = team;
        after.description = u"Live refresh probe %1"_s.arg(i);
        change.teams.append({team, after});
        Result<CommitResult> committed = (*writer)->commit(change, u"bench|operator"_s);
        QElapsedTimer sinceCommit;
        sinceCommit.start();
        if (!committed || committed->teams.isEmpty()) {
            out << "live refresh: commit failed: " << (committed ? QString() : committed.error().message) << Qt::endl;
            return false;
        }
        team = committed->teams.constFirst();
        deadline.start(10000);
        while (directory.snapshot().teams.at(teamPos).description != after.description && deadline.isActive())
            loop.exec();
        if (directory.snapshot().teams.at(teamPos).description != after.description) {
            out << "live refresh: the change never arrived" << Qt::endl;
            return false;
        }
        visible.append(double(sinceCommit.nsecsElapsed()) / 1e6);
    }
    deadline.stop();
    out << "live refresh: a commit on one connection is in the other's Directory after "
        << QString::number(median(visible), 'f', 2) << " ms (median of " << samples << ")" << Qt::endl;
    table.add(u"live refresh, commit to visible vs round trip + 5 ms"_s, median(visible), roundTripMs + 5, 1);
    return true;
}

} // namespace Gatehouse::Bench

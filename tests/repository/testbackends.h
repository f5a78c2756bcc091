// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every repository test runs once per backend (issue "One test suite, two backends"): a
// test class declares
//     void initTestCase_data() { TestBackends::addRows(); }
// and each test asks for a database of the current row with GATEHOUSE_NEW_DATABASE(url, dir).
// The postgres rows need the test server (gatehouse_add_test(... POSTGRES ...)); without
// it they fail, they are never skipped.

#include "repository/databaseurl.h"
#include "support/testpostgres.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace TestBackends {

using namespace Qt::StringLiterals;

inline void addRows()
{
    QTest::addColumn<QString>("backend");
    QTest::addRow("sqlite") << u"sqlite"_s;
    QTest::addRow("postgres") << u"postgres"_s;
}

// The backend of the running row: "sqlite" or "postgres".
inline QString current()
{
    QFETCH_GLOBAL(QString, backend);
    return backend;
}

inline bool isSqlite()
{
    return current() == u"sqlite";
}

inline bool isPostgres()
{
    return current() == u"postgres";
}

// The migration dialect of the running row (resources/sql/<dialect>/).
inline QString dialect()
{
    return isSqlite() ? u"sqlite"_s : u"postgresql"_s;
}

// A location where no organisation exists yet: a new SQLite file in `dir`, or a new,
// empty database on the test server. Empty with `why` set when there is none.
inline QString newDatabaseUrl(const QTemporaryDir &dir, QString *why)
{
    if (isPostgres())
        return Gatehouse::TestPostgres::createDatabase(why);
    static QAtomicInt counter;
    return u"sqlite:"_s + dir.filePath(u"db-%1.gatehouse"_s.arg(counter.fetchAndAddRelaxed(1) + 1));
}

// How the repository names `url` in its messages and url(): the SQLite file's path, or the
// PostgreSQL URL without its password.
inline QString displayName(const QString &url)
{
    const auto parsed = Gatehouse::DatabaseUrl::parse(url);
    if (!parsed)
        return url;
    return parsed->backend == Gatehouse::DatabaseUrl::Backend::Sqlite ? parsed->path
                                                                     : parsed->toDisplayString();
}

// Removes the database at `url` (a file and its -wal and -shm, or a PostgreSQL database and
// its connections), for tests that make many large ones.
inline bool dropDatabase(const QString &url)
{
    const auto parsed = Gatehouse::DatabaseUrl::parse(url);
    if (!parsed)
        return false;
    if (parsed->backend == Gatehouse::DatabaseUrl::Backend::Sqlite) {
        QFile::remove(parsed->path + u"-wal"_s);
        QFile::remove(parsed->path + u"-shm"_s);
        return QFile::remove(parsed->path);
    }
    return Gatehouse::TestPostgres::exec(u"postgres"_s,
                                         u"DROP DATABASE \"%1\" WITH (FORCE)"_s.arg(parsed->database));
}

// A plain QtSql connection to the database at `url`, bypassing the repository, to look at
// what is stored and to check that the schema's constraints hold by themselves. SQLite
// opens the file with foreign keys on; PostgreSQL connects as the URL's user (the test
// server's superuser).
class RawConnection
{
public:
    explicit RawConnection(const QString &url)
    {
        static QAtomicInt counter;
        m_name = u"raw-%1"_s.arg(counter.fetchAndAddRelaxed(1) + 1);
        const auto parsed = Gatehouse::DatabaseUrl::parse(url);
        if (!parsed)
            return;
        m_sqlite = parsed->backend == Gatehouse::DatabaseUrl::Backend::Sqlite;
        QSqlDatabase db = QSqlDatabase::addDatabase(m_sqlite ? u"QSQLITE"_s : u"QPSQL"_s, m_name);
        if (m_sqlite) {
            db.setDatabaseName(parsed->path);
        } else {
            db.setHostName(parsed->host);
            db.setPort(parsed->port);
            db.setUserName(parsed->user);
            db.setPassword(parsed->password);
            db.setDatabaseName(parsed->database);
        }
        m_open = db.open();
        if (m_open && m_sqlite)
            exec(u"PRAGMA foreign_keys = ON"_s);
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;

    bool isOpen() const { return m_open; }

    // The statement's error text, or an empty string on success.
    QString exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (query.exec(sql))
            return {};
        m_lastError = query.lastError();
        return m_lastError.text().isEmpty() ? u"failed"_s : m_lastError.text();
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

    // True when the last failed exec() was refused by a constraint or a trigger, not by
    // a mistake in the statement: SQLite's SQLITE_CONSTRAINT (19); PostgreSQL's SQLSTATE
    // class 23 (integrity constraint violation) or P0001 (raised by a trigger).
    bool lastErrorIsConstraint() const
    {
        const QString code = m_lastError.nativeErrorCode();
        if (m_sqlite)
            return code.toInt() % 256 == 19;
        return code.startsWith(u"23") || code == u"P0001";
    }
    QString lastErrorCode() const { return m_lastError.nativeErrorCode(); }

private:
    QString m_name;
    bool m_open = false;
    bool m_sqlite = true;
    QSqlError m_lastError;
};

} // namespace TestBackends

// In a test function: QString url; GATEHOUSE_NEW_DATABASE(url, m_dir); fails the test
// (never skips it) when the row's backend has no place for a database.
#define GATEHOUSE_NEW_DATABASE(url, dir)                                                   \
    do {                                                                                  \
        QString why_;                                                                     \
        url = TestBackends::newDatabaseUrl(dir, &why_);                                   \
        if (url.isEmpty())                                                                \
            QFAIL(qPrintable(why_));                                                      \
    } while (false)

// A test that has no meaning on PostgreSQL (file bytes, WAL, PRAGMAs, :memory:) says so.
#define GATEHOUSE_SQLITE_ONLY(why)                                                         \
    do {                                                                                  \
        if (!TestBackends::isSqlite())                                                    \
            QSKIP("SQLite only: " why);                                                   \
    } while (false)

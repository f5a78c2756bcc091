// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The tests' PostgreSQL server (tests/CMakeLists.txt, fixture "postgres"). Header-only,
// for tests declared with gatehouse_add_test(... POSTGRES ...).

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>
#include <QUuid>

namespace Gatehouse::TestPostgres {

// The admin URL (superuser "postgres", no password, 127.0.0.1), or an empty string with
// `why` set. GATEHOUSE_TEST_PG may name a server directly (running a test by hand).
inline QString adminUrl(QString *why = nullptr)
{
    const QString direct = qEnvironmentVariable("GATEHOUSE_TEST_PG");
    if (!direct.isEmpty())
        return direct;
    const QString file = qEnvironmentVariable("GATEHOUSE_TEST_PG_URL_FILE");
    if (file.isEmpty()) {
        if (why)
            *why = QStringLiteral("no test PostgreSQL server: run the test through ctest (fixture "
                                  "\"postgres\") or set GATEHOUSE_TEST_PG to a server's URL");
        return {};
    }
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        if (why)
            *why = QStringLiteral("the test PostgreSQL server did not start (no %1)").arg(file);
        return {};
    }
    return QString::fromUtf8(f.readAll()).trimmed();
}

// Runs `sql` on database `database` of the test server as the superuser.
inline bool exec(const QString &database, const QString &sql, QString *error = nullptr)
{
    const QUrl url(adminUrl());
    static QAtomicInt counter;
    const QString name = QStringLiteral("gatehouse-test-admin-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery query(db);
            ok = query.exec(sql);
            if (!ok && error)
                *error = query.lastError().text();
        } else if (error) {
            *error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A new, empty database on the test server; returns its URL
// ("postgresql://postgres@127.0.0.1:PORT/NAME"), or an empty string with `why` set.
inline QString createDatabase(QString *why = nullptr)
{
    const QString admin = adminUrl(why);
    if (admin.isEmpty())
        return {};
    const QString name = QStringLiteral("gh_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QString error;
    if (!exec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name), &error)) {
        if (why)
            *why = QStringLiteral("cannot create a test database: %1").arg(error);
        return {};
    }
    QUrl url(admin);
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

} // namespace Gatehouse::TestPostgres

// In a test function: QString url; GATEHOUSE_NEW_POSTGRES_DATABASE(url); — fails the test
// (never skips it) when the server is missing.
#define GATEHOUSE_NEW_POSTGRES_DATABASE(url)                                              \
    do {                                                                                  \
        QString why_;                                                                     \
        url = Gatehouse::TestPostgres::createDatabase(&why_);                             \
        if (url.isEmpty())                                                                \
            QFAIL(qPrintable(why_));                                                      \
    } while (false)

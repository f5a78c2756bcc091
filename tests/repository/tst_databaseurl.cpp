// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/databaseurl.h"
#include "repository/repositoryfactory.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

class tst_DatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void parseSqlite_data();
    void parseSqlite();
    void parsePostgres_data();
    void parsePostgres();
    void refuses_data();
    void refuses();
    void defaultUrl();
    void openPostgresWithoutServerSaysSo();
};

void tst_DatabaseUrl::parseSqlite_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("display");

    QTest::addRow("sqlite absolute") << u"sqlite:/srv/org.gatehouse"_s << u"/srv/org.gatehouse"_s
                                     << u"sqlite:/srv/org.gatehouse"_s;
    QTest::addRow("sqlite triple slash") << u"sqlite:///srv/org.gatehouse"_s << u"/srv/org.gatehouse"_s
                                         << u"sqlite:/srv/org.gatehouse"_s;
    QTest::addRow("scheme in capitals") << u"SQLite:/srv/org.gatehouse"_s << u"/srv/org.gatehouse"_s
                                        << u"sqlite:/srv/org.gatehouse"_s;
    QTest::addRow("memory") << u"sqlite::memory:"_s << u":memory:"_s << u"sqlite::memory:"_s;
    QTest::addRow("bare absolute path") << u"/var/lib/gatehouse/x.gatehouse"_s
                                        << u"/var/lib/gatehouse/x.gatehouse"_s
                                        << u"sqlite:/var/lib/gatehouse/x.gatehouse"_s;
    QTest::addRow("bare path cleaned") << u"/a/b/../c.gatehouse"_s << u"/a/c.gatehouse"_s
                                       << u"sqlite:/a/c.gatehouse"_s;
    const QString relative = QDir::cleanPath(QDir::current().absoluteFilePath(u"org.gatehouse"_s));
    QTest::addRow("bare relative path") << u"org.gatehouse"_s << relative << u"sqlite:"_s + relative;
    QTest::addRow("surrounding spaces") << u"  /srv/org.gatehouse "_s << u"/srv/org.gatehouse"_s
                                        << u"sqlite:/srv/org.gatehouse"_s;
}

void tst_DatabaseUrl::parseSqlite()
{
    QFETCH(QString, input);
    QFETCH(QString, path);
    QFETCH(QString, display);

    const Result<DatabaseUrl> url = DatabaseUrl::parse(input);
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
    QCOMPARE(url->backend, DatabaseUrl::Backend::Sqlite);
    QCOMPARE(url->path, path);
    QCOMPARE(url->toDisplayString(), display);
    QCOMPARE(url->isMemory(), path == u":memory:");
    // The display form parses back to the same location.
    QCOMPARE(DatabaseUrl::parse(display).value(), url.value());
}

void tst_DatabaseUrl::parsePostgres_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("display");

    QTest::addRow("full") << u"postgresql://ada@db.example.com:5433/gatehouse?sslmode=prefer"_s
                          << u"db.example.com"_s << 5433 << u"ada"_s << QString() << u"gatehouse"_s
                          << u"postgresql://ada@db.example.com:5433/gatehouse?sslmode=prefer"_s;
    QTest::addRow("postgres scheme, default port") << u"postgres://ada@db/gh"_s << u"db"_s << 5432
                                                   << u"ada"_s << QString() << u"gh"_s
                                                   << u"postgresql://ada@db:5432/gh"_s;
    QTest::addRow("password never displayed") << u"postgresql://ada:s3cret@db:5432/gh"_s << u"db"_s << 5432
                                              << u"ada"_s << u"s3cret"_s << u"gh"_s
                                              << u"postgresql://ada@db:5432/gh"_s;
    QTest::addRow("no user, no host") << u"postgresql:///gh"_s << u"localhost"_s << 5432 << QString()
                                      << QString() << u"gh"_s << u"postgresql://localhost:5432/gh"_s;
}

void tst_DatabaseUrl::parsePostgres()
{
    QFETCH(QString, input);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, database);
    QFETCH(QString, display);

    const Result<DatabaseUrl> url = DatabaseUrl::parse(input);
    QVERIFY2(url.ok(), qPrintable(url.ok() ? QString() : url.error().message));
    QCOMPARE(url->backend, DatabaseUrl::Backend::PostgreSql);
    QCOMPARE(url->host, host);
    QCOMPARE(url->port, port);
    QCOMPARE(url->user, user);
    QCOMPARE(url->password, password);
    QCOMPARE(url->database, database);
    QCOMPARE(url->toDisplayString(), display);
}

void tst_DatabaseUrl::refuses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("message");

    QTest::addRow("unknown scheme") << u"mysql://x"_s << Error::Code::Unsupported
                                    << u"Unknown database scheme \"mysql:\": use sqlite:PATH, a file path, "
                                       u"or postgresql://USER@HOST:PORT/DATABASE."_s;
    QTest::addRow("unknown scheme with a password")
        << u"mysql://ada:s3cret@db/gh"_s << Error::Code::Unsupported
        << u"Unknown database scheme \"mysql:\": use sqlite:PATH, a file path, "
           u"or postgresql://USER@HOST:PORT/DATABASE."_s;
    QTest::addRow("empty") << u"  "_s << Error::Code::Invalid << u"The database location is empty."_s;
    QTest::addRow("sqlite without a file") << u"sqlite:"_s << Error::Code::Invalid
                                           << u"The database location \"sqlite:\" names no file."_s;
    QTest::addRow("postgresql without a database")
        << u"postgresql://ada:s3cret@db:5432/"_s << Error::Code::Invalid
        << u"The PostgreSQL location names no database (postgresql://USER@HOST:PORT/DATABASE)."_s;
}

void tst_DatabaseUrl::refuses()
{
    QFETCH(QString, input);
    QFETCH(Error::Code, code);
    QFETCH(QString, message);

    const Result<DatabaseUrl> url = DatabaseUrl::parse(input);
    QVERIFY(!url.ok());
    QCOMPARE(url.error().code, code);
    QCOMPARE(url.error().message, message);
    QVERIFY(!url.error().message.contains(u"s3cret"));
    QVERIFY(!url.error().detail.contains(u"s3cret"));
}

void tst_DatabaseUrl::defaultUrl()
{
    QCoreApplication::setOrganizationName(u"Gatehouse"_s);
    QCoreApplication::setApplicationName(u"Gatehouse"_s);
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!dir.isEmpty());

    const QString url = defaultDatabaseUrl();
    QCOMPARE(url, u"sqlite:"_s + QDir::cleanPath(dir + u"/organisation.gatehouse"_s));
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->backend, DatabaseUrl::Backend::Sqlite);
    QVERIFY(parsed->path.endsWith(u"/Gatehouse/Gatehouse/organisation.gatehouse"));
}

void tst_DatabaseUrl::openPostgresWithoutServerSaysSo()
{
    // Port 1: nothing listens there. The password never shows in what people or logs see.
    const auto opened = openRepository(u"postgresql://ada:s3cret@127.0.0.1:1/gatehouse"_s,
                                       OpenMode::ExistingOnly, u"local|ada"_s, u"Ada"_s);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, Error::Code::Unavailable);
    QVERIFY2(opened.error().message.contains(u"127.0.0.1:1"), qPrintable(opened.error().message));
    QVERIFY(!opened.error().message.contains(u"s3cret"));
    QVERIFY(!opened.error().detail.contains(u"s3cret"));

    const auto unknown = openRepository(u"mysql://x"_s, OpenMode::CreateIfMissing, u"local|ada"_s, u"Ada"_s);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, Error::Code::Unsupported);
    QVERIFY(unknown.error().message.contains(u"\"mysql:\""));
}

QTEST_GUILESS_MAIN(tst_DatabaseUrl)
#include "tst_databaseurl.moc"

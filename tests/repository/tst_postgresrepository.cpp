// SPDX-License-Identifier: GPL-3.0-or-later
// The PostgreSQL backend on its own: connection failures in one sentence, databases that
// are refused untouched, the append-only history enforced by the schema, NOTIFY on every
// commit, the write lock, archives moved between SQLite and PostgreSQL, a lost connection,
// and a W50k organisation through COPY.
#include "core/demogenerator.h"
#include "core/orgfile.h"
#include "repository/databaseurl.h"
#include "repository/postgresconnection.h"
#include "repository/repositoryfactory.h"
#include "testchangesets.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace TestChangeSets;
using TestBackends::RawConnection;

Q_DECLARE_METATYPE(Gatehouse::Error::Code)

namespace {

DatabaseUrl parsed(const QString &url)
{
    return DatabaseUrl::parse(url).value();
}

QString withDatabase(const QString &url, const QString &database)
{
    DatabaseUrl u = parsed(url);
    u.database = database;
    return u.toDisplayString();
}

// A port on 127.0.0.1 where nothing listens: bound by the kernel, then released.
int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof(address);
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

// A login role with a password that owns `database` (and so its public schema).
QString newRole(const QString &database, const QString &password)
{
    const QString role = u"gh_role_"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
    if (!TestPostgres::exec(u"postgres"_s, u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(role, password))
        || !TestPostgres::exec(u"postgres"_s, u"ALTER DATABASE %1 OWNER TO %2"_s.arg(database, role)))
        return {};
    return role;
}

// The tables of a database with their row counts: "name=rows,..." in name order.
QString tableFingerprint(RawConnection &raw)
{
    QStringList tables;
    const QString names = raw.value(u"SELECT string_agg(table_name::text, ',' ORDER BY table_name) "
                                    u"FROM information_schema.tables WHERE table_schema = 'public'"_s)
                              .toString();
    for (const QString &table : names.split(u',', Qt::SkipEmptyParts))
        tables.append(table + u'=' + raw.value(u"SELECT count(*) FROM %1"_s.arg(table)).toString());
    return tables.join(u',');
}

Archive sampleArchiveFrom(Repository &repository)
{
    return repository.exportArchive().value();
}

void compareArchives(const Archive &actual, const Archive &expected)
{
    QCOMPARE(writeOrganisation(actual.organisation), writeOrganisation(expected.organisation));
    QVERIFY(actual.organisation == expected.organisation);
    QCOMPARE(actual.history.size(), expected.history.size());
    for (qsizetype i = 0; i < expected.history.size(); ++i)
        QCOMPARE(actual.history.at(i), expected.history.at(i));
    QCOMPARE(actual.reviews.size(), expected.reviews.size());
    for (qsizetype i = 0; i < expected.reviews.size(); ++i)
        QVERIFY2(actual.reviews.at(i) == expected.reviews.at(i), qPrintable(expected.reviews.at(i).title));
}

} // namespace

class tst_PostgresRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void connectionErrorsAreOneSentence_data();
    void connectionErrorsAreOneSentence();
    void passwordComesFromLibpqsOwnSources();
    void connectOptionsComeFromTheUrl();
    void emptyDatabaseIsInitialisedOnlyWhenAsked();
    void refusesNewerSchemaUntouched();
    void refusesForeignDatabaseUntouched();
    void historyIsAppendOnlyEvenForTheSuperuser_data();
    void historyIsAppendOnlyEvenForTheSuperuser();
    void everyCommitNotifies();
    void writersWaitForTheWriteLock();
    void archiveRoundTripSqlitePostgresSqlite();
    void importArchiveIsAllOrNothing();
    void importArchiveWantsAnEmptyDatabase();
    void lostConnectionIsReportedThenRestored();
    void w50kThroughCopyLoadsBackEqual();
    void manyMembershipsChangeInOneCommit();
    void failedCopyNamesTheRow();

private:
    QTemporaryDir m_dir;
};

void tst_PostgresRepository::init()
{
    QVERIFY(m_dir.isValid());
    // No driver complaint either (an unfreed statement, a result lost).
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void tst_PostgresRepository::connectionErrorsAreOneSentence_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("detail");

    // Without a server the rows cannot be made: one row that fails says why.
    QString why;
    const QString database = TestPostgres::createDatabase(&why);
    const QString name = database.isEmpty() ? QString() : parsed(database).database;
    const QString role = database.isEmpty() ? QString() : newRole(name, u"right horse battery"_s);
    if (role.isEmpty()) {
        QTest::addRow("no test server") << QString() << (why.isEmpty() ? u"cannot create a role"_s : why)
                                        << QString();
        return;
    }
    const QString admin = TestPostgres::adminUrl();
    const DatabaseUrl server = parsed(admin);
    const QString at = u"%1:%2"_s.arg(server.host).arg(server.port);

    QTest::addRow("wrong password")
        << u"postgresql://%1:staple@%2/%3"_s.arg(role, at, name)
        << u"Cannot connect to %1: the password for '%2' was refused."_s.arg(at, role)
        << u"password authentication failed"_s;
    QTest::addRow("no password at all")
        << u"postgresql://%1@%2/%3"_s.arg(role, at, name)
        << u"Cannot connect to %1: the server asks for a password for '%2' and none was given "
           u"(PGPASSWORD or ~/.pgpass)."_s.arg(at, role)
        << u"no password supplied"_s;
    QTest::addRow("unknown host")
        << u"postgresql://postgres@nohost.invalid:5432/%1"_s.arg(name)
        << u"Cannot connect to nohost.invalid:5432: the host is unknown."_s
        << u"could not translate host name"_s;
    QTest::addRow("wrong database")
        << withDatabase(admin, u"gh_no_such_database"_s)
        << u"Cannot connect to %1: the database 'gh_no_such_database' does not exist."_s.arg(at)
        << u"does not exist"_s;
    QTest::addRow("SSL required, server without SSL")
        << database + u"?sslmode=require"_s
        << u"Cannot connect to %1: the server does not accept SSL (sslmode=require)."_s.arg(at)
        << u"SSL"_s;
    const int port = closedPort();
    QTest::addRow("closed port")
        << u"postgresql://postgres@127.0.0.1:%1/%2"_s.arg(port).arg(name)
        << u"Cannot connect to 127.0.0.1:%1: no server answers (is it running?)."_s.arg(port)
        << u"Connection refused"_s;
}

void tst_PostgresRepository::connectionErrorsAreOneSentence()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    QFETCH(QString, detail);
    if (url.isEmpty())
        QFAIL(qPrintable(message));
    // Only what the URL gives: no password from the environment of whoever runs the test.
    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", m_dir.filePath(u"no-such-pgpass"_s).toLocal8Bit());

    for (const OpenMode mode : {OpenMode::ExistingOnly, OpenMode::CreateIfMissing, OpenMode::CreateBare}) {
        const auto opened = openRepository(url, mode, Ada, u"Ada"_s);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::Unavailable);
        QCOMPARE(opened.error().message, message);
        // libpq's own words stay in the details; a password never reaches either.
        QVERIFY2(opened.error().detail.contains(detail), qPrintable(opened.error().detail));
        QVERIFY(!opened.error().message.contains(u"staple"_s));
        QVERIFY(!opened.error().detail.contains(u"staple"_s));
    }
    qunsetenv("PGPASSFILE");
}

// No password is stored or needed in the URL: PGPASSWORD and a password file (~/.pgpass,
// here PGPASSFILE) are libpq's, and they work because Gatehouse passes none of its own.
void tst_PostgresRepository::passwordComesFromLibpqsOwnSources()
{
    QString database;
    GATEHOUSE_NEW_POSTGRES_DATABASE(database);
    const DatabaseUrl admin = parsed(database);
    const QString role = newRole(admin.database, u"s3cret:with\\colon"_s);
    QVERIFY(!role.isEmpty());
    const QString url = u"postgresql://%1@%2:%3/%4"_s.arg(role, admin.host).arg(admin.port).arg(admin.database);

    qunsetenv("PGPASSWORD");
    QTemporaryFile passFile(m_dir.filePath(u"pgpass-XXXXXX"_s));
    QVERIFY(passFile.open());
    // host:port:database:user:password, ':' and '\' escaped.
    passFile.write(u"%1:%2:%3:%4:s3cret\\:with\\\\colon\n"_s.arg(admin.host).arg(admin.port)
                       .arg(admin.database, role).toUtf8());
    passFile.close();
    QVERIFY(QFile::setPermissions(passFile.fileName(), QFile::ReadOwner | QFile::WriteOwner));
    qputenv("PGPASSFILE", passFile.fileName().toLocal8Bit());
    {
        auto opened = openRepository(url, OpenMode::CreateIfMissing, Ada, u"Ada"_s);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message + opened.error().detail));
        QCOMPARE(opened.value()->url(), url);
        QCOMPARE(opened.value()->load().value().accounts.size(), 1);
    }

    qputenv("PGPASSFILE", m_dir.filePath(u"no-such-pgpass"_s).toLocal8Bit());
    qputenv("PGPASSWORD", "s3cret:with\\colon");
    {
        auto opened = openRepository(url, OpenMode::ExistingOnly, {}, {});
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message + opened.error().detail));
        QCOMPARE(opened.value()->load().value().accounts.size(), 1);
    }
    // A password given in the URL is used for that connection and never shown.
    qunsetenv("PGPASSWORD");
    {
        QUrl withPassword(url);
        withPassword.setPassword(u"s3cret:with\\colon"_s);
        auto opened = openRepository(withPassword.toString(), OpenMode::ExistingOnly, {}, {});
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message + opened.error().detail));
        QCOMPARE(opened.value()->url(), url);
    }
    qunsetenv("PGPASSFILE");
}

void tst_PostgresRepository::connectOptionsComeFromTheUrl()
{
    QString database;
    GATEHOUSE_NEW_POSTGRES_DATABASE(database);
    const QString name = parsed(database).database;
    RawConnection raw(database);
    QVERIFY(raw.isOpen());
    const QString sessions = u"SELECT string_agg(application_name, ',' ORDER BY application_name) "
                             u"FROM pg_stat_activity WHERE datname = '%1' AND pid <> pg_backend_pid() "
                             u"AND backend_type = 'client backend'"_s.arg(name);
    {
        auto opened = openRepository(database, OpenMode::CreateIfMissing, Ada, u"Ada"_s);
        QVERIFY(opened.ok());
        QTRY_COMPARE(raw.value(sessions).toString(), u"gatehouse"_s);
    }
    {
        auto opened = openRepository(database + u"?application_name=audit%20desk&sslmode=disable"_s,
                                     OpenMode::ExistingOnly, {}, {});
        QVERIFY(opened.ok());
        // The previous session may still be ending.
        QTRY_COMPARE(raw.value(sessions).toString(), u"audit desk"_s);
        QCOMPARE(opened.value()->url(),
                 parsed(database + u"?application_name=audit%20desk&sslmode=disable"_s).toDisplayString());
    }
    // An option libpq does not know is refused by libpq, in the details.
    const auto unknown = openRepository(database + u"?colour=blue"_s, OpenMode::ExistingOnly, {}, {});
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, Error::Code::Unavailable);
    QVERIFY2(unknown.error().detail.contains(u"colour"_s), qPrintable(unknown.error().detail));
    const auto separator = openRepository(database + u"?application_name=a%3Bb"_s, OpenMode::ExistingOnly, {}, {});
    QVERIFY(!separator.ok());
    QCOMPARE(separator.error().code, Error::Code::Invalid);
}

// A PostgreSQL database is made by its server's administrator. ExistingOnly refuses an
// empty one; CreateBare gives it the schema without an organisation, CreateIfMissing the
// schema and the bootstrap organisation.
void tst_PostgresRepository::emptyDatabaseIsInitialisedOnlyWhenAsked()
{
    QString bare;
    GATEHOUSE_NEW_POSTGRES_DATABASE(bare);
    const auto refused = openRepository(bare, OpenMode::ExistingOnly, Ada, u"Ada"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::NotFound);
    {
        auto opened = openRepository(bare, OpenMode::CreateBare, {}, {});
        QVERIFY(opened.ok());
        QCOMPARE(opened.value()->lastChangeId().value(), 0);
        const Snapshot empty = opened.value()->load().value();
        QVERIFY(empty.accounts.isEmpty() && empty.teams.isEmpty() && empty.datastores.isEmpty());
    }
    RawConnection raw(bare);
    QCOMPARE(raw.value(u"SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_migrations"_s)
                 .toString(),
             u"1,2,3,4"_s);

    QString created;
    GATEHOUSE_NEW_POSTGRES_DATABASE(created);
    auto opened = openRepository(created, OpenMode::CreateIfMissing, Ada, u"Ada"_s);
    QVERIFY(opened.ok());
    QCOMPARE(opened.value()->load().value().accounts.constFirst().subject, Ada);
    QCOMPARE(opened.value()->auditLog().value().constFirst().action, u"create organisation"_s);
}

void tst_PostgresRepository::refusesNewerSchemaUntouched()
{
    QString url;
    GATEHOUSE_NEW_POSTGRES_DATABASE(url);
    QVERIFY(openDatabase(url));
    RawConnection raw(url);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.exec(u"INSERT INTO schema_migrations (version, applied_at) VALUES (9, '2031-01-01T00:00:00Z')"_s),
             QString());
    const QString before = tableFingerprint(raw);
    const QString history = raw.value(u"SELECT string_agg(id || action, ',' ORDER BY id) FROM audit_log"_s).toString();

    for (const OpenMode mode : {OpenMode::ExistingOnly, OpenMode::CreateIfMissing, OpenMode::CreateBare}) {
        const auto opened = openRepository(url, mode, Bob, u"Bob"_s);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::Unsupported);
        QCOMPARE(opened.error().message, u"This database was written by a newer Gatehouse (schema 9; this "
                                         u"version knows up to 4). It was not changed."_s);
    }
    QCOMPARE(tableFingerprint(raw), before);
    QCOMPARE(raw.value(u"SELECT string_agg(id || action, ',' ORDER BY id) FROM audit_log"_s).toString(), history);
}

void tst_PostgresRepository::refusesForeignDatabaseUntouched()
{
    QString url;
    GATEHOUSE_NEW_POSTGRES_DATABASE(url);
    RawConnection raw(url);
    QVERIFY(raw.isOpen());
    // Another program's tables, one of them named like ours, in a schema of their own too.
    QCOMPARE(raw.exec(u"CREATE TABLE accounts (id integer PRIMARY KEY, owner text)"_s), QString());
    QCOMPARE(raw.exec(u"INSERT INTO accounts VALUES (1, 'keep me')"_s), QString());
    QCOMPARE(raw.exec(u"CREATE SCHEMA billing"_s), QString());
    QCOMPARE(raw.exec(u"CREATE TABLE billing.invoices (id integer)"_s), QString());
    const QString before = tableFingerprint(raw);

    for (const OpenMode mode : {OpenMode::ExistingOnly, OpenMode::CreateIfMissing, OpenMode::CreateBare}) {
        const auto opened = openRepository(url, mode, Ada, u"Ada"_s);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::Invalid);
        QCOMPARE(opened.error().message, u"%1 is not a Gatehouse database."_s.arg(parsed(url).toDisplayString()));
    }
    QCOMPARE(tableFingerprint(raw), before);
    QCOMPARE(raw.value(u"SELECT owner FROM accounts WHERE id = 1"_s).toString(), u"keep me"_s);

    // Tables only in another schema make it someone's database too.
    QString other;
    GATEHOUSE_NEW_POSTGRES_DATABASE(other);
    RawConnection otherRaw(other);
    QCOMPARE(otherRaw.exec(u"CREATE SCHEMA billing"_s), QString());
    QCOMPARE(otherRaw.exec(u"CREATE TABLE billing.invoices (id integer)"_s), QString());
    const auto opened = openRepository(other, OpenMode::CreateIfMissing, Ada, u"Ada"_s);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, Error::Code::Invalid);
    QCOMPARE(tableFingerprint(otherRaw), QString());
}

void tst_PostgresRepository::historyIsAppendOnlyEvenForTheSuperuser_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addRow("update") << u"UPDATE audit_log SET action = 'nothing happened' WHERE id = 1"_s;
    QTest::addRow("update of no row") << u"UPDATE audit_log SET action = 'x' WHERE id < 0"_s;
    QTest::addRow("delete") << u"DELETE FROM audit_log WHERE id = 1"_s;
    QTest::addRow("truncate") << u"TRUNCATE audit_log"_s;
    QTest::addRow("truncate with cascade") << u"TRUNCATE audit_log CASCADE"_s;
    QTest::addRow("review delete") << u"DELETE FROM reviews"_s;
    QTest::addRow("review truncate") << u"TRUNCATE reviews CASCADE"_s;
}

void tst_PostgresRepository::historyIsAppendOnlyEvenForTheSuperuser()
{
    QFETCH(QString, statement);
    QString url;
    GATEHOUSE_NEW_POSTGRES_DATABASE(url);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    Review review;
    review.title = u"Q4"_s;
    review.started = TestOrganisations::at(u"2026-10-01T00:00:00Z");
    review.startedBy = Ada;
    VERIFY_OK(repository->saveReview(review, Ada));
    const QList<AuditRecord> before = repository->auditLog().value();

    RawConnection raw(url); // the superuser: privileges do not stop it, the triggers do
    QVERIFY(raw.isOpen());
    QVERIFY(raw.value(u"SELECT rolsuper FROM pg_roles WHERE rolname = current_user"_s).toBool());
    const QString error = raw.exec(statement);
    QVERIFY2(!error.isEmpty(), "the schema accepted the statement");
    QCOMPARE(raw.lastErrorCode(), u"P0001"_s);
    QCOMPARE(repository->auditLog().value(), before);
    QCOMPARE(repository->reviews().value().size(), 1);
}

// Every committing transaction signals ChangeChannel with the id of the newest audit record,
// and only committed ones do.
void tst_PostgresRepository::everyCommitNotifies()
{
    QString url;
    GATEHOUSE_NEW_POSTGRES_DATABASE(url);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);

    const QString listener = u"listener"_s;
    const QString copyListener = u"copy-listener"_s;
    {
        Result<QSqlDatabase> listening = openPostgresConnection(parsed(url), listener);
        QVERIFY(listening.ok());
        QSqlDriver *driver = listening->driver();
        QVERIFY(driver->subscribeToNotification(QString::fromLatin1(ChangeChannel)));
        QSignalSpy spy(driver, &QSqlDriver::notification);
        QVERIFY(spy.isValid());
        const auto lastPayload = [&] { return spy.constLast().at(2).toString(); };
        const auto expectNotification = [&](qsizetype count) {
            QTRY_COMPARE(spy.size(), count);
            QCOMPARE(spy.constLast().at(0).toString(), QString::fromLatin1(ChangeChannel));
            QCOMPARE(lastPayload(), QString::number(repository->lastChangeId().value()));
        };

        Snapshot s = repository->load().value();
        Team team = find(s.teams, 2);
        Team renamed = team;
        renamed.name = u"Finance and Audit"_s;
        ChangeSet change;
        change.action = u"team.update"_s;
        change.teams.append(update(team, renamed));
        VERIFY_OK(repository->commit(change, Ada));
        expectNotification(1);

        // A refused commit sends nothing: the next signal is the next commit's.
        const Result<CommitResult> conflict = repository->commit(change, Bob);
        QVERIFY(!conflict.ok());
        QCOMPARE(conflict.error().code, Error::Code::Conflict);
        Review review;
        review.title = u"Q4"_s;
        review.started = TestOrganisations::at(u"2026-10-01T00:00:00Z");
        review.startedBy = Ada;
        VERIFY_OK(repository->saveReview(review, Ada));
        expectNotification(2);

        VERIFY_OK(repository->importSnapshot(TestOrganisations::small(), Repository::ImportMode::Replace, Bob));
        expectNotification(3);

        QString copy;
        GATEHOUSE_NEW_POSTGRES_DATABASE(copy);
        auto target = openRepository(copy, OpenMode::CreateBare, {}, {});
        QVERIFY(target.ok());
        Result<QSqlDatabase> listeningCopy = openPostgresConnection(parsed(copy), copyListener);
        QVERIFY(listeningCopy.ok());
        QVERIFY(listeningCopy->driver()->subscribeToNotification(QString::fromLatin1(ChangeChannel)));
        QSignalSpy copySpy(listeningCopy->driver(), &QSqlDriver::notification);
        VERIFY_OK(target.value()->importArchive(repository->exportArchive().value()));
        QTRY_COMPARE(copySpy.size(), 1);
        QCOMPARE(copySpy.constFirst().at(2).toString(), QString::number(repository->lastChangeId().value()));
        QCOMPARE(spy.size(), 3); // NOTIFY stays within its database

        listening->close();
        listeningCopy->close();
    }
    QSqlDatabase::removeDatabase(listener);
    QSqlDatabase::removeDatabase(copyListener);
}

// A write transaction waits for the advisory lock another writer holds, as SQLite's BEGIN
// IMMEDIATE waits: the second writer then reads the first one's committed versions.
void tst_PostgresRepository::writersWaitForTheWriteLock()
{
    QString url;
    GATEHOUSE_NEW_POSTGRES_DATABASE(url);
    {
        auto repository = smallOrganisation(url);
        QVERIFY(repository);
    }
    RawConnection holder(url);
    QVERIFY(holder.isOpen());
    QCOMPARE(holder.exec(u"BEGIN"_s), QString());
    QCOMPARE(holder.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(0x4741'5445'484f'5553LL)), QString());

    std::optional<Result<CommitResult>> committed;
    std::atomic<bool> finished = false;
    QThread *writer = QThread::create([&] {
        auto repository = openRepository(url, OpenMode::ExistingOnly, {}, {});
        if (!repository) {
            committed = Result<CommitResult>(repository.error());
        } else {
            const Snapshot s = repository.value()->load().value();
            Team after = find(s.teams, 2);
            after.description = u"written after the lock"_s;
            ChangeSet change;
            change.action = u"team.update"_s;
            change.teams.append(update(find(s.teams, 2), after));
            committed = repository.value()->commit(change, Bob);
        }
        finished = true;
    });
    writer->start();
    // The writer's session waits on the advisory lock, and has written nothing.
    // pg_locks, not pg_stat_activity: the holder is inside a transaction, where the activity
    // statistics are read once and kept.
    const QString waiting = u"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                            u"AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"_s;
    QTRY_VERIFY_WITH_TIMEOUT(holder.value(waiting).toInt() == 1 || finished, 60000);
    QVERIFY2(!finished, "the writer did not wait for the lock");
    QCOMPARE(holder.exec(u"COMMIT"_s), QString());
    QVERIFY(writer->wait(60000));
    delete writer;
    QVERIFY(committed.has_value());
    QVERIFY2(committed->ok(), qPrintable(committed->ok() ? QString() : committed->error().message));
    QCOMPARE(committed->value().teams.constFirst().description, u"written after the lock"_s);
}

// SQLite -> PostgreSQL -> SQLite keeps everything: the organisation, the whole history with
// its ids and times, reviews with their items and sign-off. New ids continue after the
// archive's, and ids of deleted entities are never handed out again.
void tst_PostgresRepository::archiveRoundTripSqlitePostgresSqlite()
{
    const QString sqliteUrl = u"sqlite:"_s + m_dir.filePath(u"origin.gatehouse"_s);
    auto origin = smallOrganisation(sqliteUrl);
    QVERIFY(origin);
    {
        Snapshot s = origin->load().value();
        ChangeSet change;
        change.action = u"team.delete"_s;
        const Team gone = s.teams.constLast();
        change.teams.append(remove(gone));
        VERIFY_OK(origin->commit(change, Bob));
        Review review;
        review.title = u"Quarterly access review"_s;
        review.started = TestOrganisations::at(u"2026-10-01T08:00:00Z");
        review.startedBy = Ada;
        review.scopeTeams = {2};
        ReviewItem item;
        item.kind = ReviewItem::Kind::Membership;
        item.team = 2;
        item.teamName = u"Finance"_s;
        item.target = 1;
        item.targetName = u"Ada Byron"_s;
        item.mark = ReviewItem::Mark::Keep;
        item.comment = u"tab\there, new\nline, back\\slash"_s;
        review.items.append(item);
        item.target = 7;
        item.targetName = u"Linus Ærø"_s;
        item.mark = ReviewItem::Mark::Revoke;
        item.comment = QString();
        review.items.append(item);
        Result<Review> saved = origin->saveReview(review, Ada);
        VERIFY_OK(saved);
        Review signedOff = saved.value();
        signedOff.signedOff = TestOrganisations::at(u"2026-10-02T08:00:00Z");
        signedOff.signedOffBy = Ada;
        VERIFY_OK(origin->saveReview(signedOff, Ada));
        Review open;
        open.title = u"Still open"_s;
        open.started = TestOrganisations::at(u"2026-11-01T08:00:00Z");
        open.startedBy = Bob;
        VERIFY_OK(origin->saveReview(open, Bob));
    }
    const Archive original = sampleArchiveFrom(*origin);
    QVERIFY(original.history.size() >= 5);
    QCOMPARE(original.reviews.size(), 2);

    QString pgUrl;
    GATEHOUSE_NEW_POSTGRES_DATABASE(pgUrl);
    auto postgres = openRepository(pgUrl, OpenMode::CreateBare, {}, {});
    QVERIFY(postgres.ok());
    VERIFY_OK(postgres.value()->importArchive(original));
    const Archive onPostgres = sampleArchiveFrom(*postgres.value());
    compareArchives(onPostgres, original);
    QCOMPARE(postgres.value()->lastChangeId().value(), original.history.constLast().id);

    const QString backUrl = u"sqlite:"_s + m_dir.filePath(u"back.gatehouse"_s);
    auto back = openRepository(backUrl, OpenMode::CreateBare, {}, {});
    QVERIFY(back.ok());
    VERIFY_OK(back.value()->importArchive(onPostgres));
    compareArchives(sampleArchiveFrom(*back.value()), original);

    // Life goes on in the copy: the next record follows the archive's last, and a new team
    // does not take the deleted team's id.
    const Id deletedTeam = original.history.at(2).entityId;
    QCOMPARE(original.history.at(2).action, u"team.delete"_s);
    for (Repository *copy : {postgres.value().get(), back.value().get()}) {
        Team fresh;
        fresh.name = u"Brand new"_s;
        fresh.permission = Level::Viewer;
        ChangeSet change;
        change.action = u"team.create"_s;
        change.teams.append(insert(fresh));
        const Result<CommitResult> created = copy->commit(change, Ada);
        VERIFY_OK(created);
        QVERIFY(created->teams.constFirst().id > deletedTeam);
        const QList<AuditRecord> log = copy->auditLog().value();
        QCOMPARE(log.size(), original.history.size() + 1);
        QCOMPARE(log.constLast().id, original.history.constLast().id + 1);
        QCOMPARE(copy->reviews().value().size(), 2);
    }
}

void tst_PostgresRepository::importArchiveIsAllOrNothing()
{
    const QString sqliteUrl = u"sqlite:"_s + m_dir.filePath(u"whole.gatehouse"_s);
    auto origin = smallOrganisation(sqliteUrl);
    QVERIFY(origin);
    Review review;
    review.title = u"Evidence"_s;
    review.started = TestOrganisations::at(u"2026-10-01T08:00:00Z");
    review.startedBy = Ada;
    VERIFY_OK(origin->saveReview(review, Ada));
    const Archive good = sampleArchiveFrom(*origin);

    // Each breaks a rule late, after most rows went in.
    QList<std::pair<QString, Archive>> bad;
    {
        Archive a = good;
        a.reviews.append(a.reviews.constFirst()); // a review id twice
        bad.append({u"review id twice"_s, a});
    }
    {
        Archive a = good;
        a.history.append(a.history.constFirst()); // an audit id twice
        bad.append({u"history id twice"_s, a});
    }
    {
        Archive a = good;
        a.organisation.teams.last().members.append(424242); // no such account
        bad.append({u"member that is no account"_s, a});
    }

    QString url;
    GATEHOUSE_NEW_POSTGRES_DATABASE(url);
    auto target = openRepository(url, OpenMode::CreateBare, {}, {});
    QVERIFY(target.ok());
    RawConnection raw(url);
    const QString empty = tableFingerprint(raw);
    for (const auto &[name, archive] : std::as_const(bad)) {
        const Result<void> imported = target.value()->importArchive(archive);
        QVERIFY2(!imported.ok(), qPrintable(name));
        QCOMPARE(imported.error().code, Error::Code::Database);
        QVERIFY2(!imported.error().detail.isEmpty(), qPrintable(name));
        QCOMPARE(tableFingerprint(raw), empty);
    }
    // Nothing was left behind: the good archive still goes in whole.
    VERIFY_OK(target.value()->importArchive(good));
    compareArchives(sampleArchiveFrom(*target.value()), good);
}

void tst_PostgresRepository::importArchiveWantsAnEmptyDatabase()
{
    QString source;
    GATEHOUSE_NEW_POSTGRES_DATABASE(source);
    auto origin = smallOrganisation(source);
    QVERIFY(origin);
    const Archive archive = sampleArchiveFrom(*origin);

    QString url;
    GATEHOUSE_NEW_POSTGRES_DATABASE(url);
    auto target = openDatabase(url); // holds its creator and its creation record
    QVERIFY(target);
    const Result<void> imported = target->importArchive(archive);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, Error::Code::Conflict);
    QCOMPARE(target->auditLog().value().size(), 1);
    // The same goes for the source itself.
    QCOMPARE(origin->importArchive(archive).error().code, Error::Code::Conflict);
}

// The server ends the session under a repository: the operation fails with one sentence,
// and the next one connects again.
void tst_PostgresRepository::lostConnectionIsReportedThenRestored()
{
    QString url;
    GATEHOUSE_NEW_POSTGRES_DATABASE(url);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    const Snapshot before = repository->load().value();

    RawConnection admin(url);
    QVERIFY(admin.isOpen());
    const QString name = parsed(url).database;
    QCOMPARE(admin.value(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                         u"WHERE datname = '%1' AND application_name = 'gatehouse'"_s.arg(name))
                 .toInt(),
             1);
    QTRY_COMPARE(admin.value(u"SELECT count(*) FROM pg_stat_activity WHERE datname = '%1' "
                             u"AND application_name = 'gatehouse'"_s.arg(name))
                     .toInt(),
                 0);

    const Result<Snapshot> lost = repository->load();
    QVERIFY(!lost.ok());
    QCOMPARE(lost.error().code, Error::Code::Unavailable);
    const DatabaseUrl where = parsed(url);
    QCOMPARE(lost.error().message, u"The connection to %1:%2 was lost."_s.arg(where.host).arg(where.port));
    QVERIFY(!lost.error().detail.isEmpty());

    const Result<Snapshot> again = repository->load();
    VERIFY_OK(again);
    QVERIFY(again.value() == before);
    Team team = find(again->teams, 2);
    Team changed = team;
    changed.description = u"after the reconnect"_s;
    ChangeSet change;
    change.action = u"team.update"_s;
    change.teams.append(update(team, changed));
    VERIFY_OK(repository->commit(change, Ada));
}

// The W50k organisation (bench/, gatehousectl demo) goes in through COPY and comes back
// equal; its history record holds it whole.
void tst_PostgresRepository::w50kThroughCopyLoadsBackEqual()
{
    DemoOptions options;
    options.accounts = 50000;
    options.teams = options.accounts / 50;
    options.datastores = options.accounts / 10;
    options.seed = 50;
    options.adminSubject = Ada;
    Snapshot organisation = generateDemo(options);
    organisation.normalize();

    QString url;
    GATEHOUSE_NEW_POSTGRES_DATABASE(url);
    auto repository = openDatabase(url);
    QVERIFY(repository);
    VERIFY_OK(repository->importSnapshot(organisation, Repository::ImportMode::RefuseExisting, Ada));
    const Result<Snapshot> loaded = repository->load();
    VERIFY_OK(loaded);
    QCOMPARE(loaded->accounts.size(), organisation.accounts.size());
    QVERIFY(loaded.value() == organisation);
    const AuditRecord last = repository->auditLog().value().constLast();
    QCOMPARE(last.action, u"import"_s);
    QCOMPARE(last.afterJson.toUtf8(), writeOrganisation(organisation));
}

// A team gaining hundreds of members and losing others is written in bulk on both
// backends; a member that is no account fails the whole change, naming it.
void tst_PostgresRepository::manyMembershipsChangeInOneCommit()
{
    QString pgUrl;
    GATEHOUSE_NEW_POSTGRES_DATABASE(pgUrl);
    for (const QString &url : QStringList{pgUrl, u"sqlite:"_s + m_dir.filePath(u"members.gatehouse"_s)}) {
        auto repository = openDatabase(url);
        QVERIFY(repository);
        VERIFY_OK(repository->importSnapshot(TestOrganisations::large(1200, 5, 20), Repository::ImportMode::Replace,
                                             Ada));
        const Snapshot before = repository->load().value();
        const Team team = find(before.teams, 2);
        QVERIFY(team.members.size() > 60);
        Team after = team;
        after.members = team.members.mid(60); // 60 leave
        for (const Account &a : before.accounts) {
            if (after.members.size() >= team.members.size() + 400)
                break;
            if (!team.members.contains(a.id))
                after.members.append(a.id);
        }
        std::sort(after.members.begin(), after.members.end());

        Team broken = after;
        broken.members.append(999999);
        ChangeSet bad;
        bad.action = u"team.update"_s;
        bad.teams.append(update(team, broken));
        const Result<CommitResult> refused = repository->commit(bad, Ada);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(u"member 999999 of team '%1'"_s.arg(team.name)),
                 qPrintable(refused.error().message));
        QVERIFY(repository->load().value() == before);

        ChangeSet change;
        change.action = u"team.update"_s;
        change.teams.append(update(team, after));
        const Result<CommitResult> committed = repository->commit(change, Ada);
        VERIFY_OK(committed);
        const Team stored = find(repository->load().value().teams, 2);
        QCOMPARE(stored.members, after.members);
        QCOMPARE(stored.version, team.version + 1);
    }
}

// A row COPY refuses is named as the row-by-row writers name it, also when the server only
// finds out at the end (a foreign key) and the rows are too many to try one by one.
void tst_PostgresRepository::failedCopyNamesTheRow()
{
    QString url;
    GATEHOUSE_NEW_POSTGRES_DATABASE(url);
    auto repository = openDatabase(url);
    QVERIFY(repository);
    const Snapshot good = TestOrganisations::large(6000, 60, 400);
    VERIFY_OK(repository->importSnapshot(good, Repository::ImportMode::Replace, Ada));
    const int history = auditCount(*repository);

    Snapshot badMember = good;
    const qsizetype last = badMember.teams.size() - 1;
    badMember.teams[last].members.append(777777);
    Snapshot duplicateName = good;
    duplicateName.datastores[350].name = duplicateName.datastores[20].name.toUpper();
    for (const auto &[bad, fragment] : {std::pair(badMember, u"teams[%1].members[%2] (account 777777)"_s.arg(last).arg(
                                            badMember.teams[last].members.size() - 1)),
                                        std::pair(duplicateName, u"datastores[350] (id"_s)}) {
        const Result<void> imported = repository->importSnapshot(bad, Repository::ImportMode::Replace, Ada);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().code, Error::Code::Database);
        QVERIFY2(imported.error().message.contains(fragment), qPrintable(imported.error().message));
        QVERIFY(!imported.error().detail.isEmpty());
        QVERIFY(repository->load().value() == good);
        QCOMPARE(auditCount(*repository), history);
    }
}

QTEST_GUILESS_MAIN(tst_PostgresRepository)
#include "tst_postgresrepository.moc"

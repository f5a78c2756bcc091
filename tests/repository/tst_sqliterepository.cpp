// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demogenerator.h"
#include "core/orgfile.h"
#include "core/textfold.h"
#include "repository/migrations.h"
#include "repository/repositoryfactory.h"
#include "testbackends.h"
#include "testorganisations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

const QString Creator = u"local|ada"_s;

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

using TestBackends::RawConnection;

std::unique_ptr<Repository> openOrFail(const QString &url, OpenMode mode)
{
    auto opened = openRepository(url, mode, Creator, u"Ada"_s);
    if (!opened) {
        qWarning("open failed: %s (%s)", qPrintable(opened.error().message),
                 qPrintable(opened.error().detail));
        return {};
    }
    return std::move(opened).value();
}

int auditCount(Repository &repository)
{
    const auto log = repository.auditLog();
    return log ? int(log->size()) : -1;
}

// The schema versions recorded in the database, ascending ("1,2,3").
QString recordedVersions(RawConnection &raw)
{
    return raw.value(TestBackends::isSqlite()
                         ? u"SELECT group_concat(version) FROM (SELECT version FROM schema_migrations "
                           u"ORDER BY version)"_s
                         : u"SELECT string_agg(version::text, ',' ORDER BY version) FROM schema_migrations"_s)
        .toString();
}

// The versions of the migrations this build knows for the running row's dialect.
QString knownVersions()
{
    QStringList versions;
    for (const Migration &migration : migrationsFor(TestBackends::dialect()))
        versions.append(QString::number(migration.version));
    return versions.join(u',');
}

// Number of tables in a PostgreSQL database's public schema.
int postgresTables(RawConnection &raw)
{
    return raw.value(u"SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"_s).toInt();
}

} // namespace

// Evaluates `expr` once and prints the error (with the driver's text) when it failed.
#define VERIFY_OK(expr)                                                                        \
    do {                                                                                       \
        const auto &result_ = (expr);                                                          \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString()                            \
                                                       : result_.error().message + u" / "_s    \
                                                             + result_.error().detail));       \
    } while (false)

// Runs on both backends (testbackends.h); the cases about files, WAL and PRAGMAs are SQLite
// only and say so, the refusal of a foreign or newer database has its PostgreSQL twin.
class tst_SqliteRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();

    void createsSchemaAndBootstrap();
    void reopensWithoutBootstrappingAgain();
    void existingOnlyRefusesMissingDatabase();
    void refusesFileThatIsNotADatabase_data();
    void refusesFileThatIsNotADatabase();
    void refusesDatabaseOfAnotherProgram();
    void refusesNewerSchemaUntouched_data();
    void refusesNewerSchemaUntouched();
    void importLoadRoundTrip_data();
    void importLoadRoundTrip();
    void failedImportChangesNothing_data();
    void failedImportChangesNothing();
    void refuseExistingAndReplace();
    void importedOnePersonOrganisationIsNotEmpty();
    void schemaConstraintsHoldByThemselves_data();
    void schemaConstraintsHoldByThemselves();
    void loadsLargeOrganisationQuickly();

private:
    QString newPath(const QString &name) { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void tst_SqliteRepository::initTestCase_data()
{
    TestBackends::addRows();
}

void tst_SqliteRepository::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_dir.isValid());
}

void tst_SqliteRepository::createsSchemaAndBootstrap()
{
    // Given a location where no organisation exists
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    const QString where = TestBackends::displayName(url);
    if (TestBackends::isSqlite())
        QVERIFY(!QFile::exists(where));

    // When it is opened with CreateIfMissing
    auto repository = openOrFail(url, OpenMode::CreateIfMissing);
    QVERIFY(repository);

    // Then it holds the latest schema, the Public team and its creator as the one active Admin
    QCOMPARE(repository->url(), DatabaseUrl::parse(url)->toDisplayString());
    const Result<Snapshot> snapshot = repository->load();
    VERIFY_OK(snapshot);
    QCOMPARE(snapshot->accounts.size(), 1);
    const Account &admin = snapshot->accounts.constFirst();
    QCOMPARE(admin.id, 1);
    QCOMPARE(admin.subject, Creator);
    QCOMPARE(admin.name, u"Ada"_s);
    QCOMPARE(admin.type, AccountType::Human);
    QCOMPARE(admin.role, Role::Admin);
    QVERIFY(admin.isActive());
    QVERIFY(admin.created.isValid());
    QCOMPARE(snapshot->teams.size(), 1);
    const Team &everyone = snapshot->teams.constFirst();
    QCOMPARE(everyone.id, 1);
    QCOMPARE(everyone.name, u"Public"_s);
    QVERIFY(everyone.isPublic);
    QCOMPARE(everyone.permission, Level::Reporter);
    QVERIFY(everyone.members.isEmpty());
    QVERIFY(everyone.datastores.isEmpty());
    QVERIFY(snapshot->datastores.isEmpty());
    QCOMPARE(repository->isEmptyOrganisation().value(), true);

    const auto log = repository->auditLog();
    VERIFY_OK(log);
    QCOMPARE(log->size(), 1);
    QCOMPARE(log->constFirst().action, u"create organisation"_s);
    QCOMPARE(log->constFirst().actorSubject, Creator);
    QCOMPARE(log->constFirst().afterJson.toUtf8(), writeOrganisation(snapshot.value()));
    QCOMPARE(repository->lastChangeId().value(), log->constFirst().id);

    RawConnection raw(url);
    QVERIFY(raw.isOpen());
    QVERIFY(!knownVersions().isEmpty());
    QCOMPARE(recordedVersions(raw), knownVersions());
    if (TestBackends::isPostgres())
        return;

    // SQLite: the repository's own connection runs with foreign keys and WAL.
    QCOMPARE(knownVersions(), u"1,2,3,4"_s);
    const QStringList names = QSqlDatabase::connectionNames();
    const auto own = std::find_if(names.cbegin(), names.cend(),
                                  [](const QString &n) { return n.startsWith(u"gatehouse-sqlite-"); });
    QVERIFY(own != names.cend());
    QSqlQuery pragma(QSqlDatabase::database(*own, false));
    QVERIFY(pragma.exec(u"PRAGMA foreign_keys"_s) && pragma.next());
    QCOMPARE(pragma.value(0).toInt(), 1);
    QVERIFY(pragma.exec(u"PRAGMA journal_mode"_s) && pragma.next());
    QCOMPARE(pragma.value(0).toString(), u"wal"_s);
    QVERIFY(pragma.exec(u"PRAGMA busy_timeout"_s) && pragma.next());
    QCOMPARE(pragma.value(0).toInt(), 5000);
    pragma.finish();
    QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

void tst_SqliteRepository::reopensWithoutBootstrappingAgain()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    QByteArray first;
    {
        auto repository = openOrFail(url, OpenMode::CreateIfMissing);
        QVERIFY(repository);
        VERIFY_OK(repository->importSnapshot(TestOrganisations::small(), Repository::ImportMode::Replace,
                                             Creator));
        first = writeOrganisation(repository->load().value());
    }
    for (const OpenMode mode : {OpenMode::ExistingOnly, OpenMode::CreateIfMissing}) {
        auto repository = openOrFail(url, mode);
        QVERIFY(repository);
        QCOMPARE(writeOrganisation(repository->load().value()), first);
        QCOMPARE(auditCount(*repository), 2); // create organisation, import
    }
}

void tst_SqliteRepository::existingOnlyRefusesMissingDatabase()
{
    if (TestBackends::isPostgres()) {
        // A PostgreSQL database is made by its server's administrator; ExistingOnly on one
        // that holds no organisation refuses it and leaves it empty.
        QString url;
        GATEHOUSE_NEW_DATABASE(url, m_dir);
        const auto opened = openRepository(url, OpenMode::ExistingOnly, Creator, u"Ada"_s);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::NotFound);
        QVERIFY2(opened.error().message.contains(DatabaseUrl::parse(url)->database),
                 qPrintable(opened.error().message));
        // A new organisation needs someone to administer it.
        const auto nobody = openRepository(url, OpenMode::CreateIfMissing, u" "_s, QString());
        QVERIFY(!nobody.ok());
        QCOMPARE(nobody.error().code, Error::Code::Invalid);
        RawConnection raw(url);
        QVERIFY(raw.isOpen());
        QCOMPARE(postgresTables(raw), 0);
        return;
    }

    const QString path = newPath(u"missing/nowhere.gatehouse"_s);
    const auto opened = openRepository(u"sqlite:"_s + path, OpenMode::ExistingOnly, Creator, u"Ada"_s);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, Error::Code::NotFound);
    QCOMPARE(opened.error().message, u"No database at %1."_s.arg(path));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(newPath(u"missing"_s)));

    const QString bare = newPath(u"bare.gatehouse"_s);
    QVERIFY(!openRepository(bare, OpenMode::ExistingOnly, Creator, u"Ada"_s).ok());
    QVERIFY(!QFile::exists(bare));

    // A new organisation needs someone to administer it.
    const auto nobody = openRepository(bare, OpenMode::CreateIfMissing, u" "_s, QString());
    QVERIFY(!nobody.ok());
    QCOMPARE(nobody.error().code, Error::Code::Invalid);
    QVERIFY(!QFile::exists(bare));
}

void tst_SqliteRepository::refusesFileThatIsNotADatabase_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<OpenMode>("mode");

    const QByteArray text = "Quarterly numbers, not a database.\n1,2,3\n";
    QTest::addRow("text, existing only") << text << OpenMode::ExistingOnly;
    QTest::addRow("text, create if missing") << text << OpenMode::CreateIfMissing;
    QTest::addRow("empty file") << QByteArray() << OpenMode::CreateIfMissing;
    QByteArray damaged("SQLite format 3\0", 16);
    damaged.append(QByteArray(4080, '\x5a'));
    QTest::addRow("sqlite header, damaged body") << damaged << OpenMode::CreateIfMissing;
}

// SQLite only: the bytes of a file that is not a database.
void tst_SqliteRepository::refusesFileThatIsNotADatabase()
{
    GATEHOUSE_SQLITE_ONLY("the content of a file");
    QFETCH(QByteArray, content);
    QFETCH(OpenMode, mode);

    const QString path = newPath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    const QByteArray before = sha256(path);

    const auto opened = openRepository(path, mode, Creator, u"Ada"_s);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().message, u"%1 is not a Gatehouse database."_s.arg(path));
    QCOMPARE(sha256(path), before);
    QVERIFY(QFile::exists(path));
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

// A database some other program made (an SQLite file, a PostgreSQL database with its own
// tables) is refused and left as it was.
void tst_SqliteRepository::refusesDatabaseOfAnotherProgram()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    const QString where = TestBackends::displayName(url);
    {
        RawConnection raw(url);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s), QString());
        QCOMPARE(raw.exec(u"INSERT INTO notes (id, text) VALUES (1, 'keep me')"_s), QString());
    }
    const QByteArray before = TestBackends::isSqlite() ? sha256(where) : QByteArray();
    for (const OpenMode mode : {OpenMode::ExistingOnly, OpenMode::CreateIfMissing}) {
        const auto opened = openRepository(url, mode, Creator, u"Ada"_s);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().message, u"%1 is not a Gatehouse database."_s.arg(where));
    }
    RawConnection raw(url);
    QVERIFY(raw.isOpen());
    if (TestBackends::isSqlite()) {
        QCOMPARE(sha256(where), before);
        QCOMPARE(raw.value(u"SELECT count(*) FROM sqlite_master"_s).toInt(), 1);
    } else {
        QCOMPARE(postgresTables(raw), 1);
    }
    QCOMPARE(raw.value(u"SELECT text FROM notes WHERE id = 1"_s).toString(), u"keep me"_s);
}

void tst_SqliteRepository::refusesNewerSchemaUntouched_data()
{
    QTest::addColumn<OpenMode>("mode");
    QTest::addRow("existing only") << OpenMode::ExistingOnly;
    QTest::addRow("create if missing") << OpenMode::CreateIfMissing;
}

void tst_SqliteRepository::refusesNewerSchemaUntouched()
{
    QFETCH(OpenMode, mode);

    // Given a database another, newer Gatehouse migrated to schema 99
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    const QString path = TestBackends::displayName(url);
    QVERIFY(openOrFail(url, OpenMode::CreateIfMissing));
    QString versionsBefore;
    {
        RawConnection raw(url);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.exec(u"INSERT INTO schema_migrations (version, applied_at) "
                          u"VALUES (99, '2030-01-01T00:00:00Z')"_s),
                 QString());
        if (TestBackends::isSqlite())
            QCOMPARE(raw.exec(u"PRAGMA journal_mode = DELETE"_s), QString());
        versionsBefore = recordedVersions(raw);
        QVERIFY(versionsBefore.endsWith(u",99"));
    }
    const QByteArray before = TestBackends::isSqlite() ? sha256(path) : QByteArray();

    // When this version opens it
    const auto opened = openRepository(url, mode, Creator, u"Ada"_s);

    // Then it is refused and nothing changes
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, Error::Code::Unsupported);
    QCOMPARE(opened.error().message,
             u"This database was written by a newer Gatehouse (schema 99; this version knows up "
             u"to %1). It was not changed."_s.arg(latestSchemaVersion(TestBackends::dialect())));
    RawConnection raw(url);
    QVERIFY(raw.isOpen());
    QCOMPARE(recordedVersions(raw), versionsBefore);
    QCOMPARE(raw.value(u"SELECT count(*) FROM audit_log"_s).toInt(), 1);
    if (TestBackends::isSqlite()) {
        // Not a byte changed, and it is still in rollback-journal mode: WAL was not switched on.
        QCOMPARE(sha256(path), before);
        QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
    }
}

void tst_SqliteRepository::importLoadRoundTrip_data()
{
    QTest::addColumn<Snapshot>("snapshot");
    QTest::addRow("every field kind") << TestOrganisations::small();
    QTest::addRow("past the 256-row fetch chunk") << TestOrganisations::large();
    DemoOptions demo;
    demo.accounts = 600;
    demo.teams = 25;
    demo.datastores = 280;
    demo.seed = 7;
    demo.adminSubject = Creator;
    QTest::addRow("demo organisation") << generateDemo(demo);
}

void tst_SqliteRepository::importLoadRoundTrip()
{
    QFETCH(Snapshot, snapshot);
    snapshot.normalize();
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);

    {
        auto repository = openOrFail(url, OpenMode::CreateIfMissing);
        QVERIFY(repository);
        // A fresh organisation counts as empty: RefuseExisting imports into it.
        VERIFY_OK(repository->importSnapshot(snapshot, Repository::ImportMode::RefuseExisting, Creator));
        const Result<Snapshot> loaded = repository->load();
        VERIFY_OK(loaded);
        QCOMPARE(writeOrganisation(loaded.value()), writeOrganisation(snapshot));
        QVERIFY(loaded.value() == snapshot);
    }
    // And it is stored, not only in the connection.
    auto reopened = openOrFail(url, OpenMode::ExistingOnly);
    QVERIFY(reopened);
    const Result<Snapshot> again = reopened->load();
    VERIFY_OK(again);
    QVERIFY(again.value() == snapshot);
}

void tst_SqliteRepository::failedImportChangesNothing_data()
{
    QTest::addColumn<Snapshot>("bad");
    QTest::addColumn<QString>("fragment");

    const Snapshot base = TestOrganisations::large(300, 5, 20);
    {
        Snapshot s = base;
        s.teams[2].members.append(99999);
        QTest::addRow("member that is not an account") << s << u"teams[2].members["_s;
    }
    {
        Snapshot s = base;
        s.teams[3].datastores.append(99999);
        QTest::addRow("datastore that does not exist") << s << u"teams[3].datastores["_s;
    }
    {
        Snapshot s = base;
        s.teams[4].name = u"  TEAM 1 "_s;
        QTest::addRow("team name differing in case") << s << u"teams[4]"_s;
    }
    {
        Snapshot s = base;
        s.datastores[5].name = u"datastore 1"_s;
        QTest::addRow("datastore name differing in case") << s << u"datastores[5]"_s;
    }
    {
        Snapshot s = base;
        s.accounts[200].email = u"USER1@example.com"_s;
        QTest::addRow("human e-mail differing in case") << s << u"accounts[200]"_s;
    }
    {
        Snapshot s = base;
        s.teams[1].isPublic = true;
        QTest::addRow("second public team") << s << u"teams[1]"_s;
    }
    {
        Snapshot s = base;
        s.accounts[299].type = AccountType::Service;
        QTest::addRow("service subject without @service") << s << u"accounts[299]"_s;
    }
    {
        Snapshot s = base;
        s.teams[3].permission = Level::Admin;
        QTest::addRow("team level Admin") << s << u"teams[3]"_s;
    }
    {
        Snapshot s = base;
        s.accounts[10].id = s.accounts[9].id;
        QTest::addRow("duplicate account id") << s << u"accounts[10]"_s;
    }
}

void tst_SqliteRepository::failedImportChangesNothing()
{
    QFETCH(Snapshot, bad);
    QFETCH(QString, fragment);

    // Given an organisation with content and history
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = openOrFail(url, OpenMode::CreateIfMissing);
    QVERIFY(repository);
    VERIFY_OK(repository->importSnapshot(TestOrganisations::small(), Repository::ImportMode::Replace, Creator));
    const QByteArray before = writeOrganisation(repository->load().value());
    const int history = auditCount(*repository);
    QCOMPARE(history, 2);

    // When an import breaks a rule late in the run
    const Result<void> imported = repository->importSnapshot(bad, Repository::ImportMode::Replace, Creator);

    // Then it fails naming the row, and the database is exactly as before
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().code, Error::Code::Database);
    QVERIFY2(imported.error().message.contains(fragment), qPrintable(imported.error().message));
    QVERIFY(!imported.error().detail.isEmpty());
    QCOMPARE(writeOrganisation(repository->load().value()), before);
    QCOMPARE(auditCount(*repository), history);
}

void tst_SqliteRepository::refuseExistingAndReplace()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = openOrFail(url, OpenMode::CreateIfMissing);
    QVERIFY(repository);
    const Snapshot first = TestOrganisations::small();
    VERIFY_OK(repository->importSnapshot(first, Repository::ImportMode::RefuseExisting, Creator));
    QCOMPARE(repository->isEmptyOrganisation().value(), false);

    // A second import without Replace is refused and changes nothing.
    const Snapshot second = TestOrganisations::large(50, 3, 10);
    const Result<void> refused = repository->importSnapshot(second, Repository::ImportMode::RefuseExisting,
                                                            u"local|bob"_s);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QCOMPARE(refused.error().message,
             u"This database already holds an organisation (4 accounts); use --replace to replace it."_s);
    QVERIFY(repository->load().value() == first);
    QCOMPARE(auditCount(*repository), 2);

    // Replace does it, and history keeps every step with the imported snapshot.
    VERIFY_OK(repository->importSnapshot(second, Repository::ImportMode::Replace, u"local|bob"_s));
    QVERIFY(repository->load().value() == second);
    const auto log = repository->auditLog();
    VERIFY_OK(log);
    QCOMPARE(log->size(), 3);
    const AuditRecord &last = log->constLast();
    QCOMPARE(last.action, u"import"_s);
    QCOMPARE(last.actorSubject, u"local|bob"_s);
    QCOMPARE(last.entity, u"organisation"_s);
    QVERIFY(last.at.isValid());
    QCOMPARE(last.afterJson.toUtf8(), writeOrganisation(second));
    QCOMPARE(log->at(1).afterJson.toUtf8(), writeOrganisation(first));
    QVERIFY(log->at(1).id < last.id);
}

// A real organisation of one person and Public looks like a new database; its history tells
// them apart, so a second import without Replace cannot silently overwrite it.
void tst_SqliteRepository::importedOnePersonOrganisationIsNotEmpty()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = openOrFail(url, OpenMode::CreateIfMissing);
    QVERIFY(repository);
    Snapshot onePerson = repository->load().value();
    QCOMPARE(onePerson.accounts.size(), 1);
    onePerson.accounts[0].name = u"Ada Byron"_s;
    VERIFY_OK(repository->importSnapshot(onePerson, Repository::ImportMode::RefuseExisting, Creator));
    QCOMPARE(repository->isEmptyOrganisation().value(), false);

    const Result<void> refused = repository->importSnapshot(TestOrganisations::small(),
                                                            Repository::ImportMode::RefuseExisting, Creator);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QCOMPARE(repository->load().value().accounts.constFirst().name, u"Ada Byron"_s);
}

void tst_SqliteRepository::schemaConstraintsHoldByThemselves_data()
{
    // Statements written for both dialects; `postgres` replaces `statement` where SQLite's
    // functions have no PostgreSQL equivalent.
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("postgres");

    const QString account = u"INSERT INTO accounts (id, subject, name, email, email_key, type, role, created) "_s;
    const QString team = u"INSERT INTO teams (id, name, name_key, permission, is_public, created) "_s;
    const QString at = u"'2026-01-01T00:00:00Z'"_s;
    QTest::addRow("unknown role") << QString()
                                  << account + u"VALUES (9, 'x', 'X', NULL, NULL, 'human', 'Owner', %1)"_s.arg(at)
                                  << QString();
    QTest::addRow("unknown account type")
        << QString() << account + u"VALUES (9, 'x', 'X', NULL, NULL, 'robot', 'Member', %1)"_s.arg(at) << QString();
    QTest::addRow("service subject without @service")
        << QString() << account + u"VALUES (9, 'robot', 'Robot', NULL, NULL, 'service', 'Member', %1)"_s.arg(at)
        << QString();
    QTest::addRow("duplicate subject")
        << account + u"VALUES (9, 'auth0|x', 'X', NULL, NULL, 'human', 'Member', %1)"_s.arg(at)
        << account + u"VALUES (10, 'auth0|x', 'Y', NULL, NULL, 'human', 'Member', %1)"_s.arg(at) << QString();
    QTest::addRow("human e-mail differing in case")
        << account + u"VALUES (9, 'a', 'A', 'Ann@x.org', '%1', 'human', 'Member', %2)"_s.arg(nameKey(u"Ann@x.org"), at)
        << account + u"VALUES (10, 'b', 'B', 'ANN@X.ORG', '%1', 'human', 'Member', %2)"_s.arg(nameKey(u"ANN@X.ORG"), at)
        << QString();
    QTest::addRow("team name differing in case")
        << QString() << team + u"VALUES (2, 'PUBLIC', '%1', 'Viewer', FALSE, %2)"_s.arg(nameKey(u"PUBLIC"), at)
        << QString();
    QTest::addRow("second public team")
        << QString() << team + u"VALUES (2, 'Other', 'other', 'Viewer', TRUE, %1)"_s.arg(at) << QString();
    QTest::addRow("unknown permission")
        << QString() << team + u"VALUES (2, 'Other', 'other', 'Owner', FALSE, %1)"_s.arg(at) << QString();
    QTest::addRow("description over 1000 characters")
        << QString()
        << u"INSERT INTO teams (id, name, name_key, description, permission, created) "
           u"VALUES (2, 'Other', 'other', substr(hex(zeroblob(600)), 1, 1001), 'Viewer', %1)"_s.arg(at)
        << u"INSERT INTO teams (id, name, name_key, description, permission, created) "
           u"VALUES (2, 'Other', 'other', repeat('x', 1001), 'Viewer', %1)"_s.arg(at);
    QTest::addRow("member that is not an account")
        << team + u"VALUES (2, 'Other', 'other', 'Viewer', FALSE, %1)"_s.arg(at)
        << u"INSERT INTO team_members (team_id, account_id) VALUES (2, 999)"_s << QString();
    QTest::addRow("explicit member of Public")
        << QString() << u"INSERT INTO team_members (team_id, account_id) VALUES (1, 1)"_s << QString();
    QTest::addRow("datastore of unknown kind")
        << QString()
        << u"INSERT INTO datastores (id, name, name_key, kind, created) VALUES (1, 'D', 'd', 'sink', %1)"_s.arg(at)
        << QString();
    QTest::addRow("audit log update") << QString() << u"UPDATE audit_log SET action = 'nothing happened'"_s
                                      << QString();
    QTest::addRow("audit log delete") << QString() << u"DELETE FROM audit_log"_s << QString();
}

void tst_SqliteRepository::schemaConstraintsHoldByThemselves()
{
    QFETCH(QString, setup);
    QFETCH(QString, statement);
    QFETCH(QString, postgres);
    if (TestBackends::isPostgres() && !postgres.isEmpty())
        statement = postgres;

    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    QVERIFY(openOrFail(url, OpenMode::CreateIfMissing));

    // A connection that bypasses the repository (on PostgreSQL the superuser, whom
    // privileges do not stop: only the schema does).
    RawConnection raw(url);
    QVERIFY(raw.isOpen());
    if (!setup.isEmpty())
        QCOMPARE(raw.exec(setup), QString());
    const QString error = raw.exec(statement);
    QVERIFY2(!error.isEmpty(), "the schema accepted the statement");
    // Refused by a constraint or trigger, not by a mistake in the statement.
    QVERIFY2(raw.lastErrorIsConstraint(), qPrintable(raw.lastErrorCode() + u": "_s + error));
    QCOMPARE(raw.value(u"SELECT count(*) FROM audit_log"_s).toInt(), 1);
}

void tst_SqliteRepository::loadsLargeOrganisationQuickly()
{
    // The W50k shape: 50,000 accounts, 1,000 teams, 5,000 datastores, ~220,000 memberships.
    const Snapshot snapshot = TestOrganisations::large(50000, 1000, 5000, 50);
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = openOrFail(url, OpenMode::CreateIfMissing);
    QVERIFY(repository);
    VERIFY_OK(repository->importSnapshot(snapshot, Repository::ImportMode::Replace, Creator));
    // Its speed belongs to bench/; here only that everything comes back.
    const Result<Snapshot> loaded = repository->load();
    VERIFY_OK(loaded);
    QVERIFY(loaded.value() == snapshot);
}

QTEST_GUILESS_MAIN(tst_SqliteRepository)
#include "tst_sqliterepository.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demogenerator.h"
#include "core/orgfile.h"
#include "core/textfold.h"
#include "repository/repositoryfactory.h"
#include "repository/sqliterepository.h"
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

// A plain QtSql connection to a file, bypassing the repository, to check what is on disk
// and that the schema's constraints hold by themselves.
class RawConnection
{
public:
    explicit RawConnection(const QString &path)
        : m_name(u"raw-%1"_s.arg(++s_counter))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        m_open = db.open();
        if (m_open)
            exec(u"PRAGMA foreign_keys = ON"_s);
    }
    ~RawConnection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }

    // The statement's error text, or an empty string on success.
    QString exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        return query.exec(sql) ? QString() : query.lastError().text();
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(sql) || !query.next())
            return {};
        return query.value(0);
    }

private:
    static inline int s_counter = 0;
    QString m_name;
    bool m_open = false;
};

std::unique_ptr<SqliteRepository> openOrFail(const QString &path, OpenMode mode)
{
    auto url = DatabaseUrl::parse(path);
    if (!url)
        return {};
    auto opened = SqliteRepository::open(url.value(), mode, Creator, u"Ada"_s);
    if (!opened) {
        qWarning("open failed: %s (%s)", qPrintable(opened.error().message),
                 qPrintable(opened.error().detail));
        return {};
    }
    return std::move(opened).value();
}

int auditCount(SqliteRepository &repository)
{
    const auto log = repository.auditLog();
    return log ? int(log->size()) : -1;
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

class tst_SqliteRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void createsSchemaAndBootstrap();
    void reopensWithoutBootstrappingAgain();
    void existingOnlyRefusesMissingFile();
    void refusesFileThatIsNotADatabase_data();
    void refusesFileThatIsNotADatabase();
    void refusesSqliteFileOfAnotherProgram();
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
    QString newPath(const QString &name = u"org.gatehouse"_s) { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

void tst_SqliteRepository::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_dir.isValid());
}

void tst_SqliteRepository::createsSchemaAndBootstrap()
{
    // Given a path where nothing exists
    const QString path = newPath(u"new.gatehouse"_s);
    QVERIFY(!QFile::exists(path));

    // When it is opened with CreateIfMissing
    auto repository = openOrFail(path, OpenMode::CreateIfMissing);
    QVERIFY(repository);

    // Then it holds the latest schema, the Public team and its creator as the one active Admin
    QCOMPARE(repository->schemaVersion(), 3);
    QCOMPARE(repository->url(), u"sqlite:"_s + path);
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

    // The repository's own connection runs with foreign keys and WAL.
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

    RawConnection raw(path);
    QVERIFY(raw.isOpen());
    QCOMPARE(raw.value(u"SELECT group_concat(version) FROM schema_migrations"_s).toString(), u"1,2,3"_s);
    QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
}

void tst_SqliteRepository::reopensWithoutBootstrappingAgain()
{
    const QString path = newPath(u"reopen.gatehouse"_s);
    QByteArray first;
    {
        auto repository = openOrFail(path, OpenMode::CreateIfMissing);
        QVERIFY(repository);
        VERIFY_OK(repository->importSnapshot(TestOrganisations::small(), Repository::ImportMode::Replace,
                                             Creator));
        first = writeOrganisation(repository->load().value());
    }
    for (const OpenMode mode : {OpenMode::ExistingOnly, OpenMode::CreateIfMissing}) {
        auto repository = openOrFail(path, mode);
        QVERIFY(repository);
        QCOMPARE(writeOrganisation(repository->load().value()), first);
        QCOMPARE(auditCount(*repository), 2); // create organisation, import
    }
}

void tst_SqliteRepository::existingOnlyRefusesMissingFile()
{
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

void tst_SqliteRepository::refusesFileThatIsNotADatabase()
{
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

void tst_SqliteRepository::refusesSqliteFileOfAnotherProgram()
{
    const QString path = newPath(u"notes.sqlite"_s);
    {
        RawConnection raw(path);
        QCOMPARE(raw.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s), QString());
        QCOMPARE(raw.exec(u"INSERT INTO notes (text) VALUES ('keep me')"_s), QString());
    }
    const QByteArray before = sha256(path);
    for (const OpenMode mode : {OpenMode::ExistingOnly, OpenMode::CreateIfMissing}) {
        const auto opened = openRepository(path, mode, Creator, u"Ada"_s);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().message, u"%1 is not a Gatehouse database."_s.arg(path));
    }
    QCOMPARE(sha256(path), before);
    RawConnection raw(path);
    QCOMPARE(raw.value(u"SELECT count(*) FROM sqlite_master"_s).toInt(), 1);
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
    const QString path = newPath(u"newer-%1.gatehouse"_s.arg(int(mode)));
    QVERIFY(openOrFail(path, OpenMode::CreateIfMissing));
    {
        RawConnection raw(path);
        QCOMPARE(raw.exec(u"INSERT INTO schema_migrations (version, applied_at) "
                          u"VALUES (99, '2030-01-01T00:00:00Z')"_s),
                 QString());
        QCOMPARE(raw.exec(u"PRAGMA journal_mode = DELETE"_s), QString());
    }
    const QByteArray before = sha256(path);

    // When this version opens it
    const auto opened = openRepository(path, mode, Creator, u"Ada"_s);

    // Then it is refused and not a byte changes
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().code, Error::Code::Unsupported);
    QCOMPARE(opened.error().message,
             u"This database was written by a newer Gatehouse (schema 99; this version knows up "
             u"to 3). It was not changed."_s);
    QCOMPARE(sha256(path), before);
    // Still in rollback-journal mode: WAL was not switched on.
    RawConnection raw(path);
    QCOMPARE(raw.value(u"PRAGMA journal_mode"_s).toString(), u"delete"_s);
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
    const QString path = newPath(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_'));

    {
        auto repository = openOrFail(path, OpenMode::CreateIfMissing);
        QVERIFY(repository);
        // A fresh organisation counts as empty: RefuseExisting imports into it.
        VERIFY_OK(repository->importSnapshot(snapshot, Repository::ImportMode::RefuseExisting, Creator));
        const Result<Snapshot> loaded = repository->load();
        VERIFY_OK(loaded);
        QCOMPARE(writeOrganisation(loaded.value()), writeOrganisation(snapshot));
        QVERIFY(loaded.value() == snapshot);
    }
    // And it is on disk, not only in the connection.
    auto reopened = openOrFail(path, OpenMode::ExistingOnly);
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
    const QString path = newPath(u"failed.gatehouse"_s);
    QFile::remove(path);
    auto repository = openOrFail(path, OpenMode::CreateIfMissing);
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
    repository.reset();
    QFile::remove(path);
}

void tst_SqliteRepository::refuseExistingAndReplace()
{
    const QString path = newPath(u"replace.gatehouse"_s);
    auto repository = openOrFail(path, OpenMode::CreateIfMissing);
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
    const QString path = newPath(u"oneperson.gatehouse"_s);
    auto repository = openOrFail(path, OpenMode::CreateIfMissing);
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
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("statement");

    const QString account = u"INSERT INTO accounts (id, subject, name, email, email_key, type, role, created) "_s;
    const QString team = u"INSERT INTO teams (id, name, name_key, permission, is_public, created) "_s;
    QTest::addRow("unknown role") << QString()
                                  << account + u"VALUES (9, 'x', 'X', NULL, NULL, 'human', 'Owner', 't')"_s;
    QTest::addRow("unknown account type")
        << QString() << account + u"VALUES (9, 'x', 'X', NULL, NULL, 'robot', 'Member', 't')"_s;
    QTest::addRow("service subject without @service")
        << QString() << account + u"VALUES (9, 'robot', 'Robot', NULL, NULL, 'service', 'Member', 't')"_s;
    QTest::addRow("duplicate subject")
        << account + u"VALUES (9, 'auth0|x', 'X', NULL, NULL, 'human', 'Member', 't')"_s
        << account + u"VALUES (10, 'auth0|x', 'Y', NULL, NULL, 'human', 'Member', 't')"_s;
    QTest::addRow("human e-mail differing in case")
        << account + u"VALUES (9, 'a', 'A', 'Ann@x.org', '%1', 'human', 'Member', 't')"_s.arg(nameKey(u"Ann@x.org"))
        << account + u"VALUES (10, 'b', 'B', 'ANN@X.ORG', '%1', 'human', 'Member', 't')"_s.arg(nameKey(u"ANN@X.ORG"));
    QTest::addRow("team name differing in case")
        << QString() << team + u"VALUES (2, 'PUBLIC', '%1', 'Viewer', 0, 't')"_s.arg(nameKey(u"PUBLIC"));
    QTest::addRow("second public team") << QString() << team + u"VALUES (2, 'Other', 'other', 'Viewer', 1, 't')"_s;
    QTest::addRow("unknown permission") << QString() << team + u"VALUES (2, 'Other', 'other', 'Owner', 0, 't')"_s;
    QTest::addRow("description over 1000 characters")
        << QString()
        << u"INSERT INTO teams (id, name, name_key, description, permission, created) "
           u"VALUES (2, 'Other', 'other', substr(hex(zeroblob(600)), 1, 1001), 'Viewer', 't')"_s;
    QTest::addRow("member that is not an account")
        << team + u"VALUES (2, 'Other', 'other', 'Viewer', 0, 't')"_s
        << u"INSERT INTO team_members (team_id, account_id) VALUES (2, 999)"_s;
    QTest::addRow("explicit member of Public") << QString()
                                               << u"INSERT INTO team_members (team_id, account_id) VALUES (1, 1)"_s;
    QTest::addRow("datastore of unknown kind")
        << QString() << u"INSERT INTO datastores (id, name, name_key, kind, created) VALUES (1, 'D', 'd', 'sink', 't')"_s;
    QTest::addRow("audit log update") << QString() << u"UPDATE audit_log SET action = 'nothing happened'"_s;
    QTest::addRow("audit log delete") << QString() << u"DELETE FROM audit_log"_s;
}

void tst_SqliteRepository::schemaConstraintsHoldByThemselves()
{
    QFETCH(QString, setup);
    QFETCH(QString, statement);

    const QString path = newPath(u"constraints.gatehouse"_s);
    QFile::remove(path);
    QVERIFY(openOrFail(path, OpenMode::CreateIfMissing));

    RawConnection raw(path);
    QVERIFY(raw.isOpen());
    if (!setup.isEmpty())
        QCOMPARE(raw.exec(setup), QString());
    const QString error = raw.exec(statement);
    QVERIFY2(!error.isEmpty(), "the schema accepted the statement");
    QCOMPARE(raw.value(u"SELECT count(*) FROM audit_log"_s).toInt(), 1);
}

void tst_SqliteRepository::loadsLargeOrganisationQuickly()
{
    // The W50k shape: 50,000 accounts, 1,000 teams, 5,000 datastores, ~220,000 memberships.
    const Snapshot snapshot = TestOrganisations::large(50000, 1000, 5000, 50);
    const QString path = newPath(u"large.gatehouse"_s);
    auto repository = openOrFail(path, OpenMode::CreateIfMissing);
    QVERIFY(repository);
    VERIFY_OK(repository->importSnapshot(snapshot, Repository::ImportMode::Replace, Creator));
    // Its speed belongs to bench/; here only that everything comes back.
    const Result<Snapshot> loaded = repository->load();
    VERIFY_OK(loaded);
    QVERIFY(loaded.value() == snapshot);
}

QTEST_GUILESS_MAIN(tst_SqliteRepository)
#include "tst_sqliterepository.moc"

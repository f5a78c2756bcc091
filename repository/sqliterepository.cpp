// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/sqliterepository.h"

#include "core/orgfile.h"
#include "core/validation.h"
#include "repository/logging.h"
#include "repository/migrations.h"
#include "repository/sqliteauditlog.h"
#include "repository/sqlitechangewriter.h"
#include "repository/sqlitereviews.h"
#include "repository/sqlitesnapshotwriter.h"
#include "repository/transaction.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

constexpr QStringView Dialect = u"sqlite";

Error notGatehouse(const QString &path, const QString &detail = {})
{
    return makeError(Error::Code::Invalid, u"%1 is not a Gatehouse database."_s.arg(path), detail);
}

Error databaseError(const QString &message, const QSqlError &error)
{
    return makeError(Error::Code::Database, message, error.text());
}

// A SQLite file starts with this 16-byte magic string. Checked before the driver sees
// the file, so a file of another kind is never opened for writing.
Result<void> checkSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, u"Cannot read %1."_s.arg(path), file.errorString());
    static const QByteArray magic("SQLite format 3\0", 16);
    if (file.read(magic.size()) != magic)
        return notGatehouse(path);
    return {};
}

QDateTime nowUtc()
{
    // Second precision, as stored.
    return parseTimestamp(formatTimestamp(QDateTime::currentDateTimeUtc()));
}

QString uniqueConnectionName()
{
    static std::atomic<int> counter = 0;
    return u"gatehouse-sqlite-%1"_s.arg(++counter);
}

void removeDatabaseFiles(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

} // namespace

SqliteRepository::SqliteRepository(DatabaseUrl url, const QString &connectionName)
    : m_url(std::move(url))
    , m_connectionName(connectionName)
{
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_url.path);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
}

SqliteRepository::~SqliteRepository()
{
    m_db.close();
    m_db = QSqlDatabase(); // removeDatabase() wants no handle left
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<SqliteRepository>> SqliteRepository::open(const DatabaseUrl &url, OpenMode mode,
                                                                 const QString &creatorSubject,
                                                                 const QString &creatorName)
{
    Q_ASSERT(url.backend == DatabaseUrl::Backend::Sqlite);
    bool fileIsNew = false;
    if (url.isMemory()) {
        if (mode == OpenMode::ExistingOnly)
            return makeError(Error::Code::NotFound,
                             u"No database at :memory: (an in-memory database exists only while it is open)."_s);
        fileIsNew = true;
    } else {
        const QFileInfo info(url.path);
        if (!info.exists()) {
            // QSQLITE creates a missing file on open: decide before it gets the chance.
            if (mode == OpenMode::ExistingOnly)
                return makeError(Error::Code::NotFound, u"No database at %1."_s.arg(url.path));
            if (!QDir().mkpath(info.absolutePath()))
                return makeError(Error::Code::Io, u"Cannot create the folder %1."_s.arg(info.absolutePath()));
            fileIsNew = true;
        } else if (!info.isFile()) {
            return notGatehouse(url.path);
        } else if (auto header = checkSqliteHeader(url.path); !header) {
            return header.error();
        }
    }
    if (fileIsNew && creatorSubject.trimmed().isEmpty())
        return makeError(Error::Code::Invalid,
                         u"A new organisation needs its creator: the creator's subject is empty."_s);

    std::unique_ptr<SqliteRepository> repository(new SqliteRepository(url, uniqueConnectionName()));
    if (auto prepared = repository->prepare(mode, fileIsNew, creatorSubject, creatorName); !prepared) {
        repository.reset();
        if (fileIsNew && !url.isMemory())
            removeDatabaseFiles(url.path);
        return prepared.error();
    }
    qCDebug(lcRepository) << "opened" << repository->url() << "schema" << repository->m_schemaVersion;
    return repository;
}

Result<void> SqliteRepository::prepare(OpenMode mode, bool fileIsNew, const QString &creatorSubject,
                                       const QString &creatorName)
{
    if (!m_db.isValid())
        return makeError(Error::Code::Unsupported, u"The SQLite driver (QSQLITE) is not available."_s,
                         QSqlDatabase::drivers().join(u", "_s));
    if (!m_db.open())
        return databaseError(u"Cannot open %1."_s.arg(m_url.path), m_db.lastError());

    // Only reads until the version is known: a newer database must stay untouched.
    const Result<int> version = readSchemaVersion();
    if (!version)
        return version.error();
    const int known = latestSchemaVersion(Dialect);
    if (*version > known)
        return makeError(Error::Code::Unsupported,
                         u"This database was written by a newer Gatehouse (schema %1; this version "
                         u"knows up to %2). It was not changed."_s.arg(*version).arg(known));
    // An existing SQLite file without tables is initialised only when asked to create.
    const bool bootstrap = *version == 0;
    if (bootstrap && !fileIsNew && mode == OpenMode::ExistingOnly)
        return notGatehouse(m_url.path);

    if (auto pragmas = applyPragmas(); !pragmas)
        return pragmas;
    if (*version < known) {
        if (auto migrated = migrate(*version, bootstrap, creatorSubject, creatorName); !migrated)
            return migrated;
    }
    m_schemaVersion = known;
    return {};
}

Result<int> SqliteRepository::readSchemaVersion()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    // A file with the SQLite header but damaged content fails here.
    if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
        return notGatehouse(m_url.path, query.lastError().text());
    bool anyTable = false;
    bool hasMigrations = false;
    while (query.next()) {
        anyTable = true;
        hasMigrations = hasMigrations || query.value(0).toString() == u"schema_migrations";
    }
    query.finish();
    if (!anyTable)
        return 0;
    if (!hasMigrations)
        return notGatehouse(m_url.path);
    if (!query.exec(u"SELECT max(version) FROM schema_migrations"_s) || !query.next())
        return notGatehouse(m_url.path, query.lastError().text());
    const QVariant max = query.value(0);
    if (max.isNull())
        return notGatehouse(m_url.path);
    return max.toInt();
}

Result<void> SqliteRepository::applyPragmas()
{
    QSqlQuery query(m_db);
    // journal_mode=WAL writes the file header: only after the version check.
    if (!m_url.isMemory()) {
        if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next())
            return databaseError(u"Cannot switch %1 to WAL mode."_s.arg(m_url.path), query.lastError());
        if (query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
            qCWarning(lcRepository) << m_url.path << "stays in journal mode" << query.value(0).toString();
        query.finish();
    }
    // The default 2 MiB page cache makes a W50k import re-read index pages from the OS
    // hundreds of thousands of times; 64 MiB holds such an organisation whole.
    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = NORMAL"_s,
                                  u"PRAGMA busy_timeout = 5000"_s, u"PRAGMA cache_size = -65536"_s}) {
        if (!query.exec(pragma))
            return databaseError(u"Cannot configure %1 (%2)."_s.arg(m_url.path, pragma), query.lastError());
        query.finish();
    }
    return {};
}

// All pending migrations and the bootstrap organisation in one transaction: SQLite's DDL
// is transactional, so a failure leaves the file as it was.
Result<void> SqliteRepository::migrate(int fromVersion, bool bootstrap, const QString &creatorSubject,
                                       const QString &creatorName)
{
    Transaction transaction(m_db, Transaction::Kind::Write);
    if (!transaction.isActive())
        return databaseError(u"Cannot start a transaction on %1."_s.arg(m_url.path), transaction.lastError());

    const QDateTime now = nowUtc();
    for (const Migration &migration : migrationsFor(Dialect)) {
        if (migration.version <= fromVersion)
            continue;
        qCDebug(lcRepository) << "migrating" << m_url.path << "to schema" << migration.version;
        QSqlQuery query(m_db);
        for (const QString &statement : splitSqlStatements(migration.sql)) {
            if (!query.exec(statement))
                return databaseError(u"Migration %1 failed on %2."_s.arg(migration.name, m_url.path),
                                     query.lastError());
        }
        query.prepare(u"INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"_s);
        query.bindValue(0, migration.version);
        query.bindValue(1, formatTimestamp(now));
        if (!query.exec())
            return databaseError(u"Cannot record migration %1 on %2."_s.arg(migration.name, m_url.path),
                                 query.lastError());
    }

    if (bootstrap) {
        // domain.md, "Who is acting": a new organisation holds Public and its creator as Admin.
        Snapshot snapshot;
        Team publicTeam;
        publicTeam.id = 1;
        publicTeam.name = PublicTeamName.toString();
        publicTeam.description = u""_s;
        publicTeam.permission = Level::Reporter;
        publicTeam.isPublic = true;
        publicTeam.created = now;
        snapshot.teams.append(publicTeam);
        Account creator;
        creator.id = 1;
        creator.subject = creatorSubject;
        creator.name = creatorName.trimmed().isEmpty() ? creatorSubject : creatorName;
        creator.type = AccountType::Human;
        creator.role = Role::Admin;
        creator.created = now;
        snapshot.accounts.append(creator);

        SqliteSnapshotWriter writer(m_db);
        if (auto inserted = writer.insert(snapshot); !inserted)
            return inserted;
        AuditRecord record;
        record.at = now;
        record.actorSubject = creatorSubject;
        record.action = u"create organisation"_s;
        record.entity = u"organisation"_s;
        record.afterJson = QString::fromUtf8(writeOrganisation(snapshot));
        if (auto audited = writer.appendAudit(record); !audited)
            return audited;
    }

    if (!transaction.commit())
        return databaseError(u"Cannot commit the schema of %1."_s.arg(m_url.path), transaction.lastError());
    return {};
}

QString SqliteRepository::url() const
{
    return m_url.toDisplayString();
}

// One read transaction, forward-only queries and columns by index: the W50k organisation
// (50,000 accounts, ~225,000 memberships) must load in well under a second.
Result<Snapshot> SqliteRepository::load()
{
    Transaction transaction(m_db, Transaction::Kind::Read);
    if (!transaction.isActive())
        return databaseError(u"Cannot start a transaction on %1."_s.arg(m_url.path), transaction.lastError());

    const auto readFailed = [this](const QSqlQuery &query) {
        return databaseError(u"Cannot read the organisation from %1."_s.arg(m_url.path), query.lastError());
    };
    const auto badValue = [this](const QString &what, const QString &value, Id id) {
        return makeError(Error::Code::Database,
                         u"%1 holds an unknown %2 \"%3\" (id %4)."_s.arg(m_url.path, what, value).arg(id));
    };

    Snapshot snapshot;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);

    if (!query.exec(u"SELECT id, subject, name, email, type, role, created, last_active, "
                    u"deactivated_at, external_id, version FROM accounts ORDER BY id"_s))
        return readFailed(query);
    while (query.next()) {
        Account a;
        a.id = query.value(0).toLongLong();
        a.subject = query.value(1).toString();
        a.name = query.value(2).toString();
        a.email = query.value(3).toString();
        const QString type = query.value(4).toString();
        const auto accountType = accountTypeFromName(type);
        if (!accountType)
            return badValue(u"account type"_s, type, a.id);
        a.type = *accountType;
        const QString roleText = query.value(5).toString();
        const auto role = roleFromName(roleText);
        if (!role)
            return badValue(u"role"_s, roleText, a.id);
        a.role = *role;
        a.created = parseTimestamp(query.value(6).toString());
        a.lastActive = parseTimestamp(query.value(7).toString());
        a.deactivated = parseTimestamp(query.value(8).toString());
        a.externalId = query.value(9).toString();
        a.version = query.value(10).toInt();
        snapshot.accounts.append(std::move(a));
    }
    if (query.lastError().isValid())
        return readFailed(query);

    if (!query.exec(u"SELECT id, name, kind, connection, created, version FROM datastores ORDER BY id"_s))
        return readFailed(query);
    while (query.next()) {
        Datastore d;
        d.id = query.value(0).toLongLong();
        d.name = query.value(1).toString();
        const QString kindText = query.value(2).toString();
        const auto kind = datastoreKindFromName(kindText);
        if (!kind)
            return badValue(u"datastore kind"_s, kindText, d.id);
        d.kind = *kind;
        d.connection = query.value(3).toString();
        d.created = parseTimestamp(query.value(4).toString());
        d.version = query.value(5).toInt();
        snapshot.datastores.append(std::move(d));
    }
    if (query.lastError().isValid())
        return readFailed(query);

    if (!query.exec(u"SELECT id, name, description, permission, is_public, created, version "
                    u"FROM teams ORDER BY id"_s))
        return readFailed(query);
    QHash<Id, qsizetype> teamPos;
    while (query.next()) {
        Team t;
        t.id = query.value(0).toLongLong();
        t.name = query.value(1).toString();
        t.description = query.value(2).toString();
        const QString permissionText = query.value(3).toString();
        const auto permission = teamLevelFromName(permissionText);
        if (!permission)
            return badValue(u"permission level"_s, permissionText, t.id);
        t.permission = *permission;
        t.isPublic = query.value(4).toInt() != 0;
        t.created = parseTimestamp(query.value(5).toString());
        t.version = query.value(6).toInt();
        teamPos.insert(t.id, snapshot.teams.size());
        snapshot.teams.append(std::move(t));
    }
    if (query.lastError().isValid())
        return readFailed(query);

    // Both link tables are keyed (team_id, other id): rows arrive grouped by team and
    // ascending inside a team, so each list is built in order.
    const auto readLinks = [&](const QString &sql, QList<Id> Team::*list) -> Result<void> {
        if (!query.exec(sql))
            return readFailed(query);
        Id lastTeam = 0;
        QList<Id> *target = nullptr;
        while (query.next()) {
            const Id team = query.value(0).toLongLong();
            if (team != lastTeam || !target) {
                const qsizetype pos = teamPos.value(team, -1);
                if (pos < 0)
                    return badValue(u"team"_s, QString::number(team), team);
                target = &(snapshot.teams[pos].*list);
                lastTeam = team;
            }
            target->append(query.value(1).toLongLong());
        }
        if (query.lastError().isValid())
            return readFailed(query);
        return {};
    };
    if (auto members = readLinks(u"SELECT team_id, account_id FROM team_members "
                                 u"ORDER BY team_id, account_id"_s, &Team::members); !members)
        return members.error();
    if (auto links = readLinks(u"SELECT team_id, datastore_id FROM team_datastores "
                               u"ORDER BY team_id, datastore_id"_s, &Team::datastores); !links)
        return links.error();
    query.finish();

    if (!transaction.commit())
        return databaseError(u"Cannot finish reading %1."_s.arg(m_url.path), transaction.lastError());
    return snapshot;
}

// BEGIN IMMEDIATE takes the write lock before the versions are read, so two processes
// committing the same entity are serialised and the second one sees the first's version.
Result<CommitResult> SqliteRepository::commit(const ChangeSet &changes, const QString &actingSubject)
{
    Transaction transaction(m_db, Transaction::Kind::Write);
    if (!transaction.isActive())
        return databaseError(u"Cannot start a transaction on %1."_s.arg(m_url.path), transaction.lastError());
    Result<CommitResult> committed = SqliteChangeWriter(m_db).apply(changes, actingSubject, nowUtc());
    if (!committed)
        return committed.error();
    if (!transaction.commit())
        return databaseError(u"Cannot commit '%1' into %2."_s.arg(changes.action, m_url.path),
                             transaction.lastError());
    qCDebug(lcRepository) << "committed" << changes.action << "by" << actingSubject << "into" << url();
    return committed;
}

Result<QList<AuditRecord>> SqliteRepository::auditLog(const AuditFilter &filter)
{
    return readAuditLog(m_db, filter);
}

Result<Review> SqliteRepository::saveReview(const Review &review, const QString &actingSubject)
{
    Transaction transaction(m_db, Transaction::Kind::Write);
    if (!transaction.isActive())
        return databaseError(u"Cannot start a transaction on %1."_s.arg(m_url.path), transaction.lastError());
    Result<Review> saved = SqliteReviews(m_db).save(review, actingSubject, nowUtc());
    if (!saved)
        return saved.error();
    if (!transaction.commit())
        return databaseError(u"Cannot save review '%1' into %2."_s.arg(review.title, m_url.path),
                             transaction.lastError());
    return saved;
}

Result<QList<Review>> SqliteRepository::reviews()
{
    Transaction transaction(m_db, Transaction::Kind::Read);
    if (!transaction.isActive())
        return databaseError(u"Cannot start a transaction on %1."_s.arg(m_url.path), transaction.lastError());
    return SqliteReviews(m_db).read();
}

Result<Review> SqliteRepository::review(Id id)
{
    Transaction transaction(m_db, Transaction::Kind::Read);
    if (!transaction.isActive())
        return databaseError(u"Cannot start a transaction on %1."_s.arg(m_url.path), transaction.lastError());
    Result<QList<Review>> found = SqliteReviews(m_db).read(id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(Error::Code::NotFound, u"Review %1 does not exist in %2."_s.arg(id).arg(m_url.path));
    return found->constFirst();
}

Result<SqliteRepository::Counts> SqliteRepository::counts()
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT (SELECT count(*) FROM accounts), "
                    u"(SELECT count(*) FROM teams WHERE is_public = 0), "
                    u"(SELECT count(*) FROM datastores), "
                    u"(SELECT count(*) FROM audit_log WHERE action <> 'create organisation')"_s)
        || !query.next())
        return databaseError(u"Cannot read %1."_s.arg(m_url.path), query.lastError());
    return Counts{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                  query.value(3).toLongLong()};
}

Result<bool> SqliteRepository::isEmptyOrganisation()
{
    const Result<Counts> c = counts();
    if (!c)
        return c.error();
    return c->isEmpty();
}

Result<void> SqliteRepository::importSnapshot(const Snapshot &snapshot, ImportMode mode,
                                              const QString &actingSubject)
{
    Transaction transaction(m_db, Transaction::Kind::Write);
    if (!transaction.isActive())
        return databaseError(u"Cannot start a transaction on %1."_s.arg(m_url.path), transaction.lastError());

    const Result<Counts> c = counts();
    if (!c)
        return c.error();
    if (mode == ImportMode::RefuseExisting && !c->isEmpty()) {
        const QString accounts = c->accounts == 1 ? u"1 account"_s : u"%1 accounts"_s.arg(c->accounts);
        return makeError(Error::Code::Conflict,
                         u"This database already holds an organisation (%1); use --replace to "
                         u"replace it."_s.arg(accounts));
    }

    SqliteSnapshotWriter writer(m_db);
    if (auto cleared = writer.clearOrganisation(); !cleared)
        return cleared;
    if (auto inserted = writer.insert(snapshot); !inserted)
        return inserted;
    AuditRecord record;
    record.at = nowUtc();
    record.actorSubject = actingSubject;
    record.action = u"import"_s;
    record.entity = u"organisation"_s;
    record.afterJson = QString::fromUtf8(writeOrganisation(snapshot));
    if (auto audited = writer.appendAudit(record); !audited)
        return audited;

    if (!transaction.commit())
        return databaseError(u"Cannot commit the import into %1."_s.arg(m_url.path), transaction.lastError());
    qCDebug(lcRepository) << "imported" << snapshot.accounts.size() << "accounts," << snapshot.teams.size()
                          << "teams," << snapshot.datastores.size() << "datastores into" << url();
    return {};
}

} // namespace Gatehouse

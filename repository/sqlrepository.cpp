// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/sqlrepository.h"

#include "core/orgfile.h"
#include "core/validation.h"
#include "repository/logging.h"
#include "repository/migrations.h"
#include "repository/sqlauditlog.h"
#include "repository/sqlchangewriter.h"
#include "repository/sqlquery.h"
#include "repository/sqlreviews.h"
#include "repository/sqlsnapshotwriter.h"
#include "repository/sqltokens.h"
#include "repository/transaction.h"

#include <QFuture>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSqlError>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

QDateTime nowUtc()
{
    // Second precision, as stored.
    return parseTimestamp(formatTimestamp(QDateTime::currentDateTimeUtc()));
}

// The highest account, team and datastore ids an archive's history ever names, so a
// database receiving it never hands out an id of a deleted entity again (schema 2).
struct HighWater
{
    Id accounts = 0;
    Id teams = 0;
    Id datastores = 0;

    void raise(const QString &entity, Id id)
    {
        Id *high = entity == u"account" ? &accounts
            : entity == u"team"         ? &teams
            : entity == u"datastore"    ? &datastores
                                        : nullptr;
        if (high && id > *high)
            *high = id;
    }
    // A whole organisation (creation, import) names its entities in its JSON.
    void raiseFromOrganisation(const QString &json)
    {
        if (json.isEmpty())
            return;
        const QJsonObject root = QJsonDocument::fromJson(json.toUtf8()).object();
        for (const auto &[key, entity] : {std::pair(u"accounts"_s, u"account"_s), std::pair(u"teams"_s, u"team"_s),
                                          std::pair(u"datastores"_s, u"datastore"_s)}) {
            const QJsonArray array = root.value(key).toArray();
            for (const QJsonValue &value : array)
                raise(entity, value.toObject().value(u"id"_s).toInteger());
        }
    }
};

HighWater highWaterOf(const Archive &archive)
{
    HighWater high;
    for (const AuditRecord &record : archive.history) {
        if (record.entity == u"organisation") {
            high.raiseFromOrganisation(record.beforeJson);
            high.raiseFromOrganisation(record.afterJson);
        } else {
            high.raise(record.entity, record.entityId);
        }
    }
    for (const Account &a : archive.organisation.accounts)
        high.raise(u"account"_s, a.id);
    for (const Team &t : archive.organisation.teams)
        high.raise(u"team"_s, t.id);
    for (const Datastore &d : archive.organisation.datastores)
        high.raise(u"datastore"_s, d.id);
    return high;
}

} // namespace

SqlRepository::SqlRepository(DatabaseUrl url, SqlDialect dialect, const QString &driver,
                             const QString &connectionName)
    : m_url(std::move(url))
    , m_dialect(dialect)
    , m_connectionName(connectionName)
{
    m_db = QSqlDatabase::addDatabase(driver, m_connectionName);
}

SqlRepository::~SqlRepository()
{
    m_db.close();
    m_db = QSqlDatabase(); // removeDatabase() wants no handle left
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString SqlRepository::url() const
{
    return m_url.toDisplayString();
}

QString SqlRepository::place() const
{
    return m_url.backend == DatabaseUrl::Backend::Sqlite ? m_url.path : m_url.toDisplayString();
}

Error SqlRepository::databaseError(const QString &message, const QSqlError &error) const
{
    return makeError(Error::Code::Database, message, error.text());
}

Error SqlRepository::notGatehouse(const QString &detail) const
{
    return makeError(Error::Code::Invalid, u"%1 is not a Gatehouse database."_s.arg(place()), detail);
}

// Every operation: reconnect first if the connection dropped; a failure caused by the
// connection dropping during the work says so instead of naming the statement.
template <typename T, typename Work>
Result<T> SqlRepository::guarded(Work work)
{
    if (auto ready = ensureConnected(); !ready)
        return ready.error();
    Result<T> result = work();
    if (!result) {
        if (std::optional<Error> lost = lostConnection(result.error()))
            return *lost;
    }
    return result;
}

Result<void> SqlRepository::prepareSchema(OpenMode mode, const QString &creatorSubject,
                                          const QString &creatorName)
{
    // Only reads until the version is known: a newer database must stay untouched.
    const Result<int> version = readSchemaVersion();
    if (!version)
        return version.error();
    const int known = latestSchemaVersion(Sql::migrationsName(m_dialect));
    if (*version > known)
        return makeError(Error::Code::Unsupported,
                         u"This database was written by a newer Gatehouse (schema %1; this version "
                         u"knows up to %2). It was not changed."_s.arg(*version).arg(known));
    // A database without tables is initialised only when asked to create; CreateBare
    // writes the schema alone.
    if (*version == 0 && mode == OpenMode::ExistingOnly)
        return noOrganisation();
    const bool bootstrap = *version == 0 && mode == OpenMode::CreateIfMissing;
    if (bootstrap && creatorSubject.trimmed().isEmpty())
        return makeError(Error::Code::Invalid,
                         u"A new organisation needs its creator: the creator's subject is empty."_s);

    if (auto configured = configure(); !configured)
        return configured;
    if (*version < known) {
        if (auto migrated = migrate(*version, bootstrap, creatorSubject, creatorName); !migrated)
            return migrated;
    }
    m_schemaVersion = known;
    return {};
}

// All pending migrations and the bootstrap organisation in one transaction: the DDL of both
// SQLite and PostgreSQL is transactional, so a failure leaves the database as it was.
Result<void> SqlRepository::migrate(int fromVersion, bool bootstrap, const QString &creatorSubject,
                                    const QString &creatorName)
{
    Transaction transaction(m_db, Transaction::Kind::Write);
    if (!transaction.isActive())
        return databaseError(u"Cannot start a transaction on %1."_s.arg(place()), transaction.lastError());

    // Another Gatehouse may have migrated it while this one waited for the write lock.
    const Result<int> current = readSchemaVersion();
    if (!current)
        return current.error();
    if (*current != fromVersion) {
        qCDebug(lcRepository) << place() << "was migrated meanwhile to schema" << *current;
        if (*current >= latestSchemaVersion(Sql::migrationsName(m_dialect)))
            return {};
        fromVersion = *current;
        bootstrap = bootstrap && *current == 0;
    }

    const QDateTime now = nowUtc();
    for (const Migration &migration : migrationsFor(Sql::migrationsName(m_dialect))) {
        if (migration.version <= fromVersion)
            continue;
        qCDebug(lcRepository) << "migrating" << place() << "to schema" << migration.version;
        SqlQuery query(m_db);
        for (const QString &statement : splitSqlStatements(migration.sql)) {
            if (!query.exec(statement))
                return databaseError(u"Migration %1 failed on %2."_s.arg(migration.name, place()),
                                     query.lastError());
        }
        query.prepare(u"INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"_s);
        query.bindValue(0, migration.version);
        query.bindValue(1, formatTimestamp(now));
        if (!query.exec())
            return databaseError(u"Cannot record migration %1 on %2."_s.arg(migration.name, place()),
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

        SqlSnapshotWriter writer(m_db);
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
        return databaseError(u"Cannot commit the schema of %1."_s.arg(place()), transaction.lastError());
    return {};
}

Result<Snapshot> SqlRepository::load()
{
    return guarded<Snapshot>([this] { return doLoad(); });
}

Result<Snapshot> SqlRepository::doLoad()
{
    Transaction transaction(m_db, Transaction::Kind::Read);
    if (!transaction.isActive())
        return databaseError(u"Cannot start a transaction on %1."_s.arg(place()), transaction.lastError());
    Result<Snapshot> snapshot = readSnapshot();
    if (!snapshot)
        return snapshot;
    if (!transaction.commit())
        return databaseError(u"Cannot finish reading %1."_s.arg(place()), transaction.lastError());
    return snapshot;
}

// Forward-only queries and columns by index: the W50k organisation (50,000 accounts,
// ~225,000 memberships) must load in well under a second. Runs in the caller's transaction.
Result<Snapshot> SqlRepository::readSnapshot()
{
    const auto readFailed = [this](const SqlQuery &query) {
        return databaseError(u"Cannot read the organisation from %1."_s.arg(place()), query.lastError());
    };
    const auto badValue = [this](const QString &what, const QString &value, Id id) {
        return makeError(Error::Code::Database,
                         u"%1 holds an unknown %2 \"%3\" (id %4)."_s.arg(place(), what, value).arg(id));
    };

    Snapshot snapshot;
    SqlQuery query(m_db);
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
        // SQLite stores 1/0, PostgreSQL a boolean: both convert.
        t.isPublic = query.value(4).toBool();
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
    return snapshot;
}

Result<CommitResult> SqlRepository::commit(const ChangeSet &changes, const QString &actingSubject)
{
    return guarded<CommitResult>([&] { return doCommit(changes, actingSubject); });
}

// The write transaction takes the write lock before the versions are read (SQLite's BEGIN
// IMMEDIATE, PostgreSQL's advisory lock), so two processes committing the same entity are
// serialised and the second one sees the first's version.
Result<CommitResult> SqlRepository::doCommit(const ChangeSet &changes, const QString &actingSubject)
{
    Transaction transaction(m_db, Transaction::Kind::Write);
    if (!transaction.isActive())
        return databaseError(u"Cannot start a transaction on %1."_s.arg(place()), transaction.lastError());
    const QDateTime now = nowUtc();
    Result<CommitResult> committed = SqlChangeWriter(m_db).apply(changes, actingSubject, now);
    if (!committed) {
        // The schema refuses to deactivate a service account holding an active token
        // (0004_tokens.sql); say which account, in words.
        if (SqlTokens::isActiveTokensRefusal(committed.error())) {
            transaction.rollback();
            const QList<Account> candidates = SqlTokens::deactivatedServiceAccounts(changes);
            for (const Account &account : candidates) {
                const Result<bool> active = SqlTokens(m_db).hasActiveTokens(account.id, now);
                if (candidates.size() == 1 || (active && *active))
                    return SqlTokens::activeTokensConflict(account, committed.error().detail);
            }
        }
        return committed.error();
    }
    if (!transaction.commit())
        return databaseError(u"Cannot commit '%1' into %2."_s.arg(changes.action, place()),
                             transaction.lastError());
    qCDebug(lcRepository) << "committed" << changes.action << "by" << actingSubject << "into" << url();
    return committed;
}

Result<QList<AuditRecord>> SqlRepository::auditLog(const AuditFilter &filter)
{
    return guarded<QList<AuditRecord>>([&] { return readAuditLog(m_db, filter); });
}

Result<Review> SqlRepository::saveReview(const Review &review, const QString &actingSubject)
{
    return guarded<Review>([&] { return doSaveReview(review, actingSubject); });
}

Result<Review> SqlRepository::doSaveReview(const Review &review, const QString &actingSubject)
{
    Transaction transaction(m_db, Transaction::Kind::Write);
    if (!transaction.isActive())
        return databaseError(u"Cannot start a transaction on %1."_s.arg(place()), transaction.lastError());
    Result<Review> saved = SqlReviews(m_db).save(review, actingSubject, nowUtc());
    if (!saved)
        return saved.error();
    if (!transaction.commit())
        return databaseError(u"Cannot save review '%1' into %2."_s.arg(review.title, place()),
                             transaction.lastError());
    return saved;
}

Result<QList<Review>> SqlRepository::reviews()
{
    return guarded<QList<Review>>([this] { return doReviews(0); });
}

Result<Review> SqlRepository::review(Id id)
{
    return guarded<Review>([this, id]() -> Result<Review> {
        Result<QList<Review>> found = doReviews(id);
        if (!found)
            return found.error();
        if (found->isEmpty())
            return makeError(Error::Code::NotFound, u"Review %1 does not exist in %2."_s.arg(id).arg(place()));
        return found->constFirst();
    });
}

Result<QList<Review>> SqlRepository::doReviews(Id onlyId)
{
    Transaction transaction(m_db, Transaction::Kind::Read);
    if (!transaction.isActive())
        return databaseError(u"Cannot start a transaction on %1."_s.arg(place()), transaction.lastError());
    Result<QList<Review>> found = SqlReviews(m_db).read(onlyId);
    if (!found)
        return found;
    if (!transaction.commit())
        return databaseError(u"Cannot finish reading %1."_s.arg(place()), transaction.lastError());
    return found;
}

Result<SqlRepository::Counts> SqlRepository::counts()
{
    SqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT (SELECT count(*) FROM accounts), "
                    u"(SELECT count(*) FROM teams WHERE NOT is_public), "
                    u"(SELECT count(*) FROM datastores), "
                    u"(SELECT count(*) FROM audit_log WHERE action <> 'create organisation')"_s)
        || !query.next())
        return databaseError(u"Cannot read %1."_s.arg(place()), query.lastError());
    return Counts{query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toLongLong(),
                  query.value(3).toLongLong()};
}

Result<bool> SqlRepository::isEmptyOrganisation()
{
    return guarded<bool>([this]() -> Result<bool> {
        const Result<Counts> c = counts();
        if (!c)
            return c.error();
        return c->isEmpty();
    });
}

Result<void> SqlRepository::importSnapshot(const Snapshot &snapshot, ImportMode mode,
                                           const QString &actingSubject)
{
    return guarded<void>([&] { return doImportSnapshot(snapshot, mode, actingSubject); });
}

Result<void> SqlRepository::doImportSnapshot(const Snapshot &snapshot, ImportMode mode,
                                             const QString &actingSubject)
{
    Transaction transaction(m_db, Transaction::Kind::Write);
    if (!transaction.isActive())
        return databaseError(u"Cannot start a transaction on %1."_s.arg(place()), transaction.lastError());

    const Result<Counts> c = counts();
    if (!c)
        return c.error();
    if (mode == ImportMode::RefuseExisting && !c->isEmpty()) {
        const QString accounts = c->accounts == 1 ? u"1 account"_s : u"%1 accounts"_s.arg(c->accounts);
        return makeError(Error::Code::Conflict,
                         u"This database already holds an organisation (%1); use --replace to "
                         u"replace it."_s.arg(accounts));
    }

    // The history record holds the whole organisation as JSON, written on another thread
    // while the rows go in (a quarter of a second for W50k). Every return waits for it:
    // it reads `snapshot`.
    QFuture<QByteArray> json = QtConcurrent::run([&snapshot] { return writeOrganisation(snapshot); });
    const auto waitForJson = qScopeGuard([&json] { json.waitForFinished(); });

    // Tokens belong to accounts: a token stays only when the imported organisation has its
    // owner under the same id and subject; the others go with the accounts they belonged to.
    SqlTokens tokenStore(m_db);
    Result<QList<Token>> tokens = tokenStore.read();
    if (!tokens)
        return tokens.error();
    QList<Token> keptTokens;
    if (!tokens->isEmpty()) {
        const Result<QHash<Id, QString>> owners = tokenStore.ownerSubjects();
        if (!owners)
            return owners.error();
        QHash<Id, QString> imported;
        for (const Account &account : snapshot.accounts)
            imported.insert(account.id, account.subject);
        for (const Token &token : std::as_const(*tokens)) {
            const QString owner = owners->value(token.owner);
            if (!owner.isEmpty() && imported.value(token.owner) == owner)
                keptTokens.append(token);
        }
        if (auto removed = tokenStore.removeAll(); !removed)
            return removed;
    }

    SqlSnapshotWriter writer(m_db);
    if (auto cleared = writer.clearOrganisation(); !cleared)
        return cleared;
    if (auto inserted = writer.insert(snapshot); !inserted)
        return inserted;
    if (auto restored = tokenStore.insertArchived(keptTokens); !restored)
        return restored;
    AuditRecord record;
    record.at = nowUtc();
    record.actorSubject = actingSubject;
    record.action = u"import"_s;
    record.entity = u"organisation"_s;
    record.afterJson = QString::fromUtf8(json.result());
    if (auto audited = writer.appendAudit(record); !audited)
        return audited;

    if (!transaction.commit())
        return databaseError(u"Cannot commit the import into %1."_s.arg(place()), transaction.lastError());
    qCDebug(lcRepository) << "imported" << snapshot.accounts.size() << "accounts," << snapshot.teams.size()
                          << "teams," << snapshot.datastores.size() << "datastores into" << url();
    return {};
}

Result<Id> SqlRepository::lastChangeId()
{
    return guarded<Id>([this]() -> Result<Id> {
        SqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT coalesce(max(id), 0) FROM audit_log"_s) || !query.next())
            return databaseError(u"Cannot read the history of %1."_s.arg(place()), query.lastError());
        return Id(query.value(0).toLongLong());
    });
}

Result<Archive> SqlRepository::exportArchive()
{
    return guarded<Archive>([this] { return doExportArchive(); });
}

Result<Archive> SqlRepository::doExportArchive()
{
    Transaction transaction(m_db, Transaction::Kind::Read);
    if (!transaction.isActive())
        return databaseError(u"Cannot start a transaction on %1."_s.arg(place()), transaction.lastError());
    Archive archive;
    Result<Snapshot> snapshot = readSnapshot();
    if (!snapshot)
        return snapshot.error();
    archive.organisation = std::move(snapshot).value();
    Result<QList<AuditRecord>> history = readAuditLog(m_db, {});
    if (!history)
        return history.error();
    archive.history = std::move(history).value();
    Result<QList<Review>> reviews = SqlReviews(m_db).read();
    if (!reviews)
        return reviews.error();
    archive.reviews = std::move(reviews).value();
    SqlTokens tokenStore(m_db);
    Result<QList<Token>> tokens = tokenStore.read();
    if (!tokens)
        return tokens.error();
    archive.tokens = std::move(tokens).value();
    Result<QHash<QString, QString>> settings = tokenStore.readSettings();
    if (!settings)
        return settings.error();
    archive.settings = std::move(settings).value();
    if (!transaction.commit())
        return databaseError(u"Cannot finish reading %1."_s.arg(place()), transaction.lastError());
    return archive;
}

Result<void> SqlRepository::importArchive(const Archive &archive)
{
    return guarded<void>([&] { return doImportArchive(archive); });
}

Result<void> SqlRepository::doImportArchive(const Archive &archive)
{
    Transaction transaction(m_db, Transaction::Kind::Write);
    if (!transaction.isActive())
        return databaseError(u"Cannot start a transaction on %1."_s.arg(place()), transaction.lastError());
    {
        SqlQuery query(m_db);
        query.setForwardOnly(true);
        if (!query.exec(u"SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) FROM teams) "
                        u"+ (SELECT count(*) FROM datastores) + (SELECT count(*) FROM audit_log) "
                        u"+ (SELECT count(*) FROM reviews) + (SELECT count(*) FROM tokens)"_s)
            || !query.next())
            return databaseError(u"Cannot read %1."_s.arg(place()), query.lastError());
        if (query.value(0).toLongLong() != 0)
            return makeError(Error::Code::Conflict,
                             u"%1 already holds an organisation or history; an archive only goes into a "
                             u"new database."_s.arg(place()));
    }
    SqlSnapshotWriter writer(m_db);
    if (auto inserted = writer.insert(archive.organisation); !inserted)
        return inserted;
    if (auto inserted = writer.insertHistory(archive.history); !inserted)
        return inserted;
    SqlReviews reviews(m_db);
    for (const Review &review : archive.reviews) {
        if (auto inserted = reviews.insertArchived(review); !inserted)
            return inserted;
    }
    SqlTokens tokenStore(m_db);
    if (auto inserted = tokenStore.insertArchived(archive.tokens); !inserted)
        return inserted;
    // A new database may hold settings already (none today): the archive's replace them.
    {
        SqlQuery clear(m_db);
        if (!clear.exec(u"DELETE FROM settings"_s))
            return databaseError(u"Cannot write into %1."_s.arg(place()), clear.lastError());
    }
    if (auto inserted = tokenStore.insertArchivedSettings(archive.settings); !inserted)
        return inserted;

    SqlQuery query(m_db);
    const HighWater high = highWaterOf(archive);
    if (!query.prepare(u"UPDATE id_high_water SET high = %1(high, ?) WHERE table_name = ?"_s.arg(
            Sql::greatest(m_dialect))))
        return databaseError(u"Cannot write into %1."_s.arg(place()), query.lastError());
    for (const auto &[table, value] : {std::pair(u"accounts"_s, high.accounts), std::pair(u"teams"_s, high.teams),
                                       std::pair(u"datastores"_s, high.datastores)}) {
        query.bindValue(0, value);
        query.bindValue(1, table);
        if (!query.exec())
            return databaseError(u"Cannot write into %1."_s.arg(place()), query.lastError());
    }
    // SQLite's AUTOINCREMENT follows explicit ids by itself; PostgreSQL's identity sequence
    // continues after the highest id written.
    if (m_dialect == SqlDialect::Postgres && !archive.history.isEmpty()) {
        if (!query.exec(u"SELECT setval(pg_get_serial_sequence('audit_log', 'id'), "
                        u"(SELECT max(id) FROM audit_log))"_s))
            return databaseError(u"Cannot write into %1."_s.arg(place()), query.lastError());
    }
    if (!transaction.commit())
        return databaseError(u"Cannot commit the archive into %1."_s.arg(place()), transaction.lastError());
    qCDebug(lcRepository) << "imported an archive of" << archive.history.size() << "history records into" << url();
    return {};
}

} // namespace Gatehouse

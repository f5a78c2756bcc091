// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/postgresrepository.h"

#include "repository/logging.h"
#include "repository/postgresconnection.h"

#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

QString uniqueConnectionName()
{
    static std::atomic<int> counter = 0;
    return u"gatehouse-postgres-%1"_s.arg(++counter);
}

} // namespace

PostgresRepository::PostgresRepository(const DatabaseUrl &url, const QString &connectionName)
    : SqlRepository(url, SqlDialect::Postgres, u"QPSQL"_s, connectionName)
{
}

Result<std::unique_ptr<PostgresRepository>> PostgresRepository::open(const DatabaseUrl &url, OpenMode mode,
                                                                     const QString &creatorSubject,
                                                                     const QString &creatorName)
{
    Q_ASSERT(url.backend == DatabaseUrl::Backend::PostgreSql);
    std::unique_ptr<PostgresRepository> repository(new PostgresRepository(url, uniqueConnectionName()));
    if (auto configured = configurePostgresConnection(repository->database(), url); !configured)
        return configured.error();
    if (auto opened = openPostgres(repository->database(), url); !opened)
        return opened.error();
    if (auto prepared = repository->prepareSchema(mode, creatorSubject, creatorName); !prepared) {
        if (std::optional<Error> lost = repository->lostConnection(prepared.error()))
            return *lost;
        return prepared.error();
    }
    qCDebug(lcRepository) << "opened" << repository->url() << "schema" << repository->schemaVersion();
    return repository;
}

// The catalogue, not information_schema: it lists tables the connected role may not read,
// so a database of another program is recognised whoever connects.
Result<int> PostgresRepository::readSchemaVersion()
{
    const auto readFailed = [this](const QSqlQuery &query) {
        return databaseError(u"Cannot read the schema version of %1."_s.arg(place()), query.lastError());
    };
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT count(*), to_regclass('schema_migrations') IS NOT NULL "
                    u"FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                    u"WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') "
                    u"AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\\_%'"_s)
        || !query.next())
        return readFailed(query);
    const qint64 tables = query.value(0).toLongLong();
    const bool hasMigrations = query.value(1).toBool();
    query.finish();
    if (tables == 0)
        return 0;
    if (!hasMigrations)
        return notGatehouse();
    if (!query.exec(u"SELECT max(version) FROM schema_migrations"_s) || !query.next())
        return readFailed(query);
    const QVariant max = query.value(0);
    if (max.isNull())
        return notGatehouse();
    return max.toInt();
}

Error PostgresRepository::noOrganisation() const
{
    return makeError(Error::Code::NotFound,
                     u"The database '%1' on %2:%3 holds no Gatehouse organisation yet; create one "
                     u"there first."_s.arg(location().database, location().host).arg(location().port));
}

Result<void> PostgresRepository::ensureConnected()
{
    if (database().isOpen())
        return {};
    database().close();
    if (auto opened = openPostgres(database(), location()); !opened)
        return opened;
    // The database may have changed while the connection was gone.
    const Result<int> version = readSchemaVersion();
    if (!version) {
        database().close();
        return version.error();
    }
    if (*version == 0 || *version > schemaVersion()) {
        database().close();
        if (*version == 0)
            return noOrganisation();
        return makeError(Error::Code::Unsupported,
                         u"This database was written by a newer Gatehouse meanwhile (schema %1; this "
                         u"version knows up to %2)."_s.arg(*version).arg(schemaVersion()));
    }
    qCDebug(lcRepository) << "reconnected to" << url();
    return {};
}

std::optional<Error> PostgresRepository::lostConnection(const Error &failure) const
{
    if (database().isOpen())
        return std::nullopt;
    return postgresConnectionLost(location(), failure.detail.isEmpty() ? failure.message : failure.detail);
}

} // namespace Gatehouse

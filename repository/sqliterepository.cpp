// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/sqliterepository.h"

#include "repository/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// A SQLite file starts with this 16-byte magic string. Checked before the driver sees
// the file, so a file of another kind is never opened for writing.
Result<bool> hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(Error::Code::Io, u"Cannot read %1."_s.arg(path), file.errorString());
    static const QByteArray magic("SQLite format 3\0", 16);
    return file.read(magic.size()) == magic;
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

Error notGatehouseFile(const QString &path)
{
    return makeError(Error::Code::Invalid, u"%1 is not a Gatehouse database."_s.arg(path));
}

} // namespace

SqliteRepository::SqliteRepository(const DatabaseUrl &url, const QString &connectionName)
    : SqlRepository(url, SqlDialect::Sqlite, u"QSQLITE"_s, connectionName)
{
    database().setDatabaseName(url.path);
    database().setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
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
            if (mode == OpenMode::CreateIfMissing && creatorSubject.trimmed().isEmpty())
                return makeError(Error::Code::Invalid,
                                 u"A new organisation needs its creator: the creator's subject is empty."_s);
            if (!QDir().mkpath(info.absolutePath()))
                return makeError(Error::Code::Io, u"Cannot create the folder %1."_s.arg(info.absolutePath()));
            fileIsNew = true;
        } else if (!info.isFile()) {
            return notGatehouseFile(url.path);
        } else {
            const Result<bool> header = hasSqliteHeader(url.path);
            if (!header)
                return header.error();
            if (!*header)
                return notGatehouseFile(url.path);
        }
    }

    std::unique_ptr<SqliteRepository> repository(new SqliteRepository(url, uniqueConnectionName()));
    const auto failed = [&](const Error &error) -> Result<std::unique_ptr<SqliteRepository>> {
        repository.reset();
        if (fileIsNew && !url.isMemory())
            removeDatabaseFiles(url.path);
        return error;
    };
    if (!repository->database().isValid())
        return failed(makeError(Error::Code::Unsupported, u"The SQLite driver (QSQLITE) is not available."_s,
                                QSqlDatabase::drivers().join(u", "_s)));
    if (!repository->database().open())
        return failed(repository->databaseError(u"Cannot open %1."_s.arg(url.path), repository->database().lastError()));
    if (auto prepared = repository->prepareSchema(mode, creatorSubject, creatorName); !prepared)
        return failed(prepared.error());
    qCDebug(lcRepository) << "opened" << repository->url() << "schema" << repository->schemaVersion();
    return repository;
}

Result<int> SqliteRepository::readSchemaVersion()
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    // A file with the SQLite header but damaged content fails here.
    if (!query.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
        return notGatehouse(query.lastError().text());
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
        return notGatehouse();
    if (!query.exec(u"SELECT max(version) FROM schema_migrations"_s) || !query.next())
        return notGatehouse(query.lastError().text());
    const QVariant max = query.value(0);
    if (max.isNull())
        return notGatehouse();
    return max.toInt();
}

// An existing SQLite file without tables.
Error SqliteRepository::noOrganisation() const
{
    return notGatehouse();
}

Result<void> SqliteRepository::configure()
{
    QSqlQuery query(database());
    // journal_mode=WAL writes the file header: only after the version check.
    if (!location().isMemory()) {
        if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next())
            return databaseError(u"Cannot switch %1 to WAL mode."_s.arg(place()), query.lastError());
        if (query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
            qCWarning(lcRepository) << place() << "stays in journal mode" << query.value(0).toString();
        query.finish();
    }
    // The default 2 MiB page cache makes a W50k import re-read index pages from the OS
    // hundreds of thousands of times; 64 MiB holds such an organisation whole.
    for (const QString &pragma : {u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = NORMAL"_s,
                                  u"PRAGMA busy_timeout = 5000"_s, u"PRAGMA cache_size = -65536"_s}) {
        if (!query.exec(pragma))
            return databaseError(u"Cannot configure %1 (%2)."_s.arg(place(), pragma), query.lastError());
        query.finish();
    }
    return {};
}

} // namespace Gatehouse

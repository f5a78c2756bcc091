// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/postgresgrants.h"

#include "repository/databaseurl.h"
#include "repository/postgresconnection.h"
#include "repository/repositoryfactory.h"

#include <QAtomicInt>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

#include <optional>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// The tables an admin changes, and how (domain.md; resources/sql/postgresql). Every other
// Gatehouse table is read-only for both roles: schema_migrations, and audit_log, which
// takes INSERT only.
struct TableGrant
{
    QStringView table;
    QStringView privileges;
};
constexpr TableGrant AdminGrants[] = {
    {u"accounts", u"INSERT, UPDATE, DELETE"},
    {u"teams", u"INSERT, UPDATE, DELETE"},
    {u"datastores", u"INSERT, UPDATE, DELETE"},
    {u"team_members", u"INSERT, UPDATE, DELETE"},
    {u"team_datastores", u"INSERT, UPDATE, DELETE"},
    // Kept up to date by the delete triggers, which run as the deleting role.
    {u"id_high_water", u"UPDATE"},
    // The history is append-only.
    {u"audit_log", u"INSERT"},
    // Reviews are evidence: recorded and signed off, never deleted (their items are
    // replaced while a review is open; the triggers refuse it once signed off).
    {u"reviews", u"INSERT, UPDATE"},
    {u"review_items", u"INSERT, UPDATE, DELETE"},
    // API tokens (created, revoked, restored, deleted, last use) and organisation settings.
    {u"tokens", u"INSERT, UPDATE, DELETE"},
    {u"settings", u"INSERT, UPDATE, DELETE"},
};

QString identifier(const QString &name)
{
    QString escaped = name;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

QString hostAndPort(const DatabaseUrl &url)
{
    return u"%1:%2"_s.arg(url.host).arg(url.port);
}

// One QPSQL connection of its own for the lifetime of the object, on the calling thread.
class Connection
{
public:
    explicit Connection(const DatabaseUrl &url)
    {
        static QAtomicInt counter;
        m_name = u"gatehouse-grants-%1"_s.arg(counter.fetchAndAddRelaxed(1));
        Result<QSqlDatabase> opened = openPostgresConnection(url, m_name);
        if (opened)
            m_db = *opened;
        else
            m_error = opened.error();
    }
    ~Connection()
    {
        if (!m_error) {
            m_db.close();
            m_db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_name);
        }
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    const std::optional<Error> &error() const { return m_error; }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    std::optional<Error> m_error;
};

Error queryError(const QString &message, const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    return makeError(Error::Code::Database, message,
                     error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

Result<void> checkRole(QSqlDatabase &db, const DatabaseUrl &url, const QString &role, const QString &option)
{
    QSqlQuery query(db);
    query.prepare(u"SELECT r.rolsuper, "
                  u"       (SELECT tableowner FROM pg_tables WHERE schemaname = current_schema() "
                  u"        AND tablename = 'audit_log'), "
                  u"       (SELECT pg_has_role(r.oid, t.tableowner, 'MEMBER') FROM pg_tables t "
                  u"        WHERE t.schemaname = current_schema() AND t.tablename = 'audit_log') "
                  u"FROM pg_roles r WHERE r.rolname = ?"_s);
    query.addBindValue(role);
    if (!query.exec())
        return queryError(u"Cannot read the roles of %1."_s.arg(hostAndPort(url)), query);
    if (!query.next())
        return makeError(Error::Code::NotFound,
                         u"%1: the PostgreSQL role '%2' does not exist on %3; create it first "
                         u"(CREATE ROLE %4 LOGIN PASSWORD '...')."_s.arg(option, role, hostAndPort(url),
                                                                          identifier(role)));
    if (query.value(0).toBool())
        return makeError(Error::Code::Invalid,
                         u"%1: '%2' is a superuser, which no privilege restrains; grant to a role "
                         u"without SUPERUSER."_s.arg(option, role));
    const QString owner = query.value(1).toString();
    if (owner == role)
        return makeError(Error::Code::Invalid,
                         u"%1: '%2' owns Gatehouse's tables, which privileges do not restrain; grant "
                         u"to another role."_s.arg(option, role));
    if (query.value(2).toBool())
        return makeError(Error::Code::Invalid,
                         u"%1: '%2' is a member of '%3', which owns Gatehouse's tables: privileges do "
                         u"not restrain it; grant to another role."_s.arg(option, role, owner));
    return {};
}

QStringList grantStatements(DatabaseRole kind, const QString &database, const QString &schema,
                            const QString &role)
{
    const QString r = identifier(role);
    const QString s = identifier(schema);
    // Start from nothing on Gatehouse's tables and sequences, so running it again, or
    // switching a role from admin to auditor, leaves exactly what is granted below.
    QStringList statements = {
        u"REVOKE ALL ON ALL TABLES IN SCHEMA %1 FROM %2"_s.arg(s, r),
        u"REVOKE ALL ON ALL SEQUENCES IN SCHEMA %1 FROM %2"_s.arg(s, r),
        u"GRANT CONNECT ON DATABASE %1 TO %2"_s.arg(identifier(database), r),
        u"GRANT USAGE ON SCHEMA %1 TO %2"_s.arg(s, r),
        u"GRANT SELECT ON ALL TABLES IN SCHEMA %1 TO %2"_s.arg(s, r),
    };
    if (kind == DatabaseRole::Admin) {
        for (const TableGrant &grant : AdminGrants)
            statements.append(u"GRANT %1 ON TABLE %2.%3 TO %4"_s.arg(grant.privileges.toString(), s,
                                                                     grant.table.toString(), r));
        // New history records take their ids from audit_log's identity sequence.
        statements.append(u"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1 TO %2"_s.arg(s, r));
    }
    return statements;
}

Result<DatabaseUrl> postgresUrl(const QString &url)
{
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    if (parsed->backend != DatabaseUrl::Backend::PostgreSql)
        return makeError(Error::Code::Unsupported,
                         u"grant works on PostgreSQL databases; a SQLite file's access is its file "
                         u"permissions."_s);
    return parsed;
}

} // namespace

Result<QString> grantDatabaseRole(const QString &url, DatabaseRole kind, const QString &role,
                                  const QString &option)
{
    const Result<DatabaseUrl> parsed = postgresUrl(url);
    if (!parsed)
        return parsed.error();
    if (role.trimmed().isEmpty())
        return makeError(Error::Code::Invalid, u"%1: give the name of a PostgreSQL role."_s.arg(option));
    {
        // Only a Gatehouse organisation gets Gatehouse's privileges: opening it checks that
        // (and says why not: no organisation, a newer schema, no connection).
        Result<std::unique_ptr<Repository>> repository =
            openRepository(*parsed, OpenMode::ExistingOnly, QString(), QString());
        if (!repository)
            return repository.error();
    }

    Connection connection(*parsed);
    if (connection.error())
        return *connection.error();
    QSqlDatabase &db = connection.db();
    if (const Result<void> checked = checkRole(db, *parsed, role, option); !checked)
        return checked.error();

    QSqlQuery query(db);
    if (!query.exec(u"SELECT current_database(), current_schema()"_s) || !query.next())
        return queryError(u"Cannot read the database name of %1."_s.arg(parsed->toDisplayString()), query);
    const QString database = query.value(0).toString();
    const QString schema = query.value(1).toString();
    query.finish();

    if (!db.transaction())
        return makeError(Error::Code::Database,
                         u"Cannot start a transaction in %1."_s.arg(parsed->toDisplayString()),
                         db.lastError().text());
    for (const QString &statement : grantStatements(kind, database, schema, role)) {
        if (!query.exec(statement)) {
            Error error = queryError(u"Cannot change the privileges of '%1' in %2 (nothing was changed)."_s
                                         .arg(role, parsed->toDisplayString()),
                                     query);
            error.detail = statement + u"\n"_s + error.detail;
            db.rollback();
            return error;
        }
    }
    if (!db.commit())
        return makeError(Error::Code::Database,
                         u"Cannot change the privileges of '%1' in %2 (nothing was changed)."_s.arg(
                             role, parsed->toDisplayString()),
                         db.lastError().text());
    if (kind == DatabaseRole::Auditor)
        return u"The role '%1' may now read the organisation in %2, and change nothing."_s.arg(
            role, parsed->toDisplayString());
    return u"The role '%1' may now read and change the organisation in %2; its history stays "
           u"append-only."_s.arg(role, parsed->toDisplayString());
}

Result<DatabaseAccess> databaseAccess(const QString &url)
{
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    if (parsed->backend != DatabaseUrl::Backend::PostgreSql)
        return DatabaseAccess{};
    Connection connection(*parsed);
    if (connection.error())
        return *connection.error();
    QSqlQuery query(connection.db());
    if (!query.exec(u"SELECT current_user, has_table_privilege('teams', 'UPDATE') "
                    u"AND has_table_privilege('audit_log', 'INSERT')"_s)
        || !query.next())
        return queryError(u"Cannot read the privileges of the connection to %1."_s.arg(parsed->toDisplayString()),
                          query);
    return DatabaseAccess{query.value(1).toBool(), query.value(0).toString()};
}

Result<bool> canWrite(const QString &url)
{
    const Result<DatabaseAccess> access = databaseAccess(url);
    if (!access)
        return access.error();
    return access->canWrite;
}

QString readOnlyRoleReason(const QString &role)
{
    return u"Connected as a read-only database role ('%1'): you can look, not change."_s.arg(role);
}

Error explainWriteFailure(const QString &url, const Error &failure)
{
    switch (failure.code) {
    case Error::Code::Invalid:
    case Error::Code::NotFound:
    case Error::Code::Conflict:
    case Error::Code::Unavailable:
        return failure;
    default:
        break;
    }
    const Result<DatabaseAccess> access = databaseAccess(url);
    if (!access || access->canWrite)
        return failure;
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    QString detail = failure.message;
    if (!failure.detail.isEmpty())
        detail += u'\n' + failure.detail;
    return makeError(Error::Code::Denied,
                     u"Connected as a read-only database role: '%1' may read the organisation in %2 "
                     u"but not change it."_s.arg(access->role, parsed ? parsed->toDisplayString() : url),
                     detail);
}

} // namespace Gatehouse

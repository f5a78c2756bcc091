// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/postgresconnection.h"

#include <QRegularExpression>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

QString hostAndPort(const DatabaseUrl &url)
{
    const QString host = url.host.contains(u':') ? u'[' + url.host + u']' : url.host;
    return u"%1:%2"_s.arg(host).arg(url.port);
}

// A libpq connection-string value: quoted, with \ and ' escaped.
QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s);
    escaped.replace(u'\'', u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

QString optionValue(const DatabaseUrl &url, QStringView key)
{
    for (const auto &[name, value] : url.options) {
        if (name == key)
            return value;
    }
    return {};
}

// The quoted name between the first pair of double quotes in `text`, if any.
QString quotedName(const QString &text, QStringView after)
{
    const qsizetype at = text.indexOf(after);
    if (at < 0)
        return {};
    const qsizetype open = text.indexOf(u'"', at);
    const qsizetype close = open < 0 ? -1 : text.indexOf(u'"', open + 1);
    return close < 0 ? QString() : text.mid(open + 1, close - open - 1);
}

} // namespace

Result<QString> postgresConnectOptions(const DatabaseUrl &url)
{
    QStringList options;
    bool hasTimeout = false;
    bool hasApplication = false;
    for (const auto &[key, value] : url.options) {
        static const QRegularExpression keyPattern(u"^[A-Za-z_]+$"_s);
        if (!keyPattern.match(key).hasMatch() || value.contains(u';'))
            return makeError(Error::Code::Invalid,
                             u"The PostgreSQL option \"%1\" cannot be used: option names are letters and "
                             u"'_', values have no ';'."_s.arg(key));
        hasTimeout = hasTimeout || key == u"connect_timeout";
        hasApplication = hasApplication || key == u"application_name";
        options.append(key + u'=' + quoted(value));
    }
    if (!hasTimeout)
        options.append(u"connect_timeout=5"_s);
    if (!hasApplication)
        options.append(u"application_name=gatehouse"_s);
    return options.join(u';');
}

Result<void> configurePostgresConnection(QSqlDatabase &db, const DatabaseUrl &url)
{
    Q_ASSERT(url.backend == DatabaseUrl::Backend::PostgreSql);
    const Result<QString> options = postgresConnectOptions(url);
    if (!options)
        return options.error();
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setDatabaseName(url.database);
    db.setUserName(url.user);
    db.setPassword(url.password);
    db.setConnectOptions(*options);
    return {};
}

Result<void> openPostgres(QSqlDatabase &db, const DatabaseUrl &url)
{
    if (!db.isValid())
        return makeError(Error::Code::Unsupported, u"The PostgreSQL driver (QPSQL) is not available."_s,
                         QSqlDatabase::drivers().join(u", "_s));
    if (db.open())
        return {};
    const QSqlError error = db.lastError();
    return postgresConnectError(url, error.databaseText().isEmpty() ? error.text() : error.databaseText());
}

Result<QSqlDatabase> openPostgresConnection(const DatabaseUrl &url, const QString &connectionName)
{
    Result<void> opened;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
        opened = configurePostgresConnection(db, url);
        if (opened)
            opened = openPostgres(db, url);
        if (opened)
            return db;
    }
    QSqlDatabase::removeDatabase(connectionName);
    return opened.error();
}

Error postgresConnectError(const DatabaseUrl &url, const QString &libpqText)
{
    const QString lead = u"Cannot connect to %1: "_s.arg(hostAndPort(url));
    const QString user = url.user.isEmpty() ? quotedName(libpqText, u"for user") : url.user;
    QString why;
    if (libpqText.contains(u"password authentication failed"_s)) {
        why = u"the password for '%1' was refused"_s.arg(user);
    } else if (libpqText.contains(u"no password supplied"_s)) {
        why = u"the server asks for a password for '%1' and none was given (PGPASSWORD or ~/.pgpass)"_s.arg(user);
    } else if (libpqText.contains(u"could not translate host name"_s)) {
        why = u"the host is unknown"_s;
    } else if (libpqText.contains(u"database \""_s) && libpqText.contains(u"does not exist"_s)) {
        const QString name = quotedName(libpqText, u"database");
        why = u"the database '%1' does not exist"_s.arg(name.isEmpty() ? url.database : name);
    } else if (libpqText.contains(u"role \""_s) && libpqText.contains(u"does not exist"_s)) {
        why = u"the user '%1' does not exist"_s.arg(quotedName(libpqText, u"role"));
    } else if (libpqText.contains(u"server does not support SSL"_s)) {
        const QString mode = optionValue(url, u"sslmode");
        why = u"the server does not accept SSL (sslmode=%1)"_s.arg(mode.isEmpty() ? u"require"_s : mode);
    } else if (libpqText.contains(u"no pg_hba.conf entry"_s)) {
        why = u"the server does not accept '%1' from this computer"_s.arg(user);
    } else if (libpqText.contains(u"Connection refused"_s) || libpqText.contains(u"timeout expired"_s)
               || libpqText.contains(u"No route to host"_s) || libpqText.contains(u"Network is unreachable"_s)) {
        why = u"no server answers (is it running?)"_s;
    } else if (libpqText.contains(u"the database system is starting up"_s)
               || libpqText.contains(u"the database system is shutting down"_s)) {
        why = u"the server is starting or stopping; try again in a moment"_s;
    } else {
        return makeError(Error::Code::Unavailable, u"Cannot connect to %1."_s.arg(hostAndPort(url)), libpqText);
    }
    return makeError(Error::Code::Unavailable, lead + why + u'.', libpqText);
}

Error postgresConnectionLost(const DatabaseUrl &url, const QString &detail)
{
    return makeError(Error::Code::Unavailable, u"The connection to %1 was lost."_s.arg(hostAndPort(url)), detail);
}

} // namespace Gatehouse

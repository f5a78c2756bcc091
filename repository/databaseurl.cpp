// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/databaseurl.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

constexpr QStringView MemoryPath = u":memory:";

DatabaseUrl sqliteFile(const QString &path)
{
    DatabaseUrl url;
    url.backend = DatabaseUrl::Backend::Sqlite;
    url.path = path == MemoryPath ? path : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    return url;
}

Result<DatabaseUrl> parsePostgres(const QString &text)
{
    // The text may hold a password: messages below never quote it.
    const QUrl qurl(text, QUrl::StrictMode);
    if (!qurl.isValid())
        return makeError(Error::Code::Invalid,
                         u"The PostgreSQL location is not a valid URL (postgresql://USER@HOST:PORT/DATABASE)."_s,
                         qurl.errorString());
    DatabaseUrl url;
    url.backend = DatabaseUrl::Backend::PostgreSql;
    url.host = qurl.host().isEmpty() ? u"localhost"_s : qurl.host();
    url.port = qurl.port(5432);
    url.user = qurl.userName(QUrl::FullyDecoded);
    url.password = qurl.password(QUrl::FullyDecoded);
    url.database = qurl.path(QUrl::FullyDecoded);
    if (url.database.startsWith(u'/'))
        url.database.remove(0, 1);
    if (url.database.isEmpty())
        return makeError(Error::Code::Invalid,
                         u"The PostgreSQL location names no database (postgresql://USER@HOST:PORT/DATABASE)."_s);
    url.options = QUrlQuery(qurl).queryItems(QUrl::FullyDecoded);
    return url;
}

} // namespace

QString DatabaseUrl::toDisplayString() const
{
    if (backend == Backend::Sqlite)
        return u"sqlite:"_s + path;
    QUrl qurl;
    qurl.setScheme(u"postgresql"_s);
    qurl.setUserName(user);
    qurl.setHost(host);
    qurl.setPort(port);
    qurl.setPath(u'/' + database);
    if (!options.isEmpty()) {
        QUrlQuery query;
        query.setQueryItems(options);
        qurl.setQuery(query);
    }
    return qurl.toString();
}

Result<DatabaseUrl> DatabaseUrl::parse(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return makeError(Error::Code::Invalid, u"The database location is empty."_s);

    // A scheme has two characters or more, so a drive letter ("C:/org.gatehouse") stays a path.
    static const QRegularExpression schemePattern(u"^([A-Za-z][A-Za-z0-9+.-]+):"_s);
    const QRegularExpressionMatch match = schemePattern.match(text);
    if (!match.hasMatch())
        return sqliteFile(text);

    const QString scheme = match.captured(1).toLower();
    if (scheme == u"sqlite") {
        QString rest = text.mid(match.capturedLength());
        if (rest.startsWith(u"//"))
            rest.remove(0, 2); // sqlite:///abs/path
        if (rest.isEmpty())
            return makeError(Error::Code::Invalid,
                             u"The database location \"%1\" names no file."_s.arg(text));
        return sqliteFile(rest);
    }
    if (scheme == u"postgresql" || scheme == u"postgres")
        return parsePostgres(text);

    return makeError(Error::Code::Unsupported,
                     u"Unknown database scheme \"%1:\": use sqlite:PATH, a file path, or "
                     u"postgresql://USER@HOST:PORT/DATABASE."_s.arg(match.captured(1)));
}

QString defaultDatabaseUrl()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return u"sqlite:"_s + QDir::cleanPath(dir + u"/organisation.gatehouse"_s);
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/repositoryfactory.h"

#include "repository/postgresrepository.h"
#include "repository/sqliterepository.h"

using namespace Qt::StringLiterals;

namespace Gatehouse {

Result<std::unique_ptr<Repository>> openRepository(const QString &url, OpenMode mode,
                                                   const QString &creatorSubject,
                                                   const QString &creatorName)
{
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    return openRepository(parsed.value(), mode, creatorSubject, creatorName);
}

Result<std::unique_ptr<Repository>> openRepository(const DatabaseUrl &url, OpenMode mode,
                                                   const QString &creatorSubject,
                                                   const QString &creatorName)
{
    switch (url.backend) {
    case DatabaseUrl::Backend::Sqlite: {
        auto opened = SqliteRepository::open(url, mode, creatorSubject, creatorName);
        if (!opened)
            return opened.error();
        return std::unique_ptr<Repository>(std::move(opened).value());
    }
    case DatabaseUrl::Backend::PostgreSql: {
        auto opened = PostgresRepository::open(url, mode, creatorSubject, creatorName);
        if (!opened)
            return opened.error();
        return std::unique_ptr<Repository>(std::move(opened).value());
    }
    }
    Q_UNREACHABLE();
    return makeError(Error::Code::Unsupported, u"Unknown database backend."_s);
}

} // namespace Gatehouse

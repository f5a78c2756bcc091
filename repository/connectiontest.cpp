// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/connectiontest.h"

#include "repository/databaseurl.h"
#include "repository/postgresgrants.h"
#include "repository/repositoryfactory.h"

#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Gatehouse {

Result<QString> testConnection(const QString &url)
{
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return parsed.error();
    const QString place = parsed->toDisplayString();
    const bool postgres = parsed->backend == DatabaseUrl::Backend::PostgreSql;
    {
        // ExistingOnly never creates anything, so no creator is needed.
        Result<std::unique_ptr<Repository>> repository =
            openRepository(*parsed, OpenMode::ExistingOnly, QString(), QString());
        if (!repository) {
            // On PostgreSQL NotFound means the server let us in to a database without tables.
            if (postgres && repository.error().code == Error::Code::NotFound)
                return u"Connected to %1; the database holds no organisation yet: Connect offers "
                       u"to create one there."_s.arg(place);
            return repository.error();
        }
        // A real query: the connection works, not only the handshake.
        if (const Result<Id> last = (*repository)->lastChangeId(); !last)
            return last.error();
    }
    QString sentence = u"Connected to %1; it holds a Gatehouse organisation."_s.arg(place);
    if (postgres) {
        const Result<DatabaseAccess> access = databaseAccess(url);
        if (access && !access->canWrite)
            sentence += u" The role '%1' may only read it."_s.arg(access->role);
    }
    return sentence;
}

QFuture<Result<QString>> testConnectionInBackground(const QString &url)
{
    return QtConcurrent::run([url] { return testConnection(url); });
}

} // namespace Gatehouse

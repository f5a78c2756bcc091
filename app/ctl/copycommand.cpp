// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminsupport.h"
#include "commandline.h"
#include "commands.h"

#include "repository/databaseurl.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Gatehouse::Ctl {

namespace {

const QString NewTargetRule = u"copy writes only into a new database: an SQLite file that does not "
                              u"exist yet, or an empty PostgreSQL database"_s;

QString count(qsizetype n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(qlonglong(n));
}

Result<DatabaseUrl> location(const QString &option, const QString &text)
{
    Result<DatabaseUrl> parsed = DatabaseUrl::parse(text);
    if (!parsed) {
        Error error = parsed.error();
        error.message = option + u": "_s + error.message;
        return error;
    }
    return parsed;
}

Error notNew(const DatabaseUrl &to, const QString &what)
{
    return makeError(Error::Code::Conflict, u"--to: %1 %2; %3."_s.arg(to.toDisplayString(), what, NewTargetRule));
}

// Refuses a target that is not new before anything is written to it.
Result<void> checkTargetIsNew(const QString &toText, const DatabaseUrl &to)
{
    if (to.backend == DatabaseUrl::Backend::Sqlite) {
        if (to.isMemory())
            return makeError(Error::Code::Invalid,
                             u"--to: an in-memory database would be gone when the copy ends; name a file."_s);
        if (QFileInfo::exists(to.path))
            return notNew(to, u"exists already"_s);
        return {};
    }
    // PostgreSQL: a database without tables is new (opening it finds no organisation). One
    // that holds Gatehouse's schema and nothing else (a copy that failed) is new too.
    Result<std::unique_ptr<Repository>> existing = openDatabase(toText, OpenMode::ExistingOnly);
    if (!existing) {
        if (existing.error().code == Error::Code::NotFound)
            return {};
        return existing.error();
    }
    const Result<Id> last = (*existing)->lastChangeId();
    if (!last)
        return last.error();
    if (*last != 0)
        return notNew(to, u"already holds an organisation and its history"_s);
    const Result<Snapshot> held = (*existing)->load();
    if (!held)
        return held.error();
    if (!held->accounts.isEmpty() || !held->teams.isEmpty() || !held->datastores.isEmpty())
        return notNew(to, u"already holds an organisation"_s);
    return {};
}

QString summary(const Archive &archive, const QString &target)
{
    QString text = u"Copied %1 accounts, %2 teams, %3 datastores "_s.arg(
        count(archive.organisation.accounts.size()), count(archive.organisation.teams.size()),
        count(archive.organisation.datastores.size()));
    if (archive.reviews.isEmpty())
        text += u"and %1 history records"_s.arg(count(archive.history.size()));
    else
        text += u"%1 history records and %2 reviews"_s.arg(count(archive.history.size()),
                                                            count(archive.reviews.size()));
    return text + u" to %1.\n"_s.arg(target);
}

void removeSqliteFile(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

} // namespace

int runCopy(const QStringList &arguments)
{
    CommandLine cl(u"copy"_s, u"copy --from URL --to URL"_s,
                   u"Copies a whole organisation database, its history and reviews included, into "
                   "a new database: SQLite to PostgreSQL, PostgreSQL to SQLite, or the same kind. "
                   "All or nothing: on any error the target is left as it was."_s);
    cl.parser().addOption(QCommandLineOption(u"from"_s, u"The database to copy; it is only read."_s, u"URL"_s));
    cl.parser().addOption(QCommandLineOption(
        u"to"_s, u"The new database: an SQLite file that does not exist yet, or an empty PostgreSQL database."_s,
        u"URL"_s));
    if (const auto stop = cl.parse(arguments))
        return *stop;
    if (!cl.parser().positionalArguments().isEmpty())
        return cl.usageError(u"Unexpected argument '%1'."_s.arg(cl.parser().positionalArguments().first()));
    if (!cl.parser().isSet(u"from"_s))
        return cl.usageError(u"No --from database given."_s);
    if (!cl.parser().isSet(u"to"_s))
        return cl.usageError(u"No --to database given."_s);
    const QString fromText = cl.parser().value(u"from"_s);
    const QString toText = cl.parser().value(u"to"_s);

    const Result<DatabaseUrl> from = location(u"--from"_s, fromText);
    if (!from)
        return fail(from.error());
    const Result<DatabaseUrl> to = location(u"--to"_s, toText);
    if (!to)
        return fail(to.error());
    if (from->toDisplayString() == to->toDisplayString())
        return fail(makeError(Error::Code::Invalid,
                              u"--from and --to name the same database (%1)."_s.arg(to->toDisplayString())));

    // Read the whole source first: nothing is created when it cannot be read.
    Result<Archive> archive = makeError(Error::Code::NotFound, QString());
    {
        Result<std::unique_ptr<Repository>> source = openDatabase(fromText, OpenMode::ExistingOnly);
        if (!source)
            return fail(source.error());
        archive = (*source)->exportArchive();
        if (!archive)
            return fail(archive.error());
    }

    if (const Result<void> isNew = checkTargetIsNew(toText, *to); !isNew)
        return fail(isNew.error());
    const bool newFile = to->backend == DatabaseUrl::Backend::Sqlite;
    Result<void> copied;
    QString target;
    {
        Result<std::unique_ptr<Repository>> repository = openDatabase(toText, OpenMode::CreateBare);
        if (repository) {
            target = (*repository)->url();
            copied = (*repository)->importArchive(*archive);
        } else {
            copied = repository.error();
        }
    } // the connection closes here, before a new file is removed below
    if (!copied) {
        // A file created for this copy and left without the organisation is not kept.
        if (newFile)
            removeSqliteFile(to->path);
        return fail(copied.error());
    }
    printOut(summary(*archive, target));
    return ExitOk;
}

} // namespace Gatehouse::Ctl

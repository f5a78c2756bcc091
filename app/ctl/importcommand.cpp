// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "commands.h"

#include "core/localidentity.h"
#include "core/orgfile.h"
#include "repository/databaseurl.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Gatehouse::Ctl {

namespace {

Result<QByteArray> readInput(const QString &path)
{
    QFile file(path);
    const bool ok = path == u"-" ? file.open(stdin, QIODevice::ReadOnly)
                                 : file.open(QIODevice::ReadOnly);
    if (!ok)
        return makeError(Error::Code::Io, u"Cannot read %1: %2."_s.arg(path, file.errorString()));
    return file.readAll();
}

// The SQLite file an import would create, or empty when the location is not a new file.
QString newSqliteFile(const QString &url)
{
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed || parsed->backend != DatabaseUrl::Backend::Sqlite || parsed->isMemory())
        return {};
    return QFileInfo::exists(parsed->path) ? QString() : parsed->path;
}

} // namespace

int runImport(const QStringList &arguments)
{
    CommandLine cl(u"import"_s, u"import [--db URL] [--replace] FILE"_s,
                   u"Replaces the organisation in the database with the content of a "
                   "gatehouse-org/1 file. All or nothing: on any error the database is left "
                   "as it was. Creates the database when it does not exist."_s);
    cl.addDatabaseOption();
    cl.parser().addOption(QCommandLineOption(
        u"replace"_s, u"Replace an organisation the database already holds."_s));
    cl.parser().addPositionalArgument(u"FILE"_s, u"Organisation file to import (- for standard input)."_s);
    if (const auto stop = cl.parse(arguments))
        return *stop;
    const QStringList files = cl.parser().positionalArguments();
    if (files.size() != 1)
        return cl.usageError(files.isEmpty() ? u"No file to import given."_s
                                             : u"Only one file can be imported."_s);
    const QString file = files.first();

    // Parse and validate before the database is touched (or created).
    const Result<QByteArray> bytes = readInput(file);
    if (!bytes) {
        printError(bytes.error());
        return ExitError;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime importTime = now.addMSecs(-now.time().msec()); // files hold seconds
    const Result<Snapshot> snapshot = parseOrganisation(*bytes, importTime);
    if (!snapshot) {
        printError(file + u": "_s + snapshot.error().message);
        return ExitError;
    }

    const QString url = cl.databaseUrl();
    const QString createdFile = newSqliteFile(url);
    Result<void> imported;
    {
        Result<std::unique_ptr<Repository>> repository = openDatabase(url, OpenMode::CreateIfMissing);
        if (!repository) {
            printError(repository.error());
            return ExitError;
        }
        const auto mode = cl.parser().isSet(u"replace"_s) ? Repository::ImportMode::Replace
                                                          : Repository::ImportMode::RefuseExisting;
        imported = (*repository)->importSnapshot(*snapshot, mode, localSubject());
        if (imported) {
            const QByteArray line = u"Imported %1 accounts, %2 teams and %3 datastores into %4.\n"_s
                                        .arg(snapshot->accounts.size())
                                        .arg(snapshot->teams.size())
                                        .arg(snapshot->datastores.size())
                                        .arg((*repository)->url())
                                        .toUtf8();
            std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
            if (snapshot->activeHumanAdminCount() == 0) {
                printError(u"warning: the organisation has no active human Admin, so nobody can "
                           "change it; import a file with one."_s);
            }
            return ExitOk;
        }
    } // the repository closes its connection here, before a new file is removed below

    printError(imported.error());
    // A database created for this import and left empty by its failure is not kept.
    if (!createdFile.isEmpty()) {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(createdFile + suffix);
    }
    return ExitError;
}

} // namespace Gatehouse::Ctl

// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "commands.h"

#include "core/accessindex.h"
#include "core/accessreport.h"

using namespace Qt::StringLiterals;

namespace Gatehouse::Ctl {

int runAccess(const QStringList &arguments)
{
    CommandLine cl(u"access"_s, u"access [--db URL] --format csv [-o FILE]"_s,
                   u"Writes the effective access of every active account: one row per "
                   "account and datastore with some access."_s);
    cl.addDatabaseOption();
    cl.parser().addOption(QCommandLineOption(u"format"_s, u"Report format: csv."_s, u"FORMAT"_s));
    cl.addOutputOption(u"Write to FILE instead of standard output."_s);
    if (const auto stop = cl.parse(arguments))
        return *stop;
    if (!cl.parser().positionalArguments().isEmpty())
        return cl.usageError(u"Unexpected argument '%1'."_s.arg(cl.parser().positionalArguments().first()));
    if (!cl.parser().isSet(u"format"_s))
        return cl.usageError(u"Missing --format (csv)."_s);
    const QString format = cl.parser().value(u"format"_s);
    if (format != u"csv")
        return cl.usageError(u"Unknown format '%1'; the access report is written as csv."_s.arg(format));

    Result<std::unique_ptr<Repository>> repository = openDatabase(cl.databaseUrl(), OpenMode::ExistingOnly);
    if (!repository) {
        printError(repository.error());
        return ExitError;
    }
    const Result<Snapshot> snapshot = (*repository)->load();
    if (!snapshot) {
        printError(snapshot.error());
        return ExitError;
    }
    const AccessIndex index(*snapshot);
    if (const Result<void> written = writeOutput(cl.output(), accessReportCsv(*snapshot, index)); !written) {
        printError(written.error());
        return ExitError;
    }
    return ExitOk;
}

} // namespace Gatehouse::Ctl

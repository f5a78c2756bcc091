// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "commands.h"

#include "core/orgfile.h"

using namespace Qt::StringLiterals;

namespace Gatehouse::Ctl {

int runExport(const QStringList &arguments)
{
    CommandLine cl(u"export"_s, u"export [--db URL] [-o FILE]"_s,
                   u"Writes the organisation as a canonical gatehouse-org/1 file: the same "
                   "database gives the same bytes."_s);
    cl.addDatabaseOption();
    cl.addOutputOption(u"Write to FILE instead of standard output."_s);
    if (const auto stop = cl.parse(arguments))
        return *stop;
    if (!cl.parser().positionalArguments().isEmpty())
        return cl.usageError(u"Unexpected argument '%1'."_s.arg(cl.parser().positionalArguments().first()));

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
    if (const Result<void> written = writeOutput(cl.output(), writeOrganisation(*snapshot)); !written) {
        printError(written.error());
        return ExitError;
    }
    return ExitOk;
}

} // namespace Gatehouse::Ctl

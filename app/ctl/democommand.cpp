// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "commands.h"

#include "core/demogenerator.h"
#include "core/orgfile.h"
#include "core/validation.h"

using namespace Qt::StringLiterals;

namespace Gatehouse::Ctl {

namespace {

// Upper bound for sizes: far beyond any organisation, low enough to stay in memory.
constexpr qint64 MaxDemoSize = 1'000'000;

} // namespace

int runDemo(const QStringList &arguments)
{
    CommandLine cl(u"demo"_s,
                   u"demo [--accounts N] [--teams N] [--datastores N] [--seed S] "
                   "[--admin SUBJECT] -o FILE"_s,
                   u"Writes a realistic demo organisation as a gatehouse-org/1 file. The same "
                   "options give the same bytes; the operator is included as an active "
                   "Admin."_s);
    QCommandLineParser &p = cl.parser();
    p.addOption(QCommandLineOption(u"accounts"_s, u"Number of accounts (default 2000)."_s, u"N"_s, u"2000"_s));
    p.addOption(QCommandLineOption(u"teams"_s, u"Number of teams besides Public (default 60)."_s, u"N"_s, u"60"_s));
    p.addOption(QCommandLineOption(u"datastores"_s, u"Number of datastores (default 300)."_s, u"N"_s, u"300"_s));
    p.addOption(QCommandLineOption(u"seed"_s, u"Seed of the generator (default 1)."_s, u"S"_s, u"1"_s));
    p.addOption(QCommandLineOption(u"admin"_s,
                                   u"Subject of the operator's Admin account (default: the local "
                                   "account, local|<user name>)."_s,
                                   u"SUBJECT"_s));
    cl.addOutputOption(u"Write to FILE (- for standard output)."_s);
    if (const auto stop = cl.parse(arguments))
        return *stop;
    if (!p.positionalArguments().isEmpty())
        return cl.usageError(u"Unexpected argument '%1'."_s.arg(p.positionalArguments().first()));
    if (!p.isSet(u"output"_s))
        return cl.usageError(u"Missing -o FILE."_s);

    DemoOptions options;
    struct Size { QString option; int *target; qint64 minimum; };
    for (const Size &size : {Size{u"accounts"_s, &options.accounts, 1},
                             Size{u"teams"_s, &options.teams, 0},
                             Size{u"datastores"_s, &options.datastores, 0}}) {
        bool ok = false;
        const QString text = p.value(size.option);
        const qint64 n = text.toLongLong(&ok);
        if (!ok || n < size.minimum || n > MaxDemoSize) {
            return cl.usageError(u"--%1: '%2' is not a number from %3 to %4."_s.arg(
                size.option, text, QString::number(size.minimum), QString::number(MaxDemoSize)));
        }
        *size.target = int(n);
    }
    bool seedOk = false;
    options.seed = p.value(u"seed"_s).toULongLong(&seedOk);
    if (!seedOk)
        return cl.usageError(u"--seed: '%1' is not a non-negative integer."_s.arg(p.value(u"seed"_s)));
    if (p.isSet(u"admin"_s)) {
        options.adminSubject = p.value(u"admin"_s).trimmed();
        if (options.adminSubject.isEmpty())
            return cl.usageError(u"--admin: the subject is empty."_s);
    }

    const Snapshot snapshot = generateDemo(options);
    // The generator is meant to be valid by construction; an --admin subject may still
    // collide with a generated one.
    if (const Result<void> valid = validateSnapshot(snapshot); !valid) {
        printError(valid.error());
        return ExitError;
    }
    if (const Result<void> written = writeOutput(cl.output(), writeOrganisation(snapshot)); !written) {
        printError(written.error());
        return ExitError;
    }
    return ExitOk;
}

} // namespace Gatehouse::Ctl

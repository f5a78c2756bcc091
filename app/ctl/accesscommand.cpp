// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "commands.h"

#include "core/accessindex.h"
#include "core/accessreport.h"
#include "core/history.h"

#include <QDate>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Gatehouse::Ctl {

namespace {

// formats.md: an ISO 8601 UTC datetime, or a date meaning the end of that day (UTC).
QDateTime parseAsOf(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(date, QTime(23, 59, 59), QTimeZone::utc());
    return parseTimestamp(text);
}

} // namespace

int runAccess(const QStringList &arguments)
{
    CommandLine cl(u"access"_s, u"access [--db URL] --format csv [--as-of T] [-o FILE]"_s,
                   u"Writes the effective access of every active account: one row per "
                   "account and datastore with some access; with --as-of, as it was then."_s);
    cl.addDatabaseOption();
    cl.parser().addOption(QCommandLineOption(u"format"_s, u"Report format: csv."_s, u"FORMAT"_s));
    cl.parser().addOption(QCommandLineOption(
        u"as-of"_s,
        u"Report the access as it was at T: a UTC time (2026-10-01T12:00:00Z) or a date (the end of that "
        "day, UTC), rebuilt from the history."_s,
        u"T"_s));
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
    QDateTime asOf;
    if (cl.parser().isSet(u"as-of"_s)) {
        asOf = parseAsOf(cl.parser().value(u"as-of"_s));
        if (!asOf.isValid())
            return cl.usageError(u"--as-of: '%1' is not a UTC time (2026-10-01T12:00:00Z) or a date (2026-10-01)."_s
                                     .arg(cl.parser().value(u"as-of"_s)));
    }

    Result<std::unique_ptr<Repository>> repository = openDatabase(cl.databaseUrl(), OpenMode::ExistingOnly);
    if (!repository) {
        printError(repository.error());
        return ExitError;
    }
    Result<Snapshot> snapshot = Snapshot();
    if (asOf.isValid()) {
        const Result<QList<AuditRecord>> history = (*repository)->auditLog();
        if (!history) {
            printError(history.error());
            return ExitError;
        }
        snapshot = organisationAsOf(*history, asOf);
    } else {
        snapshot = (*repository)->load();
    }
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

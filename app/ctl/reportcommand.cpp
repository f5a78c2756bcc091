// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "commands.h"

#include "core/accessindex.h"
#include "core/history.h"
#include "core/textfold.h"
#include "reports/reportcsv.h"
#include "reports/reporthtml.h"
#include "reports/reportpdf.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse::Ctl {

namespace {

// formats.md: an ISO 8601 UTC datetime, or a date meaning the end of that day (UTC).
QDateTime parseAsOf(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return QDateTime(date, QTime(23, 59, 59, 999), Qt::UTC);
    return parseTimestamp(text);
}

} // namespace

int runReport(const QStringList &arguments)
{
    CommandLine cl(u"report"_s,
                   u"report [--db URL] --format pdf|html|csv [--as-of DATE] "
                   "[--account SUBJECT | --datastore NAME | --findings] [--title TEXT] -o FILE"_s,
                   u"Writes an auditor's report: the access matrix (or one account's row, one "
                   "datastore's column, or the findings) with the level distribution and the "
                   "findings. csv is the access report (findings: kind,entity,id,name)."_s);
    cl.addDatabaseOption();
    QCommandLineParser &parser = cl.parser();
    parser.addOption(QCommandLineOption(u"format"_s, u"Report format: pdf, html or csv."_s, u"FORMAT"_s));
    parser.addOption(QCommandLineOption(
        u"as-of"_s, u"Report the organisation as it was at DATE: 2026-10-01T12:00:00Z, or a date "
                    "meaning the end of that day (UTC)."_s,
        u"DATE"_s));
    parser.addOption(QCommandLineOption(u"account"_s, u"Only the row of the account with this subject."_s,
                                        u"SUBJECT"_s));
    parser.addOption(QCommandLineOption(u"datastore"_s, u"Only the column of the datastore with this name."_s,
                                        u"NAME"_s));
    parser.addOption(QCommandLineOption(u"findings"_s, u"Only the findings."_s));
    parser.addOption(QCommandLineOption(u"title"_s, u"Title of the report (default: the scope, or the account or datastore reported)."_s, u"TEXT"_s));
    cl.addOutputOption(u"Write to FILE (csv and html: '-' for standard output)."_s);
    if (const auto stop = cl.parse(arguments))
        return *stop;
    if (!parser.positionalArguments().isEmpty())
        return cl.usageError(u"Unexpected argument '%1'."_s.arg(parser.positionalArguments().first()));
    if (!parser.isSet(u"format"_s))
        return cl.usageError(u"Missing --format (pdf, html or csv)."_s);
    const QString format = parser.value(u"format"_s);
    if (format != u"pdf" && format != u"html" && format != u"csv")
        return cl.usageError(u"Unknown format '%1'; use pdf, html or csv."_s.arg(format));
    const int scopes = int(parser.isSet(u"account"_s)) + int(parser.isSet(u"datastore"_s))
                       + int(parser.isSet(u"findings"_s));
    if (scopes > 1)
        return cl.usageError(u"Give at most one of --account, --datastore and --findings."_s);
    if (format == u"pdf" && cl.output().isEmpty())
        return cl.usageError(u"A pdf report needs -o FILE."_s);
    QDateTime asOf;
    if (parser.isSet(u"as-of"_s)) {
        asOf = parseAsOf(parser.value(u"as-of"_s));
        if (!asOf.isValid()) {
            return cl.usageError(u"--as-of: '%1' is not a date (2026-10-01) or UTC time "
                                 "(2026-10-01T12:00:00Z)"_s.arg(parser.value(u"as-of"_s)));
        }
    }

    Result<std::unique_ptr<Repository>> repository = openDatabase(cl.databaseUrl(), OpenMode::ExistingOnly);
    if (!repository) {
        printError(repository.error());
        return ExitError;
    }
    Result<Snapshot> snapshot = makeError(Error::Code::NotFound, QString());
    if (asOf.isValid()) {
        const Result<QList<AuditRecord>> records = (*repository)->auditLog();
        if (!records) {
            printError(records.error());
            return ExitError;
        }
        snapshot = organisationAsOf(*records, asOf);
    } else {
        snapshot = (*repository)->load();
    }
    if (!snapshot) {
        printError(snapshot.error());
        return ExitError;
    }

    ReportRequest request;
    request.databaseLabel = (*repository)->url();
    request.generated = QDateTime::currentDateTimeUtc();
    request.asOf = asOf;
    request.title = parser.value(u"title"_s);
    if (parser.isSet(u"account"_s)) {
        const QString subject = parser.value(u"account"_s);
        const auto it = std::find_if(snapshot->accounts.cbegin(), snapshot->accounts.cend(),
                                     [&](const Account &a) { return a.subject == subject; });
        if (it == snapshot->accounts.cend()) {
            printError(u"--account: no account has the subject '%1'."_s.arg(subject));
            return ExitError;
        }
        request.scope = ReportRequest::Scope::Account;
        request.accounts = {it->id};
        request.filters.append(u"Account: %1 (%2)"_s.arg(it->name, it->subject));
        if (request.title.isEmpty())
            request.title = u"Access of %1"_s.arg(it->name.isEmpty() ? it->subject : it->name);
        request.includeFindings = false;
    } else if (parser.isSet(u"datastore"_s)) {
        const QString name = parser.value(u"datastore"_s);
        const QString key = nameKey(name);
        const auto it = std::find_if(snapshot->datastores.cbegin(), snapshot->datastores.cend(),
                                     [&](const Datastore &d) { return nameKey(d.name) == key; });
        if (it == snapshot->datastores.cend()) {
            printError(u"--datastore: no datastore is named '%1'."_s.arg(name));
            return ExitError;
        }
        request.scope = ReportRequest::Scope::Datastore;
        request.datastores = {it->id};
        request.filters.append(u"Datastore: %1"_s.arg(it->name));
        if (request.title.isEmpty())
            request.title = u"Access to %1"_s.arg(it->name);
        request.includeFindings = false;
    } else if (parser.isSet(u"findings"_s)) {
        request.scope = ReportRequest::Scope::Findings;
    }

    const AccessIndex index(*snapshot);
    Result<void> written;
    if (format == u"pdf")
        written = writePdf(*snapshot, index, request, cl.output());
    else if (format == u"html")
        written = writeOutput(cl.output(), renderHtml(*snapshot, index, request).toUtf8());
    else
        written = writeOutput(cl.output(), renderCsv(*snapshot, index, request));
    if (!written) {
        printError(written.error());
        return ExitError;
    }
    return ExitOk;
}

} // namespace Gatehouse::Ctl

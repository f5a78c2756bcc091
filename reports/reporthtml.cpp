// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reporthtml.h"

#include "core/findings.h"
#include "reports/findingtext.h"
#include "reports/levelchart.h"
#include "reports/leveldistribution.h"
#include "reports/reportselection.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// QTextDocument understands this subset of CSS too; browsers render it the same way.
constexpr QStringView Style =
    u"body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 9pt; color: #000; }\n"
    "h1 { font-size: 17pt; margin-bottom: 4px; }\n"
    "h2 { font-size: 13pt; margin-top: 14px; margin-bottom: 4px; }\n"
    "h3 { font-size: 10pt; margin-top: 8px; margin-bottom: 2px; }\n"
    "p { margin-top: 2px; margin-bottom: 2px; }\n"
    "table.meta td { padding: 1px 8px 1px 0; }\n"
    "table.access { border-collapse: collapse; }\n"
    "table.access th { background-color: #e6e6e6; text-align: left; }\n"
    "table.access th, table.access td { border: 1px solid #999; padding: 2px 4px; }\n"
    ".why { color: #444; }\n"
    ".note { font-style: italic; }\n";

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString number(qint64 n)
{
    return QLocale(QLocale::English).toString(n);
}

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QString metaRow(const QString &label, const QString &htmlValue)
{
    return u"<tr><td><b>"_s + esc(label) + u"</b></td><td>"_s + htmlValue + u"</td></tr>\n"_s;
}

QString levelCell(Level level)
{
    // Colour and name: the square carries the chart's colour, the name carries the meaning.
    return u"<span style=\"color:"_s + LevelChart::colour(level).name() + u"\">&#9632;</span> "_s
           + esc(levelName(level));
}

QString accountLabel(const Account &account)
{
    return account.name.isEmpty() ? account.subject : account.name;
}

QString headingHtml(const ReportSelection &selection, const ReportRequest &request)
{
    const Snapshot &snapshot = selection.snapshot();
    QString html = u"<table class=\"meta\">\n"_s;
    const QDateTime generated = request.generated.isValid() ? request.generated : QDateTime::currentDateTimeUtc();
    html += metaRow(u"Generated"_s, esc(timeText(generated)));
    html += metaRow(u"Database"_s, esc(request.databaseLabel.isEmpty() ? u"-"_s : request.databaseLabel));
    if (request.asOf.isValid())
        html += metaRow(u"As of"_s, esc(timeText(request.asOf)));
    html += metaRow(u"Scope"_s, esc(ReportRequest::scopeName(request.scope)));
    if (request.scope == ReportRequest::Scope::Account) {
        for (const Account &a : snapshot.accounts) {
            if (request.accounts.contains(a.id)) {
                html += metaRow(u"Account"_s, esc(u"%1 (%2), %3, %4%5"_s.arg(
                    accountLabel(a), a.subject, roleName(a.role), accountTypeName(a.type),
                    a.isActive() ? QString() : u", deactivated"_s)));
            }
        }
    } else if (request.scope == ReportRequest::Scope::Datastore) {
        for (const Datastore &d : snapshot.datastores) {
            if (request.datastores.contains(d.id)) {
                html += metaRow(u"Datastore"_s, esc(u"%1 (%2, %3)"_s.arg(
                    d.name, datastoreKindName(d.kind), d.connection)));
            }
        }
    }
    if (request.scope != ReportRequest::Scope::Findings) {
        const auto counted = [](qint64 n, const QString &one, const QString &many) -> QString {
            return number(n) + u' ' + (n == 1 ? one : many);
        };
        html += metaRow(u"In view"_s, esc(counted(qint64(selection.accounts().size()), u"active account"_s,
                                                  u"active accounts"_s)
                                          + u" \u00d7 "_s
                                          + counted(qint64(selection.datastores().size()), u"datastore"_s,
                                                    u"datastores"_s)));
    }
    QString filters;
    for (const QString &line : request.filters)
        filters += (filters.isEmpty() ? QString() : u"<br>"_s) + esc(line);
    html += metaRow(u"Filters applied"_s, filters.isEmpty() ? u"none"_s : filters);
    html += u"</table>\n"_s;
    return html;
}

QString chartHtml(const LevelDistribution &distribution, const QString &source)
{
    QString html = u"<h2>Level distribution</h2>\n"_s;
    html += u"<p>Cells (active account, datastore) per effective level: %1 with access, %2 without.</p>\n"_s.arg(
        number(distribution.withAccess()), number(distribution.count(Level::None)));
    QString alt;
    for (Level level : LevelDistribution::chartLevels())
        alt += levelName(level) + u' ' + QString::number(distribution.count(level)) + u"; "_s;
    html += u"<p><img src=\"%1\" width=\"%2\" height=\"%3\" alt=\"%4\"></p>\n"_s.arg(
        source, QString::number(ReportChartSize.width()), QString::number(ReportChartSize.height()),
        esc(alt.chopped(2)));
    return html;
}

QString findingsHtml(const Snapshot &snapshot, const AccessIndex &index, const ReportRequest &request)
{
    QString html = u"<h2>Findings</h2>\n<p class=\"why\">Over the whole organisation%1.</p>\n"_s.arg(
        request.asOf.isValid() ? u" as of "_s + timeText(request.asOf) : QString());
    for (const Finding &finding : computeFindings(snapshot, index)) {
        html += u"<h3>"_s + esc(finding.title()) + u": "_s + number(finding.items.size()) + u"</h3>\n"_s;
        html += u"<p class=\"why\">"_s + esc(finding.description()) + u"</p>\n"_s;
        if (finding.items.isEmpty())
            continue;
        QStringList names;
        const qsizetype shown = std::min<qsizetype>(finding.items.size(), std::max(0, request.findingItemLimit));
        for (qsizetype i = 0; i < shown; ++i)
            names.append(esc(findingItemName(snapshot, finding.entity, finding.items.at(i))));
        QString items = names.join(u", "_s);
        if (shown < finding.items.size()) {
            items += u" <span class=\"note\">and %1 more (the findings CSV lists them all)</span>"_s.arg(
                number(finding.items.size() - shown));
        }
        html += u"<p>"_s + items + u"</p>\n"_s;
    }
    return html;
}

QString accessTableHtml(const ReportSelection &selection, const ReportRequest &request, qint64 total,
                        bool withRows)
{
    const Snapshot &snapshot = selection.snapshot();
    QString html = u"<h2>Access</h2>\n"_s;
    if (total == 0) {
        html += u"<p>No active account in view has access to a datastore in view.</p>\n"_s;
        return html;
    }
    const qint64 shown = std::min<qint64>(total, std::max(0, request.tableRowLimit));
    if (shown < total) {
        html += u"<p class=\"note\">First %1 rows of %2; the CSV report has all of them.</p>\n"_s.arg(
            number(shown), number(total));
    } else if (total == 1) {
        // Reports are English in every locale (no translator), so English picks its own form.
        html += u"<p>1 row: the one account and datastore with access.</p>\n"_s;
    } else {
        html += u"<p>%1 rows, one per account and datastore with access.</p>\n"_s.arg(number(total));
    }
    if (!withRows)
        return html;
    const std::vector<ReportSelection::Cell> cells = selection.cellsWithAccess(shown);
    const bool showAccount = request.scope != ReportRequest::Scope::Account;
    const bool showDatastore = request.scope != ReportRequest::Scope::Datastore;
    html.reserve(html.size() + qsizetype(cells.size()) * 200);
    html += u"<table class=\"access\" width=\"100%\" cellspacing=\"0\" cellpadding=\"2\" border=\"1\">\n<thead><tr>"_s;
    if (showAccount)
        html += u"<th>Account</th><th>Subject</th><th>Role</th>"_s;
    if (showDatastore)
        html += u"<th>Datastore</th>"_s + (showAccount ? QString() : u"<th>Kind</th><th>Connection</th>"_s);
    html += u"<th>Level</th><th>Via</th></tr></thead>\n<tbody>\n"_s;
    for (const ReportSelection::Cell &cell : cells) {
        const Account &a = snapshot.accounts.at(cell.accountPos);
        const Datastore &d = snapshot.datastores.at(cell.datastorePos);
        html += u"<tr>"_s;
        if (showAccount) {
            html += u"<td>"_s + esc(accountLabel(a)) + u"</td><td>"_s + esc(a.subject) + u"</td><td>"_s
                    + roleName(a.role) + u"</td>"_s;
        }
        if (showDatastore) {
            html += u"<td>"_s + esc(d.name) + u"</td>"_s;
            if (!showAccount)
                html += u"<td>"_s + datastoreKindName(d.kind) + u"</td><td>"_s + esc(d.connection) + u"</td>"_s;
        }
        html += u"<td>"_s + levelCell(cell.level) + u"</td><td>"_s
                + esc(selection.via(cell)).replace(u';', u"; "_s) + u"</td></tr>\n"_s;
    }
    html += u"</tbody></table>\n"_s;
    return html;
}

} // namespace

QString renderHtml(const Snapshot &snapshot, const AccessIndex &index, const ReportRequest &request,
                   const HtmlOptions &options, QImage *chart)
{
    const ReportSelection selection(snapshot, index, request);
    const LevelDistribution distribution(selection);
    const QString title = request.title.isEmpty() ? ReportRequest::scopeName(request.scope) : request.title;

    const QImage chartImage = LevelChart::image(distribution, ReportChartSize);
    if (chart)
        *chart = chartImage;
    QString chartSource = ReportChartResource.toString();
    if (options.chart == ChartEmbedding::DataUri) {
        chartSource = u"data:image/png;base64,"_s
                      + QString::fromLatin1(LevelChart::png(chartImage).toBase64());
    }

    QString html = u"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>"_s
                   + esc(title) + u"</title>\n<style>\n"_s + Style + u"</style>\n</head>\n<body>\n"_s;
    html += u"<h1>"_s + esc(title) + u"</h1>\n"_s;
    html += headingHtml(selection, request);
    html += chartHtml(distribution, chartSource);
    if (request.includeFindings || request.scope == ReportRequest::Scope::Findings)
        html += findingsHtml(snapshot, index, request);
    if (request.scope != ReportRequest::Scope::Findings)
        html += accessTableHtml(selection, request, distribution.withAccess(), options.accessRows);
    html += u"</body>\n</html>\n"_s;
    return html;
}

} // namespace Gatehouse

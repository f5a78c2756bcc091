// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminsupport.h"
#include "commands.h"

#include "core/reviewservice.h"
#include "reports/reportpainter.h"

#include <QBuffer>
#include <QPdfWriter>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Gatehouse::Ctl {

namespace {

// The evidence PDF in memory (A4, the reports' paging), so -o and standard output work alike.
Result<QByteArray> evidencePdf(const Review &review)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QTextDocument document;
    document.setHtml(reviewEvidenceHtml(review));
    const QString title = u"Access review: "_s + review.title;
    const QString subtitle = review.isSignedOff()
                                 ? u"signed off "_s + review.signedOff.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s)
                                       + u" by "_s + review.signedOffBy
                                 : u"not signed off"_s;
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(title);
        writer.setCreator(u"Gatehouse"_s);
        if (const Result<void> painted = paintDocument(document, writer, title, subtitle); !painted)
            return painted.error();
    }
    return bytes;
}

int runList(const QStringList &arguments)
{
    CommandLine cl(u"review list"_s, u"review list [--db URL]"_s,
                   u"Lists the access reviews: id, title, items marked, started, signed off."_s);
    cl.addDatabaseOption();
    if (const auto stop = cl.parse(arguments))
        return *stop;
    if (!cl.parser().positionalArguments().isEmpty())
        return cl.usageError(u"Unexpected argument '%1'."_s.arg(cl.parser().positionalArguments().first()));
    Result<std::unique_ptr<Repository>> repository = openDatabase(cl.databaseUrl(), OpenMode::ExistingOnly);
    if (!repository)
        return fail(repository.error());
    const Result<QList<Review>> reviews = (*repository)->reviews();
    if (!reviews)
        return fail(reviews.error());
    QString text;
    for (const Review &r : *reviews) {
        text += u"%1  %2  %3 of %4 marked  started %5 by %6  %7\n"_s.arg(r.id)
                    .arg(r.title)
                    .arg(r.markedCount())
                    .arg(r.items.size())
                    .arg(formatTimestamp(r.started), r.startedBy,
                         r.isSignedOff() ? u"signed off %1 by %2"_s.arg(formatTimestamp(r.signedOff), r.signedOffBy)
                                         : u"open"_s);
    }
    if (reviews->isEmpty())
        text = u"No access reviews.\n"_s;
    printOut(text);
    return ExitOk;
}

int runExportEvidence(const QStringList &arguments)
{
    CommandLine cl(u"review export"_s, u"review export [--db URL] --format csv|pdf [-o FILE] ID"_s,
                   u"Writes the evidence of access review ID: every membership and assignment "
                   "reviewed with its mark and comment, who started and who signed off."_s);
    cl.addDatabaseOption();
    cl.parser().addOption(QCommandLineOption(u"format"_s, u"csv or pdf."_s, u"FORMAT"_s));
    cl.addOutputOption(u"Write to FILE instead of standard output."_s);
    if (const auto stop = cl.parse(arguments))
        return *stop;
    const QStringList positional = cl.parser().positionalArguments();
    if (positional.size() != 1)
        return cl.usageError(u"Give exactly one review id."_s);
    bool isNumber = false;
    const Id id = positional.first().toLongLong(&isNumber);
    if (!isNumber || id <= 0)
        return cl.usageError(u"'%1' is not a review id."_s.arg(positional.first()));
    const QString format = cl.parser().value(u"format"_s);
    if (format != u"csv" && format != u"pdf")
        return cl.usageError(u"--format: give csv or pdf."_s);

    Result<std::unique_ptr<Repository>> repository = openDatabase(cl.databaseUrl(), OpenMode::ExistingOnly);
    if (!repository)
        return fail(repository.error());
    const Result<Review> review = (*repository)->review(id);
    if (!review)
        return fail(review.error());
    QByteArray bytes;
    if (format == u"pdf") {
        Result<QByteArray> pdf = evidencePdf(*review);
        if (!pdf)
            return fail(pdf.error());
        bytes = std::move(pdf).value();
    } else {
        bytes = reviewEvidenceCsv(*review);
    }
    if (const Result<void> written = writeOutput(cl.output(), bytes); !written)
        return fail(written.error());
    return ExitOk;
}

} // namespace

int runReview(const QStringList &arguments)
{
    return dispatch(u"review"_s,
                    {{u"list", runList, u"List the access reviews"},
                     {u"export", runExportEvidence, u"Write a review's evidence as CSV or PDF"}},
                    arguments);
}

} // namespace Gatehouse::Ctl

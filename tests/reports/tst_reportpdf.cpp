// SPDX-License-Identifier: GPL-3.0-or-later
// PDF reports, read back with poppler-utils: pages, footer text, a rendered first page.
#include "core/demogenerator.h"
#include "reports/levelchart.h"
#include "reports/reportcsv.h"
#include "reports/reportdocument.h"
#include "reports/reporthtml.h"
#include "reports/reportpdf.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

Snapshot demo(int accounts, int teams, int datastores)
{
    DemoOptions options;
    options.accounts = accounts;
    options.teams = teams;
    options.datastores = datastores;
    options.seed = 11;
    options.adminSubject = u"local|auditor"_s;
    return generateDemo(options);
}

// Standard output of a poppler tool; empty (and a warning, failing the test) when it failed.
QByteArray runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(tool), process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

int pageCount(const QString &pdf)
{
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = pages.match(QString::fromUtf8(runTool(u"pdfinfo"_s, {pdf})));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString pageText(const QString &pdf, int page)
{
    const QString p = QString::number(page);
    return QString::fromUtf8(runTool(u"pdftotext"_s, {u"-f"_s, p, u"-l"_s, p, u"-layout"_s, pdf, u"-"_s}));
}

} // namespace

class tst_ReportPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pdfIsPagedWithHeadingAndFooter_data();
    void pdfIsPagedWithHeadingAndFooter();
    void firstPageShowsTheChart();
    void largerOrganisationGivesMorePages();
    void unwritablePathFailsAndLeavesNothing();
    void documentForPrintPreviewHasTheChartResource();

private:
    QTemporaryDir m_dir;
};

void tst_ReportPdf::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const QString &tool : {u"pdfinfo"_s, u"pdftotext"_s, u"pdftoppm"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            QSKIP("poppler-utils (pdfinfo, pdftotext, pdftoppm) are needed to read the PDFs back");
    }
}

void tst_ReportPdf::pdfIsPagedWithHeadingAndFooter_data()
{
    QTest::addColumn<int>("accounts");
    QTest::addColumn<int>("scope");
    QTest::addColumn<int>("minPages");
    QTest::addColumn<int>("maxPages");
    // A findings report of a small organisation fits on very few pages; the matrix of 150
    // accounts has well over a thousand rows: dozens of pages at about 45 rows a page.
    QTest::addRow("findings, small") << 40 << int(ReportRequest::Scope::Findings) << 1 << 3;
    QTest::addRow("matrix, 150 accounts") << 150 << int(ReportRequest::Scope::Matrix) << 5 << 400;
}

void tst_ReportPdf::pdfIsPagedWithHeadingAndFooter()
{
    QFETCH(int, accounts);
    QFETCH(int, scope);
    QFETCH(int, minPages);
    QFETCH(int, maxPages);
    const Snapshot s = demo(accounts, 8, 40);
    ReportRequest request;
    request.title = u"Quarterly access review"_s;
    request.databaseLabel = u"sqlite:/srv/acme.gatehouse"_s;
    request.filters = {u"Kind: source"_s};
    request.scope = ReportRequest::Scope(scope);
    const QString path = m_dir.filePath(u"report-%1.pdf"_s.arg(QString::fromLatin1(QTest::currentDataTag())).replace(u' ', u'-'));
    const Result<void> written = writePdf(s, AccessIndex(s), request, path);
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 1000);
    QCOMPARE(file.read(5), QByteArray("%PDF-"));

    const int pages = pageCount(path);
    QVERIFY2(pages >= minPages && pages <= maxPages, qPrintable(QString::number(pages)));
    const QString first = pageText(path, 1);
    QVERIFY(first.contains(u"Quarterly access review"_s));
    QVERIFY(first.contains(u"sqlite:/srv/acme.gatehouse"_s));
    QVERIFY(first.contains(u"Kind: source"_s));
    QVERIFY(first.contains(u"Level distribution"_s));
    QVERIFY(first.contains(u"Page 1 of %1"_s.arg(pages)));
    // Every page repeats the title and numbers itself against the total.
    const QString last = pageText(path, pages);
    QVERIFY(last.contains(u"Quarterly access review"_s));
    QVERIFY2(last.contains(u"Page %1 of %1"_s.arg(pages)), qPrintable(last.right(300)));

    if (request.scope == ReportRequest::Scope::Matrix) {
        // No row is lost or doubled at a page break: the Admins' rows, counted in the text
        // of all pages, are those of the CSV.
        const qsizetype adminRows = renderCsv(s, AccessIndex(s), request).count(",Admin,role:Admin\n");
        QVERIFY(adminRows > 0);
        const QString all = QString::fromUtf8(runTool(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s}));
        QCOMPARE(all.count(u"role:Admin"_s), adminRows);
        // Page numbers run 1..pages, each once.
        for (int p = 1; p <= pages; ++p)
            QCOMPARE(all.count(u"Page %1 of %2"_s.arg(p).arg(pages)), 1);
    }
}

void tst_ReportPdf::firstPageShowsTheChart()
{
    const Snapshot s = demo(120, 8, 40);
    ReportRequest request;
    request.title = u"Chart check"_s;
    const QString pdf = m_dir.filePath(u"chart.pdf"_s);
    QVERIFY(writePdf(s, AccessIndex(s), request, pdf).ok());
    const QString prefix = m_dir.filePath(u"page"_s);
    runTool(u"pdftoppm"_s, {u"-r"_s, u"50"_s, u"-png"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-singlefile"_s,
                            pdf, prefix});
    const QImage page(prefix + u".png"_s);
    QVERIFY(!page.isNull());
    qint64 notWhite = 0;
    QSet<QRgb> chartColours;
    for (Level level : LevelDistribution::chartLevels())
        chartColours.insert(LevelChart::colour(level).rgb());
    int coloured = 0;
    for (int y = 0; y < page.height(); ++y) {
        for (int x = 0; x < page.width(); ++x) {
            const QRgb px = page.pixel(x, y);
            if (px != qRgb(255, 255, 255))
                ++notWhite;
            // Bars are wide enough that, even at 50 dpi, some pixels have the exact colour
            // of a level (or a near one after resampling).
            for (QRgb c : chartColours) {
                if (qAbs(qRed(px) - qRed(c)) + qAbs(qGreen(px) - qGreen(c)) + qAbs(qBlue(px) - qBlue(c)) < 24) {
                    ++coloured;
                    break;
                }
            }
        }
    }
    QVERIFY2(notWhite > page.width() * page.height() / 100, qPrintable(QString::number(notWhite)));
    QVERIFY2(coloured > 50, qPrintable(QString::number(coloured)));
}

void tst_ReportPdf::largerOrganisationGivesMorePages()
{
    ReportRequest request;
    request.includeFindings = false;
    const Snapshot small = demo(60, 6, 30);
    const Snapshot large = demo(240, 6, 30);
    const QString a = m_dir.filePath(u"small.pdf"_s), b = m_dir.filePath(u"large.pdf"_s);
    QVERIFY(writePdf(small, AccessIndex(small), request, a).ok());
    QVERIFY(writePdf(large, AccessIndex(large), request, b).ok());
    const int smallPages = pageCount(a), largePages = pageCount(b);
    QVERIFY(smallPages >= 1);
    QVERIFY2(largePages > smallPages, qPrintable(u"%1 vs %2"_s.arg(smallPages).arg(largePages)));

    // Capped: the same large organisation with a 100-row table fits in a few pages.
    request.tableRowLimit = 100;
    const QString c = m_dir.filePath(u"capped.pdf"_s);
    QVERIFY(writePdf(large, AccessIndex(large), request, c).ok());
    QVERIFY(pageCount(c) < largePages);
    QVERIFY(pageText(c, 1).contains(u"First 100 rows of"_s));
}

void tst_ReportPdf::unwritablePathFailsAndLeavesNothing()
{
    const Snapshot s = demo(20, 3, 10);
    const QString path = m_dir.filePath(u"missing-folder/report.pdf"_s);
    const Result<void> written = writePdf(s, AccessIndex(s), ReportRequest{}, path);
    QVERIFY(!written.ok());
    QCOMPARE(written.error().code, Error::Code::Io);
    QVERIFY(written.error().message.contains(path));
    QVERIFY(!QFile::exists(path));
}

void tst_ReportPdf::documentForPrintPreviewHasTheChartResource()
{
    const Snapshot s = demo(50, 4, 20);
    ReportRequest request;
    request.title = u"Preview"_s;
    const std::unique_ptr<QTextDocument> document(buildDocument(s, AccessIndex(s), request));
    QCOMPARE(document->metaInformation(QTextDocument::DocumentTitle), u"Preview"_s);
    const QVariant chart = document->resource(QTextDocument::ImageResource, QUrl(ReportChartResource.toString()));
    QVERIFY(chart.canConvert<QImage>());
    QVERIFY(!chart.value<QImage>().isNull());
    QVERIFY(document->toPlainText().contains(u"Level distribution"_s));
}

QTEST_MAIN(tst_ReportPdf)
#include "tst_reportpdf.moc"

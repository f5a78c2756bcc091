// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportpainter.h"

#include "reports/levelchart.h"
#include "reports/leveldistribution.h"
#include "reports/reportdocument.h"
#include "reports/reporthtml.h"
#include "reports/reportselection.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QScreen>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <cmath>
#include <memory>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

QString timeText(const QDateTime &time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s);
}

QString titleOf(const ReportRequest &request)
{
    return request.title.isEmpty() ? ReportRequest::scopeName(request.scope) : request.title;
}

QString subtitleOf(const ReportRequest &request)
{
    const QDateTime generated = request.generated.isValid() ? request.generated : QDateTime::currentDateTimeUtc();
    if (request.asOf.isValid())
        return u"as of "_s + timeText(request.asOf) + u", generated "_s + timeText(generated);
    return timeText(generated);
}

// The resolution a QTextDocument without a paint device lays out at (Qt uses the primary
// screen's logical DPI, 96 without a screen).
qreal layoutDpi(const QTextDocument &document)
{
    if (const QPaintDevice *device = document.documentLayout()->paintDevice())
        return device->logicalDpiY();
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        return qRound(screen->logicalDotsPerInchY());
    return 96;
}

QFont reportFont(qreal points, bool bold = false)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

// Page geometry in device units: a header band, the body, a footer band.
struct PageFrame
{
    explicit PageFrame(QPagedPaintDevice &device)
        : page(0, 0, device.width(), device.height()), small(reportFont(7.5)), metrics(small, &device)
    {
        band = metrics.height() * 2.2;
        body = QRectF(0, band, page.width(), page.height() - 2 * band);
    }

    void paint(QPainter &painter, const QString &title, const QString &subtitle, int page, int pages) const
    {
        painter.save();
        painter.setFont(small);
        painter.setPen(QPen(Qt::darkGray, 0));
        const QRectF header(0, 0, this->page.width(), metrics.height());
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, title);
        if (!subtitle.isEmpty())
            painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, subtitle);
        painter.drawLine(QPointF(0, metrics.height() * 1.4), QPointF(this->page.width(), metrics.height() * 1.4));
        const qreal footerTop = this->page.height() - band + metrics.height() * 0.8;
        painter.drawLine(QPointF(0, footerTop), QPointF(this->page.width(), footerTop));
        painter.drawText(QRectF(0, footerTop + metrics.height() * 0.3, this->page.width(), metrics.height()),
                         Qt::AlignHCenter | Qt::AlignVCenter, u"Page %1 of %2"_s.arg(page).arg(pages));
        painter.restore();
    }

    QRectF page;
    QFont small;
    QFontMetricsF metrics;
    qreal band = 0;
    QRectF body;
};

// Where the document shows the chart image, in document coordinates (null if nowhere).
QRectF chartRect(const QTextDocument &document)
{
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid() || image.name() != ReportChartResource)
                continue;
            const int at = fragment.position() - block.position();
            const QTextLine line = block.layout()->lineForTextPosition(at);
            if (!line.isValid())
                return {};
            const QRectF blockRect = document.documentLayout()->blockBoundingRect(block);
            // An inline image sits on the baseline.
            return QRectF(blockRect.left() + line.cursorToX(at), blockRect.top() + line.y() + line.ascent() - image.height(),
                          image.width(), image.height());
        }
    }
    return {};
}

// Lays the document out in pages of the frame's body; remembers the scale to the device.
struct DocumentPages
{
    DocumentPages(QTextDocument &document, QPagedPaintDevice &device, const PageFrame &frame)
        : document(document), scale(device.logicalDpiY() / layoutDpi(document)),
          pageSize(frame.body.width() / scale, frame.body.height() / scale)
    {
        document.setPageSize(pageSize);
        count = document.pageCount();
    }

    // Height the content takes on the last page, in device units.
    qreal lastPageUsed() const
    {
        const qreal height = document.documentLayout()->documentSize().height() - (count - 1) * pageSize.height();
        return std::clamp(height, 0.0, pageSize.height()) * scale;
    }

    void paint(QPainter &painter, const PageFrame &frame, int page) const
    {
        painter.save();
        painter.translate(frame.body.topLeft());
        painter.scale(scale, scale);
        const QRectF clip(0, page * pageSize.height(), pageSize.width(), pageSize.height());
        painter.translate(0, -clip.top());
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        document.documentLayout()->draw(&painter, context);
        if (distribution && chartArea.isValid() && chartArea.intersects(clip)) {
            // The chart again, as vectors over the document's image: sharp at any zoom.
            painter.fillRect(chartArea, Qt::white);
            LevelChart::paint(painter, chartArea, *distribution);
        }
        painter.restore();
    }

    QTextDocument &document;
    const LevelDistribution *distribution = nullptr; // painted over chartArea when set
    QRectF chartArea;
    qreal scale = 1;
    QSizeF pageSize;
    int count = 0;
};

// The access rows after the document: where they start and how many fit a page.
struct TablePlan
{
    struct Column
    {
        QString header;
        qreal share = 0; // of the page width
    };

    TablePlan(const ReportRequest &request, QPagedPaintDevice &device, const PageFrame &frame,
              const DocumentPages &pages, qsizetype rowCount)
        : font(reportFont(7.5)), bold(reportFont(7.5, true)), rows(rowCount)
    {
        switch (request.scope) {
        case ReportRequest::Scope::Account:
            columns = {{u"Datastore"_s, 0.32}, {u"Kind"_s, 0.1}, {u"Connection"_s, 0.14},
                       {u"Level"_s, 0.12}, {u"Via"_s, 0.32}};
            break;
        case ReportRequest::Scope::Datastore:
            columns = {{u"Account"_s, 0.26}, {u"Subject"_s, 0.26}, {u"Role"_s, 0.1},
                       {u"Level"_s, 0.12}, {u"Via"_s, 0.26}};
            break;
        default:
            columns = {{u"Account"_s, 0.2}, {u"Subject"_s, 0.19}, {u"Role"_s, 0.08},
                       {u"Datastore"_s, 0.2}, {u"Level"_s, 0.11}, {u"Via"_s, 0.22}};
            break;
        }
        rowHeight = QFontMetricsF(font, &device).height() * 1.5;
        const qreal body = frame.body.height();
        const qreal used = pages.lastPageUsed();
        // Room for the header and a few rows after the document, or a fresh page.
        startsOnNewPage = rows > 0 && used + rowHeight * 5 > body;
        firstTop = startsOnNewPage ? 0 : used + rowHeight * 0.5;
        firstPageRows = startsOnNewPage ? 0 : std::max<qsizetype>(0, qsizetype(std::floor((body - firstTop) / rowHeight)) - 1);
        perPage = std::max<qsizetype>(1, qsizetype(std::floor(body / rowHeight)) - 1);
        const qsizetype rest = std::max<qsizetype>(0, rows - firstPageRows);
        extraPages = int((rest + perPage - 1) / perPage);
    }

    QFont font, bold;
    QList<Column> columns;
    qsizetype rows = 0;
    qreal rowHeight = 0;
    bool startsOnNewPage = false;
    qreal firstTop = 0;
    qsizetype firstPageRows = 0; // rows on the document's last page
    qsizetype perPage = 1;
    int extraPages = 0;
};

QStringList rowTexts(const ReportSelection &selection, const ReportRequest &request, const ReportSelection::Cell &cell)
{
    const Account &a = selection.snapshot().accounts.at(cell.accountPos);
    const Datastore &d = selection.snapshot().datastores.at(cell.datastorePos);
    const QString account = a.name.isEmpty() ? a.subject : a.name;
    const QString via = selection.via(cell).replace(u';', u"; "_s);
    switch (request.scope) {
    case ReportRequest::Scope::Account:
        return {d.name, datastoreKindName(d.kind), d.connection, levelName(cell.level), via};
    case ReportRequest::Scope::Datastore:
        return {account, a.subject, roleName(a.role), levelName(cell.level), via};
    default:
        return {account, a.subject, roleName(a.role), d.name, levelName(cell.level), via};
    }
}

// Paints rows [first, first + count) from `top` (device units within the body).
void paintRows(QPainter &painter, const PageFrame &frame, const TablePlan &plan, qreal top,
               const ReportSelection &selection, const ReportRequest &request,
               const std::vector<ReportSelection::Cell> &cells, qsizetype first, qsizetype count)
{
    painter.save();
    painter.translate(frame.body.left(), frame.body.top() + top);
    const qreal width = frame.body.width();
    const qreal pad = plan.rowHeight * 0.25;
    const QPen rule(QColor(0xb0, 0xb0, 0xb0), 0);

    auto paintCells = [&](const QStringList &texts, qreal y, const QFont &font, const QFontMetricsF &metrics,
                          Level level) {
        painter.setFont(font);
        qreal x = 0;
        for (qsizetype c = 0; c < plan.columns.size(); ++c) {
            const qreal w = plan.columns.at(c).share * width;
            QRectF cellRect(x + pad, y, w - 2 * pad, plan.rowHeight);
            if (level != Level::None && plan.columns.at(c).header == u"Level") {
                // The level's colour as a square before its name: colour and text.
                const qreal side = plan.rowHeight * 0.45;
                painter.fillRect(QRectF(cellRect.left(), y + (plan.rowHeight - side) / 2, side, side),
                                 LevelChart::colour(level));
                cellRect.setLeft(cellRect.left() + side * 1.6);
            }
            painter.drawText(cellRect, Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(texts.at(c), Qt::ElideRight, cellRect.width()));
            x += w;
        }
    };

    // Column header, repeated on every page.
    painter.fillRect(QRectF(0, 0, width, plan.rowHeight), QColor(0xe6, 0xe6, 0xe6));
    painter.setPen(Qt::black);
    QStringList headers;
    for (const TablePlan::Column &column : plan.columns)
        headers.append(column.header);
    const QFontMetricsF boldMetrics(plan.bold, painter.device());
    const QFontMetricsF metrics(plan.font, painter.device());
    paintCells(headers, 0, plan.bold, boldMetrics, Level::None);

    for (qsizetype i = 0; i < count; ++i) {
        const qreal y = (i + 1) * plan.rowHeight;
        if (i % 2 == 1)
            painter.fillRect(QRectF(0, y, width, plan.rowHeight), QColor(0xf5, 0xf5, 0xf5));
        const ReportSelection::Cell &cell = cells.at(size_t(first + i));
        painter.setPen(Qt::black);
        paintCells(rowTexts(selection, request, cell), y, plan.font, metrics, cell.level);
        painter.setPen(rule);
        painter.drawLine(QPointF(0, y + plan.rowHeight), QPointF(width, y + plan.rowHeight));
    }
    painter.setPen(rule);
    painter.drawRect(QRectF(0, 0, width, (count + 1) * plan.rowHeight));
    painter.restore();
}

struct ReportLayout
{
    ReportLayout(const Snapshot &snapshot, const AccessIndex &index, const ReportRequest &request,
                 QPagedPaintDevice &device)
        : selection(snapshot, index, request),
          document(buildDocument(snapshot, index, request, nullptr, false)), frame(device),
          pages(*document, device, frame)
    {
        if (request.scope != ReportRequest::Scope::Findings)
            cells = selection.cellsWithAccess(std::max(0, request.tableRowLimit));
        table = std::make_unique<TablePlan>(request, device, frame, pages, qsizetype(cells.size()));
        pages.distribution = &distribution;
        pages.chartArea = chartRect(*document);
    }

    int pageCount() const { return pages.count + table->extraPages; }

    ReportSelection selection;
    LevelDistribution distribution{selection};
    std::unique_ptr<QTextDocument> document;
    PageFrame frame;
    DocumentPages pages;
    std::vector<ReportSelection::Cell> cells;
    std::unique_ptr<TablePlan> table;
};

} // namespace

Result<void> paintReport(const Snapshot &snapshot, const AccessIndex &index, const ReportRequest &request,
                         QPagedPaintDevice &device)
{
    const ReportLayout layout(snapshot, index, request, device);
    const TablePlan &table = *layout.table;
    const int pages = layout.pageCount();
    const QString title = titleOf(request), subtitle = subtitleOf(request);

    QPainter painter;
    if (!painter.begin(&device))
        return makeError(Error::Code::Io, u"Cannot paint the report on the output device."_s);
    int page = 0;
    auto startPage = [&]() {
        if (page > 0 && !device.newPage())
            return false;
        ++page;
        layout.frame.paint(painter, title, subtitle, page, pages);
        return true;
    };

    for (int p = 0; p < layout.pages.count; ++p) {
        if (!startPage())
            return makeError(Error::Code::Io, u"Cannot start page %1 of the report."_s.arg(page + 1));
        layout.pages.paint(painter, layout.frame, p);
    }
    qsizetype next = 0;
    if (table.firstPageRows > 0 && table.rows > 0) {
        next = std::min(table.rows, table.firstPageRows);
        paintRows(painter, layout.frame, table, table.firstTop, layout.selection, request, layout.cells, 0, next);
    }
    while (next < table.rows) {
        if (!startPage())
            return makeError(Error::Code::Io, u"Cannot start page %1 of the report."_s.arg(page + 1));
        const qsizetype count = std::min(table.perPage, table.rows - next);
        paintRows(painter, layout.frame, table, 0, layout.selection, request, layout.cells, next, count);
        next += count;
    }
    Q_ASSERT(page == pages);
    if (!painter.end())
        return makeError(Error::Code::Io, u"Cannot finish the report."_s);
    return {};
}

int reportPageCount(const Snapshot &snapshot, const AccessIndex &index, const ReportRequest &request,
                    QPagedPaintDevice &device)
{
    return ReportLayout(snapshot, index, request, device).pageCount();
}

Result<void> paintDocument(QTextDocument &document, QPagedPaintDevice &device, const QString &title,
                           const QString &subtitle)
{
    const PageFrame frame(device);
    const DocumentPages pages(document, device, frame);
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(Error::Code::Io, u"Cannot paint the report on the output device."_s);
    for (int p = 0; p < pages.count; ++p) {
        if (p > 0 && !device.newPage())
            return makeError(Error::Code::Io, u"Cannot start page %1 of the report."_s.arg(p + 1));
        frame.paint(painter, title, subtitle, p + 1, pages.count);
        pages.paint(painter, frame, p);
    }
    if (!painter.end())
        return makeError(Error::Code::Io, u"Cannot finish the report."_s);
    return {};
}

} // namespace Gatehouse

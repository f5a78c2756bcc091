// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessindex.h"
#include "reports/reportrequest.h"

#include <QImage>
#include <QString>

namespace Gatehouse {

// Where the chart's <img> points: an inline PNG data URI (a self-contained file), or the
// resource name ReportChartResource that a QTextDocument resolves (buildDocument()).
enum class ChartEmbedding : quint8 { DataUri, Resource };
inline constexpr QStringView ReportChartResource = u"gatehouse-report:level-chart.png";
inline constexpr QSize ReportChartSize(620, 170); // CSS pixels

struct HtmlOptions
{
    ChartEmbedding chart = ChartEmbedding::DataUri;
    // False: the access section keeps its heading and note but no rows (paintReport()
    // paints the rows itself, much faster than a QTextDocument table of thousands of rows).
    bool accessRows = true;
};

// A self-contained HTML document (UTF-8): title, generated time, database, as-of time,
// filters applied, the level-distribution chart, the findings with their items, then the
// access table (at most request.tableRowLimit rows, with a note giving the full count).
// `chart`, when set, receives the chart image the document shows.
QString renderHtml(const Snapshot &snapshot, const AccessIndex &index, const ReportRequest &request,
                   const HtmlOptions &options = {}, QImage *chart = nullptr);

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessindex.h"
#include "core/result.h"
#include "reports/reportrequest.h"

class QPagedPaintDevice;
class QTextDocument;

namespace Gatehouse {

// Paints the report on a paged device (a QPdfWriter, or a view's QPrinter from a print
// preview), in the device's page size and margins: heading, chart and findings laid out
// by QTextDocument, then the access table painted row by row with its column header
// repeated on every page (a QTextDocument table of thousands of rows takes seconds a
// page). Every page has the title and time in a header and "Page 3 of 12" in a footer.
// Fails when the device cannot be painted on. Needs a QGuiApplication.
Result<void> paintReport(const Snapshot &snapshot, const AccessIndex &index, const ReportRequest &request,
                         QPagedPaintDevice &device);

// Pages a plain document the same way (header, footer, page numbers). Sets its page size.
Result<void> paintDocument(QTextDocument &document, QPagedPaintDevice &device, const QString &title,
                           const QString &subtitle = {});

// The number of pages paintReport() gives on `device` (for a print dialog's page range).
int reportPageCount(const Snapshot &snapshot, const AccessIndex &index, const ReportRequest &request,
                    QPagedPaintDevice &device);

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessindex.h"
#include "reports/reportrequest.h"

class QObject;
class QTextDocument;

namespace Gatehouse {

// The report of renderHtml() as a QTextDocument, the chart registered as an image
// resource: for a preview widget, or paged by paintDocument(). With `accessRows` false
// the access table keeps its heading and note only (paintReport() paints the rows).
// The caller owns the document (through `parent` if given). Needs a QGuiApplication.
QTextDocument *buildDocument(const Snapshot &snapshot, const AccessIndex &index,
                             const ReportRequest &request, QObject *parent = nullptr,
                             bool accessRows = true);

} // namespace Gatehouse

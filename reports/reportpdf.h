// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessindex.h"
#include "core/result.h"
#include "reports/reportrequest.h"

namespace Gatehouse {

// The report as a PDF at `path`: A4, 15 mm side margins, painted by paintReport(). Written atomically: on failure nothing is left at `path`. Needs a
// QGuiApplication (the offscreen platform is enough).
Result<void> writePdf(const Snapshot &snapshot, const AccessIndex &index, const ReportRequest &request,
                      const QString &path);

} // namespace Gatehouse

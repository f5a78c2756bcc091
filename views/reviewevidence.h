// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/review.h"

namespace Gatehouse {

// Evidence of an access review as files: the CSV of reviewEvidenceCsv(), and a paged PDF
// of reviewEvidenceHtml() (A4, header with the title on every page, "Page n of m"), painted
// by the reports layer. Both are written atomically: on failure nothing is left at `path`.
// The PDF needs a QGuiApplication.
Result<void> writeReviewCsv(const Review &review, const QString &path);
Result<void> writeReviewPdf(const Review &review, const QString &path, const QString &organisation = {});

} // namespace Gatehouse

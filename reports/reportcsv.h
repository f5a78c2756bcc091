// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessindex.h"
#include "core/progress.h"
#include "reports/reportrequest.h"

#include <QByteArray>

namespace Gatehouse {

// Matrix, account and datastore scopes: the access report of formats.md, restricted to the
// accounts and datastores in view (same columns, order, quoting and rules; the whole
// organisation gives exactly accessReportCsv()).
// Findings scope: "kind,entity,id,name", one row per item, findings in computeFindings()
// order, items ascending by id; same RFC 4180 rules.
// With `progress`, see accessReportCsv().
QByteArray renderCsv(const Snapshot &snapshot, const AccessIndex &index, const ReportRequest &request,
                     Progress *progress = nullptr);

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessindex.h"
#include "core/progress.h"
#include "core/snapshot.h"

#include <QByteArray>

namespace Gatehouse {

// The access report of formats.md: one row per (active account, datastore) with access,
// RFC 4180, LF line ends, header always written.
// With `progress`: the accounts written are reported as done; after a cancel the output is
// incomplete and the caller, which sees progress->isCancelled(), must not use it.
QByteArray accessReportCsv(const Snapshot &snapshot, const AccessIndex &index, Progress *progress = nullptr);

// RFC 4180 quoting of one field (quoted when it holds , " CR or LF).
QString csvField(const QString &value);

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auditrecord.h"
#include "core/changeset.h"
#include "core/result.h"
#include "core/review.h"
#include "core/snapshot.h"

#include <QFuture>

#include <functional>

namespace Gatehouse {

// The database work the administration views need, as futures. The views do not link the
// repository layer: whoever owns the window (the application, a test) wires these to the
// database worker. An unset function means "no database": the action reports it.
struct AdminBackend
{
    std::function<QFuture<Result<CommitResult>>(const ChangeSet &changes, const QString &actingSubject)> commit;
    std::function<QFuture<Result<QList<AuditRecord>>>(const AuditFilter &filter)> auditLog;
    std::function<QFuture<Result<Snapshot>>()> reload;
    // Access reviews (Repository::saveReview / reviews).
    std::function<QFuture<Result<Review>>(const Review &review, const QString &actingSubject)> saveReview;
    std::function<QFuture<Result<QList<Review>>>()> reviews;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auditrecord.h"
#include "core/changeset.h"
#include "core/result.h"
#include "core/review.h"
#include "core/snapshot.h"
#include "core/token.h"

#include <QFuture>
#include <QHash>

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
    // API tokens (Repository::tokens / saveToken / deleteToken): TokenService decides, these
    // only store.
    std::function<QFuture<Result<QList<Token>>>()> tokens;
    std::function<QFuture<Result<Token>>(const Token &token, const QString &actingSubject)> saveToken;
    std::function<QFuture<Result<void>>(const Token &token, const QString &actingSubject)> deleteToken;
    // Organisation settings (Repository::settings / saveSettings), e.g. SsoSettings.
    std::function<QFuture<Result<QHash<QString, QString>>>()> settings;
    std::function<QFuture<Result<void>>(const QHash<QString, QString> &values, const QString &actingSubject)>
        saveSettings;
};

} // namespace Gatehouse

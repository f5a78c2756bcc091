// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/review.h"

#include <QSqlDatabase>

namespace Gatehouse {

// Access reviews in tables reviews / review_items (schema 3). save() runs inside the
// caller's write transaction and never commits; on an error the caller rolls back.
//
// - A review with id 0 is inserted under a new id with version 1 ("review.start"); any
//   other is an update whose `version` must equal the stored one, else Error::Code::Conflict
//   naming who saved it last. A stored review that is signed off is read-only (Invalid).
// - Every save writes one audit record, entity "review": "review.start" (after: the whole
//   review), "review.sign-off" or "review.update" (before/after: the review's fields and
//   only the items that changed, with their positions), so the history answers who marked
//   what, when, without repeating thousands of unchanged items.
class SqlReviews
{
public:
    explicit SqlReviews(const QSqlDatabase &db);

    Result<Review> save(const Review &review, const QString &actingSubject, const QDateTime &at);
    // Writes `review` as it is (id, version, items, sign-off) without an audit record: an
    // archive moving into a new database brings its own history.
    Result<void> insertArchived(const Review &review);
    // Ascending by id; `onlyId` != 0 reads that one review.
    Result<QList<Review>> read(Id onlyId = 0);

private:
    Result<void> writeItems(const Review &review);

    QSqlDatabase m_db;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/command.h"
#include "core/result.h"
#include "core/review.h"
#include "core/snapshot.h"

#include <QByteArray>

namespace Gatehouse {

// Recording access reviews (domain.md: Admins and Managers record, only Admins apply the
// revocations). Stateless like AdminService, whose capabilities decide who may record;
// every call takes the organisation as it is now and returns the review as it should be
// stored. Storing it is the repository's saveReview().
class ReviewService
{
public:
    // A new, unsaved review over `teamIds` and `datastoreIds`: for each scope team every
    // membership and assignment (the Public team: assignments only, everyone is its member
    // and that cannot be revoked), then for each scope datastore every assignment of it to
    // a team not already listed. Refuses an empty title, unknown ids, and a scope with
    // nothing to review.
    static Result<Review> startReview(const Snapshot &current, const QString &title, QList<Id> teamIds,
                                      QList<Id> datastoreIds, const QString &actorSubject,
                                      const QDateTime &now);

    // Keep / revoke / unmark item `index` with a comment. Refused on a signed-off review.
    static Result<Review> markItem(const Snapshot &current, const Review &review, qsizetype index,
                                   ReviewItem::Mark mark, const QString &comment,
                                   const QString &actorSubject);

    // Signs the review off; every item must be marked first ("3 items are not marked yet.").
    static Result<Review> signOff(const Snapshot &current, const Review &review,
                                  const QString &actorSubject, const QDateTime &now);

    // Denied unless the actor is an active Admin or Manager.
    static Result<void> checkMayRecord(const Snapshot &current, const QString &actorSubject);

    // One UpdateTeam per team that still holds a revoked member or datastore, with exactly
    // those removed and the team's current version expected. Items whose team, member or
    // datastore is already gone are skipped, so applying twice changes nothing. Applying the
    // commands is an Admin change: plan each through AdminService::plan.
    static QList<Command> revocationCommands(const Snapshot &current, const Review &review);

    // `current` with every revocation applied, for the combined access preview.
    static Snapshot afterRevocations(const Snapshot &current, const Review &review);
};

// Evidence of a review as CSV: one record per item, each repeating the review's fields
// (review_id,title,started,started_by,signed_off,signed_off_by,kind,team_id,team,target_id,
// target,mark,comment), RFC 4180 as the access report (formats.md), header always written.
QByteArray reviewEvidenceCsv(const Review &review);

// The same evidence as a self-contained HTML document (title, scope, counts, a table of
// items), for printing to PDF.
QString reviewEvidenceHtml(const Review &review, const QString &organisation = {});

} // namespace Gatehouse

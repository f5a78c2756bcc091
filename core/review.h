// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

namespace Gatehouse {

// One membership (team, account) or assignment (team, datastore) under review, with the
// reviewer's decision. Names are copied when the review starts, so the evidence still
// reads right after a team, account or datastore is renamed or deleted.
struct ReviewItem
{
    enum class Kind : quint8 { Membership = 0, Assignment = 1 };
    enum class Mark : quint8 { Unmarked = 0, Keep = 1, Revoke = 2 };

    Kind kind = Kind::Membership;
    Id team = 0;
    Id target = 0;          // the account (Membership) or the datastore (Assignment)
    QString teamName;
    QString targetName;     // account name (subject when unnamed) or datastore name
    Mark mark = Mark::Unmarked;
    QString comment;

    friend bool operator==(const ReviewItem &, const ReviewItem &) = default;
};

// An access review (domain.md, "An auditor is not a role"): started over some teams and
// datastores, marked item by item, then signed off, after which it is read-only.
struct Review
{
    Id id = 0;              // 0 until first saved
    QString title;
    QDateTime started;      // UTC
    QString startedBy;      // subject
    QList<Id> scopeTeams;   // ascending
    QList<Id> scopeDatastores; // ascending
    QList<ReviewItem> items;
    QDateTime signedOff;    // invalid while open
    QString signedOffBy;
    int version = 0;        // 0 until first saved; the stored version after

    bool isSignedOff() const { return signedOff.isValid(); }
    int markedCount() const;
    int count(ReviewItem::Mark mark) const;

    friend bool operator==(const Review &, const Review &) = default;
};

// "membership" | "assignment"; "unmarked" | "keep" | "revoke" (database and CSV values).
QString reviewItemKindName(ReviewItem::Kind kind);
QString reviewMarkName(ReviewItem::Mark mark);
std::optional<ReviewItem::Kind> reviewItemKindFromName(QStringView name);
std::optional<ReviewItem::Mark> reviewMarkFromName(QStringView name);

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessdiff.h"
#include "core/auditrecord.h"
#include "core/progress.h"
#include "core/result.h"
#include "core/snapshot.h"

namespace Gatehouse {

// The organisation as it was at `at`, rebuilt from its history (`records` oldest first, as
// Repository::auditLog() gives them). It starts from the latest record at or before `at`
// that holds a whole organisation (an import or the creation of the database, whose after
// value is a gatehouse-org/1 document) and applies every account, team and datastore record
// up to `at` in order: the after value is the entity as it became, a null after a deletion.
// A record exactly at `at` counts. Other records (reviews, settings) change no access and
// are skipped. Errors: NotFound before the first record ("There was no organisation before
// 2026-10-01T09:00:00Z (the first record of its history)."), Invalid for a record whose
// JSON cannot be read (naming its id).
//
// The history keeps whether an account is deactivated, not since when: a deactivation
// replayed here is dated by the record that made it.
//
// With `progress`, the records replayed are reported as done, and a cancel stops the
// replay with Progress::cancelledError().
Result<Snapshot> organisationAsOf(const QList<AuditRecord> &records, const QDateTime &at,
                                  Progress *progress = nullptr);

// The distinct times at which the organisation changed, ascending: the moments worth
// offering in a "show as of" picker.
QList<QDateTime> changeTimes(const QList<AuditRecord> &records);

// What changed in effective access from `from` to `to` ("since 1 October"). A moment before
// the history began counts as an empty organisation, so everything then reads as gained.
AccessDiff accessBetween(const QList<AuditRecord> &records, const QDateTime &from, const QDateTime &to);

} // namespace Gatehouse

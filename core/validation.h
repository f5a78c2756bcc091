// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/snapshot.h"

namespace Gatehouse {

constexpr int MaxNameLength = 255;
constexpr int MaxDescriptionLength = 1000;
inline constexpr QStringView PublicTeamName = u"Public";

// "Pipeline Automation" -> "pipeline_automation@service" (domain.md, service accounts).
QString serviceSubjectFor(QStringView name);

// Single-field checks. `field` is the path used in the message, e.g. "teams[3].name".
Result<void> checkName(QStringView field, const QString &name);
Result<void> checkDescription(QStringView field, const QString &description);

// Every data rule of domain.md / formats.md over a whole organisation: unique ids, names and
// e-mails ignoring case, exactly one public team named Public, member and datastore ids that
// exist, service subjects ending in "@service", subjects unique, team permissions within
// Reporter..Editor. Messages name array[index].field and the value; duplicates are reported
// at the later occurrence.
Result<void> validateSnapshot(const Snapshot &snapshot);

} // namespace Gatehouse

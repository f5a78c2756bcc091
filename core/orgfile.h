// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/snapshot.h"

#include <QByteArray>

namespace Gatehouse {

inline constexpr QStringView OrgFormatTag = u"gatehouse-org/1";

// Parses a gatehouse-org/1 file (formats.md) and validates it (validateSnapshot).
// Errors name the array, index and field with the value; a JSON syntax error gives the
// byte offset. Absent or null `created` becomes `importTime`; `active: false` becomes
// deactivated at `importTime`.
Result<Snapshot> parseOrganisation(const QByteArray &json, const QDateTime &importTime);

// Canonical export: same snapshot, same bytes (two-space indent, keys in the documented
// order, every key written, ascending ids, UTC times, final newline).
QByteArray writeOrganisation(const Snapshot &snapshot);

} // namespace Gatehouse

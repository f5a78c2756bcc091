// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

namespace Gatehouse {

// One entity as the audit log keeps it in before_json / after_json: a compact JSON object
// with the keys of its organisation-file entry (formats.md), in that order, plus "version".
// Member and datastore ids ascending; the public team's members are always [].
// Non-ASCII text is written as is, so the history's text search finds names.
QString auditJson(const Account &account);
QString auditJson(const Team &team);
QString auditJson(const Datastore &datastore);

} // namespace Gatehouse

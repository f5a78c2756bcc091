// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/findings.h"

namespace Gatehouse {

// Stable words for the findings CSV ("service_admins", "account").
QString findingKindKey(Finding::Kind kind);
QString findingEntityKey(Finding::Entity entity);
// The item as a person reads it: an account's name (its subject when it has no name), a
// team's or datastore's name; "#id" when the id is unknown.
QString findingItemName(const Snapshot &snapshot, Finding::Entity entity, Id id);

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/command.h"
#include "core/snapshot.h"

namespace Gatehouse {

// "Update team 'Finance'": what the undo stack and the Edit menu call a command. Names come
// from `before` (the organisation the command was planned against).
QString commandText(const Command &command, const Snapshot &before);

// One line of what a team level allows (domain.md, "Team permissions").
QString levelSummary(Level level);

} // namespace Gatehouse

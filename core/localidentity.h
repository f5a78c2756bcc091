// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Gatehouse {

// "local|<name>" for the effective user id (getpwuid(geteuid())), so it works without a
// login session. See domain.md, "Who is acting".
QString localSubject();

// Display name for the local account ("<name>", or the GECOS full name when set).
QString localDisplayName();

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

class QWidget;

namespace Gatehouse {

// A modal message box for an Error: the message for a person, the driver or parser text
// under "Show Details...". Never shows a raw SQL error alone.
void showErrorDialog(QWidget *parent, const QString &title, const Error &error);

} // namespace Gatehouse

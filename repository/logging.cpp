// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/logging.h"

Q_LOGGING_CATEGORY(lcRepository, "gatehouse.repository")

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Gatehouse {

// Key for "unique ignoring case" rules (team, datastore names, e-mails): the trimmed text,
// case-folded. Stored by the application in a key column with a unique index, because
// SQLite's and PostgreSQL's lower() disagree beyond ASCII.
QString nameKey(QStringView name);

// Key for search-as-you-type: case-folded and without accents ("Zoë" -> "zoe"), computed
// once per row, so a keystroke compares plain code units.
QString searchKey(QStringView text);

} // namespace Gatehouse

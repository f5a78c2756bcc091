// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Gatehouse {

// Only `import`, `copy --to` and the GUI's "new organisation" create a database
// (architecture.md, "Storage"); everything else opens an existing one.
// CreateBare makes a new database with the schema only (no organisation, no history), the
// target of Repository::importArchive; on PostgreSQL it initialises an empty database.
enum class OpenMode { ExistingOnly, CreateIfMissing, CreateBare };

} // namespace Gatehouse

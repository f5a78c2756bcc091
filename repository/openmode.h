// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Gatehouse {

// Only `import`, `copy --to` and the GUI's "new organisation" create a database
// (architecture.md, "Storage"); everything else opens an existing one.
enum class OpenMode { ExistingOnly, CreateIfMissing };

} // namespace Gatehouse

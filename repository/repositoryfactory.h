// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/repository.h"
#include "repository/databaseurl.h"
#include "repository/openmode.h"

#include <memory>

namespace Gatehouse {

// Opens the organisation at `url` (see DatabaseUrl) on the calling thread, which then
// owns the returned repository. `creatorSubject`/`creatorName` are used only when a
// new database is created: they become its one Admin (domain.md, "Who is acting").
Result<std::unique_ptr<Repository>> openRepository(const QString &url, OpenMode mode,
                                                   const QString &creatorSubject,
                                                   const QString &creatorName);
Result<std::unique_ptr<Repository>> openRepository(const DatabaseUrl &url, OpenMode mode,
                                                   const QString &creatorSubject,
                                                   const QString &creatorName);

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QFuture>
#include <QString>

namespace Gatehouse {

// "Test connection" of the connect dialog: opens the organisation at `url` as Connect would
// (OpenMode::ExistingOnly, so nothing is created), reads its newest change id and closes it.
// On success one sentence: "Connected to postgresql://...; it holds a Gatehouse
// organisation." (with a note when the database role may only read it, or when an empty
// PostgreSQL database holds no organisation yet). Otherwise the opening error as it is
// (connection failures are one sentence each, Error::Code::Unavailable).
// Runs on the calling thread, which it blocks until the server answers or gives up.
Result<QString> testConnection(const QString &url);

// testConnection() on a pool thread, never the caller's: the GUI continues the future.
// The SQL connection is opened and closed on that thread.
QFuture<Result<QString>> testConnectionInBackground(const QString &url);

} // namespace Gatehouse

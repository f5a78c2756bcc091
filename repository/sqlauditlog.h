// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auditrecord.h"
#include "core/result.h"

#include <QSqlDatabase>

#include <optional>

namespace Gatehouse {

// The history of the organisation in `db` (audit_log), oldest first, or newest first when
// filter.limit is set. Every value from the filter is a bound parameter. The text search
// is case-insensitive; '%', '_' and quotes in it are matched literally, and a '"' or '\'
// also finds the text inside before/after JSON, where they are escaped. Text with
// characters beyond ASCII is matched here rather than by SQL (SQLite's LIKE folds ASCII
// only; PostgreSQL's ILIKE folds by the server's locale), so both backends find the same.
Result<QList<AuditRecord>> readAuditLog(const QSqlDatabase &db, const AuditFilter &filter);

// The newest record about one entity or, newer than those, about the whole organisation
// (an import replaces every entity): who touched it last. nullopt when there is none.
Result<std::optional<AuditRecord>> lastChangeOf(const QSqlDatabase &db, const QString &entity, Id id);

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

namespace Gatehouse {

// One row of the append-only history (domain.md, "Audit").
struct AuditRecord
{
    Id id = 0;              // ascending in the order written
    QDateTime at;           // UTC
    QString actorSubject;   // null when no account acted (e.g. a data command)
    QString action;         // "create organisation", "import", "team.update", ...
    QString entity;         // "organisation", "team", "account", "datastore"
    Id entityId = 0;        // 0 when the record is about the whole organisation
    QString beforeJson;     // null when there was nothing before
    QString afterJson;      // null when nothing is left after (a delete)

    friend bool operator==(const AuditRecord &, const AuditRecord &) = default;
};

// Which history to read; empty fields do not filter.
struct AuditFilter
{
    QString entity;         // "team", "account", "datastore", "organisation"
    Id entityId = 0;
    QString actorSubject;
    QDateTime from, to;     // inclusive, UTC
    QString text;           // case-insensitive, in action, actor, before or after
    int limit = 0;          // 0 = all; newest first when set
    Id afterId = 0;         // only records with a larger id (live refresh reads what is new)
};

} // namespace Gatehouse

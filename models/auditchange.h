// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auditrecord.h"

#include <QCoreApplication>

#include <functional>

namespace Gatehouse {

// What one audit record changed, as a person reads it, worked out from its before and
// after JSON (the repository's audit format: the entity's organisation-file entry plus
// "version"). Names come from the JSON itself, so a deleted team keeps its name.
class AuditChange
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::AuditChange)
public:
    // Names a member ("account") or datastore ("datastore") id listed in a team; may
    // return an empty string when it does not know the id.
    using IdNamer = std::function<QString(QStringView entity, Id id)>;

    static AuditChange describe(const AuditRecord &record, const IdNamer &nameOf);

    // "Finance" (the entity's name; an account without one gives its subject); empty for
    // the organisation.
    QString entityName;
    // One line: "permission: Viewer → Editor; members: +3 −1".
    QString summary;
    // One line per changed field, names of added and removed members and datastores.
    QString details;

    // Longest text of one value in the summary; the details give it whole.
    static constexpr qsizetype SummaryValueLength = 40;
    // Most names listed per added / removed set in the details.
    static constexpr qsizetype DetailNames = 30;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessdiff.h"
#include "core/accessindex.h"
#include "core/accessreport.h"

#include <QMap>
#include <QStringList>

// The expected access difference between two organisations, taken from their full access
// reports (formats.md) rather than from the diff's own reasoning.
namespace Gatehouse::Test {

// One CSV record (RFC 4180) into fields.
inline QStringList csvRecord(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += c;
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields.append(field);
            field.clear();
        } else {
            field += c;
        }
    }
    fields.append(field);
    return fields;
}

// (account id, datastore id) -> permission.
inline QMap<std::pair<Id, Id>, QString> reportCells(const Snapshot &snapshot)
{
    QMap<std::pair<Id, Id>, QString> cells;
    const QStringList lines = QString::fromUtf8(accessReportCsv(snapshot, AccessIndex(snapshot))).split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            continue;
        const QStringList f = csvRecord(lines.at(i));
        cells.insert({f.at(0).toLongLong(), f.at(5).toLongLong()}, f.at(7));
    }
    return cells;
}

// "account:datastore before->after", ascending by account then datastore.
inline QStringList reportDifference(const Snapshot &before, const Snapshot &after)
{
    const auto from = reportCells(before);
    const auto to = reportCells(after);
    QMap<std::pair<Id, Id>, QString> lines;
    for (auto it = from.cbegin(); it != from.cend(); ++it) {
        const QString now = to.value(it.key());
        if (now != it.value()) {
            lines.insert(it.key(), QStringLiteral("%1:%2 %3->%4").arg(it.key().first).arg(it.key().second)
                                       .arg(it.value(), now));
        }
    }
    for (auto it = to.cbegin(); it != to.cend(); ++it) {
        if (!from.contains(it.key())) {
            lines.insert(it.key(), QStringLiteral("%1:%2 ->%3").arg(it.key().first).arg(it.key().second)
                                       .arg(it.value()));
        }
    }
    return lines.values();
}

inline QStringList diffLines(const AccessDiff &diff)
{
    QStringList lines;
    for (const AccessChange &c : diff.changes) {
        lines.append(QStringLiteral("%1:%2 %3->%4").arg(c.account).arg(c.datastore)
                         .arg(levelName(c.before), levelName(c.after)));
    }
    return lines;
}

} // namespace Gatehouse::Test

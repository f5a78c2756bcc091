// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Gatehouse {

// Translated names and time texts shared by the table models. The names in core/types.h
// are the file and database spellings; these are what a person reads.
class DisplayText
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::DisplayText)
public:
    static QString role(Role role);
    static QString level(Level level);
    static QString accountType(AccountType type);
    static QString datastoreKind(DatastoreKind kind);
    // "just now", "5 minutes ago", "3 days ago", "2 months ago", "1 year ago"; a time in
    // the future counts as now (clocks of two machines disagree by a little).
    static QString relativeTime(const QDateTime &time, const QDateTime &now);
    // "2024-03-05 14:07:00 UTC"; "" for an invalid time.
    static QString exactTime(const QDateTime &time);
    // "2024-03-05"; "" for an invalid time.
    static QString date(const QDateTime &time);
};

} // namespace Gatehouse

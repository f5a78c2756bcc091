// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/displaytext.h"

using namespace Qt::StringLiterals;

namespace Gatehouse {

QString DisplayText::role(Role role)
{
    switch (role) {
    case Role::Member: return tr("Member");
    case Role::Manager: return tr("Manager");
    case Role::Admin: return tr("Admin");
    }
    return {};
}

QString DisplayText::level(Level level)
{
    switch (level) {
    case Level::None: return {};
    case Level::Reporter: return tr("Reporter");
    case Level::Viewer: return tr("Viewer");
    case Level::Drafter: return tr("Drafter");
    case Level::Author: return tr("Author");
    case Level::Editor: return tr("Editor");
    case Level::Admin: return tr("Admin");
    }
    return {};
}

QString DisplayText::accountType(AccountType type)
{
    switch (type) {
    case AccountType::Human: return tr("Human");
    case AccountType::Service: return tr("Service");
    }
    return {};
}

QString DisplayText::datastoreKind(DatastoreKind kind)
{
    switch (kind) {
    case DatastoreKind::Source: return tr("Source");
    case DatastoreKind::Enrichment: return tr("Enrichment");
    }
    return {};
}

QString DisplayText::relativeTime(const QDateTime &time, const QDateTime &now)
{
    if (!time.isValid())
        return {};
    const qint64 seconds = time.secsTo(now);
    if (seconds < 60)
        return tr("just now");
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%n hour(s) ago", nullptr, int(hours));
    const qint64 days = hours / 24;
    if (days < 31)
        return tr("%n day(s) ago", nullptr, int(days));
    const qint64 months = days / 30;
    if (days < 365)
        return tr("%n month(s) ago", nullptr, int(months));
    const qint64 years = days / 365;
    return tr("%n year(s) ago", nullptr, int(years));
}

QString DisplayText::exactTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u' ' + tr("UTC");
}

QString DisplayText::date(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(u"yyyy-MM-dd"_s);
}

} // namespace Gatehouse

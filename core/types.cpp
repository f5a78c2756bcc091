// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/types.h"


using namespace Qt::StringLiterals;

namespace Gatehouse {

QString roleName(Role role)
{
    switch (role) {
    case Role::Admin: return u"Admin"_s;
    case Role::Manager: return u"Manager"_s;
    case Role::Member: return u"Member"_s;
    }
    return {};
}

QString levelName(Level level)
{
    switch (level) {
    case Level::None: return {};
    case Level::Reporter: return u"Reporter"_s;
    case Level::Viewer: return u"Viewer"_s;
    case Level::Drafter: return u"Drafter"_s;
    case Level::Author: return u"Author"_s;
    case Level::Editor: return u"Editor"_s;
    case Level::Admin: return u"Admin"_s;
    }
    return {};
}

QString accountTypeName(AccountType type)
{
    return type == AccountType::Service ? u"service"_s : u"human"_s;
}

QString datastoreKindName(DatastoreKind kind)
{
    return kind == DatastoreKind::Enrichment ? u"enrichment"_s : u"source"_s;
}

std::optional<Role> roleFromName(QStringView name)
{
    for (Role r : {Role::Admin, Role::Manager, Role::Member}) {
        if (name == roleName(r))
            return r;
    }
    return std::nullopt;
}

std::optional<Level> teamLevelFromName(QStringView name)
{
    for (Level l : {Level::Editor, Level::Author, Level::Drafter, Level::Viewer, Level::Reporter}) {
        if (name == levelName(l))
            return l;
    }
    return std::nullopt;
}

std::optional<AccountType> accountTypeFromName(QStringView name)
{
    if (name == u"human")
        return AccountType::Human;
    if (name == u"service")
        return AccountType::Service;
    return std::nullopt;
}

std::optional<DatastoreKind> datastoreKindFromName(QStringView name)
{
    if (name == u"source")
        return DatastoreKind::Source;
    if (name == u"enrichment")
        return DatastoreKind::Enrichment;
    return std::nullopt;
}

// Both functions run for every row the repository reads or writes (hundreds of thousands
// on a big import), so the canonical form is handled by hand: QDateTime::fromString and
// toString cost microseconds each and consult the time-zone database.
QString formatTimestamp(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    const QDateTime utc = time.timeSpec() == Qt::UTC ? time : time.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char16_t buf[20];
    auto put = [&buf](int pos, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i) {
            buf[pos + i] = char16_t(u'0' + value % 10);
            value /= 10;
        }
    };
    if (d.year() < 0 || d.year() > 9999)
        return utc.toString(Qt::ISODate);
    put(0, d.year(), 4);
    buf[4] = u'-';
    put(5, d.month(), 2);
    buf[7] = u'-';
    put(8, d.day(), 2);
    buf[10] = u'T';
    put(11, t.hour(), 2);
    buf[13] = u':';
    put(14, t.minute(), 2);
    buf[16] = u':';
    put(17, t.second(), 2);
    buf[19] = u'Z';
    return QString(reinterpret_cast<const QChar *>(buf), 20);
}

QDateTime parseTimestamp(QStringView text)
{
    if (text.isEmpty())
        return {};
    if (text.size() == 20 && text.at(4) == u'-' && text.at(7) == u'-' && text.at(10) == u'T'
        && text.at(13) == u':' && text.at(16) == u':' && text.at(19) == u'Z') {
        auto num = [text](int pos, int digits, bool *ok) {
            int value = 0;
            for (int i = pos; i < pos + digits; ++i) {
                const char16_t c = text.at(i).unicode();
                if (c < u'0' || c > u'9')
                    *ok = false;
                value = value * 10 + int(c - u'0');
            }
            return value;
        };
        bool ok = true;
        const QDate date(num(0, 4, &ok), num(5, 2, &ok), num(8, 2, &ok));
        const int hour = num(11, 2, &ok), minute = num(14, 2, &ok), second = num(17, 2, &ok);
        if (!ok || !date.isValid() || !QTime::isValid(hour, minute, second))
            return {};
        return QDateTime(date, QTime(hour, minute, second), Qt::UTC);
    }
    QDateTime t = QDateTime::fromString(text.toString(), Qt::ISODate);
    if (!t.isValid() || t.timeSpec() == Qt::LocalTime)
        return {}; // a time without zone is ambiguous: refuse it rather than guess
    return t.toUTC();
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/snapshot.h"

#include <QTimeZone>

// Small fluent builder for hand-written organisations in tests.
namespace Gatehouse::Test {

class OrgBuilder
{
public:
    OrgBuilder()
    {
        Team pub;
        pub.id = 1;
        pub.name = QStringLiteral("Public");
        pub.isPublic = true;
        pub.permission = Level::Reporter;
        pub.created = time();
        m_snapshot.teams.append(pub);
    }

    static QDateTime time(int day = 1)
    {
        return QDateTime(QDate(2026, 1, day), QTime(9, 0), QTimeZone::utc());
    }

    OrgBuilder &account(Id id, const QString &name, Role role = Role::Member, bool active = true,
                        AccountType type = AccountType::Human)
    {
        Account a;
        a.id = id;
        a.name = name;
        a.role = role;
        a.type = type;
        const QString ident = name.toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
        a.subject = type == AccountType::Service ? ident + QStringLiteral("@service")
                                                 : QStringLiteral("auth0|") + ident;
        if (type == AccountType::Human)
            a.email = ident + QStringLiteral("@example.com");
        a.created = time();
        if (!active)
            a.deactivated = time(2);
        m_snapshot.accounts.append(a);
        return *this;
    }

    OrgBuilder &datastore(Id id, const QString &name)
    {
        Datastore d;
        d.id = id;
        d.name = name;
        d.connection = QStringLiteral("PostgreSQL");
        d.created = time();
        m_snapshot.datastores.append(d);
        return *this;
    }

    OrgBuilder &team(Id id, const QString &name, Level level, QList<Id> members, QList<Id> datastores)
    {
        Team t;
        t.id = id;
        t.name = name;
        t.permission = level;
        t.members = std::move(members);
        t.datastores = std::move(datastores);
        t.created = time();
        m_snapshot.teams.append(t);
        return *this;
    }

    OrgBuilder &publicDatastores(QList<Id> datastores, Level level = Level::Reporter)
    {
        m_snapshot.teams[0].datastores = std::move(datastores);
        m_snapshot.teams[0].permission = level;
        return *this;
    }

    Snapshot build() const
    {
        Snapshot s = m_snapshot;
        s.normalize();
        return s;
    }

private:
    Snapshot m_snapshot;
};

} // namespace Gatehouse::Test

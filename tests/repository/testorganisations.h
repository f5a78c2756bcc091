// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/snapshot.h"

using namespace Qt::StringLiterals;

// Organisations built by hand for the repository tests: every field kind, nulls and
// empties, and one size past QSQLITE's 256-row fetch chunk.
namespace TestOrganisations {

inline QDateTime at(const char16_t *text)
{
    return Gatehouse::parseTimestamp(QStringView(text));
}

inline Gatehouse::Snapshot small()
{
    using namespace Gatehouse;
    Snapshot s;

    Account ada;
    ada.id = 1;
    ada.subject = u"auth0|ada"_s;
    ada.name = u"Ada Byron"_s;
    ada.email = u"ada@example.com"_s;
    ada.role = Role::Admin;
    ada.created = at(u"2026-01-05T09:00:00Z");
    ada.lastActive = at(u"2026-11-20T17:31:02Z");
    s.accounts.append(ada);

    Account grace; // pre-provisioned by directory sync: no subject yet
    grace.id = 2;
    grace.name = u"Grace Hopper"_s;
    grace.email = u"Grace@Example.com"_s;
    grace.externalId = u"ext-42"_s;
    grace.created = at(u"2026-01-06T10:00:00Z");
    s.accounts.append(grace);

    Account robot;
    robot.id = 3;
    robot.subject = u"pipeline_automation@service"_s;
    robot.name = u"Pipeline Automation"_s;
    robot.type = AccountType::Service;
    robot.created = at(u"2026-02-01T00:00:00Z");
    s.accounts.append(robot);

    Account linus;
    linus.id = 7;
    linus.subject = u"auth0|linus"_s;
    linus.name = u"Linus Ærø"_s;
    linus.email = u"linus@example.com"_s;
    linus.role = Role::Manager;
    linus.created = at(u"2026-02-02T00:00:00Z");
    linus.deactivated = at(u"2026-06-30T12:00:00Z");
    linus.version = 4;
    s.accounts.append(linus);

    Datastore sales;
    sales.id = 10;
    sales.name = u"Sales Warehouse"_s;
    sales.connection = u"Snowflake"_s;
    sales.created = at(u"2026-02-01T00:00:00Z");
    s.datastores.append(sales);

    Datastore lake;
    lake.id = 11;
    lake.name = u"Enrichment Lake"_s;
    lake.kind = DatastoreKind::Enrichment;
    lake.connection = u"PostgreSQL"_s;
    lake.created = at(u"2026-02-03T00:00:00Z");
    s.datastores.append(lake);

    Team everyone;
    everyone.id = 1;
    everyone.name = u"Public"_s;
    everyone.description = u""_s;
    everyone.isPublic = true;
    everyone.datastores = {10};
    everyone.created = at(u"2026-01-01T00:00:00Z");
    s.teams.append(everyone);

    Team finance;
    finance.id = 2;
    finance.name = u"Finance"_s;
    finance.description = u"Finance analysts"_s;
    finance.permission = Level::Viewer;
    finance.members = {1, 2};
    finance.datastores = {10, 11};
    finance.created = at(u"2026-03-01T00:00:00Z");
    s.teams.append(finance);

    Team ops;
    ops.id = 5;
    ops.name = u"Ops; night shift"_s;
    ops.permission = Level::Editor;
    ops.members = {3, 7};
    ops.created = at(u"2026-03-02T00:00:00Z");
    ops.version = 3;
    s.teams.append(ops);
    return s;
}

// More rows than one QSQLITE fetch chunk (256) in every table and link table.
// `stride` thins the memberships and assignments (1: about a quarter of everything).
inline Gatehouse::Snapshot large(int accounts = 700, int teams = 40, int datastores = 300, int stride = 1)
{
    using namespace Gatehouse;
    Snapshot s;
    const QDateTime created = at(u"2026-01-01T00:00:00Z");
    for (int i = 1; i <= accounts; ++i) {
        Account a;
        a.id = i;
        a.subject = u"auth0|user%1"_s.arg(i);
        a.name = u"User %1"_s.arg(i);
        a.email = u"user%1@example.com"_s.arg(i);
        a.role = i == 1 ? Role::Admin : (i % 10 == 0 ? Role::Manager : Role::Member);
        a.created = created.addSecs(i);
        if (i % 3 == 0)
            a.lastActive = created.addDays(30).addSecs(i);
        if (i % 50 == 0)
            a.deactivated = created.addDays(60);
        s.accounts.append(a);
    }
    for (int i = 1; i <= datastores; ++i) {
        Datastore d;
        d.id = 1000 + i;
        d.name = u"Datastore %1"_s.arg(i);
        d.kind = i % 4 == 0 ? DatastoreKind::Enrichment : DatastoreKind::Source;
        d.connection = u"Snowflake"_s;
        d.created = created.addSecs(i);
        s.datastores.append(d);
    }
    Team everyone;
    everyone.id = 1;
    everyone.name = u"Public"_s;
    everyone.description = u""_s;
    everyone.isPublic = true;
    everyone.created = created;
    for (int i = 1; i <= datastores; i += 7)
        everyone.datastores.append(1000 + i);
    s.teams.append(everyone);
    for (int t = 1; t <= teams; ++t) {
        Team team;
        team.id = 1 + t;
        team.name = u"Team %1"_s.arg(t);
        team.description = u"Team number %1"_s.arg(t);
        team.permission = static_cast<Level>(1 + t % 5);
        team.created = created.addSecs(t);
        for (int a = t; a <= accounts; a += (3 + t % 4) * stride)
            team.members.append(a);
        for (int d = t; d <= datastores; d += (2 + t % 5) * stride)
            team.datastores.append(1000 + d);
        s.teams.append(team);
    }
    return s;
}

} // namespace TestOrganisations

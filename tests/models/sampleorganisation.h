// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/demogenerator.h"
#include "core/snapshot.h"

#include <QAbstractItemModel>
#include <QStringList>
#include <QTest>
#include <QTimeZone>

#include <algorithm>

// The small organisation the model tests read, written out by hand so every expected cell
// can be checked against it:
//
//   accounts  11 Zoë Adams (Member, Finance), 12 bob Brown (Admin, Finance + Engineering,
//             never active), 13 Carla Diaz (Manager, Engineering, deactivated),
//             14 Pipeline Automation (service, no e-mail), 15 Ann Émile (never active)
//   teams     1 Public (Reporter: Sales DB), 2 Finance (Viewer: Sales DB, Ledger),
//             3 Engineering (Editor: Ledger)
//   datastores 101 Sales DB (PostgreSQL), 102 Ledger (Snowflake), 103 Enricher
//             (BigQuery, enrichment, in no team)
namespace Gatehouse::Test {

inline QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(9, 30), QTimeZone::utc());
}

inline Account makeAccount(Id id, const QString &name, const QString &email, Role role,
                           const QDateTime &created, const QDateTime &lastActive)
{
    Account a;
    a.id = id;
    a.subject = QStringLiteral("auth0|") + QString::number(id);
    a.name = name;
    a.email = email;
    a.role = role;
    a.created = created;
    a.lastActive = lastActive;
    return a;
}

inline Team makeTeam(Id id, const QString &name, const QString &description, Level level,
                     QList<Id> members, QList<Id> datastores, const QDateTime &created)
{
    Team t;
    t.id = id;
    t.name = name;
    t.description = description;
    t.permission = level;
    t.members = std::move(members);
    t.datastores = std::move(datastores);
    t.created = created;
    return t;
}

inline Snapshot sampleOrganisation()
{
    Snapshot s;
    s.accounts.append(makeAccount(11, QStringLiteral("Zoë Adams"), QStringLiteral("zoe.adams@example.com"),
                                  Role::Member, utc(2023, 1, 5), utc(2024, 5, 1)));
    s.accounts.append(makeAccount(12, QStringLiteral("bob Brown"), QStringLiteral("bob@example.com"),
                                  Role::Admin, utc(2022, 6, 1), {}));
    Account carla = makeAccount(13, QStringLiteral("Carla Diaz"), QStringLiteral("carla@example.com"),
                                Role::Manager, utc(2023, 3, 1), utc(2024, 4, 1));
    carla.deactivated = utc(2024, 6, 1);
    s.accounts.append(carla);
    Account pipeline = makeAccount(14, QStringLiteral("Pipeline Automation"), QString(), Role::Member,
                                   utc(2023, 2, 1), utc(2024, 3, 1));
    pipeline.type = AccountType::Service;
    pipeline.subject = QStringLiteral("pipeline_automation@service");
    s.accounts.append(pipeline);
    s.accounts.append(makeAccount(15, QStringLiteral("Ann Émile"), QStringLiteral("ann@example.com"),
                                  Role::Member, utc(2024, 1, 1), {}));

    Team everyone = makeTeam(1, QStringLiteral("Public"), QStringLiteral("Everyone"), Level::Reporter, {},
                             {101}, utc(2022, 1, 1));
    everyone.isPublic = true;
    s.teams.append(everyone);
    s.teams.append(makeTeam(2, QStringLiteral("Finance"), QStringLiteral("Money matters"), Level::Viewer,
                            {11, 12}, {101, 102}, utc(2023, 6, 1)));
    s.teams.append(makeTeam(3, QStringLiteral("Engineering"), QStringLiteral("Builds things"), Level::Editor,
                            {12, 13}, {102}, utc(2023, 1, 1)));

    const auto datastore = [](Id id, const QString &name, DatastoreKind kind, const QString &connection,
                              const QDateTime &created) {
        Datastore d;
        d.id = id;
        d.name = name;
        d.kind = kind;
        d.connection = connection;
        d.created = created;
        return d;
    };
    s.datastores.append(datastore(101, QStringLiteral("Sales DB"), DatastoreKind::Source,
                                  QStringLiteral("PostgreSQL"), utc(2023, 1, 1)));
    s.datastores.append(datastore(102, QStringLiteral("Ledger"), DatastoreKind::Source,
                                  QStringLiteral("Snowflake"), utc(2022, 1, 1)));
    s.datastores.append(datastore(103, QStringLiteral("Enricher"), DatastoreKind::Enrichment,
                                  QStringLiteral("BigQuery"), utc(2024, 1, 1)));
    return s;
}

// The sample organisation with its accounts, teams or datastores named `names` in id order
// (the Public team too: the models do not care); more entities, in no team, when `names`
// is longer than the list.
inline Snapshot withAccountNames(const QStringList &names)
{
    Snapshot s = sampleOrganisation();
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i < s.accounts.size())
            s.accounts[i].name = names.at(i);
        else
            s.accounts.append(makeAccount(Id(100 + i), names.at(i), QString(), Role::Member, utc(2024, 1, 1), {}));
    }
    return s;
}

inline Snapshot withTeamNames(const QStringList &names)
{
    Snapshot s = sampleOrganisation();
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i < s.teams.size())
            s.teams[i].name = names.at(i);
        else
            s.teams.append(makeTeam(Id(10 + i), names.at(i), QString(), Level::Viewer, {}, {}, utc(2024, 1, 1)));
    }
    return s;
}

inline Snapshot withDatastoreNames(const QStringList &names)
{
    Snapshot s = sampleOrganisation();
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (i < s.datastores.size()) {
            s.datastores[i].name = names.at(i);
        } else {
            Datastore d;
            d.id = 200 + i;
            d.name = names.at(i);
            d.connection = QStringLiteral("Snowflake");
            d.created = utc(2024, 1, 1);
            s.datastores.append(d);
        }
    }
    return s;
}

// Rows for a natural-order test of a name column: "names" (given in id order) and the
// ascending order expected, joined by "|". Digit runs compare by value, case and accents
// are folded.
inline void addNaturalOrderRows()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("ascending");
    const auto add = [](const char *tag, const QStringList &names, const QString &ascending) {
        QTest::addRow("%s", tag) << names << ascending;
    };
    add("digit runs by value",
        {QStringLiteral("Finance Events 29"), QStringLiteral("Finance Events 3"), QStringLiteral("Finance Events 10")},
        QStringLiteral("Finance Events 3|Finance Events 10|Finance Events 29"));
    add("case and accents folded",
        {QStringLiteral("émile 2"), QStringLiteral("Emile 10"), QStringLiteral("EMILE 1")},
        QStringLiteral("EMILE 1|émile 2|Emile 10"));
    add("leading zeros count for nothing",
        {QStringLiteral("Batch 010"), QStringLiteral("Batch 9"), QStringLiteral("Batch 0011")},
        QStringLiteral("Batch 9|Batch 010|Batch 0011"));
    add("shorter prefix first",
        {QStringLiteral("Q10 Sales"), QStringLiteral("Q2 Sales"), QStringLiteral("Q2")},
        QStringLiteral("Q2|Q2 Sales|Q10 Sales"));
    add("numbers beyond 64 bits",
        {QStringLiteral("Run 123456789012345678901234"), QStringLiteral("Run 999"), QStringLiteral("Run 99")},
        QStringLiteral("Run 99|Run 999|Run 123456789012345678901234"));
    add("digits before letters",
        {QStringLiteral("Ledger B"), QStringLiteral("Ledger 7"), QStringLiteral("Ledger a")},
        QStringLiteral("Ledger 7|Ledger a|Ledger B"));
}

// The texts of `column` that are among `names`, top to bottom, joined by "|": the order of
// the renamed entities, whatever else the table holds.
inline QString orderOf(const QAbstractItemModel &model, int column, const QStringList &names)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString text = model.index(row, column).data().toString();
        if (names.contains(text))
            texts.append(text);
    }
    return texts.join(QLatin1Char('|'));
}

inline QString reversedText(const QString &joined)
{
    QStringList parts = joined.split(QLatin1Char('|'));
    std::reverse(parts.begin(), parts.end());
    return parts.join(QLatin1Char('|'));
}

// A generated organisation (over 256 rows where it matters).
inline Snapshot demoOrganisation(int accounts, int teams, int datastores, quint64 seed)
{
    DemoOptions options;
    options.accounts = accounts;
    options.teams = teams;
    options.datastores = datastores;
    options.seed = seed;
    return generateDemo(options);
}

// The display texts of one column, top to bottom, joined by "|": whole columns compared as
// text read like the expectation they are checked against.
inline QString columnText(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data().toString());
    return texts.join(QLatin1Char('|'));
}

} // namespace Gatehouse::Test

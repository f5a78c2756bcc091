// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminsupport.h"
#include "commands.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse::Ctl {

namespace {

QCommandLineOption valueOption(const QString &name, const QString &description, const QString &value)
{
    return QCommandLineOption(name, description, value);
}

// Subjects -> account ids, names -> datastore ids; the first unknown one is the error.
Result<QList<Id>> memberIds(const Snapshot &snapshot, const QString &option, const QStringList &subjects)
{
    QList<Id> ids;
    for (const QString &subject : subjects) {
        const Result<const Account *> account = accountBySubject(snapshot, option, subject);
        if (!account)
            return account.error();
        ids.append((*account)->id);
    }
    return ids;
}

Result<QList<Id>> datastoreIds(const Snapshot &snapshot, const QString &option, const QStringList &names)
{
    QList<Id> ids;
    for (const QString &name : names) {
        const Result<const Datastore *> datastore = datastoreByName(snapshot, option, name);
        if (!datastore)
            return datastore.error();
        ids.append((*datastore)->id);
    }
    return ids;
}

// The one positional NAME of "team update/delete/show".
std::optional<int> singleName(CommandLine &cl, QString &name)
{
    const QStringList names = cl.parser().positionalArguments();
    if (names.size() != 1)
        return cl.usageError(names.isEmpty() ? u"No team name given."_s : u"Give one team name."_s);
    name = names.first();
    return std::nullopt;
}

int runCreate(const QStringList &arguments)
{
    CommandLine cl(u"team create"_s,
                   u"team create [--db URL] --name N --permission L [--description D] "
                   "[--member SUBJECT]... [--datastore NAME]... [--dry-run]"_s,
                   u"Creates a team. --member and --datastore give its whole member and datastore "
                   "sets. Admins only."_s);
    cl.addDatabaseOption();
    cl.parser().addOption(valueOption(u"name"_s, u"Team name, unique ignoring case."_s, u"N"_s));
    cl.parser().addOption(valueOption(u"permission"_s, u"Reporter, Viewer, Drafter, Author or Editor."_s, u"L"_s));
    cl.parser().addOption(valueOption(u"description"_s, u"Description, up to 1000 characters."_s, u"D"_s));
    cl.parser().addOption(valueOption(u"member"_s, u"Subject of a member account (repeatable)."_s, u"SUBJECT"_s));
    cl.parser().addOption(valueOption(u"datastore"_s, u"Name of a datastore (repeatable)."_s, u"NAME"_s));
    addDryRunOption(cl);
    if (const auto stop = cl.parse(arguments))
        return *stop;
    if (!cl.parser().positionalArguments().isEmpty())
        return cl.usageError(u"Unexpected argument '%1'."_s.arg(cl.parser().positionalArguments().first()));
    if (!cl.parser().isSet(u"name"_s))
        return cl.usageError(u"Missing --name."_s);
    if (!cl.parser().isSet(u"permission"_s))
        return cl.usageError(u"Missing --permission."_s);

    Result<Organisation> org = loadOrganisation(cl.databaseUrl());
    if (!org)
        return fail(org.error());
    const Result<Level> level = levelByName(u"--permission"_s, cl.parser().value(u"permission"_s));
    if (!level)
        return cl.usageError(level.error().message); // a value outside the choices is a usage error
    const Result<QList<Id>> members = memberIds(org->snapshot, u"--member"_s, cl.parser().values(u"member"_s));
    if (!members)
        return fail(members.error());
    const Result<QList<Id>> datastores = datastoreIds(org->snapshot, u"--datastore"_s, cl.parser().values(u"datastore"_s));
    if (!datastores)
        return fail(datastores.error());
    Team team;
    team.name = cl.parser().value(u"name"_s);
    team.description = cl.parser().value(u"description"_s);
    team.permission = *level;
    team.members = *members;
    team.datastores = *datastores;
    return runChange(cl, *org, Command::createTeam(team));
}

int runUpdate(const QStringList &arguments)
{
    CommandLine cl(u"team update"_s,
                   u"team update [--db URL] NAME [--rename NEW] [--permission L] [--description D] "
                   "[--add-member S]... [--remove-member S]... [--add-datastore N]... "
                   "[--remove-datastore N]... [--dry-run]"_s,
                   u"Changes a team named NAME (ignoring case). Admins only. The Public team keeps "
                   "its name and members."_s);
    cl.addDatabaseOption();
    cl.parser().addOption(valueOption(u"rename"_s, u"New name."_s, u"NEW"_s));
    cl.parser().addOption(valueOption(u"permission"_s, u"Reporter, Viewer, Drafter, Author or Editor."_s, u"L"_s));
    cl.parser().addOption(valueOption(u"description"_s, u"New description."_s, u"D"_s));
    cl.parser().addOption(valueOption(u"add-member"_s, u"Subject of an account to add (repeatable)."_s, u"S"_s));
    cl.parser().addOption(valueOption(u"remove-member"_s, u"Subject of an account to remove (repeatable)."_s, u"S"_s));
    cl.parser().addOption(valueOption(u"add-datastore"_s, u"Datastore to add (repeatable)."_s, u"N"_s));
    cl.parser().addOption(valueOption(u"remove-datastore"_s, u"Datastore to remove (repeatable)."_s, u"N"_s));
    cl.parser().addPositionalArgument(u"NAME"_s, u"The team."_s);
    addDryRunOption(cl);
    if (const auto stop = cl.parse(arguments))
        return *stop;
    QString name;
    if (const auto stop = singleName(cl, name))
        return *stop;

    Result<Organisation> org = loadOrganisation(cl.databaseUrl());
    if (!org)
        return fail(org.error());
    const Snapshot &snapshot = org->snapshot;
    const Result<const Team *> found = teamByName(snapshot, u"team"_s, name);
    if (!found)
        return fail(found.error());
    Team team = **found;
    const QCommandLineParser &p = cl.parser();
    if (p.isSet(u"rename"_s))
        team.name = p.value(u"rename"_s);
    if (p.isSet(u"description"_s))
        team.description = p.value(u"description"_s);
    if (p.isSet(u"permission"_s)) {
        const Result<Level> level = levelByName(u"--permission"_s, p.value(u"permission"_s));
        if (!level)
            return cl.usageError(level.error().message); // a value outside the choices is a usage error
        team.permission = *level;
    }
    const Result<QList<Id>> addMembers = memberIds(snapshot, u"--add-member"_s, p.values(u"add-member"_s));
    const Result<QList<Id>> removeMembers = memberIds(snapshot, u"--remove-member"_s, p.values(u"remove-member"_s));
    const Result<QList<Id>> addDatastores = datastoreIds(snapshot, u"--add-datastore"_s, p.values(u"add-datastore"_s));
    const Result<QList<Id>> removeDatastores = datastoreIds(snapshot, u"--remove-datastore"_s, p.values(u"remove-datastore"_s));
    for (const auto *ids : {&addMembers, &removeMembers, &addDatastores, &removeDatastores}) {
        if (!*ids)
            return fail(ids->error());
    }
    // Core refuses member edits on Public: pass them on so the refusal names the rule.
    team.members += *addMembers;
    for (Id id : *removeMembers) {
        if (team.isPublic)
            team.members.append(id);
        else
            team.members.removeAll(id);
    }
    team.datastores += *addDatastores;
    for (Id id : *removeDatastores)
        team.datastores.removeAll(id);
    return runChange(cl, *org, Command::updateTeam(team));
}

int runDelete(const QStringList &arguments)
{
    CommandLine cl(u"team delete"_s, u"team delete [--db URL] NAME [--dry-run]"_s,
                   u"Deletes a team; its members lose the access it gave. Admins only."_s);
    cl.addDatabaseOption();
    cl.parser().addPositionalArgument(u"NAME"_s, u"The team."_s);
    addDryRunOption(cl);
    if (const auto stop = cl.parse(arguments))
        return *stop;
    QString name;
    if (const auto stop = singleName(cl, name))
        return *stop;
    Result<Organisation> org = loadOrganisation(cl.databaseUrl());
    if (!org)
        return fail(org.error());
    const Result<const Team *> found = teamByName(org->snapshot, u"team"_s, name);
    if (!found)
        return fail(found.error());
    return runChange(cl, *org, Command::deleteTeam((*found)->id, (*found)->version));
}

int runList(const QStringList &arguments)
{
    CommandLine cl(u"team list"_s, u"team list [--db URL]"_s,
                   u"Lists the teams: id, permission, number of members and datastores, name."_s);
    cl.addDatabaseOption();
    if (const auto stop = cl.parse(arguments))
        return *stop;
    if (!cl.parser().positionalArguments().isEmpty())
        return cl.usageError(u"Unexpected argument '%1'."_s.arg(cl.parser().positionalArguments().first()));
    Result<Organisation> org = loadOrganisation(cl.databaseUrl());
    if (!org)
        return fail(org.error());
    QString text = u"%1  %2  %3  %4  %5\n"_s.arg(u"ID"_s.rightJustified(6), u"PERMISSION"_s.leftJustified(10),
                                                  u"MEMBERS"_s.rightJustified(7), u"DATASTORES"_s.rightJustified(10),
                                                  u"NAME"_s);
    for (const Team &team : std::as_const(org->snapshot.teams)) {
        const QString members = team.isPublic ? u"all"_s : QString::number(team.members.size());
        text += u"%1  %2  %3  %4  %5\n"_s.arg(QString::number(team.id).rightJustified(6),
                                               levelName(team.permission).leftJustified(10),
                                               members.rightJustified(7),
                                               QString::number(team.datastores.size()).rightJustified(10),
                                               team.name);
    }
    printOut(text);
    return ExitOk;
}

int runShow(const QStringList &arguments)
{
    CommandLine cl(u"team show"_s, u"team show [--db URL] NAME"_s,
                   u"Shows a team: its level, description, members and datastores."_s);
    cl.addDatabaseOption();
    cl.parser().addPositionalArgument(u"NAME"_s, u"The team."_s);
    if (const auto stop = cl.parse(arguments))
        return *stop;
    QString name;
    if (const auto stop = singleName(cl, name))
        return *stop;
    Result<Organisation> org = loadOrganisation(cl.databaseUrl());
    if (!org)
        return fail(org.error());
    const Snapshot &s = org->snapshot;
    const Result<const Team *> found = teamByName(s, u"team"_s, name);
    if (!found)
        return fail(found.error());
    const Team &team = **found;
    QString text = u"Team:        %1\nId:          %2\nPermission:  %3\nDescription: %4\nCreated:     %5\n"_s.arg(
        team.name, QString::number(team.id), levelName(team.permission), team.description,
        formatTimestamp(team.created));
    if (team.isPublic) {
        text += u"Members:     every account (%1)\n"_s.arg(s.accounts.size());
    } else {
        text += u"Members:     %1\n"_s.arg(team.members.size());
        for (const Account &a : s.accounts) {
            if (std::binary_search(team.members.cbegin(), team.members.cend(), a.id))
                text += u"  %1  %2%3\n"_s.arg(a.subject, a.name, a.isActive() ? QString() : u" (deactivated)"_s);
        }
    }
    text += u"Datastores:  %1\n"_s.arg(team.datastores.size());
    for (const Datastore &d : s.datastores) {
        if (team.datastores.contains(d.id))
            text += u"  "_s + d.name + u'\n';
    }
    printOut(text);
    return ExitOk;
}

} // namespace

int runTeam(const QStringList &arguments)
{
    return dispatch(u"team"_s,
                    {{u"create", runCreate, u"Create a team"},
                     {u"update", runUpdate, u"Change a team's name, level, description, members, datastores"},
                     {u"delete", runDelete, u"Delete a team"},
                     {u"list", runList, u"List the teams"},
                     {u"show", runShow, u"Show a team with its members and datastores"}},
                    arguments);
}

} // namespace Gatehouse::Ctl

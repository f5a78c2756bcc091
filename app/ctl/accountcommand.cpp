// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminsupport.h"
#include "commands.h"

using namespace Qt::StringLiterals;

namespace Gatehouse::Ctl {

namespace {

// Team names (ignoring case) -> ids; the first unknown one is the error.
Result<QList<Id>> teamIds(const Snapshot &snapshot, const QStringList &names)
{
    QList<Id> ids;
    for (const QString &name : names) {
        const Result<const Team *> team = teamByName(snapshot, u"--team"_s, name);
        if (!team)
            return team.error();
        ids.append((*team)->id);
    }
    return ids;
}

// Parses "account <command> [--db URL] SUBJECT <extra positionals>".
std::optional<int> parseSubject(CommandLine &cl, const QStringList &arguments, int positionals,
                                const QString &missing)
{
    cl.addDatabaseOption();
    if (const auto stop = cl.parse(arguments))
        return *stop;
    const QStringList given = cl.parser().positionalArguments();
    if (given.size() < positionals)
        return cl.usageError(missing);
    if (given.size() > positionals)
        return cl.usageError(u"Unexpected argument '%1'."_s.arg(given.at(positionals)));
    return std::nullopt;
}

int runList(const QStringList &arguments)
{
    CommandLine cl(u"account list"_s, u"account list [--db URL]"_s,
                   u"Lists the accounts: id, role, type, status, subject and name."_s);
    if (const auto stop = parseSubject(cl, arguments, 0, {}))
        return *stop;
    Result<Organisation> org = loadOrganisation(cl.databaseUrl());
    if (!org)
        return fail(org.error());
    QString text = u"%1  %2  %3  %4  %5  %6\n"_s.arg(u"ID"_s.rightJustified(6), u"ROLE"_s.leftJustified(7),
                                                      u"TYPE"_s.leftJustified(7), u"STATUS"_s.leftJustified(11),
                                                      u"SUBJECT"_s, u"NAME"_s);
    for (const Account &a : std::as_const(org->snapshot.accounts)) {
        text += u"%1  %2  %3  %4  %5  %6\n"_s.arg(QString::number(a.id).rightJustified(6),
                                                   roleName(a.role).leftJustified(7),
                                                   accountTypeName(a.type).leftJustified(7),
                                                   (a.isActive() ? u"active"_s : u"deactivated"_s).leftJustified(11),
                                                   a.subject.isNull() ? u"-"_s : a.subject, a.name);
    }
    printOut(text);
    return ExitOk;
}

int runSetRole(const QStringList &arguments)
{
    CommandLine cl(u"account set-role"_s, u"account set-role [--db URL] SUBJECT ROLE [--dry-run]"_s,
                   u"Sets an account's role: Admin, Manager or Member. Admins only; nobody changes "
                   "their own role, and the last active Admin stays one."_s);
    cl.parser().addPositionalArgument(u"SUBJECT"_s, u"The account's subject."_s);
    cl.parser().addPositionalArgument(u"ROLE"_s, u"Admin, Manager or Member."_s);
    addDryRunOption(cl);
    if (const auto stop = parseSubject(cl, arguments, 2, u"Give the account's subject and the role."_s))
        return *stop;
    const QStringList given = cl.parser().positionalArguments();
    Result<Organisation> org = loadOrganisation(cl.databaseUrl());
    if (!org)
        return fail(org.error());
    const Result<const Account *> account = accountBySubject(org->snapshot, u"account"_s, given.at(0));
    if (!account)
        return fail(account.error());
    const Result<Role> role = roleByName(u"role"_s, given.at(1));
    if (!role)
        return cl.usageError(role.error().message); // a value outside the choices is a usage error
    return runChange(cl, *org, Command::setRole((*account)->id, *role, (*account)->version));
}

int runSetTeams(const QStringList &arguments)
{
    CommandLine cl(u"account set-teams"_s, u"account set-teams [--db URL] SUBJECT [--team T]... [--dry-run]"_s,
                   u"Sets the teams an account is in: exactly the --team ones (none: Public only). "
                   "Admins only."_s);
    cl.parser().addPositionalArgument(u"SUBJECT"_s, u"The account's subject."_s);
    cl.parser().addOption(QCommandLineOption(u"team"_s, u"A team to be in (repeatable)."_s, u"T"_s));
    addDryRunOption(cl);
    if (const auto stop = parseSubject(cl, arguments, 1, u"No account subject given."_s))
        return *stop;
    Result<Organisation> org = loadOrganisation(cl.databaseUrl());
    if (!org)
        return fail(org.error());
    const Result<const Account *> account = accountBySubject(org->snapshot, u"account"_s,
                                                             cl.parser().positionalArguments().at(0));
    if (!account)
        return fail(account.error());
    const Result<QList<Id>> teams = teamIds(org->snapshot, cl.parser().values(u"team"_s));
    if (!teams)
        return fail(teams.error());
    return runChange(cl, *org, Command::setAccountTeams((*account)->id, *teams, (*account)->version));
}

int runSetActive(const QStringList &arguments, bool active)
{
    const QString name = active ? u"reactivate"_s : u"deactivate"_s;
    CommandLine cl(u"account "_s + name, u"account %1 [--db URL] SUBJECT [--dry-run]"_s.arg(name),
                   active ? u"Reactivates an account: its role and teams apply again. Admins only."_s
                          : u"Deactivates an account: it keeps its role and teams but loses all "
                            "access. Admins only; the last active Admin stays active."_s);
    cl.parser().addPositionalArgument(u"SUBJECT"_s, u"The account's subject."_s);
    addDryRunOption(cl);
    if (const auto stop = parseSubject(cl, arguments, 1, u"No account subject given."_s))
        return *stop;
    Result<Organisation> org = loadOrganisation(cl.databaseUrl());
    if (!org)
        return fail(org.error());
    const Result<const Account *> account = accountBySubject(org->snapshot, u"account"_s,
                                                             cl.parser().positionalArguments().at(0));
    if (!account)
        return fail(account.error());
    const Id id = (*account)->id;
    const int version = (*account)->version;
    return runChange(cl, *org, active ? Command::reactivate(id, version) : Command::deactivate(id, version));
}

int runDeactivate(const QStringList &arguments)
{
    return runSetActive(arguments, false);
}

int runReactivate(const QStringList &arguments)
{
    return runSetActive(arguments, true);
}

int runServiceCreate(const QStringList &arguments)
{
    CommandLine cl(u"service create"_s,
                   u"service create [--db URL] --name N --role R [--team T]... [--dry-run]"_s,
                   u"Creates a service account named N with the identifier derived from it "
                   "(\"Pipeline Automation\" -> pipeline_automation@service), in the given teams "
                   "and Public. Admins only."_s);
    cl.parser().addOption(QCommandLineOption(u"name"_s, u"Display name."_s, u"N"_s));
    cl.parser().addOption(QCommandLineOption(u"role"_s, u"Admin, Manager or Member."_s, u"R"_s));
    cl.parser().addOption(QCommandLineOption(u"team"_s, u"A team to be in (repeatable)."_s, u"T"_s));
    addDryRunOption(cl);
    if (const auto stop = parseSubject(cl, arguments, 0, {}))
        return *stop;
    if (!cl.parser().isSet(u"name"_s))
        return cl.usageError(u"Missing --name."_s);
    if (!cl.parser().isSet(u"role"_s))
        return cl.usageError(u"Missing --role."_s);
    Result<Organisation> org = loadOrganisation(cl.databaseUrl());
    if (!org)
        return fail(org.error());
    const Result<Role> role = roleByName(u"--role"_s, cl.parser().value(u"role"_s));
    if (!role)
        return cl.usageError(role.error().message); // a value outside the choices is a usage error
    const Result<QList<Id>> teams = teamIds(org->snapshot, cl.parser().values(u"team"_s));
    if (!teams)
        return fail(teams.error());
    return runChange(cl, *org, Command::createServiceAccount(cl.parser().value(u"name"_s), *role, *teams));
}

} // namespace

int runAccount(const QStringList &arguments)
{
    return dispatch(u"account"_s,
                    {{u"list", runList, u"List the accounts"},
                     {u"set-role", runSetRole, u"Set an account's role"},
                     {u"set-teams", runSetTeams, u"Set the teams an account is in"},
                     {u"deactivate", runDeactivate, u"Deactivate an account"},
                     {u"reactivate", runReactivate, u"Reactivate an account"}},
                    arguments);
}

int runService(const QStringList &arguments)
{
    return dispatch(u"service"_s, {{u"create", runServiceCreate, u"Create a service account"}}, arguments);
}

} // namespace Gatehouse::Ctl

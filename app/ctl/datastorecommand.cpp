// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminsupport.h"
#include "commands.h"

using namespace Qt::StringLiterals;

namespace Gatehouse::Ctl {

namespace {

std::optional<int> parseArguments(CommandLine &cl, const QStringList &arguments, int positionals)
{
    cl.addDatabaseOption();
    if (const auto stop = cl.parse(arguments))
        return *stop;
    const QStringList given = cl.parser().positionalArguments();
    if (given.size() < positionals)
        return cl.usageError(u"No datastore name given."_s);
    if (given.size() > positionals)
        return cl.usageError(u"Unexpected argument '%1'."_s.arg(given.at(positionals)));
    return std::nullopt;
}

int runCreate(const QStringList &arguments)
{
    CommandLine cl(u"datastore create"_s,
                   u"datastore create [--db URL] --name N --kind source|enrichment --connection C [--dry-run]"_s,
                   u"Creates a datastore (in no team: only Admins reach it until a team holds it). "
                   "Admins and Managers."_s);
    cl.parser().addOption(QCommandLineOption(u"name"_s, u"Datastore name, unique ignoring case."_s, u"N"_s));
    cl.parser().addOption(QCommandLineOption(u"kind"_s, u"source or enrichment."_s, u"KIND"_s));
    cl.parser().addOption(QCommandLineOption(u"connection"_s, u"Connection type, e.g. Snowflake."_s, u"C"_s));
    addDryRunOption(cl);
    if (const auto stop = parseArguments(cl, arguments, 0))
        return *stop;
    for (const QString &required : {u"name"_s, u"kind"_s, u"connection"_s}) {
        if (!cl.parser().isSet(required))
            return cl.usageError(u"Missing --%1."_s.arg(required));
    }
    Result<Organisation> org = loadOrganisation(cl.databaseUrl());
    if (!org)
        return fail(org.error());
    const Result<DatastoreKind> kind = kindByName(u"--kind"_s, cl.parser().value(u"kind"_s));
    if (!kind)
        return cl.usageError(kind.error().message); // a value outside the choices is a usage error
    Datastore datastore;
    datastore.name = cl.parser().value(u"name"_s);
    datastore.kind = *kind;
    datastore.connection = cl.parser().value(u"connection"_s);
    return runChange(cl, *org, Command::createDatastore(datastore));
}

int runUpdate(const QStringList &arguments)
{
    CommandLine cl(u"datastore update"_s,
                   u"datastore update [--db URL] NAME [--rename NEW] [--kind source|enrichment] "
                   "[--connection C] [--dry-run]"_s,
                   u"Changes a datastore named NAME (ignoring case). Admins and Managers."_s);
    cl.parser().addPositionalArgument(u"NAME"_s, u"The datastore."_s);
    cl.parser().addOption(QCommandLineOption(u"rename"_s, u"New name."_s, u"NEW"_s));
    cl.parser().addOption(QCommandLineOption(u"kind"_s, u"source or enrichment."_s, u"KIND"_s));
    cl.parser().addOption(QCommandLineOption(u"connection"_s, u"Connection type."_s, u"C"_s));
    addDryRunOption(cl);
    if (const auto stop = parseArguments(cl, arguments, 1))
        return *stop;
    Result<Organisation> org = loadOrganisation(cl.databaseUrl());
    if (!org)
        return fail(org.error());
    const Result<const Datastore *> found = datastoreByName(org->snapshot, u"datastore"_s,
                                                            cl.parser().positionalArguments().at(0));
    if (!found)
        return fail(found.error());
    Datastore datastore = **found;
    if (cl.parser().isSet(u"rename"_s))
        datastore.name = cl.parser().value(u"rename"_s);
    if (cl.parser().isSet(u"connection"_s))
        datastore.connection = cl.parser().value(u"connection"_s);
    if (cl.parser().isSet(u"kind"_s)) {
        const Result<DatastoreKind> kind = kindByName(u"--kind"_s, cl.parser().value(u"kind"_s));
        if (!kind)
            return cl.usageError(kind.error().message); // a value outside the choices is a usage error
        datastore.kind = *kind;
    }
    return runChange(cl, *org, Command::updateDatastore(datastore));
}

int runDelete(const QStringList &arguments)
{
    CommandLine cl(u"datastore delete"_s, u"datastore delete [--db URL] NAME [--dry-run]"_s,
                   u"Deletes a datastore and removes it from every team. Admins only."_s);
    cl.parser().addPositionalArgument(u"NAME"_s, u"The datastore."_s);
    addDryRunOption(cl);
    if (const auto stop = parseArguments(cl, arguments, 1))
        return *stop;
    Result<Organisation> org = loadOrganisation(cl.databaseUrl());
    if (!org)
        return fail(org.error());
    const Result<const Datastore *> found = datastoreByName(org->snapshot, u"datastore"_s,
                                                            cl.parser().positionalArguments().at(0));
    if (!found)
        return fail(found.error());
    return runChange(cl, *org, Command::deleteDatastore((*found)->id, (*found)->version));
}

} // namespace

int runDatastore(const QStringList &arguments)
{
    return dispatch(u"datastore"_s,
                    {{u"create", runCreate, u"Create a datastore"},
                     {u"update", runUpdate, u"Change a datastore's name, kind or connection"},
                     {u"delete", runDelete, u"Delete a datastore"}},
                    arguments);
}

} // namespace Gatehouse::Ctl

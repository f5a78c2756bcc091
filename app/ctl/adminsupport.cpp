// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminsupport.h"

#include "core/accessdiff.h"
#include "core/localidentity.h"
#include "core/textfold.h"
#include "repository/postgresgrants.h"

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Gatehouse::Ctl {

namespace {

QString quoted(const QString &value)
{
    return u'"' + value + u'"';
}

Error notFound(const QString &option, const QString &value, const QString &what)
{
    return makeError(Error::Code::NotFound, u"%1: %2 is not %3"_s.arg(option, quoted(value), what));
}

} // namespace

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

Result<Organisation> loadOrganisation(const QString &url)
{
    Result<std::unique_ptr<Repository>> repository = openDatabase(url, OpenMode::ExistingOnly);
    if (!repository)
        return repository.error();
    Result<Snapshot> snapshot = (*repository)->load();
    if (!snapshot)
        return snapshot.error();
    return Organisation{std::move(*repository), std::move(*snapshot)};
}

Result<const Team *> teamByName(const Snapshot &snapshot, const QString &option, const QString &name)
{
    const QString key = nameKey(name);
    for (const Team &team : snapshot.teams) {
        if (nameKey(team.name) == key)
            return &team;
    }
    return notFound(option, name, u"a team"_s);
}

Result<const Datastore *> datastoreByName(const Snapshot &snapshot, const QString &option, const QString &name)
{
    const QString key = nameKey(name);
    for (const Datastore &datastore : snapshot.datastores) {
        if (nameKey(datastore.name) == key)
            return &datastore;
    }
    return notFound(option, name, u"a datastore"_s);
}

Result<const Account *> accountBySubject(const Snapshot &snapshot, const QString &option, const QString &subject)
{
    for (const Account &account : snapshot.accounts) {
        if (account.subject == subject)
            return &account;
    }
    return notFound(option, subject, u"the subject of an account"_s);
}

Result<Level> levelByName(const QString &option, const QString &name)
{
    for (Level level : {Level::Reporter, Level::Viewer, Level::Drafter, Level::Author, Level::Editor}) {
        if (name.compare(levelName(level), Qt::CaseInsensitive) == 0)
            return level;
    }
    return makeError(Error::Code::Invalid,
                     u"%1: %2 is not a permission level (Reporter, Viewer, Drafter, Author, Editor)"_s.arg(
                         option, quoted(name)));
}

Result<Role> roleByName(const QString &option, const QString &name)
{
    for (Role role : {Role::Admin, Role::Manager, Role::Member}) {
        if (name.compare(roleName(role), Qt::CaseInsensitive) == 0)
            return role;
    }
    return makeError(Error::Code::Invalid,
                     u"%1: %2 is not a role (Admin, Manager, Member)"_s.arg(option, quoted(name)));
}

Result<DatastoreKind> kindByName(const QString &option, const QString &name)
{
    for (DatastoreKind kind : {DatastoreKind::Source, DatastoreKind::Enrichment}) {
        if (name.compare(datastoreKindName(kind), Qt::CaseInsensitive) == 0)
            return kind;
    }
    return makeError(Error::Code::Invalid,
                     u"%1: %2 is not a datastore kind (source, enrichment)"_s.arg(option, quoted(name)));
}

void addDryRunOption(CommandLine &cl)
{
    cl.parser().addOption(QCommandLineOption(
        u"dry-run"_s, u"Show the change and its effect on access; change nothing."_s));
}

int fail(const Error &error)
{
    printError(error);
    return ExitError;
}

int runChange(CommandLine &cl, Organisation &organisation, const Command &command)
{
    const QString actor = localSubject();
    const Result<Plan> plan = AdminService::plan(organisation.snapshot, actor, command);
    if (!plan)
        return fail(plan.error());
    const Snapshot &before = organisation.snapshot;
    const QStringList access = diffAccess(before, plan->after).summaryLines(before, plan->after, 20);
    const bool dryRun = cl.parser().isSet(u"dry-run"_s);
    if (!dryRun) {
        const Result<CommitResult> committed = organisation.repository->commit(plan->changes, actor);
        if (!committed) // a role that may only read gets a sentence saying so
            return fail(explainWriteFailure(cl.databaseUrl(), committed.error()));
    }
    QString text = (dryRun ? u"Dry run, nothing changed: "_s : QString()) + plan->changes.summary + u'\n';
    for (const QString &line : access)
        text += u"  "_s + line + u'\n';
    printOut(text);
    return ExitOk;
}

int dispatch(const QString &group, const QList<SubCommand> &commands, const QStringList &arguments)
{
    const QString first = arguments.value(0);
    if (first == u"-h" || first == u"--help" || first == u"help") {
        QString text = u"Usage: gatehousectl %1 COMMAND [options]\n\nCommands:\n"_s.arg(group);
        for (const SubCommand &c : commands)
            text += u"  "_s + c.name.toString().leftJustified(12) + c.summary.toString() + u'\n';
        text += u"\n'gatehousectl %1 COMMAND --help' describes a command.\n"_s.arg(group);
        printOut(text);
        return ExitOk;
    }
    for (const SubCommand &c : commands) {
        if (first == c.name)
            return c.run(arguments.mid(1));
    }
    const QString problem = first.isEmpty() ? u"No %1 command given."_s.arg(group)
                                            : u"Unknown %1 command '%2'."_s.arg(group, first);
    printError(problem + u" Try 'gatehousectl %1 --help'."_s.arg(group));
    return ExitUsage;
}

} // namespace Gatehouse::Ctl

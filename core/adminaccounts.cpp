// SPDX-License-Identifier: GPL-3.0-or-later
// AdminService: account commands (domain.md, "Accounts" and "Roles").
#include "core/adminplanning.h"

#include "core/validation.h"

using namespace Qt::StringLiterals;

namespace Gatehouse::AdminPlanning {

namespace {

QString lastAdmin(const Account &account)
{
    return u"%1 is the last active Admin; make another account Admin first."_s.arg(accountLabel(account));
}

bool isLastActiveHumanAdmin(const Snapshot &snapshot, const Account &account)
{
    return account.isActive() && account.role == Role::Admin && account.type == AccountType::Human
           && snapshot.activeHumanAdminCount() == 1;
}

Result<qsizetype> findAccount(const Context &context, const Command &command)
{
    const qsizetype pos = indexOfId(context.current.accounts, command.target);
    if (pos < 0)
        return notFound(u"account %1 does not exist"_s.arg(command.target));
    const Account &account = context.current.accounts.at(pos);
    if (auto r = checkVersion(u"account "_s + quoted(accountLabel(account)), account.version,
                              command.expectedVersion);
        !r)
        return r.error();
    return pos;
}

// Explicit teams (Public is implied and never listed), checked to exist.
Result<QList<Id>> explicitTeams(const Context &context, const QList<Id> &requested)
{
    QList<Id> teams = sortedUnique(requested);
    if (auto r = checkTeamIds(u"teams"_s, teams, context.current); !r)
        return r.error();
    const qsizetype publicPos = context.current.publicTeamIndex();
    if (publicPos >= 0)
        teams.removeAll(context.current.teams.at(publicPos).id);
    return teams;
}

// Team entries moving `accountId` from its current teams to `wanted` (explicit teams).
QList<ChangeSet::Entry<Team>> membershipEntries(const Snapshot &snapshot, Id accountId,
                                                const QList<Id> &wanted)
{
    QList<ChangeSet::Entry<Team>> entries;
    for (const Team &team : snapshot.teams) {
        if (team.isPublic)
            continue;
        const bool is = containsSorted(team.members, accountId);
        const bool shouldBe = containsSorted(wanted, team.id);
        if (is == shouldBe)
            continue;
        Team after = team;
        if (shouldBe)
            after.members.insert(std::lower_bound(after.members.begin(), after.members.end(), accountId), accountId);
        else
            after.members.removeOne(accountId);
        after.version = team.version + 1;
        entries.append({team, after});
    }
    return entries;
}

QList<Id> teamsOf(const Snapshot &snapshot, Id accountId)
{
    QList<Id> teams;
    for (const Team &team : snapshot.teams) {
        if (!team.isPublic && containsSorted(team.members, accountId))
            teams.append(team.id);
    }
    return teams;
}

} // namespace

Result<Plan> planSetRole(const Context &context, const Command &command)
{
    const qsizetype pos = indexOfId(context.current.accounts, command.target);
    if (pos >= 0 && context.current.accounts.at(pos).id == context.actor.id)
        return denied(u"Nobody can change their own role."_s);
    const Result<qsizetype> found = findAccount(context, command);
    if (!found)
        return found.error();
    const Account &before = context.current.accounts.at(*found);
    if (command.role != Role::Admin && command.role != Role::Manager && command.role != Role::Member)
        return invalid(u"role: %1 is not a role"_s.arg(int(command.role)));
    if (command.role == before.role)
        return invalid(u"%1 already has the role %2"_s.arg(accountLabel(before), roleName(before.role)));
    if (before.role == Role::Admin && isLastActiveHumanAdmin(context.current, before))
        return invalid(lastAdmin(before));

    Account after = before;
    after.role = command.role;
    after.version = before.version + 1;
    ChangeSet changes;
    changes.summary = u"Changed the role of %1 from %2 to %3"_s.arg(
        accountLabel(before), roleName(before.role), roleName(after.role));
    changes.accounts.append({before, after});
    return finish(context, command, std::move(changes),
                  Command::setRole(before.id, before.role, after.version));
}

Result<Plan> planSetAccountTeams(const Context &context, const Command &command)
{
    const Result<qsizetype> found = findAccount(context, command);
    if (!found)
        return found.error();
    const Account &before = context.current.accounts.at(*found);
    const Result<QList<Id>> wanted = explicitTeams(context, command.teams);
    if (!wanted)
        return wanted.error();
    const QList<ChangeSet::Entry<Team>> teamEntries = membershipEntries(context.current, before.id, *wanted);
    if (teamEntries.isEmpty())
        return invalid(u"%1 is already in exactly these teams"_s.arg(accountLabel(before)));

    // The account's own entry carries no field change: it checks and bumps the account's
    // version, and gives its history the change.
    Account after = before;
    after.version = before.version + 1;
    ChangeSet changes;
    QStringList names;
    for (const Team &team : context.current.teams) {
        if (containsSorted(*wanted, team.id))
            names.append(quoted(team.name));
    }
    changes.summary = u"Set the teams of %1: %2"_s.arg(
        accountLabel(before), names.isEmpty() ? u"Public only"_s : names.join(u", "_s));
    changes.accounts.append({before, after});
    changes.teams = teamEntries;
    return finish(context, command, std::move(changes),
                  Command::setAccountTeams(before.id, teamsOf(context.current, before.id),
                                           after.version));
}

Result<Plan> planSetActive(const Context &context, const Command &command, bool active)
{
    const Result<qsizetype> found = findAccount(context, command);
    if (!found)
        return found.error();
    const Account &before = context.current.accounts.at(*found);
    if (before.isActive() == active) {
        return invalid(u"%1 is already %2"_s.arg(accountLabel(before),
                                                  active ? u"active"_s : u"deactivated"_s));
    }
    if (!active) {
        // A service account with active tokens cannot be deactivated (domain.md): refuse
        // here, naming the tokens to revoke, once tokens exist.
        if (isLastActiveHumanAdmin(context.current, before))
            return invalid(lastAdmin(before));
    }
    Account after = before;
    after.deactivated = active ? QDateTime() : context.now;
    after.version = before.version + 1;
    ChangeSet changes;
    changes.summary = (active ? u"Reactivated "_s : u"Deactivated "_s) + accountLabel(before);
    changes.accounts.append({before, after});
    return finish(context, command, std::move(changes),
                  active ? Command::deactivate(before.id, after.version)
                         : Command::reactivate(before.id, after.version));
}

Result<Plan> planCreateServiceAccount(const Context &context, const Command &command)
{
    const QString name = command.name.trimmed();
    if (auto r = checkName(u"name", command.name); !r)
        return r.error();
    const QString subject = serviceSubjectFor(name);
    if (subject == u"@service") {
        return invalid(u"name: %1 has no letter, digit or space to make a service identifier from"_s.arg(
            quoted(name)));
    }
    for (const Account &account : context.current.accounts) {
        if (account.subject == subject) {
            return invalid(u"name: %1 gives the identifier %2, already used by %3"_s.arg(
                quoted(name), quoted(subject), quoted(accountLabel(account))));
        }
    }
    if (command.role != Role::Admin && command.role != Role::Manager && command.role != Role::Member)
        return invalid(u"role: %1 is not a role"_s.arg(int(command.role)));
    const Result<QList<Id>> teams = explicitTeams(context, command.teams);
    if (!teams)
        return teams.error();

    Account account;
    account.id = nextId(context.current.accounts);
    account.subject = subject;
    account.name = name;
    account.type = AccountType::Service;
    account.role = command.role;
    account.created = context.now;
    account.version = 1;
    ChangeSet changes;
    changes.summary = u"Created service account %1 (%2)"_s.arg(quoted(name), subject);
    changes.accounts.append({std::nullopt, account});
    changes.teams = membershipEntries(context.current, account.id, *teams);
    Plan plan = finish(context, command, std::move(changes), Command::deactivate(account.id, 1));
    // The preview uses a predicted id; the repository assigns the real one to id 0, which
    // team entries of the same ChangeSet use to name the new account.
    plan.changes.accounts.first().after->id = 0;
    for (auto &entry : plan.changes.teams) {
        entry.after->members.removeOne(account.id);
        entry.after->members.prepend(0);
    }
    return plan;
}

} // namespace Gatehouse::AdminPlanning

// SPDX-License-Identifier: GPL-3.0-or-later
// AdminService: team commands (domain.md, "Team permissions").
#include "core/adminplanning.h"

#include "core/validation.h"

using namespace Qt::StringLiterals;

namespace Gatehouse::AdminPlanning {

namespace {

QString teamLabel(const Team &team)
{
    return u"team "_s + quoted(team.name);
}

// Fields every team must satisfy, new or edited; `selfId` is the team itself (0 = new).
Result<void> checkTeamFields(const Context &context, const Team &team, Id selfId)
{
    if (auto r = checkTeamName(team.name, context.current.teams, selfId); !r)
        return r;
    if (auto r = checkDescription(u"description", team.description); !r)
        return r;
    if (team.permission < Level::Reporter || team.permission > Level::Editor) {
        return invalid(u"permission: %1 is not a team permission level (Reporter to Editor)"_s.arg(
            quoted(levelName(team.permission))));
    }
    if (auto r = checkAccountIds(u"members"_s, team.members, context.current); !r)
        return r;
    return checkDatastoreIds(u"datastores"_s, team.datastores, context.current);
}

QString countText(qsizetype n, QStringView one, QStringView many)
{
    return QString::number(n) + u' ' + (n == 1 ? one : many).toString();
}

// "Updated team "Finance": renamed from "Fin", level Viewer -> Editor, +2 members".
QString updateSummary(const Team &before, const Team &after)
{
    QStringList parts;
    if (before.name != after.name)
        parts.append(u"renamed from "_s + quoted(before.name));
    if (before.permission != after.permission)
        parts.append(u"level %1 -> %2"_s.arg(levelName(before.permission), levelName(after.permission)));
    if (before.description != after.description)
        parts.append(u"description changed"_s);
    auto setChange = [&parts](const QList<Id> &from, const QList<Id> &to, QStringView one,
                              QStringView many) {
        qsizetype added = 0, removed = 0;
        for (Id id : to)
            added += containsSorted(from, id) ? 0 : 1;
        for (Id id : from)
            removed += containsSorted(to, id) ? 0 : 1;
        if (added)
            parts.append(u'+' + countText(added, one, many));
        if (removed)
            parts.append(u'-' + countText(removed, one, many));
    };
    setChange(before.members, after.members, u"member", u"members");
    setChange(before.datastores, after.datastores, u"datastore", u"datastores");
    return u"Updated team "_s + quoted(after.name)
           + (parts.isEmpty() ? QString() : u": "_s + parts.join(u", "_s));
}

} // namespace

Result<Plan> planCreateTeam(const Context &context, const Command &command)
{
    Team team = command.team;
    team.name = team.name.trimmed();
    team.members = sortedUnique(team.members);
    team.datastores = sortedUnique(team.datastores);
    if (team.isPublic)
        return invalid(u"The Public team already exists; a new team cannot be public."_s);
    if (auto r = checkTeamFields(context, team, 0); !r)
        return r.error();
    if (command.target != 0) {
        const qsizetype taken = indexOfId(context.current.teams, command.target);
        if (taken >= 0) {
            return makeError(Error::Code::Conflict,
                             u"team id %1 is already used by %2"_s.arg(command.target).arg(
                                 teamLabel(context.current.teams.at(taken))));
        }
    }
    team.id = command.target != 0 ? command.target : nextId(context.current.teams);
    if (!team.created.isValid()) // the inverse of a delete brings back the old time
        team.created = context.now;
    team.version = 1;

    ChangeSet changes;
    changes.summary = u"Created team "_s + quoted(team.name);
    changes.teams.append({std::nullopt, team});
    Plan plan = finish(context, command, std::move(changes), Command::deleteTeam(team.id, 1));
    // The preview uses a predicted id; the repository assigns the real one.
    if (command.target == 0)
        plan.changes.teams.first().after->id = 0;
    return plan;
}

Result<Plan> planUpdateTeam(const Context &context, const Command &command)
{
    const qsizetype pos = indexOfId(context.current.teams, command.target);
    if (pos < 0)
        return notFound(u"team %1 does not exist"_s.arg(command.target));
    const Team &before = context.current.teams.at(pos);
    if (auto r = checkVersion(teamLabel(before), before.version, command.expectedVersion); !r)
        return r.error();

    Team after = command.team;
    after.id = before.id;
    after.name = after.name.trimmed();
    after.members = sortedUnique(after.members);
    after.datastores = sortedUnique(after.datastores);
    after.created = before.created;
    after.version = before.version + 1;
    if (before.isPublic) {
        // Only its level, description and datastores can change (domain.md).
        if (after.name != before.name)
            return invalid(u"The Public team cannot be renamed."_s);
        if (!after.members.isEmpty())
            return invalid(u"The Public team's members cannot be edited: every account is a member."_s);
        after.isPublic = true;
    } else if (after.isPublic) {
        return invalid(u"Only the Public team is public; %1 cannot become public."_s.arg(teamLabel(before)));
    }
    if (auto r = checkTeamFields(context, after, before.id); !r)
        return r.error();
    Team unchanged = before;
    unchanged.version = after.version;
    if (after == unchanged)
        return invalid(u"%1: nothing to change"_s.arg(teamLabel(before)));

    ChangeSet changes;
    changes.summary = updateSummary(before, after);
    changes.teams.append({before, after});
    Team restore = before;
    restore.version = after.version;
    return finish(context, command, std::move(changes), Command::updateTeam(restore));
}

Result<Plan> planDeleteTeam(const Context &context, const Command &command)
{
    const qsizetype pos = indexOfId(context.current.teams, command.target);
    if (pos < 0)
        return notFound(u"team %1 does not exist"_s.arg(command.target));
    const Team &before = context.current.teams.at(pos);
    if (before.isPublic)
        return invalid(u"The Public team cannot be deleted."_s);
    if (auto r = checkVersion(teamLabel(before), before.version, command.expectedVersion); !r)
        return r.error();

    ChangeSet changes;
    changes.summary = u"Deleted team "_s + quoted(before.name);
    changes.teams.append({before, std::nullopt});
    // Undo recreates it under its old id, with its members, datastores and created time.
    Team recreate = before;
    recreate.version = 1;
    return finish(context, command, std::move(changes), Command::createTeam(recreate));
}

} // namespace Gatehouse::AdminPlanning

// SPDX-License-Identifier: GPL-3.0-or-later
// AdminService: datastore commands (domain.md, "Datastores").
#include "core/adminplanning.h"

#include "core/validation.h"

using namespace Qt::StringLiterals;

namespace Gatehouse::AdminPlanning {

namespace {

QString datastoreLabel(const Datastore &datastore)
{
    return u"datastore "_s + quoted(datastore.name);
}

Result<void> checkDatastoreFields(const Context &context, const Datastore &datastore, Id selfId)
{
    if (auto r = checkDatastoreName(datastore.name, context.current.datastores, selfId); !r)
        return r;
    if (datastore.kind != DatastoreKind::Source && datastore.kind != DatastoreKind::Enrichment)
        return invalid(u"kind: %1 is not a datastore kind (source or enrichment)"_s.arg(int(datastore.kind)));
    if (datastore.connection.size() > MaxNameLength) {
        return invalid(u"connection: %1 has %2 characters, at most %3"_s.arg(
            quoted(datastore.connection.left(40) + u"..."_s))
                           .arg(datastore.connection.size())
                           .arg(MaxNameLength));
    }
    return {};
}

Result<qsizetype> findDatastore(const Context &context, const Command &command)
{
    const qsizetype pos = indexOfId(context.current.datastores, command.target);
    if (pos < 0)
        return notFound(u"datastore %1 does not exist"_s.arg(command.target));
    const Datastore &datastore = context.current.datastores.at(pos);
    if (auto r = checkVersion(datastoreLabel(datastore), datastore.version, command.expectedVersion); !r)
        return r.error();
    return pos;
}

} // namespace

Result<Plan> planCreateDatastore(const Context &context, const Command &command)
{
    Datastore datastore = command.datastore;
    datastore.name = datastore.name.trimmed();
    datastore.connection = datastore.connection.trimmed();
    if (auto r = checkDatastoreFields(context, datastore, 0); !r)
        return r.error();
    const QList<Id> teams = sortedUnique(command.teams);
    // Giving a team a datastore is a team change (domain.md: Admins only).
    if (!teams.isEmpty() && context.actor.role != Role::Admin)
        return denied(u"Only Admins can assign datastores to teams."_s);
    if (auto r = checkTeamIds(u"teams"_s, teams, context.current); !r)
        return r.error();
    if (command.target != 0) {
        const qsizetype taken = indexOfId(context.current.datastores, command.target);
        if (taken >= 0) {
            return makeError(Error::Code::Conflict,
                             u"datastore id %1 is already used by %2"_s.arg(command.target).arg(
                                 datastoreLabel(context.current.datastores.at(taken))));
        }
    }
    datastore.id = command.target != 0 ? command.target : nextId(context.current.datastores);
    if (!datastore.created.isValid()) // the inverse of a delete brings back the old time
        datastore.created = context.now;
    datastore.version = 1;

    ChangeSet changes;
    changes.summary = u"Created datastore "_s + quoted(datastore.name);
    changes.datastores.append({std::nullopt, datastore});
    for (Id teamId : teams) {
        const Team &team = context.current.teams.at(indexOfId(context.current.teams, teamId));
        Team after = team;
        after.datastores.insert(std::lower_bound(after.datastores.begin(), after.datastores.end(), datastore.id),
                                datastore.id);
        after.version = team.version + 1;
        changes.teams.append({team, after});
    }
    Plan plan = finish(context, command, std::move(changes), Command::deleteDatastore(datastore.id, 1));
    // The preview uses a predicted id; the repository assigns the real one to id 0, which
    // team entries of the same ChangeSet use to name the new datastore.
    if (command.target == 0) {
        plan.changes.datastores.first().after->id = 0;
        for (auto &entry : plan.changes.teams) {
            entry.after->datastores.removeOne(datastore.id);
            entry.after->datastores.prepend(0);
        }
    }
    return plan;
}

Result<Plan> planUpdateDatastore(const Context &context, const Command &command)
{
    const Result<qsizetype> found = findDatastore(context, command);
    if (!found)
        return found.error();
    const Datastore &before = context.current.datastores.at(*found);
    Datastore after = command.datastore;
    after.id = before.id;
    after.name = after.name.trimmed();
    after.connection = after.connection.trimmed();
    after.created = before.created;
    after.version = before.version + 1;
    if (auto r = checkDatastoreFields(context, after, before.id); !r)
        return r.error();
    if (after.name == before.name && after.kind == before.kind && after.connection == before.connection)
        return invalid(u"%1: nothing to change"_s.arg(datastoreLabel(before)));

    ChangeSet changes;
    QStringList parts;
    if (after.name != before.name)
        parts.append(u"renamed from "_s + quoted(before.name));
    if (after.kind != before.kind)
        parts.append(u"kind %1 -> %2"_s.arg(datastoreKindName(before.kind), datastoreKindName(after.kind)));
    if (after.connection != before.connection)
        parts.append(u"connection %1 -> %2"_s.arg(quoted(before.connection), quoted(after.connection)));
    changes.summary = u"Updated datastore "_s + quoted(after.name) + u": "_s + parts.join(u", "_s);
    changes.datastores.append({before, after});
    Datastore restore = before;
    restore.version = after.version;
    return finish(context, command, std::move(changes), Command::updateDatastore(restore));
}

Result<Plan> planDeleteDatastore(const Context &context, const Command &command)
{
    const Result<qsizetype> found = findDatastore(context, command);
    if (!found)
        return found.error();
    const Datastore &before = context.current.datastores.at(*found);

    ChangeSet changes;
    changes.summary = u"Deleted datastore "_s + quoted(before.name);
    changes.datastores.append({before, std::nullopt});
    QList<Id> holders;
    for (const Team &team : context.current.teams) {
        if (!containsSorted(team.datastores, before.id))
            continue;
        Team after = team;
        after.datastores.removeOne(before.id);
        after.version = team.version + 1;
        changes.teams.append({team, after});
        holders.append(team.id);
    }
    if (!holders.isEmpty())
        changes.summary += u", removed from %1 team%2"_s.arg(holders.size()).arg(holders.size() == 1 ? u""_s : u"s"_s);
    // Undo recreates it under its old id and gives it back to the same teams.
    Datastore recreate = before;
    recreate.version = 1;
    return finish(context, command, std::move(changes), Command::createDatastore(recreate, holders));
}

} // namespace Gatehouse::AdminPlanning

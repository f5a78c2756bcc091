// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/command.h"

using namespace Qt::StringLiterals;

namespace Gatehouse {

Command Command::createTeam(const Team &team)
{
    Command c;
    c.kind = Kind::CreateTeam;
    c.target = team.id;
    c.team = team;
    return c;
}

Command Command::updateTeam(const Team &team)
{
    Command c;
    c.kind = Kind::UpdateTeam;
    c.target = team.id;
    c.expectedVersion = team.version;
    c.team = team;
    return c;
}

Command Command::deleteTeam(Id teamId, int expectedVersion)
{
    Command c;
    c.kind = Kind::DeleteTeam;
    c.target = teamId;
    c.expectedVersion = expectedVersion;
    return c;
}

Command Command::setRole(Id accountId, Role role, int expectedVersion)
{
    Command c;
    c.kind = Kind::SetRole;
    c.target = accountId;
    c.role = role;
    c.expectedVersion = expectedVersion;
    return c;
}

Command Command::setAccountTeams(Id accountId, QList<Id> teams, int expectedVersion)
{
    Command c;
    c.kind = Kind::SetAccountTeams;
    c.target = accountId;
    c.teams = std::move(teams);
    c.expectedVersion = expectedVersion;
    return c;
}

Command Command::deactivate(Id accountId, int expectedVersion)
{
    Command c;
    c.kind = Kind::Deactivate;
    c.target = accountId;
    c.expectedVersion = expectedVersion;
    return c;
}

Command Command::reactivate(Id accountId, int expectedVersion)
{
    Command c;
    c.kind = Kind::Reactivate;
    c.target = accountId;
    c.expectedVersion = expectedVersion;
    return c;
}

Command Command::createServiceAccount(const QString &name, Role role, QList<Id> teams)
{
    Command c;
    c.kind = Kind::CreateServiceAccount;
    c.name = name;
    c.role = role;
    c.teams = std::move(teams);
    return c;
}

Command Command::createDatastore(const Datastore &datastore, QList<Id> teams)
{
    Command c;
    c.kind = Kind::CreateDatastore;
    c.target = datastore.id;
    c.datastore = datastore;
    c.teams = std::move(teams);
    return c;
}

Command Command::updateDatastore(const Datastore &datastore)
{
    Command c;
    c.kind = Kind::UpdateDatastore;
    c.target = datastore.id;
    c.expectedVersion = datastore.version;
    c.datastore = datastore;
    return c;
}

Command Command::deleteDatastore(Id datastoreId, int expectedVersion)
{
    Command c;
    c.kind = Kind::DeleteDatastore;
    c.target = datastoreId;
    c.expectedVersion = expectedVersion;
    return c;
}

QString actionName(Command::Kind kind)
{
    switch (kind) {
    case Command::Kind::CreateTeam: return u"team.create"_s;
    case Command::Kind::UpdateTeam: return u"team.update"_s;
    case Command::Kind::DeleteTeam: return u"team.delete"_s;
    case Command::Kind::SetRole: return u"account.set-role"_s;
    case Command::Kind::SetAccountTeams: return u"account.set-teams"_s;
    case Command::Kind::Deactivate: return u"account.deactivate"_s;
    case Command::Kind::Reactivate: return u"account.reactivate"_s;
    case Command::Kind::CreateServiceAccount: return u"service.create"_s;
    case Command::Kind::CreateDatastore: return u"datastore.create"_s;
    case Command::Kind::UpdateDatastore: return u"datastore.update"_s;
    case Command::Kind::DeleteDatastore: return u"datastore.delete"_s;
    }
    return {};
}

} // namespace Gatehouse

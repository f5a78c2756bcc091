// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/admintext.h"

#include <QCoreApplication>

#include <algorithm>

namespace Gatehouse {

namespace {
// The translation context of these texts.
class AdminText
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::AdminText)
};

template <typename T>
const T *findId(const QList<T> &list, Id id)
{
    const auto it = std::lower_bound(list.cbegin(), list.cend(), id,
                                     [](const T &item, Id value) { return item.id < value; });
    return it != list.cend() && it->id == id ? &*it : nullptr;
}

QString teamName(const Snapshot &snapshot, Id id)
{
    const Team *team = findId(snapshot.teams, id);
    return team ? team->name : QString::number(id);
}

QString accountName(const Snapshot &snapshot, Id id)
{
    const Account *account = findId(snapshot.accounts, id);
    if (!account)
        return QString::number(id);
    return account->name.isEmpty() ? account->subject : account->name;
}

QString datastoreName(const Snapshot &snapshot, Id id)
{
    const Datastore *datastore = findId(snapshot.datastores, id);
    return datastore ? datastore->name : QString::number(id);
}
} // namespace

QString commandText(const Command &command, const Snapshot &before)
{
    using Kind = Command::Kind;
    switch (command.kind) {
    case Kind::CreateTeam: return AdminText::tr("Create team '%1'").arg(command.team.name.trimmed());
    case Kind::UpdateTeam: return AdminText::tr("Update team '%1'").arg(teamName(before, command.target));
    case Kind::DeleteTeam: return AdminText::tr("Delete team '%1'").arg(teamName(before, command.target));
    case Kind::SetRole: return AdminText::tr("Set role of '%1'").arg(accountName(before, command.target));
    case Kind::SetAccountTeams: return AdminText::tr("Set teams of '%1'").arg(accountName(before, command.target));
    case Kind::Deactivate: return AdminText::tr("Deactivate '%1'").arg(accountName(before, command.target));
    case Kind::Reactivate: return AdminText::tr("Reactivate '%1'").arg(accountName(before, command.target));
    case Kind::CreateServiceAccount: return AdminText::tr("Create service account '%1'").arg(command.name.trimmed());
    case Kind::CreateDatastore: return AdminText::tr("Create datastore '%1'").arg(command.datastore.name.trimmed());
    case Kind::UpdateDatastore: return AdminText::tr("Update datastore '%1'").arg(datastoreName(before, command.target));
    case Kind::DeleteDatastore: return AdminText::tr("Delete datastore '%1'").arg(datastoreName(before, command.target));
    }
    return {};
}

QString levelSummary(Level level)
{
    switch (level) {
    case Level::Editor:
        return AdminText::tr("Full datastore management: settings, enrichment, scoring, operations, field masking.");
    case Level::Author:
        return AdminText::tr("Quality-check lifecycle: create, activate, validate checks; anomaly status.");
    case Level::Drafter:
        return AdminText::tr("Create and save checks as drafts only.");
    case Level::Viewer:
        return AdminText::tr("Read access including anomaly source records; comment.");
    case Level::Reporter:
        return AdminText::tr("Reports, dashboards, overviews, anomalies; no source records.");
    case Level::None:
    case Level::Admin:
        break;
    }
    return {};
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/snapshot.h"

#include <algorithm>

namespace Gatehouse {

qsizetype Snapshot::publicTeamIndex() const
{
    for (qsizetype i = 0; i < teams.size(); ++i) {
        if (teams.at(i).isPublic)
            return i;
    }
    return -1;
}

bool Snapshot::isBootstrapOnly() const
{
    const qsizetype pub = publicTeamIndex();
    return accounts.size() <= 1 && datastores.isEmpty() && teams.size() <= 1
        && (pub < 0 || (teams.at(pub).datastores.isEmpty() && teams.at(pub).permission == Level::Reporter));
}

int Snapshot::activeHumanAdminCount() const
{
    int count = 0;
    for (const Account &a : accounts) {
        if (a.isActive() && a.role == Role::Admin && a.type == AccountType::Human)
            ++count;
    }
    return count;
}

void Snapshot::normalize()
{
    auto byId = [](const auto &a, const auto &b) { return a.id < b.id; };
    std::sort(accounts.begin(), accounts.end(), byId);
    std::sort(teams.begin(), teams.end(), byId);
    std::sort(datastores.begin(), datastores.end(), byId);
    for (Team &team : teams) {
        std::sort(team.members.begin(), team.members.end());
        std::sort(team.datastores.begin(), team.datastores.end());
        if (team.isPublic)
            team.members.clear();
    }
}

} // namespace Gatehouse

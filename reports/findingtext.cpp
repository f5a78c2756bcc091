// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/findingtext.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

template <typename T>
const T *findById(const QList<T> &items, Id id)
{
    // Snapshot lists are ascending by id.
    const auto it = std::lower_bound(items.cbegin(), items.cend(), id,
                                     [](const T &item, Id wanted) { return item.id < wanted; });
    if (it != items.cend() && it->id == id)
        return &*it;
    for (const T &item : items) { // an unsorted list still answers, only slower
        if (item.id == id)
            return &item;
    }
    return nullptr;
}

} // namespace

QString findingKindKey(Finding::Kind kind)
{
    switch (kind) {
    case Finding::Kind::Admins: return u"admins"_s;
    case Finding::Kind::ServiceAdmins: return u"service_admins"_s;
    case Finding::Kind::PublicDatastores: return u"public_datastores"_s;
    case Finding::Kind::DeactivatedInTeams: return u"deactivated_in_teams"_s;
    case Finding::Kind::NeverActive: return u"never_active"_s;
    case Finding::Kind::SingleMemberTeams: return u"single_member_teams"_s;
    case Finding::Kind::TeamsWithoutDatastores: return u"teams_without_datastores"_s;
    case Finding::Kind::DatastoresInNoTeam: return u"datastores_in_no_team"_s;
    }
    return {};
}

QString findingEntityKey(Finding::Entity entity)
{
    switch (entity) {
    case Finding::Entity::Account: return u"account"_s;
    case Finding::Entity::Team: return u"team"_s;
    case Finding::Entity::Datastore: return u"datastore"_s;
    }
    return {};
}

QString findingItemName(const Snapshot &snapshot, Finding::Entity entity, Id id)
{
    switch (entity) {
    case Finding::Entity::Account:
        if (const Account *a = findById(snapshot.accounts, id))
            return a->name.isEmpty() ? a->subject : a->name;
        break;
    case Finding::Entity::Team:
        if (const Team *t = findById(snapshot.teams, id))
            return t->name;
        break;
    case Finding::Entity::Datastore:
        if (const Datastore *d = findById(snapshot.datastores, id))
            return d->name;
        break;
    }
    return u"#"_s + QString::number(id);
}

} // namespace Gatehouse

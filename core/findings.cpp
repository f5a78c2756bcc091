// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/findings.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

QString Finding::title() const
{
    switch (kind) {
    case Kind::Admins: return u"Admins"_s;
    case Kind::ServiceAdmins: return u"Service accounts with Admin"_s;
    case Kind::PublicDatastores: return u"Datastores on Public"_s;
    case Kind::DeactivatedInTeams: return u"Deactivated accounts still in teams"_s;
    case Kind::NeverActive: return u"Accounts never active"_s;
    case Kind::SingleMemberTeams: return u"Teams with one member"_s;
    case Kind::TeamsWithoutDatastores: return u"Teams without datastores"_s;
    case Kind::DatastoresInNoTeam: return u"Datastores in no team"_s;
    }
    return {};
}

QString Finding::description() const
{
    switch (kind) {
    case Kind::Admins:
        return u"Admins reach every datastore with full rights, whatever their teams; keep them few."_s;
    case Kind::ServiceAdmins:
        return u"An automation token with the Admin role can change and delete everything."_s;
    case Kind::PublicDatastores:
        return u"Every account, service accounts included, reaches these datastores through Public."_s;
    case Kind::DeactivatedInTeams:
        return u"Reactivating these accounts restores their teams' access at once."_s;
    case Kind::NeverActive:
        return u"Accounts that never signed in may be unused and worth deactivating."_s;
    case Kind::SingleMemberTeams:
        return u"A team of one is a personal grant in disguise."_s;
    case Kind::TeamsWithoutDatastores:
        return u"These teams grant nothing; they may be left over or not set up yet."_s;
    case Kind::DatastoresInNoTeam:
        return u"Only Admins reach these datastores."_s;
    }
    return {};
}

QList<Finding> computeFindings(const Snapshot &snapshot, const AccessIndex &index)
{
    auto finding = [](Finding::Kind kind, Finding::Entity entity) {
        Finding f;
        f.kind = kind;
        f.entity = entity;
        return f;
    };
    Finding admins = finding(Finding::Kind::Admins, Finding::Entity::Account);
    Finding serviceAdmins = finding(Finding::Kind::ServiceAdmins, Finding::Entity::Account);
    Finding publicDatastores = finding(Finding::Kind::PublicDatastores, Finding::Entity::Datastore);
    Finding deactivatedInTeams = finding(Finding::Kind::DeactivatedInTeams, Finding::Entity::Account);
    Finding neverActive = finding(Finding::Kind::NeverActive, Finding::Entity::Account);
    Finding singleMember = finding(Finding::Kind::SingleMemberTeams, Finding::Entity::Team);
    Finding withoutDatastores = finding(Finding::Kind::TeamsWithoutDatastores, Finding::Entity::Team);
    Finding inNoTeam = finding(Finding::Kind::DatastoresInNoTeam, Finding::Entity::Datastore);

    for (qsizetype i = 0; i < snapshot.accounts.size(); ++i) {
        const Account &a = snapshot.accounts.at(i);
        if (a.isActive()) {
            if (a.role == Role::Admin)
                admins.items.append(a.id);
            // A deactivated service Admin has no access and no working token.
            if (a.role == Role::Admin && a.type == AccountType::Service)
                serviceAdmins.items.append(a.id);
            if (!a.lastActive.isValid())
                neverActive.items.append(a.id);
        } else {
            const qsizetype pos = index.accountPos(a.id);
            if (pos >= 0 && !index.teamsOf(pos).isEmpty())
                deactivatedInTeams.items.append(a.id);
        }
    }
    for (const Team &t : snapshot.teams) {
        if (t.isPublic)
            publicDatastores.items = t.datastores;
        else if (t.members.size() == 1)
            singleMember.items.append(t.id);
        if (t.datastores.isEmpty())
            withoutDatastores.items.append(t.id);
    }
    for (const Datastore &d : snapshot.datastores) {
        const qsizetype pos = index.datastorePos(d.id);
        if (pos >= 0 && index.teamsHolding(pos).isEmpty())
            inNoTeam.items.append(d.id);
    }

    QList<Finding> findings = {admins,           serviceAdmins, publicDatastores,  deactivatedInTeams,
                               neverActive,      singleMember,  withoutDatastores, inNoTeam};
    for (Finding &f : findings)
        std::sort(f.items.begin(), f.items.end());
    return findings;
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/scimoperations.h"

#include "net/scimpatch.h"
#include "net/scimresources.h"
#include "net/scimschema.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

ScimWriteResult failure(int status, const QString &detail, const QString &scimType = {})
{
    ScimWriteResult r;
    r.status = status;
    r.detail = detail;
    r.scimType = scimType;
    return r;
}

ScimWriteResult failure(const Error &error)
{
    switch (error.code) {
    case Error::Code::Invalid:
        return failure(400, error.message, error.detail.isEmpty() ? u"invalidValue"_s : error.detail);
    case Error::Code::NotFound: return failure(404, error.message);
    case Error::Code::Conflict: return failure(409, error.message, u"uniqueness"_s);
    case Error::Code::Denied: return failure(403, error.message);
    case Error::Code::Unavailable: return failure(503, error.message);
    default: return failure(500, error.message);
    }
}

ScimWriteResult success(int status, Id id)
{
    ScimWriteResult r;
    r.status = status;
    r.id = id;
    return r;
}

ScimWriteResult notFound(bool group, Id id)
{
    return failure(404, u"%1 %2 not found."_s.arg(group ? u"Group"_s : u"User"_s).arg(id));
}

// 412 when the client's version is not the one held.
std::optional<ScimWriteResult> checkVersion(const ScimWrite &w, int version)
{
    if (w.expectedVersion > 0 && w.expectedVersion != version)
        return failure(412, u"The %1 is at version %2, not %3: read it again."_s
                                .arg(w.group ? u"Group"_s : u"User"_s)
                                .arg(scimVersionTag(version), scimVersionTag(w.expectedVersion)));
    return std::nullopt;
}

QList<const Account *> humanMembers(const ProvisioningBatch &batch, const Team &team)
{
    QList<const Account *> members;
    members.reserve(team.members.size());
    for (Id id : team.members) {
        if (const Account *a = batch.account(id); a && a->type == AccountType::Human)
            members.append(a);
    }
    return members;
}

// The team's members a SCIM write asks for: Users only. (The batch keeps the service
// accounts a team has: they are not SCIM resources, so a client cannot mean to drop them.)
Result<QList<Id>> teamMembers(const ProvisioningBatch &batch, const QList<Id> &requested)
{
    QList<Id> members;
    members.reserve(requested.size());
    for (qsizetype i = 0; i < requested.size(); ++i) {
        const Account *a = batch.account(requested.at(i));
        if (!a || a->type != AccountType::Human)
            return makeError(Error::Code::Invalid,
                             u"members[%1].value: \"%2\" is not a User."_s.arg(i).arg(requested.at(i)),
                             u"invalidValue"_s);
        members.append(a->id);
    }
    std::sort(members.begin(), members.end());
    members.erase(std::unique(members.begin(), members.end()), members.end());
    return members;
}

ScimWriteResult writeUser(ProvisioningBatch &batch, const ScimWrite &w, const QString &root)
{
    if (w.method == "POST") {
        const Result<AccountProfile> profile = scimUserProfile(w.data, {}, nullptr);
        if (!profile)
            return failure(profile.error());
        const Result<Account> created = batch.createAccount(*profile);
        return created ? success(201, created->id) : failure(created.error());
    }
    const Account *account = scimUser(batch, w.id);
    if (!account)
        return notFound(false, w.id);
    if (auto stale = checkVersion(w, account->version))
        return *stale;
    if (w.method == "DELETE") {
        const Result<Account> done = batch.deactivateAccount(account->id);
        return done ? success(204, done->id) : failure(done.error());
    }
    const QJsonObject current = scimUserJson(ScimUserView{account, {}, {}}, root);
    QJsonObject resource = w.data;
    if (w.method == "PATCH") {
        const Result<QList<ScimPatchOperation>> operations = parseScimPatch(w.data);
        if (!operations)
            return failure(operations.error());
        Result<QJsonObject> patched = applyScimPatch(current, *operations, scimUserSchema());
        if (!patched)
            return failure(patched.error());
        resource = std::move(patched).value();
    }
    const Result<AccountProfile> profile = scimUserProfile(resource, current, account);
    if (!profile)
        return failure(profile.error());
    const Id id = account->id;
    const Result<Account> updated = batch.updateAccount(id, *profile);
    return updated ? success(200, id) : failure(updated.error());
}

ScimWriteResult writeGroup(ProvisioningBatch &batch, const ScimWrite &w, const QString &root)
{
    if (w.method == "POST") {
        const Result<ScimGroupInput> input = scimGroupInput(w.data);
        if (!input)
            return failure(input.error());
        const Result<QList<Id>> members = teamMembers(batch, input->members);
        if (!members)
            return failure(members.error());
        const Result<Team> created = batch.createTeam(input->displayName, *members);
        return created ? success(201, created->id) : failure(created.error());
    }
    const Team *team = scimGroup(batch, w.id);
    if (!team)
        return notFound(true, w.id);
    if (auto stale = checkVersion(w, team->version))
        return *stale;
    const Id id = team->id;
    if (w.method == "DELETE") {
        const Result<void> done = batch.deleteTeam(id);
        return done ? success(204, id) : failure(done.error());
    }
    QJsonObject resource = w.data;
    if (w.method == "PATCH") {
        const Result<QList<ScimPatchOperation>> operations = parseScimPatch(w.data);
        if (!operations)
            return failure(operations.error());
        // Members as values only: display and $ref are read-only and not needed here.
        const QJsonObject current = scimGroupJson(*team, humanMembers(batch, *team), {}, root, false);
        Result<QJsonObject> patched = applyScimPatch(current, *operations, scimGroupSchema());
        if (!patched)
            return failure(patched.error());
        resource = std::move(patched).value();
    }
    const Result<ScimGroupInput> input = scimGroupInput(resource);
    if (!input)
        return failure(input.error());
    const Result<QList<Id>> members = teamMembers(batch, input->members);
    if (!members)
        return failure(members.error());
    const Result<Team> updated = batch.updateTeam(id, input->displayName, *members);
    return updated ? success(200, id) : failure(updated.error());
}

} // namespace

const Account *scimUser(const ProvisioningBatch &batch, Id id)
{
    const Account *a = batch.account(id);
    return a && a->type == AccountType::Human ? a : nullptr;
}

const Team *scimGroup(const ProvisioningBatch &batch, Id id)
{
    const Team *t = batch.team(id);
    return t && !t->isPublic ? t : nullptr;
}

ScimWriteResult applyScimWrite(ProvisioningBatch &batch, const ScimWrite &write, const QString &root)
{
    if (write.method != "POST" && write.method != "PUT" && write.method != "PATCH" && write.method != "DELETE")
        return failure(405, u"%1 is not a SCIM write."_s.arg(QString::fromLatin1(write.method)));
    return write.group ? writeGroup(batch, write, root) : writeUser(batch, write, root);
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/adminservice.h"

#include "core/adminplanning.h"
#include "core/textfold.h"
#include "core/validation.h"

using namespace Qt::StringLiterals;

namespace Gatehouse {

using Action = Capabilities::Action;

namespace {

const Account *findBySubject(const Snapshot &snapshot, const QString &subject)
{
    if (subject.isEmpty())
        return nullptr;
    for (const Account &account : snapshot.accounts) {
        if (account.subject == subject)
            return &account;
    }
    return nullptr;
}

bool roleMay(Role role, Action action)
{
    switch (action) {
    case Action::ViewOrganisation:
    case Action::EditDatastores:
    case Action::RecordReviews:
        return role == Role::Admin || role == Role::Manager;
    case Action::EditTeams:
    case Action::EditAccounts:
    case Action::CreateServiceAccounts:
    case Action::DeleteDatastores:
        return role == Role::Admin;
    }
    return false;
}

QString roleRule(Action action)
{
    switch (action) {
    case Action::ViewOrganisation: return u"Only Admins and Managers can view the organisation."_s;
    case Action::EditTeams: return u"Only Admins can change teams."_s;
    case Action::EditAccounts: return u"Only Admins can change accounts."_s;
    case Action::CreateServiceAccounts: return u"Only Admins can create service accounts."_s;
    case Action::EditDatastores: return u"Only Admins and Managers can create and edit datastores."_s;
    case Action::DeleteDatastores: return u"Only Admins can delete datastores."_s;
    case Action::RecordReviews: return u"Only Admins and Managers can record access reviews."_s;
    }
    return {};
}

QString noAccount(const QString &subject)
{
    return u"no access: %1 has no account in this organisation"_s.arg(subject);
}

QString deactivatedAccount(const QString &subject)
{
    return u"no access: %1 is deactivated"_s.arg(subject);
}

// The roles table of domain.md, "Who may run which command": the capability a command
// needs (roleMay() decides, for plan() and the views' Capabilities alike) and the sentence
// that names the rule when the actor lacks it, more precise than the capability's own.
struct RoleRule
{
    Action needs = Action::EditTeams;
    QString sentence;
};

RoleRule ruleFor(const Snapshot &current, const Command &command)
{
    using Kind = Command::Kind;
    switch (command.kind) {
    case Kind::CreateTeam: return {Action::EditTeams, u"Only Admins can create teams."_s};
    case Kind::UpdateTeam: {
        const qsizetype pos = AdminPlanning::indexOfId(current.teams, command.target);
        if (pos >= 0 && current.teams.at(pos).isPublic)
            return {Action::EditTeams, u"Only Admins can change the Public team's level and datastores."_s};
        return {Action::EditTeams, u"Only Admins can edit teams."_s};
    }
    case Kind::DeleteTeam: return {Action::EditTeams, u"Only Admins can delete teams."_s};
    case Kind::SetRole: return {Action::EditAccounts, u"Only Admins can change roles."_s};
    case Kind::SetAccountTeams: return {Action::EditAccounts, u"Only Admins can change team memberships."_s};
    case Kind::Deactivate: return {Action::EditAccounts, u"Only Admins can deactivate accounts."_s};
    case Kind::Reactivate: return {Action::EditAccounts, u"Only Admins can reactivate accounts."_s};
    case Kind::CreateServiceAccount:
        return {Action::CreateServiceAccounts, u"Only Admins can create service accounts."_s};
    case Kind::CreateDatastore: return {Action::EditDatastores, u"Only Admins and Managers can create datastores."_s};
    case Kind::UpdateDatastore: return {Action::EditDatastores, u"Only Admins and Managers can edit datastores."_s};
    case Kind::DeleteDatastore: return {Action::DeleteDatastores, u"Only Admins can delete datastores."_s};
    }
    return {Action::EditTeams, {}};
}

} // namespace

bool Capabilities::allowed(Action action) const
{
    if (readOnly && action != Action::ViewOrganisation)
        return false;
    return hasAccount && active && roleMay(role, action);
}

QString Capabilities::reason(Action action) const
{
    if (!hasAccount)
        return noAccount(subject);
    if (!active)
        return deactivatedAccount(subject);
    if (readOnly && action != Action::ViewOrganisation && !readOnlyReason.isEmpty())
        return readOnlyReason;
    if (readOnly && action != Action::ViewOrganisation)
        return u"Read-only: this window shows what %1 sees."_s.arg(subject);
    return roleMay(role, action) ? QString() : roleRule(action);
}

Capabilities AdminService::capabilities(const Snapshot &current, const QString &actorSubject)
{
    Capabilities c;
    c.subject = actorSubject;
    if (const Account *actor = findBySubject(current, actorSubject)) {
        c.hasAccount = true;
        c.active = actor->isActive();
        c.role = actor->role;
    }
    return c;
}

Result<Plan> AdminService::plan(const Snapshot &current, const QString &actorSubject,
                                const Command &command)
{
    using namespace AdminPlanning;
    const Account *actor = findBySubject(current, actorSubject);
    if (!actor)
        return denied(noAccount(actorSubject));
    if (!actor->isActive())
        return denied(deactivatedAccount(actorSubject));
    const RoleRule rule = ruleFor(current, command);
    if (!roleMay(actor->role, rule.needs))
        return denied(rule.sentence);

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Context context{current, *actor, now.addMSecs(-now.time().msec())};
    using Kind = Command::Kind;
    switch (command.kind) {
    case Kind::CreateTeam: return planCreateTeam(context, command);
    case Kind::UpdateTeam: return planUpdateTeam(context, command);
    case Kind::DeleteTeam: return planDeleteTeam(context, command);
    case Kind::SetRole: return planSetRole(context, command);
    case Kind::SetAccountTeams: return planSetAccountTeams(context, command);
    case Kind::Deactivate: return planSetActive(context, command, false);
    case Kind::Reactivate: return planSetActive(context, command, true);
    case Kind::CreateServiceAccount: return planCreateServiceAccount(context, command);
    case Kind::CreateDatastore: return planCreateDatastore(context, command);
    case Kind::UpdateDatastore: return planUpdateDatastore(context, command);
    case Kind::DeleteDatastore: return planDeleteDatastore(context, command);
    }
    return invalid(u"unknown command"_s);
}

Command Plan::inverseAfter(const CommitResult &commit) const
{
    using Kind = Command::Kind;
    Command undo = inverse;
    // A create's inverse names the entity the repository inserted (its id may differ from
    // the one the plan predicted).
    switch (command.kind) {
    case Kind::CreateTeam:
        if (!commit.teams.isEmpty())
            undo.target = commit.teams.constFirst().id;
        break;
    case Kind::CreateServiceAccount:
        if (!commit.accounts.isEmpty())
            undo.target = commit.accounts.constFirst().id;
        break;
    case Kind::CreateDatastore:
        if (!commit.datastores.isEmpty())
            undo.target = commit.datastores.constFirst().id;
        break;
    default:
        break;
    }
    // The undo expects the version this commit wrote: undoing after someone else's edit is
    // a conflict, not a silent overwrite. A recreate (inverse of a delete) expects nothing.
    auto versionOf = [&](const auto &list) -> int {
        for (const auto &entity : list) {
            if (entity.id == undo.target)
                return entity.version;
        }
        return 0;
    };
    switch (undo.kind) {
    case Kind::UpdateTeam:
    case Kind::DeleteTeam:
        undo.expectedVersion = versionOf(commit.teams);
        if (undo.kind == Kind::UpdateTeam)
            undo.team.version = undo.expectedVersion;
        break;
    case Kind::SetRole:
    case Kind::SetAccountTeams:
    case Kind::Deactivate:
    case Kind::Reactivate:
        undo.expectedVersion = versionOf(commit.accounts);
        break;
    case Kind::UpdateDatastore:
    case Kind::DeleteDatastore:
        undo.expectedVersion = versionOf(commit.datastores);
        if (undo.kind == Kind::UpdateDatastore)
            undo.datastore.version = undo.expectedVersion;
        break;
    case Kind::CreateTeam:
    case Kind::CreateServiceAccount:
    case Kind::CreateDatastore:
        break;
    }
    return undo;
}

namespace AdminPlanning {

QList<Id> sortedUnique(QList<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

bool containsSorted(const QList<Id> &sorted, Id id)
{
    return std::binary_search(sorted.cbegin(), sorted.cend(), id);
}

QString quoted(const QString &value)
{
    QString text = value;
    text.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'\n', u"\\n"_s)
        .replace(u'\r', u"\\r"_s).replace(u'\t', u"\\t"_s);
    return u'"' + text + u'"';
}

QString accountLabel(const Account &account)
{
    return account.name.trimmed().isEmpty() ? account.subject : account.name;
}

Error denied(const QString &sentence)
{
    return makeError(Error::Code::Denied, sentence);
}

Error invalid(const QString &message)
{
    return makeError(Error::Code::Invalid, message);
}

Error notFound(const QString &message)
{
    return makeError(Error::Code::NotFound, message);
}

Result<void> checkVersion(const QString &what, int stored, int expected)
{
    if (expected == 0 || expected == stored)
        return {};
    return makeError(Error::Code::Conflict,
                     u"%1 was changed by someone else since it was read (version %2, now %3); "
                     "reload and try again."_s
                         .arg(what)
                         .arg(expected)
                         .arg(stored));
}

namespace {

template <typename T>
Result<void> checkUniqueName(const QString &name, const QList<T> &others, Id selfId,
                             QStringView kind)
{
    if (auto r = checkName(u"name", name); !r)
        return r;
    const QString key = nameKey(name);
    for (const T &other : others) {
        if (other.id != selfId && nameKey(other.name) == key) {
            return invalid(u"name: %1 is already used by %2 %3"_s.arg(
                quoted(name.trimmed()), kind.toString(), quoted(other.name)));
        }
    }
    return {};
}

template <typename T>
Result<void> checkReferences(const QString &field, const QList<Id> &ids, const QList<T> &known,
                             QStringView what)
{
    for (Id id : ids) {
        if (indexOfId(known, id) < 0)
            return notFound(u"%1: %2 is not %3"_s.arg(field).arg(id).arg(what));
    }
    return {};
}

template <typename T>
void upsert(QList<T> &list, const T &entity)
{
    const auto it = std::lower_bound(list.begin(), list.end(), entity.id,
                                     [](const T &item, Id value) { return item.id < value; });
    if (it != list.end() && it->id == entity.id)
        *it = entity;
    else
        list.insert(it, entity);
}

template <typename T>
void remove(QList<T> &list, Id id)
{
    const qsizetype pos = indexOfId(list, id);
    if (pos >= 0)
        list.removeAt(pos);
}

template <typename T>
void applyEntries(QList<T> &list, const QList<ChangeSet::Entry<T>> &entries)
{
    for (const auto &entry : entries) {
        if (entry.after)
            upsert(list, *entry.after);
        else if (entry.before)
            remove(list, entry.before->id);
    }
}

} // namespace

Result<void> checkTeamName(const QString &name, const QList<Team> &teams, Id selfId)
{
    return checkUniqueName(name, teams, selfId, u"team");
}

Result<void> checkDatastoreName(const QString &name, const QList<Datastore> &datastores, Id selfId)
{
    return checkUniqueName(name, datastores, selfId, u"datastore");
}

Result<void> checkAccountIds(const QString &field, const QList<Id> &ids, const Snapshot &snapshot)
{
    return checkReferences(field, ids, snapshot.accounts, u"an account id");
}

Result<void> checkDatastoreIds(const QString &field, const QList<Id> &ids, const Snapshot &snapshot)
{
    return checkReferences(field, ids, snapshot.datastores, u"a datastore id");
}

Result<void> checkTeamIds(const QString &field, const QList<Id> &ids, const Snapshot &snapshot)
{
    return checkReferences(field, ids, snapshot.teams, u"a team id");
}

Snapshot applied(const Snapshot &current, const ChangeSet &changes)
{
    Snapshot after = current;
    applyEntries(after.accounts, changes.accounts);
    applyEntries(after.teams, changes.teams);
    applyEntries(after.datastores, changes.datastores);
    return after;
}

Plan finish(const Context &context, const Command &command, ChangeSet changes, Command inverse)
{
    Plan plan;
    plan.command = command;
    changes.action = actionName(command.kind);
    plan.after = applied(context.current, changes);
    plan.changes = std::move(changes);
    plan.inverse = std::move(inverse);
    return plan;
}

} // namespace AdminPlanning

} // namespace Gatehouse

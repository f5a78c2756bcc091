// SPDX-License-Identifier: GPL-3.0-or-later
// ProvisioningBatch: directory sync (domain.md, "Directory sync" and "Roles").
#include "core/provisioning.h"

#include "core/adminplanning.h"
#include "core/textfold.h"
#include "core/validation.h"

using namespace Qt::StringLiterals;

namespace Gatehouse {

using namespace AdminPlanning;

namespace {

// Longest e-mail address (RFC 5321's path limit less the angle brackets).
constexpr qsizetype MaxEmailLength = 254;

Error conflict(const QString &message)
{
    return makeError(Error::Code::Conflict, message);
}

bool isActiveHumanAdmin(const Account &account)
{
    return account.isActive() && account.role == Role::Admin && account.type == AccountType::Human;
}

QString lastAdmin(const Account &account)
{
    return u"%1 is the last active Admin; make another account Admin first."_s.arg(accountLabel(account));
}

QString publicRefused(const QString &name)
{
    return u"A group named %1 cannot be synced: the Public team holds everyone, and directory sync "
           u"never changes it."_s.arg(quoted(name));
}

// A plausible address: one "@" with text on both sides, no spaces or control characters.
// Deliverability is the identity provider's business.
Result<void> checkEmail(const QString &email)
{
    if (email.isEmpty())
        return invalid(u"email: \"\" is empty; a directory account needs an e-mail address"_s);
    if (email.size() > MaxEmailLength) {
        return invalid(u"email: %1 has %2 characters, at most %3"_s.arg(quoted(email.left(40) + u"..."_s))
                           .arg(email.size())
                           .arg(MaxEmailLength));
    }
    const qsizetype at = email.lastIndexOf(u'@');
    bool plausible = at > 0 && at < email.size() - 1 && !email.sliced(at + 1).startsWith(u'.')
                     && !email.endsWith(u'.');
    for (qsizetype i = 0; plausible && i < email.size(); ++i) {
        const QChar c = email.at(i);
        plausible = !c.isSpace() && c.category() != QChar::Other_Control && (c != u'@' || i == at);
    }
    if (!plausible)
        return invalid(u"email: %1 is not an e-mail address"_s.arg(quoted(email)));
    return {};
}

// Equal apart from the version (a change undone within the same batch is no change).
template <typename T>
bool sameContent(T a, const T &b)
{
    a.version = b.version;
    return a == b;
}

QString counted(qsizetype n, QStringView one, QStringView many)
{
    return QString::number(n) + u' ' + (n == 1 ? one : many).toString();
}

// "3 accounts created, 1 updated": the noun goes with the first number.
void appendCounts(QStringList &parts, QStringView one, QStringView many,
                  const QList<std::pair<qsizetype, QStringView>> &counts)
{
    bool named = false;
    for (const auto &[n, verb] : counts) {
        if (n == 0)
            continue;
        parts.append(named ? QString::number(n) + u' ' + verb.toString()
                           : counted(n, one, many) + u' ' + verb.toString());
        named = true;
    }
}

} // namespace

struct ProvisioningBatch::Data
{
    Snapshot working;
    QDateTime now;
    std::optional<Error> actorError;
    Id actorId = 0;

    // Positions in working's lists. Placeholders are appended and deleted teams swapped
    // out, so the lists are put back in id order only when working() is read.
    QHash<Id, qsizetype> accountPos;
    QHash<Id, qsizetype> teamPos;
    bool unordered = false;
    QHash<QString, Id> emailIds;  // nameKey(e-mail) -> human account
    QHash<QString, Id> teamNames; // nameKey(name) -> team, Public included
    int activeHumanAdmins = 0;
    Id lastAccountPlaceholder = 0;
    Id lastTeamPlaceholder = 0;

    // Each stored entity as it was before the batch first changed it, and every entity the
    // batch changed (placeholders included) in the order first changed.
    QHash<Id, Account> storedAccounts;
    QHash<Id, Team> storedTeams;
    QList<Id> touchedAccounts;
    QList<Id> touchedTeams;

    Account *account(Id id)
    {
        const qsizetype pos = accountPos.value(id, -1);
        return pos < 0 ? nullptr : &working.accounts[pos];
    }
    Team *team(Id id)
    {
        const qsizetype pos = teamPos.value(id, -1);
        return pos < 0 ? nullptr : &working.teams[pos];
    }
    // Directory sync sees human accounts only.
    Account *human(Id id)
    {
        Account *found = account(id);
        return found && found->type == AccountType::Human ? found : nullptr;
    }

    void reorder();
    Result<Account> profiled(const Account &before, const AccountProfile &profile);
    Result<QList<Id>> checkedMembers(const QList<Id> &requested);
    Result<QString> checkedTeamName(const QString &name, Id selfId);
    Account store(const Account &before, Account after);
    Team store(const Team &before, Team after);
};

void ProvisioningBatch::Data::reorder()
{
    if (!unordered)
        return;
    const auto byId = [](const auto &a, const auto &b) { return a.id < b.id; };
    std::sort(working.accounts.begin(), working.accounts.end(), byId);
    std::sort(working.teams.begin(), working.teams.end(), byId);
    for (qsizetype i = 0; i < working.accounts.size(); ++i)
        accountPos.insert(working.accounts.at(i).id, i);
    for (qsizetype i = 0; i < working.teams.size(); ++i)
        teamPos.insert(working.teams.at(i).id, i);
    unordered = false;
}

// `before` with `profile` applied and checked: e-mail, name, role and the Admin rules.
// Nothing changes in the batch.
Result<Account> ProvisioningBatch::Data::profiled(const Account &before, const AccountProfile &profile)
{
    const QString email = profile.email.trimmed();
    if (auto r = checkEmail(email); !r)
        return r.error();
    const Id holder = emailIds.value(nameKey(email), 0);
    if (holder != 0 && holder != before.id) {
        return conflict(u"email: %1 is already used by %2"_s.arg(quoted(email),
                                                                  quoted(accountLabel(*account(holder)))));
    }
    const QString name = profile.name.trimmed().isEmpty() ? email : profile.name.trimmed();
    if (auto r = checkName(u"name", name); !r)
        return r.error();

    Account after = before;
    after.email = email;
    after.name = name;
    after.externalId = profile.externalId;
    if (profile.role) {
        const Role role = *profile.role;
        if (role != Role::Admin && role != Role::Manager && role != Role::Member)
            return invalid(u"role: %1 is not a role"_s.arg(int(role)));
        if (role != before.role && before.id == actorId)
            return denied(u"Nobody can change their own role."_s);
        after.role = role;
    }
    if (profile.active != before.isActive())
        after.deactivated = profile.active ? QDateTime() : now;
    if (isActiveHumanAdmin(before) && !isActiveHumanAdmin(after) && activeHumanAdmins == 1)
        return invalid(lastAdmin(before));
    return after;
}

// Team members as directory sync names them: human accounts of the organisation or of this
// batch (placeholders), ascending, each once.
Result<QList<Id>> ProvisioningBatch::Data::checkedMembers(const QList<Id> &requested)
{
    QList<Id> members = sortedUnique(requested);
    for (Id id : std::as_const(members)) {
        if (!human(id))
            return notFound(u"members: %1 is not an account id"_s.arg(id));
    }
    return members;
}

// The trimmed name, when a team `selfId` (0 = a new one) may have it.
Result<QString> ProvisioningBatch::Data::checkedTeamName(const QString &name, Id selfId)
{
    const QString trimmed = name.trimmed();
    if (auto r = checkName(u"name", name); !r)
        return r.error();
    const QString key = nameKey(trimmed);
    if (key == nameKey(PublicTeamName))
        return conflict(publicRefused(trimmed));
    const Id holder = teamNames.value(key, 0);
    if (holder != 0 && holder != selfId)
        return conflict(u"name: %1 is already used by team %2"_s.arg(quoted(trimmed), quoted(team(holder)->name)));
    return trimmed;
}

// Writes `after` over `before` (an account of the working copy) and keeps the lookups, the
// Admin count and the record of what the batch changed.
Account ProvisioningBatch::Data::store(const Account &before, Account after)
{
    if (after.id > 0) {
        auto stored = storedAccounts.constFind(after.id);
        if (stored == storedAccounts.cend()) {
            stored = storedAccounts.insert(after.id, before);
            touchedAccounts.append(after.id);
        }
        after.version = sameContent(after, *stored) ? stored->version : stored->version + 1;
    }
    const QString oldKey = before.email.isEmpty() ? QString() : nameKey(before.email);
    const QString newKey = nameKey(after.email);
    if (oldKey != newKey) {
        if (!oldKey.isEmpty())
            emailIds.remove(oldKey);
        emailIds.insert(newKey, after.id);
    }
    activeHumanAdmins += int(isActiveHumanAdmin(after)) - int(isActiveHumanAdmin(before));
    *account(after.id) = after;
    return after;
}

Team ProvisioningBatch::Data::store(const Team &before, Team after)
{
    if (after.id > 0) {
        auto stored = storedTeams.constFind(after.id);
        if (stored == storedTeams.cend()) {
            stored = storedTeams.insert(after.id, before);
            touchedTeams.append(after.id);
        }
        after.version = sameContent(after, *stored) ? stored->version : stored->version + 1;
    }
    const QString oldKey = nameKey(before.name);
    const QString newKey = nameKey(after.name);
    if (oldKey != newKey) {
        teamNames.remove(oldKey);
        teamNames.insert(newKey, after.id);
    }
    *team(after.id) = after;
    return after;
}

ProvisioningBatch::ProvisioningBatch(const Snapshot &current, const QString &actorSubject, const QDateTime &now)
    : d(std::make_unique<Data>())
{
    d->working = current;
    const QDateTime utc = now.toUTC();
    d->now = utc.addMSecs(-utc.time().msec());

    const Snapshot &w = d->working;
    d->accountPos.reserve(w.accounts.size());
    d->emailIds.reserve(w.accounts.size());
    for (qsizetype i = 0; i < w.accounts.size(); ++i) {
        const Account &a = w.accounts.at(i);
        d->accountPos.insert(a.id, i);
        if (a.type == AccountType::Human && !a.email.trimmed().isEmpty())
            d->emailIds.insert(nameKey(a.email), a.id);
        if (isActiveHumanAdmin(a))
            ++d->activeHumanAdmins;
        if (!actorSubject.isEmpty() && a.subject == actorSubject)
            d->actorId = a.id;
    }
    for (qsizetype i = 0; i < w.teams.size(); ++i) {
        d->teamPos.insert(w.teams.at(i).id, i);
        d->teamNames.insert(nameKey(w.teams.at(i).name), w.teams.at(i).id);
    }

    const Account *actor = d->account(d->actorId);
    if (!actor && actorSubject.isEmpty())
        d->actorError = denied(u"Only Admins can sync the directory."_s);
    else if (!actor)
        d->actorError = denied(u"Only Admins can sync the directory; %1 has no account in this organisation."_s.arg(
            actorSubject));
    else if (!actor->isActive())
        d->actorError = denied(u"Only Admins can sync the directory; %1 is deactivated."_s.arg(actorSubject));
    else if (actor->role != Role::Admin)
        d->actorError = denied(u"Only Admins can sync the directory."_s);
}

ProvisioningBatch::~ProvisioningBatch() = default;

const Snapshot &ProvisioningBatch::working() const
{
    d->reorder();
    return d->working;
}

const Account *ProvisioningBatch::account(Id id) const
{
    return d->account(id);
}

const Team *ProvisioningBatch::team(Id id) const
{
    return d->team(id);
}

const Account *ProvisioningBatch::accountByEmail(const QString &email) const
{
    const QString key = nameKey(email);
    return key.isEmpty() ? nullptr : d->account(d->emailIds.value(key, 0));
}

const Team *ProvisioningBatch::teamByName(const QString &name) const
{
    return d->team(d->teamNames.value(nameKey(name), 0));
}

Result<Account> ProvisioningBatch::createAccount(const AccountProfile &profile)
{
    if (d->actorError)
        return *d->actorError;
    Account blank;
    blank.id = d->lastAccountPlaceholder - 1;
    blank.type = AccountType::Human;
    blank.role = Role::Member;
    blank.created = d->now;
    blank.version = 1;
    Result<Account> account = d->profiled(blank, profile);
    if (!account)
        return account.error();

    --d->lastAccountPlaceholder;
    d->accountPos.insert(account->id, d->working.accounts.size());
    d->working.accounts.append(blank);
    d->unordered = true;
    d->touchedAccounts.append(account->id);
    return d->store(blank, std::move(account).value());
}

Result<Account> ProvisioningBatch::updateAccount(Id id, const AccountProfile &profile, int expectedVersion)
{
    if (d->actorError)
        return *d->actorError;
    const Account *found = d->human(id);
    if (!found)
        return notFound(u"account %1 does not exist"_s.arg(id));
    const Account before = *found;
    if (auto r = checkVersion(u"account "_s + quoted(accountLabel(before)), before.version, expectedVersion); !r)
        return r.error();
    Result<Account> after = d->profiled(before, profile);
    if (!after)
        return after.error();
    if (sameContent(*after, before))
        return before;
    return d->store(before, std::move(after).value());
}

Result<Account> ProvisioningBatch::deactivateAccount(Id id, int expectedVersion)
{
    if (d->actorError)
        return *d->actorError;
    const Account *found = d->human(id);
    if (!found)
        return notFound(u"account %1 does not exist"_s.arg(id));
    const Account before = *found;
    if (auto r = checkVersion(u"account "_s + quoted(accountLabel(before)), before.version, expectedVersion); !r)
        return r.error();
    if (!before.isActive())
        return before;
    if (isActiveHumanAdmin(before) && d->activeHumanAdmins == 1)
        return invalid(lastAdmin(before));
    Account after = before;
    after.deactivated = d->now;
    return d->store(before, std::move(after));
}

Result<Team> ProvisioningBatch::createTeam(const QString &name, QList<Id> members)
{
    if (d->actorError)
        return *d->actorError;
    const Result<QString> checkedName = d->checkedTeamName(name, 0);
    if (!checkedName)
        return checkedName.error();
    Result<QList<Id>> checkedMembers = d->checkedMembers(members);
    if (!checkedMembers)
        return checkedMembers.error();

    Team team;
    team.id = --d->lastTeamPlaceholder;
    team.name = *checkedName;
    team.permission = Level::Reporter;
    team.members = std::move(checkedMembers).value();
    team.created = d->now;
    team.version = 1;
    d->teamPos.insert(team.id, d->working.teams.size());
    d->working.teams.append(team);
    d->unordered = true;
    d->teamNames.insert(nameKey(team.name), team.id);
    d->touchedTeams.append(team.id);
    return team;
}

Result<Team> ProvisioningBatch::updateTeam(Id id, const QString &name, QList<Id> members, int expectedVersion)
{
    if (d->actorError)
        return *d->actorError;
    const Team *found = d->team(id);
    if (!found)
        return notFound(u"team %1 does not exist"_s.arg(id));
    if (found->isPublic)
        return denied(u"Directory sync never changes the Public team."_s);
    const Team before = *found;
    if (auto r = checkVersion(u"team "_s + quoted(before.name), before.version, expectedVersion); !r)
        return r.error();
    const Result<QString> checkedName = d->checkedTeamName(name, id);
    if (!checkedName)
        return checkedName.error();
    Result<QList<Id>> checkedMembers = d->checkedMembers(members);
    if (!checkedMembers)
        return checkedMembers.error();

    Team after = before;
    after.name = *checkedName;
    after.members = std::move(checkedMembers).value();
    // Service accounts are not SCIM users: the directory cannot name them, so the ones an
    // Admin put in the team stay.
    bool keptServiceAccounts = false;
    for (Id member : before.members) {
        const Account *account = d->account(member);
        if (account && account->type == AccountType::Service) {
            after.members.append(member);
            keptServiceAccounts = true;
        }
    }
    if (keptServiceAccounts)
        after.members = sortedUnique(after.members);
    if (sameContent(after, before))
        return before;
    return d->store(before, std::move(after));
}

Result<void> ProvisioningBatch::deleteTeam(Id id, int expectedVersion)
{
    if (d->actorError)
        return *d->actorError;
    const Team *found = d->team(id);
    if (!found)
        return notFound(u"team %1 does not exist"_s.arg(id));
    if (found->isPublic)
        return denied(u"Directory sync never changes the Public team."_s);
    if (auto r = checkVersion(u"team "_s + quoted(found->name), found->version, expectedVersion); !r)
        return r;

    if (id > 0 && !d->storedTeams.contains(id)) {
        d->storedTeams.insert(id, *found);
        d->touchedTeams.append(id);
    }
    d->teamNames.remove(nameKey(found->name));
    // Swapped with the last team: the order comes back in working().
    const qsizetype pos = d->teamPos.take(id);
    QList<Team> &teams = d->working.teams;
    if (pos != teams.size() - 1) {
        teams[pos] = std::move(teams.last());
        d->teamPos.insert(teams.at(pos).id, pos);
        d->unordered = true;
    }
    teams.removeLast();
    return {};
}

ChangeSet ProvisioningBatch::changes() const
{
    ChangeSet changes;
    changes.action = u"scim.sync"_s;
    qsizetype accountsCreated = 0, accountsUpdated = 0, teamsCreated = 0, teamsChanged = 0, teamsDeleted = 0;
    for (Id id : std::as_const(d->touchedAccounts)) {
        const Account &now = *d->account(id);
        if (id < 0) {
            changes.accounts.append({std::nullopt, now});
            ++accountsCreated;
            continue;
        }
        const Account &stored = d->storedAccounts[id];
        if (sameContent(now, stored))
            continue;
        changes.accounts.append({stored, now});
        ++accountsUpdated;
    }
    for (Id id : std::as_const(d->touchedTeams)) {
        const Team *now = d->team(id);
        if (id < 0) {
            if (now) {
                changes.teams.append({std::nullopt, *now});
                ++teamsCreated;
            }
            continue;
        }
        const Team &stored = d->storedTeams[id];
        if (!now) {
            changes.teams.append({stored, std::nullopt});
            ++teamsDeleted;
        } else if (!sameContent(*now, stored)) {
            changes.teams.append({stored, *now});
            ++teamsChanged;
        }
    }
    QStringList parts;
    appendCounts(parts, u"account", u"accounts", {{accountsCreated, u"created"}, {accountsUpdated, u"updated"}});
    appendCounts(parts, u"team", u"teams",
                 {{teamsCreated, u"created"}, {teamsChanged, u"changed"}, {teamsDeleted, u"deleted"}});
    changes.summary = u"Directory sync: "_s + (parts.isEmpty() ? u"no change"_s : parts.join(u", "_s));
    return changes;
}

bool ProvisioningBatch::isEmpty() const
{
    for (Id id : std::as_const(d->touchedAccounts)) {
        if (id < 0 || !sameContent(*d->account(id), d->storedAccounts[id]))
            return false;
    }
    for (Id id : std::as_const(d->touchedTeams)) {
        const Team *now = d->team(id);
        if (id < 0 ? now != nullptr : (!now || !sameContent(*now, d->storedTeams[id])))
            return false;
    }
    return true;
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
// ProvisioningBatch: directory sync (domain.md, "Directory sync" and "Roles").
#include "core/provisioning.h"

#include "core/adminplanning.h"
#include "core/textfold.h"
#include "core/validation.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

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

// The e-mail key of a human account ("" for service accounts and humans without one).
QString emailKeyOf(const Account &account)
{
    return account.type == AccountType::Human ? nameKey(account.email) : QString();
}

// An entity of a list ascending by id (binary search), or, when the list is not in that
// order, of `positions`.
template <typename T>
const T *findById(const QList<T> &list, const std::optional<QHash<Id, qsizetype>> &positions, Id id)
{
    if (positions) {
        const qsizetype pos = positions->value(id, -1);
        return pos < 0 ? nullptr : &list.at(pos);
    }
    const auto it = std::lower_bound(list.cbegin(), list.cend(), id, [](const T &x, Id key) { return x.id < key; });
    return it != list.cend() && it->id == id ? &*it : nullptr;
}

// Positions by id when `list` is not strictly ascending by id (nullopt when it is).
template <typename T>
std::optional<QHash<Id, qsizetype>> positionsIfUnsorted(const QList<T> &list)
{
    const auto unsorted = std::adjacent_find(list.cbegin(), list.cend(),
                                             [](const T &a, const T &b) { return a.id >= b.id; });
    if (unsorted == list.cend())
        return std::nullopt;
    QHash<Id, qsizetype> positions;
    positions.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        positions.insert(list.at(i).id, i);
    return positions;
}

} // namespace

ProvisioningIndex::ProvisioningIndex(const Snapshot &snapshot)
{
    m_emails.reserve(snapshot.accounts.size());
    for (const Account &a : snapshot.accounts) {
        if (QString key = emailKeyOf(a); !key.isEmpty())
            m_emails.insert(std::move(key), a.id);
    }
    m_teams.reserve(snapshot.teams.size());
    for (const Team &t : snapshot.teams)
        m_teams.insert(nameKey(t.name), t.id);
}

void ProvisioningIndex::accountChanged(const Account *before, const Account &after)
{
    if (before && before->type == after.type && before->email == after.email)
        return;
    const QString oldKey = before ? emailKeyOf(*before) : QString();
    const QString newKey = emailKeyOf(after);
    if (oldKey == newKey)
        return;
    if (!oldKey.isEmpty()) {
        const auto it = m_emails.constFind(oldKey);
        if (it != m_emails.cend() && it.value() == after.id)
            m_emails.erase(it);
    }
    if (!newKey.isEmpty())
        m_emails.insert(newKey, after.id);
}

void ProvisioningIndex::teamChanged(const Team *before, const Team *after)
{
    if (before && after && before->name == after->name)
        return;
    if (before) {
        const auto it = m_teams.constFind(nameKey(before->name));
        if (it != m_teams.cend() && it.value() == before->id)
            m_teams.erase(it);
    }
    if (after)
        m_teams.insert(nameKey(after->name), after->id);
}

// The batch plans over `base`, the organisation as it was given, which it never changes:
// what the operations change is kept aside (accounts, teams, and the e-mails and names they
// take or free) and looked up first.
struct ProvisioningBatch::Data
{
    Snapshot base;
    ProvisioningIndex index; // of base
    // Positions in base's lists, only when a list is not ascending by id.
    std::optional<QHash<Id, qsizetype>> accountPos;
    std::optional<QHash<Id, qsizetype>> teamPos;
    QDateTime now;
    std::optional<Error> actorError;
    Id actorId = 0;

    // Every account and team the batch changed, placeholders included, as it is now
    // (nullopt: a team deleted). Node-based: pointers to the values stay valid.
    std::unordered_map<Id, Account> accounts;
    std::unordered_map<Id, std::optional<Team>> teams;
    // E-mail keys and team name keys the batch took (-> id) or freed (-> 0), over `index`.
    QHash<QString, Id> emailIds;
    QHash<QString, Id> teamNames;
    bool added = false; // an entity created or deleted: working() is put back in id order
    int activeHumanAdmins = 0;
    Id lastAccountPlaceholder = 0;
    Id lastTeamPlaceholder = 0;

    // Each stored entity as it was before the batch first changed it, and every entity the
    // batch changed (placeholders included) in the order first changed.
    QHash<Id, Account> storedAccounts;
    QHash<Id, Team> storedTeams;
    QList<Id> touchedAccounts;
    QList<Id> touchedTeams;

    Snapshot working; // put together by ProvisioningBatch::working()

    Data(const Snapshot &current, ProvisioningIndex currentIndex)
        : base(current)
        , index(std::move(currentIndex))
        , accountPos(positionsIfUnsorted(std::as_const(base).accounts))
        , teamPos(positionsIfUnsorted(std::as_const(base).teams))
    {
    }

    const Account *account(Id id) const
    {
        const auto it = accounts.find(id);
        if (it != accounts.end())
            return &it->second;
        return findById(std::as_const(base).accounts, accountPos, id);
    }
    const Team *team(Id id) const
    {
        const auto it = teams.find(id);
        if (it != teams.end())
            return it->second ? &*it->second : nullptr;
        return findById(std::as_const(base).teams, teamPos, id);
    }
    // Directory sync sees human accounts only.
    const Account *human(Id id) const
    {
        const Account *found = account(id);
        return found && found->type == AccountType::Human ? found : nullptr;
    }
    Id emailHolder(const QString &key) const
    {
        const auto it = emailIds.constFind(key);
        return it != emailIds.cend() ? it.value() : index.humanByEmailKey(key);
    }
    Id teamHolder(const QString &key) const
    {
        const auto it = teamNames.constFind(key);
        return it != teamNames.cend() ? it.value() : index.teamByNameKey(key);
    }

    void init(const QString &actorSubject, const QDateTime &time);
    Result<Account> profiled(const Account &before, const AccountProfile &profile);
    Result<QList<Id>> checkedMembers(const QList<Id> &requested);
    Result<QString> checkedTeamName(const QString &name, Id selfId);
    Account store(const Account &before, Account after);
    Team store(const Team &before, Team after);
};

// The acting account and the Admin count: one pass over the accounts, no copies.
void ProvisioningBatch::Data::init(const QString &actorSubject, const QDateTime &time)
{
    const QDateTime utc = time.toUTC();
    now = utc.addMSecs(-utc.time().msec());
    for (const Account &a : std::as_const(base).accounts) {
        if (isActiveHumanAdmin(a))
            ++activeHumanAdmins;
        if (!actorSubject.isEmpty() && a.subject == actorSubject)
            actorId = a.id;
    }

    const Account *actor = account(actorId);
    if (!actor && actorSubject.isEmpty())
        actorError = denied(u"Only Admins can sync the directory."_s);
    else if (!actor)
        actorError = denied(u"Only Admins can sync the directory; %1 has no account in this organisation."_s.arg(
            actorSubject));
    else if (!actor->isActive())
        actorError = denied(u"Only Admins can sync the directory; %1 is deactivated."_s.arg(actorSubject));
    else if (actor->role != Role::Admin)
        actorError = denied(u"Only Admins can sync the directory."_s);
}

// `before` with `profile` applied and checked: e-mail, name, role and the Admin rules.
// Nothing changes in the batch.
Result<Account> ProvisioningBatch::Data::profiled(const Account &before, const AccountProfile &profile)
{
    const QString email = profile.email.trimmed();
    if (auto r = checkEmail(email); !r)
        return r.error();
    const Account *holder = account(emailHolder(nameKey(email)));
    if (holder && holder->id != before.id)
        return conflict(u"email: %1 is already used by %2"_s.arg(quoted(email), quoted(accountLabel(*holder))));
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
    const Team *holder = team(teamHolder(key));
    if (holder && holder->id != selfId)
        return conflict(u"name: %1 is already used by team %2"_s.arg(quoted(trimmed), quoted(holder->name)));
    return trimmed;
}

// Writes `after` over `before` (an account of the batch) and keeps the lookups, the Admin
// count and the record of what the batch changed.
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
            emailIds.insert(oldKey, 0);
        emailIds.insert(newKey, after.id);
    }
    activeHumanAdmins += int(isActiveHumanAdmin(after)) - int(isActiveHumanAdmin(before));
    accounts.insert_or_assign(after.id, after);
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
        teamNames.insert(oldKey, 0);
        teamNames.insert(newKey, after.id);
    }
    teams.insert_or_assign(after.id, after);
    return after;
}

ProvisioningBatch::ProvisioningBatch(const Snapshot &current, const QString &actorSubject, const QDateTime &now)
    : d(std::make_unique<Data>(current, ProvisioningIndex(current)))
{
    d->init(actorSubject, now);
}

ProvisioningBatch::ProvisioningBatch(const Snapshot &current, const ProvisioningIndex &index,
                                     const QString &actorSubject, const QDateTime &now)
    : d(std::make_unique<Data>(current, index))
{
    d->init(actorSubject, now);
}

ProvisioningBatch::~ProvisioningBatch() = default;

const Snapshot &ProvisioningBatch::working() const
{
    Snapshot &w = d->working;
    w = d->base;
    if (d->accounts.empty() && d->teams.empty())
        return w;
    for (Account &a : w.accounts) {
        if (const auto it = d->accounts.find(a.id); it != d->accounts.end())
            a = it->second;
    }
    for (const auto &[id, a] : d->accounts) {
        if (id < 0)
            w.accounts.append(a);
    }
    for (Team &t : w.teams) {
        if (const auto it = d->teams.find(t.id); it != d->teams.end() && it->second)
            t = *it->second;
    }
    w.teams.removeIf([this](const Team &t) {
        const auto it = d->teams.find(t.id);
        return it != d->teams.end() && !it->second;
    });
    for (const auto &[id, t] : d->teams) {
        if (id < 0 && t)
            w.teams.append(*t);
    }
    if (d->added) {
        const auto byId = [](const auto &a, const auto &b) { return a.id < b.id; };
        std::sort(w.accounts.begin(), w.accounts.end(), byId);
        std::sort(w.teams.begin(), w.teams.end(), byId);
    }
    return w;
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
    return key.isEmpty() ? nullptr : d->account(d->emailHolder(key));
}

const Team *ProvisioningBatch::teamByName(const QString &name) const
{
    return d->team(d->teamHolder(nameKey(name)));
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
    d->added = true;
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
    d->teams.insert_or_assign(team.id, team);
    d->added = true;
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
    d->teamNames.insert(nameKey(found->name), 0);
    d->teams.insert_or_assign(id, std::nullopt);
    d->added = true;
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

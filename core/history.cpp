// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/history.h"

#include "core/entityjson.h"
#include "core/orgfile.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

const QString OrganisationEntity = u"organisation"_s;
const QString AccountEntity = u"account"_s;
const QString TeamEntity = u"team"_s;
const QString DatastoreEntity = u"datastore"_s;

bool holdsWholeOrganisation(const AuditRecord &record)
{
    return record.entity == OrganisationEntity && record.afterJson.contains(OrgFormatTag);
}

bool isEntityRecord(const AuditRecord &record)
{
    return record.entity == AccountEntity || record.entity == TeamEntity || record.entity == DatastoreEntity;
}

Error unreadable(const AuditRecord &record)
{
    return makeError(Error::Code::Invalid,
                     u"The history cannot be replayed: audit record %1 (%2 %3 at %4) holds an after value "
                     u"that is not a %2."_s.arg(QString::number(record.id), record.entity,
                                                QString::number(record.entityId), formatTimestamp(record.at)));
}

// The organisation being replayed, by id so each record replaces one entity.
struct Replay
{
    QMap<Id, Account> accounts;
    QMap<Id, Team> teams;
    QMap<Id, Datastore> datastores;

    explicit Replay(const Snapshot &start)
    {
        for (const Account &a : start.accounts)
            accounts.insert(a.id, a);
        for (const Team &t : start.teams)
            teams.insert(t.id, t);
        for (const Datastore &d : start.datastores)
            datastores.insert(d.id, d);
    }

    Result<void> apply(const AuditRecord &record)
    {
        const Id id = record.entityId;
        if (record.entity == AccountEntity) {
            if (record.afterJson.isNull()) {
                accounts.remove(id); // never written today (accounts are not deleted); kept sound
                return {};
            }
            std::optional<Account> account = accountFromJson(record.afterJson, record.at);
            if (!account)
                return unreadable(record);
            // Keep the first deactivation time while the account stays deactivated.
            const auto previous = accounts.constFind(account->id);
            if (!account->isActive() && previous != accounts.cend() && !previous->isActive())
                account->deactivated = previous->deactivated;
            accounts.insert(account->id, *account);
        } else if (record.entity == TeamEntity) {
            if (record.afterJson.isNull()) {
                teams.remove(id);
                return {};
            }
            std::optional<Team> team = teamFromJson(record.afterJson, record.at);
            if (!team)
                return unreadable(record);
            teams.insert(team->id, *team);
        } else if (record.entity == DatastoreEntity) {
            if (record.afterJson.isNull()) {
                // The database drops the datastore from its teams without team records.
                datastores.remove(id);
                for (Team &team : teams)
                    team.datastores.removeOne(id);
                return {};
            }
            std::optional<Datastore> datastore = datastoreFromJson(record.afterJson, record.at);
            if (!datastore)
                return unreadable(record);
            datastores.insert(datastore->id, *datastore);
        }
        return {};
    }

    // Records of one commit share its time, so dangling ids can only come from a history
    // that does not match the schema's cascades; they are dropped rather than trusted.
    Snapshot snapshot() const
    {
        Snapshot s;
        s.accounts = accounts.values();
        s.datastores = datastores.values();
        s.teams = teams.values();
        for (Team &team : s.teams) {
            team.members.removeIf([this](Id a) { return !accounts.contains(a); });
            team.datastores.removeIf([this](Id d) { return !datastores.contains(d); });
        }
        s.normalize();
        return s;
    }
};

} // namespace

Result<Snapshot> organisationAsOf(const QList<AuditRecord> &records, const QDateTime &at, Progress *progress)
{
    if (records.isEmpty())
        return makeError(Error::Code::NotFound, u"There is no history to rebuild the organisation from."_s);
    const QDateTime first = records.constFirst().at;
    if (at < first) {
        return makeError(Error::Code::NotFound,
                         u"There was no organisation before %1 (the first record of its history)."_s.arg(
                             formatTimestamp(first)));
    }

    qsizetype end = 0; // one past the last record at or before `at`
    while (end < records.size() && records.at(end).at <= at)
        ++end;
    qsizetype start = end - 1;
    while (start >= 0 && !holdsWholeOrganisation(records.at(start)))
        --start;
    if (start < 0) {
        return makeError(Error::Code::NotFound,
                         u"The history holds no import or creation of the organisation at or before %1."_s.arg(
                             formatTimestamp(at)));
    }

    const AuditRecord &origin = records.at(start);
    if (progress) {
        progress->startStage(end - start);
        if (progress->isCancelled())
            return Progress::cancelledError();
    }
    Result<Snapshot> base = parseOrganisation(origin.afterJson.toUtf8(), origin.at);
    if (!base) {
        return makeError(Error::Code::Invalid,
                         u"The history cannot be replayed: audit record %1 (%2 at %3) does not hold a readable "
                         u"organisation: %4"_s.arg(QString::number(origin.id), origin.action,
                                                   formatTimestamp(origin.at), base.error().message));
    }
    Replay replay(*base);
    if (progress && progress->isCancelled())
        return Progress::cancelledError();
    for (qsizetype i = start + 1; i < end; ++i) {
        if (stopRequested(progress, i - start))
            return Progress::cancelledError();
        const AuditRecord &record = records.at(i);
        if (!isEntityRecord(record))
            continue;
        if (auto applied = replay.apply(record); !applied)
            return applied.error();
    }
    if (progress)
        progress->setDone(end - start);
    return replay.snapshot();
}

QList<QDateTime> changeTimes(const QList<AuditRecord> &records)
{
    QList<QDateTime> times;
    for (const AuditRecord &record : records) {
        if (isEntityRecord(record) || holdsWholeOrganisation(record))
            times.append(record.at);
    }
    std::sort(times.begin(), times.end());
    times.erase(std::unique(times.begin(), times.end()), times.end());
    return times;
}

AccessDiff accessBetween(const QList<AuditRecord> &records, const QDateTime &from, const QDateTime &to)
{
    const Result<Snapshot> before = organisationAsOf(records, from);
    const Result<Snapshot> after = organisationAsOf(records, to);
    return diffAccess(before ? *before : Snapshot(), after ? *after : Snapshot());
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/reviewservice.h"

#include "core/accessreport.h"
#include "core/adminservice.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

using Mark = ReviewItem::Mark;
using Kind = ReviewItem::Kind;

template <typename T>
const T *findById(const QList<T> &list, Id id)
{
    const auto it = std::lower_bound(list.cbegin(), list.cend(), id,
                                     [](const T &item, Id value) { return item.id < value; });
    return it != list.cend() && it->id == id ? &*it : nullptr;
}

QList<Id> sortedUnique(QList<Id> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

QString accountLabel(const Account &account)
{
    return account.name.isEmpty() ? account.subject : account.name;
}

Error readOnly(const Review &review)
{
    return makeError(Error::Code::Invalid,
                     u"Review '%1' was signed off on %2 and can no longer be changed."_s
                         .arg(review.title, formatTimestamp(review.signedOff)));
}

ReviewItem membership(const Team &team, const Account &account)
{
    ReviewItem item;
    item.kind = Kind::Membership;
    item.team = team.id;
    item.teamName = team.name;
    item.target = account.id;
    item.targetName = accountLabel(account);
    return item;
}

ReviewItem assignment(const Team &team, const Datastore &datastore)
{
    ReviewItem item;
    item.kind = Kind::Assignment;
    item.team = team.id;
    item.teamName = team.name;
    item.target = datastore.id;
    item.targetName = datastore.name;
    return item;
}

} // namespace

Result<void> ReviewService::checkMayRecord(const Snapshot &current, const QString &actorSubject)
{
    const Capabilities caps = AdminService::capabilities(current, actorSubject);
    if (!caps.allowed(Capabilities::Action::RecordReviews))
        return makeError(Error::Code::Denied, caps.reason(Capabilities::Action::RecordReviews));
    return {};
}

Result<Review> ReviewService::startReview(const Snapshot &current, const QString &title, QList<Id> teamIds,
                                          QList<Id> datastoreIds, const QString &actorSubject,
                                          const QDateTime &now)
{
    if (auto may = checkMayRecord(current, actorSubject); !may)
        return may.error();
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        return makeError(Error::Code::Invalid, u"title: a review needs a title."_s);
    if (trimmed.size() > 255)
        return makeError(Error::Code::Invalid,
                         u"title: \"%1…\" is longer than 255 characters."_s.arg(trimmed.left(40)));

    Review review;
    review.title = trimmed;
    review.started = now.toUTC();
    review.startedBy = actorSubject;
    review.scopeTeams = sortedUnique(std::move(teamIds));
    review.scopeDatastores = sortedUnique(std::move(datastoreIds));
    if (review.scopeTeams.isEmpty() && review.scopeDatastores.isEmpty())
        return makeError(Error::Code::Invalid, u"scope: choose at least one team or datastore to review."_s);

    QSet<QPair<Id, Id>> listedAssignments;
    for (const Id teamId : std::as_const(review.scopeTeams)) {
        const Team *team = findById(current.teams, teamId);
        if (!team)
            return makeError(Error::Code::NotFound, u"teams: %1 is not a team id."_s.arg(teamId));
        if (!team->isPublic) {
            for (const Id accountId : team->members) {
                if (const Account *account = findById(current.accounts, accountId))
                    review.items.append(membership(*team, *account));
            }
        }
        for (const Id datastoreId : team->datastores) {
            if (const Datastore *datastore = findById(current.datastores, datastoreId)) {
                review.items.append(assignment(*team, *datastore));
                listedAssignments.insert({team->id, datastore->id});
            }
        }
    }
    for (const Id datastoreId : std::as_const(review.scopeDatastores)) {
        const Datastore *datastore = findById(current.datastores, datastoreId);
        if (!datastore)
            return makeError(Error::Code::NotFound, u"datastores: %1 is not a datastore id."_s.arg(datastoreId));
        for (const Team &team : current.teams) {
            if (team.datastores.contains(datastoreId) && !listedAssignments.contains({team.id, datastoreId})) {
                review.items.append(assignment(team, *datastore));
                listedAssignments.insert({team.id, datastoreId});
            }
        }
    }
    if (review.items.isEmpty())
        return makeError(Error::Code::Invalid,
                         u"scope: the chosen teams and datastores have no memberships or assignments to review."_s);
    return review;
}

Result<Review> ReviewService::markItem(const Snapshot &current, const Review &review, qsizetype index,
                                       ReviewItem::Mark mark, const QString &comment,
                                       const QString &actorSubject)
{
    if (auto may = checkMayRecord(current, actorSubject); !may)
        return may.error();
    if (review.isSignedOff())
        return readOnly(review);
    if (index < 0 || index >= review.items.size())
        return makeError(Error::Code::NotFound, u"items: %1 is not an item of review '%2'."_s.arg(index).arg(review.title));
    Review changed = review;
    changed.items[index].mark = mark;
    changed.items[index].comment = comment;
    return changed;
}

Result<Review> ReviewService::signOff(const Snapshot &current, const Review &review,
                                      const QString &actorSubject, const QDateTime &now)
{
    if (auto may = checkMayRecord(current, actorSubject); !may)
        return may.error();
    if (review.isSignedOff())
        return readOnly(review);
    const int unmarked = review.count(Mark::Unmarked);
    if (unmarked == 1)
        return makeError(Error::Code::Invalid, u"1 item is not marked yet."_s);
    if (unmarked > 1)
        return makeError(Error::Code::Invalid, u"%1 items are not marked yet."_s.arg(unmarked));
    Review signedReview = review;
    signedReview.signedOff = now.toUTC();
    signedReview.signedOffBy = actorSubject;
    return signedReview;
}

QList<Command> ReviewService::revocationCommands(const Snapshot &current, const Review &review)
{
    // Team id -> the team as it will be; ordered by team id for a stable plan.
    QMap<Id, Team> edited;
    for (const ReviewItem &item : review.items) {
        if (item.mark != Mark::Revoke)
            continue;
        const Team *team = findById(current.teams, item.team);
        if (!team)
            continue;
        auto it = edited.find(team->id);
        if (it == edited.end())
            it = edited.insert(team->id, *team);
        if (item.kind == Kind::Membership && !team->isPublic)
            it->members.removeOne(item.target);
        else if (item.kind == Kind::Assignment)
            it->datastores.removeOne(item.target);
    }
    QList<Command> commands;
    for (const Team &team : std::as_const(edited)) {
        if (team == *findById(current.teams, team.id))
            continue; // every revoked item of it is already gone
        commands.append(Command::updateTeam(team));
    }
    return commands;
}

Snapshot ReviewService::afterRevocations(const Snapshot &current, const Review &review)
{
    Snapshot after = current;
    for (const Command &command : revocationCommands(current, review)) {
        for (Team &team : after.teams) {
            if (team.id == command.target) {
                team.members = command.team.members;
                team.datastores = command.team.datastores;
            }
        }
    }
    return after;
}

QByteArray reviewEvidenceCsv(const Review &review)
{
    QString out = u"review_id,title,started,started_by,signed_off,signed_off_by,"
                  u"kind,team_id,team,target_id,target,mark,comment\n"_s;
    const QString head = QString::number(review.id) + u',' + csvField(review.title) + u','
                         + formatTimestamp(review.started) + u',' + csvField(review.startedBy) + u','
                         + formatTimestamp(review.signedOff) + u',' + csvField(review.signedOffBy);
    for (const ReviewItem &item : review.items) {
        out += head + u',' + reviewItemKindName(item.kind) + u',' + QString::number(item.team) + u','
               + csvField(item.teamName) + u',' + QString::number(item.target) + u','
               + csvField(item.targetName) + u',' + reviewMarkName(item.mark) + u','
               + csvField(item.comment) + u'\n';
    }
    return out.toUtf8();
}

QString reviewEvidenceHtml(const Review &review, const QString &organisation)
{
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    QString html = u"<html><head><meta charset=\"utf-8\"><title>%1</title></head><body>"_s.arg(esc(review.title));
    html += u"<h1>Access review: %1</h1>"_s.arg(esc(review.title));
    html += u"<table cellpadding=\"2\">"_s;
    const auto row = [&](const QString &label, const QString &value) {
        html += u"<tr><td><b>%1</b></td><td>%2</td></tr>"_s.arg(esc(label), esc(value));
    };
    row(u"Review"_s, u"#%1"_s.arg(review.id));
    if (!organisation.isEmpty())
        row(u"Organisation"_s, organisation);
    row(u"Started"_s, formatTimestamp(review.started) + u" by "_s + review.startedBy);
    row(u"Signed off"_s, review.isSignedOff()
                             ? formatTimestamp(review.signedOff) + u" by "_s + review.signedOffBy
                             : u"not signed off"_s);
    row(u"Items"_s, u"%1 (%2 keep, %3 revoke, %4 unmarked)"_s.arg(review.items.size())
                        .arg(review.count(Mark::Keep))
                        .arg(review.count(Mark::Revoke))
                        .arg(review.count(Mark::Unmarked)));
    html += u"</table><h2>Items</h2>"_s;
    html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">"
            u"<tr><th>Kind</th><th>Team</th><th>Account or datastore</th><th>Mark</th><th>Comment</th></tr>"_s;
    for (const ReviewItem &item : review.items) {
        html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>"_s.arg(
            reviewItemKindName(item.kind), esc(item.teamName), esc(item.targetName),
            reviewMarkName(item.mark), esc(item.comment));
    }
    html += u"</table></body></html>"_s;
    return html;
}

} // namespace Gatehouse

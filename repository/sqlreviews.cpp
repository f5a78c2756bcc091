// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/sqlreviews.h"

#include "repository/sqlauditlog.h"
#include "repository/sqlbulkwriter.h"
#include "repository/sqlquery.h"
#include "repository/sqlsnapshotwriter.h"
#include "repository/sqlvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace Gatehouse {

using namespace SqlValues;

namespace {

const QString ReviewEntity = u"review"_s;

QString idList(const QList<Id> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (const Id id : ids)
        parts.append(QString::number(id));
    // Never null: the columns are NOT NULL and a null QString binds as NULL.
    return parts.isEmpty() ? u""_s : parts.join(u',');
}

QList<Id> parseIdList(const QString &text)
{
    QList<Id> ids;
    for (const QStringView part : QStringView(text).split(u',', Qt::SkipEmptyParts))
        ids.append(part.toLongLong());
    return ids;
}

QJsonArray jsonIds(const QList<Id> &ids)
{
    QJsonArray array;
    for (const Id id : ids)
        array.append(id);
    return array;
}

QJsonObject itemJson(const ReviewItem &item, qsizetype position)
{
    return QJsonObject{
        {u"position"_s, qint64(position)},
        {u"kind"_s, reviewItemKindName(item.kind)},
        {u"team_id"_s, item.team},
        {u"team"_s, item.teamName},
        {u"target_id"_s, item.target},
        {u"target"_s, item.targetName},
        {u"mark"_s, reviewMarkName(item.mark)},
        {u"comment"_s, item.comment},
    };
}

// The review's own fields and the items at `positions` (all when `positions` is null).
QString reviewJson(const Review &review, const QList<qsizetype> *positions)
{
    QJsonObject object{
        {u"id"_s, review.id},
        {u"title"_s, review.title},
        {u"started"_s, formatTimestamp(review.started)},
        {u"started_by"_s, review.startedBy},
        {u"scope_teams"_s, jsonIds(review.scopeTeams)},
        {u"scope_datastores"_s, jsonIds(review.scopeDatastores)},
        {u"signed_off"_s, review.isSignedOff() ? QJsonValue(formatTimestamp(review.signedOff)) : QJsonValue()},
        {u"signed_off_by"_s, review.isSignedOff() ? QJsonValue(review.signedOffBy) : QJsonValue()},
        {u"version"_s, review.version},
    };
    QJsonArray items;
    if (positions) {
        for (const qsizetype position : *positions) {
            if (position < review.items.size())
                items.append(itemJson(review.items.at(position), position));
        }
    } else {
        for (qsizetype i = 0; i < review.items.size(); ++i)
            items.append(itemJson(review.items.at(i), i));
    }
    object.insert(u"items"_s, items);
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<SqlQuery> prepared(const QSqlDatabase &db, const QString &sql)
{
    SqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return refused(u"a review statement"_s, query);
    return query;
}

} // namespace

SqlReviews::SqlReviews(const QSqlDatabase &db)
    : m_db(db)
{
}

Result<Review> SqlReviews::save(const Review &review, const QString &actingSubject, const QDateTime &at)
{
    Review saved = review;
    QString action;
    QString beforeJson;
    QString afterJson;

    if (review.id == 0) {
        SqlQuery query(m_db);
        if (!query.exec(u"SELECT coalesce(max(id), 0) + 1 FROM reviews"_s) || !query.next())
            return refused(u"a new review id"_s, query);
        saved.id = query.value(0).toLongLong();
        saved.version = 1;
        action = saved.isSignedOff() ? u"review.sign-off"_s : u"review.start"_s;
        auto insert = prepared(m_db, u"INSERT INTO reviews (id, title, started, started_by, scope_teams, "
                                     u"scope_datastores, signed_off, signed_off_by, version) "
                                     u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)"_s);
        if (!insert)
            return insert.error();
        insert->addBindValue(saved.id);
        insert->addBindValue(saved.title);
        insert->addBindValue(requiredTime(saved.started));
        insert->addBindValue(saved.startedBy);
        insert->addBindValue(idList(saved.scopeTeams));
        insert->addBindValue(idList(saved.scopeDatastores));
        // Signed off only after the items: the triggers refuse items of a signed-off review.
        insert->addBindValue(nullableTime(QDateTime()));
        insert->addBindValue(nullableText(QString()));
        if (!insert->exec())
            return refused(u"review '%1'"_s.arg(saved.title), insert.value());
        if (auto written = writeItems(saved); !written)
            return written.error();
        if (saved.isSignedOff()) {
            auto sign = prepared(m_db, u"UPDATE reviews SET signed_off = ?, signed_off_by = ? WHERE id = ?"_s);
            if (!sign)
                return sign.error();
            sign->addBindValue(formatTimestamp(saved.signedOff));
            sign->addBindValue(saved.signedOffBy);
            sign->addBindValue(saved.id);
            if (!sign->exec())
                return refused(u"the sign-off of review '%1'"_s.arg(saved.title), sign.value());
        }
        afterJson = reviewJson(saved, nullptr);
    } else {
        const Result<QList<Review>> stored = read(review.id);
        if (!stored)
            return stored.error();
        if (stored->isEmpty())
            return makeError(Error::Code::NotFound, u"Review %1 does not exist."_s.arg(review.id));
        const Review &before = stored->constFirst();
        if (before.version != review.version) {
            QString who;
            const auto last = lastChangeOf(m_db, ReviewEntity, review.id);
            if (last && last->has_value()) {
                const AuditRecord &record = **last;
                who = u" by %1 at %2 UTC"_s.arg(record.actorSubject,
                                                 record.at.toUTC().toString(u"yyyy-MM-dd HH:mm"_s));
            }
            return makeError(Error::Code::Conflict,
                             u"Review '%1' was changed%2; reload and apply your change again."_s.arg(before.title, who),
                             u"stored version %1, edited version %2"_s.arg(before.version).arg(review.version));
        }
        if (before.isSignedOff())
            return makeError(Error::Code::Invalid,
                             u"Review '%1' was signed off on %2 and can no longer be changed."_s.arg(
                                 before.title, formatTimestamp(before.signedOff)));
        if (before.items.size() != review.items.size())
            return makeError(Error::Code::Invalid,
                             u"items: review '%1' has %2 items, not %3; items are fixed when it starts."_s
                                 .arg(before.title).arg(before.items.size()).arg(review.items.size()));
        saved.version = before.version + 1;
        action = review.isSignedOff() ? u"review.sign-off"_s : u"review.update"_s;

        QList<qsizetype> changed;
        for (qsizetype i = 0; i < review.items.size(); ++i) {
            if (!(review.items.at(i) == before.items.at(i)))
                changed.append(i);
        }
        if (auto written = writeItems(saved); !written)
            return written.error();
        auto update = prepared(m_db, u"UPDATE reviews SET title = ?, signed_off = ?, signed_off_by = ?, "
                                     u"version = ? WHERE id = ? AND version = ?"_s);
        if (!update)
            return update.error();
        update->addBindValue(saved.title);
        update->addBindValue(nullableTime(saved.signedOff));
        update->addBindValue(saved.isSignedOff() ? QVariant(saved.signedOffBy) : nullableText(QString()));
        update->addBindValue(saved.version);
        update->addBindValue(saved.id);
        update->addBindValue(before.version);
        if (!update->exec())
            return refused(u"review '%1'"_s.arg(saved.title), update.value());
        beforeJson = reviewJson(before, &changed);
        afterJson = reviewJson(saved, &changed);
    }

    AuditRecord record;
    record.at = at;
    record.actorSubject = actingSubject;
    record.action = action;
    record.entity = ReviewEntity;
    record.entityId = saved.id;
    record.beforeJson = beforeJson;
    record.afterJson = afterJson;
    if (auto audited = SqlSnapshotWriter(m_db).appendAudit(record); !audited)
        return audited.error();
    return saved;
}

Result<void> SqlReviews::insertArchived(const Review &review)
{
    auto insert = prepared(m_db, u"INSERT INTO reviews (id, title, started, started_by, scope_teams, "
                                 u"scope_datastores, signed_off, signed_off_by, version) "
                                 u"VALUES (?, ?, ?, ?, ?, ?, NULL, NULL, ?)"_s);
    if (!insert)
        return insert.error();
    insert->addBindValue(review.id);
    insert->addBindValue(review.title);
    insert->addBindValue(requiredTime(review.started));
    insert->addBindValue(review.startedBy);
    insert->addBindValue(idList(review.scopeTeams));
    insert->addBindValue(idList(review.scopeDatastores));
    insert->addBindValue(review.version);
    if (!insert->exec())
        return refused(u"review %1 ('%2')"_s.arg(review.id).arg(review.title), insert.value());
    if (auto written = writeItems(review); !written)
        return written;
    if (review.isSignedOff()) {
        auto sign = prepared(m_db, u"UPDATE reviews SET signed_off = ?, signed_off_by = ? WHERE id = ?"_s);
        if (!sign)
            return sign.error();
        sign->addBindValue(formatTimestamp(review.signedOff));
        sign->addBindValue(review.signedOffBy);
        sign->addBindValue(review.id);
        if (!sign->exec())
            return refused(u"the sign-off of review '%1'"_s.arg(review.title), sign.value());
    }
    return {};
}

// Items are rewritten whole, in bulk (sqlbulkwriter.h): a review's items are fixed at its
// start, only marks and comments change, and a few thousand rows rewrite in milliseconds.
Result<void> SqlReviews::writeItems(const Review &review)
{
    auto remove = prepared(m_db, u"DELETE FROM review_items WHERE review_id = ?"_s);
    if (!remove)
        return remove.error();
    remove->addBindValue(review.id);
    if (!remove->exec())
        return refused(u"the items of review '%1'"_s.arg(review.title), remove.value());
    RowSet rows{u"review_items"_s,
                {u"review_id"_s, u"position"_s, u"kind"_s, u"team_id"_s, u"team_name"_s, u"target_id"_s,
                 u"target_name"_s, u"mark"_s, u"comment"_s},
                {},
                [&](qsizetype i) { return u"item %1 of review '%2'"_s.arg(i).arg(review.title); }};
    rows.rows.reserve(review.items.size());
    for (qsizetype i = 0; i < review.items.size(); ++i) {
        const ReviewItem &item = review.items.at(i);
        rows.rows.append({review.id, qint64(i), reviewItemKindName(item.kind), item.team, item.teamName, item.target,
                          item.targetName, reviewMarkName(item.mark), item.comment.isNull() ? u""_s : item.comment});
    }
    return insertRows(m_db, rows);
}

Result<QList<Review>> SqlReviews::read(Id onlyId)
{
    const QString where = onlyId ? u" WHERE id = ?"_s : QString();
    auto query = prepared(m_db, u"SELECT id, title, started, started_by, scope_teams, scope_datastores, "
                                u"signed_off, signed_off_by, version FROM reviews"_s + where + u" ORDER BY id"_s);
    if (!query)
        return query.error();
    if (onlyId)
        query->addBindValue(onlyId);
    if (!query->exec())
        return refused(u"reading reviews"_s, query.value());
    QList<Review> reviews;
    QHash<Id, qsizetype> positionOf;
    while (query->next()) {
        Review r;
        r.id = query->value(0).toLongLong();
        r.title = query->value(1).toString();
        r.started = parseTimestamp(query->value(2).toString());
        r.startedBy = query->value(3).toString();
        r.scopeTeams = parseIdList(query->value(4).toString());
        r.scopeDatastores = parseIdList(query->value(5).toString());
        r.signedOff = parseTimestamp(query->value(6).toString());
        r.signedOffBy = query->value(7).toString();
        r.version = query->value(8).toInt();
        positionOf.insert(r.id, reviews.size());
        reviews.append(std::move(r));
    }
    query->finish();

    const QString itemWhere = onlyId ? u" WHERE review_id = ?"_s : QString();
    auto items = prepared(m_db, u"SELECT review_id, kind, team_id, team_name, target_id, target_name, mark, "
                                u"comment FROM review_items"_s + itemWhere + u" ORDER BY review_id, position"_s);
    if (!items)
        return items.error();
    if (onlyId)
        items->addBindValue(onlyId);
    if (!items->exec())
        return refused(u"reading review items"_s, items.value());
    while (items->next()) {
        const auto pos = positionOf.constFind(items->value(0).toLongLong());
        if (pos == positionOf.cend())
            continue;
        ReviewItem item;
        item.kind = reviewItemKindFromName(items->value(1).toString()).value_or(ReviewItem::Kind::Membership);
        item.team = items->value(2).toLongLong();
        item.teamName = items->value(3).toString();
        item.target = items->value(4).toLongLong();
        item.targetName = items->value(5).toString();
        item.mark = reviewMarkFromName(items->value(6).toString()).value_or(ReviewItem::Mark::Unmarked);
        item.comment = items->value(7).toString();
        reviews[*pos].items.append(std::move(item));
    }
    return reviews;
}

} // namespace Gatehouse

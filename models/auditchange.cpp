// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/auditchange.h"

#include "models/displaytext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

QJsonObject parseObject(const QString &json)
{
    if (json.isEmpty())
        return {};
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// Keys that change with every write or that the audit keeps only for completeness.
bool isBookkeeping(const QString &key)
{
    return key == u"id" || key == u"version" || key == u"created" || key == u"last_active"
        || key == u"public" || key == u"format";
}

bool isIdList(const QString &key)
{
    return key == u"members" || key == u"datastores";
}

// Fields in the order a person expects them, per entity; any other key follows, sorted.
QStringList fieldOrder(const QString &entity, const QJsonObject &before, const QJsonObject &after)
{
    QStringList order;
    if (entity == u"team")
        order = {u"name"_s, u"description"_s, u"permission"_s, u"members"_s, u"datastores"_s};
    else if (entity == u"account")
        order = {u"name"_s, u"email"_s, u"role"_s, u"active"_s, u"type"_s, u"subject"_s, u"external_id"_s};
    else if (entity == u"datastore")
        order = {u"name"_s, u"kind"_s, u"connection"_s};
    QStringList rest;
    for (const QJsonObject *object : {&before, &after}) {
        for (auto it = object->begin(); it != object->end(); ++it) {
            if (!order.contains(it.key()) && !rest.contains(it.key()) && !isBookkeeping(it.key()))
                rest.append(it.key());
        }
    }
    std::sort(rest.begin(), rest.end());
    return order + rest;
}

QString fieldLabel(const QString &key)
{
    if (key == u"name") return AuditChange::tr("name");
    if (key == u"description") return AuditChange::tr("description");
    if (key == u"permission") return AuditChange::tr("permission");
    if (key == u"members") return AuditChange::tr("members");
    if (key == u"datastores") return AuditChange::tr("datastores");
    if (key == u"email") return AuditChange::tr("e-mail");
    if (key == u"role") return AuditChange::tr("role");
    if (key == u"active") return AuditChange::tr("status");
    if (key == u"type") return AuditChange::tr("type");
    if (key == u"subject") return AuditChange::tr("subject");
    if (key == u"external_id") return AuditChange::tr("external id");
    if (key == u"kind") return AuditChange::tr("kind");
    if (key == u"connection") return AuditChange::tr("connection");
    return key;
}

// The file spellings ("Viewer", "source", true) as the tables show them.
QString valueText(const QString &key, const QJsonValue &value)
{
    if (value.isBool() && key == u"active")
        return value.toBool() ? AuditChange::tr("active") : AuditChange::tr("deactivated");
    if (value.isBool())
        return value.toBool() ? AuditChange::tr("yes") : AuditChange::tr("no");
    if (value.isDouble())
        return QString::number(value.toInteger());
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return AuditChange::tr("(none)");
    const QString text = value.toString();
    if (key == u"permission") {
        if (const auto level = teamLevelFromName(text))
            return DisplayText::level(*level);
    } else if (key == u"role") {
        if (const auto role = roleFromName(text))
            return DisplayText::role(*role);
    } else if (key == u"kind") {
        if (const auto kind = datastoreKindFromName(text))
            return DisplayText::datastoreKind(*kind);
    } else if (key == u"type") {
        if (const auto type = accountTypeFromName(text))
            return DisplayText::accountType(*type);
    }
    return text;
}

QString elided(const QString &text)
{
    QString line = text;
    line.replace(u'\n', u' ');
    if (line.size() <= AuditChange::SummaryValueLength)
        return line;
    return line.left(AuditChange::SummaryValueLength - 1) + u'…';
}

bool isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty())
        || (value.isArray() && value.toArray().isEmpty());
}

QList<Id> idsOf(const QJsonValue &value)
{
    QList<Id> ids;
    const QJsonArray array = value.toArray();
    ids.reserve(array.size());
    for (const QJsonValue &id : array)
        ids.append(id.toInteger());
    std::sort(ids.begin(), ids.end());
    return ids;
}

QString namesText(const QList<Id> &ids, const QString &entity, const AuditChange::IdNamer &nameOf)
{
    QStringList names;
    const qsizetype shown = std::min(ids.size(), AuditChange::DetailNames);
    for (qsizetype i = 0; i < shown; ++i) {
        const QString name = nameOf ? nameOf(entity, ids.at(i)) : QString();
        names.append(name.isEmpty() ? u"#%1"_s.arg(ids.at(i)) : name);
    }
    QString text = names.join(u", "_s);
    if (ids.size() > shown)
        text += AuditChange::tr(" and %1 more").arg(QLocale().toString(ids.size() - shown));
    return text;
}

// "+3 −1" (a set that was empty or is now empty shows one side only).
QString countsText(qsizetype added, qsizetype removed)
{
    QStringList parts;
    if (added > 0)
        parts.append(u"+%1"_s.arg(QLocale().toString(added)));
    if (removed > 0)
        parts.append(u"−%1"_s.arg(QLocale().toString(removed)));
    return parts.join(u' ');
}

// A whole organisation (created, imported): what it held.
QString organisationText(const QJsonObject &object)
{
    const auto size = [&](const QString &key) { return int(object.value(key).toArray().size()); };
    const int accounts = size(u"accounts"_s);
    const int teams = size(u"teams"_s);
    const int datastores = size(u"datastores"_s);
    // Three numbers: one numerus sentence, the teams and datastores as numerus phrases in it.
    return AuditChange::tr("%Ln account(s), %1, %2", nullptr, accounts)
        .arg(AuditChange::tr("%Ln team(s)", nullptr, teams), AuditChange::tr("%Ln datastore(s)", nullptr, datastores));
}

} // namespace

AuditChange AuditChange::describe(const AuditRecord &record, const IdNamer &nameOf)
{
    AuditChange change;
    const QJsonObject before = parseObject(record.beforeJson);
    const QJsonObject after = parseObject(record.afterJson);
    const bool hasBefore = !record.beforeJson.isEmpty();
    const bool hasAfter = !record.afterJson.isEmpty();

    if (record.entity == u"organisation" || after.contains(u"format") || before.contains(u"format")) {
        change.summary = organisationText(hasAfter ? after : before);
        change.details = change.summary;
        return change;
    }

    const QJsonObject &current = hasAfter ? after : before;
    change.entityName = current.value(u"name").toString();
    if (change.entityName.isEmpty())
        change.entityName = current.value(u"subject").toString();

    QStringList summary;
    QStringList details;
    for (const QString &key : fieldOrder(record.entity, before, after)) {
        const QJsonValue was = before.value(key);
        const QJsonValue now = after.value(key);
        const QString label = fieldLabel(key);
        if (isIdList(key)) {
            const QList<Id> wasIds = idsOf(was);
            const QList<Id> nowIds = idsOf(now);
            QList<Id> added;
            QList<Id> removed;
            std::set_difference(nowIds.cbegin(), nowIds.cend(), wasIds.cbegin(), wasIds.cend(), std::back_inserter(added));
            std::set_difference(wasIds.cbegin(), wasIds.cend(), nowIds.cbegin(), nowIds.cend(), std::back_inserter(removed));
            if (added.isEmpty() && removed.isEmpty())
                continue;
            const QString listed = key == u"members" ? u"account"_s : u"datastore"_s;
            summary.append(u"%1: %2"_s.arg(label, countsText(added.size(), removed.size())));
            if (!added.isEmpty())
                details.append(tr("%1 added: %2").arg(label, namesText(added, listed, nameOf)));
            if (!removed.isEmpty())
                details.append(tr("%1 removed: %2").arg(label, namesText(removed, listed, nameOf)));
            continue;
        }
        if (hasBefore && hasAfter) {
            if (was == now)
                continue;
            summary.append(u"%1: %2 → %3"_s.arg(label, elided(valueText(key, was)), elided(valueText(key, now))));
            details.append(u"%1: %2 → %3"_s.arg(label, valueText(key, was), valueText(key, now)));
            continue;
        }
        // Created or deleted: what it was created with, or what it had; the name is in
        // the entity column already.
        const QJsonValue &value = hasAfter ? now : was;
        if (isEmptyValue(value))
            continue;
        details.append(u"%1: %2"_s.arg(label, valueText(key, value)));
        if (key != u"name")
            summary.append(u"%1: %2"_s.arg(label, elided(valueText(key, value))));
    }
    change.summary = summary.isEmpty() ? tr("no visible change") : summary.join(u"; "_s);
    change.details = details.isEmpty() ? change.summary : details.join(u'\n');
    return change;
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminsupport.h"
#include "commands.h"

#include "core/accessreport.h"
#include "core/textfold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Gatehouse::Ctl {

namespace {

// The table shows the start of long values (an import holds the whole organisation);
// csv and json give them whole.
constexpr qsizetype TableValueLength = 300;

QString nameIn(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object().value(u"name").toString();
}

QJsonValue jsonValue(const QString &text)
{
    if (text.isNull())
        return QJsonValue::Null;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
    if (doc.isObject())
        return doc.object();
    return text;
}

QString shortened(const QString &text)
{
    if (text.isNull())
        return u"-"_s;
    return text.size() <= TableValueLength ? text : text.left(TableValueLength) + u"..."_s;
}

QByteArray table(const QList<AuditRecord> &records)
{
    QString text;
    for (const AuditRecord &r : records) {
        const QString entity = r.entityId != 0 ? u"%1 %2"_s.arg(r.entity).arg(r.entityId) : r.entity;
        text += u"%1  %2  %3  %4\n"_s.arg(formatTimestamp(r.at), r.actorSubject.isEmpty() ? u"-"_s : r.actorSubject,
                                           r.action, entity);
        text += u"  before: "_s + shortened(r.beforeJson) + u'\n';
        text += u"  after:  "_s + shortened(r.afterJson) + u'\n';
    }
    if (records.isEmpty())
        text = u"No changes recorded.\n"_s;
    return text.toUtf8();
}

QByteArray csv(const QList<AuditRecord> &records)
{
    QString text = u"id,at,actor,action,entity,entity_id,before,after\n"_s;
    for (const AuditRecord &r : records) {
        text += QString::number(r.id) + u',' + formatTimestamp(r.at) + u',' + csvField(r.actorSubject) + u','
                + csvField(r.action) + u',' + csvField(r.entity) + u',' + QString::number(r.entityId) + u','
                + csvField(r.beforeJson) + u',' + csvField(r.afterJson) + u'\n';
    }
    return text.toUtf8();
}

QByteArray json(const QList<AuditRecord> &records)
{
    QJsonArray array;
    for (const AuditRecord &r : records) {
        QJsonObject o;
        o.insert(u"id"_s, r.id);
        o.insert(u"at"_s, formatTimestamp(r.at));
        o.insert(u"actor"_s, r.actorSubject.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.actorSubject));
        o.insert(u"action"_s, r.action);
        o.insert(u"entity"_s, r.entity);
        o.insert(u"entity_id"_s, r.entityId);
        o.insert(u"before"_s, jsonValue(r.beforeJson));
        o.insert(u"after"_s, jsonValue(r.afterJson));
        array.append(o);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace

int runHistory(const QStringList &arguments)
{
    CommandLine cl(u"history"_s, u"history [--db URL] [--team NAME] [--format csv|json] [-o FILE]"_s,
                   u"Lists every recorded change, oldest first: time, acting account, action, "
                   "entity, and the entity before and after."_s);
    cl.addDatabaseOption();
    cl.parser().addOption(QCommandLineOption(
        u"team"_s, u"Only the changes of the team named NAME (ignoring case; also a former name)."_s, u"NAME"_s));
    cl.parser().addOption(QCommandLineOption(u"format"_s, u"csv or json (default: a table)."_s, u"FORMAT"_s));
    cl.addOutputOption(u"Write to FILE instead of standard output."_s);
    if (const auto stop = cl.parse(arguments))
        return *stop;
    if (!cl.parser().positionalArguments().isEmpty())
        return cl.usageError(u"Unexpected argument '%1'."_s.arg(cl.parser().positionalArguments().first()));
    const QString format = cl.parser().value(u"format"_s);
    if (cl.parser().isSet(u"format"_s) && format != u"csv" && format != u"json")
        return cl.usageError(u"Unknown format '%1'; history is written as csv or json."_s.arg(format));

    Result<Organisation> org = loadOrganisation(cl.databaseUrl());
    if (!org)
        return fail(org.error());
    AuditFilter filter;
    if (cl.parser().isSet(u"team"_s))
        filter.entity = u"team"_s;
    Result<QList<AuditRecord>> records = org->repository->auditLog(filter);
    if (!records)
        return fail(records.error());
    if (cl.parser().isSet(u"team"_s)) {
        // A team is named by its name now or by any name it had: collect its ids first.
        const QString key = nameKey(cl.parser().value(u"team"_s));
        QSet<Id> ids;
        for (const Team &team : std::as_const(org->snapshot.teams)) {
            if (nameKey(team.name) == key)
                ids.insert(team.id);
        }
        for (const AuditRecord &r : std::as_const(*records)) {
            if (nameKey(nameIn(r.beforeJson)) == key || nameKey(nameIn(r.afterJson)) == key)
                ids.insert(r.entityId);
        }
        if (ids.isEmpty())
            return fail(makeError(Error::Code::NotFound,
                                  u"--team: \"%1\" is not a team, now or before"_s.arg(cl.parser().value(u"team"_s))));
        records->removeIf([&ids](const AuditRecord &r) { return !ids.contains(r.entityId); });
    }
    const QByteArray bytes = format == u"csv" ? csv(*records) : format == u"json" ? json(*records) : table(*records);
    if (const Result<void> written = writeOutput(cl.output(), bytes); !written)
        return fail(written.error());
    return ExitOk;
}

} // namespace Gatehouse::Ctl

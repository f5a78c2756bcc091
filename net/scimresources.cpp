// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/scimresources.h"

#include "net/scimfilter.h"
#include "net/scimschema.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

Error invalidValue(const QString &message)
{
    return makeError(Error::Code::Invalid, message, u"invalidValue"_s);
}

QJsonValue member(const QJsonObject &object, QStringView name)
{
    return scimValue(object, name);
}

QString text(const QJsonObject &object, QStringView name)
{
    const QJsonValue v = member(object, name);
    return v.isString() ? v.toString().trimmed() : QString();
}

QString time(const QDateTime &t)
{
    return formatTimestamp(t);
}

// "Ada King Lovelace" -> given "Ada", family "King Lovelace".
std::pair<QString, QString> splitName(const QString &name)
{
    const QString trimmed = name.trimmed();
    const qsizetype space = trimmed.indexOf(u' ');
    if (space < 0)
        return {trimmed, QString()};
    return {trimmed.left(space), trimmed.mid(space + 1).trimmed()};
}

std::optional<bool> booleanOf(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare(u"true", Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(u"false", Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

// The primary value of a multi-valued attribute, else its first, else empty.
QString primaryValue(const QJsonObject &resource, QStringView attribute)
{
    const QJsonArray values = member(resource, attribute).toArray();
    QString first;
    for (const QJsonValue &v : values) {
        const QJsonObject o = v.toObject();
        const QString value = text(o, u"value");
        if (value.isEmpty())
            continue;
        if (booleanOf(member(o, u"primary")).value_or(false))
            return value;
        if (first.isEmpty())
            first = value;
    }
    return first;
}

// The e-mail a resource names: its userName, which must be one (Gatehouse keeps no other
// user name, so a client could not find the user again by what it sent), else the primary
// of emails when userName is absent.
Result<QString> emailOf(const QJsonObject &resource)
{
    const QString userName = text(resource, u"userName");
    if (userName.isEmpty())
        return primaryValue(resource, u"emails");
    if (!userName.contains(u'@'))
        return invalidValue(u"userName: \"%1\" is not an e-mail address; Gatehouse's user name is the e-mail."_s
                                .arg(userName));
    return userName;
}

QString nameOf(const QJsonObject &resource)
{
    if (const QString display = text(resource, u"displayName"); !display.isEmpty())
        return display;
    const QJsonObject name = member(resource, u"name").toObject();
    if (const QString formatted = text(name, u"formatted"); !formatted.isEmpty())
        return formatted;
    return QString(text(name, u"givenName") + u' ' + text(name, u"familyName")).trimmed();
}

std::optional<Role> roleOf(const QJsonObject &resource)
{
    const QJsonArray values = member(resource, u"roles").toArray();
    std::optional<Role> first;
    for (const QJsonValue &v : values) {
        const QJsonObject o = v.toObject();
        const QString value = v.isString() ? v.toString().trimmed() : text(o, u"value");
        std::optional<Role> role;
        for (Role r : {Role::Admin, Role::Manager, Role::Member}) {
            if (value.compare(roleName(r), Qt::CaseInsensitive) == 0)
                role = r;
        }
        if (!role)
            continue;
        if (booleanOf(member(o, u"primary")).value_or(false))
            return role;
        if (!first)
            first = role;
    }
    return first;
}

} // namespace

QString scimVersionTag(int version)
{
    return u"W/\"%1\""_s.arg(version);
}

int scimVersionFromTag(QStringView tag)
{
    QStringView t = tag.trimmed();
    if (t == u"*")
        return -1;
    if (t.startsWith(u"W/", Qt::CaseInsensitive))
        t = t.mid(2);
    if (t.size() >= 2 && t.front() == u'"' && t.back() == u'"')
        t = t.mid(1, t.size() - 2);
    bool ok = false;
    const int version = t.toInt(&ok);
    return ok && version > 0 ? version : 0;
}

QJsonObject scimUserJson(const ScimUserView &view, const QString &base)
{
    const Account &a = *view.account;
    const QString id = QString::number(a.id);
    const auto [given, family] = splitName(a.name);
    QJsonObject name{{u"formatted"_s, a.name}};
    if (!given.isEmpty())
        name.insert(u"givenName"_s, given);
    if (!family.isEmpty())
        name.insert(u"familyName"_s, family);
    QJsonArray groups;
    for (const Team *t : view.teams) {
        const QString teamId = QString::number(t->id);
        groups.append(QJsonObject{{u"value"_s, teamId},
                                  {u"$ref"_s, QString(base + u"/Groups/"_s + teamId)},
                                  {u"display"_s, t->name},
                                  {u"type"_s, u"direct"_s}});
    }
    QJsonObject o{
        {u"schemas"_s, QJsonArray{QString::fromUtf16(ScimUrn::User)}},
        {u"id"_s, id},
        // A local account may have no e-mail: its subject stands for it (userName is required).
        {u"userName"_s, a.email.isEmpty() ? a.subject : a.email},
        {u"name"_s, name},
        {u"displayName"_s, a.name},
        {u"active"_s, a.isActive()},
        {u"emails"_s, a.email.isEmpty() ? QJsonArray()
                                         : QJsonArray{QJsonObject{{u"value"_s, a.email}, {u"type"_s, u"work"_s},
                                                                  {u"primary"_s, true}}}},
        {u"roles"_s, QJsonArray{QJsonObject{{u"value"_s, roleName(a.role)}, {u"primary"_s, true}}}},
        {u"groups"_s, groups},
        {u"meta"_s, QJsonObject{{u"resourceType"_s, u"User"_s},
                                {u"created"_s, time(a.created)},
                                {u"lastModified"_s, time(view.lastModified.isValid() ? view.lastModified : a.created)},
                                {u"location"_s, QString(base + u"/Users/"_s + id)},
                                {u"version"_s, scimVersionTag(a.version)}}},
    };
    if (!a.externalId.isNull())
        o.insert(u"externalId"_s, a.externalId);
    return o;
}

QJsonObject scimGroupJson(const Team &team, const QList<const Account *> &members, const QDateTime &lastModified,
                          const QString &base, bool withMemberDetails)
{
    const QString id = QString::number(team.id);
    QJsonArray list;
    for (const Account *a : members) {
        const QString memberId = QString::number(a->id);
        if (withMemberDetails) {
            list.append(QJsonObject{{u"value"_s, memberId},
                                    {u"$ref"_s, QString(base + u"/Users/"_s + memberId)},
                                    {u"display"_s, a->name.isEmpty() ? a->email : a->name},
                                    {u"type"_s, u"User"_s}});
        } else {
            list.append(QJsonObject{{u"value"_s, memberId}});
        }
    }
    return QJsonObject{
        {u"schemas"_s, QJsonArray{QString::fromUtf16(ScimUrn::Group)}},
        {u"id"_s, id},
        {u"displayName"_s, team.name},
        {u"members"_s, list},
        {u"meta"_s, QJsonObject{{u"resourceType"_s, u"Group"_s},
                                {u"created"_s, time(team.created)},
                                {u"lastModified"_s, time(lastModified.isValid() ? lastModified : team.created)},
                                {u"location"_s, QString(base + u"/Groups/"_s + id)},
                                {u"version"_s, scimVersionTag(team.version)}}},
    };
}

Result<AccountProfile> scimUserProfile(const QJsonObject &resource, const QJsonObject &current, const Account *account)
{
    AccountProfile p;
    const bool updating = account != nullptr;
    // E-mail and name: what changed wins; nothing changed keeps what is stored.
    if (!updating) {
        const Result<QString> email = emailOf(resource);
        if (!email)
            return email.error();
        p.email = *email;
        p.name = nameOf(resource);
    } else {
        const QString userName = text(resource, u"userName");
        const QString email = primaryValue(resource, u"emails");
        if (!userName.isEmpty() && userName != text(current, u"userName")) {
            const Result<QString> changed = emailOf(resource);
            if (!changed)
                return changed.error();
            p.email = *changed;
        } else if (!email.isEmpty() && email != primaryValue(current, u"emails")) {
            p.email = email;
        } else {
            p.email = account->email;
        }

        const QJsonObject name = member(resource, u"name").toObject();
        const QJsonObject currentName = member(current, u"name").toObject();
        const QString display = text(resource, u"displayName");
        const QString formatted = text(name, u"formatted");
        const QString given = text(name, u"givenName"), family = text(name, u"familyName");
        if (!display.isEmpty() && display != text(current, u"displayName"))
            p.name = display;
        else if (!formatted.isEmpty() && formatted != text(currentName, u"formatted"))
            p.name = formatted;
        else if ((!given.isEmpty() || !family.isEmpty())
                 && (given != text(currentName, u"givenName") || family != text(currentName, u"familyName")))
            p.name = QString(given + u' ' + family).trimmed();
        else
            p.name = account->name;
    }
    if (p.email.isEmpty())
        return invalidValue(u"userName: a User needs an e-mail address (userName or emails)."_s);

    const QJsonValue active = member(resource, u"active");
    if (active.isUndefined() || active.isNull()) {
        p.active = account ? account->isActive() : true;
    } else if (const std::optional<bool> b = booleanOf(active)) {
        p.active = *b;
    } else {
        return invalidValue(u"active: %1 is not true or false."_s.arg(
            active.isString() ? u'"' + active.toString() + u'"' : u"the value"_s));
    }

    const QJsonValue externalId = member(resource, u"externalId");
    if (externalId.isString() && !externalId.toString().isEmpty())
        p.externalId = externalId.toString();
    else if (!externalId.isUndefined() && !externalId.isNull() && !externalId.isString())
        return invalidValue(u"externalId: a string is expected."_s);

    p.role = roleOf(resource);
    return p;
}

Result<ScimGroupInput> scimGroupInput(const QJsonObject &resource)
{
    ScimGroupInput input;
    input.displayName = text(resource, u"displayName");
    if (input.displayName.isEmpty())
        return invalidValue(u"displayName: a Group needs a name."_s);
    const QJsonValue members = member(resource, u"members");
    if (!members.isUndefined() && !members.isNull() && !members.isArray())
        return invalidValue(u"members: a list of {\"value\": \"<User id>\"} is expected."_s);
    const QJsonArray list = members.toArray();
    input.members.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonValue v = member(list.at(i).toObject(), u"value");
        bool ok = false;
        const Id id = v.isString() ? v.toString().trimmed().toLongLong(&ok) : Id(v.toDouble());
        if (v.isDouble())
            ok = double(id) == v.toDouble() && id != 0;
        if (!ok || id == 0)
            return invalidValue(u"members[%1].value: %2 is not a User id."_s.arg(i).arg(
                v.isString() ? u'"' + v.toString() + u'"' : u"the value"_s));
        input.members.append(id);
    }
    return input;
}

} // namespace Gatehouse

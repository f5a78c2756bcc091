// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/scimschema.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

using Type = ScimAttribute::Type;
using Mutability = ScimAttribute::Mutability;
using Returned = ScimAttribute::Returned;
using Uniqueness = ScimAttribute::Uniqueness;

ScimAttribute attr(const QString &name, Type type, const QString &description)
{
    ScimAttribute a;
    a.name = name;
    a.type = type;
    a.description = description;
    return a;
}

ScimAttribute readOnly(ScimAttribute a)
{
    a.mutability = Mutability::ReadOnly;
    for (ScimAttribute &sub : a.subAttributes)
        sub = readOnly(std::move(sub));
    return a;
}

QString mutabilityName(Mutability m)
{
    switch (m) {
    case Mutability::ReadOnly: return u"readOnly"_s;
    case Mutability::ReadWrite: return u"readWrite"_s;
    case Mutability::Immutable: return u"immutable"_s;
    case Mutability::WriteOnly: return u"writeOnly"_s;
    }
    return {};
}

QString returnedName(Returned r)
{
    switch (r) {
    case Returned::Always: return u"always"_s;
    case Returned::Never: return u"never"_s;
    case Returned::Default: return u"default"_s;
    case Returned::Request: return u"request"_s;
    }
    return {};
}

QString uniquenessName(Uniqueness u)
{
    switch (u) {
    case Uniqueness::None: return u"none"_s;
    case Uniqueness::Server: return u"server"_s;
    case Uniqueness::Global: return u"global"_s;
    }
    return {};
}

// RFC 7643 §3.1: id, externalId, meta.
QList<ScimAttribute> commonAttributes(bool withExternalId)
{
    ScimAttribute id = attr(u"id"_s, Type::String, u"Unique identifier of the resource, assigned by Gatehouse."_s);
    id.caseExact = true;
    id.mutability = Mutability::ReadOnly;
    id.returned = Returned::Always;
    id.uniqueness = Uniqueness::Server;

    ScimAttribute externalId = attr(u"externalId"_s, Type::String, u"Identifier of the resource in the provisioning client."_s);
    externalId.caseExact = true;

    ScimAttribute meta = attr(u"meta"_s, Type::Complex, u"Resource metadata."_s);
    meta.subAttributes = {
        attr(u"resourceType"_s, Type::String, u"Name of the resource type."_s),
        attr(u"created"_s, Type::DateTime, u"When the resource was added."_s),
        attr(u"lastModified"_s, Type::DateTime, u"When the resource was last changed."_s),
        attr(u"location"_s, Type::Reference, u"URI of the resource."_s),
        attr(u"version"_s, Type::String, u"Weak entity tag of the resource's version."_s),
    };
    meta.subAttributes[0].caseExact = true;
    meta.subAttributes[3].caseExact = true;
    meta.subAttributes[4].caseExact = true;
    meta = readOnly(std::move(meta));

    QList<ScimAttribute> list{id};
    if (withExternalId)
        list.append(externalId);
    list.append(meta);
    return list;
}

ScimSchema buildUserSchema()
{
    ScimSchema s;
    s.id = QString::fromUtf16(ScimUrn::User);
    s.name = u"User"_s;
    s.description = u"A human account (service accounts are not provisioned)."_s;
    s.endpoint = u"/Users"_s;

    ScimAttribute userName = attr(u"userName"_s, Type::String,
                                  u"The account's e-mail address, unique among human accounts ignoring case."_s);
    userName.required = true;
    userName.uniqueness = Uniqueness::Server;

    ScimAttribute name = attr(u"name"_s, Type::Complex,
                              u"The person's name; Gatehouse keeps one display name, split at the first space."_s);
    name.subAttributes = {
        attr(u"formatted"_s, Type::String, u"The full name."_s),
        attr(u"familyName"_s, Type::String, u"Everything after the first word of the name."_s),
        attr(u"givenName"_s, Type::String, u"The first word of the name."_s),
    };

    ScimAttribute displayName = attr(u"displayName"_s, Type::String, u"The name shown in Gatehouse."_s);

    ScimAttribute active = attr(u"active"_s, Type::Boolean, u"False for a deactivated account."_s);

    ScimAttribute emails = attr(u"emails"_s, Type::Complex,
                                u"The account's e-mail address (one; the same as userName)."_s);
    emails.multiValued = true;
    emails.subAttributes = {
        attr(u"value"_s, Type::String, u"E-mail address."_s),
        attr(u"display"_s, Type::String, u"Display value."_s),
        attr(u"type"_s, Type::String, u"Kind of address."_s),
        attr(u"primary"_s, Type::Boolean, u"The primary address."_s),
    };
    emails.subAttributes[2].canonicalValues = {u"work"_s, u"home"_s, u"other"_s};

    ScimAttribute roles = attr(u"roles"_s, Type::Complex, u"The account's Gatehouse role: Admin, Manager or Member."_s);
    roles.multiValued = true;
    roles.subAttributes = {
        attr(u"value"_s, Type::String, u"Admin, Manager or Member."_s),
        attr(u"display"_s, Type::String, u"Display value."_s),
        attr(u"type"_s, Type::String, u"Kind of role."_s),
        attr(u"primary"_s, Type::Boolean, u"The primary role."_s),
    };
    roles.subAttributes[0].canonicalValues = {u"Admin"_s, u"Manager"_s, u"Member"_s};

    ScimAttribute groups = attr(u"groups"_s, Type::Complex,
                                u"The teams the account is a member of (the Public team left out); "
                                u"changed through the Group resources."_s);
    groups.multiValued = true;
    groups.subAttributes = {
        attr(u"value"_s, Type::String, u"The team's id."_s),
        attr(u"$ref"_s, Type::Reference, u"URI of the Group."_s),
        attr(u"display"_s, Type::String, u"The team's name."_s),
        attr(u"type"_s, Type::String, u"Always direct."_s),
    };
    groups.subAttributes[1].referenceTypes = {u"Group"_s};
    groups.subAttributes[3].canonicalValues = {u"direct"_s};
    groups = readOnly(std::move(groups));

    s.attributes = {userName, name, displayName, active, emails, roles, groups};
    s.common = commonAttributes(true);
    return s;
}

ScimSchema buildGroupSchema()
{
    ScimSchema s;
    s.id = QString::fromUtf16(ScimUrn::Group);
    s.name = u"Group"_s;
    s.description = u"A team (the Public team is not provisioned)."_s;
    s.endpoint = u"/Groups"_s;

    ScimAttribute displayName = attr(u"displayName"_s, Type::String,
                                     u"The team's name, unique ignoring case; never Public."_s);
    displayName.required = true;
    displayName.uniqueness = Uniqueness::Server;

    ScimAttribute members = attr(u"members"_s, Type::Complex, u"The team's human members."_s);
    members.multiValued = true;
    members.subAttributes = {
        attr(u"value"_s, Type::String, u"The member's User id."_s),
        attr(u"$ref"_s, Type::Reference, u"URI of the User."_s),
        attr(u"display"_s, Type::String, u"The member's name."_s),
        attr(u"type"_s, Type::String, u"Always User."_s),
    };
    members.subAttributes[0].mutability = Mutability::Immutable;
    members.subAttributes[1].mutability = Mutability::Immutable;
    members.subAttributes[1].referenceTypes = {u"User"_s};
    members.subAttributes[2].mutability = Mutability::ReadOnly;
    members.subAttributes[3].mutability = Mutability::Immutable;
    members.subAttributes[3].canonicalValues = {u"User"_s};

    s.attributes = {displayName, members};
    s.common = commonAttributes(false);
    return s;
}

const ScimAttribute *findIn(const QList<ScimAttribute> &list, QStringView name)
{
    for (const ScimAttribute &a : list) {
        if (a.name.compare(name, Qt::CaseInsensitive) == 0)
            return &a;
    }
    return nullptr;
}

} // namespace

QString scimTypeName(ScimAttribute::Type type)
{
    switch (type) {
    case Type::String: return u"string"_s;
    case Type::Boolean: return u"boolean"_s;
    case Type::Decimal: return u"decimal"_s;
    case Type::Integer: return u"integer"_s;
    case Type::DateTime: return u"dateTime"_s;
    case Type::Binary: return u"binary"_s;
    case Type::Reference: return u"reference"_s;
    case Type::Complex: return u"complex"_s;
    }
    return {};
}

const ScimAttribute *ScimAttribute::subAttribute(QStringView subName) const
{
    return findIn(subAttributes, subName);
}

QJsonObject ScimAttribute::toJson() const
{
    QJsonObject o{
        {u"name"_s, name},
        {u"type"_s, scimTypeName(type)},
        {u"multiValued"_s, multiValued},
        {u"description"_s, description},
        {u"required"_s, required},
        {u"mutability"_s, mutabilityName(mutability)},
        {u"returned"_s, returnedName(returned)},
    };
    if (type != Type::Complex && type != Type::Boolean) {
        o.insert(u"caseExact"_s, caseExact);
        o.insert(u"uniqueness"_s, uniquenessName(uniqueness));
    }
    if (!canonicalValues.isEmpty())
        o.insert(u"canonicalValues"_s, QJsonArray::fromStringList(canonicalValues));
    if (type == Type::Reference)
        o.insert(u"referenceTypes"_s, QJsonArray::fromStringList(referenceTypes.isEmpty() ? QStringList{u"external"_s}
                                                                                          : referenceTypes));
    if (type == Type::Complex) {
        QJsonArray subs;
        for (const ScimAttribute &sub : subAttributes)
            subs.append(sub.toJson());
        o.insert(u"subAttributes"_s, subs);
    }
    return o;
}

const ScimAttribute *ScimSchema::attribute(QStringView uri, QStringView attributeName) const
{
    if (!uri.isEmpty() && uri.compare(id, Qt::CaseInsensitive) != 0)
        return nullptr;
    if (const ScimAttribute *a = findIn(attributes, attributeName))
        return a;
    return findIn(common, attributeName);
}

QJsonObject ScimSchema::toJson(const QString &location) const
{
    QJsonArray list;
    for (const ScimAttribute &a : attributes)
        list.append(a.toJson());
    return QJsonObject{
        {u"schemas"_s, QJsonArray{QString::fromUtf16(ScimUrn::Schema)}},
        {u"id"_s, id},
        {u"name"_s, name},
        {u"description"_s, description},
        {u"attributes"_s, list},
        {u"meta"_s, QJsonObject{{u"resourceType"_s, u"Schema"_s}, {u"location"_s, location}}},
    };
}

QJsonObject ScimSchema::resourceTypeJson(const QString &location) const
{
    return QJsonObject{
        {u"schemas"_s, QJsonArray{QString::fromUtf16(ScimUrn::ResourceType)}},
        {u"id"_s, name},
        {u"name"_s, name},
        {u"endpoint"_s, endpoint},
        {u"description"_s, description},
        {u"schema"_s, id},
        {u"meta"_s, QJsonObject{{u"resourceType"_s, u"ResourceType"_s}, {u"location"_s, location}}},
    };
}

const ScimSchema &scimUserSchema()
{
    static const ScimSchema schema = buildUserSchema();
    return schema;
}

const ScimSchema &scimGroupSchema()
{
    static const ScimSchema schema = buildGroupSchema();
    return schema;
}

} // namespace Gatehouse

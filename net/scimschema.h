// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Gatehouse {

// URNs of RFC 7643 / 7644.
namespace ScimUrn {
inline constexpr char16_t User[] = u"urn:ietf:params:scim:schemas:core:2.0:User";
inline constexpr char16_t Group[] = u"urn:ietf:params:scim:schemas:core:2.0:Group";
inline constexpr char16_t ListResponse[] = u"urn:ietf:params:scim:api:messages:2.0:ListResponse";
inline constexpr char16_t PatchOp[] = u"urn:ietf:params:scim:api:messages:2.0:PatchOp";
inline constexpr char16_t BulkRequest[] = u"urn:ietf:params:scim:api:messages:2.0:BulkRequest";
inline constexpr char16_t BulkResponse[] = u"urn:ietf:params:scim:api:messages:2.0:BulkResponse";
inline constexpr char16_t SearchRequest[] = u"urn:ietf:params:scim:api:messages:2.0:SearchRequest";
inline constexpr char16_t Error[] = u"urn:ietf:params:scim:api:messages:2.0:Error";
inline constexpr char16_t ServiceProviderConfig[] = u"urn:ietf:params:scim:schemas:core:2.0:ServiceProviderConfig";
inline constexpr char16_t ResourceType[] = u"urn:ietf:params:scim:schemas:core:2.0:ResourceType";
inline constexpr char16_t Schema[] = u"urn:ietf:params:scim:schemas:core:2.0:Schema";
} // namespace ScimUrn

// One attribute definition of RFC 7643 §7 (what /Schemas publishes), also used to evaluate
// filters (type, caseExact), to choose returned attributes and to refuse writes to
// read-only ones.
struct ScimAttribute
{
    enum class Type : quint8 { String, Boolean, Decimal, Integer, DateTime, Binary, Reference, Complex };
    enum class Mutability : quint8 { ReadOnly, ReadWrite, Immutable, WriteOnly };
    enum class Returned : quint8 { Always, Never, Default, Request };
    enum class Uniqueness : quint8 { None, Server, Global };

    QString name;
    Type type = Type::String;
    bool multiValued = false;
    bool required = false;
    bool caseExact = false;
    Mutability mutability = Mutability::ReadWrite;
    Returned returned = Returned::Default;
    Uniqueness uniqueness = Uniqueness::None;
    QString description;
    QStringList canonicalValues;
    QStringList referenceTypes;
    QList<ScimAttribute> subAttributes;

    // Case-insensitive, as SCIM attribute names are; nullptr when unknown.
    const ScimAttribute *subAttribute(QStringView subName) const;
    QJsonObject toJson() const;
};

// A resource's schema: its own attributes (as /Schemas lists them) and the common ones of
// RFC 7643 §3.1 (id, externalId, meta) that every resource has.
struct ScimSchema
{
    QString id;            // the URN
    QString name;          // "User"
    QString description;
    QString endpoint;      // "/Users"
    QList<ScimAttribute> attributes;
    QList<ScimAttribute> common;

    // An attribute by name (its own or common), case-insensitive; `uri` may be empty or
    // this schema's URN (also case-insensitive). nullptr when unknown.
    const ScimAttribute *attribute(QStringView uri, QStringView attributeName) const;
    // The schema as /Schemas/{id} returns it (`location` is its URL).
    QJsonObject toJson(const QString &location) const;
    // The resource type as /ResourceTypes/{name} returns it.
    QJsonObject resourceTypeJson(const QString &location) const;
};

// The schemas Gatehouse serves, limited to what it stores.
const ScimSchema &scimUserSchema();
const ScimSchema &scimGroupSchema();

QString scimTypeName(ScimAttribute::Type type);

} // namespace Gatehouse

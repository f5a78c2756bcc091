// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "net/scimfilter.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace Gatehouse {

struct ScimSchema;

// One operation of a PATCH request (RFC 7644 §3.5.2).
struct ScimPatchOperation
{
    enum class Op : quint8 { Add, Replace, Remove };
    Op op = Op::Add;
    std::optional<ScimPatchPath> path;
    QJsonValue value;   // undefined when absent
};

// Errors of this file carry the RFC 7644 scimType in Error::detail ("invalidSyntax",
// "invalidPath", "noTarget", "invalidValue", "mutability").

// Reads a PatchOp message: "Operations" (any case) holds at least one operation, "op" is
// add, replace or remove in any case ("Replace"), add and replace have a "value", remove
// has a "path". "schemas" is not required (identity providers differ).
Result<QList<ScimPatchOperation>> parseScimPatch(const QJsonObject &body);

// Applies the operations in order to `resource` (a SCIM resource as JSON) and returns the
// result; the mapping back to the entity decides what is kept. Attribute names match
// ignoring case. Semantics:
//  - add: a multi-valued attribute gets the values it does not hold yet; a complex one
//    merges the given sub-attributes; anything else is set;
//  - replace: a multi-valued attribute is set to the values; a complex one merges; anything
//    else is set;
//  - add or replace without a path: each member of the value object as if it were a path
//    ("name.givenName" and URN-prefixed keys included); read-only attributes are skipped;
//  - a value filter (`members[value eq "42"]`) selects values of a multi-valued attribute:
//    replace and add change the matching ones (or their sub-attribute); when none matches
//    and the filter is `attr eq literal`, a new value {attr: literal, ...} is added; other
//    filters matching nothing give noTarget on replace;
//  - remove: drops the attribute, the sub-attribute, the values the filter matches, or (with
//    a value, as some clients send it) the listed values of a multi-valued attribute,
//    compared by "value"; removing what is not there changes nothing.
// An explicit path to a read-only attribute of `schema` fails (mutability).
Result<QJsonObject> applyScimPatch(QJsonObject resource, const QList<ScimPatchOperation> &operations,
                                   const ScimSchema &schema);

} // namespace Gatehouse

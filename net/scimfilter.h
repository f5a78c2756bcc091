// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

namespace Gatehouse {

struct ScimAttribute;
struct ScimSchema;

// An attribute path of RFC 7644 §3.10: [URI ":"] ATTRNAME ["." subAttr]. Names keep the
// case they were written in; every lookup ignores case.
struct ScimAttrPath
{
    QString uri;           // schema URN as written; empty when none
    QString attribute;
    QString subAttribute;  // empty when none

    QString toString() const;
    friend bool operator==(const ScimAttrPath &, const ScimAttrPath &) = default;
};

// A parsed SCIM filter (RFC 7644 §3.4.2.2): a tree of nodes. Filtering runs on resources
// in memory; a filter never becomes SQL.
struct ScimFilter
{
    enum class Kind : quint8 {
        And,        // children[0] and children[1]
        Or,         // children[0] or children[1]
        Not,        // not (children[0])
        Compare,    // path op value
        Present,    // path pr
        ValuePath,  // path[children[0]]: some value of the multi-valued `path` matches
    };
    enum class Op : quint8 { Eq, Ne, Co, Sw, Ew, Gt, Lt, Ge, Le };

    Kind kind = Kind::Compare;
    Op op = Op::Eq;
    ScimAttrPath path;
    QJsonValue value;               // Compare: string, number, bool or null
    std::vector<ScimFilter> children;

    // "and" binds tighter than "or"; "not" applies to a parenthesised filter. Attribute
    // names, operators and the literals true/false/null are case-insensitive; strings are
    // JSON strings (escapes included). Errors (Error::Code::Invalid) say at which
    // character (1-based) and what was expected.
    static Result<ScimFilter> parse(QStringView text);

    // A canonical form: lower-case operators, strings as JSON, every and/or/not
    // parenthesised ("(a eq \"x\") or ((b pr) and (not (c eq 1)))").
    QString toString() const;

    friend bool operator==(const ScimFilter &, const ScimFilter &) = default;
};

QString scimOpName(ScimFilter::Op op);

// A PATCH path (RFC 7644 §3.5.2): attrPath, or valuePath with an optional sub-attribute
// (`members[value eq "42"]`, `emails[type eq "work"].value`).
struct ScimPatchPath
{
    ScimAttrPath path;                  // attribute (and sub-attribute when no filter)
    std::optional<ScimFilter> filter;   // the value filter, relative to `path`
    QString filterSubAttribute;         // after "]": empty when none

    static Result<ScimPatchPath> parse(QStringView text);
    QString toString() const;
};

// Checks a filter against a schema: every attribute known, operators fit the types
// (no ordering on booleans, no co/sw/ew on booleans, sub-attributes only of complex
// attributes, value paths only on complex ones). Error::Code::Invalid naming the attribute.
Result<void> validateScimFilter(const ScimFilter &filter, const ScimSchema &schema);

// True when `resource` (a SCIM resource as JSON) matches. Attribute names are looked up
// ignoring case; strings compare ignoring case unless the attribute is caseExact, dates
// chronologically, numbers numerically. A multi-valued attribute matches when one of its
// values does; a complex multi-valued one without a sub-attribute compares its "value".
// Attributes the schema does not know compare as caseExact=false strings.
bool scimFilterMatches(const ScimFilter &filter, const QJsonObject &resource, const ScimSchema &schema);
// The same for one value of a multi-valued complex attribute (value paths, PATCH).
bool scimFilterMatchesValue(const ScimFilter &filter, const QJsonValue &value, const ScimAttribute *attribute);

// Lookups shared with PATCH: the key of `object` equal to `name` ignoring case, or `name`
// itself when there is none.
QString scimKey(const QJsonObject &object, QStringView name);
// The member of `object` named `name` ignoring case (the exact name is tried first).
QJsonValue scimValue(const QJsonObject &object, QStringView name);

} // namespace Gatehouse

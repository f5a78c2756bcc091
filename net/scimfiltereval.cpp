// SPDX-License-Identifier: GPL-3.0-or-later
// Validation and evaluation of parsed SCIM filters (scimfilter.h), on resources in memory.
#include "net/scimfilter.h"

#include "net/scimschema.h"

#include <QDateTime>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

using Type = ScimAttribute::Type;
using Op = ScimFilter::Op;

// Where a path is looked up: a resource (its schema) or one value of a multi-valued complex
// attribute (the attribute's sub-attributes).
struct Scope
{
    const ScimSchema *schema = nullptr;
    const ScimAttribute *parent = nullptr;
};

const ScimAttribute *definition(const Scope &scope, const ScimAttrPath &path)
{
    if (scope.parent)
        return path.uri.isEmpty() ? scope.parent->subAttribute(path.attribute) : nullptr;
    return scope.schema ? scope.schema->attribute(path.uri, path.attribute) : nullptr;
}

Error invalid(const QString &message)
{
    return makeError(Error::Code::Invalid, message);
}

// The leaf definition a comparison uses: the sub-attribute, or "value" of a multi-valued
// complex attribute named without one.
Result<const ScimAttribute *> leafFor(const Scope &scope, const ScimAttrPath &path, bool presence)
{
    const ScimAttribute *attribute = definition(scope, path);
    if (!attribute)
        return invalid(u"Unknown attribute \"%1\" in the filter."_s.arg(path.toString()));
    if (!path.subAttribute.isEmpty()) {
        if (attribute->type != Type::Complex)
            return invalid(u"\"%1\" has no sub-attributes: it is a %2."_s.arg(attribute->name, scimTypeName(attribute->type)));
        const ScimAttribute *sub = attribute->subAttribute(path.subAttribute);
        if (!sub)
            return invalid(u"Unknown attribute \"%1\" in the filter: %2 has no sub-attribute \"%3\"."_s
                               .arg(path.toString(), attribute->name, path.subAttribute));
        return sub;
    }
    if (attribute->type == Type::Complex && !presence) {
        if (attribute->multiValued) {
            if (const ScimAttribute *value = attribute->subAttribute(u"value"))
                return value;
        }
        return invalid(u"\"%1\" is complex: compare one of its sub-attributes (%1.%2)."_s
                           .arg(attribute->name, attribute->subAttributes.value(0).name));
    }
    return attribute;
}

Result<void> validate(const ScimFilter &f, const Scope &scope)
{
    switch (f.kind) {
    case ScimFilter::Kind::And:
    case ScimFilter::Kind::Or:
    case ScimFilter::Kind::Not:
        for (const ScimFilter &child : f.children) {
            if (auto checked = validate(child, scope); !checked)
                return checked;
        }
        return {};
    case ScimFilter::Kind::Present:
        if (auto leaf = leafFor(scope, f.path, true); !leaf)
            return leaf.error();
        return {};
    case ScimFilter::Kind::ValuePath: {
        const ScimAttribute *attribute = definition(scope, f.path);
        if (!attribute)
            return invalid(u"Unknown attribute \"%1\" in the filter."_s.arg(f.path.toString()));
        if (attribute->type != Type::Complex || !attribute->multiValued)
            return invalid(u"\"%1[...]\": a value filter needs a multi-valued complex attribute."_s.arg(attribute->name));
        return validate(f.children.front(), Scope{nullptr, attribute});
    }
    case ScimFilter::Kind::Compare: {
        Result<const ScimAttribute *> leaf = leafFor(scope, f.path, false);
        if (!leaf)
            return leaf.error();
        const ScimAttribute &a = **leaf;
        const bool ordering = f.op == Op::Gt || f.op == Op::Ge || f.op == Op::Lt || f.op == Op::Le;
        const bool substring = f.op == Op::Co || f.op == Op::Sw || f.op == Op::Ew;
        if (a.type == Type::Boolean && (ordering || substring))
            return invalid(u"\"%1 %2\": %3 is a boolean; compare it with eq or ne."_s
                               .arg(f.path.toString(), scimOpName(f.op), a.name));
        if (a.type == Type::Binary && ordering)
            return invalid(u"\"%1 %2\": %3 is binary and has no order."_s.arg(f.path.toString(), scimOpName(f.op), a.name));
        if (f.value.isNull() && f.op != Op::Eq && f.op != Op::Ne)
            return invalid(u"\"%1 %2 null\": null compares with eq or ne only."_s.arg(f.path.toString(), scimOpName(f.op)));
        return {};
    }
    }
    return {};
}

// --- Evaluation ---

QJsonValue member(const QJsonObject &object, QStringView name)
{
    return scimValue(object, name);
}

// The values a path names in `object`, arrays flattened. `useValue`: a complex value
// without a sub-attribute stands for its "value" (comparisons), or for itself (presence).
void collect(const QJsonValue &v, const QString &subName, bool useValue, QList<QJsonValue> &out)
{
    if (v.isArray()) {
        for (const QJsonValue &e : v.toArray())
            collect(e, subName, useValue, out);
        return;
    }
    if (v.isUndefined() || v.isNull())
        return;
    if (!subName.isEmpty()) {
        if (v.isObject()) {
            const QJsonValue sub = member(v.toObject(), subName);
            if (sub.isArray()) {
                for (const QJsonValue &e : sub.toArray())
                    out.append(e);
            } else if (!sub.isUndefined() && !sub.isNull()) {
                out.append(sub);
            }
        }
        return;
    }
    if (v.isObject() && useValue) {
        const QJsonValue value = member(v.toObject(), u"value");
        if (!value.isUndefined() && !value.isNull())
            out.append(value);
        return;
    }
    out.append(v);
}

QJsonValue topValue(const QJsonObject &object, const ScimAttrPath &path, const Scope &scope)
{
    if (!scope.parent && !path.uri.isEmpty() && scope.schema
        && path.uri.compare(scope.schema->id, Qt::CaseInsensitive) != 0) {
        // An extension schema's attributes live in an object named by its URN.
        return member(member(object, path.uri).toObject(), path.attribute);
    }
    return member(object, path.attribute);
}

std::optional<bool> asBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        if (v.toString().compare(u"true", Qt::CaseInsensitive) == 0)
            return true;
        if (v.toString().compare(u"false", Qt::CaseInsensitive) == 0)
            return false;
    }
    return std::nullopt;
}

std::optional<double> asNumber(const QJsonValue &v)
{
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        if (ok)
            return d;
    }
    return std::nullopt;
}

QString asText(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return v.toString();
    case QJsonValue::Bool: return v.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    default: return {};
    }
}

QDateTime asTime(const QJsonValue &v)
{
    if (!v.isString())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(v.toString(), Qt::ISODate);
    return t;
}

template <typename T>
bool ordered(Op op, const T &a, const T &b)
{
    switch (op) {
    case Op::Eq: return a == b;
    case Op::Ne: return !(a == b);
    case Op::Gt: return b < a;
    case Op::Ge: return !(a < b);
    case Op::Lt: return a < b;
    case Op::Le: return !(b < a);
    default: return false;
    }
}

// One value against the literal, by the attribute's type.
bool compareOne(const QJsonValue &value, Op op, const QJsonValue &literal, const ScimAttribute *leaf)
{
    Type type = leaf ? leaf->type : Type::String;
    if (!leaf) {
        if (value.isBool())
            type = Type::Boolean;
        else if (value.isDouble())
            type = Type::Decimal;
    }
    switch (type) {
    case Type::Boolean: {
        const std::optional<bool> a = asBool(value), b = asBool(literal);
        if (!a || !b)
            return op == Op::Ne;
        return (op == Op::Eq && *a == *b) || (op == Op::Ne && *a != *b);
    }
    case Type::Integer:
    case Type::Decimal: {
        const std::optional<double> a = asNumber(value), b = asNumber(literal);
        if (!a || !b)
            return op == Op::Ne;
        return ordered(op, *a, *b);
    }
    case Type::DateTime: {
        const QDateTime a = asTime(value), b = asTime(literal);
        if (a.isValid() && b.isValid() && op != Op::Co && op != Op::Sw && op != Op::Ew)
            return ordered(op, a, b);
        break; // compare as text
    }
    default:
        break;
    }
    const QString a = asText(value), b = asText(literal);
    const Qt::CaseSensitivity cs = leaf && leaf->caseExact ? Qt::CaseSensitive : Qt::CaseInsensitive;
    switch (op) {
    case Op::Co: return a.contains(b, cs);
    case Op::Sw: return a.startsWith(b, cs);
    case Op::Ew: return a.endsWith(b, cs);
    default: {
        const int c = a.compare(b, cs);
        return ordered(op, c, 0);
    }
    }
}

bool nonEmpty(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::String: return !v.toString().isEmpty();
    case QJsonValue::Array: return !v.toArray().isEmpty();
    case QJsonValue::Object: return !v.toObject().isEmpty();
    case QJsonValue::Null:
    case QJsonValue::Undefined: return false;
    default: return true;
    }
}

bool evaluate(const ScimFilter &f, const QJsonObject &object, const Scope &scope);

bool evaluateValue(const ScimFilter &f, const QJsonValue &value, const ScimAttribute *attribute)
{
    return value.isObject() && evaluate(f, value.toObject(), Scope{nullptr, attribute});
}

bool evaluate(const ScimFilter &f, const QJsonObject &object, const Scope &scope)
{
    switch (f.kind) {
    case ScimFilter::Kind::And:
        for (const ScimFilter &child : f.children) {
            if (!evaluate(child, object, scope))
                return false;
        }
        return true;
    case ScimFilter::Kind::Or:
        for (const ScimFilter &child : f.children) {
            if (evaluate(child, object, scope))
                return true;
        }
        return false;
    case ScimFilter::Kind::Not:
        return !evaluate(f.children.front(), object, scope);
    case ScimFilter::Kind::ValuePath: {
        const QJsonValue v = topValue(object, f.path, scope);
        const ScimAttribute *attribute = definition(scope, f.path);
        if (v.isArray()) {
            for (const QJsonValue &e : v.toArray()) {
                if (evaluateValue(f.children.front(), e, attribute))
                    return true;
            }
            return false;
        }
        return evaluateValue(f.children.front(), v, attribute);
    }
    case ScimFilter::Kind::Present: {
        QList<QJsonValue> values;
        collect(topValue(object, f.path, scope), f.path.subAttribute, false, values);
        for (const QJsonValue &v : values) {
            if (nonEmpty(v))
                return true;
        }
        return false;
    }
    case ScimFilter::Kind::Compare: {
        const ScimAttribute *attribute = definition(scope, f.path);
        const ScimAttribute *leaf = attribute;
        if (attribute && !f.path.subAttribute.isEmpty())
            leaf = attribute->subAttribute(f.path.subAttribute);
        else if (attribute && attribute->type == ScimAttribute::Type::Complex)
            leaf = attribute->subAttribute(u"value");
        QList<QJsonValue> values;
        collect(topValue(object, f.path, scope), f.path.subAttribute, true, values);
        if (f.value.isNull())
            return f.op == Op::Eq ? values.isEmpty() : !values.isEmpty();
        // An absent attribute equals nothing and differs from everything.
        if (values.isEmpty())
            return f.op == Op::Ne;
        for (const QJsonValue &v : values) {
            if (compareOne(v, f.op, f.value, leaf))
                return true;
        }
        return false;
    }
    }
    return false;
}

} // namespace

Result<void> validateScimFilter(const ScimFilter &filter, const ScimSchema &schema)
{
    return validate(filter, Scope{&schema, nullptr});
}

bool scimFilterMatches(const ScimFilter &filter, const QJsonObject &resource, const ScimSchema &schema)
{
    return evaluate(filter, resource, Scope{&schema, nullptr});
}

bool scimFilterMatchesValue(const ScimFilter &filter, const QJsonValue &value, const ScimAttribute *attribute)
{
    return evaluateValue(filter, value, attribute);
}

} // namespace Gatehouse

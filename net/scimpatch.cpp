// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/scimpatch.h"

#include "net/scimschema.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

using Op = ScimPatchOperation::Op;

Error patchError(const QString &scimType, const QString &message)
{
    return makeError(Error::Code::Invalid, message, scimType);
}

QString opName(Op op)
{
    switch (op) {
    case Op::Add: return u"add"_s;
    case Op::Replace: return u"replace"_s;
    case Op::Remove: return u"remove"_s;
    }
    return {};
}

QJsonArray asArray(const QJsonValue &v)
{
    return v.isArray() ? v.toArray() : QJsonArray{v};
}

// Values of a multi-valued attribute are the same when their "value" is (members, emails),
// otherwise when they are equal.
bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isObject() && b.isObject()) {
        const QJsonObject oa = a.toObject(), ob = b.toObject();
        const QJsonValue va = scimValue(oa, u"value"), vb = scimValue(ob, u"value");
        if (!va.isUndefined() && !vb.isUndefined())
            return va == vb;
    }
    return a == b;
}

bool containsValue(const QJsonArray &array, const QJsonValue &v)
{
    for (const QJsonValue &e : array) {
        if (sameValue(e, v))
            return true;
    }
    return false;
}

QJsonObject merged(QJsonObject base, const QJsonObject &changes)
{
    for (auto it = changes.constBegin(); it != changes.constEnd(); ++it)
        base.insert(scimKey(base, it.key()), it.value());
    return base;
}

// Where a path's attribute lives: the resource itself, or the object an extension schema's
// URN names.
class Container
{
public:
    Container(QJsonObject &resource, const ScimAttrPath &path, const ScimSchema &schema)
        : m_resource(resource)
        , m_extension(!path.uri.isEmpty() && path.uri.compare(schema.id, Qt::CaseInsensitive) != 0)
    {
        if (m_extension) {
            m_key = scimKey(resource, path.uri);
            m_object = resource.value(m_key).toObject();
        }
    }
    QJsonObject &object() { return m_extension ? m_object : m_resource; }
    void commit()
    {
        if (!m_extension)
            return;
        if (m_object.isEmpty())
            m_resource.remove(m_key);
        else
            m_resource.insert(m_key, m_object);
    }

private:
    QJsonObject &m_resource;
    bool m_extension = false;
    QString m_key;
    QJsonObject m_object;
};

void setAttribute(QJsonObject &object, const QString &name, const ScimAttribute *definition, Op op,
                  const QJsonValue &value)
{
    const QString key = scimKey(object, name);
    const QJsonValue current = object.value(key);
    const bool multiValued = definition ? definition->multiValued : (current.isArray() || value.isArray());
    if (multiValued) {
        const QJsonArray values = value.isNull() ? QJsonArray() : asArray(value);
        if (op == Op::Replace) {
            object.insert(key, values);
            return;
        }
        QJsonArray array = current.toArray();
        for (const QJsonValue &v : values) {
            if (!containsValue(array, v))
                array.append(v);
        }
        object.insert(key, array);
        return;
    }
    const bool complex = definition ? definition->type == ScimAttribute::Type::Complex : current.isObject();
    if (complex && value.isObject()) {
        object.insert(key, merged(current.toObject(), value.toObject()));
        return;
    }
    object.insert(key, value);
}

void setSubAttribute(QJsonObject &object, const QString &name, const QString &subName, const QJsonValue &value)
{
    const QString key = scimKey(object, name);
    const QJsonValue current = object.value(key);
    if (current.isArray()) {
        QJsonArray array = current.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            QJsonObject element = array.at(i).toObject();
            element.insert(scimKey(element, subName), value);
            array.replace(i, element);
        }
        object.insert(key, array);
        return;
    }
    QJsonObject complex = current.toObject();
    complex.insert(scimKey(complex, subName), value);
    object.insert(key, complex);
}

Result<void> addOrReplaceFiltered(QJsonObject &object, const ScimPatchPath &path, const ScimAttribute *definition,
                                  Op op, const QJsonValue &value)
{
    const QString key = scimKey(object, path.path.attribute);
    const QJsonValue current = object.value(key);
    QJsonArray array = current.isArray() ? current.toArray()
                                         : (current.isUndefined() || current.isNull() ? QJsonArray() : QJsonArray{current});
    bool matched = false;
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!scimFilterMatchesValue(*path.filter, array.at(i), definition))
            continue;
        matched = true;
        QJsonObject element = array.at(i).toObject();
        if (!path.filterSubAttribute.isEmpty())
            element.insert(scimKey(element, path.filterSubAttribute), value);
        else if (value.isObject())
            element = merged(element, value.toObject());
        else
            return patchError(u"invalidValue"_s, u"%1 \"%2\": the value must be an object of sub-attributes."_s
                                                      .arg(opName(op), path.toString()));
        array.replace(i, element);
    }
    if (!matched) {
        const ScimFilter &f = *path.filter;
        if (f.kind != ScimFilter::Kind::Compare || f.op != ScimFilter::Op::Eq || !f.path.subAttribute.isEmpty()
            || !f.path.uri.isEmpty())
            return patchError(u"noTarget"_s, u"%1 \"%2\": no value matches the filter."_s.arg(opName(op), path.toString()));
        // emails[type eq "work"].value on an account without a work address: add one.
        QJsonObject element{{f.path.attribute, f.value}};
        if (!path.filterSubAttribute.isEmpty())
            element.insert(path.filterSubAttribute, value);
        else if (value.isObject())
            element = merged(element, value.toObject());
        else
            return patchError(u"invalidValue"_s, u"%1 \"%2\": the value must be an object of sub-attributes."_s
                                                      .arg(opName(op), path.toString()));
        array.append(element);
    }
    object.insert(key, array);
    return {};
}

void removeAt(QJsonObject &object, const ScimPatchPath &path, const ScimAttribute *definition, const QJsonValue &value)
{
    const QString key = scimKey(object, path.path.attribute);
    if (!object.contains(key))
        return;
    const QJsonValue current = object.value(key);
    if (path.filter) {
        QJsonArray array = current.isArray() ? current.toArray() : QJsonArray{current};
        for (qsizetype i = array.size() - 1; i >= 0; --i) {
            if (!scimFilterMatchesValue(*path.filter, array.at(i), definition))
                continue;
            if (path.filterSubAttribute.isEmpty()) {
                array.removeAt(i);
            } else {
                QJsonObject element = array.at(i).toObject();
                element.remove(scimKey(element, path.filterSubAttribute));
                array.replace(i, element);
            }
        }
        if (array.isEmpty())
            object.remove(key);
        else
            object.insert(key, array);
        return;
    }
    if (!path.path.subAttribute.isEmpty()) {
        if (current.isArray()) {
            QJsonArray array = current.toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                QJsonObject element = array.at(i).toObject();
                element.remove(scimKey(element, path.path.subAttribute));
                array.replace(i, element);
            }
            object.insert(key, array);
        } else {
            QJsonObject complex = current.toObject();
            complex.remove(scimKey(complex, path.path.subAttribute));
            if (complex.isEmpty())
                object.remove(key);
            else
                object.insert(key, complex);
        }
        return;
    }
    if (current.isArray() && !value.isUndefined() && !value.isNull()) {
        // {"op":"remove","path":"members","value":[{"value":"42"}]}
        QJsonArray array = current.toArray();
        const QJsonArray removed = asArray(value);
        for (qsizetype i = array.size() - 1; i >= 0; --i) {
            if (containsValue(removed, array.at(i)))
                array.removeAt(i);
        }
        if (array.isEmpty())
            object.remove(key);
        else
            object.insert(key, array);
        return;
    }
    object.remove(key);
}

bool isReadOnly(const ScimAttribute *attribute, const ScimPatchPath &path)
{
    if (!attribute)
        return false;
    if (attribute->mutability == ScimAttribute::Mutability::ReadOnly)
        return true;
    const QString sub = path.filter ? path.filterSubAttribute : path.path.subAttribute;
    const ScimAttribute *subAttribute = sub.isEmpty() ? nullptr : attribute->subAttribute(sub);
    return subAttribute && subAttribute->mutability == ScimAttribute::Mutability::ReadOnly;
}

Result<void> applyAt(QJsonObject &resource, const ScimPatchPath &path, Op op, const QJsonValue &value,
                     const ScimSchema &schema)
{
    const ScimAttribute *definition = schema.attribute(path.path.uri, path.path.attribute);
    if (!path.path.uri.isEmpty() && path.path.uri.compare(schema.id, Qt::CaseInsensitive) != 0)
        definition = nullptr;
    if (isReadOnly(definition, path))
        return patchError(u"mutability"_s, u"%1 \"%2\": the attribute is read-only."_s.arg(opName(op), path.toString()));
    if (path.filter && definition && (definition->type != ScimAttribute::Type::Complex || !definition->multiValued))
        return patchError(u"invalidPath"_s, u"%1 \"%2\": a value filter needs a multi-valued complex attribute."_s
                                                 .arg(opName(op), path.toString()));
    Container container(resource, path.path, schema);
    QJsonObject &object = container.object();
    if (op == Op::Remove) {
        removeAt(object, path, definition, value);
    } else if (path.filter) {
        if (auto done = addOrReplaceFiltered(object, path, definition, op, value); !done)
            return done;
    } else if (!path.path.subAttribute.isEmpty()) {
        setSubAttribute(object, path.path.attribute, path.path.subAttribute, value);
    } else {
        setAttribute(object, path.path.attribute, definition, op, value);
    }
    container.commit();
    return {};
}

} // namespace

Result<QList<ScimPatchOperation>> parseScimPatch(const QJsonObject &body)
{
    const QJsonValue operations = scimValue(body, u"Operations");
    if (!operations.isArray() || operations.toArray().isEmpty())
        return patchError(u"invalidSyntax"_s, u"A PATCH request needs \"Operations\": a list of at least one operation."_s);
    QList<ScimPatchOperation> list;
    const QJsonArray array = operations.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString where = u"Operations[%1]"_s.arg(i);
        if (!array.at(i).isObject())
            return patchError(u"invalidSyntax"_s, where + u": an operation is an object."_s);
        const QJsonObject o = array.at(i).toObject();
        const QJsonValue opValue = scimValue(o, u"op");
        const QString name = opValue.toString();
        ScimPatchOperation operation;
        if (name.compare(u"add", Qt::CaseInsensitive) == 0)
            operation.op = Op::Add;
        else if (name.compare(u"replace", Qt::CaseInsensitive) == 0)
            operation.op = Op::Replace;
        else if (name.compare(u"remove", Qt::CaseInsensitive) == 0)
            operation.op = Op::Remove;
        else
            return patchError(u"invalidSyntax"_s, where + u".op: \"%1\" is not add, replace or remove."_s
                                                               .arg(opValue.isString() ? name : u"(missing)"_s));
        const QJsonValue pathValue = scimValue(o, u"path");
        if (!pathValue.isUndefined() && !pathValue.isNull()) {
            if (!pathValue.isString())
                return patchError(u"invalidPath"_s, where + u".path: a path is a string."_s);
            if (!pathValue.toString().trimmed().isEmpty()) {
                Result<ScimPatchPath> path = ScimPatchPath::parse(pathValue.toString());
                if (!path)
                    return patchError(u"invalidPath"_s, where + u".path: "_s + path.error().message);
                operation.path = std::move(path).value();
            }
        }
        operation.value = scimValue(o, u"value");
        if (operation.op != Op::Remove && operation.value.isUndefined())
            return patchError(u"invalidSyntax"_s, where + u": %1 needs a \"value\"."_s.arg(opName(operation.op)));
        if (operation.op == Op::Remove && !operation.path)
            return patchError(u"noTarget"_s, where + u": remove needs a \"path\"."_s);
        if (operation.op != Op::Remove && !operation.path && !operation.value.isObject())
            return patchError(u"invalidValue"_s, where + u": without a path, the value of %1 is an object of "
                                                         u"attributes."_s.arg(opName(operation.op)));
        list.append(std::move(operation));
    }
    return list;
}

Result<QJsonObject> applyScimPatch(QJsonObject resource, const QList<ScimPatchOperation> &operations,
                                   const ScimSchema &schema)
{
    for (const ScimPatchOperation &operation : operations) {
        if (operation.path) {
            if (auto done = applyAt(resource, *operation.path, operation.op, operation.value, schema); !done)
                return done.error();
            continue;
        }
        const QJsonObject values = operation.value.toObject();
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            if (it.key().compare(u"schemas", Qt::CaseInsensitive) == 0)
                continue;
            Result<ScimPatchPath> path = ScimPatchPath::parse(it.key());
            if (!path)
                return patchError(u"invalidPath"_s, u"%1: \"%2\" is not an attribute: %3"_s
                                                         .arg(opName(operation.op), it.key(), path.error().message));
            const ScimAttribute *definition = schema.attribute(path->path.uri, path->path.attribute);
            if (isReadOnly(definition, *path))
                continue;
            if (auto done = applyAt(resource, *path, operation.op, it.value(), schema); !done)
                return done.error();
        }
    }
    return resource;
}

} // namespace Gatehouse

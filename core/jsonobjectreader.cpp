// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jsonobjectreader.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

std::optional<Id> asId(const QJsonValue &v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    // 2^53: beyond it a JSON number no longer holds every integer exactly.
    if (d < 1 || d > 9007199254740992.0 || std::floor(d) != d)
        return std::nullopt;
    return Id(d);
}

} // namespace

void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20) {
                static const char hex[] = "0123456789abcdef";
                out += "\\u00";
                out += hex[c >> 4];
                out += hex[c & 0xf];
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

QString describeJsonValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return u"null"_s;
    case QJsonValue::Bool: return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::floor(d) == d && std::abs(d) < 9.0e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::String: {
        QByteArray quoted;
        appendJsonString(quoted, value.toString());
        return QString::fromUtf8(quoted);
    }
    case QJsonValue::Array: return u"an array"_s;
    case QJsonValue::Object: return u"an object"_s;
    case QJsonValue::Undefined: break;
    }
    return u"nothing"_s;
}

JsonObjectReader::JsonObjectReader(const QJsonObject &object, QString path, std::optional<Error> &error)
    : m_object(object), m_path(std::move(path)), m_error(error)
{
}

void JsonObjectReader::allowOnly(std::initializer_list<QStringView> keys)
{
    if (failed())
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        bool known = false;
        for (QStringView k : keys)
            known = known || it.key() == k;
        if (!known) {
            fail(it.key(), u"unknown key"_s);
            return;
        }
    }
}

bool JsonObjectReader::has(QStringView key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

Id JsonObjectReader::id(QStringView key)
{
    const QJsonValue v = required(key);
    if (failed())
        return 0;
    if (auto n = asId(v))
        return *n;
    fail(key, describeJsonValue(v) + u" is not a positive integer id"_s);
    return 0;
}

QString JsonObjectReader::string(QStringView key, bool nullable, bool optional)
{
    const QJsonValue v = optional ? m_object.value(key) : required(key);
    if (failed())
        return {};
    if (v.isUndefined() || (v.isNull() && nullable))
        return {};
    if (!v.isString()) {
        fail(key, describeJsonValue(v) + u" is not a string"_s);
        return {};
    }
    return v.toString();
}

bool JsonObjectReader::boolean(QStringView key)
{
    const QJsonValue v = required(key);
    if (failed())
        return false;
    if (!v.isBool())
        fail(key, describeJsonValue(v) + u" is not true or false"_s);
    return v.toBool();
}

QDateTime JsonObjectReader::time(QStringView key)
{
    const QJsonValue v = m_object.value(key);
    if (failed() || v.isUndefined() || v.isNull())
        return {};
    const QDateTime t = v.isString() ? parseTimestamp(v.toString()) : QDateTime();
    if (!t.isValid())
        fail(key, describeJsonValue(v) + u" is not a UTC time (YYYY-MM-DDTHH:MM:SSZ)"_s);
    return t;
}

QList<Id> JsonObjectReader::idList(QStringView key, const QString &what)
{
    const QJsonValue v = required(key);
    if (failed())
        return {};
    if (!v.isArray()) {
        fail(key, describeJsonValue(v) + u" is not an array"_s);
        return {};
    }
    const QJsonArray array = v.toArray();
    QList<Id> ids;
    ids.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        const auto n = asId(item);
        if (!n) {
            fail(QString(key.toString() + u'[' + QString::number(i) + u']'),
                 describeJsonValue(item) + u" is not "_s + what);
            return {};
        }
        ids.append(*n);
    }
    return ids;
}

void JsonObjectReader::fail(QStringView key, const QString &message)
{
    if (!m_error)
        m_error = makeError(Error::Code::Invalid, m_path + u'.' + key.toString() + u": "_s + message);
}

QJsonValue JsonObjectReader::required(QStringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() && !failed())
        fail(key, u"missing"_s);
    return v;
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orgfile.h"

#include "core/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <initializer_list>
#include <optional>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// --- writing -------------------------------------------------------------------------
// QJsonDocument sorts keys, so the canonical form (documented key order) is written here.

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
                out += ch; // UTF-8 passes through unescaped (RFC 8259 allows it)
            }
        }
    }
    out += '"';
}

class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out) : m_out(out) {}

    // A key line inside an object at `depth`; `first` suppresses the separating comma.
    void key(int depth, const char *name, bool first)
    {
        if (!first)
            m_out += ",\n";
        indent(depth);
        m_out += '"';
        m_out += name;
        m_out += "\": ";
    }
    void string(const QString &value) { appendJsonString(m_out, value); }
    void nullableString(const QString &value)
    {
        if (value.isEmpty())
            m_out += "null";
        else
            appendJsonString(m_out, value);
    }
    void time(const QDateTime &value)
    {
        if (value.isValid())
            appendJsonString(m_out, formatTimestamp(value));
        else
            m_out += "null";
    }
    void number(Id value) { m_out += QByteArray::number(value); }
    void boolean(bool value) { m_out += value ? "true" : "false"; }
    // Id lists stay on one line: a team of thousands of members would otherwise take
    // thousands of lines.
    void idList(const QList<Id> &ids)
    {
        m_out += '[';
        for (qsizetype i = 0; i < ids.size(); ++i) {
            if (i > 0)
                m_out += ", ";
            m_out += QByteArray::number(ids.at(i));
        }
        m_out += ']';
    }
    void indent(int depth) { m_out.append(depth * 2, ' '); }
    void raw(const char *text) { m_out += text; }

private:
    QByteArray &m_out;
};

template <typename T, typename WriteOne>
void writeArray(JsonWriter &w, QByteArray &out, const char *name, const QList<T> &items,
                WriteOne writeOne)
{
    w.key(1, name, false);
    if (items.isEmpty()) {
        out += "[]";
        return;
    }
    out += "[\n";
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i > 0)
            out += ",\n";
        w.indent(2);
        out += "{\n";
        writeOne(items.at(i));
        out += '\n';
        w.indent(2);
        out += '}';
    }
    out += '\n';
    w.indent(1);
    out += ']';
}

// --- reading -------------------------------------------------------------------------

QString describe(const QJsonValue &value)
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

// Reads one JSON object of the file, remembering the first error. Each read names the
// field by its path in the file ("teams[3].permission").
class ObjectReader
{
public:
    ObjectReader(const QJsonObject &object, QString path, std::optional<Error> &error)
        : m_object(object), m_path(std::move(path)), m_error(error)
    {
    }

    bool failed() const { return m_error.has_value(); }

    void allowOnly(std::initializer_list<QStringView> keys)
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

    bool has(QStringView key) const
    {
        const QJsonValue v = m_object.value(key);
        return !v.isUndefined() && !v.isNull();
    }

    Id id(QStringView key)
    {
        const QJsonValue v = required(key);
        if (failed())
            return 0;
        if (auto n = asId(v))
            return *n;
        fail(key, describe(v) + u" is not a positive integer id"_s);
        return 0;
    }

    QString string(QStringView key, bool nullable, bool optional = false)
    {
        const QJsonValue v = optional ? m_object.value(key) : required(key);
        if (failed())
            return {};
        if (v.isUndefined() || (v.isNull() && nullable))
            return {};
        if (!v.isString()) {
            fail(key, describe(v) + u" is not a string"_s);
            return {};
        }
        return v.toString();
    }

    bool boolean(QStringView key)
    {
        const QJsonValue v = required(key);
        if (failed())
            return false;
        if (!v.isBool())
            fail(key, describe(v) + u" is not true or false"_s);
        return v.toBool();
    }

    // Absent or null gives an invalid QDateTime.
    QDateTime time(QStringView key)
    {
        const QJsonValue v = m_object.value(key);
        if (failed() || v.isUndefined() || v.isNull())
            return {};
        const QDateTime t = v.isString() ? parseTimestamp(v.toString()) : QDateTime();
        if (!t.isValid())
            fail(key, describe(v) + u" is not a UTC time (YYYY-MM-DDTHH:MM:SSZ)"_s);
        return t;
    }

    template <typename Enum>
    Enum enumValue(QStringView key, std::optional<Enum> (*fromName)(QStringView),
                   const QString &what)
    {
        const QJsonValue v = required(key);
        if (failed())
            return Enum{};
        if (v.isString()) {
            if (auto e = fromName(v.toString()))
                return *e;
        }
        fail(key, describe(v) + u" is not "_s + what);
        return Enum{};
    }

    QList<Id> idList(QStringView key, const QString &what)
    {
        const QJsonValue v = required(key);
        if (failed())
            return {};
        if (!v.isArray()) {
            fail(key, describe(v) + u" is not an array"_s);
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
                     describe(item) + u" is not "_s + what);
                return {};
            }
            ids.append(*n);
        }
        return ids;
    }

    void fail(QStringView key, const QString &message)
    {
        if (!m_error) {
            m_error = makeError(Error::Code::Invalid,
                                m_path + u'.' + key.toString() + u": "_s + message);
        }
    }

private:
    static std::optional<Id> asId(const QJsonValue &v)
    {
        if (!v.isDouble())
            return std::nullopt;
        const double d = v.toDouble();
        // 2^53: beyond it a JSON number no longer holds every integer exactly.
        if (d < 1 || d > 9007199254740992.0 || std::floor(d) != d)
            return std::nullopt;
        return Id(d);
    }

    QJsonValue required(QStringView key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isUndefined() && !failed())
            fail(key, u"missing"_s);
        return v;
    }

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> &m_error;
};

template <typename T, typename ReadOne>
QList<T> readArray(const QJsonObject &root, const QString &name, std::optional<Error> &error,
                   ReadOne readOne)
{
    if (error)
        return {};
    const QJsonValue v = root.value(name);
    if (v.isUndefined()) {
        error = makeError(Error::Code::Invalid, name + u": missing"_s);
        return {};
    }
    if (!v.isArray()) {
        error = makeError(Error::Code::Invalid, name + u": "_s + describe(v) + u" is not an array"_s);
        return {};
    }
    const QJsonArray array = v.toArray();
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = name + u'[' + QString::number(i) + u']';
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            error = makeError(Error::Code::Invalid,
                              path + u": "_s + describe(item) + u" is not an object"_s);
            return {};
        }
        ObjectReader reader(item.toObject(), path, error);
        items.append(readOne(reader));
        if (error)
            return {};
    }
    return items;
}

Account readAccount(ObjectReader &r, const QDateTime &importTime)
{
    r.allowOnly({u"id", u"subject", u"name", u"email", u"type", u"role", u"active", u"created",
                 u"last_active", u"external_id"});
    Account a;
    a.id = r.id(u"id");
    a.subject = r.string(u"subject", true);
    a.name = r.string(u"name", false);
    a.email = r.string(u"email", true);
    a.type = r.enumValue<AccountType>(u"type", accountTypeFromName,
                                      u"an account type (\"human\" or \"service\")"_s);
    a.role = r.enumValue<Role>(u"role", roleFromName,
                               u"a role (\"Admin\", \"Manager\" or \"Member\")"_s);
    const bool active = r.boolean(u"active");
    a.created = r.time(u"created");
    a.lastActive = r.time(u"last_active");
    a.externalId = r.string(u"external_id", true, true);
    if (!a.created.isValid())
        a.created = importTime;
    if (!active)
        a.deactivated = importTime;
    return a;
}

Datastore readDatastore(ObjectReader &r, const QDateTime &importTime)
{
    r.allowOnly({u"id", u"name", u"kind", u"connection", u"created"});
    Datastore d;
    d.id = r.id(u"id");
    d.name = r.string(u"name", false).trimmed();
    d.kind = r.enumValue<DatastoreKind>(u"kind", datastoreKindFromName,
                                        u"a datastore kind (\"source\" or \"enrichment\")"_s);
    d.connection = r.string(u"connection", true);
    d.created = r.time(u"created");
    if (!d.created.isValid())
        d.created = importTime;
    return d;
}

Team readTeam(ObjectReader &r, const QDateTime &importTime)
{
    r.allowOnly({u"id", u"name", u"public", u"description", u"permission", u"members",
                 u"datastores", u"created"});
    Team t;
    t.id = r.id(u"id");
    t.name = r.string(u"name", false).trimmed();
    t.isPublic = r.boolean(u"public");
    t.description = r.string(u"description", true, true);
    t.permission = r.enumValue<Level>(u"permission", teamLevelFromName,
                                      u"a permission level"_s);
    // Everyone is a member of the public team: its list is ignored, whatever it holds.
    if (!t.isPublic)
        t.members = r.idList(u"members", u"an account id"_s);
    t.datastores = r.idList(u"datastores", u"a datastore id"_s);
    t.created = r.time(u"created");
    if (!t.created.isValid())
        t.created = importTime;
    return t;
}

} // namespace

Result<Snapshot> parseOrganisation(const QByteArray &json, const QDateTime &importTime)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(Error::Code::Invalid,
                         u"JSON syntax error at byte "_s + QString::number(parseError.offset)
                             + u": "_s + parseError.errorString());
    }
    if (!doc.isObject())
        return makeError(Error::Code::Invalid, u"the file is not a JSON object"_s);
    const QJsonObject root = doc.object();

    const QJsonValue format = root.value(u"format");
    if (format.isUndefined()) {
        return makeError(Error::Code::Invalid,
                         u"format: missing; expected \""_s + OrgFormatTag.toString() + u'"');
    }
    if (format.toString() != OrgFormatTag) {
        return makeError(Error::Code::Invalid,
                         u"format: "_s + describe(format) + u" is not supported; expected \""_s
                             + OrgFormatTag.toString() + u'"');
    }
    for (auto it = root.constBegin(); it != root.constEnd(); ++it) {
        const QString &k = it.key();
        if (k != u"format" && k != u"accounts" && k != u"datastores" && k != u"teams")
            return makeError(Error::Code::Invalid, k + u": unknown key"_s);
    }

    const QDateTime now = importTime.toUTC();
    std::optional<Error> error;
    Snapshot s;
    s.accounts = readArray<Account>(root, u"accounts"_s, error,
                                    [&](ObjectReader &r) { return readAccount(r, now); });
    s.datastores = readArray<Datastore>(root, u"datastores"_s, error,
                                        [&](ObjectReader &r) { return readDatastore(r, now); });
    s.teams = readArray<Team>(root, u"teams"_s, error,
                              [&](ObjectReader &r) { return readTeam(r, now); });
    if (error)
        return *error;
    // Validate in the file's order, so messages point at the file's indexes.
    if (auto valid = validateSnapshot(s); !valid)
        return valid.error();
    s.normalize();
    return s;
}

QByteArray writeOrganisation(const Snapshot &snapshot)
{
    Snapshot s = snapshot;
    s.normalize();

    QByteArray out;
    out.reserve(256 * (s.accounts.size() + s.datastores.size() + s.teams.size()) + 64);
    JsonWriter w(out);
    out += "{\n";
    w.key(1, "format", true);
    w.string(OrgFormatTag.toString());

    writeArray(w, out, "accounts", s.accounts, [&](const Account &a) {
        w.key(3, "id", true);
        w.number(a.id);
        w.key(3, "subject", false);
        w.nullableString(a.subject);
        w.key(3, "name", false);
        w.string(a.name);
        w.key(3, "email", false);
        w.nullableString(a.email);
        w.key(3, "type", false);
        w.string(accountTypeName(a.type));
        w.key(3, "role", false);
        w.string(roleName(a.role));
        w.key(3, "active", false);
        w.boolean(a.isActive());
        w.key(3, "created", false);
        w.time(a.created);
        w.key(3, "last_active", false);
        w.time(a.lastActive);
        w.key(3, "external_id", false);
        w.nullableString(a.externalId);
    });
    writeArray(w, out, "datastores", s.datastores, [&](const Datastore &d) {
        w.key(3, "id", true);
        w.number(d.id);
        w.key(3, "name", false);
        w.string(d.name);
        w.key(3, "kind", false);
        w.string(datastoreKindName(d.kind));
        w.key(3, "connection", false);
        w.nullableString(d.connection);
        w.key(3, "created", false);
        w.time(d.created);
    });
    writeArray(w, out, "teams", s.teams, [&](const Team &t) {
        w.key(3, "id", true);
        w.number(t.id);
        w.key(3, "name", false);
        w.string(t.name);
        w.key(3, "public", false);
        w.boolean(t.isPublic);
        w.key(3, "description", false);
        w.string(t.description);
        w.key(3, "permission", false);
        w.string(levelName(t.permission));
        w.key(3, "members", false);
        w.idList(t.members);
        w.key(3, "datastores", false);
        w.idList(t.datastores);
        w.key(3, "created", false);
        w.time(t.created);
    });
    out += "\n}\n";
    return out;
}

} // namespace Gatehouse

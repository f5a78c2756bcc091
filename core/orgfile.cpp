// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orgfile.h"

#include "core/entityjson.h"
#include "core/jsonobjectreader.h"
#include "core/validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <optional>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// --- writing -------------------------------------------------------------------------
// QJsonDocument sorts keys, so the canonical form (documented key order) is written here.

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
        error = makeError(Error::Code::Invalid, name + u": "_s + describeJsonValue(v) + u" is not an array"_s);
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
                              path + u": "_s + describeJsonValue(item) + u" is not an object"_s);
            return {};
        }
        JsonObjectReader reader(item.toObject(), path, error);
        items.append(readOne(reader));
        if (error)
            return {};
    }
    return items;
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
                         u"format: "_s + describeJsonValue(format) + u" is not supported; expected \""_s
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
                                    [&](JsonObjectReader &r) { return readAccount(r, now, EntityJsonForm::OrganisationFile); });
    s.datastores = readArray<Datastore>(root, u"datastores"_s, error,
                                        [&](JsonObjectReader &r) { return readDatastore(r, now, EntityJsonForm::OrganisationFile); });
    s.teams = readArray<Team>(root, u"teams"_s, error,
                              [&](JsonObjectReader &r) { return readTeam(r, now, EntityJsonForm::OrganisationFile); });
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/entityjson.h"

#include "core/jsonobjectreader.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <iterator>
#include <limits>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// Appends "key":value pairs in call order; the object is closed by text().
class JsonObjectWriter
{
public:
    JsonObjectWriter &string(QStringView key, const QString &value)
    {
        beginKey(key);
        if (value.isNull())
            m_out += u"null"_s;
        else
            appendString(value);
        return *this;
    }
    JsonObjectWriter &number(QStringView key, qint64 value)
    {
        beginKey(key);
        appendNumber(value);
        return *this;
    }
    JsonObjectWriter &boolean(QStringView key, bool value)
    {
        beginKey(key);
        m_out += value ? u"true"_s : u"false"_s;
        return *this;
    }
    JsonObjectWriter &time(QStringView key, const QDateTime &value)
    {
        return string(key, value.isValid() ? formatTimestamp(value) : QString());
    }
    JsonObjectWriter &ids(QStringView key, QList<Id> values)
    {
        beginKey(key);
        std::sort(values.begin(), values.end());
        m_out += u'[';
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (i > 0)
                m_out += u',';
            appendNumber(values.at(i));
        }
        m_out += u']';
        return *this;
    }
    QString text()
    {
        m_out += u'}';
        return std::move(m_out);
    }

private:
    // As QString::number(value), without a string of its own.
    void appendNumber(qint64 value)
    {
        char16_t digits[24];
        char16_t *end = digits + std::size(digits);
        char16_t *begin = end;
        quint64 magnitude = value < 0 ? 0 - quint64(value) : quint64(value);
        do {
            *--begin = char16_t(u'0' + magnitude % 10);
            magnitude /= 10;
        } while (magnitude != 0);
        if (value < 0)
            *--begin = u'-';
        m_out += QStringView(begin, end);
    }
    void beginKey(QStringView key)
    {
        if (m_out.isEmpty()) {
            m_out.reserve(256);
            m_out += u'{';
        } else {
            m_out += u',';
        }
        appendString(key);
        m_out += u':';
    }
    void appendString(QStringView value)
    {
        m_out += u'"';
        // Most text needs no escaping: appended whole.
        const bool plain = std::all_of(value.begin(), value.end(), [](QChar c) {
            return c.unicode() >= 0x20 && c != u'"' && c != u'\\';
        });
        if (plain) {
            m_out += value;
            m_out += u'"';
            return;
        }
        for (const QChar c : value) {
            switch (c.unicode()) {
            case u'"': m_out += u"\\\""_s; break;
            case u'\\': m_out += u"\\\\"_s; break;
            case u'\n': m_out += u"\\n"_s; break;
            case u'\r': m_out += u"\\r"_s; break;
            case u'\t': m_out += u"\\t"_s; break;
            default:
                if (c.unicode() < 0x20)
                    m_out += u"\\u%1"_s.arg(int(c.unicode()), 4, 16, QChar(u'0'));
                else
                    m_out += c;
            }
        }
        m_out += u'"';
    }

    QString m_out;
};

template <typename T, typename ReadOne>
std::optional<T> fromJson(QStringView json, ReadOne readOne)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    std::optional<Error> error;
    JsonObjectReader reader(doc.object(), u"entity"_s, error);
    T value = readOne(reader);
    if (error)
        return std::nullopt;
    return value;
}

int readVersion(JsonObjectReader &r, EntityJsonForm form)
{
    if (form == EntityJsonForm::Audit && r.has(u"version"))
        return int(std::min<Id>(r.id(u"version"), std::numeric_limits<int>::max()));
    return 1;
}

} // namespace

QString entityJson(const Account &account)
{
    return JsonObjectWriter()
        .number(u"id", account.id)
        .string(u"subject", account.subject)
        .string(u"name", account.name)
        .string(u"email", account.email)
        .string(u"type", accountTypeName(account.type))
        .string(u"role", roleName(account.role))
        .boolean(u"active", account.isActive())
        .time(u"created", account.created)
        .time(u"last_active", account.lastActive)
        .string(u"external_id", account.externalId)
        .number(u"version", account.version)
        .text();
}

QString entityJson(const Team &team)
{
    return JsonObjectWriter()
        .number(u"id", team.id)
        .string(u"name", team.name)
        .boolean(u"public", team.isPublic)
        .string(u"description", team.description)
        .string(u"permission", levelName(team.permission))
        .ids(u"members", team.isPublic ? QList<Id>() : team.members)
        .ids(u"datastores", team.datastores)
        .time(u"created", team.created)
        .number(u"version", team.version)
        .text();
}

QString entityJson(const Datastore &datastore)
{
    return JsonObjectWriter()
        .number(u"id", datastore.id)
        .string(u"name", datastore.name)
        .string(u"kind", datastoreKindName(datastore.kind))
        .string(u"connection", datastore.connection)
        .time(u"created", datastore.created)
        .number(u"version", datastore.version)
        .text();
}

Account readAccount(JsonObjectReader &r, const QDateTime &defaultTime, EntityJsonForm form)
{
    if (form == EntityJsonForm::Audit) {
        r.allowOnly({u"id", u"subject", u"name", u"email", u"type", u"role", u"active", u"created",
                     u"last_active", u"external_id", u"version"});
    } else {
        r.allowOnly({u"id", u"subject", u"name", u"email", u"type", u"role", u"active", u"created",
                     u"last_active", u"external_id"});
    }
    Account a;
    a.id = r.id(u"id");
    a.subject = r.string(u"subject", true);
    a.name = r.string(u"name", false);
    a.email = r.string(u"email", true);
    a.type = r.enumValue<AccountType>(u"type", accountTypeFromName,
                                      u"an account type (\"human\" or \"service\")"_s);
    a.role = r.enumValue<Role>(u"role", roleFromName, u"a role (\"Admin\", \"Manager\" or \"Member\")"_s);
    const bool active = r.boolean(u"active");
    a.created = r.time(u"created");
    a.lastActive = r.time(u"last_active");
    a.externalId = r.string(u"external_id", true, true);
    a.version = readVersion(r, form);
    if (!a.created.isValid())
        a.created = defaultTime;
    if (!active)
        a.deactivated = defaultTime;
    return a;
}

Datastore readDatastore(JsonObjectReader &r, const QDateTime &defaultTime, EntityJsonForm form)
{
    if (form == EntityJsonForm::Audit)
        r.allowOnly({u"id", u"name", u"kind", u"connection", u"created", u"version"});
    else
        r.allowOnly({u"id", u"name", u"kind", u"connection", u"created"});
    Datastore d;
    d.id = r.id(u"id");
    d.name = r.string(u"name", false).trimmed();
    d.kind = r.enumValue<DatastoreKind>(u"kind", datastoreKindFromName,
                                        u"a datastore kind (\"source\" or \"enrichment\")"_s);
    d.connection = r.string(u"connection", true);
    d.created = r.time(u"created");
    d.version = readVersion(r, form);
    if (!d.created.isValid())
        d.created = defaultTime;
    return d;
}

Team readTeam(JsonObjectReader &r, const QDateTime &defaultTime, EntityJsonForm form)
{
    if (form == EntityJsonForm::Audit) {
        r.allowOnly({u"id", u"name", u"public", u"description", u"permission", u"members", u"datastores",
                     u"created", u"version"});
    } else {
        r.allowOnly({u"id", u"name", u"public", u"description", u"permission", u"members", u"datastores",
                     u"created"});
    }
    Team t;
    t.id = r.id(u"id");
    t.name = r.string(u"name", false).trimmed();
    t.isPublic = r.boolean(u"public");
    t.description = r.string(u"description", true, true);
    t.permission = r.enumValue<Level>(u"permission", teamLevelFromName, u"a permission level"_s);
    // Everyone is a member of the public team: its list is ignored, whatever it holds.
    if (!t.isPublic)
        t.members = r.idList(u"members", u"an account id"_s);
    t.datastores = r.idList(u"datastores", u"a datastore id"_s);
    t.created = r.time(u"created");
    t.version = readVersion(r, form);
    if (!t.created.isValid())
        t.created = defaultTime;
    return t;
}

std::optional<Account> accountFromJson(QStringView json, const QDateTime &recordTime)
{
    return fromJson<Account>(json, [&](JsonObjectReader &r) {
        return readAccount(r, recordTime, EntityJsonForm::Audit);
    });
}

std::optional<Team> teamFromJson(QStringView json, const QDateTime &recordTime)
{
    std::optional<Team> team = fromJson<Team>(json, [&](JsonObjectReader &r) {
        return readTeam(r, recordTime, EntityJsonForm::Audit);
    });
    if (team) {
        std::sort(team->members.begin(), team->members.end());
        std::sort(team->datastores.begin(), team->datastores.end());
    }
    return team;
}

std::optional<Datastore> datastoreFromJson(QStringView json, const QDateTime &recordTime)
{
    return fromJson<Datastore>(json, [&](JsonObjectReader &r) {
        return readDatastore(r, recordTime, EntityJsonForm::Audit);
    });
}

} // namespace Gatehouse

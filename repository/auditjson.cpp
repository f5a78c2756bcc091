// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/auditjson.h"

#include <algorithm>

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
        m_out += QString::number(value);
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
            m_out += QString::number(values.at(i));
        }
        m_out += u']';
        return *this;
    }
    QString text() const { return m_out + u'}'; }

private:
    void beginKey(QStringView key)
    {
        m_out += m_out.isEmpty() ? u"{"_s : u","_s;
        appendString(key);
        m_out += u':';
    }
    void appendString(QStringView value)
    {
        m_out += u'"';
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

} // namespace

QString auditJson(const Account &account)
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

QString auditJson(const Team &team)
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

QString auditJson(const Datastore &datastore)
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

} // namespace Gatehouse

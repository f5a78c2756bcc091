// SPDX-License-Identifier: GPL-3.0-or-later
// The SCIM 2.0 endpoints of the API server (RFC 7644): Users, Groups, Bulk and discovery.
#include "net/apiserverhandlers.h"

#include "core/provisioning.h"
#include "net/scimfilter.h"
#include "net/scimoperations.h"
#include "net/scimresources.h"
#include "net/scimschema.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

QString urn(const char16_t *u)
{
    return QString::fromUtf16(u);
}

Result<QJsonObject> bodyObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(Error::Code::Invalid,
                         u"The body is not JSON: %1 at byte %2."_s.arg(error.errorString()).arg(error.offset),
                         u"invalidSyntax"_s);
    if (!doc.isObject())
        return makeError(Error::Code::Invalid, u"The body must be a JSON object."_s, u"invalidSyntax"_s);
    return doc.object();
}

// A JSON string literal, UTF-8.
QByteArray jsonText(const QString &text)
{
    QByteArray out;
    out.reserve(text.size() + 2);
    out += '"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text.at(i).unicode();
        if (u == u'"' || u == u'\\') {
            out += '\\';
            out += char(u);
        } else if (u < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 15];
        } else if (u < 0x80) {
            out += char(u);
        } else {
            // A run of non-ASCII characters at once, so surrogate pairs stay together.
            qsizetype end = i + 1;
            while (end < text.size() && text.at(end).unicode() >= 0x80)
                ++end;
            out += QStringView(text).mid(i, end - i).toUtf8();
            i = end - 1;
        }
    }
    out += '"';
    return out;
}

ApiReply fromWrite(const ScimWriteResult &r)
{
    return scimError(r.status, r.detail, r.scimType);
}

QStringList attributeList(const QString &text)
{
    QStringList list;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (const QString trimmed = part.trimmed(); !trimmed.isEmpty())
            list.append(trimmed);
    }
    return list;
}

// RFC 7644 §3.9: attributes= keeps those (and id, schemas); excludedAttributes= drops them.
QJsonObject project(const QJsonObject &resource, const QStringList &attributes, const QStringList &excluded)
{
    if (attributes.isEmpty() && excluded.isEmpty())
        return resource;
    const auto parsed = [](const QString &text) -> std::optional<ScimAttrPath> {
        const Result<ScimPatchPath> p = ScimPatchPath::parse(text);
        if (!p || p->filter)
            return std::nullopt;
        return p->path;
    };
    if (!attributes.isEmpty()) {
        QJsonObject out;
        for (const QString &always : {u"schemas"_s, u"id"_s}) {
            if (resource.contains(always))
                out.insert(always, resource.value(always));
        }
        for (const QString &text : attributes) {
            const std::optional<ScimAttrPath> path = parsed(text);
            if (!path)
                continue;
            const QString key = scimKey(resource, path->attribute);
            if (!resource.contains(key))
                continue;
            const QJsonValue value = resource.value(key);
            if (path->subAttribute.isEmpty()) {
                out.insert(key, value);
            } else if (value.isObject()) {
                QJsonObject part = out.value(key).toObject();
                const QJsonObject whole = value.toObject();
                const QString sub = scimKey(whole, path->subAttribute);
                if (whole.contains(sub))
                    part.insert(sub, whole.value(sub));
                out.insert(key, part);
            } else if (value.isArray()) {
                const QJsonArray whole = value.toArray();
                QJsonArray part = out.value(key).toArray();
                for (qsizetype i = 0; i < whole.size(); ++i) {
                    const QJsonObject element = whole.at(i).toObject();
                    QJsonObject selected = part.at(i).toObject();
                    const QString sub = scimKey(element, path->subAttribute);
                    if (element.contains(sub))
                        selected.insert(sub, element.value(sub));
                    if (i < part.size())
                        part.replace(i, selected);
                    else
                        part.append(selected);
                }
                out.insert(key, part);
            }
        }
        return out;
    }
    QJsonObject out = resource;
    for (const QString &text : excluded) {
        const std::optional<ScimAttrPath> path = parsed(text);
        if (!path)
            continue;
        const QString key = scimKey(out, path->attribute);
        if (key.compare(u"id", Qt::CaseInsensitive) == 0 || key.compare(u"schemas", Qt::CaseInsensitive) == 0)
            continue;
        if (path->subAttribute.isEmpty()) {
            out.remove(key);
            continue;
        }
        const QJsonValue value = out.value(key);
        if (value.isObject()) {
            QJsonObject o = value.toObject();
            o.remove(scimKey(o, path->subAttribute));
            out.insert(key, o);
        } else if (value.isArray()) {
            QJsonArray a = value.toArray();
            for (qsizetype i = 0; i < a.size(); ++i) {
                QJsonObject o = a.at(i).toObject();
                o.remove(scimKey(o, path->subAttribute));
                a.replace(i, o);
            }
            out.insert(key, a);
        }
    }
    return out;
}

// The first value a path names, for sortBy.
QJsonValue sortValue(const QJsonObject &resource, const ScimAttrPath &path)
{
    QJsonValue v = resource.value(scimKey(resource, path.attribute));
    if (v.isArray()) {
        const QJsonArray a = v.toArray();
        v = a.isEmpty() ? QJsonValue() : a.first();
    }
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        v = o.value(scimKey(o, path.subAttribute.isEmpty() ? u"value"_s : path.subAttribute));
    }
    return v;
}

bool lessThan(const QJsonValue &a, const QJsonValue &b)
{
    const bool aMissing = a.isUndefined() || a.isNull(), bMissing = b.isUndefined() || b.isNull();
    if (aMissing || bMissing)
        return !aMissing && bMissing; // missing values last
    if (a.isDouble() && b.isDouble())
        return a.toDouble() < b.toDouble();
    if (a.isBool() && b.isBool())
        return a.toBool() < b.toBool();
    return a.toVariant().toString().compare(b.toVariant().toString(), Qt::CaseInsensitive) < 0;
}

Result<int> intParameter(const QHash<QString, QString> &query, const QString &name, int fallback)
{
    const auto it = query.constFind(name.toLower());
    if (it == query.cend() || it.value().trimmed().isEmpty())
        return fallback;
    bool ok = false;
    const int value = it.value().trimmed().toInt(&ok);
    if (!ok)
        return makeError(Error::Code::Invalid, u"%1: \"%2\" is not a whole number."_s.arg(name, it.value()),
                         u"invalidValue"_s);
    return value;
}

// A SCIM id is a decimal number; anything else names no resource.
Id parseId(const QString &text)
{
    bool ok = false;
    const Id id = text.toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

// Ids a filter pins down at its top (id eq, userName eq / displayName eq, alone or in an
// "and"): the only candidates, instead of rendering every resource. nullopt: any.
std::optional<QList<Id>> pinnedIds(const ScimFilter &f, bool groups, ApiServerState &state)
{
    if (f.kind == ScimFilter::Kind::And) {
        for (const ScimFilter &child : f.children) {
            if (auto ids = pinnedIds(child, groups, state))
                return ids;
        }
        return std::nullopt;
    }
    if (f.kind != ScimFilter::Kind::Compare || f.op != ScimFilter::Op::Eq || !f.value.isString()
        || !f.path.subAttribute.isEmpty())
        return std::nullopt;
    const QString attribute = f.path.attribute;
    if (attribute.compare(u"id", Qt::CaseInsensitive) == 0)
        return QList<Id>{parseId(f.value.toString())};
    if (!groups && attribute.compare(u"userName", Qt::CaseInsensitive) == 0) {
        const Account *a = state.humanByEmail(f.value.toString());
        return a ? QList<Id>{a->id} : QList<Id>{};
    }
    return std::nullopt;
}

// Placeholder ids of a commit's inserts -> the ids the commit gave them.
QHash<Id, Id> realIds(const ChangeSet &changes, const CommitResult &commit, bool groups)
{
    QHash<Id, Id> ids;
    qsizetype k = 0;
    if (groups) {
        for (const auto &entry : changes.teams) {
            if (!entry.after)
                continue;
            if (entry.after->id < 0 && k < commit.teams.size())
                ids.insert(entry.after->id, commit.teams.at(k).id);
            ++k;
        }
    } else {
        for (const auto &entry : changes.accounts) {
            if (!entry.after)
                continue;
            if (entry.after->id < 0 && k < commit.accounts.size())
                ids.insert(entry.after->id, commit.accounts.at(k).id);
            ++k;
        }
    }
    return ids;
}

// Replaces "bulkId:x" strings by the placeholder ids they stand for; false (with the name)
// when one is not known yet.
bool resolveBulkIds(QJsonValue &value, const QHash<QString, Id> &known, QString &missing)
{
    if (value.isString()) {
        const QString s = value.toString();
        if (!s.startsWith(u"bulkId:"))
            return true;
        const QString name = s.mid(7);
        const auto it = known.constFind(name);
        if (it == known.cend()) {
            missing = name;
            return false;
        }
        value = QString::number(it.value());
        return true;
    }
    if (value.isArray()) {
        QJsonArray a = value.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            QJsonValue e = a.at(i);
            if (!resolveBulkIds(e, known, missing))
                return false;
            a.replace(i, e);
        }
        value = a;
        return true;
    }
    if (value.isObject()) {
        QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            QJsonValue e = it.value();
            if (!resolveBulkIds(e, known, missing))
                return false;
            it.value() = e;
        }
        value = o;
        return true;
    }
    return true;
}

QJsonObject userJson(ApiServerState &state, const Account &a, const QString &root)
{
    return scimUserJson(ScimUserView{&a, state.teamsOf(a.id), state.accountModified(a.id)}, root);
}

QJsonObject groupJson(ApiServerState &state, const Team &t, const QString &root)
{
    QList<const Account *> members;
    members.reserve(t.members.size());
    for (Id id : t.members) {
        if (const Account *a = state.account(id); a && a->type == AccountType::Human)
            members.append(a);
    }
    return scimGroupJson(t, members, state.teamModified(t.id), root);
}

} // namespace

ApiReply scimJson(int status, const QJsonObject &body)
{
    ApiReply r;
    r.status = status;
    r.contentType = ScimContentType;
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

ApiReply scimError(int status, const QString &detail, const QString &scimType)
{
    QJsonObject body{{u"schemas"_s, QJsonArray{urn(ScimUrn::Error)}},
                     {u"status"_s, QString::number(status)},
                     {u"detail"_s, detail}};
    if (!scimType.isEmpty())
        body.insert(u"scimType"_s, scimType);
    return scimJson(status, body);
}

ApiReply scimError(const Error &error)
{
    static const QStringList scimTypes{u"invalidFilter"_s, u"tooMany"_s, u"uniqueness"_s, u"mutability"_s,
                                       u"invalidSyntax"_s, u"invalidPath"_s, u"noTarget"_s, u"invalidValue"_s,
                                       u"invalidVers"_s, u"sensitive"_s};
    const QString scimType = scimTypes.contains(error.detail) ? error.detail : QString();
    switch (error.code) {
    case Error::Code::Invalid: return scimError(400, error.message, scimType.isEmpty() ? u"invalidValue"_s : scimType);
    case Error::Code::NotFound: return scimError(404, error.message);
    case Error::Code::Conflict: return scimError(409, error.message, u"uniqueness"_s);
    case Error::Code::Denied: return scimError(403, error.message);
    case Error::Code::Unavailable: return scimError(503, error.message);
    default: return scimError(500, error.message);
    }
}

ScimEndpoints::ScimEndpoints(ApiServerState &state, const ApiServerOptions &options)
    : m_state(state)
    , m_options(options)
{
}

ApiReply ScimEndpoints::handle(const ApiRequest &request, const TokenIdentity &caller)
{
    ApiReply reply = dispatch(request, caller);
    if (!reply.retry)
        return reply;
    // Someone else committed to the same entities between our read and our commit: catch
    // up and plan again, once.
    if (auto refreshed = m_state.refresh(); !refreshed)
        return scimError(refreshed.error());
    reply = dispatch(request, caller);
    reply.retry = false;
    return reply;
}

ApiReply ScimEndpoints::dispatch(const ApiRequest &request, const TokenIdentity &caller)
{
    const QStringList &path = request.path;
    const QString first = path.value(0);
    const bool users = first == u"Users", groups = first == u"Groups";
    if (users || groups) {
        if (path.size() > 2)
            return scimError(404, u"No such resource: %1."_s.arg(path.join(u'/')));
        if (path.size() == 2 && path.at(1) == u".search") {
            if (request.method != "POST")
                return scimError(405, u"Searches are POSTed."_s);
            const Result<QJsonObject> body = bodyObject(request.body);
            if (!body)
                return scimError(body.error());
            return list(request, groups, *body);
        }
        const QString id = path.value(1);
        if (request.method == "GET")
            return id.isEmpty() ? list(request, groups, {}) : get(request, groups, id);
        if (id.isEmpty() ? request.method != "POST" : request.method == "POST")
            return scimError(405, u"%1 is not allowed on %2."_s.arg(QString::fromLatin1(request.method), path.join(u'/')));
        return write(request, caller, groups, id);
    }
    if (first == u"Bulk" && path.size() == 1) {
        if (request.method != "POST")
            return scimError(405, u"Bulk requests are POSTed."_s);
        return bulk(request, caller);
    }
    if (first == u"ServiceProviderConfig" || first == u"ResourceTypes" || first == u"Schemas") {
        if (request.method != "GET")
            return scimError(405, u"%1 is read-only."_s.arg(first));
        return discovery(request);
    }
    return scimError(404, u"No such endpoint: /scim/v2/%1."_s.arg(path.join(u'/')));
}

ApiReply ScimEndpoints::list(const ApiRequest &request, bool groups, const QJsonObject &searchBody)
{
    QHash<QString, QString> query = request.query;
    // A POSTed search (RFC 7644 §3.4.3) says the same in its body.
    for (auto it = searchBody.constBegin(); it != searchBody.constEnd(); ++it) {
        const QJsonValue v = it.value();
        QString text;
        if (v.isArray()) {
            QStringList parts;
            for (const QJsonValue &e : v.toArray())
                parts.append(e.toString());
            text = parts.join(u',');
        } else if (v.isDouble()) {
            text = QString::number(v.toInteger());
        } else {
            text = v.toString();
        }
        query.insert(it.key().toLower(), text);
    }
    const ScimSchema &schema = groups ? scimGroupSchema() : scimUserSchema();
    const Result<int> startParam = intParameter(query, u"startIndex"_s, 1);
    const Result<int> countParam = intParameter(query, u"count"_s, std::min(100, m_options.maxResults));
    if (!startParam)
        return scimError(startParam.error());
    if (!countParam)
        return scimError(countParam.error());
    const qsizetype start = std::max(1, *startParam);
    const qsizetype count = std::clamp(*countParam, 0, m_options.maxResults);

    std::optional<ScimFilter> filter;
    if (const QString text = query.value(u"filter"_s); !text.trimmed().isEmpty()) {
        Result<ScimFilter> parsed = ScimFilter::parse(text);
        if (!parsed)
            return scimError(400, parsed.error().message, u"invalidFilter"_s);
        if (auto valid = validateScimFilter(*parsed, schema); !valid)
            return scimError(400, valid.error().message, u"invalidFilter"_s);
        filter = std::move(parsed).value();
    }
    std::optional<ScimAttrPath> sortBy;
    if (const QString text = query.value(u"sortby"_s); !text.trimmed().isEmpty()) {
        const Result<ScimPatchPath> p = ScimPatchPath::parse(text.trimmed());
        if (!p || p->filter || !schema.attribute(p->path.uri, p->path.attribute))
            return scimError(400, u"sortBy: \"%1\" is not an attribute of %2."_s.arg(text, schema.name),
                             u"invalidValue"_s);
        sortBy = p->path;
    }
    const bool descending = query.value(u"sortorder"_s).compare(u"descending", Qt::CaseInsensitive) == 0;
    const QStringList attributes = attributeList(query.value(u"attributes"_s));
    const QStringList excluded = attributeList(query.value(u"excludedattributes"_s));

    // Candidates, ascending id.
    const Snapshot &s = m_state.snapshot();
    QList<Id> candidates;
    std::optional<QList<Id>> pinned = filter ? pinnedIds(*filter, groups, m_state) : std::nullopt;
    if (pinned) {
        candidates = *pinned;
    } else if (groups) {
        for (const Team &t : s.teams)
            candidates.append(t.id);
    } else {
        candidates.reserve(s.accounts.size());
        for (const Account &a : s.accounts)
            candidates.append(a.id);
    }
    const auto render = [&](Id id) -> std::optional<QJsonObject> {
        if (groups) {
            const Team *t = m_state.team(id);
            if (!t || t->isPublic)
                return std::nullopt;
            return groupJson(m_state, *t, request.root);
        }
        const Account *a = m_state.account(id);
        if (!a || a->type != AccountType::Human)
            return std::nullopt;
        return userJson(m_state, *a, request.root);
    };
    const auto visible = [&](Id id) {
        if (groups) {
            const Team *t = m_state.team(id);
            return t && !t->isPublic;
        }
        const Account *a = m_state.account(id);
        return a && a->type == AccountType::Human;
    };

    QList<QJsonObject> page;
    qsizetype total = 0;
    if (!filter && !sortBy) {
        // Nothing to evaluate: count, then render the page only.
        QList<Id> ids;
        for (Id id : std::as_const(candidates)) {
            if (visible(id))
                ids.append(id);
        }
        total = ids.size();
        for (qsizetype i = start - 1; i < ids.size() && page.size() < count; ++i)
            page.append(*render(ids.at(i)));
    } else {
        QList<QJsonObject> matched;
        for (Id id : std::as_const(candidates)) {
            std::optional<QJsonObject> resource = render(id);
            if (resource && (!filter || scimFilterMatches(*filter, *resource, schema)))
                matched.append(std::move(*resource));
        }
        if (sortBy) {
            std::stable_sort(matched.begin(), matched.end(), [&](const QJsonObject &a, const QJsonObject &b) {
                const QJsonValue va = sortValue(a, *sortBy), vb = sortValue(b, *sortBy);
                return descending ? lessThan(vb, va) : lessThan(va, vb);
            });
        }
        total = matched.size();
        for (qsizetype i = start - 1; i < matched.size() && page.size() < count; ++i)
            page.append(matched.at(i));
    }
    QJsonArray resources;
    for (const QJsonObject &r : std::as_const(page))
        resources.append(project(r, attributes, excluded));
    return scimJson(200, QJsonObject{{u"schemas"_s, QJsonArray{urn(ScimUrn::ListResponse)}},
                                     {u"totalResults"_s, total},
                                     {u"startIndex"_s, start},
                                     {u"itemsPerPage"_s, resources.size()},
                                     {u"Resources"_s, resources}});
}

ApiReply ScimEndpoints::get(const ApiRequest &request, bool groups, const QString &idText)
{
    const Id id = parseId(idText);
    QJsonObject resource;
    int version = 0;
    if (groups) {
        const Team *t = m_state.team(id);
        if (!t || t->isPublic)
            return scimError(404, u"Group %1 not found."_s.arg(idText));
        resource = groupJson(m_state, *t, request.root);
        version = t->version;
    } else {
        const Account *a = m_state.account(id);
        if (!a || a->type != AccountType::Human)
            return scimError(404, u"User %1 not found."_s.arg(idText));
        resource = userJson(m_state, *a, request.root);
        version = a->version;
    }
    const QByteArray tag = scimVersionTag(version).toUtf8();
    if (!request.ifNoneMatch.isEmpty()) {
        const int wanted = scimVersionFromTag(QString::fromLatin1(request.ifNoneMatch));
        if (wanted == -1 || wanted == version) {
            ApiReply notModified;
            notModified.status = 304;
            notModified.headers.append({"ETag", tag});
            return notModified;
        }
    }
    ApiReply reply = scimJson(200, project(resource, attributeList(request.query.value(u"attributes"_s)),
                                           attributeList(request.query.value(u"excludedattributes"_s))));
    reply.headers.append({"ETag", tag});
    return reply;
}

ApiReply ScimEndpoints::write(const ApiRequest &request, const TokenIdentity &caller, bool groups,
                              const QString &idText)
{
    ScimWrite w;
    w.method = request.method;
    w.group = groups;
    if (!idText.isEmpty()) {
        w.id = parseId(idText);
        if (w.id == 0)
            return scimError(404, u"%1 %2 not found."_s.arg(groups ? u"Group"_s : u"User"_s, idText));
    }
    if (w.method != "DELETE") {
        Result<QJsonObject> body = bodyObject(request.body);
        if (!body)
            return scimError(body.error());
        w.data = std::move(body).value();
    }
    if (!request.ifMatch.isEmpty()) {
        w.expectedVersion = scimVersionFromTag(QString::fromLatin1(request.ifMatch));
        if (w.expectedVersion == 0)
            return scimError(412, u"If-Match: %1 names no version of this resource."_s
                                      .arg(QString::fromLatin1(request.ifMatch)));
    }
    const QString actor = caller.owner.subject;
    // The batch shares the server's snapshot: it goes before the commit changes that.
    auto batch = std::make_optional<ProvisioningBatch>(m_state.snapshot(), m_state.provisioningIndex(), actor,
                                                       QDateTime::currentDateTimeUtc());
    const ScimWriteResult result = applyScimWrite(*batch, w, request.root);
    if (!result.ok())
        return fromWrite(result);
    Id id = result.id;
    const ChangeSet changes = batch->changes();
    batch.reset();
    if (!changes.isEmpty()) {
        const Result<CommitResult> committed = m_state.commit(changes, actor);
        if (!committed) {
            ApiReply failed = scimError(committed.error());
            failed.retry = committed.error().code == Error::Code::Conflict;
            return failed;
        }
        if (id < 0)
            id = realIds(changes, *committed, groups).value(id, id);
    }
    if (result.status == 204) {
        ApiReply done;
        done.status = 204;
        return done;
    }
    QJsonObject resource;
    int version = 0;
    if (groups) {
        const Team *t = m_state.team(id);
        if (!t)
            return scimError(500, u"The Group was written but cannot be read back."_s);
        resource = groupJson(m_state, *t, request.root);
        version = t->version;
    } else {
        const Account *a = m_state.account(id);
        if (!a)
            return scimError(500, u"The User was written but cannot be read back."_s);
        resource = userJson(m_state, *a, request.root);
        version = a->version;
    }
    ApiReply reply = scimJson(result.status, project(resource, attributeList(request.query.value(u"attributes"_s)),
                                                     attributeList(request.query.value(u"excludedattributes"_s))));
    reply.headers.append({"ETag", scimVersionTag(version).toUtf8()});
    if (result.status == 201)
        reply.headers.append({"Location", resource.value(u"meta"_s).toObject().value(u"location"_s).toString().toUtf8()});
    return reply;
}

ApiReply ScimEndpoints::bulk(const ApiRequest &request, const TokenIdentity &caller)
{
    const Result<QJsonObject> body = bodyObject(request.body);
    if (!body)
        return scimError(body.error());
    const QJsonValue operationsValue = scimValue(*body, u"Operations");
    if (!operationsValue.isArray())
        return scimError(400, u"A Bulk request needs \"Operations\": a list of operations."_s, u"invalidSyntax"_s);
    const QJsonArray operations = operationsValue.toArray();
    if (operations.size() > m_options.maxBulkOperations)
        return scimError(413, u"A Bulk request holds at most %1 operations; this one has %2."_s
                                  .arg(m_options.maxBulkOperations)
                                  .arg(operations.size()));
    const int failOnErrors = scimValue(*body, u"failOnErrors").toInt(0);

    struct Operation
    {
        QByteArray method;
        QString path;
        QString bulkId;
        QJsonValue data;
        QString version;
        bool group = false;
        bool done = false;
        ScimWriteResult result;
    };
    QList<Operation> ops(operations.size());
    QHash<QString, qsizetype> declared; // bulkId -> the POST that defines it
    for (qsizetype i = 0; i < operations.size(); ++i) {
        const QJsonObject o = operations.at(i).toObject();
        Operation &op = ops[i];
        op.method = scimValue(o, u"method").toString().toUpper().toLatin1();
        op.path = scimValue(o, u"path").toString();
        op.bulkId = scimValue(o, u"bulkId").toString();
        op.data = scimValue(o, u"data");
        op.version = scimValue(o, u"version").toString();
        if (op.method == "POST" && !op.bulkId.isEmpty())
            declared.insert(op.bulkId, i);
    }

    // Most requests name no bulkId: then no operation needs walking for references.
    const bool mayReference = request.body.contains("bulkId:");
    const QString actor = caller.owner.subject;
    // The batch shares the server's snapshot: it goes before the commit changes that.
    auto batch = std::make_optional<ProvisioningBatch>(m_state.snapshot(), m_state.provisioningIndex(), actor,
                                                       QDateTime::currentDateTimeUtc());
    QHash<QString, Id> known; // bulkId -> placeholder (or real) id
    int errors = 0;
    bool stopped = false;
    const auto fail = [&](Operation &op, int status, const QString &detail, const QString &scimType = {}) {
        op.done = true;
        op.result.status = status;
        op.result.detail = detail;
        op.result.scimType = scimType;
        ++errors;
        stopped = failOnErrors > 0 && errors >= failOnErrors;
    };
    // Operations run in order; one naming a bulkId a later POST defines waits for it.
    for (bool progress = true; progress && !stopped;) {
        progress = false;
        for (qsizetype i = 0; i < ops.size() && !stopped; ++i) {
            Operation &op = ops[i];
            if (op.done)
                continue;
            QJsonValue data = op.data;
            QStringList segments = op.path.split(u'/', Qt::SkipEmptyParts);
            QJsonValue target = segments.value(1);
            QString missing;
            if (mayReference
                && (!resolveBulkIds(target, known, missing) || !resolveBulkIds(data, known, missing))) {
                const auto definer = declared.constFind(missing);
                if (definer != declared.cend() && !ops.at(*definer).done)
                    continue; // not yet
                fail(op, 400, u"Operations[%1]: bulkId \"%2\" is not defined by a POST that succeeded."_s
                                  .arg(i)
                                  .arg(missing),
                     u"invalidValue"_s);
                progress = true;
                continue;
            }
            progress = true;
            if (segments.size() >= 2)
                segments[1] = target.toString();
            ScimWrite w;
            w.method = op.method;
            const QString type = segments.value(0);
            op.group = type == u"Groups";
            w.group = op.group;
            if ((type != u"Users" && !op.group) || segments.size() > 2
                || (segments.size() == 2) == (op.method == "POST")) {
                fail(op, 400, u"Operations[%1]: \"%2 %3\" is not a Bulk operation."_s
                                  .arg(i)
                                  .arg(QString::fromLatin1(op.method), op.path),
                     u"invalidSyntax"_s);
                continue;
            }
            if (segments.size() == 2) {
                bool ok = false;
                w.id = segments.at(1).toLongLong(&ok);
                if (!ok || w.id == 0) {
                    fail(op, 404, u"Operations[%1]: %2 not found."_s.arg(i).arg(op.path));
                    continue;
                }
            }
            if (op.method != "DELETE") {
                if (!data.isObject()) {
                    fail(op, 400, u"Operations[%1].data: an object is expected."_s.arg(i), u"invalidSyntax"_s);
                    continue;
                }
                w.data = data.toObject();
            }
            if (!op.version.isEmpty())
                w.expectedVersion = scimVersionFromTag(op.version);
            op.result = applyScimWrite(*batch, w, request.root);
            op.done = true;
            if (!op.result.ok()) {
                const ScimWriteResult r = op.result;
                fail(op, r.status, u"Operations[%1]: %2"_s.arg(i).arg(r.detail), r.scimType);
            } else if (op.method == "POST" && !op.bulkId.isEmpty()) {
                known.insert(op.bulkId, op.result.id);
            }
        }
    }
    // What still waits names a bulkId that is never defined before it (a cycle).
    if (!stopped) {
        for (qsizetype i = 0; i < ops.size(); ++i) {
            if (!ops.at(i).done)
                fail(ops[i], 409, u"Operations[%1]: its bulkId references form a cycle."_s.arg(i));
        }
    }

    const ChangeSet changes = batch->changes();
    batch.reset();
    QHash<Id, Id> users, teams;
    if (!changes.isEmpty()) {
        const Result<CommitResult> committed = m_state.commit(changes, actor);
        if (!committed) {
            ApiReply failed = scimError(committed.error());
            failed.retry = committed.error().code == Error::Code::Conflict;
            return failed;
        }
        users = realIds(changes, *committed, false);
        teams = realIds(changes, *committed, true);
    }

    // The answer is written directly: a QJsonObject per operation costs more than the
    // operation itself on a large import.
    QByteArray out;
    out.reserve(qsizetype(ops.size()) * 120 + 128);
    out += "{\"schemas\":[\"" + urn(ScimUrn::BulkResponse).toUtf8() + "\"],\"Operations\":[";
    bool first = true;
    for (const Operation &op : std::as_const(ops)) {
        if (!op.done)
            continue;
        if (!first)
            out += ',';
        first = false;
        out += "{\"method\":" + jsonText(QString::fromLatin1(op.method));
        if (!op.bulkId.isEmpty())
            out += ",\"bulkId\":" + jsonText(op.bulkId);
        out += ",\"status\":\"" + QByteArray::number(op.result.status) + '"';
        if (op.result.ok()) {
            const Id id = (op.group ? teams : users).value(op.result.id, op.result.id);
            out += ",\"location\":"
                + jsonText(request.root + (op.group ? u"/Groups/"_s : u"/Users/"_s) + QString::number(id));
            int version = 0;
            if (op.group) {
                if (const Team *t = m_state.team(id))
                    version = t->version;
            } else if (const Account *a = m_state.account(id)) {
                version = a->version;
            }
            if (version > 0)
                out += ",\"version\":" + jsonText(scimVersionTag(version));
        } else {
            QJsonObject error{{u"schemas"_s, QJsonArray{urn(ScimUrn::Error)}},
                              {u"status"_s, QString::number(op.result.status)},
                              {u"detail"_s, op.result.detail}};
            if (!op.result.scimType.isEmpty())
                error.insert(u"scimType"_s, op.result.scimType);
            out += ",\"response\":" + QJsonDocument(error).toJson(QJsonDocument::Compact);
        }
        out += '}';
    }
    out += "]}";
    ApiReply reply;
    reply.contentType = ScimContentType;
    reply.body = std::move(out);
    return reply;
}

ApiReply ScimEndpoints::discovery(const ApiRequest &request)
{
    const QString root = request.root;
    const QString first = request.path.value(0);
    const QString name = request.path.value(1);
    if (request.path.size() > 2)
        return scimError(404, u"No such resource: %1."_s.arg(request.path.join(u'/')));
    const QList<const ScimSchema *> schemas{&scimUserSchema(), &scimGroupSchema()};
    const auto listOf = [](const QJsonArray &items) {
        return QJsonObject{{u"schemas"_s, QJsonArray{urn(ScimUrn::ListResponse)}},
                           {u"totalResults"_s, items.size()},
                           {u"startIndex"_s, 1},
                           {u"itemsPerPage"_s, items.size()},
                           {u"Resources"_s, items}};
    };
    if (first == u"ServiceProviderConfig") {
        if (!name.isEmpty())
            return scimError(404, u"No such resource: %1."_s.arg(request.path.join(u'/')));
        return scimJson(200, QJsonObject{
            {u"schemas"_s, QJsonArray{urn(ScimUrn::ServiceProviderConfig)}},
            {u"patch"_s, QJsonObject{{u"supported"_s, true}}},
            {u"bulk"_s, QJsonObject{{u"supported"_s, true},
                                    {u"maxOperations"_s, m_options.maxBulkOperations},
                                    {u"maxPayloadSize"_s, double(m_options.maxBulkBodyBytes)}}},
            {u"filter"_s, QJsonObject{{u"supported"_s, true}, {u"maxResults"_s, m_options.maxResults}}},
            {u"changePassword"_s, QJsonObject{{u"supported"_s, false}}},
            {u"sort"_s, QJsonObject{{u"supported"_s, true}}},
            {u"etag"_s, QJsonObject{{u"supported"_s, true}}},
            {u"authenticationSchemes"_s,
             QJsonArray{QJsonObject{{u"type"_s, u"oauthbearertoken"_s},
                                    {u"name"_s, u"Bearer token"_s},
                                    {u"description"_s, u"A Gatehouse SCIM token (gatehousectl token create --scim) "
                                                       u"in the Authorization header: Bearer <secret>."_s},
                                    {u"primary"_s, true}}}},
            {u"meta"_s, QJsonObject{{u"resourceType"_s, u"ServiceProviderConfig"_s},
                                    {u"location"_s, QString(root + u"/ServiceProviderConfig"_s)}}},
        });
    }
    if (first == u"ResourceTypes") {
        QJsonArray items;
        for (const ScimSchema *s : schemas) {
            const QJsonObject type = s->resourceTypeJson(root + u"/ResourceTypes/"_s + s->name);
            if (name.isEmpty())
                items.append(type);
            else if (name == s->name)
                return scimJson(200, type);
        }
        if (!name.isEmpty())
            return scimError(404, u"No resource type %1."_s.arg(name));
        return scimJson(200, listOf(items));
    }
    QJsonArray items;
    for (const ScimSchema *s : schemas) {
        const QJsonObject schema = s->toJson(root + u"/Schemas/"_s + s->id);
        if (name.isEmpty())
            items.append(schema);
        else if (name == s->id)
            return scimJson(200, schema);
    }
    if (!name.isEmpty())
        return scimError(404, u"No schema %1."_s.arg(name));
    return scimJson(200, listOf(items));
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
// The read API of the server: /api/users, /api/teams, /api/datastores, paged, each caller
// seeing what its account may see in Gatehouse (AdminService::capabilities).
#include "net/apiserverhandlers.h"

#include "core/adminservice.h"
#include "core/entityjson.h"

#include <QJsonArray>
#include <QJsonDocument>


using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

constexpr int DefaultPageSize = 50;
constexpr int MaxPageSize = 500;

ApiReply jsonReply(int status, const QJsonObject &body)
{
    ApiReply r;
    r.status = status;
    r.contentType = "application/json";
    r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return r;
}

ApiReply apiError(int status, const QString &message)
{
    return jsonReply(status, QJsonObject{{u"status"_s, status}, {u"error"_s, message}});
}

QJsonObject parsed(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

Result<int> pageParameter(const ApiRequest &request, const QString &name, int fallback, int max)
{
    const auto it = request.query.constFind(name);
    if (it == request.query.cend() || it.value().isEmpty())
        return fallback;
    bool ok = false;
    const int value = it.value().trimmed().toInt(&ok);
    if (!ok || value < 1)
        return makeError(Error::Code::Invalid, u"%1: \"%2\" is not a whole number of at least 1."_s.arg(name, it.value()));
    if (value > max)
        return makeError(Error::Code::Invalid, u"%1: %2 is more than %3."_s.arg(name).arg(value).arg(max));
    return value;
}

} // namespace

ApiReply handleReadApi(ApiServerState &state, const ApiRequest &request, const TokenIdentity &caller)
{
    const QString what = request.path.value(0);
    if (request.path.size() != 1 || (what != u"users" && what != u"teams" && what != u"datastores"))
        return apiError(404, u"No such endpoint: /api/%1 (there are /api/users, /api/teams and /api/datastores)."_s
                                 .arg(request.path.join(u'/')));
    if (request.method != "GET")
        return apiError(405, u"/api/%1 is read-only: use GET."_s.arg(what));
    const Result<int> page = pageParameter(request, u"page"_s, 1, std::numeric_limits<int>::max());
    if (!page)
        return apiError(400, page.error().message);
    const Result<int> size = pageParameter(request, u"size"_s, DefaultPageSize, MaxPageSize);
    if (!size)
        return apiError(400, size.error().message);

    const Snapshot &s = state.snapshot();
    const Account &me = caller.owner;
    // Admins and Managers see the organisation; a Member only their own account, teams and
    // the datastores they reach (domain.md, "Who may run which command").
    const bool everything =
        AdminService::capabilities(s, me.subject).allowed(Capabilities::Action::ViewOrganisation);
    const qsizetype myPos = state.accountPos(me.id);

    // Positions of what the caller sees; only the page asked for is rendered.
    QList<qsizetype> visible;
    std::vector<Level> levels;
    if (what == u"users") {
        for (qsizetype i = 0; i < s.accounts.size(); ++i) {
            if (everything || s.accounts.at(i).id == me.id)
                visible.append(i);
        }
    } else if (what == u"teams") {
        for (qsizetype i = 0; i < s.teams.size(); ++i) {
            const Team &t = s.teams.at(i);
            if (everything || t.isPublic || t.members.contains(me.id))
                visible.append(i);
        }
    } else {
        levels = myPos >= 0 ? state.access().row(myPos) : std::vector<Level>(size_t(s.datastores.size()), Level::None);
        for (qsizetype d = 0; d < s.datastores.size(); ++d) {
            if (everything || levels.at(size_t(d)) != Level::None)
                visible.append(d);
        }
    }
    const qsizetype total = visible.size();
    const qsizetype first = qsizetype(*page - 1) * *size;
    QJsonArray pageItems;
    for (qsizetype k = first; k >= 0 && k < total && pageItems.size() < *size; ++k) {
        const qsizetype i = visible.at(k);
        if (what == u"users") {
            pageItems.append(parsed(entityJson(s.accounts.at(i))));
        } else if (what == u"teams") {
            QJsonObject o = parsed(entityJson(s.teams.at(i)));
            if (!everything)
                o.remove(u"members"_s); // who else is in a team is not a Member's to see
            pageItems.append(o);
        } else {
            QJsonObject o = parsed(entityJson(s.datastores.at(i)));
            const Level level = levels.at(size_t(i));
            o.insert(u"level"_s, level == Level::None ? QJsonValue() : QJsonValue(levelName(level)));
            pageItems.append(o);
        }
    }
    const qsizetype pages = total == 0 ? 0 : (total + *size - 1) / *size;
    return jsonReply(200, QJsonObject{{u"items"_s, pageItems},
                                      {u"total"_s, total},
                                      {u"page"_s, *page},
                                      {u"size"_s, *size},
                                      {u"pages"_s, pages}});
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the API server: the request as the handlers see it, their reply, and the
// two handler families (SCIM, read API).
#pragma once

#include "core/token.h"
#include "net/apiserver.h"
#include "net/apiserverstate.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace Gatehouse {

struct ApiRequest
{
    QByteArray method;               // "GET", "POST", ...
    QStringList path;                // decoded segments after the prefix: {"Users", "42"}
    QHash<QString, QString> query;   // names lower-cased, values decoded ('+' is a space)
    QByteArray body;
    QByteArray ifMatch;
    QByteArray ifNoneMatch;
    QString root;                    // "http://127.0.0.1:8080/scim/v2" (SCIM), "/api" base otherwise
};

struct ApiReply
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    // The change could not be committed because someone else changed the same entity
    // meanwhile: the server catches up and runs the request once more.
    bool retry = false;
};

inline constexpr char ScimContentType[] = "application/scim+json";

// A SCIM error (RFC 7644 §3.12): status as a string, optional scimType, detail.
ApiReply scimError(int status, const QString &detail, const QString &scimType = {});
// A SCIM error for a core Error (Invalid 400, NotFound 404, Conflict 409, Denied 403,
// Unavailable 503, else 500); the scimType in Error::detail when it is one.
ApiReply scimError(const Error &error);
ApiReply scimJson(int status, const QJsonObject &body);

class ScimEndpoints
{
public:
    ScimEndpoints(ApiServerState &state, const ApiServerOptions &options);
    ApiReply handle(const ApiRequest &request, const TokenIdentity &caller);

private:
    ApiReply dispatch(const ApiRequest &request, const TokenIdentity &caller);
    ApiReply list(const ApiRequest &request, bool groups, const QJsonObject &searchBody);
    ApiReply get(const ApiRequest &request, bool groups, const QString &id);
    ApiReply write(const ApiRequest &request, const TokenIdentity &caller, bool groups, const QString &id);
    ApiReply bulk(const ApiRequest &request, const TokenIdentity &caller);
    ApiReply discovery(const ApiRequest &request);

    ApiServerState &m_state;
    const ApiServerOptions &m_options;
};

// GET /api/users | teams | datastores with ?page=&size= (size at most 500).
ApiReply handleReadApi(ApiServerState &state, const ApiRequest &request, const TokenIdentity &caller);

} // namespace Gatehouse

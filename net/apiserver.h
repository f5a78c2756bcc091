// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/repository.h"
#include "core/result.h"

#include <QHostAddress>
#include <QObject>

#include <memory>

namespace Gatehouse {

struct ApiServerOptions
{
    qint64 maxBodyBytes = 1 << 20;        // every request but /scim/v2/Bulk
    qint64 maxBulkBodyBytes = 10 << 20;   // /scim/v2/Bulk
    qint64 maxHeaderBytes = 64 << 10;     // request line and headers
    int maxBulkOperations = 1000;
    int maxResults = 1000;                // the largest SCIM page (count)
    QString tlsCertificateFile;           // PEM; both set = HTTPS
    QString tlsKeyFile;                   // PEM, unencrypted
};

// The HTTP server of `gatehousectl serve` (QtHttpServer):
// - SCIM 2.0 (RFC 7643/7644) under /scim/v2: Users (human accounts), Groups (teams but
//   Public), Bulk, ServiceProviderConfig, ResourceTypes, Schemas; SCIM tokens only;
// - a read API under /api: users, teams, datastores, paged; personal and service tokens,
//   each seeing what its owner may see.
// Authentication is "Authorization: Bearer <secret>" (TokenService); every change is made
// and audited as the token's owner, through ProvisioningBatch. The organisation is held in
// memory and caught up with other writers before each request. Requests are answered one
// at a time on the thread that owns the repository. Bodies over the limits are refused
// with 413 before they are read (see ConnectionGuard).
class ApiServer : public QObject
{
    Q_OBJECT
public:
    ApiServer(std::unique_ptr<Repository> repository, ApiServerOptions options = {}, QObject *parent = nullptr);
    ~ApiServer() override;

    // Loads the organisation, then listens (port 0: any free port). Returns the port, or an
    // Error naming the address, the port or the TLS file that failed.
    Result<quint16> listen(const QHostAddress &address, quint16 port);
    bool isTls() const;

Q_SIGNALS:
    // One per request answered: method, path (no query), status, milliseconds. Never
    // carries a header or a body.
    void requestHandled(const QString &method, const QString &path, int status, double milliseconds);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Gatehouse

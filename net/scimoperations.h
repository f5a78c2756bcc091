// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/provisioning.h"

#include <QJsonObject>

namespace Gatehouse {

// One SCIM write (a request, or one operation of a Bulk request), planned into a
// ProvisioningBatch: POST creates, PUT replaces, PATCH patches, DELETE deactivates a User
// or deletes a Group. The batch decides who may and keeps the invariants; this maps the
// resources and the HTTP semantics (404 for what SCIM does not see, 412 for a stale
// version, PATCH applied to the resource as it is now).
struct ScimWrite
{
    QByteArray method;        // "POST", "PUT", "PATCH", "DELETE"
    bool group = false;       // Groups, else Users
    Id id = 0;                // the target (PUT, PATCH, DELETE); negative: a Bulk placeholder
    QJsonObject data;         // the resource or the PatchOp message
    int expectedVersion = 0;  // from If-Match or the Bulk "version": 0 none, -1 "*"
};

struct ScimWriteResult
{
    int status = 200;         // 200, 201, 204, or an error status
    QString scimType;         // errors: RFC 7644 scimType, may be empty
    QString detail;           // errors: what went wrong, naming the field and value
    Id id = 0;                // the entity written (a placeholder for a create)

    bool ok() const { return status < 400; }
};

// `root` is the SCIM base URL, used for the resources PATCH works on.
ScimWriteResult applyScimWrite(ProvisioningBatch &batch, const ScimWrite &write, const QString &root);

// The human account / non-Public team a SCIM id names in the batch's working copy.
const Account *scimUser(const ProvisioningBatch &batch, Id id);
const Team *scimGroup(const ProvisioningBatch &batch, Id id);

} // namespace Gatehouse

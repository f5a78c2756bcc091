// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/provisioning.h"
#include "core/result.h"
#include "core/types.h"

#include <QJsonObject>

namespace Gatehouse {

// Mapping between Gatehouse entities and SCIM resources (RFC 7643 §4): a human Account is
// a User, a Team other than Public is a Group. Service accounts and the Public team are not
// SCIM resources. Errors carry the RFC 7644 scimType in Error::detail ("invalidValue",
// "invalidSyntax").

// meta.version and the ETag header: W/"<version>".
QString scimVersionTag(int version);
// The version an If-Match / If-None-Match value names: W/"3", "3" or 3; -1 for "*",
// 0 when it names none.
int scimVersionFromTag(QStringView tag);

struct ScimUserView
{
    const Account *account = nullptr;
    QList<const Team *> teams;   // the account's teams, Public left out, ascending id
    QDateTime lastModified;      // invalid: the account's created time
};

// `base` is the SCIM root URL, e.g. "https://host/scim/v2".
QJsonObject scimUserJson(const ScimUserView &view, const QString &base);

// `members`: the team's human members (service accounts are not Users), ascending id.
// withMemberDetails=false leaves display and $ref out (the form PATCH works on).
QJsonObject scimGroupJson(const Team &team, const QList<const Account *> &members, const QDateTime &lastModified,
                          const QString &base, bool withMemberDetails = true);

// What a User resource asks for. `current` is the resource as it is now (PUT, PATCH) or
// empty (POST): a name or e-mail is taken from what the client changed, so a client that
// sends both an unchanged displayName and a new name.givenName renames the account.
// - e-mail: userName, which must be an e-mail address (else invalidValue), or the primary
//   (or first) of emails when there is no userName;
// - name: displayName, else name.formatted, else name.givenName + " " + name.familyName;
// - active: true/false, or the strings "True"/"False" in any case (absent: as now, or true);
// - roles: the primary (or first) value that is Admin, Manager or Member, any case;
// - externalId as given (absent: none);
// - unknown and read-only attributes are ignored.
Result<AccountProfile> scimUserProfile(const QJsonObject &resource, const QJsonObject &current,
                                       const Account *account);

// What a Group resource asks for: displayName (required, trimmed) and the User ids of
// members[].value (decimal; negative numbers are placeholders of the same Bulk request).
struct ScimGroupInput
{
    QString displayName;
    QList<Id> members;
};
Result<ScimGroupInput> scimGroupInput(const QJsonObject &resource);

} // namespace Gatehouse

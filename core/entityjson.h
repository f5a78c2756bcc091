// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <optional>

namespace Gatehouse {

class JsonObjectReader;

// One entity as the audit log keeps it in before_json / after_json: a compact JSON object
// with the keys of its organisation-file entry (formats.md), in that order, plus "version".
// Member and datastore ids ascending; the public team's members are always [].
// Non-ASCII text is written as is, so the history's text search finds names.
QString entityJson(const Account &account);
QString entityJson(const Team &team);
QString entityJson(const Datastore &datastore);

// The other direction: nullopt when the text is not such an object. "version" may be absent
// (then 1). The JSON holds whether an account is active, not since when: a deactivated
// account gets `deactivatedAt` (the time of the record that holds it) as its deactivation
// time. A `created` that is null gets `deactivatedAt` too.
std::optional<Account> accountFromJson(QStringView json, const QDateTime &recordTime = {});
std::optional<Team> teamFromJson(QStringView json, const QDateTime &recordTime = {});
std::optional<Datastore> datastoreFromJson(QStringView json, const QDateTime &recordTime = {});

// The reading shared with the organisation file (orgfile.cpp). `defaultTime` stands for an
// absent `created` and for the deactivation time of an inactive account. The organisation
// file form refuses "version"; the audit form accepts it.
enum class EntityJsonForm : quint8 { OrganisationFile, Audit };
Account readAccount(JsonObjectReader &reader, const QDateTime &defaultTime, EntityJsonForm form);
Team readTeam(JsonObjectReader &reader, const QDateTime &defaultTime, EntityJsonForm form);
Datastore readDatastore(JsonObjectReader &reader, const QDateTime &defaultTime, EntityJsonForm form);

} // namespace Gatehouse

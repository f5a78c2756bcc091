// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/reportcsv.h"

#include "core/accessreport.h"
#include "core/findings.h"
#include "reports/findingtext.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// The organisation cut down to the accounts and datastores in view. Levels and winning
// teams of the remaining cells do not change: a cell depends only on the account's role,
// its teams and which of them hold the datastore.
Snapshot restricted(const Snapshot &snapshot, const ReportRequest &request)
{
    const QSet<Id> accountIds(request.accounts.cbegin(), request.accounts.cend());
    const QSet<Id> datastoreIds(request.datastores.cbegin(), request.datastores.cend());
    const bool allAccounts = accountIds.isEmpty();
    const bool allDatastores = datastoreIds.isEmpty();
    Snapshot out;
    for (const Account &account : snapshot.accounts) {
        if (allAccounts || accountIds.contains(account.id))
            out.accounts.append(account);
    }
    for (const Datastore &datastore : snapshot.datastores) {
        if (allDatastores || datastoreIds.contains(datastore.id))
            out.datastores.append(datastore);
    }
    out.teams = snapshot.teams;
    for (Team &team : out.teams) {
        if (!allAccounts)
            team.members.removeIf([&](Id id) { return !accountIds.contains(id); });
        if (!allDatastores)
            team.datastores.removeIf([&](Id id) { return !datastoreIds.contains(id); });
    }
    return out;
}

QByteArray findingsCsv(const Snapshot &snapshot, const AccessIndex &index)
{
    QByteArray out = "kind,entity,id,name\n";
    for (const Finding &finding : computeFindings(snapshot, index)) {
        const QString prefix = findingKindKey(finding.kind) + u',' + findingEntityKey(finding.entity) + u',';
        for (Id id : finding.items) {
            out += (prefix + QString::number(id) + u','
                    + csvField(findingItemName(snapshot, finding.entity, id)) + u'\n')
                       .toUtf8();
        }
    }
    return out;
}

} // namespace

QByteArray renderCsv(const Snapshot &snapshot, const AccessIndex &index, const ReportRequest &request,
                     Progress *progress)
{
    if (request.scope == ReportRequest::Scope::Findings)
        return findingsCsv(snapshot, index);
    if (request.accounts.isEmpty() && request.datastores.isEmpty())
        return accessReportCsv(snapshot, index, progress);
    const Snapshot part = restricted(snapshot, request);
    return accessReportCsv(part, AccessIndex(part), progress);
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/matrixfilter.h"

#include "core/textfold.h"
#include "models/searchwords.h"

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

bool matchesWords(const QStringList &words, const QString &key)
{
    for (const QString &word : words) {
        if (!containsWord(key, word))
            return false;
    }
    return true;
}

} // namespace

MatrixShape computeMatrixShape(const Snapshot &snapshot, const AccessIndex &index, const MatrixFilter &filter)
{
    MatrixShape shape;
    const qsizetype publicPos = snapshot.publicTeamIndex();

    // Columns first: the rows' "with access" toggle looks at the shown columns.
    std::vector<char> teamHolds; // datastore positions held by the column filter's team
    const qsizetype columnTeam = filter.datastoreTeam ? index.teamPos(filter.datastoreTeam) : -1;
    if (columnTeam >= 0) {
        teamHolds.assign(size_t(snapshot.datastores.size()), 0);
        for (Id id : snapshot.teams.at(columnTeam).datastores) {
            const qsizetype d = index.datastorePos(id);
            if (d >= 0)
                teamHolds[size_t(d)] = 1;
        }
    }
    const QStringList columnWords = splitWords(searchKey(filter.datastoreText));
    for (qsizetype d = 0; d < snapshot.datastores.size(); ++d) {
        const Datastore &datastore = snapshot.datastores.at(d);
        if (filter.datastoreTeam && (columnTeam < 0 || !teamHolds[size_t(d)]))
            continue;
        if (filter.kind && datastore.kind != *filter.kind)
            continue;
        if (!filter.connection.isEmpty() && datastore.connection != filter.connection)
            continue;
        if (!columnWords.isEmpty() && !matchesWords(columnWords, searchKey(datastore.name)))
            continue;
        shape.datastores.push_back(d);
    }

    std::vector<char> member; // account positions in the row filter's team
    const qsizetype rowTeam = filter.accountTeam ? index.teamPos(filter.accountTeam) : -1;
    const bool everyone = rowTeam >= 0 && rowTeam == publicPos;
    if (rowTeam >= 0 && !everyone) {
        member.assign(size_t(snapshot.accounts.size()), 0);
        for (Id id : snapshot.teams.at(rowTeam).members) {
            const qsizetype a = index.accountPos(id);
            if (a >= 0)
                member[size_t(a)] = 1;
        }
    }
    // Teams holding at least one shown datastore.
    std::vector<char> teamTouches;
    if (filter.onlyAccountsWithAccess) {
        std::vector<char> shown(size_t(snapshot.datastores.size()), 0);
        for (qsizetype d : shape.datastores)
            shown[size_t(d)] = 1;
        teamTouches.assign(size_t(snapshot.teams.size()), 0);
        for (qsizetype t = 0; t < snapshot.teams.size(); ++t) {
            for (Id id : snapshot.teams.at(t).datastores) {
                const qsizetype d = index.datastorePos(id);
                if (d >= 0 && shown[size_t(d)]) {
                    teamTouches[size_t(t)] = 1;
                    break;
                }
            }
        }
    }
    const QStringList rowWords = splitWords(searchKey(filter.accountText));
    for (qsizetype a = 0; a < snapshot.accounts.size(); ++a) {
        const Account &account = snapshot.accounts.at(a);
        if (!filter.showDeactivated && !account.isActive())
            continue;
        if (filter.role && account.role != *filter.role)
            continue;
        if (filter.type && account.type != *filter.type)
            continue;
        if (filter.accountTeam && !everyone && (rowTeam < 0 || !member[size_t(a)]))
            continue;
        if (!rowWords.isEmpty()
            && !matchesWords(rowWords, searchKey(account.name) + u' ' + searchKey(account.email)
                                           + u' ' + searchKey(account.subject)))
            continue;
        if (filter.onlyAccountsWithAccess) {
            bool reaches = false;
            if (account.isActive() && !shape.datastores.empty()) {
                reaches = account.role == Role::Admin || (publicPos >= 0 && teamTouches[size_t(publicPos)]);
                for (qsizetype t : index.teamsOf(a)) {
                    if (reaches)
                        break;
                    reaches = teamTouches[size_t(t)];
                }
            }
            if (!reaches)
                continue;
        }
        shape.accounts.push_back(a);
    }

    if (filter.onlyDatastoresWithAccess) {
        // Teams with a shown active member; a shown active Admin reaches everything.
        std::vector<char> teamReaches(size_t(snapshot.teams.size()), 0);
        bool adminShown = false;
        bool anyActive = false;
        for (qsizetype a : shape.accounts) {
            const Account &account = snapshot.accounts.at(a);
            if (!account.isActive())
                continue;
            anyActive = true;
            adminShown = adminShown || account.role == Role::Admin;
            for (qsizetype t : index.teamsOf(a))
                teamReaches[size_t(t)] = 1;
        }
        if (publicPos >= 0)
            teamReaches[size_t(publicPos)] = anyActive;
        if (!adminShown) {
            std::erase_if(shape.datastores, [&](qsizetype d) {
                const QList<qsizetype> &holding = index.teamsHolding(d);
                return std::none_of(holding.cbegin(), holding.cend(),
                                    [&](qsizetype t) { return teamReaches[size_t(t)] != 0; });
            });
        }
    }
    return shape;
}

} // namespace Gatehouse

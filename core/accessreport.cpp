// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accessreport.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// Positions of a list in ascending id order (the snapshot is normally sorted already).
template <typename T>
std::vector<qsizetype> byIdOrder(const QList<T> &items)
{
    std::vector<qsizetype> order(static_cast<size_t>(items.size()));
    std::iota(order.begin(), order.end(), qsizetype(0));
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        return items.at(a).id < items.at(b).id;
    });
    return order;
}

} // namespace

QString csvField(const QString &value)
{
    bool needsQuotes = false;
    for (QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return value;
    QString out = value;
    out.replace(u'"', u"\"\""_s);
    return u'"' + out + u'"';
}

QByteArray accessReportCsv(const Snapshot &snapshot, const AccessIndex &index, Progress *progress)
{
    QByteArray out = "account_id,subject,name,email,role,datastore_id,datastore,permission,via\n";
    const std::vector<qsizetype> datastoreOrder = byIdOrder(snapshot.datastores);
    if (progress)
        progress->startStage(snapshot.accounts.size());

    qint64 written = 0;
    for (qsizetype accountPos : byIdOrder(snapshot.accounts)) {
        if (stopRequested(progress, written++))
            return out;
        const Account &account = snapshot.accounts.at(accountPos);
        if (!account.isActive())
            continue;
        // The account's columns are the same on each of its rows: encode them once.
        const QByteArray prefix = (QString::number(account.id) + u',' + csvField(account.subject)
                                   + u',' + csvField(account.name) + u','
                                   + csvField(account.email) + u',' + roleName(account.role)
                                   + u',')
                                      .toUtf8();
        const std::vector<Level> levels = index.row(accountPos);
        for (qsizetype datastorePos : datastoreOrder) {
            const Level level = levels.at(size_t(datastorePos));
            if (level == Level::None)
                continue;
            const Datastore &datastore = snapshot.datastores.at(datastorePos);
            QString via;
            if (level == Level::Admin) {
                via = u"role:Admin"_s;
            } else {
                const Explanation why = index.explain(accountPos, datastorePos);
                QStringList names;
                names.reserve(why.winningTeams.size());
                for (Id teamId : why.winningTeams) {
                    const qsizetype teamPos = index.teamPos(teamId);
                    if (teamPos >= 0)
                        names.append(snapshot.teams.at(teamPos).name);
                }
                via = names.join(u';');
            }
            out += prefix;
            out += (QString::number(datastore.id) + u',' + csvField(datastore.name) + u','
                    + levelName(level) + u',' + csvField(via) + u'\n')
                       .toUtf8();
        }
    }
    if (progress)
        progress->setDone(written);
    return out;
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accessdiff.h"

#include "core/accessindex.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// Where access can differ, told from the two snapshots: whole rows (accounts whose own
// fields or memberships changed) and whole columns (datastores added, removed, or changed
// on the Public team, which everyone is in). Every other cell is equal by construction.
struct Region
{
    QSet<Id> rows;
    QSet<Id> columns;
};

template <typename T, typename F>
void mergeById(const QList<T> &before, const QList<T> &after, F visit)
{
    qsizetype i = 0, j = 0;
    while (i < before.size() || j < after.size()) {
        if (j >= after.size() || (i < before.size() && before.at(i).id < after.at(j).id)) {
            visit(&before.at(i), nullptr);
            ++i;
        } else if (i >= before.size() || after.at(j).id < before.at(i).id) {
            visit(nullptr, &after.at(j));
            ++j;
        } else {
            visit(&before.at(i), &after.at(j));
            ++i;
            ++j;
        }
    }
}

QList<Id> unite(const QList<Id> &a, const QList<Id> &b)
{
    QList<Id> out;
    out.reserve(a.size() + b.size());
    std::set_union(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(out));
    return out;
}

QList<Id> symmetricDifference(const QList<Id> &a, const QList<Id> &b)
{
    QList<Id> out;
    std::set_symmetric_difference(a.cbegin(), a.cend(), b.cbegin(), b.cend(), std::back_inserter(out));
    return out;
}

Region affectedRegion(const Snapshot &before, const Snapshot &after)
{
    Region region;
    mergeById(before.accounts, after.accounts, [&](const Account *b, const Account *a) {
        if (!b || !a || b->role != a->role || b->isActive() != a->isActive())
            region.rows.insert(b ? b->id : a->id);
    });
    mergeById(before.datastores, after.datastores, [&](const Datastore *b, const Datastore *a) {
        if (!b || !a)
            region.columns.insert(b ? b->id : a->id);
    });
    const qsizetype accountCount = std::max(before.accounts.size(), after.accounts.size());
    const qsizetype datastoreCount = std::max(before.datastores.size(), after.datastores.size());
    static const Team none;
    mergeById(before.teams, after.teams, [&](const Team *b, const Team *a) {
        const Team &from = b ? *b : none;
        const Team &to = a ? *a : none;
        const bool levelChanged = !b || !a || from.permission != to.permission;
        const bool membersChanged = from.members != to.members;
        if (!levelChanged && !membersChanged && from.datastores == to.datastores
            && from.isPublic == to.isPublic)
            return;
        // Datastores whose cells this team can change: all it holds on either side when
        // who is in it or its level changed, else only those it gained or lost.
        const QList<Id> datastores = levelChanged || membersChanged || from.isPublic != to.isPublic
                                         ? unite(from.datastores, to.datastores)
                                         : symmetricDifference(from.datastores, to.datastores);
        if (from.isPublic || to.isPublic) {
            for (Id d : datastores)
                region.columns.insert(d);
            return;
        }
        const QList<Id> members = unite(from.members, to.members);
        // Rows or columns, whichever compares fewer cells.
        if (qint64(members.size()) * datastoreCount <= qint64(datastores.size()) * accountCount) {
            for (Id m : members)
                region.rows.insert(m);
        } else {
            for (Id d : datastores)
                region.columns.insert(d);
        }
    });
    return region;
}

// Calls visit(id, beforePos, afterPos) for the union of two id lists (-1 where absent).
template <typename T, typename F>
void alignPositions(const QList<T> &before, const QList<T> &after, F visit)
{
    const bool same = before.size() == after.size()
                      && std::equal(before.cbegin(), before.cend(), after.cbegin(),
                                    [](const T &x, const T &y) { return x.id == y.id; });
    if (same) {
        for (qsizetype i = 0; i < before.size(); ++i)
            visit(before.at(i).id, i, i);
        return;
    }
    qsizetype i = 0, j = 0;
    while (i < before.size() || j < after.size()) {
        if (j >= after.size() || (i < before.size() && before.at(i).id < after.at(j).id)) {
            visit(before.at(i).id, i, qsizetype(-1));
            ++i;
        } else if (i >= before.size() || after.at(j).id < before.at(i).id) {
            visit(after.at(j).id, qsizetype(-1), j);
            ++j;
        } else {
            visit(before.at(i).id, i, j);
            ++i;
            ++j;
        }
    }
}

} // namespace

AccessDiff diffAccess(const Snapshot &before, const Snapshot &after)
{
    AccessDiff diff;
    const Region region = affectedRegion(before, after);
    if (region.rows.isEmpty() && region.columns.isEmpty())
        return diff;
    const AccessIndex from(before);
    const AccessIndex to(after);
    std::vector<AccessChange> changes;

    for (Id account : region.rows) {
        const qsizetype b = from.accountPos(account);
        const qsizetype a = to.accountPos(account);
        const std::vector<Level> rowBefore = b >= 0 ? from.row(b) : std::vector<Level>(size_t(before.datastores.size()));
        const std::vector<Level> rowAfter = a >= 0 ? to.row(a) : std::vector<Level>(size_t(after.datastores.size()));
        alignPositions(before.datastores, after.datastores, [&](Id datastore, qsizetype bp, qsizetype ap) {
            const Level lb = bp >= 0 ? rowBefore[size_t(bp)] : Level::None;
            const Level la = ap >= 0 ? rowAfter[size_t(ap)] : Level::None;
            if (lb != la)
                changes.push_back({account, datastore, lb, la});
        });
    }
    for (Id datastore : region.columns) {
        const qsizetype b = from.datastorePos(datastore);
        const qsizetype a = to.datastorePos(datastore);
        const std::vector<Level> columnBefore = b >= 0 ? from.column(b) : std::vector<Level>(size_t(before.accounts.size()));
        const std::vector<Level> columnAfter = a >= 0 ? to.column(a) : std::vector<Level>(size_t(after.accounts.size()));
        alignPositions(before.accounts, after.accounts, [&](Id account, qsizetype bp, qsizetype ap) {
            const Level lb = bp >= 0 ? columnBefore[size_t(bp)] : Level::None;
            const Level la = ap >= 0 ? columnAfter[size_t(ap)] : Level::None;
            if (lb != la)
                changes.push_back({account, datastore, lb, la});
        });
    }
    // A cell in a changed row and a changed column is found twice, identically.
    std::sort(changes.begin(), changes.end(), [](const AccessChange &x, const AccessChange &y) {
        return x.account != y.account ? x.account < y.account : x.datastore < y.datastore;
    });
    changes.erase(std::unique(changes.begin(), changes.end()), changes.end());
    diff.changes = QList<AccessChange>(changes.cbegin(), changes.cend());
    return diff;
}

QStringList AccessDiff::summaryLines(const Snapshot &before, const Snapshot &after, int maxLines) const
{
    if (changes.isEmpty())
        return {u"No one's access changes."_s};
    struct Group
    {
        Level from = Level::None;
        Level to = Level::None;
        QSet<Id> accounts;
        QSet<Id> datastores;
        qsizetype cells = 0;
        Id firstDatastore = 0;
    };
    std::map<std::pair<Level, Level>, Group> groups;
    for (const AccessChange &c : changes) {
        Group &g = groups[{c.before, c.after}];
        g.from = c.before;
        g.to = c.after;
        g.accounts.insert(c.account);
        g.datastores.insert(c.datastore);
        g.firstDatastore = c.datastore;
        ++g.cells;
    }
    std::vector<const Group *> ordered;
    for (const auto &entry : groups)
        ordered.push_back(&entry.second);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Group *x, const Group *y) { return x->cells > y->cells; });

    auto datastoreName = [&](Id id) {
        for (const Snapshot *s : {&after, &before}) {
            const auto it = std::lower_bound(s->datastores.cbegin(), s->datastores.cend(), id,
                                             [](const Datastore &d, Id v) { return d.id < v; });
            if (it != s->datastores.cend() && it->id == id)
                return it->name;
        }
        return u"datastore %1"_s.arg(id);
    };
    auto line = [&](const Group &g) {
        const qsizetype n = g.accounts.size();
        const QString who = n == 1 ? u"1 account"_s : u"%1 accounts"_s.arg(n);
        const QString where = g.datastores.size() == 1 ? datastoreName(g.firstDatastore)
                                                       : u"%1 datastores"_s.arg(g.datastores.size());
        if (g.from == Level::None)
            return u"+%1 %2 %3 on %4"_s.arg(who, n == 1 ? u"gets"_s : u"get"_s, levelName(g.to), where);
        if (g.to == Level::None)
            return u"%1 %2 %3 on %4"_s.arg(who, n == 1 ? u"loses"_s : u"lose"_s, levelName(g.from), where);
        return u"%1 %2 from %3 to %4 on %5"_s.arg(who, n == 1 ? u"goes"_s : u"go"_s,
                                                  levelName(g.from), levelName(g.to), where);
    };

    QStringList lines;
    const qsizetype shown = qsizetype(ordered.size()) <= maxLines ? qsizetype(ordered.size())
                                                                  : std::max(0, maxLines - 1);
    for (qsizetype i = 0; i < shown; ++i)
        lines.append(line(*ordered[size_t(i)]));
    if (shown < qsizetype(ordered.size())) {
        qsizetype rest = 0;
        for (size_t i = size_t(shown); i < ordered.size(); ++i)
            rest += ordered[i]->cells;
        lines.append(u"and %1 more changed %2"_s.arg(rest).arg(rest == 1 ? u"cell"_s : u"cells"_s));
    }
    return lines;
}

} // namespace Gatehouse

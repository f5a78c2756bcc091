// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/matrixmodel.h"

#include "core/directory.h"
#include "models/displaytext.h"

#include <QElapsedTimer>
#include <QThread>
#include <QtConcurrentMap>

#include <algorithm>
#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// Positions at or after `first` move by `count` (negative: a removal of [first, first-count)).
void shiftPositions(std::vector<qsizetype> &positions, qsizetype first, qsizetype count)
{
    if (count < 0) {
        const qsizetype last = first - count - 1;
        std::erase_if(positions, [&](qsizetype p) { return p >= first && p <= last; });
    }
    for (qsizetype &p : positions) {
        if (p >= first)
            p += count;
    }
}

} // namespace

MatrixModel::MatrixModel(Directory *directory, QObject *parent)
    : QAbstractTableModel(parent), m_directory(directory)
{
    allPositions();
    connect(m_directory, &Directory::aboutToReset, this, [this] {
        if (isLive())
            beginResetModel();
    });
    connect(m_directory, &Directory::reset, this, [this] {
        if (!isLive())
            return;
        m_restrictedAccount = m_restrictedTeam = 0;
        m_restrictedRow.clear();
        m_restrictedPos = -1;
        allPositions();
        endResetModel();
    });
    // Inserted accounts and datastores are not shown until the next setShape(); removed
    // datastores leave the shape. Either way positions move: a reset, but a rare one.
    connect(m_directory, &Directory::accountsAboutToBeInserted, this, &MatrixModel::beginStructureChange);
    connect(m_directory, &Directory::accountsInserted, this, [this](qsizetype first, qsizetype last) {
        if (isLive())
            shiftPositions(m_rows, first, last - first + 1);
        endStructureChange();
    });
    connect(m_directory, &Directory::datastoresAboutToBeInserted, this, &MatrixModel::beginStructureChange);
    connect(m_directory, &Directory::datastoresInserted, this, [this](qsizetype first, qsizetype last) {
        if (isLive())
            shiftPositions(m_columns, first, last - first + 1);
        endStructureChange();
    });
    connect(m_directory, &Directory::datastoresAboutToBeRemoved, this, &MatrixModel::beginStructureChange);
    connect(m_directory, &Directory::datastoresRemoved, this, [this](qsizetype first, qsizetype last) {
        if (isLive())
            shiftPositions(m_columns, first, -(last - first + 1));
        endStructureChange();
    });
    connect(m_directory, &Directory::accessChanged, this, &MatrixModel::accessChanged);
}

void MatrixModel::beginStructureChange()
{
    if (isLive() && !m_inStructureChange) {
        m_inStructureChange = true;
        beginResetModel();
    }
}

void MatrixModel::endStructureChange()
{
    if (m_inStructureChange) {
        m_inStructureChange = false;
        computeRestriction();
        endResetModel();
    }
}

void MatrixModel::allPositions()
{
    m_rows.resize(size_t(snapshot().accounts.size()));
    std::iota(m_rows.begin(), m_rows.end(), qsizetype(0));
    m_columns.resize(size_t(snapshot().datastores.size()));
    std::iota(m_columns.begin(), m_columns.end(), qsizetype(0));
}

const Snapshot &MatrixModel::snapshot() const
{
    return m_snapshot ? *m_snapshot : m_directory->snapshot();
}

const AccessIndex &MatrixModel::access() const
{
    return m_index ? *m_index : m_directory->access();
}

void MatrixModel::setShape(std::vector<qsizetype> accountPositions, std::vector<qsizetype> datastorePositions)
{
    if (accountPositions == m_rows && datastorePositions == m_columns)
        return;
    beginResetModel();
    m_rows = std::move(accountPositions);
    m_columns = std::move(datastorePositions);
    endResetModel();
}

void MatrixModel::setSource(const Snapshot *snapshot, const AccessIndex *index)
{
    Q_ASSERT((snapshot == nullptr) == (index == nullptr));
    beginResetModel();
    m_snapshot = snapshot;
    m_index = index;
    allPositions();
    computeRestriction();
    endResetModel();
}

void MatrixModel::setRestriction(Id accountId, Id teamId)
{
    m_restrictedAccount = teamId ? accountId : 0;
    m_restrictedTeam = teamId;
    const qsizetype oldPos = m_restrictedPos;
    computeRestriction();
    for (qsizetype pos : {oldPos, m_restrictedPos}) {
        const int row = pos >= 0 ? rowOfAccount(pos) : -1;
        if (row >= 0 && !m_columns.empty())
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

void MatrixModel::computeRestriction()
{
    m_restrictedRow.clear();
    m_restrictedPos = -1;
    if (!m_restrictedTeam)
        return;
    const AccessIndex &idx = access();
    const qsizetype accountPos = idx.accountPos(m_restrictedAccount);
    const qsizetype teamPos = idx.teamPos(m_restrictedTeam);
    if (accountPos < 0 || teamPos < 0)
        return;
    m_restrictedPos = accountPos;
    m_restrictedRow = idx.rowThroughTeam(accountPos, teamPos);
}

void MatrixModel::accessChanged()
{
    if (!isLive() || m_inStructureChange)
        return;
    computeRestriction();
    const QList<int> roles{Qt::DisplayRole, Qt::ToolTipRole, LevelRole};
    const AccessIndex::Affected &scope = m_directory->lastAccessChange();
    if (m_rows.empty() || m_columns.empty()) {
        // nothing shown
    } else if (scope.everyone) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), roles);
    } else {
        // Only the rows of the accounts concerned, as runs of adjacent rows; past a few dozen
        // runs one range from the first to the last (a view repaints what it shows either way).
        std::vector<int> rowOf(size_t(m_directory->accounts().size()), -1);
        for (size_t r = 0; r < m_rows.size(); ++r)
            rowOf[size_t(m_rows[r])] = int(r);
        std::vector<int> rows;
        for (qsizetype pos : scope.accounts) {
            if (pos >= 0 && size_t(pos) < rowOf.size() && rowOf[size_t(pos)] >= 0)
                rows.push_back(rowOf[size_t(pos)]);
        }
        std::sort(rows.begin(), rows.end());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        std::vector<std::pair<int, int>> runs;
        for (int row : rows) {
            if (!runs.empty() && runs.back().second + 1 == row)
                runs.back().second = row;
            else
                runs.emplace_back(row, row);
        }
        constexpr size_t MaxRuns = 32;
        if (runs.size() > MaxRuns)
            runs = {{runs.front().first, runs.back().second}};
        for (const auto &[first, last] : runs)
            Q_EMIT dataChanged(index(first, 0), index(last, columnCount() - 1), roles);
    }
    if (!m_rows.empty())
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    if (!m_columns.empty())
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
}

int MatrixModel::rowOfAccount(qsizetype accountPos) const
{
    const auto it = std::find(m_rows.cbegin(), m_rows.cend(), accountPos);
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

int MatrixModel::columnOfDatastore(qsizetype datastorePos) const
{
    const auto it = std::find(m_columns.cbegin(), m_columns.cend(), datastorePos);
    return it == m_columns.cend() ? -1 : int(it - m_columns.cbegin());
}

Level MatrixModel::rowLevel(qsizetype accountPos, qsizetype datastorePos) const
{
    if (accountPos == m_restrictedPos)
        return m_restrictedRow[size_t(datastorePos)];
    return access().cell(accountPos, datastorePos);
}

Level MatrixModel::levelAt(int row, int column) const
{
    return rowLevel(m_rows[size_t(row)], m_columns[size_t(column)]);
}

QString MatrixModel::mark(Level level)
{
    switch (level) {
    case Level::Admin: return u"A★"_s;
    case Level::Editor: return u"E"_s;
    case Level::Author: return u"Au"_s;
    case Level::Drafter: return u"D"_s;
    case Level::Viewer: return u"V"_s;
    case Level::Reporter: return u"R"_s;
    case Level::None: break;
    }
    return {};
}

QString MatrixModel::explanationText(int row, int column) const
{
    const qsizetype accountPos = m_rows[size_t(row)];
    const qsizetype datastorePos = m_columns[size_t(column)];
    const Snapshot &s = snapshot();
    if (accountPos == m_restrictedPos) {
        const Level level = m_restrictedRow[size_t(datastorePos)];
        if (level == Level::None)
            return {};
        const qsizetype teamPos = access().teamPos(m_restrictedTeam);
        return tr("%1 via %2 (this team only)").arg(DisplayText::level(level), s.teams.at(teamPos).name);
    }
    const Explanation why = access().explain(accountPos, datastorePos);
    switch (why.source) {
    case Explanation::Source::Role:
        return tr("Admin (role: every datastore)");
    case Explanation::Source::Inactive:
        return tr("No access: deactivated account");
    case Explanation::Source::None:
        return {};
    case Explanation::Source::Teams:
        break;
    }
    QStringList names;
    for (Id teamId : why.winningTeams)
        names.append(s.teams.at(access().teamPos(teamId)).name);
    return tr("%1 via %2").arg(DisplayText::level(why.level), names.join(u", "_s));
}

// Exact counts by popcount over level bitsets. Accounts in the same teams share a row (a
// row group, see AccessIndex): each group shown is counted once and weighed by its accounts,
// the groups split over the machine's cores; a view too large for the budget even so is
// sampled evenly.
MatrixModel::LevelCounts MatrixModel::countLevels(int budgetMs) const
{
    LevelCounts counts;
    if (m_rows.empty() || m_columns.empty())
        return counts;
    const AccessIndex &idx = access();
    std::vector<quint64> mask;
    if (qsizetype(m_columns.size()) != idx.datastoreCount()) {
        mask.assign(size_t((idx.datastoreCount() + 63) / 64), 0);
        for (qsizetype d : m_columns)
            mask[size_t(d) >> 6] |= quint64(1) << (size_t(d) & 63);
    }
    const auto add = [](AccessIndex::LevelCounts &into, const AccessIndex::LevelCounts &part) {
        for (size_t i = 0; i < into.size(); ++i)
            into[i] += part[i];
    };
    const auto usedGroups = [](const std::vector<qint64> &weights) {
        std::vector<size_t> used;
        for (size_t g = 0; g < weights.size(); ++g) {
            if (weights[g] > 0)
                used.push_back(g);
        }
        return used;
    };

    QElapsedTimer timer;
    timer.start();
    const size_t rows = m_rows.size();
    std::vector<qint64> weights = idx.groupWeights(m_rows, 0, rows);
    std::vector<size_t> used = usedGroups(weights);
    const size_t probe = std::min<size_t>(used.size(), 64);
    const size_t probeEnd = probe < used.size() ? used[probe] : weights.size();
    AccessIndex::LevelCounts exact = idx.countGroupLevels(weights, 0, probeEnd, mask);
    if (probe < used.size()) {
        const int threads = std::max(1, QThread::idealThreadCount());
        const double perGroup = double(std::max<qint64>(timer.nsecsElapsed(), 1)) / double(probe) / 1e6;
        const double wanted = double(used.size() - probe) * perGroup / threads;
        const int stride = wanted <= budgetMs ? 1 : int(std::ceil(wanted / std::max(budgetMs, 1)));
        size_t from = probe;
        if (stride > 1) {
            std::vector<qsizetype> sampled;
            for (size_t r = 0; r < rows; r += size_t(stride))
                sampled.push_back(m_rows[r]);
            weights = idx.groupWeights(sampled, 0, sampled.size());
            used = usedGroups(weights);
            from = 0;
            exact = {};
            counts.sampleStride = stride;
        }
        // Ranges of group numbers holding about the same number of used groups each.
        std::vector<std::pair<size_t, size_t>> chunks;
        const size_t total = used.size() - from;
        const size_t chunk = (total + size_t(threads) - 1) / size_t(threads);
        for (size_t k = from; k < used.size(); k += chunk) {
            const size_t end = k + chunk < used.size() ? used[k + chunk] : weights.size();
            chunks.emplace_back(used[k], end);
        }
        const AccessIndex::LevelCounts rest = QtConcurrent::blockingMappedReduced<AccessIndex::LevelCounts>(
            chunks,
            [&idx, &weights, &mask](const std::pair<size_t, size_t> &range) {
                return idx.countGroupLevels(weights, range.first, range.second, mask);
            },
            [&add](AccessIndex::LevelCounts &into, const AccessIndex::LevelCounts &part) { add(into, part); });
        add(exact, rest);
        if (stride > 1) {
            const double scale = double(rows) / double(std::accumulate(weights.cbegin(), weights.cend(), qint64(0)));
            for (qint64 &n : exact)
                n = qint64(std::llround(double(n) * scale));
        }
    }
    // The restricted row shows its level through one team, not its effective one.
    if (counts.sampleStride == 1 && m_restrictedPos >= 0 && rowOfAccount(m_restrictedPos) >= 0) {
        const std::vector<qsizetype> one{m_restrictedPos};
        const AccessIndex::LevelCounts effective = idx.countLevels(one, 0, 1, mask);
        for (size_t i = 0; i < exact.size(); ++i)
            exact[i] -= effective[i];
        for (qsizetype d : m_columns)
            ++exact[size_t(m_restrictedRow[size_t(d)])];
    }
    for (size_t i = 0; i < exact.size(); ++i)
        counts.cells[i] = exact[i];
    return counts;
}

int MatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant MatrixModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    switch (role) {
    case LevelRole:
        return int(levelAt(index.row(), index.column()));
    case Qt::DisplayRole:
        return mark(levelAt(index.row(), index.column()));
    case Qt::ToolTipRole:
        return explanationText(index.row(), index.column());
    case Qt::AccessibleTextRole: {
        const Level level = levelAt(index.row(), index.column());
        return level == Level::None ? tr("No access") : DisplayText::level(level);
    }
    case AccountIdRole:
        return snapshot().accounts.at(accountPosAt(index.row())).id;
    case DatastoreIdRole:
        return snapshot().datastores.at(datastorePosAt(index.column())).id;
    default:
        return {};
    }
}

QVariant MatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0)
        return {};
    if (orientation == Qt::Vertical) {
        if (section >= rowCount())
            return {};
        const Account &account = snapshot().accounts.at(accountPosAt(section));
        switch (role) {
        case Qt::DisplayRole:
            return account.name;
        case Qt::ToolTipRole:
            return account.email.isEmpty()
                ? tr("%1 (%2)").arg(account.name, DisplayText::role(account.role))
                : tr("%1 <%2> (%3)").arg(account.name, account.email, DisplayText::role(account.role));
        case AccountIdRole:
            return account.id;
        default:
            return {};
        }
    }
    if (section >= columnCount())
        return {};
    const Datastore &datastore = snapshot().datastores.at(datastorePosAt(section));
    switch (role) {
    case Qt::DisplayRole:
        return datastore.name;
    case Qt::ToolTipRole:
        return tr("%1 (%2, %3)").arg(datastore.name, DisplayText::datastoreKind(datastore.kind),
                                      datastore.connection);
    case DatastoreIdRole:
        return datastore.id;
    default:
        return {};
    }
}

} // namespace Gatehouse

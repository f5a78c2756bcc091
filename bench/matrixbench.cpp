// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixbench.h"

#include "benchtable.h"
#include "core/directory.h"
#include "models/matrixmodel.h"
#include "repository/repositoryfactory.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QThreadPool>

#include <bit>
#include <functional>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace Gatehouse::Bench {

namespace {

// Weights make the checksum depend on where each level sits, not only on how many there are.
inline quint64 weight(Id account, Id datastore, Level level)
{
    return quint64(level) * quint64(account % 97 + 1) * quint64(datastore % 89 + 1);
}

// The effective matrix in SQL. `accountFilter` / `datastoreFilter` are extra conditions on
// the account id (a) and the datastore id (d) of every branch, e.g. "= 42" or "<= 5000".
// `select` is the final statement over `cells`: by default a weighted checksum and the count.
QString cellsQuery(const QString &accountFilter, const QString &datastoreFilter,
                   const QString &select = u"SELECT COALESCE(SUM(level * (account_id % 97 + 1) * "
                                           u"(datastore_id % 89 + 1)), 0), COUNT(*) FROM cells"_s)
{
    const QString a = accountFilter.isEmpty() ? QString() : u" AND a.id "_s + accountFilter;
    const QString d = datastoreFilter.isEmpty() ? QString() : u" AND td.datastore_id "_s + datastoreFilter;
    const QString dd = datastoreFilter.isEmpty() ? QString() : u" AND d.id "_s + datastoreFilter;
    return uR"(
WITH lv(name, v) AS (VALUES ('Reporter', 1), ('Viewer', 2), ('Drafter', 3), ('Author', 4), ('Editor', 5)),
grants(account_id, datastore_id, level) AS (
    SELECT a.id, td.datastore_id, lv.v
      FROM accounts a JOIN team_members m ON m.account_id = a.id
      JOIN teams t ON t.id = m.team_id JOIN lv ON lv.name = t.permission
      JOIN team_datastores td ON td.team_id = t.id
     WHERE a.deactivated_at IS NULL AND a.role <> 'Admin'%1%2
    UNION ALL
    SELECT a.id, td.datastore_id, lv.v
      FROM teams t JOIN lv ON lv.name = t.permission
      JOIN team_datastores td ON td.team_id = t.id
      JOIN accounts a
     WHERE t.is_public = 1 AND a.deactivated_at IS NULL AND a.role <> 'Admin'%1%2),
cells(account_id, datastore_id, level) AS (
    SELECT account_id, datastore_id, MAX(level) FROM grants GROUP BY account_id, datastore_id
    UNION ALL
    SELECT a.id, d.id, 6 FROM accounts a JOIN datastores d
     WHERE a.deactivated_at IS NULL AND a.role = 'Admin'%1%3)
%4)"_s
        .arg(a, d, dd, select);
}

struct Sum
{
    quint64 checksum = 0;
    qint64 cells = 0;
    friend bool operator==(const Sum &, const Sum &) = default;
};

} // namespace

MatrixBench::MatrixBench(Directory *directory, int runs) : m_directory(directory), m_runs(runs) {}

bool MatrixBench::run(BenchTable &table)
{
    QTextStream out(stdout);
    const Snapshot &s = m_directory->snapshot();
    const AccessIndex &index = m_directory->access();

    // --- the same data in SQLite ---
    QTemporaryDir dir;
    const QString file = dir.filePath(u"matrix.gatehouse"_s);
    double importMs = 0;
    {
        auto repository = openRepository(u"sqlite:"_s + file, OpenMode::CreateIfMissing, u"bench|operator"_s,
                                         u"Bench"_s);
        if (!repository) {
            out << "cannot create " << file << ": " << repository.error().message << Qt::endl;
            return false;
        }
        importMs = timeMs([&] { (void)(*repository)->importSnapshot(s, Repository::ImportMode::Replace, {}); });
    }
    out << "SQLite baseline: imported into a temporary file in " << QString::number(importMs / 1000, 'f', 1)
        << " s" << Qt::endl;
    const QString connection = u"matrix-bench"_s;
    bool allEqual = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(file);
        if (!db.open()) {
            out << "cannot open " << file << ": " << db.lastError().text() << Qt::endl;
            return false;
        }
        QSqlQuery(db).exec(u"PRAGMA cache_size = -262144"_s);
        const auto sql = [&db, &out](const QString &text) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            Sum sum;
            if (!q.exec(text) || !q.next()) {
                out << "SQL failed: " << q.lastError().text() << Qt::endl;
                return sum;
            }
            sum.checksum = q.value(0).toULongLong();
            sum.cells = q.value(1).toLongLong();
            return sum;
        };
        const auto check = [&](const QString &what, const Sum &ours, const Sum &theirs) {
            if (ours == theirs)
                return;
            allEqual = false;
            out << "CHECKSUM MISMATCH in " << what << ": index " << ours.checksum << " over " << ours.cells
                << " cells, SQL " << theirs.checksum << " over " << theirs.cells << " cells" << Qt::endl;
        };
        // weight() split into its datastore and account factors, so a row costs one
        // multiply-add per cell.
        std::vector<quint64> datastoreFactor;
        datastoreFactor.reserve(size_t(s.datastores.size()));
        for (const Datastore &d : s.datastores)
            datastoreFactor.push_back(quint64(d.id % 89 + 1));
        const auto rowSum = [&](qsizetype pos, Sum &sum) {
            const std::vector<Level> levels = index.row(pos);
            quint64 rowChecksum = 0;
            qint64 cells = 0;
            for (size_t d = 0; d < levels.size(); ++d) {
                rowChecksum += quint64(levels[d]) * datastoreFactor[d];
                cells += levels[d] != Level::None;
            }
            sum.checksum += rowChecksum * quint64(s.accounts.at(pos).id % 97 + 1);
            sum.cells += cells;
        };

        // --- full matrix ---
        const qsizetype accounts = s.accounts.size();
        const qsizetype sqlAccounts =
            m_sqlAccountLimit > 0 ? std::min<qsizetype>(m_sqlAccountLimit, accounts) : accounts;
        std::vector<quint64> accountFactor;
        accountFactor.reserve(size_t(accounts));
        for (const Account &a : s.accounts)
            accountFactor.push_back(quint64(a.id % 97 + 1));
        // The whole matrix as per-level bitsets (a cell costs a bit, not a byte), each distinct
        // row once: accounts in the same teams share a row (AccessIndex's row groups). A row's
        // weighted sum times the sum of its accounts' factors is the sum over all their cells,
        // so the checksum is still one over every cell, the same as SQL's.
        const auto groupSums = [&](size_t first, size_t end, const std::vector<quint64> &factorSum,
                                   const std::vector<qint64> &accountsIn) {
            Sum sum;
            AccessIndex::RowBits bits;
            for (size_t g = first; g < end; ++g) {
                if (accountsIn[g] == 0)
                    continue;
                index.groupRowBits(qsizetype(g), bits);
                quint64 rowChecksum = 0;
                qint64 cells = 0;
                for (size_t level = 1; level < bits.levels.size(); ++level) {
                    quint64 levelSum = 0;
                    const std::vector<quint64> &words = bits.levels[level];
                    for (size_t w = 0; w < words.size(); ++w) {
                        for (quint64 word = words[w]; word; word &= word - 1) {
                            levelSum += datastoreFactor[(w << 6) + size_t(std::countr_zero(word))];
                            ++cells;
                        }
                    }
                    rowChecksum += levelSum * level;
                }
                sum.checksum += rowChecksum * factorSum[g];
                sum.cells += cells * accountsIn[g];
            }
            return sum;
        };
        const auto fullSum = [&] {
            const size_t groups = size_t(index.rowGroupCount());
            std::vector<quint64> factorSum(groups, 0);
            std::vector<qint64> accountsIn(groups, 0);
            for (qsizetype a = 0; a < accounts; ++a) {
                const size_t g = size_t(index.rowGroup(a));
                factorSum[g] += accountFactor[size_t(a)];
                ++accountsIn[g];
            }
            // The groups split over the cores, as the legend's are.
            const int threads = std::max(1, QThread::idealThreadCount());
            std::vector<Sum> parts(static_cast<size_t>(threads));
            QThreadPool pool;
            pool.setMaxThreadCount(threads);
            for (int part = 0; part < threads; ++part) {
                pool.start([&, part] {
                    const size_t first = groups * size_t(part) / size_t(threads);
                    const size_t end = groups * size_t(part + 1) / size_t(threads);
                    parts[size_t(part)] = groupSums(first, end, factorSum, accountsIn);
                });
            }
            pool.waitForDone();
            Sum sum;
            for (const Sum &part : parts) {
                sum.checksum += part.checksum;
                sum.cells += part.cells;
            }
            return sum;
        };
        Sum oursFull;
        QList<double> fullRuns;
        for (int r = 0; r < m_runs; ++r)
            fullRuns.append(timeMs([&] { oursFull = fullSum(); }));
        // The byte-per-cell rows (what row() gives a view) must add up to the same.
        Sum oursRows;
        const double rowsMs = timeMs([&] {
            for (qsizetype a = 0; a < accounts; ++a)
                rowSum(a, oursRows);
        });
        check(u"row() against the row groups"_s, oursRows, oursFull);
        // The same checksum over the subset the SQL covers (the first accounts by id).
        Sum oursSubset;
        for (qsizetype a = 0; a < sqlAccounts; ++a)
            rowSum(a, oursSubset);
        const Id lastSqlAccount = s.accounts.at(sqlAccounts - 1).id;
        Sum sqlFull;
        const double sqlFullMs = timeMs([&] {
            sqlFull = sql(cellsQuery(sqlAccounts < accounts ? u"<= %1"_s.arg(lastSqlAccount) : QString(), {}));
        });
        check(u"the full matrix"_s, oursSubset, sqlFull);
        const double scale = double(accounts) / double(sqlAccounts);
        out << "full matrix: " << oursFull.cells << " cells with access, checksum " << oursFull.checksum << ", "
            << index.rowGroupCount() << " row groups";
        if (sqlAccounts < accounts) {
            out << "; SQL over the first " << sqlAccounts << " accounts (checksum " << sqlFull.checksum
                << " = the index's over them) in " << QString::number(sqlFullMs / 1000, 'f', 1)
                << " s, scaled x" << QString::number(scale, 'f', 2);
        } else {
            out << (oursFull == sqlFull ? " (SQL: the same)" : "");
        }
        out << Qt::endl;
        table.add(sqlAccounts < accounts ? u"full matrix %1x%2 (SQL: %3 accts, scaled)"_s.arg(accounts)
                                               .arg(s.datastores.size()).arg(sqlAccounts)
                                         : u"full matrix %1x%2 vs SQL GROUP BY MAX"_s.arg(accounts)
                                               .arg(s.datastores.size()),
                  median(fullRuns), sqlFullMs * scale, 1000);

        // --- one row, one column: spread over the organisation ---
        const int samples = 20;
        QList<double> rowOurs, rowSql, columnOurs, columnSql;
        for (int i = 0; i < samples; ++i) {
            const qsizetype a = qsizetype((accounts - 1) * i / (samples - 1));
            // A row takes microseconds: timed over many reads, so the clock's resolution and
            // one cold cache do not decide the figure.
            constexpr int RowRepeats = 200;
            Sum ours, theirs;
            rowOurs.append(timeMs([&] {
                for (int k = 0; k < RowRepeats; ++k) {
                    Sum once;
                    rowSum(a, once);
                    ours = once;
                }
            }) / RowRepeats);
            rowSql.append(timeMs([&] { theirs = sql(cellsQuery(u"= %1"_s.arg(s.accounts.at(a).id), {})); }));
            check(u"row of account %1"_s.arg(s.accounts.at(a).id), ours, theirs);

            const qsizetype d = qsizetype((s.datastores.size() - 1) * i / (samples - 1));
            const Id datastoreId = s.datastores.at(d).id;
            Sum oursColumn, sqlColumn;
            columnOurs.append(timeMs([&] {
                const std::vector<Level> levels = index.column(d);
                for (size_t k = 0; k < levels.size(); ++k) {
                    if (levels[k] != Level::None) {
                        oursColumn.checksum += weight(s.accounts.at(qsizetype(k)).id, datastoreId, levels[k]);
                        ++oursColumn.cells;
                    }
                }
            }));
            columnSql.append(timeMs([&] { sqlColumn = sql(cellsQuery({}, u"= %1"_s.arg(datastoreId))); }));
            check(u"column of datastore %1"_s.arg(datastoreId), oursColumn, sqlColumn);
        }
        // --- the legend: exact cells of each level over the whole matrix, as the Matrix page
        // counts them (popcounts over row bitsets, split over the cores) ---
        {
            MatrixModel model(m_directory);
            const auto allPositions = [](qsizetype n) {
                std::vector<qsizetype> positions(static_cast<size_t>(n));
                std::iota(positions.begin(), positions.end(), qsizetype(0));
                return positions;
            };
            model.setShape(allPositions(accounts), allPositions(s.datastores.size()));
            QList<double> legendRuns;
            MatrixModel::LevelCounts legend;
            for (int r = 0; r < m_runs; ++r)
                legendRuns.append(timeMs([&] { legend = model.countLevels(std::numeric_limits<int>::max()); }));
            // The same counts over the accounts the SQL covers, against GROUP BY level.
            model.setShape(allPositions(sqlAccounts), allPositions(s.datastores.size()));
            const MatrixModel::LevelCounts subset = model.countLevels(std::numeric_limits<int>::max());
            std::array<qint64, 7> sqlCounts{};
            const double sqlLegendMs = timeMs([&] {
                QSqlQuery q(db);
                q.setForwardOnly(true);
                if (!q.exec(cellsQuery(sqlAccounts < accounts ? u"<= %1"_s.arg(lastSqlAccount) : QString(), {},
                                       u"SELECT level, COUNT(*) FROM cells GROUP BY level"_s))) {
                    out << "SQL failed: " << q.lastError().text() << Qt::endl;
                    return;
                }
                qint64 withAccess = 0;
                while (q.next()) {
                    const int level = q.value(0).toInt();
                    if (level > 0 && level < 7) {
                        sqlCounts[size_t(level)] = q.value(1).toLongLong();
                        withAccess += sqlCounts[size_t(level)];
                    }
                }
                sqlCounts[0] = qint64(sqlAccounts) * s.datastores.size() - withAccess;
            });
            if (subset.cells != sqlCounts) {
                allEqual = false;
                out << "LEVEL COUNT MISMATCH between the index and SQL" << Qt::endl;
            }
            out << "legend: " << legend.cells[6] << " Admin, " << legend.cells[5] << " Editor, " << legend.cells[4]
                << " Author, " << legend.cells[3] << " Drafter, " << legend.cells[2] << " Viewer, "
                << legend.cells[1] << " Reporter, " << legend.cells[0] << " none"
                << (subset.cells == sqlCounts ? " (SQL: the same counts)" : "") << Qt::endl;
            table.add(u"full matrix level counts (legend) vs SQL GROUP BY MAX"_s, median(legendRuns),
                      sqlLegendMs * scale, 1000);
        }

        table.add(u"full matrix via row(), a byte per cell"_s, rowsMs, sqlFullMs * scale, 0);
        table.add(u"one row (%1 datastores) vs SQL"_s.arg(s.datastores.size()), median(rowOurs),
                  median(rowSql), 60);
        table.add(u"one column (%1 accounts) vs SQL"_s.arg(accounts), median(columnOurs),
                  median(columnSql), 10);

        // --- one screen tile: 40 rows x 20 columns of cells, against a 1 ms budget ---
        QList<double> tileRuns;
        quint64 tileSum = 0;
        for (int i = 0; i < samples; ++i) {
            const qsizetype top = qsizetype((accounts - 40) * i / (samples - 1));
            const qsizetype left = qsizetype((s.datastores.size() - 20) * i / (samples - 1));
            tileRuns.append(timeMs([&] {
                for (qsizetype a = top; a < top + 40; ++a) {
                    for (qsizetype d = left; d < left + 20; ++d)
                        tileSum += quint64(index.cell(a, d));
                }
            }));
        }
        table.addBudget(u"screen tile 40x20 cells vs budget"_s, median(tileRuns), 1.0);

        // --- after one assignment edit: the team with the most members gets one more
        // datastore through Directory::upsertTeam, as a committed edit reaches the window,
        // with a live MatrixModel attached; timed until the affected rows are read again.
        // The model must announce it as changed cells, never as a reset. The baseline asks
        // SQLite for the effective rows of the same accounts again. ---
        const Team *edited = nullptr;
        for (const Team &t : s.teams) {
            if (!t.isPublic && (!edited || t.members.size() > edited->members.size()))
                edited = &t;
        }
        if (edited) {
            const Team before = *edited;
            Team after = before;
            for (const Datastore &d : s.datastores) {
                if (!after.datastores.contains(d.id)) {
                    after.datastores.append(d.id);
                    std::sort(after.datastores.begin(), after.datastores.end());
                    break;
                }
            }
            QStringList ids;
            for (Id member : before.members)
                ids.append(QString::number(member));
            const QString in = u"IN ("_s + ids.join(u',') + u')';

            // The members' rows read again as bitsets, each set bit weighed (word operations,
            // as a pass over many rows reads them; row() gives a byte per cell instead).
            AccessIndex::RowBits bits;
            const auto rowBitsSum = [&](qsizetype pos, Sum &sum) {
                m_directory->access().rowBits(pos, bits);
                quint64 rowChecksum = 0;
                for (size_t level = 1; level < bits.levels.size(); ++level) {
                    quint64 levelSum = 0;
                    const std::vector<quint64> &words = bits.levels[level];
                    for (size_t w = 0; w < words.size(); ++w) {
                        for (quint64 word = words[w]; word; word &= word - 1) {
                            levelSum += datastoreFactor[(w << 6) + size_t(std::countr_zero(word))];
                            ++sum.cells;
                        }
                    }
                    rowChecksum += levelSum * level;
                }
                sum.checksum += rowChecksum * accountFactor[size_t(pos)];
            };
            MatrixModel model(m_directory);
            int resets = 0;
            int changes = 0;
            QObject::connect(&model, &QAbstractItemModel::modelAboutToBeReset, [&resets] { ++resets; });
            QObject::connect(&model, &QAbstractItemModel::dataChanged, [&changes] { ++changes; });
            QList<double> editOurs;
            Sum editedSum;
            for (int r = 0; r < m_runs; ++r) {
                editOurs.append(timeMs([&] {
                    m_directory->upsertTeam(after);
                    Sum sum;
                    for (Id member : before.members)
                        rowBitsSum(m_directory->access().accountPos(member), sum);
                    editedSum = sum;
                }));
                m_directory->upsertTeam(before); // untimed: back to the organisation the SQL holds
            }
            // The database still holds the organisation before the edit: the query's work
            // is the same either way, and its answer must equal the rows before the edit.
            Sum beforeSum, beforeRows;
            for (Id member : before.members) {
                rowBitsSum(m_directory->access().accountPos(member), beforeSum);
                rowSum(m_directory->access().accountPos(member), beforeRows);
            }
            check(u"the edited team's rows, bits against row()"_s, beforeSum, beforeRows);
            QList<double> editSql;
            Sum sqlSum;
            for (int r = 0; r < std::min(m_runs, 3); ++r)
                editSql.append(timeMs([&] { sqlSum = sql(cellsQuery(in, {})); }));
            check(u"the edited team's %1 members"_s.arg(before.members.size()), beforeSum, sqlSum);
            out << "assignment edit: " << changes << " dataChanged, " << resets << " resets over " << m_runs
                << " edits; the members' cells " << beforeSum.cells << " before, " << editedSum.cells << " after"
                << Qt::endl;
            const QString metric =
                u"assignment edit: apply + %1 rows vs SQL re-query"_s.arg(before.members.size());
            if (resets > 0 || changes == 0 || editedSum == beforeSum)
                table.addFailure(metric, resets > 0 ? u"the matrix model was reset %1 times"_s.arg(resets)
                                                     : u"the edit did not show in the matrix"_s);
            else
                table.add(metric + u", no reset"_s, median(editOurs), median(editSql), 70);
        }
        out << "tile checksum " << tileSum << "; checksums " << (allEqual ? "all equal" : "DIFFER") << Qt::endl
            << Qt::endl;
    }
    QSqlDatabase::removeDatabase(connection);
    return allEqual;
}

} // namespace Gatehouse::Bench

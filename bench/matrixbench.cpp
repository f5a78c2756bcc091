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

#include <sqlite3.h>

#include <bit>
#include <functional>
#include <limits>
#include <map>
#include <memory>
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
        // row once: accounts in the same teams share a row (AccessIndex's row groups), so
        // a group's masks are resolved and hashed once and its checksum reused for each of
        // its accounts (AccessIndex::matrixChecksum, no work per cell).
        const auto fullChecksum = [&] {
            const size_t groups = size_t(index.rowGroupCount());
            std::vector<qint64> weights(groups, 0);
            for (qsizetype a = 0; a < accounts; ++a)
                ++weights[size_t(index.rowGroup(a))];
            std::vector<quint64> groupChecksums(groups, 0);
            // The groups split over the cores, as the legend's are.
            const int threads = std::max(1, QThread::idealThreadCount());
            QThreadPool pool;
            pool.setMaxThreadCount(threads);
            for (int part = 0; part < threads; ++part) {
                pool.start([&, part] {
                    const size_t first = groups * size_t(part) / size_t(threads);
                    const size_t end = groups * size_t(part + 1) / size_t(threads);
                    index.groupChecksums(weights, first, end, groupChecksums);
                });
            }
            pool.waitForDone();
            return index.matrixChecksum(groupChecksums, 0, accounts);
        };
        quint64 oursFull = 0;
        QList<double> fullRuns;
        for (int r = 0; r < m_runs; ++r)
            fullRuns.append(timeMs([&] { oursFull = fullChecksum(); }));
        // The byte-per-cell rows (what row() gives a view), turned into masks, must hash to
        // the same.
        const auto rowChecksumOf = [](const std::vector<Level> &levels, AccessIndex::RowBits &bits) {
            AccessIndex::rowBitsOf(levels, bits);
            return AccessIndex::rowChecksum(bits);
        };
        quint64 oursRows = 0;
        const double rowsMs = timeMs([&] {
            AccessIndex::RowBits bits;
            for (qsizetype a = 0; a < accounts; ++a)
                oursRows += AccessIndex::accountChecksum(a, rowChecksumOf(index.row(a), bits));
        });
        const auto checkFull = [&](const QString &what, quint64 ours, quint64 theirs) {
            if (ours == theirs)
                return;
            allEqual = false;
            out << "CHECKSUM MISMATCH in " << what << ": index " << ours << ", other " << theirs << Qt::endl;
        };
        checkFull(u"row() against the row groups"_s, oursRows, oursFull);
        // The same checksum over the subset the SQL covers (the first accounts by id).
        const quint64 oursSubset = sqlAccounts < accounts ? index.matrixChecksum(0, sqlAccounts) : oursFull;
        const Id lastSqlAccount = s.accounts.at(sqlAccounts - 1).id;

        // SQL: the cells (account, datastore, level) of the GROUP BY, read row by row (the
        // sqlite3 API, so the baseline is SQLite's work, not QVariants per value) into the
        // same per-level masks per account, hashed the same way. A non-Admin's cells come
        // together (grouped by account); Admins' Admin cells come from their own branch in
        // whatever order the planner picks, so they are gathered apart. If a non-Admin's
        // cells ever did not come together the checksum would be wrong, so that is checked.
        // One cell of one account is changed on the side to check that the checksum sees it.
        Id maxDatastoreId = 0;
        for (const Datastore &d : s.datastores)
            maxDatastoreId = std::max(maxDatastoreId, d.id);
        std::vector<qint32> datastorePosOf(size_t(maxDatastoreId) + 1, -1);
        for (qsizetype d = 0; d < s.datastores.size(); ++d)
            datastorePosOf[size_t(s.datastores.at(d).id)] = qint32(d);
        const qsizetype flippedAccount = sqlAccounts / 2;
        quint64 sqlFull = 0;
        quint64 sqlFlipped = 0;
        qint64 sqlCells = 0;
        bool sqlOk = true;
        double hashMs = 0;
        const double sqlFullMs = timeMs([&] {
            sqlite3 *raw = nullptr;
            const int opened = sqlite3_open_v2(file.toUtf8().constData(), &raw, SQLITE_OPEN_READONLY, nullptr);
            const std::unique_ptr<sqlite3, decltype(&sqlite3_close)> rawGuard(raw, sqlite3_close);
            const QByteArray text =
                cellsQuery(sqlAccounts < accounts ? u"<= %1"_s.arg(lastSqlAccount) : QString(), {},
                           u"SELECT account_id, datastore_id, level FROM cells"_s)
                    .toUtf8();
            sqlite3_stmt *statement = nullptr;
            if (opened != SQLITE_OK
                || sqlite3_exec(raw, "PRAGMA cache_size = -262144", nullptr, nullptr, nullptr) != SQLITE_OK
                || sqlite3_prepare_v2(raw, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK) {
                out << "SQL failed: " << sqlite3_errmsg(raw) << Qt::endl;
                sqlOk = false;
                return;
            }
            const std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> statementGuard(statement,
                                                                                           sqlite3_finalize);
            QElapsedTimer hashing;
            const size_t words = (size_t(s.datastores.size()) + 63) / 64;
            AccessIndex::RowBits masks;
            for (std::vector<quint64> &level : masks.levels)
                level.assign(words, 0);
            std::vector<bool> done(size_t(accounts), false);
            quint64 sum = 0;
            quint64 flippedTerm = 0, flippedOriginal = 0;
            const auto flipOneCell = [](AccessIndex::RowBits bits) {
                for (size_t level = 1; level < bits.levels.size(); ++level) {
                    for (quint64 &word : bits.levels[level]) {
                        if (word) {
                            const quint64 bit = word & (~word + 1);
                            word &= ~bit;
                            const size_t other = level == size_t(Level::Reporter) ? size_t(Level::Viewer)
                                                                                  : size_t(Level::Reporter);
                            bits.levels[other][size_t(&word - bits.levels[level].data())] |= bit;
                            return bits;
                        }
                    }
                }
                bits.levels[size_t(Level::Reporter)][0] |= 1u; // no access: give one cell
                return bits;
            };
            const auto finish = [&](qsizetype pos) {
                hashing.start();
                const quint64 term = AccessIndex::accountChecksum(pos, AccessIndex::rowChecksum(masks));
                sum += term;
                if (pos == flippedAccount) {
                    flippedOriginal = term;
                    flippedTerm = AccessIndex::accountChecksum(pos, AccessIndex::rowChecksum(flipOneCell(masks)));
                }
                for (std::vector<quint64> &level : masks.levels)
                    std::fill(level.begin(), level.end(), quint64(0));
                done[size_t(pos)] = true;
                hashMs += double(hashing.nsecsElapsed()) / 1e6;
            };
            Id current = -1;
            qsizetype currentPos = -1;
            std::map<qsizetype, std::vector<quint64>> admins; // position -> Admin cells
            int step = SQLITE_ROW;
            while ((step = sqlite3_step(statement)) == SQLITE_ROW) {
                const Id account = sqlite3_column_int64(statement, 0);
                const Id datastore = sqlite3_column_int64(statement, 1);
                const int level = sqlite3_column_int(statement, 2);
                if (level == int(Level::Admin)) {
                    const qsizetype pos = index.accountPos(account);
                    const qint32 d = datastore >= 0 && datastore <= maxDatastoreId
                                         ? datastorePosOf[size_t(datastore)] : -1;
                    if (pos < 0 || pos >= sqlAccounts || d < 0) {
                        out << "SQL Admin cell out of range: " << account << ", " << datastore << Qt::endl;
                        sqlOk = false;
                        return;
                    }
                    std::vector<quint64> &bits = admins[pos];
                    bits.resize(words, 0);
                    bits[size_t(d) >> 6] |= quint64(1) << (d & 63);
                    ++sqlCells;
                    continue;
                }
                if (account != current) {
                    if (currentPos >= 0)
                        finish(currentPos);
                    current = account;
                    currentPos = index.accountPos(account);
                    if (currentPos < 0 || currentPos >= sqlAccounts || done[size_t(currentPos)]) {
                        out << "SQL cells of account " << account << " unknown or not together" << Qt::endl;
                        sqlOk = false;
                        return;
                    }
                }
                const qint32 d = datastore >= 0 && datastore <= maxDatastoreId ? datastorePosOf[size_t(datastore)]
                                                                              : -1;
                if (d < 0 || level < 1 || level > 6) {
                    out << "SQL cell out of range: " << account << ", " << datastore << ", " << level << Qt::endl;
                    sqlOk = false;
                    return;
                }
                masks.levels[size_t(level)][size_t(d) >> 6] |= quint64(1) << (d & 63);
                ++sqlCells;
            }
            if (step != SQLITE_DONE) {
                out << "SQL failed: " << sqlite3_errmsg(raw) << Qt::endl;
                sqlOk = false;
                return;
            }
            if (currentPos >= 0)
                finish(currentPos);
            for (auto &[pos, bits] : admins) {
                if (done[size_t(pos)]) {
                    out << "SQL: account position " << pos << " has Admin cells and others" << Qt::endl;
                    sqlOk = false;
                    return;
                }
                masks.levels[size_t(Level::Admin)] = std::move(bits);
                finish(pos);
                masks.levels[size_t(Level::Admin)].assign(words, 0);
            }
            // Accounts without a single cell (deactivated, or no team): empty masks.
            for (qsizetype a = 0; a < sqlAccounts; ++a) {
                if (!done[size_t(a)])
                    finish(a);
            }
            sqlFull = sum;
            sqlFlipped = sum - flippedOriginal + flippedTerm;
        });
        if (!sqlOk)
            allEqual = false;
        checkFull(u"the full matrix"_s, oursSubset, sqlFull);
        if (sqlOk && (sqlFlipped == sqlFull || sqlFlipped == oursSubset)) {
            allEqual = false;
            out << "CHECKSUM SELF-CHECK FAILED: one changed cell of account position " << flippedAccount
                << " left the checksum as it was" << Qt::endl;
        } else if (sqlOk) {
            out << "checksum self-check ok (one cell of account position " << flippedAccount
                << " changed: " << sqlFlipped << ")" << Qt::endl;
        }
        const double scale = double(accounts) / double(sqlAccounts);
        out << "full matrix: checksum " << oursFull << ", " << index.rowGroupCount() << " row groups; SQL "
            << sqlCells << " cells read and hashed in " << QString::number(sqlFullMs / 1000, 'f', 1)
            << " s (of which hashing the masks " << QString::number(hashMs, 'f', 1) << " ms)";
        if (sqlAccounts < accounts) {
            out << "; SQL over the first " << sqlAccounts << " accounts (checksum " << sqlFull
                << (sqlFull == oursSubset ? " = the index's over them" : " DIFFERS from the index's")
                << "), scaled x" << QString::number(scale, 'f', 2);
        } else {
            out << (oursFull == sqlFull ? " (SQL: the same checksum)" : "");
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

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accessindex.h"
#include "core/demogenerator.h"
#include "orgbuilder.h"

#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

// One row as level masks, built from the byte per cell row() gives: the way another
// computation of the matrix (the bench's SQL) builds them. rowBitsOf() is checked cell by
// cell in masksFromLevels(), so the checksums below compare the row groups with plain rows.
AccessIndex::RowBits masksOf(const std::vector<Level> &levels)
{
    AccessIndex::RowBits bits;
    AccessIndex::rowBitsOf(levels, bits);
    return bits;
}

quint64 checksumFromRows(const AccessIndex &index, qsizetype first, qsizetype end)
{
    quint64 sum = 0;
    for (qsizetype a = first; a < end; ++a)
        sum += AccessIndex::accountChecksum(a, AccessIndex::rowChecksum(masksOf(index.row(a))));
    return sum;
}

Snapshot demo(int datastores, quint64 seed)
{
    DemoOptions options;
    options.accounts = 300;
    options.teams = 20;
    options.datastores = datastores;
    options.maxDatastoresPerTeam = 40;
    options.seed = seed;
    return generateDemo(options);
}

// Two Admins (one deactivated), a deactivated member, someone in no team, overlapping teams
// at different levels, and 70 datastores: two words, the second partial.
Snapshot handMade()
{
    Test::OrgBuilder org;
    for (Id d = 1; d <= 70; ++d)
        org.datastore(d, u"Store %1"_s.arg(d));
    org.account(1, u"Ada Admin"_s, Role::Admin)
        .account(2, u"Old Admin"_s, Role::Admin, false)
        .account(3, u"Bea Member"_s)
        .account(4, u"Cy Member"_s)
        .account(5, u"Dee Gone"_s, Role::Member, false)
        .account(6, u"Eve Nobody"_s, Role::Manager)
        .team(10, u"Readers"_s, Level::Viewer, {3, 4, 5}, {1, 2, 3, 64, 65, 70})
        .team(11, u"Writers"_s, Level::Editor, {4}, {2, 3, 40, 66})
        .team(12, u"Drafts"_s, Level::Drafter, {3}, {3, 50, 51})
        .publicDatastores({1, 5, 63, 64, 69});
    return org.build();
}

} // namespace

// The matrix checksum lets the bench compare the index with SQL without weighing each
// cell. It must be the same however the matrix was computed (row groups, rows, a range of
// accounts, an index updated in place), and it must change when any single cell changes
// level or when a row moves to another account.
class tst_MatrixChecksum : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masksFromLevels_data()
    {
        QTest::addColumn<int>("datastores");
        QTest::newRow("none") << 0;
        QTest::newRow("one") << 1;
        QTest::newRow("63, one word short of full") << 63;
        QTest::newRow("64, one whole word") << 64;
        QTest::newRow("65, a second word of one bit") << 65;
        QTest::newRow("200, last word partial") << 200;
    }

    void masksFromLevels()
    {
        QFETCH(int, datastores);
        // Given a row with every level, None included, in turn
        std::vector<Level> levels(size_t(datastores), Level::None);
        for (size_t d = 0; d < levels.size(); ++d)
            levels[d] = Level(int((d * 5 + d / 7) % 7));
        // and masks left over from a longer row of other levels
        AccessIndex::RowBits bits;
        AccessIndex::rowBitsOf(std::vector<Level>(300, Level::Editor), bits);
        // When the row is turned into masks
        AccessIndex::rowBitsOf(levels, bits);
        // Then each level has a word per 64 datastores, a cell's bit is set in its own
        // level's mask only, None's mask stays empty, and no bit lies past the row.
        const size_t words = (levels.size() + 63) / 64;
        for (size_t level = 0; level < bits.levels.size(); ++level) {
            QCOMPARE(bits.levels[level].size(), words);
            for (size_t w = 0; w < words; ++w) {
                for (size_t b = 0; b < 64; ++b) {
                    const size_t d = w * 64 + b;
                    const bool set = (bits.levels[level][w] >> b) & 1u;
                    const bool expected = d < levels.size() && level != size_t(Level::None)
                                          && levels[d] == Level(level);
                    QVERIFY2(set == expected, qPrintable(u"level %1, datastore %2"_s.arg(level).arg(d)));
                }
            }
        }
    }

    void masksFromRowsAreTheIndexMasks()
    {
        // Given an index with Admins, deactivated accounts and overlapping teams
        const AccessIndex index(handMade());
        AccessIndex::RowBits fromIndex, fromLevels;
        // Then each account's row() turned into masks is what rowBits() gives.
        for (qsizetype a = 0; a < index.accountCount(); ++a) {
            index.rowBits(a, fromIndex);
            AccessIndex::rowBitsOf(index.row(a), fromLevels);
            QVERIFY2(fromIndex.levels == fromLevels.levels, qPrintable(u"account %1"_s.arg(a)));
        }
    }

    void sameAsFromRows_data()
    {
        QTest::addColumn<int>("datastores"); // 0: the hand-made organisation
        QTest::newRow("hand-made, 70 datastores") << 0;
        QTest::newRow("demo, 150 datastores (last word partial)") << 150;
        QTest::newRow("demo, 128 datastores (whole words)") << 128;
        QTest::newRow("demo, 20 datastores (one word)") << 20;
    }

    void sameAsFromRows()
    {
        QFETCH(int, datastores);
        const Snapshot snapshot = datastores == 0 ? handMade() : demo(datastores, quint64(datastores));
        // Given an index
        const AccessIndex index(snapshot);
        const qsizetype n = index.accountCount();
        QVERIFY(n > 0);
        // Then its checksum from the row groups equals the one from each account's row()
        QCOMPARE(index.matrixChecksum(0, n), checksumFromRows(index, 0, n));
        // and from rowBits(), for every range of accounts
        const std::array<std::pair<qsizetype, qsizetype>, 4> ranges{{{0, n / 2}, {n / 3, n}, {1, 2}, {0, 0}}};
        for (const auto &[first, end] : ranges) {
            quint64 fromBits = 0;
            AccessIndex::RowBits bits;
            for (qsizetype a = first; a < end; ++a) {
                index.rowBits(a, bits);
                fromBits += AccessIndex::accountChecksum(a, AccessIndex::rowChecksum(bits));
            }
            QCOMPARE(index.matrixChecksum(first, end), fromBits);
            QCOMPARE(fromBits, checksumFromRows(index, first, end));
        }
        // and ranges of groups computed apart add up to the whole.
        const std::vector<qint64> weights(size_t(index.rowGroupCount()), 1);
        std::vector<quint64> split(weights.size(), 0);
        const size_t half = weights.size() / 2;
        index.groupChecksums(weights, half, weights.size(), split);
        index.groupChecksums(weights, 0, half, split);
        QCOMPARE(index.matrixChecksum(split, 0, n), index.matrixChecksum(0, n));
    }

    void everySingleCellChangesIt()
    {
        // Given a small matrix and its checksum
        const AccessIndex index(handMade());
        const qsizetype n = index.accountCount();
        const quint64 whole = index.matrixChecksum(0, n);
        // When any one cell gets any other level (None included), the checksum differs.
        int changes = 0;
        for (qsizetype a = 0; a < n; ++a) {
            const std::vector<Level> row = index.row(a);
            const quint64 term = AccessIndex::accountChecksum(a, AccessIndex::rowChecksum(masksOf(row)));
            for (size_t d = 0; d < row.size(); ++d) {
                for (int level = int(Level::None); level <= int(Level::Admin); ++level) {
                    if (Level(level) == row[d])
                        continue;
                    std::vector<Level> changed = row;
                    changed[d] = Level(level);
                    const quint64 other =
                        whole - term + AccessIndex::accountChecksum(a, AccessIndex::rowChecksum(masksOf(changed)));
                    QVERIFY2(other != whole, qPrintable(u"account %1, datastore %2, level %3"_s.arg(a).arg(d).arg(level)));
                    ++changes;
                }
            }
        }
        QCOMPARE(changes, int(n * index.datastoreCount() * 6));
    }

    void whereARowSitsCounts()
    {
        const AccessIndex index(handMade());
        const qsizetype n = index.accountCount();
        const quint64 whole = index.matrixChecksum(0, n);
        // Two accounts exchanging their rows change the checksum, though the cells per level
        // stay the same
        const std::vector<Level> bea = index.row(2), cy = index.row(3);
        QVERIFY(bea != cy);
        const auto term = [](qsizetype a, const std::vector<Level> &row) {
            return AccessIndex::accountChecksum(a, AccessIndex::rowChecksum(masksOf(row)));
        };
        QVERIFY(whole - term(2, bea) - term(3, cy) + term(2, cy) + term(3, bea) != whole);
        // and so does a cell moving to another datastore of the same row, at its level.
        std::vector<Level> moved = bea;
        QCOMPARE(moved[0], Level::Viewer);
        QCOMPARE(moved[6], Level::None);
        std::swap(moved[0], moved[6]);
        QVERIFY(whole - term(2, bea) + term(2, moved) != whole);
    }

    void updatedInPlaceAsRebuilt()
    {
        // Given an index and the snapshot it was built from
        Snapshot snapshot = demo(150, 11);
        AccessIndex index(snapshot);
        const quint64 before = index.matrixChecksum(0, index.accountCount());
        // When a team gets more datastores, another level and other members in place
        qsizetype teamPos = -1;
        for (qsizetype t = 0; t < snapshot.teams.size() && teamPos < 0; ++t) {
            if (!snapshot.teams.at(t).isPublic && snapshot.teams.at(t).members.size() > 2)
                teamPos = t;
        }
        QVERIFY(teamPos >= 0);
        Team team = snapshot.teams.at(teamPos);
        team.permission = team.permission == Level::Editor ? Level::Viewer : Level::Editor;
        team.datastores = {snapshot.datastores.at(0).id, snapshot.datastores.at(70).id,
                           snapshot.datastores.at(149).id};
        team.members.removeFirst();
        team.members.append(snapshot.accounts.last().id);
        std::sort(team.members.begin(), team.members.end());
        team.members.erase(std::unique(team.members.begin(), team.members.end()), team.members.end());
        AccessIndex::Affected affected;
        QVERIFY(index.updateTeam(teamPos, team, affected));
        snapshot.teams[teamPos] = team;
        // Then its checksum is a rebuilt index's, and not the one before.
        const AccessIndex rebuilt(snapshot);
        QCOMPARE(index.matrixChecksum(0, index.accountCount()), rebuilt.matrixChecksum(0, rebuilt.accountCount()));
        QVERIFY(index.matrixChecksum(0, index.accountCount()) != before);
        QCOMPARE(index.matrixChecksum(0, index.accountCount()), checksumFromRows(rebuilt, 0, rebuilt.accountCount()));
    }
};

QTEST_GUILESS_MAIN(tst_MatrixChecksum)
#include "tst_matrixchecksum.moc"

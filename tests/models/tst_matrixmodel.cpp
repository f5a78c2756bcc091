// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demogenerator.h"
#include "core/directory.h"
#include "models/comparemodel.h"
#include "models/matrixfilter.h"
#include "models/matrixmodel.h"
#include "sampleorganisation.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace Gatehouse::Test;

Q_DECLARE_METATYPE(Gatehouse::MatrixFilter)
Q_DECLARE_METATYPE(Gatehouse::Level)

namespace {

Snapshot generated(quint64 seed)
{
    DemoOptions options;
    options.accounts = 150;
    options.teams = 12;
    options.datastores = 40;
    options.seed = seed;
    options.adminSubject = u"local|tester"_s;
    return generateDemo(options);
}

QList<Id> accountIds(const MatrixModel &model)
{
    QList<Id> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.headerData(row, Qt::Vertical, MatrixModel::AccountIdRole).toLongLong());
    return ids;
}

QList<Id> datastoreIds(const MatrixModel &model)
{
    QList<Id> ids;
    for (int column = 0; column < model.columnCount(); ++column)
        ids.append(model.headerData(column, Qt::Horizontal, MatrixModel::DatastoreIdRole).toLongLong());
    return ids;
}

} // namespace

class tst_MatrixModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cellsFollowTheIndex_data();
    void cellsFollowTheIndex();
    void filtersShapeTheMatrix_data();
    void filtersShapeTheMatrix();
    void teamEditUpdatesWithoutReset();
    void newDatastoreKeepsShownCells();
    void restrictionShowsOneTeam_data();
    void restrictionShowsOneTeam();
    void legendCountsEveryShownCell();
    void compareListsDifferencesOnly();
};

void tst_MatrixModel::cellsFollowTheIndex_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addRow("seed 3") << quint64(3);
    QTest::addRow("seed 11") << quint64(11);
}

void tst_MatrixModel::cellsFollowTheIndex()
{
    QFETCH(quint64, seed);
    Directory directory;
    directory.load(generated(seed));
    MatrixModel model(&directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const AccessIndex &index = directory.access();
    QCOMPARE(model.rowCount(), int(directory.accounts().size()));
    QCOMPARE(model.columnCount(), int(directory.datastores().size()));

    int withAccess = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex cell = model.index(row, column);
            const Level level = index.cell(row, column);
            QCOMPARE(cell.data(MatrixModel::LevelRole).toInt(), int(level));
            QCOMPARE(cell.data(Qt::DisplayRole).toString(), MatrixModel::mark(level));
            QCOMPARE(cell.data(Qt::DisplayRole).toString().isEmpty(), level == Level::None);
            const Explanation why = index.explain(row, column);
            if (why.source == Explanation::Source::Teams) {
                ++withAccess;
                const QString tip = cell.data(Qt::ToolTipRole).toString();
                QVERIFY2(tip.startsWith(levelName(level)), qPrintable(tip));
                for (Id teamId : why.winningTeams)
                    QVERIFY2(tip.contains(directory.teams().at(directory.teamPos(teamId)).name), qPrintable(tip));
            }
        }
    }
    QVERIFY(withAccess > 0);
    // Header names are the account and datastore names.
    QCOMPARE(model.headerData(7, Qt::Vertical).toString(), directory.accounts().at(7).name);
    QCOMPARE(model.headerData(5, Qt::Horizontal).toString(), directory.datastores().at(5).name);
}

void tst_MatrixModel::filtersShapeTheMatrix_data()
{
    QTest::addColumn<MatrixFilter>("filter");
    QTest::addColumn<QList<Id>>("accounts");
    QTest::addColumn<QList<Id>>("datastores");
    const QList<Id> allDatastores{101, 102, 103};
    MatrixFilter f;
    QTest::addRow("no filter: active accounts") << f << QList<Id>{11, 12, 14, 15} << allDatastores;
    f = {};
    f.showDeactivated = true;
    QTest::addRow("show deactivated") << f << QList<Id>{11, 12, 13, 14, 15} << allDatastores;
    f = {};
    f.accountTeam = 2;
    QTest::addRow("team Finance") << f << QList<Id>{11, 12} << allDatastores;
    f.accountTeam = 1;
    QTest::addRow("team Public: everyone") << f << QList<Id>{11, 12, 14, 15} << allDatastores;
    f = {};
    f.role = Role::Admin;
    QTest::addRow("role Admin") << f << QList<Id>{12} << allDatastores;
    f = {};
    f.type = AccountType::Service;
    QTest::addRow("service accounts") << f << QList<Id>{14} << allDatastores;
    f = {};
    f.accountText = u"emile"_s;
    QTest::addRow("text without accent") << f << QList<Id>{15} << allDatastores;
    f = {};
    f.datastoreTeam = 3;
    QTest::addRow("datastores of Engineering") << f << QList<Id>{11, 12, 14, 15} << QList<Id>{102};
    f = {};
    f.kind = DatastoreKind::Enrichment;
    QTest::addRow("enrichment") << f << QList<Id>{11, 12, 14, 15} << QList<Id>{103};
    f = {};
    f.connection = u"Snowflake"_s;
    QTest::addRow("connection") << f << QList<Id>{11, 12, 14, 15} << QList<Id>{102};
    f = {};
    f.datastoreText = u"ledg"_s;
    f.onlyAccountsWithAccess = true;
    QTest::addRow("only accounts reaching Ledger") << f << QList<Id>{11, 12} << QList<Id>{102};
    f.datastoreText = u"enrich"_s;
    QTest::addRow("only Admins reach a datastore in no team") << f << QList<Id>{12} << QList<Id>{103};
    f = {};
    f.onlyDatastoresWithAccess = true;
    QTest::addRow("an Admin reaches everything") << f << QList<Id>{11, 12, 14, 15} << allDatastores;
    f.role = Role::Member;
    QTest::addRow("only datastores Members reach") << f << QList<Id>{11, 14, 15} << QList<Id>{101, 102};
}

void tst_MatrixModel::filtersShapeTheMatrix()
{
    QFETCH(MatrixFilter, filter);
    QFETCH(QList<Id>, accounts);
    QFETCH(QList<Id>, datastores);
    Directory directory;
    directory.load(sampleOrganisation());
    MatrixModel model(&directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    MatrixShape shape = computeMatrixShape(directory.snapshot(), directory.access(), filter);
    model.setShape(std::move(shape.accounts), std::move(shape.datastores));

    QCOMPARE(accountIds(model), accounts);
    QCOMPARE(datastoreIds(model), datastores);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            QCOMPARE(model.levelAt(row, column), directory.access().cell(model.accountPosAt(row), model.datastorePosAt(column)));
    }
    // The same shape again changes nothing.
    const qsizetype resetsBefore = resets.size();
    shape = computeMatrixShape(directory.snapshot(), directory.access(), filter);
    model.setShape(std::move(shape.accounts), std::move(shape.datastores));
    QCOMPARE(resets.size(), resetsBefore);
}

void tst_MatrixModel::teamEditUpdatesWithoutReset()
{
    // Given a matrix over a generated organisation, a team's level is raised and committed.
    Directory directory;
    directory.load(generated(5));
    MatrixModel model(&directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    qsizetype teamPos = -1;
    for (qsizetype t = 0; t < directory.teams().size(); ++t) {
        const Team &team = directory.teams().at(t);
        if (!team.isPublic && team.permission != Level::Editor && !team.members.isEmpty() && !team.datastores.isEmpty()) {
            teamPos = t;
            break;
        }
    }
    QVERIFY(teamPos >= 0);
    Team team = directory.teams().at(teamPos);
    const qsizetype memberPos = directory.accountPos(team.members.first());
    const qsizetype datastorePos = directory.datastorePos(team.datastores.first());
    QSignalSpy aboutToReset(&model, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    team.permission = Level::Editor;
    ++team.version;
    CommitResult commit;
    commit.teams = {team};

    // When the Directory applies it
    directory.apply(commit);

    // Then the model says which rows changed (the members', whole rows), without a reset,
    // and reads the new level.
    QCOMPARE(aboutToReset.size(), 0);
    QVERIFY(!changed.isEmpty());
    QSet<int> announced;
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        const QModelIndex topLeft = signal.at(0).toModelIndex();
        const QModelIndex bottomRight = signal.at(1).toModelIndex();
        QCOMPARE(topLeft.column(), 0);
        QCOMPARE(bottomRight.column(), model.columnCount() - 1);
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
            announced.insert(row);
    }
    for (Id member : team.members)
        QVERIFY(announced.contains(model.rowOfAccount(directory.accountPos(member))));
    const Account &member = directory.accounts().at(memberPos);
    const Level expected = !member.isActive() ? Level::None
                                              : member.role == Role::Admin ? Level::Admin : Level::Editor;
    QCOMPARE(model.index(int(memberPos), int(datastorePos)).data(MatrixModel::LevelRole).toInt(), int(expected));
}

void tst_MatrixModel::newDatastoreKeepsShownCells()
{
    Directory directory;
    directory.load(sampleOrganisation());
    MatrixModel model(&directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    MatrixShape shape = computeMatrixShape(directory.snapshot(), directory.access(), MatrixFilter{});
    model.setShape(std::move(shape.accounts), std::move(shape.datastores));
    Datastore added;
    added.id = 100; // sorts first: every shown position moves
    added.name = u"Archive"_s;
    added.connection = u"S3"_s;
    CommitResult commit;
    commit.datastores = {added};

    directory.apply(commit);

    QCOMPARE(datastoreIds(model), (QList<Id>{101, 102, 103}));
    QCOMPARE(accountIds(model), (QList<Id>{11, 12, 14, 15}));
    QCOMPARE(model.index(0, 1).data(MatrixModel::LevelRole).toInt(), int(Level::Viewer)); // Zoë on Ledger
}

void tst_MatrixModel::restrictionShowsOneTeam_data()
{
    QTest::addColumn<Id>("account");
    QTest::addColumn<Id>("team");
    QTest::addColumn<QList<Level>>("levels"); // Sales DB, Ledger, Enricher
    QTest::addRow("Admin through Finance counts as Manager")
        << Id(12) << Id(2) << QList<Level>{Level::Viewer, Level::Viewer, Level::None};
    QTest::addRow("Admin through Public") << Id(12) << Id(1) << QList<Level>{Level::Reporter, Level::None, Level::None};
    QTest::addRow("Admin through Engineering") << Id(12) << Id(3) << QList<Level>{Level::None, Level::Editor, Level::None};
    QTest::addRow("no restriction") << Id(12) << Id(0) << QList<Level>{Level::Admin, Level::Admin, Level::Admin};
}

void tst_MatrixModel::restrictionShowsOneTeam()
{
    QFETCH(Id, account);
    QFETCH(Id, team);
    QFETCH(QList<Level>, levels);
    Directory directory;
    directory.load(sampleOrganisation());
    MatrixModel model(&directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int row = model.rowOfAccount(directory.accountPos(account));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.setRestriction(account, team);

    QCOMPARE(changed.size(), team ? 1 : 0);
    QList<Level> shown;
    for (int column = 0; column < model.columnCount(); ++column)
        shown.append(Level(model.index(row, column).data(MatrixModel::LevelRole).toInt()));
    QCOMPARE(shown, levels);
    // Other rows are untouched.
    QCOMPARE(model.index(0, 0).data(MatrixModel::LevelRole).toInt(), int(Level::Viewer));
}

void tst_MatrixModel::legendCountsEveryShownCell()
{
    Directory directory;
    directory.load(generated(9));
    MatrixModel model(&directory);
    MatrixFilter filter;
    filter.datastoreText = u"a"_s;
    MatrixShape shape = computeMatrixShape(directory.snapshot(), directory.access(), filter);
    model.setShape(std::move(shape.accounts), std::move(shape.datastores));
    std::array<qint64, 7> expected{};
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            ++expected[size_t(model.levelAt(row, column))];
    }

    const MatrixModel::LevelCounts counts = model.countLevels(10000);

    QCOMPARE(counts.sampleStride, 1);
    QCOMPARE(counts.cells, expected);

    // Every column (no column mask), more rows than one thread's share, one restricted row:
    // the legend counts what the cells show.
    MatrixShape all = computeMatrixShape(directory.snapshot(), directory.access(), MatrixFilter{});
    model.setShape(std::move(all.accounts), std::move(all.datastores));
    QVERIFY(model.rowCount() > 100);
    const Team &team = directory.snapshot().teams.at(1);
    QVERIFY(!team.members.isEmpty());
    model.setRestriction(team.members.constFirst(), team.id);
    expected = {};
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column)
            ++expected[size_t(model.levelAt(row, column))];
    }
    const MatrixModel::LevelCounts whole = model.countLevels(10000);
    QCOMPARE(whole.sampleStride, 1);
    QCOMPARE(whole.cells, expected);
}

void tst_MatrixModel::compareListsDifferencesOnly()
{
    Directory directory;
    directory.load(sampleOrganisation());
    const AccessIndex &index = directory.access();
    CompareModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Zoë (Finance) against Ann (Public only), then Zoë against the Engineering team.
    model.setRows(CompareModel::differences(directory.snapshot(), index.row(0), index.row(4)), u"Zoë"_s, u"Ann"_s);
    QCOMPARE(model.rows(), (QList<CompareModel::Row>{{101, u"Sales DB"_s, Level::Viewer, Level::Reporter},
                                                      {102, u"Ledger"_s, Level::Viewer, Level::None}}));
    QCOMPARE(model.headerData(CompareModel::RightColumn, Qt::Horizontal).toString(), u"Ann"_s);
    model.setRows(CompareModel::differences(directory.snapshot(), index.row(0), index.teamRow(2)), u"Zoë"_s,
                  u"Engineering"_s);
    QCOMPARE(model.rows(), (QList<CompareModel::Row>{{101, u"Sales DB"_s, Level::Viewer, Level::None},
                                                      {102, u"Ledger"_s, Level::Viewer, Level::Editor}}));
    QCOMPARE(model.index(1, CompareModel::RightColumn).data().toString(), u"Editor"_s);
}

QTEST_GUILESS_MAIN(tst_MatrixModel)
#include "tst_matrixmodel.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demogenerator.h"
#include "core/directory.h"
#include "models/teamgridmodel.h"
#include "sampleorganisation.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace Gatehouse::Test;

class tst_TeamGridModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cellsEqualAssignments_data();
    void cellsEqualAssignments();
    void sampleCells_data();
    void sampleCells();
    void filters_data();
    void filters();
    void teamEditUpdatesRowWithoutReset();
    void newTeamAppears();
    void assignedCellsLegible();

private:
    Directory m_directory;
};

void tst_TeamGridModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_directory.load(sampleOrganisation());
}

void tst_TeamGridModel::cellsEqualAssignments_data()
{
    QTest::addColumn<quint64>("seed");
    QTest::addRow("seed 5") << quint64(5);
    QTest::addRow("seed 23") << quint64(23);
}

void tst_TeamGridModel::cellsEqualAssignments()
{
    QFETCH(quint64, seed);
    DemoOptions options;
    options.accounts = 200;
    options.teams = 30;
    options.datastores = 90;
    options.seed = seed;
    options.adminSubject = u"local|tester"_s;
    m_directory.load(generateDemo(options));
    TeamGridModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    QCOMPARE(model.rowCount(), m_directory.teams().size());
    QCOMPARE(model.columnCount(), m_directory.datastores().size());
    for (int row = 0; row < model.rowCount(); ++row) {
        const Team &team = m_directory.teams().at(row);
        QCOMPARE(model.teamIdAt(row), team.id);
        for (int column = 0; column < model.columnCount(); ++column) {
            const bool assigned = team.datastores.contains(m_directory.datastores().at(column).id);
            const QModelIndex cell = model.index(row, column);
            QCOMPARE(cell.data(TeamGridModel::AssignedRole).toBool(), assigned);
            QCOMPARE(cell.data(TeamGridModel::LevelRole).toInt(), assigned ? int(team.permission) : 0);
        }
    }
}

void tst_TeamGridModel::sampleCells_data()
{
    QTest::addColumn<Id>("team");
    QTest::addColumn<Id>("datastore");
    QTest::addColumn<QString>("text");

    QTest::addRow("public on sales") << Id(1) << Id(101) << u"Reporter"_s;
    QTest::addRow("finance on ledger") << Id(2) << Id(102) << u"Viewer"_s;
    QTest::addRow("engineering on ledger") << Id(3) << Id(102) << u"Editor"_s;
    QTest::addRow("engineering not on sales") << Id(3) << Id(101) << QString();
    QTest::addRow("enricher in no team") << Id(2) << Id(103) << QString();
}

void tst_TeamGridModel::sampleCells()
{
    QFETCH(Id, team);
    QFETCH(Id, datastore);
    QFETCH(QString, text);
    TeamGridModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QModelIndex cell = model.index(model.rowOfTeam(team), model.columnOfDatastore(datastore));
    QCOMPARE(cell.data().toString(), text);
}

void tst_TeamGridModel::filters_data()
{
    QTest::addColumn<QString>("teams");
    QTest::addColumn<QString>("datastores");
    QTest::addColumn<QStringList>("rows");
    QTest::addColumn<QStringList>("columns");

    QTest::addRow("none") << QString() << QString() << QStringList{u"Public"_s, u"Finance"_s, u"Engineering"_s}
                          << QStringList{u"Sales DB"_s, u"Ledger"_s, u"Enricher"_s};
    QTest::addRow("teams") << u"fin"_s << QString() << QStringList{u"Finance"_s}
                           << QStringList{u"Sales DB"_s, u"Ledger"_s, u"Enricher"_s};
    QTest::addRow("datastores, any case") << QString() << u"LED"_s
                                          << QStringList{u"Public"_s, u"Finance"_s, u"Engineering"_s}
                                          << QStringList{u"Ledger"_s};
    QTest::addRow("both, nothing") << u"zzz"_s << u"er"_s << QStringList()
                                   << QStringList{u"Ledger"_s, u"Enricher"_s};
}

void tst_TeamGridModel::filters()
{
    QFETCH(QString, teams);
    QFETCH(QString, datastores);
    QFETCH(QStringList, rows);
    QFETCH(QStringList, columns);
    TeamGridModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setTeamFilter(teams);
    model.setDatastoreFilter(datastores);
    QStringList shownRows, shownColumns;
    for (int row = 0; row < model.rowCount(); ++row)
        shownRows.append(model.headerData(row, Qt::Vertical).toString());
    for (int column = 0; column < model.columnCount(); ++column)
        shownColumns.append(model.headerData(column, Qt::Horizontal).toString());
    QCOMPARE(shownRows, rows);
    QCOMPARE(shownColumns, columns);
}

void tst_TeamGridModel::teamEditUpdatesRowWithoutReset()
{
    // Given the grid
    TeamGridModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

    // When Finance gets Enricher and becomes Author
    Team finance = m_directory.teams().at(m_directory.teamPos(2));
    finance.datastores.append(103);
    finance.permission = Level::Author;
    m_directory.upsertTeam(finance);

    // Then Finance's row says so, through dataChanged over that row only
    QCOMPARE(resets.count(), 0);
    QCOMPARE(changes.count(), 1);
    const int row = model.rowOfTeam(2);
    QCOMPARE(changes.first().at(0).toModelIndex().row(), row);
    QCOMPARE(changes.first().at(1).toModelIndex().row(), row);
    QCOMPARE(model.index(row, model.columnOfDatastore(103)).data().toString(), u"Author"_s);
    QCOMPARE(model.index(row, model.columnOfDatastore(102)).data().toString(), u"Author"_s);
}

void tst_TeamGridModel::newTeamAppears()
{
    TeamGridModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Team team;
    team.id = 9;
    team.name = u"Audit"_s;
    team.permission = Level::Drafter;
    team.datastores = {103};
    m_directory.upsertTeam(team);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(model.rowOfTeam(9), model.columnOfDatastore(103)).data().toString(), u"Drafter"_s);
}

// An assigned cell's text stays legible on its tint whatever the colour scheme: the model
// names both colours, so a dark palette's light text is never painted on the light tint.
void tst_TeamGridModel::assignedCellsLegible()
{
    const auto luminance = [](const QColor &colour) {
        const auto channel = [](double c) { return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
    };
    TeamGridModel model(&m_directory);
    int assigned = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            if (!index.data(TeamGridModel::AssignedRole).toBool()) {
                QVERIFY(!index.data(Qt::BackgroundRole).isValid());
                continue;
            }
            ++assigned;
            const QColor back = index.data(Qt::BackgroundRole).value<QColor>();
            const QVariant fore = index.data(Qt::ForegroundRole);
            QVERIFY2(fore.isValid(), "an assigned cell leaves its text colour to the palette");
            const double lighter = std::max(luminance(back), luminance(fore.value<QColor>()));
            const double darker = std::min(luminance(back), luminance(fore.value<QColor>()));
            QVERIFY2((lighter + 0.05) / (darker + 0.05) >= 4.5, qPrintable(index.data().toString()));
        }
    }
    QVERIFY(assigned > 0);
}

QTEST_MAIN(tst_TeamGridModel)
#include "tst_teamgridmodel.moc"

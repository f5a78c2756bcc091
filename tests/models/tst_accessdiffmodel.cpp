// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accessdiff.h"
#include "models/accessdiffmodel.h"
#include "sampleorganisation.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace Gatehouse::Test;

namespace {

// Every row as "account|datastore|before|after|change".
QStringList rowTexts(const QAbstractItemModel &model)
{
    QStringList rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < model.columnCount(); ++column)
            cells.append(model.index(row, column).data().toString());
        rows.append(cells.join(u'|'));
    }
    return rows;
}

Snapshot withoutDatastore(Snapshot s, Id id)
{
    s.datastores.removeIf([id](const Datastore &d) { return d.id == id; });
    for (Team &team : s.teams)
        team.datastores.removeOne(id);
    return s;
}

} // namespace

class tst_AccessDiffModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void changeKinds_data();
    void changeKinds();
    void deletedDatastoreKeepsItsName();
    void teamLevelChange();
    void newAccountNamedFromAfter();
    void setDiffResetsOnce();

private:
    Snapshot m_before;
};

void tst_AccessDiffModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_before = sampleOrganisation();
}

void tst_AccessDiffModel::changeKinds_data()
{
    QTest::addColumn<Level>("before");
    QTest::addColumn<Level>("after");
    QTest::addColumn<QString>("row");
    QTest::addColumn<bool>("better");

    QTest::addRow("gains") << Level::None << Level::Editor << u"Zoë Adams|Ledger|none|Editor|gains"_s << true;
    QTest::addRow("loses") << Level::Viewer << Level::None << u"Zoë Adams|Ledger|Viewer|none|loses"_s << false;
    QTest::addRow("raised") << Level::Reporter << Level::Author << u"Zoë Adams|Ledger|Reporter|Author|raised"_s << true;
    QTest::addRow("lowered") << Level::Author << Level::Viewer << u"Zoë Adams|Ledger|Author|Viewer|lowered"_s << false;
    QTest::addRow("becomes Admin") << Level::Editor << Level::Admin << u"Zoë Adams|Ledger|Editor|Admin|raised"_s << true;
}

void tst_AccessDiffModel::changeKinds()
{
    QFETCH(Level, before);
    QFETCH(Level, after);
    QFETCH(QString, row);
    QFETCH(bool, better);

    AccessDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    AccessDiff diff;
    diff.changes.append({11, 102, before, after});
    model.setDiff(diff, m_before, m_before);

    QCOMPARE(rowTexts(model), QStringList{row});
    // Gains and raises read in one colour, losses in another; the text says it too.
    const auto colour = [&](const AccessChange &change) {
        AccessDiff one;
        one.changes.append(change);
        model.setDiff(one, m_before, m_before);
        return model.index(0, AccessDiffModel::ChangeColumn).data(Qt::ForegroundRole).value<QColor>();
    };
    const QColor gain = colour({11, 102, Level::None, Level::Viewer});
    const QColor loss = colour({11, 102, Level::Viewer, Level::None});
    QVERIFY(gain != loss);
    QCOMPARE(colour({11, 102, before, after}), better ? gain : loss);
}

void tst_AccessDiffModel::deletedDatastoreKeepsItsName()
{
    // Ledger (102) is deleted: Zoë had Viewer on it through Finance, bob is Admin.
    const Snapshot after = withoutDatastore(m_before, 102);
    const AccessDiff diff = diffAccess(m_before, after);
    AccessDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setDiff(diff, m_before, after);

    QCOMPARE(rowTexts(model), (QStringList{u"Zoë Adams|Ledger|Viewer|none|loses"_s,
                                           u"bob Brown|Ledger|Admin|none|loses"_s}));
}

void tst_AccessDiffModel::teamLevelChange()
{
    // Finance goes from Viewer to Author: Zoë is raised on both its datastores; bob is
    // Admin, so nothing changes for him.
    Snapshot after = m_before;
    after.teams[1].permission = Level::Author;
    AccessDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setDiff(diffAccess(m_before, after), m_before, after);

    QCOMPARE(rowTexts(model), (QStringList{u"Zoë Adams|Sales DB|Viewer|Author|raised"_s,
                                           u"Zoë Adams|Ledger|Viewer|Author|raised"_s}));
}

void tst_AccessDiffModel::newAccountNamedFromAfter()
{
    Snapshot after = m_before;
    after.accounts.append(makeAccount(16, u"Dana Eve"_s, u"dana@example.com"_s, Role::Member, utc(2024, 2, 2), {}));
    AccessDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    model.setDiff(diffAccess(m_before, after), m_before, after);

    // Everyone is in Public, which holds Sales DB.
    QCOMPARE(rowTexts(model), QStringList{u"Dana Eve|Sales DB|none|Reporter|gains"_s});
}

void tst_AccessDiffModel::setDiffResetsOnce()
{
    AccessDiffModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    AccessDiff diff;
    diff.changes = {{11, 101, Level::Reporter, Level::None}, {15, 101, Level::Reporter, Level::None}};

    model.setDiff(diff, m_before, m_before);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.headerData(AccessDiffModel::ChangeColumn, Qt::Horizontal).toString(), u"Change"_s);

    model.clear();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(tst_AccessDiffModel)
#include "tst_accessdiffmodel.moc"

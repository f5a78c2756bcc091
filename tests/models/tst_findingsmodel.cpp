// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory.h"
#include "models/findingitemsmodel.h"
#include "models/findingsmodel.h"
#include "sampleorganisation.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace Gatehouse::Test;

class tst_FindingsModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void everyKindListed();
    void itemsOfFinding_data();
    void itemsOfFinding();
    void itemsLinkToTheirEntities();
    void changeUpdatesCountsWithoutReset();

private:
    int rowOf(const FindingsModel &model, Finding::Kind kind) const;
    Directory m_directory;
};

void tst_FindingsModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_directory.load(sampleOrganisation());
}

int tst_FindingsModel::rowOf(const FindingsModel &model, Finding::Kind kind) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(FindingsModel::KindRole).toInt() == int(kind))
            return row;
    }
    return -1;
}

void tst_FindingsModel::everyKindListed()
{
    FindingsModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Every kind has a row, also the empty ones, with a title and a reason.
    QCOMPARE(model.rowCount(), 8);
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.index(row, FindingsModel::TitleColumn).data().toString().isEmpty());
        QVERIFY(!model.index(row, FindingsModel::DescriptionColumn).data().toString().isEmpty());
        QCOMPARE(model.index(row, FindingsModel::CountColumn).data(FindingsModel::SortRole).toLongLong(),
                 model.finding(row).items.size());
    }
}

void tst_FindingsModel::itemsOfFinding_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QStringList>("names");

    QTest::addRow("admins") << int(Finding::Kind::Admins) << QStringList{u"bob Brown"_s};
    QTest::addRow("public datastores") << int(Finding::Kind::PublicDatastores) << QStringList{u"Sales DB"_s};
    QTest::addRow("deactivated in teams") << int(Finding::Kind::DeactivatedInTeams) << QStringList{u"Carla Diaz"_s};
    QTest::addRow("never active") << int(Finding::Kind::NeverActive) << QStringList{u"bob Brown"_s, u"Ann Émile"_s};
    QTest::addRow("datastores in no team") << int(Finding::Kind::DatastoresInNoTeam) << QStringList{u"Enricher"_s};
    QTest::addRow("service admins (none)") << int(Finding::Kind::ServiceAdmins) << QStringList();
}

void tst_FindingsModel::itemsOfFinding()
{
    QFETCH(int, kind);
    QFETCH(QStringList, names);

    // Given the findings of the sample organisation
    FindingsModel findings(&m_directory);
    FindingItemsModel items(&m_directory);
    QAbstractItemModelTester tester(&items, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int row = rowOf(findings, Finding::Kind(kind));
    QVERIFY(row >= 0);

    // When one is shown
    items.setFinding(findings.finding(row));

    // Then its items are listed by name, in id order, and the count says as many
    QStringList shown;
    for (int i = 0; i < items.rowCount(); ++i)
        shown.append(items.index(i, FindingItemsModel::NameColumn).data().toString());
    QCOMPARE(shown, names);
    QCOMPARE(findings.index(row, FindingsModel::CountColumn).data().toString(), QString::number(names.size()));
}

void tst_FindingsModel::itemsLinkToTheirEntities()
{
    FindingsModel findings(&m_directory);
    FindingItemsModel items(&m_directory);
    QAbstractItemModelTester tester(&items, QAbstractItemModelTester::FailureReportingMode::Fatal);
    for (const Finding &finding : findings.findings()) {
        items.setFinding(finding);
        QCOMPARE(items.rowCount(), finding.items.size());
        for (int i = 0; i < items.rowCount(); ++i) {
            const Id id = items.index(i, 0).data(FindingItemsModel::IdRole).toLongLong();
            QCOMPARE(id, finding.items.at(i));
            QCOMPARE(items.index(i, 0).data(FindingItemsModel::EntityRole).toInt(), int(finding.entity));
            QString name;
            switch (finding.entity) {
            case Finding::Entity::Account: name = m_directory.accounts().at(m_directory.accountPos(id)).name; break;
            case Finding::Entity::Team: name = m_directory.teams().at(m_directory.teamPos(id)).name; break;
            case Finding::Entity::Datastore:
                name = m_directory.datastores().at(m_directory.datastorePos(id)).name;
                break;
            }
            QCOMPARE(items.index(i, FindingItemsModel::NameColumn).data().toString(), name);
        }
    }
}

void tst_FindingsModel::changeUpdatesCountsWithoutReset()
{
    // Given the findings
    FindingsModel findings(&m_directory);
    QAbstractItemModelTester tester(&findings, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int row = rowOf(findings, Finding::Kind::DatastoresInNoTeam);
    QSignalSpy resets(&findings, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&findings, &QAbstractItemModel::dataChanged);

    // When Enricher is assigned to Finance
    Team finance = m_directory.teams().at(m_directory.teamPos(2));
    finance.datastores.append(103);
    m_directory.upsertTeam(finance);

    // Then "Datastores in no team" is empty, told by dataChanged, not a reset
    QCOMPARE(findings.index(row, FindingsModel::CountColumn).data().toString(), u"0"_s);
    QCOMPARE(resets.count(), 0);
    QVERIFY(!changes.isEmpty());
}

QTEST_MAIN(tst_FindingsModel)
#include "tst_findingsmodel.moc"

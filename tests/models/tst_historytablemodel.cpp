// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/directory.h"
#include "models/historytablemodel.h"
#include "sampleorganisation.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace Gatehouse::Test;

Q_DECLARE_METATYPE(Gatehouse::AuditRecord)

namespace {

// Entities as the audit log stores them (the organisation-file entry plus "version").
QString teamJson(Id id, const QString &name, const QString &description, const QString &permission,
                 const QString &members, const QString &datastores, int version)
{
    return uR"({"id":%1,"name":"%2","public":false,"description":"%3","permission":"%4","members":[%5],)"
           uR"("datastores":[%6],"created":"2023-06-01T09:30:00Z","version":%7})"_s
        .arg(QString::number(id), name, description, permission, members, datastores, QString::number(version));
}

QString accountJson(Id id, const QString &name, const QString &role, bool active, int version)
{
    return uR"({"id":%1,"subject":"auth0|%1","name":"%2","email":"x%1@example.com","type":"human","role":"%3",)"
           uR"("active":%4,"created":"2023-03-01T09:30:00Z","last_active":null,"external_id":null,"version":%5})"_s
        .arg(QString::number(id), name, role, active ? u"true"_s : u"false"_s, QString::number(version));
}

QString datastoreJson(Id id, const QString &name, const QString &connection, int version)
{
    return uR"({"id":%1,"name":"%2","kind":"source","connection":"%3","created":"2022-01-01T09:30:00Z","version":%4})"_s
        .arg(QString::number(id), name, connection, QString::number(version));
}

AuditRecord record(Id id, const QString &action, const QString &entity, Id entityId, const QString &before,
                   const QString &after, const QString &actor = u"auth0|12"_s)
{
    AuditRecord r;
    r.id = id;
    r.at = QDateTime(QDate(2024, 9, 2), QTime(14, 7, 5), QTimeZone::utc());
    r.actorSubject = actor;
    r.action = action;
    r.entity = entity;
    r.entityId = entityId;
    r.beforeJson = before;
    r.afterJson = after;
    return r;
}

} // namespace

class tst_HistoryTableModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void changeSummary_data();
    void changeSummary();
    void details_data();
    void details();
    void actor_data();
    void actor();
    void timeIsExactInTooltip();
    void prependIsRangedInsert();
    void renamedAccountRenamesActor();

private:
    Directory m_directory;
};

void tst_HistoryTableModel::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_directory.load(sampleOrganisation());
}

void tst_HistoryTableModel::changeSummary_data()
{
    QTest::addColumn<AuditRecord>("record");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("summary");

    QTest::addRow("team update")
        << record(1, u"team.update"_s, u"team"_s, 2,
                  teamJson(2, u"Finance"_s, u"Money matters"_s, u"Viewer"_s, u"11,12"_s, u"101,102"_s, 3),
                  teamJson(2, u"Finance"_s, u"Money matters"_s, u"Editor"_s, u"11,13,14,15"_s, u"101,102"_s, 4))
        << u"Updated team"_s << u"Team 'Finance'"_s << u"permission: Viewer → Editor; members: +3 −1"_s;
    QTest::addRow("team renamed, datastore dropped")
        << record(2, u"team.update"_s, u"team"_s, 2,
                  teamJson(2, u"Finance"_s, u"Money matters"_s, u"Viewer"_s, u"11"_s, u"101,102"_s, 3),
                  teamJson(2, u"Treasury"_s, u"Money matters"_s, u"Viewer"_s, u"11"_s, u"101"_s, 4))
        << u"Updated team"_s << u"Team 'Treasury'"_s << u"name: Finance → Treasury; datastores: −1"_s;
    QTest::addRow("long description elided")
        << record(3, u"team.update"_s, u"team"_s, 3,
                  teamJson(3, u"Engineering"_s, QString(), u"Editor"_s, u"12"_s, QString(), 1),
                  teamJson(3, u"Engineering"_s, u"Builds the pipelines, the warehouse and every dashboard"_s,
                           u"Editor"_s, u"12"_s, QString(), 2))
        << u"Updated team"_s << u"Team 'Engineering'"_s
        << u"description: (none) → Builds the pipelines, the warehouse and…"_s;
    // The team is gone from the Directory: its name comes from the record.
    QTest::addRow("team delete keeps the name")
        << record(4, u"team.delete"_s, u"team"_s, 7,
                  teamJson(7, u"Marketing"_s, u"Campaigns"_s, u"Author"_s, u"11,15"_s, u"103"_s, 5), QString())
        << u"Deleted team"_s << u"Team 'Marketing'"_s
        << u"description: Campaigns; permission: Author; members: −2; datastores: −1"_s;
    QTest::addRow("team create")
        << record(5, u"team.create"_s, u"team"_s, 8, QString(),
                  teamJson(8, u"Audit"_s, QString(), u"Viewer"_s, u"11"_s, u"101,102"_s, 1))
        << u"Created team"_s << u"Team 'Audit'"_s << u"permission: Viewer; members: +1; datastores: +2"_s;
    QTest::addRow("account role change")
        << record(6, u"account.set-role"_s, u"account"_s, 13, accountJson(13, u"Carla Diaz"_s, u"Manager"_s, true, 2),
                  accountJson(13, u"Carla Diaz"_s, u"Admin"_s, true, 3))
        << u"Changed role"_s << u"Account 'Carla Diaz'"_s << u"role: Manager → Admin"_s;
    QTest::addRow("account deactivated")
        << record(7, u"account.deactivate"_s, u"account"_s, 11, accountJson(11, u"Zoë Adams"_s, u"Member"_s, true, 1),
                  accountJson(11, u"Zoë Adams"_s, u"Member"_s, false, 2))
        << u"Deactivated account"_s << u"Account 'Zoë Adams'"_s << u"status: active → deactivated"_s;
    QTest::addRow("datastore update")
        << record(8, u"datastore.update"_s, u"datastore"_s, 102, datastoreJson(102, u"Ledger"_s, u"Snowflake"_s, 1),
                  datastoreJson(102, u"Ledger"_s, u"BigQuery"_s, 2))
        << u"Updated datastore"_s << u"Datastore 'Ledger'"_s << u"connection: Snowflake → BigQuery"_s;
    QTest::addRow("only the version moved")
        << record(9, u"datastore.update"_s, u"datastore"_s, 102, datastoreJson(102, u"Ledger"_s, u"Snowflake"_s, 1),
                  datastoreJson(102, u"Ledger"_s, u"Snowflake"_s, 2))
        << u"Updated datastore"_s << u"Datastore 'Ledger'"_s << u"no visible change"_s;
    QTest::addRow("organisation created")
        << record(10, u"create organisation"_s, u"organisation"_s, 0, QString(),
                  uR"({"format":"gatehouse-org/1","accounts":[{"id":1}],"teams":[{"id":1},{"id":2}],"datastores":[]})"_s)
        << u"Created organisation"_s << u"Organisation"_s << u"1 account, 2 teams, 0 datastores"_s;
    QTest::addRow("unknown action shown as is")
        << record(11, u"widget.polish"_s, u"widget"_s, 3, QString(), QString())
        << u"widget.polish"_s << u"widget"_s << u"no visible change"_s;
    QTest::addRow("directory sync creates an account")
        << record(12, u"scim.sync"_s, u"account"_s, 21, QString(), accountJson(21, u"Mia Wong"_s, u"Member"_s, true, 1))
        << u"Directory sync"_s << u"Account 'Mia Wong'"_s
        << u"e-mail: x21@example.com; role: Member; status: active; type: Human; subject: auth0|21"_s;
    QTest::addRow("sign-in refreshes an account")
        << record(13, u"account.sign-in"_s, u"account"_s, 13, accountJson(13, u"Carla Diaz"_s, u"Member"_s, true, 2),
                  accountJson(13, u"Carla Diaz"_s, u"Member"_s, true, 3))
        << u"Signed in"_s << u"Account 'Carla Diaz'"_s << u"no visible change"_s;
    QTest::addRow("token revoked")
        << record(14, u"token.revoke"_s, u"token"_s, 3, uR"({"id":3,"name":"CI","version":1})"_s,
                  uR"({"id":3,"name":"CI","version":2})"_s)
        << u"Revoked token"_s << u"Token 'CI'"_s << u"no visible change"_s;
    QTest::addRow("settings updated")
        << record(15, u"settings.update"_s, u"settings"_s, 0, uR"({"sso.issuer":null})"_s,
                  uR"({"sso.issuer":"https://login.example.com/"})"_s)
        << u"Changed settings"_s << u"Settings"_s << u"sso.issuer: (none) → https://login.example.com/"_s;
}

void tst_HistoryTableModel::changeSummary()
{
    QFETCH(AuditRecord, record);
    QFETCH(QString, action);
    QFETCH(QString, entity);
    QFETCH(QString, summary);

    HistoryTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords({record});

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, HistoryTableModel::ActionColumn).data().toString(), action);
    QCOMPARE(model.index(0, HistoryTableModel::EntityColumn).data().toString(), entity);
    QCOMPARE(model.index(0, HistoryTableModel::ChangeColumn).data().toString(), summary);
    QCOMPARE(model.index(0, HistoryTableModel::TimeColumn).data(HistoryTableModel::RecordIdRole).toLongLong(),
             record.id);
}

void tst_HistoryTableModel::details_data()
{
    QTest::addColumn<QList<AuditRecord>>("records");
    QTest::addColumn<QString>("details");

    QTest::addRow("members named")
        << QList<AuditRecord>{record(1, u"team.update"_s, u"team"_s, 2,
                                     teamJson(2, u"Finance"_s, u"Money matters"_s, u"Viewer"_s, u"11,12"_s, u"101"_s, 3),
                                     teamJson(2, u"Finance"_s, u"Money matters"_s, u"Editor"_s, u"11,13,15"_s, u"101"_s, 4))}
        << u"permission: Viewer → Editor\nmembers added: Carla Diaz, Ann Émile\nmembers removed: bob Brown"_s;
    // Datastore 104 is not in the Directory: an older record of this history names it.
    QTest::addRow("deleted datastore named from its record")
        << QList<AuditRecord>{
               record(2, u"team.update"_s, u"team"_s, 3,
                      teamJson(3, u"Engineering"_s, QString(), u"Editor"_s, u"12"_s, u"102,104"_s, 2),
                      teamJson(3, u"Engineering"_s, QString(), u"Editor"_s, u"12"_s, u"102"_s, 3)),
               record(1, u"datastore.create"_s, u"datastore"_s, 104, QString(),
                      datastoreJson(104, u"Archive"_s, u"S3"_s, 1))}
        << u"datastores removed: Archive"_s;
    QTest::addRow("unknown id")
        << QList<AuditRecord>{record(1, u"team.update"_s, u"team"_s, 3,
                                     teamJson(3, u"Engineering"_s, QString(), u"Editor"_s, u"12"_s, QString(), 2),
                                     teamJson(3, u"Engineering"_s, QString(), u"Editor"_s, u"12,99"_s, QString(), 3))}
        << u"members added: #99"_s;
    QTest::addRow("deleted team listed whole")
        << QList<AuditRecord>{record(1, u"team.delete"_s, u"team"_s, 7,
                                     teamJson(7, u"Marketing"_s, QString(), u"Author"_s, u"11"_s, u"101"_s, 5), QString())}
        << u"name: Marketing\npermission: Author\nmembers removed: Zoë Adams\ndatastores removed: Sales DB"_s;
    QTest::addRow("full description")
        << QList<AuditRecord>{record(1, u"team.update"_s, u"team"_s, 3,
                                     teamJson(3, u"Engineering"_s, QString(), u"Editor"_s, u"12"_s, QString(), 1),
                                     teamJson(3, u"Engineering"_s, u"Builds the pipelines, the warehouse and every dashboard"_s,
                                              u"Editor"_s, u"12"_s, QString(), 2))}
        << u"description: (none) → Builds the pipelines, the warehouse and every dashboard"_s;
}

void tst_HistoryTableModel::details()
{
    QFETCH(QList<AuditRecord>, records);
    QFETCH(QString, details);

    HistoryTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords(records);

    const QModelIndex change = model.index(0, HistoryTableModel::ChangeColumn);
    QCOMPARE(change.data(HistoryTableModel::DetailsRole).toString(), details);
    QCOMPARE(change.data(Qt::ToolTipRole).toString(), details);
}

void tst_HistoryTableModel::actor_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("shown");

    QTest::addRow("known account by name") << u"auth0|12"_s << u"bob Brown"_s;
    QTest::addRow("service account") << u"pipeline_automation@service"_s << u"Pipeline Automation"_s;
    QTest::addRow("unknown subject as is") << u"local|root"_s << u"local|root"_s;
    QTest::addRow("no account") << QString() << u"(no account)"_s;
}

void tst_HistoryTableModel::actor()
{
    QFETCH(QString, subject);
    QFETCH(QString, shown);

    HistoryTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords({record(1, u"datastore.update"_s, u"datastore"_s, 102, datastoreJson(102, u"Ledger"_s, u"A"_s, 1),
                             datastoreJson(102, u"Ledger"_s, u"B"_s, 2), subject)});

    const QModelIndex actor = model.index(0, HistoryTableModel::ActorColumn);
    QCOMPARE(actor.data().toString(), shown);
    QCOMPARE(actor.data(Qt::ToolTipRole).toString(), subject);
}

void tst_HistoryTableModel::timeIsExactInTooltip()
{
    HistoryTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const AuditRecord r = record(1, u"import"_s, u"organisation"_s, 0, QString(), u"{}"_s);
    model.setRecords({r});

    const QModelIndex time = model.index(0, HistoryTableModel::TimeColumn);
    QCOMPARE(time.data(Qt::ToolTipRole).toString(), u"2024-09-02 14:07:05 UTC"_s);
    QCOMPARE(time.data(HistoryTableModel::SortRole).toDateTime(), r.at);
    QCOMPARE(time.data().toString(), r.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s));
    QCOMPARE(model.index(0, HistoryTableModel::ActionColumn).data().toString(), u"Imported organisation"_s);
}

void tst_HistoryTableModel::prependIsRangedInsert()
{
    HistoryTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords({record(1, u"team.create"_s, u"team"_s, 8, QString(),
                             teamJson(8, u"Audit"_s, QString(), u"Viewer"_s, QString(), QString(), 1))});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    model.prependRecords({record(3, u"team.delete"_s, u"team"_s, 8,
                                 teamJson(8, u"Audit"_s, QString(), u"Editor"_s, QString(), QString(), 2), QString()),
                          record(2, u"team.update"_s, u"team"_s, 8,
                                 teamJson(8, u"Audit"_s, QString(), u"Viewer"_s, QString(), QString(), 1),
                                 teamJson(8, u"Audit"_s, QString(), u"Editor"_s, QString(), QString(), 2))});

    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(model.rowCount(), 3);
    QStringList changes;
    for (int row = 0; row < model.rowCount(); ++row)
        changes.append(model.index(row, HistoryTableModel::ChangeColumn).data().toString());
    QCOMPARE(changes, (QStringList{u"permission: Editor"_s, u"permission: Viewer → Editor"_s, u"permission: Viewer"_s}));
}

void tst_HistoryTableModel::renamedAccountRenamesActor()
{
    HistoryTableModel model(&m_directory);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords({record(1, u"team.update"_s, u"team"_s, 2,
                             teamJson(2, u"Finance"_s, QString(), u"Viewer"_s, u"11"_s, QString(), 1),
                             teamJson(2, u"Finance"_s, QString(), u"Viewer"_s, u"11,12"_s, QString(), 2))});
    QCOMPARE(model.index(0, HistoryTableModel::ChangeColumn).data(HistoryTableModel::DetailsRole).toString(),
             u"members added: bob Brown"_s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    Account bob = m_directory.accounts().at(1);
    bob.name = u"Robert Brown"_s;
    m_directory.upsertAccount(bob);

    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.index(0, HistoryTableModel::ActorColumn).data().toString(), u"Robert Brown"_s);
    QCOMPARE(model.index(0, HistoryTableModel::ChangeColumn).data(HistoryTableModel::DetailsRole).toString(),
             u"members added: Robert Brown"_s);
}

QTEST_MAIN(tst_HistoryTableModel)
#include "tst_historytablemodel.moc"

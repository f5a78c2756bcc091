// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/entityjson.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

Q_DECLARE_METATYPE(Gatehouse::Account)
Q_DECLARE_METATYPE(Gatehouse::Team)

namespace {

QDateTime at(int day, int hour = 9)
{
    return QDateTime(QDate(2026, 3, day), QTime(hour, 0), QTimeZone::utc());
}

} // namespace

class tst_EntityJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accountRoundTrip_data();
    void accountRoundTrip();
    void teamRoundTrip_data();
    void teamRoundTrip();
    void datastoreRoundTrip();
    void writesTheAuditForm();
    void refusesWhatIsNotTheEntity_data();
    void refusesWhatIsNotTheEntity();
};

void tst_EntityJson::accountRoundTrip_data()
{
    QTest::addColumn<Account>("account");
    Account ada;
    ada.id = 7;
    ada.subject = u"auth0|ada"_s;
    ada.name = u"Ada \"Byron\", Lovelace ✓"_s;
    ada.email = u"ada@example.com"_s;
    ada.role = Role::Admin;
    ada.created = at(1);
    ada.lastActive = at(2, 17);
    ada.externalId = u"ext-7"_s;
    ada.version = 4;
    QTest::addRow("human Admin with every field") << ada;

    Account pending;
    pending.id = 8;
    pending.name = u"Pre Provisioned"_s;
    pending.email = u"pre@example.com"_s;
    pending.created = at(3);
    QTest::addRow("SCIM pre-provisioned: null subject, never active") << pending;

    Account robot;
    robot.id = 9;
    robot.subject = u"pipeline@service"_s;
    robot.name = u"Pipeline\nline two\ttab"_s;
    robot.type = AccountType::Service;
    robot.role = Role::Manager;
    robot.created = at(4);
    robot.deactivated = at(5); // the JSON says only "not active": the record time stands in
    QTest::addRow("deactivated service account, control characters") << robot;
}

void tst_EntityJson::accountRoundTrip()
{
    QFETCH(Account, account);
    const std::optional<Account> back = accountFromJson(entityJson(account), at(5));
    QVERIFY(back);
    QCOMPARE(*back, account);
    QCOMPARE(back->subject.isNull(), account.subject.isNull());
    QCOMPARE(entityJson(*back), entityJson(account));
}

void tst_EntityJson::teamRoundTrip_data()
{
    QTest::addColumn<Team>("team");
    Team finance;
    finance.id = 2;
    finance.name = u"Finance; Risk"_s;
    finance.description = u"Analysts \\ controllers"_s;
    finance.permission = Level::Author;
    finance.members = {3, 5, 8};
    finance.datastores = {10, 12};
    finance.created = at(6);
    finance.version = 3;
    QTest::addRow("team with members and datastores") << finance;

    Team everyone;
    everyone.id = 1;
    everyone.name = u"Public"_s;
    everyone.isPublic = true;
    everyone.permission = Level::Viewer;
    everyone.datastores = {10};
    everyone.created = at(1);
    QTest::addRow("Public") << everyone;

    Team empty;
    empty.id = 4;
    empty.name = u"Empty"_s;
    empty.created = at(2);
    QTest::addRow("no members, no datastores") << empty;
}

void tst_EntityJson::teamRoundTrip()
{
    QFETCH(Team, team);
    const std::optional<Team> back = teamFromJson(entityJson(team));
    QVERIFY(back);
    QCOMPARE(*back, team);
}

void tst_EntityJson::datastoreRoundTrip()
{
    Datastore d;
    d.id = 10;
    d.name = u"Sales Warehouse"_s;
    d.kind = DatastoreKind::Enrichment;
    d.connection = u"Snowflake"_s;
    d.created = at(7);
    d.version = 2;
    const std::optional<Datastore> back = datastoreFromJson(entityJson(d));
    QVERIFY(back);
    QCOMPARE(*back, d);
}

void tst_EntityJson::writesTheAuditForm()
{
    // The audit log's bytes: compact, keys in the organisation file's order plus version.
    Team t;
    t.id = 2;
    t.name = u"Finance"_s;
    t.permission = Level::Viewer;
    t.members = {5, 1};
    t.datastores = {10};
    t.created = at(1);
    QCOMPARE(entityJson(t),
             u"{\"id\":2,\"name\":\"Finance\",\"public\":false,\"description\":null,\"permission\":\"Viewer\","
             u"\"members\":[1,5],\"datastores\":[10],\"created\":\"2026-03-01T09:00:00Z\",\"version\":1}"_s);
}

void tst_EntityJson::refusesWhatIsNotTheEntity_data()
{
    QTest::addColumn<QString>("json");
    QTest::addRow("not JSON") << u"{\"id\":"_s;
    QTest::addRow("an array") << u"[1]"_s;
    QTest::addRow("unknown level") << u"{\"id\":2,\"name\":\"F\",\"public\":false,\"permission\":\"Owner\","
                                      u"\"members\":[],\"datastores\":[]}"_s;
    QTest::addRow("unknown key") << u"{\"id\":2,\"name\":\"F\",\"public\":false,\"permission\":\"Viewer\","
                                    u"\"members\":[],\"datastores\":[],\"owner\":1}"_s;
    QTest::addRow("missing members") << u"{\"id\":2,\"name\":\"F\",\"public\":false,\"permission\":\"Viewer\","
                                        u"\"datastores\":[]}"_s;
}

void tst_EntityJson::refusesWhatIsNotTheEntity()
{
    QFETCH(QString, json);
    QVERIFY(!teamFromJson(json));
}

QTEST_GUILESS_MAIN(tst_EntityJson)
#include "tst_entityjson.moc"

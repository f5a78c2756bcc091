// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orgfile.h"

#include "orgbuilder.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using Gatehouse::Test::OrgBuilder;

Q_DECLARE_METATYPE(Gatehouse::Snapshot)

namespace {

// The example of formats.md, byte for byte.
const QByteArray ExampleFile = R"({
  "format": "gatehouse-org/1",
  "accounts": [
    {"id": 1, "subject": "auth0|1a2b", "name": "Ada Byron", "email": "ada@example.com",
     "type": "human", "role": "Admin", "active": true,
     "created": "2026-01-05T09:00:00Z", "last_active": "2026-11-20T17:31:02Z",
     "external_id": null}
  ],
  "datastores": [
    {"id": 10, "name": "Sales Warehouse", "kind": "source", "connection": "Snowflake",
     "created": "2026-02-01T00:00:00Z"}
  ],
  "teams": [
    {"id": 1, "name": "Public", "public": true, "description": "", "permission": "Reporter",
     "members": [], "datastores": [10], "created": "2026-01-01T00:00:00Z"},
    {"id": 2, "name": "Finance", "public": false, "description": "Finance analysts",
     "permission": "Viewer", "members": [1], "datastores": [10],
     "created": "2026-03-01T00:00:00Z"}
  ]
}
)";

QDateTime utc(int y, int mo, int d, int h = 0, int mi = 0, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc());
}

const QDateTime ImportTime = utc(2026, 12, 24, 8, 30, 0);

QByteArray edited(const QByteArray &from, const QByteArray &to)
{
    QByteArray text = ExampleFile;
    Q_ASSERT(text.contains(from));
    return text.replace(from, to);
}

QString parseMessage(const QByteArray &json)
{
    const Result<Snapshot> r = parseOrganisation(json, ImportTime);
    return r.ok() ? u"(parsed)"_s : r.error().message;
}

} // namespace

class tst_OrgFile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exampleFileParses()
    {
        const Result<Snapshot> r = parseOrganisation(ExampleFile, ImportTime);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const Snapshot &s = *r;
        QCOMPARE(s.accounts.size(), 1);
        const Account &ada = s.accounts.at(0);
        QCOMPARE(ada.id, 1);
        QCOMPARE(ada.subject, u"auth0|1a2b"_s);
        QCOMPARE(ada.email, u"ada@example.com"_s);
        QCOMPARE(ada.role, Role::Admin);
        QVERIFY(ada.isActive());
        QCOMPARE(ada.created, utc(2026, 1, 5, 9));
        QCOMPARE(ada.lastActive, utc(2026, 11, 20, 17, 31, 2));
        QVERIFY(ada.externalId.isEmpty());
        QCOMPARE(s.datastores.at(0).name, u"Sales Warehouse"_s);
        QCOMPARE(s.datastores.at(0).connection, u"Snowflake"_s);
        QCOMPARE(s.teams.size(), 2);
        QVERIFY(s.teams.at(0).isPublic);
        QCOMPARE(s.teams.at(0).datastores, QList<Id>{10});
        QCOMPARE(s.teams.at(1).permission, Level::Viewer);
        QCOMPARE(s.teams.at(1).members, QList<Id>{1});
        QCOMPARE(s.teams.at(1).description, u"Finance analysts"_s);
    }

    void importDefaults()
    {
        // Absent created and null optional fields; deactivated at import; public members
        // ignored; arrays out of id order come back ascending.
        const QByteArray json = R"({"format": "gatehouse-org/1",
          "accounts": [
            {"id": 5, "subject": "etl@service", "name": "ETL", "email": null, "type": "service",
             "role": "Member", "active": false},
            {"id": 2, "subject": null, "name": "Pre Provisioned", "email": "pp@example.com",
             "type": "human", "role": "Manager", "active": true, "last_active": null,
             "external_id": "ext-7", "created": null}],
          "datastores": [{"id": 3, "name": "  Lake  ", "kind": "enrichment", "connection": "Amazon S3"}],
          "teams": [
            {"id": 9, "name": "Ops", "public": false, "description": null, "permission": "Editor",
             "members": [5, 2], "datastores": [3]},
            {"id": 1, "name": "Public", "public": true, "permission": "Reporter",
             "members": [1, 999], "datastores": []}]})";
        const Result<Snapshot> r = parseOrganisation(json, ImportTime);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const Snapshot &s = *r;
        QCOMPARE(s.accounts.at(0).id, 2);
        QCOMPARE(s.accounts.at(0).created, ImportTime);
        QVERIFY(s.accounts.at(0).subject.isNull());
        QVERIFY(!s.accounts.at(0).lastActive.isValid());
        QCOMPARE(s.accounts.at(0).externalId, u"ext-7"_s);
        QCOMPARE(s.accounts.at(1).deactivated, ImportTime);
        QVERIFY(!s.accounts.at(1).isActive());
        QCOMPARE(s.datastores.at(0).name, u"Lake"_s);
        QCOMPARE(s.datastores.at(0).kind, DatastoreKind::Enrichment);
        QCOMPARE(s.teams.at(0).id, 1);
        QVERIFY(s.teams.at(0).members.isEmpty());
        QCOMPARE(s.teams.at(1).members, (QList<Id>{2, 5}));
        QCOMPARE(s.teams.at(1).description, QString());
        QCOMPARE(s.teams.at(1).created, ImportTime);
    }

    void roundTrip_data()
    {
        QTest::addColumn<Snapshot>("snapshot");

        QTest::addRow("minimal") << OrgBuilder().build();
        QTest::addRow("small organisation")
            << OrgBuilder()
                   .account(1, u"Ada Byron"_s, Role::Admin)
                   .account(2, u"Bob Stone"_s, Role::Manager)
                   .account(3, u"Loader"_s, Role::Member, true, AccountType::Service)
                   .datastore(10, u"Sales Warehouse"_s)
                   .datastore(12, u"Orders DB"_s)
                   .team(4, u"Finance"_s, Level::Author, {1, 3}, {10, 12})
                   .team(2, u"Data Platform"_s, Level::Drafter, {2}, {})
                   .publicDatastores({12}, Level::Viewer)
                   .build();

        Snapshot tricky = OrgBuilder()
                              .account(1, u"Zoë \"Z\" Ångström"_s, Role::Admin)
                              .account(7, u"José, Søren"_s)
                              .datastore(3, u"Tab\there / back\\slash"_s)
                              .team(5, u"Line\nbreak \u0001 ctrl 😀"_s, Level::Editor, {1, 7}, {3})
                              .build();
        tricky.accounts[0].externalId = u"scim-42"_s;
        tricky.accounts[0].lastActive = utc(2026, 5, 6, 7, 8, 9);
        tricky.accounts[1].deactivated = ImportTime; // the file keeps only "active": false
        tricky.accounts[1].subject.clear();
        tricky.teams[1].description = u"«quoted» \"text\""_s;
        tricky.datastores[0].kind = DatastoreKind::Enrichment;
        QTest::addRow("escapes and non-ASCII") << tricky;
    }

    void roundTrip()
    {
        QFETCH(Snapshot, snapshot);
        const QByteArray bytes = writeOrganisation(snapshot);
        const Result<Snapshot> back = parseOrganisation(bytes, ImportTime);
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(*back, snapshot);
        QCOMPARE(writeOrganisation(*back), bytes);
        QVERIFY(bytes.endsWith("}\n"));
    }

    void canonicalLayout()
    {
        // The canonical form is part of the format: key order, indent, nulls, final newline.
        Snapshot s = OrgBuilder()
                         .account(1, u"Ada Byron"_s, Role::Admin)
                         .datastore(10, u"Sales Warehouse"_s)
                         .team(2, u"Finance"_s, Level::Viewer, {1}, {10})
                         .publicDatastores({10})
                         .build();
        s.teams[1].description = u"Finance analysts"_s;
        const QByteArray expected = R"({
  "format": "gatehouse-org/1",
  "accounts": [
    {
      "id": 1,
      "subject": "auth0|ada_byron",
      "name": "Ada Byron",
      "email": "ada_byron@example.com",
      "type": "human",
      "role": "Admin",
      "active": true,
      "created": "2026-01-01T09:00:00Z",
      "last_active": null,
      "external_id": null
    }
  ],
  "datastores": [
    {
      "id": 10,
      "name": "Sales Warehouse",
      "kind": "source",
      "connection": "PostgreSQL",
      "created": "2026-01-01T09:00:00Z"
    }
  ],
  "teams": [
    {
      "id": 1,
      "name": "Public",
      "public": true,
      "description": "",
      "permission": "Reporter",
      "members": [],
      "datastores": [10],
      "created": "2026-01-01T09:00:00Z"
    },
    {
      "id": 2,
      "name": "Finance",
      "public": false,
      "description": "Finance analysts",
      "permission": "Viewer",
      "members": [1],
      "datastores": [10],
      "created": "2026-01-01T09:00:00Z"
    }
  ]
}
)";
        QCOMPARE(writeOrganisation(s), expected);
    }

    void writerSortsAndEscapes()
    {
        Snapshot s = OrgBuilder()
                         .account(2, u"B"_s)
                         .account(1, u"A \"q\" \\ \n\u001f é"_s)
                         .build();
        std::swap(s.accounts[0], s.accounts[1]); // out of order on purpose
        const QByteArray bytes = writeOrganisation(s);
        QVERIFY(bytes.indexOf("\"id\": 1") < bytes.indexOf("\"id\": 2"));
        QVERIFY(bytes.contains(R"("name": "A \"q\" \\ \n\u001f )" "\xc3\xa9\""));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");

        QTest::addRow("unknown permission")
            << edited(R"("permission": "Viewer")", R"("permission": "Owner")")
            << u"teams[1].permission: \"Owner\" is not a permission level"_s;
        QTest::addRow("permission in wrong case")
            << edited(R"("permission": "Viewer")", R"("permission": "viewer")")
            << u"teams[1].permission: \"viewer\" is not a permission level"_s;
        QTest::addRow("role in wrong case")
            << edited(R"("role": "Admin")", R"("role": "admin")")
            << u"accounts[0].role: \"admin\" is not a role (\"Admin\", \"Manager\" or \"Member\")"_s;
        QTest::addRow("unknown account type")
            << edited(R"("type": "human")", R"("type": "Human")")
            << u"accounts[0].type: \"Human\" is not an account type (\"human\" or \"service\")"_s;
        QTest::addRow("unknown datastore kind")
            << edited(R"("kind": "source")", R"("kind": "lake")")
            << u"datastores[0].kind: \"lake\" is not a datastore kind (\"source\" or \"enrichment\")"_s;
        QTest::addRow("duplicate datastore id")
            << edited(R"("created": "2026-02-01T00:00:00Z"})",
                      R"("created": "2026-02-01T00:00:00Z"},
                         {"id": 10, "name": "Orders", "kind": "source", "connection": "MySQL"})")
            << u"datastores[1].id: 10 duplicates datastores[0].id"_s;
        QTest::addRow("duplicate team name differing in case")
            << edited(R"("name": "Finance")", R"("name": "PUBLIC")")
            << u"teams[1].name: \"PUBLIC\" duplicates teams[0].name \"Public\""_s;
        QTest::addRow("duplicate datastore name differing in case")
            << edited(R"("created": "2026-02-01T00:00:00Z"})",
                      R"("created": "2026-02-01T00:00:00Z"},
                         {"id": 11, "name": "sales WAREHOUSE", "kind": "source", "connection": "MySQL"})")
            << u"datastores[1].name: \"sales WAREHOUSE\" duplicates datastores[0].name \"Sales Warehouse\""_s;
        QTest::addRow("dangling member id")
            << edited(R"("members": [1])", R"("members": [1, 999])")
            << u"teams[1].members[1]: 999 is not an account id"_s;
        QTest::addRow("member id not a number")
            << edited(R"("members": [1])", R"("members": ["1"])")
            << u"teams[1].members[0]: \"1\" is not an account id"_s;
        QTest::addRow("dangling datastore id")
            << edited(R"("members": [1], "datastores": [10])", R"("members": [1], "datastores": [10, 12])")
            << u"teams[1].datastores[1]: 12 is not a datastore id"_s;
        QTest::addRow("two public teams")
            << edited(R"("name": "Finance", "public": false)", R"("name": "Finance", "public": true)")
            << u"teams[1].public: true, but teams[0].public is already the public team"_s;
        QTest::addRow("service subject without @service")
            << edited(R"("type": "human")", R"("type": "service")")
            << u"accounts[0].subject: \"auth0|1a2b\" does not end in \"@service\""_s;
        QTest::addRow("unknown key in an account")
            << edited(R"("external_id": null)", R"("external_id": null, "nickname": "Ada")")
            << u"accounts[0].nickname: unknown key"_s;
        QTest::addRow("unknown top-level key")
            << edited(R"("format": "gatehouse-org/1",)", R"("format": "gatehouse-org/1", "extra": 1,)")
            << u"extra: unknown key"_s;
        QTest::addRow("missing format")
            << edited(R"("format": "gatehouse-org/1",)", "")
            << u"format: missing; expected \"gatehouse-org/1\""_s;
        QTest::addRow("other format")
            << edited(R"("gatehouse-org/1")", R"("gatehouse-org/2")")
            << u"format: \"gatehouse-org/2\" is not supported; expected \"gatehouse-org/1\""_s;
        QTest::addRow("id as a string")
            << edited(R"({"id": 10,)", R"({"id": "10",)")
            << u"datastores[0].id: \"10\" is not a positive integer id"_s;
        QTest::addRow("fractional id")
            << edited(R"({"id": 10,)", R"({"id": 10.5,)")
            << u"datastores[0].id: 10.5 is not a positive integer id"_s;
        QTest::addRow("missing required key")
            << edited(R"("name": "Ada Byron", )", "")
            << u"accounts[0].name: missing"_s;
        QTest::addRow("time without zone")
            << edited(R"("2026-01-05T09:00:00Z")", R"("2026-01-05 09:00")")
            << u"accounts[0].created: \"2026-01-05 09:00\" is not a UTC time (YYYY-MM-DDTHH:MM:SSZ)"_s;
        QTest::addRow("active not a boolean")
            << edited(R"("active": true)", R"("active": "yes")")
            << u"accounts[0].active: \"yes\" is not true or false"_s;
        QTest::addRow("accounts not an array")
            << edited(R"("accounts": [)", R"("accounts": {"x": [)").replace("  ],\n  \"datastores\"", "  ]},\n  \"datastores\"")
            << u"accounts: an object is not an array"_s;
        QTest::addRow("team entry not an object")
            << edited(R"("teams": [)", R"("teams": [42, )")
            << u"teams[0]: 42 is not an object"_s;
        QTest::addRow("not an object") << QByteArray("[1, 2]") << u"the file is not a JSON object"_s;
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        const Result<Snapshot> r = parseOrganisation(json, ImportTime);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QCOMPARE(r.error().message, message);
    }

    void syntaxErrorGivesByteOffset_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("offset");

        QTest::addRow("truncated") << ExampleFile.left(300) << 300;
        // The parser stops just past the stray "x"; "é" takes two bytes, and the offset
        // counts bytes, not characters.
        QTest::addRow("after ASCII") << QByteArray("{\"format\": \"e\" x}") << 16;
        QTest::addRow("after non-ASCII") << QByteArray("{\"format\": \"\xc3\xa9\" x}") << 17;
        QTest::addRow("empty file") << QByteArray() << 0;
    }

    void syntaxErrorGivesByteOffset()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, offset);
        const QString message = parseMessage(json);
        const QString prefix = u"JSON syntax error at byte "_s + QString::number(offset) + u": "_s;
        QVERIFY2(message.startsWith(prefix), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(tst_OrgFile)
#include "tst_orgfile.moc"

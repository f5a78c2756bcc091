// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation.h"

#include "orgbuilder.h"

#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using Gatehouse::Test::OrgBuilder;

Q_DECLARE_METATYPE(Gatehouse::Snapshot)

namespace {

// A small valid organisation; each test row breaks exactly one rule of it.
Snapshot validOrg()
{
    return OrgBuilder()
        .account(1, u"Ada Byron"_s, Role::Admin)
        .account(2, u"Bob Stone"_s)
        .account(3, u"Loader"_s, Role::Member, true, AccountType::Service)
        .datastore(10, u"Sales Warehouse"_s)
        .datastore(11, u"Orders DB"_s)
        .team(2, u"Finance"_s, Level::Viewer, {1, 2}, {10})
        .team(3, u"Sales"_s, Level::Editor, {2}, {10, 11})
        .publicDatastores({11})
        .build();
}

Snapshot broken(const std::function<void(Snapshot &)> &breakIt)
{
    Snapshot s = validOrg();
    breakIt(s);
    return s;
}

} // namespace

class tst_Validation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validOrganisationPasses()
    {
        const Result<void> r = validateSnapshot(validOrg());
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    }

    void brokenRule_data()
    {
        QTest::addColumn<Snapshot>("snapshot");
        QTest::addColumn<QString>("message");

        QTest::addRow("account id zero")
            << broken([](Snapshot &s) { s.accounts[1].id = 0; })
            << u"accounts[1].id: 0 is not a positive id"_s;
        QTest::addRow("duplicate account id")
            << broken([](Snapshot &s) { s.accounts[2].id = 1; })
            << u"accounts[2].id: 1 duplicates accounts[0].id"_s;
        QTest::addRow("negative datastore id")
            << broken([](Snapshot &s) { s.datastores[0].id = -4; })
            << u"datastores[0].id: -4 is not a positive id"_s;
        QTest::addRow("duplicate team id")
            << broken([](Snapshot &s) { s.teams[2].id = 2; })
            << u"teams[2].id: 2 duplicates teams[1].id"_s;
        QTest::addRow("empty team name")
            << broken([](Snapshot &s) { s.teams[1].name = u"   "_s; })
            << u"teams[1].name: \"   \" is empty"_s;
        QTest::addRow("team name too long")
            << broken([](Snapshot &s) { s.teams[1].name = QString(256, u'x'); })
            << u"teams[1].name: \""_s + QString(40, u'x') + u"...\" has 256 characters, at most 255"_s;
        QTest::addRow("team name differing only in case")
            << broken([](Snapshot &s) { s.teams[2].name = u"fINANCE"_s; })
            << u"teams[2].name: \"fINANCE\" duplicates teams[1].name \"Finance\""_s;
        QTest::addRow("team name duplicating after trimming")
            << broken([](Snapshot &s) { s.teams[2].name = u" finance "_s; })
            << u"teams[2].name: \" finance \" duplicates teams[1].name \"Finance\""_s;
        QTest::addRow("team named like Public")
            << broken([](Snapshot &s) { s.teams[2].name = u"PUBLIC"_s; })
            << u"teams[2].name: \"PUBLIC\" duplicates teams[0].name \"Public\""_s;
        QTest::addRow("duplicate datastore name beyond ASCII")
            << broken([](Snapshot &s) {
                   s.datastores[0].name = u"Øresund Lake"_s;
                   s.datastores[1].name = u"øRESUND LAKE"_s;
               })
            << u"datastores[1].name: \"øRESUND LAKE\" duplicates datastores[0].name \"Øresund Lake\""_s;
        QTest::addRow("empty datastore name")
            << broken([](Snapshot &s) { s.datastores[1].name.clear(); })
            << u"datastores[1].name: \"\" is empty"_s;
        QTest::addRow("duplicate e-mail ignoring case")
            << broken([](Snapshot &s) { s.accounts[1].email = u"ADA_BYRON@example.com"_s; })
            << u"accounts[1].email: \"ADA_BYRON@example.com\" duplicates accounts[0].email \"ada_byron@example.com\""_s;
        QTest::addRow("duplicate subject")
            << broken([](Snapshot &s) { s.accounts[1].subject = s.accounts[0].subject; })
            << u"accounts[1].subject: \"auth0|ada_byron\" duplicates accounts[0].subject"_s;
        QTest::addRow("service subject without @service")
            << broken([](Snapshot &s) { s.accounts[2].subject = u"loader"_s; })
            << u"accounts[2].subject: \"loader\" does not end in \"@service\""_s;
        QTest::addRow("service account without subject")
            << broken([](Snapshot &s) { s.accounts[2].subject.clear(); })
            << u"accounts[2].subject: null; a service account needs a subject"_s;
        QTest::addRow("no public team")
            << broken([](Snapshot &s) { s.teams[0].isPublic = false; })
            << u"teams: no team has \"public\": true; exactly one must"_s;
        QTest::addRow("two public teams")
            << broken([](Snapshot &s) {
                   s.teams[2].isPublic = true;
                   s.teams[2].members.clear();
               })
            << u"teams[2].public: true, but teams[0].public is already the public team"_s;
        QTest::addRow("public team renamed")
            << broken([](Snapshot &s) { s.teams[0].name = u"Everyone"_s; })
            << u"teams[0].name: \"Everyone\"; the public team is named \"Public\""_s;
        QTest::addRow("public team with listed members")
            << broken([](Snapshot &s) { s.teams[0].members = {1}; })
            << u"teams[0].members: the public team lists no members (everyone is one)"_s;
        QTest::addRow("Admin is not a team permission")
            << broken([](Snapshot &s) { s.teams[1].permission = Level::Admin; })
            << u"teams[1].permission: \"Admin\" is not a permission level"_s;
        QTest::addRow("None is not a team permission")
            << broken([](Snapshot &s) { s.teams[2].permission = Level::None; })
            << u"teams[2].permission: \"\" is not a permission level"_s;
        QTest::addRow("dangling member id")
            << broken([](Snapshot &s) { s.teams[1].members = {1, 2, 999}; })
            << u"teams[1].members[2]: 999 is not an account id"_s;
        QTest::addRow("member listed twice")
            << broken([](Snapshot &s) { s.teams[1].members = {2, 1, 2}; })
            << u"teams[1].members[2]: 2 duplicates teams[1].members[0]"_s;
        QTest::addRow("dangling datastore id")
            << broken([](Snapshot &s) { s.teams[2].datastores = {10, 12}; })
            << u"teams[2].datastores[1]: 12 is not a datastore id"_s;
        QTest::addRow("dangling public datastore id")
            << broken([](Snapshot &s) { s.teams[0].datastores = {77}; })
            << u"teams[0].datastores[0]: 77 is not a datastore id"_s;
        QTest::addRow("description too long")
            << broken([](Snapshot &s) { s.teams[1].description = QString(1001, u'd'); })
            << u"teams[1].description: \""_s + QString(40, u'd')
                + u"...\" has 1001 characters, at most 1000"_s;
    }

    void brokenRule()
    {
        QFETCH(Snapshot, snapshot);
        QFETCH(QString, message);
        const Result<void> r = validateSnapshot(snapshot);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, Error::Code::Invalid);
        QCOMPARE(r.error().message, message);
    }

    void allowedVariants_data()
    {
        QTest::addColumn<Snapshot>("snapshot");

        QTest::addRow("description of exactly 1000 characters")
            << broken([](Snapshot &s) { s.teams[1].description = QString(1000, u'd'); });
        QTest::addRow("name of exactly 255 characters")
            << broken([](Snapshot &s) { s.teams[1].name = QString(255, u'n'); });
        QTest::addRow("service account without e-mail")
            << broken([](Snapshot &s) { s.accounts[2].email.clear(); });
        QTest::addRow("two service accounts sharing a contact e-mail")
            << broken([](Snapshot &s) {
                   Account other = s.accounts[2];
                   other.id = 4;
                   other.subject = u"other@service"_s;
                   other.email = s.accounts[2].email = u"ops@example.com"_s;
                   s.accounts.append(other);
               });
        QTest::addRow("pre-provisioned humans without subject")
            << broken([](Snapshot &s) {
                   s.accounts[0].subject.clear();
                   s.accounts[1].subject.clear();
               });
        QTest::addRow("subjects differing only in case")
            << broken([](Snapshot &s) { s.accounts[1].subject = u"AUTH0|ADA_BYRON"_s; });
        QTest::addRow("public team at Editor")
            << broken([](Snapshot &s) { s.teams[0].permission = Level::Editor; });
        QTest::addRow("team without members or datastores")
            << broken([](Snapshot &s) {
                   s.teams[2].members.clear();
                   s.teams[2].datastores.clear();
               });
    }

    void allowedVariants()
    {
        QFETCH(Snapshot, snapshot);
        const Result<void> r = validateSnapshot(snapshot);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
    }

    void serviceSubject_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("subject");
        QTest::addRow("spaces") << u"Pipeline Automation"_s << u"pipeline_automation@service"_s;
        QTest::addRow("punctuation dropped") << u"ETL-Loader (v2)!"_s << u"etlloader_v2@service"_s;
        QTest::addRow("accents dropped") << u"Zoë Bot"_s << u"zo_bot@service"_s;
        QTest::addRow("underscore kept") << u"dbt_runner"_s << u"dbt_runner@service"_s;
    }

    void serviceSubject()
    {
        QFETCH(QString, name);
        QFETCH(QString, subject);
        QCOMPARE(serviceSubjectFor(name), subject);
    }
};

QTEST_GUILESS_MAIN(tst_Validation)
#include "tst_validation.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/migrations.h"
#include "testchangesets.h"

#include <QJsonDocument>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace TestChangeSets;

class tst_RepositoryCommit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();

    void commitsEachKindOfEntry_data();
    void commitsEachKindOfEntry();
    void auditRecordsHoldTheEntities_data();
    void auditRecordsHoldTheEntities();
    void idsAreNeverReused();
    void recreatesWithExplicitId();
    void refusesProgrammerErrors_data();
    void refusesProgrammerErrors();
    void upgradesSchemaOneKeepingIds();

private:
    QTemporaryDir m_dir;
};

void tst_RepositoryCommit::initTestCase_data()
{
    TestBackends::addRows();
}

void tst_RepositoryCommit::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_dir.isValid());
}

void tst_RepositoryCommit::commitsEachKindOfEntry_data()
{
    QTest::addColumn<ChangeSet>("changes");
    QTest::addColumn<Snapshot>("expected");

    const Snapshot s = TestOrganisations::small();
    const Team everyone = find(s.teams, 1);
    const Team finance = find(s.teams, 2);
    const Team ops = find(s.teams, 5);
    const Account grace = find(s.accounts, 2);
    const Account linus = find(s.accounts, 7);
    const Datastore sales = find(s.datastores, 10);
    const QDateTime created = TestOrganisations::at(u"2026-11-01T08:00:00Z");

    {
        Team science;
        science.name = u"Data Science"_s;
        science.description = u"Models"_s;
        science.permission = Level::Drafter;
        science.members = {7, 1};
        science.datastores = {11};
        science.created = created;
        ChangeSet c{u"team.create"_s, u"Created team 'Data Science'"_s, {}, {insert(science)}, {}};
        Snapshot e = s;
        science.id = 6; // above the highest team id, 5
        science.members = {1, 7};
        e.teams.append(science);
        QTest::addRow("team insert with members and datastores") << c << e;
    }
    {
        Team after = finance;
        after.name = u"Finance & Risk"_s;
        after.permission = Level::Author;
        after.members = {1, 3};
        after.datastores = {11};
        ChangeSet c{u"team.update"_s, {}, {}, {update(finance, after)}, {}};
        Snapshot e = s;
        after.version = 2;
        replace(e.teams, after);
        QTest::addRow("team update writes the member and datastore difference") << c << e;
    }
    {
        ChangeSet c{u"team.delete"_s, {}, {}, {remove(ops)}, {}};
        Snapshot e = s;
        eraseId(e.teams, 5);
        QTest::addRow("team delete") << c << e;
    }
    {
        Team after = everyone;
        after.permission = Level::Viewer;
        after.datastores = {10, 11};
        ChangeSet c{u"team.update"_s, {}, {}, {update(everyone, after)}, {}};
        Snapshot e = s;
        after.version = 2;
        replace(e.teams, after);
        QTest::addRow("public team level and datastores") << c << e;
    }
    {
        Account promoted = grace;
        promoted.role = Role::Manager;
        Account back = linus;
        back.deactivated = {};
        ChangeSet c{u"account.set-role"_s, {}, {update(grace, promoted), update(linus, back)}, {}, {}};
        Snapshot e = s;
        promoted.version = 2;
        back.version = 5;
        replace(e.accounts, promoted);
        replace(e.accounts, back);
        QTest::addRow("account updates") << c << e;
    }
    {
        Account bot;
        bot.subject = u"billing_bot@service"_s;
        bot.name = u"Billing Bot"_s;
        bot.type = AccountType::Service;
        bot.created = created;
        Team after = finance;
        after.members = {1, 2, 0}; // 0: the account this change inserts
        ChangeSet c{u"account.create-service"_s, {}, {insert(bot)}, {update(finance, after)}, {}};
        Snapshot e = s;
        bot.id = 8;
        e.accounts.append(bot);
        after.members = {1, 2, 8};
        after.version = 2;
        replace(e.teams, after);
        QTest::addRow("service account insert into a team") << c << e;
    }
    {
        Datastore mart;
        mart.name = u"Risk Mart"_s;
        mart.kind = DatastoreKind::Enrichment;
        mart.connection = u"BigQuery"_s;
        mart.created = created;
        Team after = finance;
        after.datastores = {0, 10, 11};
        ChangeSet c{u"datastore.create"_s, {}, {}, {update(finance, after)}, {insert(mart)}};
        Snapshot e = s;
        mart.id = 12;
        e.datastores.append(mart);
        after.datastores = {10, 11, 12};
        after.version = 2;
        replace(e.teams, after);
        QTest::addRow("datastore insert assigned to a team") << c << e;
    }
    {
        Datastore after = sales;
        after.name = u"Sales Lakehouse"_s;
        after.connection = u"Databricks"_s;
        ChangeSet c{u"datastore.update"_s, {}, {}, {}, {update(sales, after)}};
        Snapshot e = s;
        after.version = 2;
        replace(e.datastores, after);
        QTest::addRow("datastore update") << c << e;
    }
    {
        Team publicAfter = everyone;
        publicAfter.datastores = {};
        Team financeAfter = finance;
        financeAfter.datastores = {11};
        ChangeSet c{u"datastore.delete"_s, {}, {},
                    {update(everyone, publicAfter), update(finance, financeAfter)}, {remove(sales)}};
        Snapshot e = s;
        eraseId(e.datastores, 10);
        publicAfter.version = 2;
        financeAfter.version = 2;
        replace(e.teams, publicAfter);
        replace(e.teams, financeAfter);
        QTest::addRow("datastore delete with the teams that held it") << c << e;
    }
}


void tst_RepositoryCommit::commitsEachKindOfEntry()
{
    QFETCH(ChangeSet, changes);
    QFETCH(Snapshot, expected);

    // Given the small organisation
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    const int auditBefore = auditCount(*repository);

    // When one ChangeSet is committed
    const Result<CommitResult> committed = repository->commit(changes, Bob);
    VERIFY_OK(committed);

    // Then a reload shows exactly the change, with versions bumped and new ids assigned
    const Result<Snapshot> loaded = repository->load();
    VERIFY_OK(loaded);
    QCOMPARE(loaded->accounts, expected.accounts);
    QCOMPARE(loaded->datastores, expected.datastores);
    QCOMPARE(loaded->teams, expected.teams);

    // and the result lists the committed entities as stored
    QVERIFY(committed->at.isValid());
    for (const Account &a : committed->accounts)
        QCOMPARE(a, find(expected.accounts, a.id));
    for (const Team &t : committed->teams)
        QCOMPARE(t, find(expected.teams, t.id));
    for (const Datastore &d : committed->datastores)
        QCOMPARE(d, find(expected.datastores, d.id));
    for (Id id : committed->removedTeams)
        QCOMPARE(find(expected.teams, id).id, 0);
    for (Id id : committed->removedDatastores)
        QCOMPARE(find(expected.datastores, id).id, 0);
    const qsizetype entries = changes.accounts.size() + changes.teams.size() + changes.datastores.size();
    QCOMPARE(committed->accounts.size() + committed->teams.size() + committed->datastores.size()
                 + committed->removedTeams.size() + committed->removedDatastores.size(),
             entries);

    // and one audit record per entry, at the commit time, by the acting account
    const auto log = repository->auditLog();
    VERIFY_OK(log);
    QCOMPARE(log->size(), auditBefore + entries);
    for (qsizetype i = auditBefore; i < log->size(); ++i) {
        const AuditRecord &r = log->at(i);
        QCOMPARE(r.at, committed->at);
        QCOMPARE(r.actorSubject, Bob);
        QCOMPARE(r.action, changes.action);
        QVERIFY2(!r.beforeJson.isNull() || !r.afterJson.isNull(), qPrintable(r.entity));
        if (!r.afterJson.isNull()) {
            const QJsonObject after = parsedObject(r.afterJson);
            QCOMPARE(after.value(u"id").toInteger(), r.entityId);
            // The after state is the stored one: its version is what load() shows.
            int stored = 0;
            if (r.entity == u"team")
                stored = find(loaded->teams, r.entityId).version;
            else if (r.entity == u"account")
                stored = find(loaded->accounts, r.entityId).version;
            else if (r.entity == u"datastore")
                stored = find(loaded->datastores, r.entityId).version;
            QCOMPARE(after.value(u"version").toInt(), stored);
        }
        if (!r.beforeJson.isNull())
            QCOMPARE(parsedObject(r.beforeJson).value(u"id").toInteger(), r.entityId);
    }
}


void tst_RepositoryCommit::auditRecordsHoldTheEntities_data()
{
    QTest::addColumn<ChangeSet>("changes");
    QTest::addColumn<QStringList>("expected"); // "entity id | before | after", in write order

    const Snapshot s = TestOrganisations::small();
    const Team everyone = find(s.teams, 1);
    const Team finance = find(s.teams, 2);
    const Account grace = find(s.accounts, 2);
    const Datastore sales = find(s.datastores, 10);

    const QString financeJson =
        u"{\"id\":2,\"name\":\"Finance\",\"public\":false,\"description\":\"Finance analysts\","
        u"\"permission\":\"Viewer\",\"members\":[1,2],\"datastores\":[10,11],"
        u"\"created\":\"2026-03-01T00:00:00Z\",\"version\":1}"_s;
    {
        Team after = finance;
        after.name = u"Finance \"FP&A\""_s;
        after.permission = Level::Author;
        after.members = {3, 1};
        ChangeSet c{u"team.update"_s, {}, {}, {update(finance, after)}, {}};
        QTest::addRow("team update")
            << c
            << QStringList{u"team 2 | "_s + financeJson
                           + u" | {\"id\":2,\"name\":\"Finance \\\"FP&A\\\"\",\"public\":false,"
                             u"\"description\":\"Finance analysts\",\"permission\":\"Author\","
                             u"\"members\":[1,3],\"datastores\":[10,11],"
                             u"\"created\":\"2026-03-01T00:00:00Z\",\"version\":2}"_s};
    }
    {
        Account after = grace;
        after.role = Role::Manager;
        ChangeSet c{u"account.set-role"_s, {}, {update(grace, after)}, {}, {}};
        QTest::addRow("account update")
            << c
            << QStringList{u"account 2 | {\"id\":2,\"subject\":null,\"name\":\"Grace Hopper\","
                           u"\"email\":\"Grace@Example.com\",\"type\":\"human\",\"role\":\"Member\","
                           u"\"active\":true,\"created\":\"2026-01-06T10:00:00Z\",\"last_active\":null,"
                           u"\"external_id\":\"ext-42\",\"version\":1}"
                           u" | {\"id\":2,\"subject\":null,\"name\":\"Grace Hopper\","
                           u"\"email\":\"Grace@Example.com\",\"type\":\"human\",\"role\":\"Manager\","
                           u"\"active\":true,\"created\":\"2026-01-06T10:00:00Z\",\"last_active\":null,"
                           u"\"external_id\":\"ext-42\",\"version\":2}"_s};
    }
    {
        Team publicAfter = everyone;
        publicAfter.datastores = {};
        Team financeAfter = finance;
        financeAfter.datastores = {11};
        ChangeSet c{u"datastore.delete"_s, {}, {}, {update(everyone, publicAfter), update(finance, financeAfter)},
                    {remove(sales)}};
        QTest::addRow("datastore delete")
            << c
            << QStringList{
                   u"team 1 | {\"id\":1,\"name\":\"Public\",\"public\":true,\"description\":\"\","
                   u"\"permission\":\"Reporter\",\"members\":[],\"datastores\":[10],"
                   u"\"created\":\"2026-01-01T00:00:00Z\",\"version\":1}"
                   u" | {\"id\":1,\"name\":\"Public\",\"public\":true,\"description\":\"\","
                   u"\"permission\":\"Reporter\",\"members\":[],\"datastores\":[],"
                   u"\"created\":\"2026-01-01T00:00:00Z\",\"version\":2}"_s,
                   u"team 2 | "_s + financeJson
                       + u" | {\"id\":2,\"name\":\"Finance\",\"public\":false,\"description\":\"Finance analysts\","
                         u"\"permission\":\"Viewer\",\"members\":[1,2],\"datastores\":[11],"
                         u"\"created\":\"2026-03-01T00:00:00Z\",\"version\":2}"_s,
                   u"datastore 10 | {\"id\":10,\"name\":\"Sales Warehouse\",\"kind\":\"source\","
                   u"\"connection\":\"Snowflake\",\"created\":\"2026-02-01T00:00:00Z\",\"version\":1} | null"_s};
    }
    {
        Team ops;
        ops.name = u"Night Ops"_s;
        ops.members = {7};
        ops.created = TestOrganisations::at(u"2026-11-01T08:00:00Z");
        ChangeSet c{u"team.create"_s, {}, {}, {insert(ops)}, {}};
        QTest::addRow("team insert")
            << c
            << QStringList{u"team 6 | null | {\"id\":6,\"name\":\"Night Ops\",\"public\":false,\"description\":null,"
                           u"\"permission\":\"Reporter\",\"members\":[7],\"datastores\":[],"
                           u"\"created\":\"2026-11-01T08:00:00Z\",\"version\":1}"_s};
    }
}


void tst_RepositoryCommit::auditRecordsHoldTheEntities()
{
    QFETCH(ChangeSet, changes);
    QFETCH(QStringList, expected);

    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    const int auditBefore = auditCount(*repository);
    VERIFY_OK(repository->commit(changes, Bob));

    const auto log = repository->auditLog();
    VERIFY_OK(log);
    QStringList written;
    for (qsizetype i = auditBefore; i < log->size(); ++i) {
        const AuditRecord &r = log->at(i);
        written.append(u"%1 %2 | %3 | %4"_s.arg(r.entity, QString::number(r.entityId),
                                               r.beforeJson.isNull() ? u"null"_s : r.beforeJson,
                                               r.afterJson.isNull() ? u"null"_s : r.afterJson));
    }
    QCOMPARE(written, expected);
    // Every JSON is a valid document.
    for (qsizetype i = auditBefore; i < log->size(); ++i) {
        for (const QString &json : {log->at(i).beforeJson, log->at(i).afterJson}) {
            if (json.isNull())
                continue;
            QJsonParseError error;
            QJsonDocument::fromJson(json.toUtf8(), &error);
            QCOMPARE(error.error, QJsonParseError::NoError);
        }
    }
}


void tst_RepositoryCommit::idsAreNeverReused()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    {
        auto repository = openDatabase(url);
        QVERIFY(repository);
        VERIFY_OK(repository->importSnapshot(TestOrganisations::small(), Repository::ImportMode::Replace, Ada));

        // The highest team (5) and datastore (11) are deleted...
        const Snapshot s = repository->load().value();
        Team financeAfter = find(s.teams, 2);
        financeAfter.datastores = {10};
        VERIFY_OK(repository->commit(ChangeSet{u"team.delete"_s, {}, {}, {remove(find(s.teams, 5))}, {}}, Ada));
        VERIFY_OK(repository->commit(ChangeSet{u"datastore.delete"_s, {}, {},
                                               {update(find(s.teams, 2), financeAfter)},
                                               {remove(find(s.datastores, 11))}},
                                     Ada));
    }
    // ...and after reopening, new ones get ids above the deleted ones.
    auto repository = openDatabase(url);
    QVERIFY(repository);
    Team team;
    team.name = u"Later"_s;
    Datastore datastore;
    datastore.name = u"Later"_s;
    const Result<CommitResult> created =
        repository->commit(ChangeSet{u"datastore.create"_s, {}, {}, {insert(team)}, {insert(datastore)}}, Ada);
    VERIFY_OK(created);
    QCOMPARE(created->teams.constFirst().id, 6);
    QCOMPARE(created->datastores.constFirst().id, 12);
    // A created time left empty is the commit time.
    QCOMPARE(created->teams.constFirst().created, created->at);

    // Deleting the newest and creating again moves on as well.
    VERIFY_OK(repository->commit(ChangeSet{u"team.delete"_s, {}, {}, {remove(created->teams.constFirst())}, {}},
                                 Ada));
    team.name = u"Later still"_s;
    const Result<CommitResult> again = repository->commit(ChangeSet{u"team.create"_s, {}, {}, {insert(team)}, {}},
                                                          Ada);
    VERIFY_OK(again);
    QCOMPARE(again->teams.constFirst().id, 7);

    // An import that replaces the organisation does not free its ids either.
    VERIFY_OK(repository->importSnapshot(TestOrganisations::small(), Repository::ImportMode::Replace, Ada));
    team.name = u"After import"_s;
    const Result<CommitResult> afterImport =
        repository->commit(ChangeSet{u"team.create"_s, {}, {}, {insert(team)}, {}}, Ada);
    VERIFY_OK(afterImport);
    QCOMPARE(afterImport->teams.constFirst().id, 8);
}


void tst_RepositoryCommit::recreatesWithExplicitId()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    const Team ops = find(repository->load().value().teams, 5);
    VERIFY_OK(repository->commit(ChangeSet{u"team.delete"_s, {}, {}, {remove(ops)}, {}}, Bob));
    QCOMPARE(find(repository->load().value().teams, 5).id, 0);

    // The undo of a delete inserts the team under its old id, members and datastores included.
    Team back = ops;
    back.version = 1;
    const Result<CommitResult> recreated =
        repository->commit(ChangeSet{u"team.create"_s, {}, {}, {insert(back)}, {}}, Bob);
    VERIFY_OK(recreated);
    QCOMPARE(recreated->teams.constFirst().id, 5);
    const Team stored = find(repository->load().value().teams, 5);
    QCOMPARE(stored.name, ops.name);
    QCOMPARE(stored.members, ops.members);
    QCOMPARE(stored.version, 1);

    AuditFilter filter;
    filter.entity = u"team"_s;
    filter.entityId = 5;
    const auto history = repository->auditLog(filter);
    VERIFY_OK(history);
    QCOMPARE(history->size(), 2);
    QVERIFY(history->at(0).afterJson.isNull());
    QVERIFY(history->at(1).beforeJson.isNull());

    // Recreating it a second time (two people undoing the same delete) is a conflict.
    const int auditBefore = auditCount(*repository);
    const Result<CommitResult> twice = repository->commit(ChangeSet{u"team.create"_s, {}, {}, {insert(back)}, {}},
                                                          Ada);
    QVERIFY(!twice.ok());
    QCOMPARE(twice.error().code, Error::Code::Conflict);
    QCOMPARE(twice.error().message,
             u"Team 'Ops; night shift' was recreated by local|bob at %1; reload and apply your change again."_s
                 .arg(minuteUtc(recreated->at)));
    QCOMPARE(auditCount(*repository), auditBefore);
}


void tst_RepositoryCommit::refusesProgrammerErrors_data()
{
    QTest::addColumn<ChangeSet>("changes");
    QTest::addColumn<QString>("message");

    const Snapshot s = TestOrganisations::small();
    const Team finance = find(s.teams, 2);
    QTest::addRow("account delete") << ChangeSet{u"account.delete"_s, {}, {remove(find(s.accounts, 2))}, {}, {}}
                                    << u"Accounts are never deleted: 'account.delete' removes account 2 "
                                       u"(deactivate it instead)."_s;
    QTest::addRow("public team delete") << ChangeSet{u"team.delete"_s, {}, {}, {remove(find(s.teams, 1))}, {}}
                                        << u"The Public team cannot be deleted: 'team.delete' removes team 1."_s;
    Team renamed = finance;
    renamed.name = u"Money"_s;
    QTest::addRow("no action") << ChangeSet{{}, {}, {}, {update(finance, renamed)}, {}}
                               << u"A change needs its action name for the history; the action is empty."_s;
    Team placeholder = finance;
    placeholder.members = {0, 1};
    QTest::addRow("placeholder without insert")
        << ChangeSet{u"team.update"_s, {}, {}, {update(finance, placeholder)}, {}}
        << u"team 'Finance' members: 0 stands for the one account this change inserts, and it inserts none "
           u"(or several)."_s;
    Team moved = finance;
    moved.id = 5;
    QTest::addRow("ids differ") << ChangeSet{u"team.update"_s, {}, {}, {update(finance, moved)}, {}}
                                << u"teams[0]: before has id 2, after has id 5."_s;
}


void tst_RepositoryCommit::refusesProgrammerErrors()
{
    QFETCH(ChangeSet, changes);
    QFETCH(QString, message);

    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    const Snapshot before = repository->load().value();
    const int auditBefore = auditCount(*repository);

    const Result<CommitResult> refused = repository->commit(changes, Ada);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Invalid);
    QCOMPARE(refused.error().message, message);
    QCOMPARE(repository->load().value(), before);
    QCOMPARE(auditCount(*repository), auditBefore);
}


void tst_RepositoryCommit::upgradesSchemaOneKeepingIds()
{
    // Given a database of schema 1 (made from a new one by removing what migrations 2, 3 and
    // 4 added, in the row's dialect)
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    {
        auto repository = openDatabase(url);
        QVERIFY(repository);
        VERIFY_OK(repository->importSnapshot(TestOrganisations::small(), Repository::ImportMode::Replace, Ada));
    }
    const QStringList sqlite{u"DROP TRIGGER accounts_service_tokens_active"_s, u"DROP TABLE tokens"_s,
                             u"DROP TRIGGER accounts_high_water"_s, u"DROP TRIGGER teams_high_water"_s,
                             u"DROP TRIGGER datastores_high_water"_s, u"DROP TABLE id_high_water"_s,
                             u"DROP TABLE review_items"_s, u"DROP TABLE reviews"_s};
    const QStringList postgres{
        u"DROP TRIGGER accounts_service_tokens_active ON accounts"_s, u"DROP TABLE tokens"_s,
        u"DROP FUNCTION gatehouse_service_account_tokens_active()"_s,
        u"DROP TRIGGER accounts_high_water ON accounts"_s, u"DROP TRIGGER teams_high_water ON teams"_s,
        u"DROP TRIGGER datastores_high_water ON datastores"_s,
        u"DROP TRIGGER accounts_high_water_truncate ON accounts"_s,
        u"DROP TRIGGER teams_high_water_truncate ON teams"_s,
        u"DROP TRIGGER datastores_high_water_truncate ON datastores"_s,
        u"DROP FUNCTION gatehouse_id_high_water(), gatehouse_id_high_water_truncate()"_s,
        u"DROP TABLE id_high_water"_s, u"DROP TABLE review_items"_s, u"DROP TABLE reviews"_s,
        u"DROP FUNCTION gatehouse_reviews_read_only(), gatehouse_reviews_never_deleted(), "
        u"gatehouse_review_items_read_only()"_s};
    {
        TestBackends::RawConnection raw(url);
        QVERIFY(raw.isOpen());
        for (const QString &sql : TestBackends::isSqlite() ? sqlite : postgres)
            QCOMPARE(raw.exec(sql), QString());
        QCOMPARE(raw.exec(u"DELETE FROM schema_migrations WHERE version IN (2, 3, 4)"_s), QString());
    }

    // When this version opens it, it migrates and new ids start above the existing ones
    auto repository = openDatabase(url);
    QVERIFY(repository);
    {
        TestBackends::RawConnection raw(url);
        QCOMPARE(raw.value(u"SELECT count(*) FROM schema_migrations WHERE version IN (1, 2, 3)"_s).toInt(), 3);
        QCOMPARE(raw.value(u"SELECT max(version) FROM schema_migrations"_s).toInt(),
                 latestSchemaVersion(TestBackends::dialect()));
    }
    VERIFY_OK(repository->reviews());
    const Snapshot s = repository->load().value();
    QCOMPARE(s, TestOrganisations::small());
    VERIFY_OK(repository->commit(ChangeSet{u"team.delete"_s, {}, {}, {remove(find(s.teams, 5))}, {}}, Ada));
    Team team;
    team.name = u"New"_s;
    const Result<CommitResult> created = repository->commit(ChangeSet{u"team.create"_s, {}, {}, {insert(team)}, {}},
                                                            Ada);
    VERIFY_OK(created);
    QCOMPARE(created->teams.constFirst().id, 6);
}

QTEST_GUILESS_MAIN(tst_RepositoryCommit)
#include "tst_repositorycommit.moc"

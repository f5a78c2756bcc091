// SPDX-License-Identifier: GPL-3.0-or-later
#include "testchangesets.h"

#include <QTemporaryDir>
#include <QThread>

#include <array>
#include <latch>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace TestChangeSets;

class tst_CommitConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();

    void staleVersionIsAConflictAndWritesNothing_data();
    void staleVersionIsAConflictAndWritesNothing();
    void secondConnectionGetsTheConflict();
    void concurrentCommitsAreSerialised();
    void nameTakenMeanwhileIsAConflict();

private:
    QTemporaryDir m_dir;
};

void tst_CommitConflicts::initTestCase_data()
{
    TestBackends::addRows();
}

void tst_CommitConflicts::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_dir.isValid());
}

void tst_CommitConflicts::staleVersionIsAConflictAndWritesNothing_data()
{
    QTest::addColumn<ChangeSet>("first");   // Bob's change, committed
    QTest::addColumn<ChangeSet>("second");  // Ada's change, planned before Bob's
    QTest::addColumn<QString>("lead");      // the message up to " by local|bob at"
    QTest::addColumn<QString>("detail");

    const Snapshot s = TestOrganisations::small();
    const Team finance = find(s.teams, 2);
    const Team ops = find(s.teams, 5);
    const Team everyone = find(s.teams, 1);
    const Account grace = find(s.accounts, 2);
    const Datastore sales = find(s.datastores, 10);
    const Datastore lake = find(s.datastores, 11);

    Team bobsFinance = finance;
    bobsFinance.permission = Level::Editor;
    Team adasFinance = finance;
    adasFinance.members = {1};
    QTest::addRow("team changed meanwhile")
        << ChangeSet{u"team.update"_s, {}, {}, {update(finance, bobsFinance)}, {}}
        << ChangeSet{u"team.update"_s, {}, {}, {update(finance, adasFinance)}, {}}
        << u"Team 'Finance' was changed"_s << u"stored version 2, edited version 1"_s;

    Team adasOps = ops;
    adasOps.description = u"Nights and weekends"_s;
    QTest::addRow("team deleted meanwhile")
        << ChangeSet{u"team.delete"_s, {}, {}, {remove(ops)}, {}}
        << ChangeSet{u"team.update"_s, {}, {}, {update(ops, adasOps)}, {}}
        << u"Team 'Ops; night shift' was deleted"_s << u"team 5 is no longer stored; edited version 3"_s;

    Account bobsGrace = grace;
    bobsGrace.role = Role::Admin;
    Account adasGrace = grace;
    adasGrace.deactivated = TestOrganisations::at(u"2026-11-02T00:00:00Z");
    QTest::addRow("account changed meanwhile")
        << ChangeSet{u"account.set-role"_s, {}, {update(grace, bobsGrace)}, {}, {}}
        << ChangeSet{u"account.deactivate"_s, {}, {update(grace, adasGrace)}, {}, {}}
        << u"Account 'Grace Hopper' was changed"_s << u"stored version 2, edited version 1"_s;

    Datastore bobsLake = lake;
    bobsLake.connection = u"MySQL"_s;
    Team financeWithoutSales = finance;
    financeWithoutSales.datastores = {11};
    Team publicWithoutSales = everyone;
    publicWithoutSales.datastores = {};
    Team bobsFinanceLater = finance;
    bobsFinanceLater.description = u"Also treasury"_s;
    // Ada's datastore delete is current for the datastore and Public, stale for Finance:
    // the whole change fails, Public and the datastore included.
    QTest::addRow("one stale entry among current ones")
        << ChangeSet{u"team.update"_s, {}, {}, {update(finance, bobsFinanceLater)}, {update(lake, bobsLake)}}
        << ChangeSet{u"datastore.delete"_s, {}, {},
                     {update(everyone, publicWithoutSales), update(finance, financeWithoutSales)},
                     {remove(sales)}}
        << u"Team 'Finance' was changed"_s << u"stored version 2, edited version 1"_s;
}


void tst_CommitConflicts::staleVersionIsAConflictAndWritesNothing()
{
    QFETCH(ChangeSet, first);
    QFETCH(ChangeSet, second);
    QFETCH(QString, lead);
    QFETCH(QString, detail);

    // Given Bob committed a change
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    const Result<CommitResult> bobs = repository->commit(first, Bob);
    VERIFY_OK(bobs);
    const Snapshot before = repository->load().value();
    const auto logBefore = repository->auditLog();
    VERIFY_OK(logBefore);

    // When Ada commits a change planned from the organisation as it was before
    const Result<CommitResult> adas = repository->commit(second, Ada);

    // Then it is a conflict naming the entity, who changed it and when
    QVERIFY(!adas.ok());
    QCOMPARE(adas.error().code, Error::Code::Conflict);
    QCOMPARE(adas.error().message, u"%1 by local|bob at %2; reload and apply your change again."_s
                                       .arg(lead, minuteUtc(bobs->at)));
    QCOMPARE(adas.error().detail, detail);
    // and nothing was written, history included
    QCOMPARE(repository->load().value(), before);
    QCOMPARE(repository->auditLog().value(), logBefore.value());
}


void tst_CommitConflicts::secondConnectionGetsTheConflict()
{
    // Given two repositories on one database, as two processes would have
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto first = openDatabase(url);
    QVERIFY(first);
    VERIFY_OK(first->importSnapshot(TestOrganisations::small(), Repository::ImportMode::Replace, Ada));
    auto second = openDatabase(url);
    QVERIFY(second);

    // that both read Finance at version 1
    const Team seenByFirst = find(first->load().value().teams, 2);
    const Team seenBySecond = find(second->load().value().teams, 2);
    QCOMPARE(seenByFirst.version, 1);
    QCOMPARE(seenBySecond.version, 1);

    // When the first commits its edit
    Team firstEdit = seenByFirst;
    firstEdit.permission = Level::Editor;
    const Result<CommitResult> committed =
        first->commit(ChangeSet{u"team.update"_s, {}, {}, {update(seenByFirst, firstEdit)}, {}}, Bob);
    VERIFY_OK(committed);

    // Then the second's edit of the same team is a conflict naming the first's author
    Team secondEdit = seenBySecond;
    secondEdit.members = {};
    const Result<CommitResult> refused =
        second->commit(ChangeSet{u"team.update"_s, {}, {}, {update(seenBySecond, secondEdit)}, {}}, Ada);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QCOMPARE(refused.error().message,
             u"Team 'Finance' was changed by local|bob at %1; reload and apply your change again."_s.arg(
                 minuteUtc(committed->at)));

    // and the first edit survives, for both connections
    for (Repository *repository : {first.get(), second.get()}) {
        const Team stored = find(repository->load().value().teams, 2);
        QCOMPARE(stored.permission, Level::Editor);
        QCOMPARE(stored.members, (QList<Id>{1, 2}));
        QCOMPARE(stored.version, 2);
    }

    // After a reload, the second applies its change again.
    const Team reloaded = find(second->load().value().teams, 2);
    Team again = reloaded;
    again.members = {};
    VERIFY_OK(second->commit(ChangeSet{u"team.update"_s, {}, {}, {update(reloaded, again)}, {}}, Ada));
    QCOMPARE(find(first->load().value().teams, 2).version, 3);
}


void tst_CommitConflicts::concurrentCommitsAreSerialised()
{
    // Two threads, each with its own connection, commit the same team from version 1 at
    // once: exactly one wins, the other gets a Conflict (never a "database is locked", nor
    // a PostgreSQL serialisation failure).
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    {
        auto setup = openDatabase(url);
        QVERIFY(setup);
        VERIFY_OK(setup->importSnapshot(TestOrganisations::small(), Repository::ImportMode::Replace, Ada));
    }
    const Team finance = find(TestOrganisations::small().teams, 2);
    std::latch ready(2);
    std::array<Error::Code, 2> outcomes{Error::Code::Invalid, Error::Code::Invalid};
    std::array<bool, 2> succeeded{false, false};
    QList<QThread *> threads;
    for (int i = 0; i < 2; ++i) {
        threads.append(QThread::create([&, i] {
            auto repository = openDatabase(url);
            if (!repository) {
                ready.count_down();
                return;
            }
            Team edit = finance;
            edit.description = u"edit %1"_s.arg(i);
            const ChangeSet changes{u"team.update"_s, {}, {}, {update(finance, edit)}, {}};
            ready.arrive_and_wait();
            const Result<CommitResult> result = repository->commit(changes, i == 0 ? Ada : Bob);
            succeeded[i] = result.ok();
            if (!result.ok())
                outcomes[i] = result.error().code;
        }));
        threads.last()->start();
    }
    for (QThread *thread : std::as_const(threads)) {
        QVERIFY(thread->wait(20000));
        delete thread;
    }
    QCOMPARE(int(succeeded[0]) + int(succeeded[1]), 1);
    QCOMPARE(outcomes[succeeded[0] ? 1 : 0], Error::Code::Conflict);

    auto check = openDatabase(url);
    QVERIFY(check);
    const Team stored = find(check->load().value().teams, 2);
    QCOMPARE(stored.version, 2);
    QCOMPARE(stored.description, u"edit %1"_s.arg(succeeded[0] ? 0 : 1));
}


void tst_CommitConflicts::nameTakenMeanwhileIsAConflict()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    Team bobs;
    bobs.name = u"Data Science"_s;
    const Result<CommitResult> created = repository->commit(ChangeSet{u"team.create"_s, {}, {}, {insert(bobs)}, {}},
                                                            Bob);
    VERIFY_OK(created);

    // Ada, planning from an older organisation, names another team the same, ignoring case.
    const Snapshot before = repository->load().value();
    const Team finance = find(before.teams, 2);
    Team renamed = finance;
    renamed.name = u"DATA SCIENCE"_s;
    const Result<CommitResult> refused =
        repository->commit(ChangeSet{u"team.update"_s, {}, {}, {update(finance, renamed)}, {}}, Ada);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QCOMPARE(refused.error().message,
             u"Another team named 'DATA SCIENCE' was saved by local|bob at %1; reload and apply your change "
             u"again."_s.arg(minuteUtc(created->at)));
    QCOMPARE(repository->load().value(), before);
}

QTEST_GUILESS_MAIN(tst_CommitConflicts)
#include "tst_commitconflicts.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orgfile.h"
#include "repository/databaseworker.h"
#include "testbackends.h"
#include "testorganisations.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {
const QString Creator = u"local|ada"_s;
}

class tst_DatabaseWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();

    void opensAndLoadsOffTheCallingThread();
    void importThenReload();
    void deliversToAWatcher();
    void refusesWithoutDatabase();
    void failedOpenKeepsTheOpenDatabase();
    void commitsAndReadsHistory();

private:
    QTemporaryDir m_dir;
};

void tst_DatabaseWorker::initTestCase_data()
{
    TestBackends::addRows();
}

void tst_DatabaseWorker::init()
{
    // Includes "connection still in use" from a connection removed on the wrong thread.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_dir.isValid());
}

void tst_DatabaseWorker::opensAndLoadsOffTheCallingThread()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    DatabaseWorker worker;
    QFuture<Result<Snapshot>> opened = worker.open(url, OpenMode::CreateIfMissing,
                                                   Creator, u"Ada"_s);
    opened.waitForFinished();
    const Result<Snapshot> snapshot = opened.result();
    QVERIFY2(snapshot.ok(), qPrintable(snapshot.ok() ? QString() : snapshot.error().message));
    QCOMPARE(snapshot->accounts.size(), 1);
    QCOMPARE(snapshot->accounts.constFirst().subject, Creator);
    QCOMPARE(snapshot->teams.constFirst().name, u"Public"_s);

    // Every call runs on the same thread, which is not the caller's.
    const auto threadOf = [&worker] {
        QFuture<Result<quintptr>> f = worker.run([](Repository &) -> Result<quintptr> {
            return reinterpret_cast<quintptr>(QThread::currentThread());
        });
        f.waitForFinished();
        return f.result().value();
    };
    const quintptr first = threadOf();
    QVERIFY(first != reinterpret_cast<quintptr>(QThread::currentThread()));
    QCOMPARE(threadOf(), first);
}

void tst_DatabaseWorker::importThenReload()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    DatabaseWorker worker;
    worker.open(url, OpenMode::CreateIfMissing, Creator, u"Ada"_s);
    const Snapshot organisation = TestOrganisations::large();
    // Calls queue in order: no need to wait for open() first.
    QFuture<Result<void>> imported = worker.importSnapshot(organisation, Repository::ImportMode::RefuseExisting,
                                                          Creator);
    QFuture<Result<Snapshot>> reloaded = worker.reload();
    reloaded.waitForFinished();
    QVERIFY(imported.isFinished());
    QVERIFY(imported.result().ok());
    QVERIFY(reloaded.result().ok());
    QCOMPARE(writeOrganisation(reloaded.result().value()), writeOrganisation(organisation));

    QFuture<Result<bool>> empty = worker.isEmptyOrganisation();
    empty.waitForFinished();
    QCOMPARE(empty.result().value(), false);
}

void tst_DatabaseWorker::deliversToAWatcher()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    DatabaseWorker worker;
    QFutureWatcher<Result<Snapshot>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(worker.open(url, OpenMode::CreateIfMissing, Creator,
                                  u"Ada"_s));
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.size(), 1);
    QVERIFY(watcher.result().ok());
    QCOMPARE(watcher.result()->accounts.constFirst().role, Role::Admin);
}

void tst_DatabaseWorker::refusesWithoutDatabase()
{
    DatabaseWorker worker;
    QFuture<Result<Snapshot>> reloaded = worker.reload();
    reloaded.waitForFinished();
    QVERIFY(!reloaded.result().ok());
    QCOMPARE(reloaded.result().error().code, Error::Code::NotFound);
    QCOMPARE(reloaded.result().error().message, u"No database is open."_s);

    // ExistingOnly creates nothing: no SQLite file, no schema in an empty PostgreSQL database.
    QString missing;
    GATEHOUSE_NEW_DATABASE(missing, m_dir);
    QFuture<Result<Snapshot>> opened = worker.open(missing, OpenMode::ExistingOnly, Creator, u"Ada"_s);
    opened.waitForFinished();
    QVERIFY(!opened.result().ok());
    QCOMPARE(opened.result().error().code, Error::Code::NotFound);
    if (TestBackends::isSqlite()) {
        const QString path = TestBackends::displayName(missing);
        QCOMPARE(opened.result().error().message, u"No database at %1."_s.arg(path));
        QVERIFY(!QFile::exists(path));
    } else {
        QVERIFY2(opened.result().error().message.contains(DatabaseUrl::parse(missing)->database),
                 qPrintable(opened.result().error().message));
        TestBackends::RawConnection raw(missing);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.value(u"SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"_s)
                     .toInt(),
                 0);
    }
}

void tst_DatabaseWorker::failedOpenKeepsTheOpenDatabase()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    DatabaseWorker worker;
    worker.open(url, OpenMode::CreateIfMissing, Creator, u"Ada"_s);
    QFuture<Result<Snapshot>> failed = worker.open(u"mysql://x"_s, OpenMode::ExistingOnly, Creator, u"Ada"_s);
    QFuture<Result<Snapshot>> reloaded = worker.reload();
    reloaded.waitForFinished();
    QVERIFY(!failed.result().ok());
    QCOMPARE(failed.result().error().code, Error::Code::Unsupported);
    QVERIFY(reloaded.result().ok());
    QCOMPARE(reloaded.result()->accounts.constFirst().subject, Creator);
}

void tst_DatabaseWorker::commitsAndReadsHistory()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    DatabaseWorker worker;
    QFuture<Result<Snapshot>> opened = worker.open(url, OpenMode::CreateIfMissing,
                                                   Creator, u"Ada"_s);
    opened.waitForFinished();
    QVERIFY(opened.result().ok());

    // A new team committed on the worker thread, then its history read there.
    Team team;
    team.name = u"Finance"_s;
    team.members = {1};
    QFuture<Result<CommitResult>> committed =
        worker.commit(ChangeSet{u"team.create"_s, {}, {}, {{std::nullopt, team}}, {}}, Creator);
    AuditFilter filter;
    filter.entity = u"team"_s;
    QFuture<Result<QList<AuditRecord>>> history = worker.auditLog(filter);
    QFuture<Result<Snapshot>> reloaded = worker.reload();
    reloaded.waitForFinished();

    QVERIFY(committed.result().ok());
    const Team stored = committed.result()->teams.constFirst();
    QCOMPARE(stored.id, 2);
    QCOMPARE(stored.members, QList<Id>{1});
    QVERIFY(history.result().ok());
    QCOMPARE(history.result()->size(), 1);
    QCOMPARE(history.result()->constFirst().entityId, 2);
    QCOMPARE(history.result()->constFirst().actorSubject, Creator);
    QCOMPARE(reloaded.result()->teams.constLast(), stored);
}

QTEST_GUILESS_MAIN(tst_DatabaseWorker)
#include "tst_databaseworker.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The change watcher on real databases: another connection's commit is heard (SQLite's
// data_version, PostgreSQL's NOTIFY), nothing is heard when nothing was committed, and on
// PostgreSQL a server that stops and starts again is reported and listened to again.
#include "core/adminservice.h"
#include "repository/changewatcher.h"
#include "repository/repositoryfactory.h"
#include "support/privatepostgres.h"
#include "testbackends.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

const QString Creator = u"local|ada"_s;

template <typename T>
QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : (result.error().message + u" / "_s + result.error().detail).toUtf8();
}

// Creates a team through `repository`, as another Gatehouse would.
Result<CommitResult> commitNewTeam(Repository &repository, const QString &name)
{
    const Result<Snapshot> current = repository.load();
    if (!current)
        return current.error();
    Team team;
    team.name = name;
    const Result<Plan> plan = AdminService::plan(*current, Creator, Command::createTeam(team));
    if (!plan)
        return plan.error();
    return repository.commit(plan->changes, Creator);
}

QString databaseName(const QString &url)
{
    return QUrl(url).path().mid(1);
}

} // namespace

class tst_ChangeWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();

    void hearsACommitOfAnotherConnection();
    void quietWithoutCommits();
    void stopsListening();
    void notificationPayloadIsTheNewestId();
    void reconnectsWhenTheServerIsBack();

private:
    QTemporaryDir m_dir;
};

void tst_ChangeWatcher::initTestCase_data()
{
    TestBackends::addRows();
}

void tst_ChangeWatcher::init()
{
    // A Qt warning is a bug here: among others, a socket notifier left on a closed socket.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_dir.isValid());
}

void tst_ChangeWatcher::hearsACommitOfAnotherConnection()
{
    // Given a watched organisation,
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto opened = openRepository(url, OpenMode::CreateIfMissing, Creator, u"Ada"_s);
    QVERIFY2(opened, why(opened).constData());
    ChangeWatcher watcher;
    QSignalSpy ready(&watcher, &ChangeWatcher::ready);
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    watcher.watch(url);
    QTRY_COMPARE(ready.count(), 1);
    QVERIFY(watcher.isListening());
    // when another connection commits,
    const Result<CommitResult> committed = commitNewTeam(**opened, u"Finance"_s);
    QVERIFY2(committed, why(committed).constData());
    // then the watcher says so, with the newest audit id when the database tells it.
    QTRY_VERIFY(changed.count() >= 1);
    const Id newest = changed.constLast().at(0).value<Id>();
    if (TestBackends::isPostgres())
        QCOMPARE(newest, *(*opened)->lastChangeId());
    else
        QCOMPARE(newest, Id(0));
}

void tst_ChangeWatcher::quietWithoutCommits()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto opened = openRepository(url, OpenMode::CreateIfMissing, Creator, u"Ada"_s);
    QVERIFY2(opened, why(opened).constData());
    QVERIFY((*opened)->load());
    ChangeWatcher watcher;
    QSignalSpy ready(&watcher, &ChangeWatcher::ready);
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    watcher.watch(url);
    QTRY_COMPARE(ready.count(), 1);
    // Reading is not committing: several polls (and a read by another connection) later,
    // nothing was heard.
    QVERIFY((*opened)->auditLog());
    QTest::qWait(4 * ChangeWatcher::SqlitePollMs);
    QCOMPARE(changed.count(), 0);
}

void tst_ChangeWatcher::stopsListening()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto opened = openRepository(url, OpenMode::CreateIfMissing, Creator, u"Ada"_s);
    QVERIFY2(opened, why(opened).constData());
    ChangeWatcher watcher;
    QSignalSpy ready(&watcher, &ChangeWatcher::ready);
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    watcher.watch(url);
    QTRY_COMPARE(ready.count(), 1);
    watcher.stop();
    QVERIFY(!watcher.isListening());
    QVERIFY(commitNewTeam(**opened, u"Unheard"_s));
    QTest::qWait(4 * ChangeWatcher::SqlitePollMs);
    QCOMPARE(changed.count(), 0);
}

void tst_ChangeWatcher::notificationPayloadIsTheNewestId()
{
    if (TestBackends::isSqlite())
        QSKIP("NOTIFY is PostgreSQL's; SQLite's data_version carries no id");
    // Given a watcher listening on an empty database (no Gatehouse schema needed to listen),
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    ChangeWatcher watcher;
    QSignalSpy ready(&watcher, &ChangeWatcher::ready);
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    watcher.watch(url);
    QTRY_COMPARE(ready.count(), 1);
    // when the channel is notified with an id, and with something that is not one,
    QString error;
    QVERIFY2(TestPostgres::exec(databaseName(url), u"NOTIFY gatehouse_changes, '5'"_s, &error), qPrintable(error));
    QTRY_COMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).value<Id>(), Id(5));
    QVERIFY2(TestPostgres::exec(databaseName(url), u"NOTIFY gatehouse_changes, 'soon'"_s, &error), qPrintable(error));
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).value<Id>(), Id(0));
    // and another channel is none of its business.
    QVERIFY2(TestPostgres::exec(databaseName(url), u"NOTIFY other_channel, '9'"_s, &error), qPrintable(error));
    QTest::qWait(300);
    QCOMPARE(changed.count(), 2);
}

void tst_ChangeWatcher::reconnectsWhenTheServerIsBack()
{
    if (TestBackends::isSqlite())
        QSKIP("a SQLite file has no server to lose");
    // Given a watcher on a server of the test's own,
    TestPostgres::PrivateServer server;
    const QString started = server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    ChangeWatcher watcher;
    QSignalSpy ready(&watcher, &ChangeWatcher::ready);
    QSignalSpy lost(&watcher, &ChangeWatcher::connectionLost);
    QSignalSpy restored(&watcher, &ChangeWatcher::connectionRestored);
    QSignalSpy changed(&watcher, &ChangeWatcher::changed);
    watcher.watch(server.url());
    QTRY_COMPARE(ready.count(), 1);
    // when the server stops,
    const QString stopped = server.stop();
    QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
    // then the loss is reported once, with a sentence and the server's own words,
    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 10000);
    QVERIFY(!watcher.isListening());
    const Error error = lost.at(0).at(0).value<Error>();
    QCOMPARE(error.code, Error::Code::Unavailable);
    QVERIFY2(error.message.startsWith(u"The connection to 127.0.0.1:"_s), qPrintable(error.message));
    // and a few failed attempts later, still once;
    QTest::qWait(2500);
    QCOMPARE(lost.count(), 1);
    // when it starts again, the watcher connects again by itself, says what it may have
    // missed, and hears new commits.
    const QString again = server.start();
    QVERIFY2(again.isEmpty(), qPrintable(again));
    QTRY_COMPARE_WITH_TIMEOUT(restored.count(), 1, 40000);
    QVERIFY(watcher.isListening());
    QTRY_VERIFY(!changed.isEmpty());
    QCOMPARE(changed.constLast().at(0).value<Id>(), Id(0));
    const qsizetype before = changed.count();
    {
        // TestPostgres::exec talks to the fixture's server; this one is notified directly.
        const QUrl own(server.url());
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"own-notify"_s);
        db.setHostName(own.host());
        db.setPort(own.port());
        db.setUserName(own.userName());
        db.setDatabaseName(u"postgres"_s);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery query(db);
        QVERIFY2(query.exec(u"NOTIFY gatehouse_changes, '42'"_s), qPrintable(query.lastError().text()));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"own-notify"_s);
    QTRY_COMPARE(changed.count(), before + 1);
    QCOMPARE(changed.constLast().at(0).value<Id>(), Id(42));
    QCOMPARE(ready.count(), 1);
    QCOMPARE(lost.count(), 1);
}

QTEST_GUILESS_MAIN(tst_ChangeWatcher)
#include "tst_changewatcher.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Live refresh in the window: two Gatehouses on one database (each its own worker and
// Directory, one of them a whole window wired as the application wires it). A commit by one
// appears in the other's tables without a reset; a stale edit is refused with the
// repository's sentence and applied again after Reload and Re-apply; database work shows a
// busy indicator without blocking; and a PostgreSQL server that stops and starts again shows
// the disconnected banner, read-only, then recovers by itself.
#include "viewtestsupport.h"

#include "core/adminservice.h"
#include "core/directory.h"
#include "models/fastfilterproxymodel.h"
#include "repository/liverefresh.h"
#include "support/privatepostgres.h"
#include "support/testpostgres.h"
#include "views/adminactions.h"
#include "views/adminsession.h"
#include "views/connectionbanner.h"
#include "views/mainwindow.h"
#include "views/pickerwidget.h"
#include "views/previewpanel.h"
#include "views/tablepage.h"
#include "views/teamdialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSemaphore>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

const QString Tester = u"local|tester"_s;

DemoOptions demoOptions()
{
    DemoOptions options;
    options.accounts = 200;
    options.teams = 12;
    options.datastores = 40;
    options.seed = 23;
    options.adminSubject = Tester;
    return options;
}

// A new organisation for the row's backend: a demo in a new SQLite file, or in a new
// database on the test PostgreSQL server.
QString newOrganisation(const QTemporaryDir &dir, QString *why)
{
    static int files = 0;
    QFETCH_GLOBAL(QString, backend);
    const QString url = backend == u"postgres" ? TestPostgres::createDatabase(why)
                                              : u"sqlite:"_s + dir.filePath(u"live%1.gatehouse"_s.arg(++files));
    if (url.isEmpty())
        return {};
    if (const Result<void> created = ViewTest::createDemoDatabase(url, demoOptions()); !created) {
        *why = created.error().message + u" / "_s + created.error().detail;
        return {};
    }
    return url;
}

// The window side: wired as GuiController wires the application.
struct Gui
{
    DatabaseWorker worker;
    Directory directory;
    LiveRefresh live{&worker, &directory};
    std::unique_ptr<MainWindow> window; // destroyed first
    QString url;

    Gui()
    {
        window = std::make_unique<MainWindow>(&directory);
        AdminBackend backend = ViewTest::workerBackend(&worker);
        backend.reload = [this] { return live.reload(); };
        window->setBackend(backend);
        window->setActingSubject(Tester);
        MainWindow *w = window.get();
        QObject::connect(&worker, &DatabaseWorker::busyChanged, w, &MainWindow::setDatabaseBusy);
        QObject::connect(&live, &LiveRefresh::caughtUp, w, &MainWindow::noteRemoteChanges);
        QObject::connect(&live, &LiveRefresh::disconnected, w, &MainWindow::setDisconnected);
        QObject::connect(&live, &LiveRefresh::retryScheduled, w, &MainWindow::setRetryIn);
        QObject::connect(&live, &LiveRefresh::reconnecting, w, &MainWindow::setReconnecting);
        QObject::connect(&live, &LiveRefresh::reconnected, w, &MainWindow::setReconnected);
        QObject::connect(w, &MainWindow::retryConnectionRequested, &live, &LiveRefresh::retryNow);
        QObject::connect(&live, &LiveRefresh::reloadNeeded, w, [this] {
            window->loadFrom(live.reload(), u"Loading…"_s);
        });
    }

    // Opens `databaseUrl` and waits until the window shows it and the watcher listens.
    bool open(const QString &databaseUrl)
    {
        url = databaseUrl;
        QSignalSpy loaded(window.get(), &MainWindow::organisationLoaded);
        QSignalSpy ready(live.watcher(), &ChangeWatcher::ready);
        window->loadFrom(live.open(url, OpenMode::ExistingOnly, Tester, u"Tester"_s), u"Opening…"_s);
        window->show();
        return loaded.wait(20000) && (!ready.isEmpty() || ready.wait(20000));
    }

    TablePage *teams() const { return window->page(EntityKind::Team); }
};

// Another Gatehouse on the same database: its own worker and Directory, no window.
struct Elsewhere
{
    DatabaseWorker worker;
    Directory directory;
    QString subject = Tester;

    QString open(const QString &url)
    {
        QFuture<Result<Snapshot>> opened = worker.open(url, OpenMode::ExistingOnly, Tester, u"Tester"_s);
        opened.waitForFinished();
        if (!opened.result())
            return opened.result().error().message;
        directory.load(opened.result().value());
        // Another Admin than the window's, so the conflict names someone else.
        for (const Account &account : directory.accounts()) {
            if (account.role == Role::Admin && account.isActive() && account.type == AccountType::Human
                && !account.subject.isEmpty() && account.subject != Tester) {
                subject = account.subject;
                break;
            }
        }
        return {};
    }

    // Plans and commits `command`, waiting for the database without running the event loop
    // (so nothing reaches the window meanwhile).
    QString commit(const Command &command)
    {
        const Result<Plan> plan = AdminService::plan(directory.snapshot(), subject, command);
        if (!plan)
            return u"plan: "_s + plan.error().message;
        QFuture<Result<CommitResult>> committed = worker.commit(plan->changes, subject);
        committed.waitForFinished();
        if (!committed.result())
            return u"commit: "_s + committed.result().error().message;
        directory.apply(committed.result().value());
        return {};
    }

    Team team(Id id) const { return directory.teams().at(directory.teamPos(id)); }
};

// Opens a new organisation (newOrganisation) in `gui`, and in `other` when given. Empty on
// success, else why not.
QString openNewOrganisation(const QTemporaryDir &dir, Gui &gui, Elsewhere *other = nullptr)
{
    QString why;
    const QString url = newOrganisation(dir, &why);
    if (url.isEmpty())
        return why;
    if (!gui.open(url))
        return u"the window did not open %1"_s.arg(url);
    if (other) {
        if (const QString error = other->open(url); !error.isEmpty())
            return u"the other Gatehouse did not open %1: %2"_s.arg(url, error);
    }
    return {};
}

// A team with members and datastores, not Public.
Team someTeam(const Directory &directory)
{
    for (const Team &team : directory.teams()) {
        if (!team.isPublic && team.members.size() >= 3 && team.datastores.size() >= 2)
            return team;
    }
    return directory.teams().constLast();
}

Level otherLevel(Level level)
{
    return level == Level::Editor ? Level::Viewer : Level::Editor;
}

} // namespace

class tst_LiveRefresh : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();

    void commitElsewhereUpdatesRowsWithoutReset();
    void ownCommitIsAppliedOnce();
    void staleCommitIsRefusedThenReapplied();
    void staleDialogOffersReloadAndReapply();
    void importElsewhereReloads();
    void slowWorkShowsBusyWithoutBlocking();
    void serverDownShowsBannerReadOnlyThenRecovers();

private:
    QTemporaryDir m_dir;
};

void tst_LiveRefresh::initTestCase_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addRow("sqlite") << u"sqlite"_s;
    QTest::addRow("postgres") << u"postgres"_s;
}

void tst_LiveRefresh::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"GatehouseTest"_s);
    QCoreApplication::setApplicationName(u"tst_liverefresh"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
}

void tst_LiveRefresh::init()
{
    QSettings().clear();
    // The offscreen platform warns about size hints it cannot pass on; anything else fails.
    QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support propagateSizeHints).*"_s));
}

void tst_LiveRefresh::commitElsewhereUpdatesRowsWithoutReset()
{
    // Given a window and another Gatehouse on one organisation,
    Gui gui;
    Elsewhere other;
    const QString opened = openNewOrganisation(m_dir, gui, &other);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    QAbstractItemModel *teamModel = gui.teams()->model();
    QAbstractItemModel *datastoreModel = gui.window->page(EntityKind::Datastore)->model();
    QSignalSpy teamResets(teamModel, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy datastoreResets(datastoreModel, &QAbstractItemModel::modelAboutToBeReset);
    QSignalSpy teamRowsChanged(teamModel, &QAbstractItemModel::dataChanged);
    QSignalSpy datastoresInserted(datastoreModel, &QAbstractItemModel::rowsInserted);
    const int datastoreRows = datastoreModel->rowCount();

    // when the other one renames a team and adds a datastore,
    Team team = someTeam(other.directory);
    const QString oldName = team.name;
    team.name = oldName + u" (live)"_s;
    QCOMPARE(other.commit(Command::updateTeam(team)), QString());
    Datastore datastore;
    datastore.name = u"Live Lake"_s;
    datastore.connection = u"Databricks"_s;
    QCOMPARE(other.commit(Command::createDatastore(datastore, {team.id})), QString());

    // then the window's tables show both soon, row by row, never reset.
    const qsizetype pos = gui.directory.teamPos(team.id);
    QTRY_COMPARE(gui.directory.teams().at(pos).name, team.name);
    QTRY_COMPARE(datastoreModel->rowCount(), datastoreRows + 1);
    const QModelIndex nameIndex = teamModel->index(int(pos), 0);
    QCOMPARE(teamModel->data(nameIndex).toString(), team.name);
    QVERIFY(!teamRowsChanged.isEmpty());
    QCOMPARE(datastoresInserted.count(), 1);
    QCOMPARE(teamResets.count(), 0);
    QCOMPARE(datastoreResets.count(), 0);
    // The Directory holds what the database holds.
    QTRY_COMPARE(gui.directory.snapshot(), other.directory.snapshot());
}

void tst_LiveRefresh::ownCommitIsAppliedOnce()
{
    Gui gui;
    const QString opened = openNewOrganisation(m_dir, gui);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    QSignalSpy teamsChanged(&gui.directory, &Directory::teamsChanged);
    QSignalSpy resets(&gui.directory, &Directory::aboutToReset);

    // When the window commits a change itself,
    Team team = someTeam(gui.directory);
    team.description = u"Changed here"_s;
    const Result<Plan> plan = gui.window->session()->plan(Command::updateTeam(team));
    QVERIFY(plan);
    bool done = false;
    gui.window->session()->execute(*plan, gui.window.get(), [&done](const Result<void> &result) {
        QVERIFY(result.ok());
        done = true;
    });
    QTRY_VERIFY(done);
    QCOMPARE(teamsChanged.count(), 1);
    // then hearing it back from the database changes nothing more.
    QFuture<Result<Id>> newest = gui.worker.lastChangeId();
    QTRY_VERIFY(newest.isFinished());
    QTRY_COMPARE(gui.live.lastSeenId(), *newest.result());
    QTest::qWait(3 * ChangeWatcher::SqlitePollMs);
    QCOMPARE(teamsChanged.count(), 1);
    QCOMPARE(resets.count(), 0);
}

void tst_LiveRefresh::staleCommitIsRefusedThenReapplied()
{
    // Given the team dialog open in the window,
    Gui gui;
    Elsewhere other;
    const QString opened = openNewOrganisation(m_dir, gui, &other);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    const Team original = someTeam(gui.directory);
    auto *dialog = qobject_cast<TeamDialog *>(gui.window->adminActions()->editTeam(original.id));
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // when another administrator changes the team's description, and before the window has
    // heard of it the dialog applies a new level,
    Team theirs = other.team(original.id);
    theirs.description = u"Their description"_s;
    QCOMPARE(other.commit(Command::updateTeam(theirs)), QString());
    const Level mine = otherLevel(original.permission);
    dialog->levelBox()->setCurrentIndex(dialog->levelBox()->findData(int(mine)));
    dialog->accept();

    // then the repository refuses it and says who changed the team and when,
    QTRY_VERIFY(dialog->conflictBox());
    QMessageBox *box = dialog->conflictBox();
    const QString expected = u"Team '%1' was changed by %2 at "_s.arg(original.name, other.subject);
    QVERIFY2(box->text().startsWith(expected), qPrintable(box->text()));
    QVERIFY(box->text().endsWith(u"; reload and apply your change again."_s));
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->reloadButton()->isVisible());
    // and Reload and Re-apply puts the level chosen here on top of their change,
    QPushButton *reapply = nullptr;
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::AcceptRole)
            reapply = qobject_cast<QPushButton *>(button);
    }
    QVERIFY(reapply);
    QCOMPARE(reapply->text().remove(u'&'), u"Reload and Re-apply"_s);
    reapply->click();
    QTRY_VERIFY(!dialog->reloadButton()->isVisible());
    QCOMPARE(dialog->descriptionField()->toPlainText(), theirs.description);
    QCOMPARE(Level(dialog->levelBox()->currentData().toInt()), mine);
    // which applies.
    QTRY_VERIFY(dialog->okButton()->isEnabled());
    QSignalSpy finished(dialog, &QDialog::finished);
    dialog->accept();
    QTRY_COMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
    const Team stored = gui.directory.teams().at(gui.directory.teamPos(original.id));
    QCOMPARE(stored.description, theirs.description);
    QCOMPARE(stored.permission, mine);
    QCOMPARE(stored.members, original.members);
    // Nothing was lost on either side: the other Gatehouse hears it too.
    QFuture<Result<Snapshot>> reloaded = other.worker.reload();
    reloaded.waitForFinished();
    const Result<Snapshot> reread = reloaded.result();
    QVERIFY(reread);
    const Snapshot &fresh = reread.value();
    const auto freshTeam = std::find_if(fresh.teams.cbegin(), fresh.teams.cend(),
                                        [&](const Team &team) { return team.id == original.id; });
    QVERIFY(freshTeam != fresh.teams.cend());
    QCOMPARE(freshTeam->description, theirs.description);
    QCOMPARE(freshTeam->permission, mine);
}

void tst_LiveRefresh::staleDialogOffersReloadAndReapply()
{
    // Given the team dialog open in the window,
    Gui gui;
    Elsewhere other;
    const QString opened = openNewOrganisation(m_dir, gui, &other);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    const Team original = someTeam(gui.directory);
    auto *dialog = qobject_cast<TeamDialog *>(gui.window->adminActions()->editTeam(original.id));
    QVERIFY(dialog);
    // when another administrator removes a member and the window hears of it,
    Team theirs = other.team(original.id);
    const Id removed = theirs.members.takeFirst();
    QCOMPARE(other.commit(Command::updateTeam(theirs)), QString());
    QTRY_VERIFY(!gui.directory.teams().at(gui.directory.teamPos(original.id)).members.contains(removed));
    // then an edit in the dialog cannot be applied over it, and says so with Reload and Re-apply;
    dialog->descriptionField()->setPlainText(u"Mine"_s);
    dialog->updatePreview();
    QVERIFY(!dialog->okButton()->isEnabled());
    QVERIFY(dialog->reloadButton()->isVisible());
    QVERIFY(dialog->preview()->hasError());
    QVERIFY2(dialog->preview()->summaryText().contains(u"was changed by someone else"_s),
             qPrintable(dialog->preview()->summaryText()));
    // after which the edit applies on top of their change: the member stays removed.
    dialog->reloadButton()->click();
    QTRY_VERIFY(dialog->okButton()->isEnabled());
    QVERIFY(!dialog->memberPicker()->selectedIds().contains(removed));
    QSignalSpy finished(dialog, &QDialog::finished);
    dialog->accept();
    QTRY_COMPARE(finished.count(), 1);
    const Team stored = gui.directory.teams().at(gui.directory.teamPos(original.id));
    QCOMPARE(stored.description, u"Mine"_s);
    QVERIFY(!stored.members.contains(removed));
}

void tst_LiveRefresh::importElsewhereReloads()
{
    Gui gui;
    const QString opened = openNewOrganisation(m_dir, gui);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    // When another process replaces the organisation,
    DemoOptions options = demoOptions();
    options.accounts = 77;
    options.seed = 5;
    {
        auto repository = openRepository(gui.url, OpenMode::ExistingOnly, Tester, u"Tester"_s);
        QVERIFY(repository);
        QVERIFY((*repository)->importSnapshot(generateDemo(options), Repository::ImportMode::Replace, Tester));
    }
    // then the window loads it.
    QTRY_COMPARE_WITH_TIMEOUT(gui.directory.accounts().size(), qsizetype(77), 10000);
    QTRY_VERIFY(!gui.window->isBusy());
}

void tst_LiveRefresh::slowWorkShowsBusyWithoutBlocking()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend == u"postgres")
        QSKIP("the busy indicator does not depend on the backend: run once");
    Gui gui;
    const QString opened = openNewOrganisation(m_dir, gui);
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    QTRY_VERIFY(!gui.worker.isBusy());
    QVERIFY(!gui.window->isWorking());
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(20);
    // While the database works on something that takes long,
    QSemaphore release;
    QFuture<Result<bool>> slow = gui.worker.run([&release](Repository &) {
        release.acquire();
        return Result<bool>(true);
    });
    // the window shows it is working, and its thread goes on (the timer keeps firing);
    QTRY_VERIFY(gui.window->isWorking());
    QCOMPARE(gui.window->cursor().shape(), Qt::BusyCursor);
    const int before = ticks;
    QTRY_VERIFY(ticks >= before + 10);
    QVERIFY(!slow.isFinished());
    // when it is done, the indicator goes.
    release.release();
    QTRY_VERIFY(slow.isFinished());
    QTRY_VERIFY(!gui.window->isWorking());
    QCOMPARE(gui.window->cursor().shape(), Qt::ArrowCursor);
}

void tst_LiveRefresh::serverDownShowsBannerReadOnlyThenRecovers()
{
    QFETCH_GLOBAL(QString, backend);
    if (backend == u"sqlite")
        QSKIP("a SQLite file has no server to lose");
    // Given a window on a PostgreSQL server of the test's own,
    TestPostgres::PrivateServer server;
    const QString started = server.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QVERIFY(ViewTest::createDemoDatabase(server.url(), demoOptions()).ok());
    Gui gui;
    QVERIFY(gui.open(server.url()));
    gui.window->setCurrentPage(EntityKind::Team);
    QAction *newTeam = gui.window->adminActions()->newTeamAction();
    QVERIFY(newTeam->isEnabled());
    QVERIFY(!gui.window->connectionBanner()->isVisible());
    int ticks = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&ticks] { ++ticks; });
    ticker.start(20);

    // when the server stops,
    const QString stopped = server.stop();
    QVERIFY2(stopped.isEmpty(), qPrintable(stopped));
    // then the banner says so, and changes are off,
    QTRY_VERIFY_WITH_TIMEOUT(gui.window->isDisconnected(), 15000);
    ConnectionBanner *banner = gui.window->connectionBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->text().startsWith(u"Disconnected from "_s), qPrintable(banner->text()));
    QVERIFY(banner->text().endsWith(u" — changes are off until it is back."_s));
    QVERIFY(banner->retryButton()->isVisible());
    QVERIFY(!newTeam->isEnabled());
    QCOMPARE(newTeam->toolTip(), u"The database cannot be reached: changes are off until it is back."_s);
    const Result<Plan> refused = gui.window->session()->plan(Command::deleteTeam(someTeam(gui.directory).id));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Denied);
    // while the window's thread goes on (Retry too: it never waits for the server);
    int before = ticks;
    QTRY_VERIFY(ticks >= before + 20);
    banner->retryButton()->click();
    before = ticks;
    QTRY_VERIFY(ticks >= before + 20);
    QTRY_VERIFY(banner->retryButton()->isEnabled());
    QVERIFY(gui.window->isDisconnected());

    // when the server is back and someone commits meanwhile,
    const QString again = server.start();
    QVERIFY2(again.isEmpty(), qPrintable(again));
    Team theirs;
    {
        auto repository = openRepository(server.url(), OpenMode::ExistingOnly, Tester, u"Tester"_s);
        QVERIFY(repository);
        const Result<Snapshot> now = (*repository)->load();
        QVERIFY(now);
        for (const Team &team : now->teams) {
            if (team.id == someTeam(gui.directory).id)
                theirs = team;
        }
        theirs.description = u"Written while the window was away"_s;
        const Result<Plan> plan = AdminService::plan(*now, Tester, Command::updateTeam(theirs));
        QVERIFY(plan);
        QVERIFY((*repository)->commit(plan->changes, Tester));
    }
    // then the window reconnects by itself: the banner goes, editing is back, and it shows
    // the change.
    QTRY_VERIFY_WITH_TIMEOUT(!gui.window->isDisconnected(), 40000);
    QVERIFY(!banner->isVisible());
    QTRY_VERIFY(newTeam->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(gui.directory.teams().at(gui.directory.teamPos(theirs.id)).description,
                              theirs.description, 20000);
}

QTEST_MAIN(tst_LiveRefresh)
#include "tst_liverefresh.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtestsupport.h"

#include "core/demogenerator.h"
#include "core/directory.h"
#include "models/comparemodel.h"
#include "models/matrixmodel.h"
#include "repository/databaseworker.h"
#include "repository/repositoryfactory.h"
#include "models/accessdiffmodel.h"
#include "views/changesdialog.h"
#include "views/comparedialog.h"
#include "views/explainpanel.h"
#include "views/adminsession.h"
#include "views/mainwindow.h"
#include "views/matrixpage.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {
const QString Tester = u"local|tester"_s;


// The first cell of the shown matrix whose level comes from teams, or an invalid index.
QModelIndex firstTeamCell(const MatrixModel *model)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column = 0; column < model->columnCount(); ++column) {
            const Explanation why = model->access().explain(model->accountPosAt(row), model->datastorePosAt(column));
            if (why.source == Explanation::Source::Teams && !why.lesserTeams.isEmpty())
                return model->index(row, column);
        }
    }
    return {};
}
} // namespace

class tst_MatrixPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void filterToTeamShowsItsMembers();
    void selectingCellExplainsIt();
    void throughTeamRestrictsTheRow();
    void compareShowsDifferences();
    void asOfShowsEarlierLevel();
    void paintTimeAtW50k();

private:
    QTemporaryDir m_dir;
    QString m_url;
    ViewTest::Window m_ui;
};

void tst_MatrixPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ViewTest::isolateSettings(m_dir, u"tst_matrixpage"_s);
    m_url = u"sqlite:"_s + m_dir.filePath(u"demo.gatehouse"_s);
    QVERIFY(ViewTest::createDemoDatabase(m_url, ViewTest::demoOptions(7, Tester)).ok());
}

void tst_MatrixPage::init()
{
    ViewTest::startCleanly();
    const Result<void> opened = ViewTest::openWindow(m_ui, m_url, Tester);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QTest::keyClick(m_ui.window.get(), Qt::Key_5, Qt::ControlModifier);
    QVERIFY(m_ui.window->matrixPage()->isVisible());
}

void tst_MatrixPage::cleanup()
{
    m_ui.close();
}

void tst_MatrixPage::filterToTeamShowsItsMembers()
{
    MatrixPage *page = m_ui.window->matrixPage();
    // Given the team with the most members
    const Team *team = nullptr;
    for (const Team &t : m_ui.directory->teams()) {
        if (!t.isPublic && (!team || t.members.size() > team->members.size()))
            team = &t;
    }
    QVERIFY(team && team->members.size() > 1);
    QVERIFY(page->model()->rowCount() > team->members.size());

    // When the user filters the rows to it
    page->accountTeamCombo()->setCurrentIndex(page->accountTeamCombo()->findData(team->id));

    // Then the rows are exactly its active members, and the legend counts that view.
    QList<Id> expected;
    for (Id id : team->members) {
        if (m_ui.directory->accounts().at(m_ui.directory->accountPos(id)).isActive())
            expected.append(id);
    }
    QTRY_COMPARE(page->model()->rowCount(), int(expected.size()));
    QList<Id> shown;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        shown.append(page->model()->headerData(row, Qt::Vertical, MatrixModel::AccountIdRole).toLongLong());
    QCOMPARE(shown, expected);
    QVERIFY2(page->legendLabel()->text().contains(u"%1 accounts"_s.arg(expected.size())),
             qPrintable(page->legendLabel()->text()));
}

void tst_MatrixPage::selectingCellExplainsIt()
{
    MatrixPage *page = m_ui.window->matrixPage();
    const QModelIndex cell = firstTeamCell(page->model());
    QVERIFY(cell.isValid());
    const Explanation why = page->model()->access().explain(page->model()->accountPosAt(cell.row()),
                                                            page->model()->datastorePosAt(cell.column()));

    page->view()->setCurrentIndex(cell);

    const QString text = page->explainPanel()->reasonLabel()->text();
    for (Id teamId : why.winningTeams) {
        const Team &team = m_ui.directory->teams().at(m_ui.directory->teamPos(teamId));
        QVERIFY2(text.contains(u"team:%1\">%2</a>"_s.arg(teamId).arg(team.name.toHtmlEscaped())), qPrintable(text));
        QVERIFY2(text.contains(u"Without %1 the level would be %2"_s.arg(team.name.toHtmlEscaped(),
                                                                          levelName(why.levelWithout(teamId)))),
                 qPrintable(text));
    }
    for (const auto &[teamId, level] : why.lesserTeams)
        QVERIFY(text.contains(u"team:%1\""_s.arg(teamId)));
    QVERIFY(page->explainPanel()->capabilityLabel()->text().contains(u"Create draft checks"_s));

    // Activating a winning team's link shows its row on the Teams page.
    QSignalSpy navigate(page->explainPanel(), &ExplainPanel::navigateRequested);
    Q_EMIT page->explainPanel()->reasonLabel()->linkActivated(u"team:%1"_s.arg(why.winningTeams.first()));
    QCOMPARE(navigate.size(), 1);
    QCOMPARE(m_ui.window->currentKind(), EntityKind::Team);
}

void tst_MatrixPage::throughTeamRestrictsTheRow()
{
    MatrixPage *page = m_ui.window->matrixPage();
    MatrixModel *model = page->model();
    // An active Admin seen through Public has exactly Public's datastores at Public's level.
    int row = -1;
    for (int r = 0; r < model->rowCount() && row < 0; ++r) {
        const Account &account = m_ui.directory->accounts().at(model->accountPosAt(r));
        if (account.role == Role::Admin && account.isActive())
            row = r;
    }
    QVERIFY(row >= 0);
    page->view()->setCurrentIndex(model->index(row, 0));
    QCOMPARE(model->index(row, 0).data(MatrixModel::LevelRole).toInt(), int(Level::Admin));
    const Team &everyone = m_ui.directory->teams().at(m_ui.directory->publicTeamPos());
    QComboBox *through = page->throughTeamCombo();
    QVERIFY(through->isEnabled());
    const int choice = through->findData(everyone.id);
    QVERIFY(choice > 0);

    through->setCurrentIndex(choice);
    Q_EMIT through->activated(choice);

    for (int column = 0; column < model->columnCount(); ++column) {
        const Id datastore = m_ui.directory->datastores().at(model->datastorePosAt(column)).id;
        const Level expected = everyone.datastores.contains(datastore) ? everyone.permission : Level::None;
        QCOMPARE(model->index(row, column).data(MatrixModel::LevelRole).toInt(), int(expected));
    }
}

void tst_MatrixPage::compareShowsDifferences()
{
    const AccessIndex &index = m_ui.directory->access();
    CompareDialog dialog(m_ui.directory->snapshot(), index, 3);
    dialog.setSides(3, 4, false);
    const std::vector<Level> left = index.row(3);
    const std::vector<Level> right = index.row(4);
    int differing = 0;
    for (size_t d = 0; d < left.size(); ++d)
        differing += left[d] != right[d] ? 1 : 0;
    QCOMPARE(dialog.model()->rowCount(), differing);
    for (const CompareModel::Row &row : dialog.model()->rows())
        QVERIFY(row.left != row.right);
}

void tst_MatrixPage::asOfShowsEarlierLevel()
{
    MatrixPage *page = m_ui.window->matrixPage();
    // Given a team whose level is raised to Editor after time t0
    qsizetype teamPos = -1;
    for (qsizetype t = 0; t < m_ui.directory->teams().size() && teamPos < 0; ++t) {
        const Team &team = m_ui.directory->teams().at(t);
        if (!team.isPublic && team.permission < Level::Author && !team.datastores.isEmpty() && !team.members.isEmpty())
            teamPos = t;
    }
    QVERIFY(teamPos >= 0);
    const Team before = m_ui.directory->teams().at(teamPos);
    // A member not Admin whose level on the first datastore comes from this team only.
    const qsizetype datastorePos = m_ui.directory->datastorePos(before.datastores.first());
    qsizetype accountPos = -1;
    for (Id id : before.members) {
        const qsizetype pos = m_ui.directory->accountPos(id);
        const Explanation why = m_ui.directory->access().explain(pos, datastorePos);
        if (why.source == Explanation::Source::Teams && why.level == before.permission)
            accountPos = pos;
    }
    QVERIFY(accountPos >= 0);
    const Level earlier = m_ui.directory->access().cell(accountPos, datastorePos);
    QThread::sleep(1);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    QThread::sleep(1);
    Team after = before;
    after.permission = Level::Editor;
    ChangeSet changes;
    changes.action = u"team.update"_s;
    changes.summary = u"Raised a team"_s;
    changes.teams.append({before, after});
    Result<CommitResult> committed = ViewTest::waitFor(m_ui.worker->commit(changes, Tester));
    QVERIFY2(committed.ok(), qPrintable(committed.ok() ? QString() : committed.error().message));
    m_ui.directory->apply(committed.value());
    QCOMPARE(m_ui.directory->access().cell(accountPos, datastorePos), Level::Editor);
    const int liveRow = page->model()->rowOfAccount(accountPos);
    const int liveColumn = page->model()->columnOfDatastore(datastorePos);
    QCOMPARE(page->model()->index(liveRow, liveColumn).data(MatrixModel::LevelRole).toInt(), int(Level::Editor));

    // When the user asks for the matrix as of t0
    QSignalSpy finished(page, &MatrixPage::asOfFinished);
    page->asOfEdit()->setDateTime(t0);
    page->showAsOf(t0);

    // Then the earlier level shows, read-only, under a banner
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().first().toString(), QString());
    QVERIFY(!page->isLive());
    QVERIFY(page->bannerLabel()->isVisible());
    QVERIFY(page->bannerLabel()->text().contains(u"read-only"_s));
    const int row = page->model()->rowOfAccount(accountPos);
    const int column = page->model()->columnOfDatastore(datastorePos);
    QVERIFY(row >= 0 && column >= 0);
    QCOMPARE(page->model()->index(row, column).data(MatrixModel::LevelRole).toInt(), int(earlier));

    // And "now" is live again.
    page->showAsOf({});
    QVERIFY(page->isLive());
    QCOMPARE(page->model()->index(liveRow, liveColumn).data(MatrixModel::LevelRole).toInt(), int(Level::Editor));

    // "Changes since t0" lists the raised cells and says so in a summary line.
    ChangesDialog dialog(m_ui.window->session()->backend());
    dialog.fromEdit()->setDateTime(t0);
    dialog.toEdit()->setDateTime(QDateTime::currentDateTimeUtc().addSecs(120));
    QSignalSpy done(&dialog, &ChangesDialog::finished);
    dialog.run();
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
    QCOMPARE(done.first().first().toString(), QString());
    QVERIFY(dialog.model()->rowCount() > 0);
    bool found = false;
    for (int r = 0; r < dialog.model()->rowCount() && !found; ++r) {
        found = dialog.model()->index(r, AccessDiffModel::AccountColumn).data().toString()
                    == m_ui.directory->accounts().at(accountPos).name
            && dialog.model()->index(r, AccessDiffModel::AfterColumn).data().toString() == u"Editor"_s;
    }
    QVERIFY(found);
    QVERIFY2(dialog.summaryLabel()->text().contains(u"Editor"_s), qPrintable(dialog.summaryLabel()->text()));
}

void tst_MatrixPage::paintTimeAtW50k()
{
    // Not an assertion on time: the numbers are logged to compare runs.
    QElapsedTimer timer;
    timer.start();
    DemoOptions options;
    options.accounts = 50000;
    options.teams = 1000;
    options.datastores = 5000;
    options.seed = 42;
    options.adminSubject = Tester;
    Directory directory;
    directory.load(generateDemo(options));
    const qint64 generated = timer.restart();
    MatrixPage page(&directory);
    page.resize(1600, 1000);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const qint64 opened = timer.restart();
    QTableView *view = page.view();
    view->viewport()->repaint();
    const qint64 firstPaint = timer.restart();
    QElapsedTimer each;
    qint64 worst = 0;
    const int screens = 20;
    for (int i = 0; i < screens; ++i) {
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->maximum() / screens * i);
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->maximum() / screens * i);
        each.start();
        view->viewport()->repaint();
        worst = std::max(worst, each.nsecsElapsed());
    }
    const qint64 scrolled = timer.restart();
    page.accountTeamCombo()->setCurrentIndex(5);
    page.applyFilters();
    const qint64 filtered = timer.elapsed();
    qInfo("W50k matrix: generate+load %lld ms, page opened (filters, legend) %lld ms, first paint %lld ms, "
          "%d screens painted in %lld ms (worst %.1f ms), filter to one team %lld ms; %d x %d cells shown",
          generated, opened, firstPaint, screens, scrolled, double(worst) / 1e6, filtered,
          page.model()->rowCount(), page.model()->columnCount());
    QCOMPARE(page.model()->columnCount(), 5000);
}

QTEST_MAIN(tst_MatrixPage)
#include "tst_matrixpage.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Pages nobody looks at do not work out their contents when an organisation arrives; they
// do so on being shown, and then show the same as if they had followed every change.
#include "viewtestsupport.h"

#include "core/directory.h"
#include "models/displaytext.h"
#include "models/findingsmodel.h"
#include "models/matrixmodel.h"
#include "repository/databaseworker.h"
#include "views/findingspage.h"
#include "views/mainwindow.h"
#include "views/matrixpage.h"

#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <array>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {
const QString Tester = u"local|tester"_s;

// The legend's words for the live organisation's active accounts × every datastore (the
// matrix's default view), counted cell by cell.
QStringList expectedLegend(const Directory &directory)
{
    std::array<qint64, 7> cells{};
    qint64 accounts = 0;
    const AccessIndex &access = directory.access();
    for (qsizetype a = 0; a < directory.accounts().size(); ++a) {
        if (!directory.accounts().at(a).isActive())
            continue;
        ++accounts;
        for (qsizetype d = 0; d < directory.datastores().size(); ++d)
            ++cells[size_t(access.cell(a, d))];
    }
    const QLocale locale;
    QStringList words{u"%1 accounts"_s.arg(locale.toString(accounts)),
                      u"%1 datastores"_s.arg(locale.toString(directory.datastores().size()))};
    for (Level level : {Level::Admin, Level::Editor, Level::Author, Level::Drafter, Level::Viewer, Level::Reporter})
        words.append(DisplayText::level(level).toHtmlEscaped() + u' ' + locale.toString(cells[size_t(level)]));
    words.append(u"no access %1"_s.arg(locale.toString(cells[size_t(Level::None)])));
    return words;
}

void verifyLegend(const QLabel *legend, const Directory &directory)
{
    const QString text = legend->text();
    for (const QString &word : expectedLegend(directory))
        QVERIFY2(text.contains(word), qPrintable(word + u" not in "_s + text));
}
} // namespace

class tst_DeferredPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void hiddenMatrixCountsWhenShown();
    void hiddenFindingsComputedWhenShown();
    void shownMatrixFollowsAtOnce();

private:
    QTemporaryDir m_dir;
    QString m_url;
    ViewTest::Window m_ui;
    Snapshot m_organisation;
};

void tst_DeferredPages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ViewTest::isolateSettings(m_dir, u"tst_deferredpages"_s);
    m_url = u"sqlite:"_s + m_dir.filePath(u"demo.gatehouse"_s);
    QVERIFY(ViewTest::createDemoDatabase(m_url, ViewTest::demoOptions(11, Tester)).ok());
}

// A shown window on an empty Directory; each test loads the organisation itself, as the
// application does when the database thread delivers it.
void tst_DeferredPages::init()
{
    ViewTest::startCleanly();
    m_ui.worker = std::make_unique<DatabaseWorker>();
    Result<Snapshot> loaded
        = ViewTest::waitFor(m_ui.worker->open(m_url, OpenMode::ExistingOnly, Tester, u"Tester"_s));
    QVERIFY(loaded.ok());
    m_organisation = std::move(loaded).value();
    m_ui.directory = std::make_unique<Directory>();
    m_ui.window = std::make_unique<MainWindow>(m_ui.directory.get());
    m_ui.window->setBackend(ViewTest::workerBackend(m_ui.worker.get()));
    m_ui.window->setActingSubject(Tester);
    m_ui.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_ui.window.get()));
}

void tst_DeferredPages::cleanup()
{
    m_ui.close();
}

void tst_DeferredPages::hiddenMatrixCountsWhenShown()
{
    // Given the matrix page hidden
    MatrixPage *page = m_ui.window->matrixPage();
    QVERIFY(!page->isVisible());
    const QString before = page->legendLabel()->text();

    // When an organisation arrives, the legend is not worked out
    m_ui.directory->load(m_organisation);
    QCOMPARE(page->legendLabel()->text(), before);

    // and showing the page shows the counts of the organisation loaded.
    m_ui.window->showMatrix();
    QVERIFY(page->isVisible());
    verifyLegend(page->legendLabel(), *m_ui.directory);
    qint64 active = 0;
    for (const Account &account : m_ui.directory->accounts())
        active += account.isActive() ? 1 : 0;
    QCOMPARE(page->model()->rowCount(), int(active));
    QCOMPARE(page->model()->columnCount(), int(m_ui.directory->datastores().size()));

    // Hidden again, a second load leaves it alone until it is shown once more.
    m_ui.window->showFindings();
    QVERIFY(!page->isVisible());
    const QString shown = page->legendLabel()->text();
    Snapshot fewer = m_organisation;
    for (Account &account : fewer.accounts) {
        if (account.isActive() && account.role != Role::Admin) {
            account.deactivated = QDateTime::currentDateTimeUtc();
            break;
        }
    }
    m_ui.directory->load(fewer);
    QCOMPARE(page->legendLabel()->text(), shown);
    m_ui.window->showMatrix();
    QCOMPARE(page->model()->rowCount(), int(active - 1));
    verifyLegend(page->legendLabel(), *m_ui.directory);
}

void tst_DeferredPages::hiddenFindingsComputedWhenShown()
{
    // Given the findings page hidden, an organisation arriving leaves its findings for later
    FindingsPage *page = m_ui.window->findingsPage();
    QVERIFY(!page->isVisible());
    m_ui.directory->load(m_organisation);
    QVERIFY(page->model()->isStale());

    // and showing the page lists each finding with its count, as computed from the Directory.
    m_ui.window->showFindings();
    QVERIFY(!page->model()->isStale());
    const QList<Finding> expected = computeFindings(m_ui.directory->snapshot(), m_ui.directory->access());
    QCOMPARE(page->model()->rowCount(), int(expected.size()));
    for (int row = 0; row < page->model()->rowCount(); ++row) {
        QCOMPARE(int(page->model()->finding(row).kind), int(expected.at(row).kind));
        QCOMPARE(page->model()->finding(row).items.size(), expected.at(row).items.size());
    }
}

void tst_DeferredPages::shownMatrixFollowsAtOnce()
{
    // Given the matrix page shown on an organisation
    m_ui.window->showMatrix();
    MatrixPage *page = m_ui.window->matrixPage();
    m_ui.directory->load(m_organisation);
    verifyLegend(page->legendLabel(), *m_ui.directory);

    // When another organisation arrives, the shown page counts it at once.
    Snapshot fewer = m_organisation;
    int deactivated = 0;
    for (Account &account : fewer.accounts) {
        if (account.isActive() && account.role != Role::Admin && deactivated < 3) {
            account.deactivated = QDateTime::currentDateTimeUtc();
            ++deactivated;
        }
    }
    QCOMPARE(deactivated, 3);
    const int rows = page->model()->rowCount();
    m_ui.directory->load(fewer);
    QCOMPARE(page->model()->rowCount(), rows - 3);
    verifyLegend(page->legendLabel(), *m_ui.directory);
}

QTEST_MAIN(tst_DeferredPages)
#include "tst_deferredpages.moc"

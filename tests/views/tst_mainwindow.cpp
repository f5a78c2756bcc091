// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demogenerator.h"
#include "core/directory.h"
#include "core/textfold.h"
#include "models/accounttablemodel.h"
#include "models/datastoretablemodel.h"
#include "models/fastfilterproxymodel.h"
#include "repository/databaseworker.h"
#include "repository/repositoryfactory.h"
#include "views/accountfilterbar.h"
#include "views/datastorefilterbar.h"
#include "views/detailspane.h"
#include "views/mainwindow.h"
#include "views/tablepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {
const QString Tester = u"local|tester"_s;
}

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void searchNarrowsAccounts_data();
    void searchNarrowsAccounts();
    void escapeClearsSearch();
    void roleFilter_data();
    void roleFilter();
    void deactivatedHiddenByDefault();
    void datastoreKindFilter();
    void selectingTeamFillsDetails();
    void activatingDetailsItemSelectsRow();
    void publicTeamShowsEveryone();
    void statusBarCounts();
    void settingsRestoreSort();
    void asyncOpenLoadsOrganisation();
    void asyncOpenReportsMissingDatabase();

private:
    // A window over a Directory loaded from the test database, shown and exposed.
    struct Fixture
    {
        Directory directory;
        std::unique_ptr<MainWindow> window;
    };
    std::unique_ptr<Fixture> makeWindow();
    static bool rowMatches(const Account &account, const QStringList &words);

    QTemporaryDir m_dir;
    QString m_url;
    Snapshot m_snapshot;
};

void tst_MainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"GatehouseTest"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));

    // Given an organisation file of 300 accounts, written through the real repository.
    m_url = u"sqlite:"_s + m_dir.filePath(u"demo.gatehouse"_s);
    DemoOptions options;
    options.accounts = 300;
    options.teams = 20;
    options.datastores = 60;
    options.seed = 7;
    options.adminSubject = Tester;
    auto repository = openRepository(m_url, OpenMode::CreateIfMissing, Tester, u"Tester"_s);
    QVERIFY2(repository.ok(), qPrintable(repository.ok() ? QString() : repository.error().message));
    const Result<void> imported = (*repository)->importSnapshot(generateDemo(options),
                                                              Repository::ImportMode::Replace, Tester);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    Result<Snapshot> loaded = (*repository)->load();
    QVERIFY(loaded.ok());
    m_snapshot = loaded.value();
    QCOMPARE(m_snapshot.accounts.size(), 300);
}

void tst_MainWindow::init()
{
    QSettings().clear();
    // The offscreen platform warns about size hints it cannot pass on; anything else fails.
    QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support propagateSizeHints).*"_s));
}

std::unique_ptr<tst_MainWindow::Fixture> tst_MainWindow::makeWindow()
{
    auto fixture = std::make_unique<Fixture>();
    fixture->directory.load(m_snapshot);
    fixture->window = std::make_unique<MainWindow>(&fixture->directory);
    fixture->window->setActingSubject(Tester);
    fixture->window->show();
    if (!QTest::qWaitForWindowExposed(fixture->window.get()))
        return {};
    return fixture;
}

bool tst_MainWindow::rowMatches(const Account &account, const QStringList &words)
{
    const QString key = searchKey(account.name) + u' ' + searchKey(account.email)
        + u' ' + searchKey(account.subject);
    return std::all_of(words.cbegin(), words.cend(), [&](const QString &w) { return key.contains(w); });
}

void tst_MainWindow::searchNarrowsAccounts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("expectRows");
    const Account &sample = m_snapshot.accounts.at(42);
    QTest::addRow("first name") << sample.name.section(u' ', 0, 0) << true;
    QTest::addRow("full name, other case") << sample.name.toUpper() << true;
    QTest::addRow("e-mail") << sample.email << true;
    QTest::addRow("two words") << sample.name.section(u' ', 1, 1) + u' ' + sample.name.left(2) << true;
    QTest::addRow("no match") << u"qqxzv"_s << false;
}

void tst_MainWindow::searchNarrowsAccounts()
{
    QFETCH(QString, text);
    QFETCH(bool, expectRows);
    auto f = makeWindow();
    QVERIFY(f);
    TablePage *page = f->window->page(EntityKind::Account);
    f->window->accountFilters()->showDeactivatedBox()->setChecked(true);
    FastFilterProxyModel *proxy = page->proxy();
    QCOMPARE(proxy->rowCount(), 300);

    // When the user types into the search field
    QTest::keyClicks(page->searchField(), text);

    // Then, after the debounce, only matching rows remain
    QTRY_VERIFY(proxy->rowCount() < 300);
    const QStringList words = searchKey(text).split(u' ', Qt::SkipEmptyParts);
    int expected = 0;
    for (const Account &account : m_snapshot.accounts)
        expected += rowMatches(account, words) ? 1 : 0;
    QCOMPARE(proxy->rowCount() > 0, expectRows);
    QCOMPARE(proxy->rowCount(), expected);
    for (int row = 0; row < proxy->rowCount(); ++row) {
        const Id id = proxy->index(row, 0).data(DirectoryTableModel::IdRole).toLongLong();
        const Account &account = f->directory.accounts().at(f->directory.accountPos(id));
        QVERIFY2(rowMatches(account, words), qPrintable(account.name));
    }
}

void tst_MainWindow::escapeClearsSearch()
{
    auto f = makeWindow();
    QVERIFY(f);
    TablePage *page = f->window->page(EntityKind::Account);
    const int all = page->proxy()->rowCount();
    QTest::keyClicks(page->searchField(), u"qqxzv"_s);
    QTRY_COMPARE(page->proxy()->rowCount(), 0);

    QTest::keyClick(page->searchField(), Qt::Key_Escape);

    QCOMPARE(page->searchField()->text(), QString());
    QCOMPARE(page->proxy()->rowCount(), all);
}

void tst_MainWindow::roleFilter_data()
{
    QTest::addColumn<int>("comboIndex");
    QTest::addColumn<Role>("role");
    QTest::addRow("Admin") << 1 << Role::Admin;
    QTest::addRow("Manager") << 2 << Role::Manager;
    QTest::addRow("Member") << 3 << Role::Member;
}

void tst_MainWindow::roleFilter()
{
    QFETCH(int, comboIndex);
    QFETCH(Role, role);
    auto f = makeWindow();
    QVERIFY(f);
    TablePage *page = f->window->page(EntityKind::Account);

    f->window->accountFilters()->roleCombo()->setCurrentIndex(comboIndex);

    int expected = 0;
    for (const Account &account : m_snapshot.accounts)
        expected += (account.role == role && account.isActive()) ? 1 : 0;
    QCOMPARE(page->proxy()->rowCount(), expected);
    for (int row = 0; row < page->proxy()->rowCount(); ++row) {
        const Id id = page->proxy()->index(row, 0).data(DirectoryTableModel::IdRole).toLongLong();
        QCOMPARE(f->directory.accounts().at(f->directory.accountPos(id)).role, role);
    }
}

void tst_MainWindow::deactivatedHiddenByDefault()
{
    auto f = makeWindow();
    QVERIFY(f);
    const auto inactive = std::count_if(m_snapshot.accounts.cbegin(), m_snapshot.accounts.cend(),
                                        [](const Account &a) { return !a.isActive(); });
    QVERIFY2(inactive > 0, "the demo should contain deactivated accounts");
    TablePage *page = f->window->page(EntityKind::Account);
    QCheckBox *show = f->window->accountFilters()->showDeactivatedBox();

    QVERIFY(!show->isChecked());
    QCOMPARE(page->proxy()->rowCount(), 300 - inactive);
    for (int row = 0; row < page->proxy()->rowCount(); ++row) {
        const Id id = page->proxy()->index(row, 0).data(DirectoryTableModel::IdRole).toLongLong();
        QVERIFY(f->directory.accounts().at(f->directory.accountPos(id)).isActive());
    }

    show->click();
    QCOMPARE(page->proxy()->rowCount(), 300);
}

void tst_MainWindow::datastoreKindFilter()
{
    auto f = makeWindow();
    QVERIFY(f);
    TablePage *page = f->window->page(EntityKind::Datastore);
    f->window->datastoreFilters()->kindCombo()->setCurrentIndex(2); // Enrichment
    const auto enrichment = std::count_if(m_snapshot.datastores.cbegin(), m_snapshot.datastores.cend(),
                                          [](const Datastore &d) { return d.kind == DatastoreKind::Enrichment; });
    QCOMPARE(page->proxy()->rowCount(), enrichment);
    QVERIFY(enrichment < m_snapshot.datastores.size());
}

void tst_MainWindow::selectingTeamFillsDetails()
{
    auto f = makeWindow();
    QVERIFY(f);
    const auto it = std::find_if(m_snapshot.teams.cbegin(), m_snapshot.teams.cend(), [](const Team &t) {
        return !t.isPublic && !t.members.isEmpty() && !t.datastores.isEmpty();
    });
    QVERIFY(it != m_snapshot.teams.cend());

    QTest::keyClick(f->window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(f->window->currentKind(), EntityKind::Team);
    QVERIFY(f->window->page(EntityKind::Team)->selectId(it->id));

    DetailsPane *details = f->window->detailsPane();
    QCOMPARE(details->titleLabel()->text(), it->name);
    QCOMPARE(details->firstList()->topLevelItemCount(), std::min<qsizetype>(it->members.size(), DetailsPane::MaxListedItems));
    QVERIFY2(details->firstCaption()->text().contains(QString::number(it->members.size())),
             qPrintable(details->firstCaption()->text()));
    QCOMPARE(details->secondList()->topLevelItemCount(), it->datastores.size());
    const qsizetype firstDatastore = f->directory.datastorePos(it->datastores.first());
    QCOMPARE(details->secondList()->topLevelItem(0)->text(0), f->directory.datastores().at(firstDatastore).name);
}

void tst_MainWindow::activatingDetailsItemSelectsRow()
{
    auto f = makeWindow();
    QVERIFY(f);
    const auto it = std::find_if(m_snapshot.teams.cbegin(), m_snapshot.teams.cend(), [](const Team &t) {
        return !t.isPublic && !t.members.isEmpty();
    });
    QVERIFY(it != m_snapshot.teams.cend());
    const Id member = it->members.first();
    // Given a search on the accounts page that hides the member
    TablePage *accounts = f->window->page(EntityKind::Account);
    QTest::keyClicks(accounts->searchField(), u"qqxzv"_s);
    QTRY_COMPARE(accounts->proxy()->rowCount(), 0);
    f->window->setCurrentPage(EntityKind::Team);
    QVERIFY(f->window->page(EntityKind::Team)->selectId(it->id));

    // When the member is activated (Enter) in the details pane
    QTreeWidget *members = f->window->detailsPane()->firstList();
    members->setFocus();
    members->setCurrentItem(members->topLevelItem(0));
    QTest::keyClick(members, Qt::Key_Return);

    // Then the accounts page shows, filters cleared, the member selected
    QCOMPARE(f->window->currentKind(), EntityKind::Account);
    QCOMPARE(accounts->searchField()->text(), QString());
    QCOMPARE(accounts->currentId(), member);
    QCOMPARE(f->window->detailsPane()->titleLabel()->text(),
             f->directory.accounts().at(f->directory.accountPos(member)).name);
}

void tst_MainWindow::publicTeamShowsEveryone()
{
    auto f = makeWindow();
    QVERIFY(f);
    const Team &publicTeam = m_snapshot.teams.at(m_snapshot.publicTeamIndex());
    f->window->setCurrentPage(EntityKind::Team);
    QVERIFY(f->window->page(EntityKind::Team)->selectId(publicTeam.id));
    QCOMPARE(f->window->detailsPane()->firstList()->topLevelItemCount(), 1);
    QCOMPARE(f->window->detailsPane()->firstList()->topLevelItem(0)->text(0), u"Everyone (300 accounts)"_s);
}

void tst_MainWindow::statusBarCounts()
{
    auto f = makeWindow();
    QVERIFY(f);
    TablePage *page = f->window->page(EntityKind::Account);
    f->window->accountFilters()->showDeactivatedBox()->setChecked(true);
    QCOMPARE(f->window->countText(), u"300 of 300 accounts"_s);
    QTest::keyClicks(page->searchField(), u"qqxzv"_s);
    QTRY_COMPARE(f->window->countText(), u"0 of 300 accounts"_s);
    f->window->setCurrentPage(EntityKind::Datastore);
    QCOMPARE(f->window->countText(), u"60 of 60 datastores"_s);
}

void tst_MainWindow::settingsRestoreSort()
{
    {
        auto f = makeWindow();
        QVERIFY(f);
        QTableView *view = f->window->page(EntityKind::Account)->view();
        view->horizontalHeader()->setSortIndicator(AccountTableModel::EmailColumn, Qt::DescendingOrder);
        f->window->datastoreFilters()->kindCombo()->setCurrentIndex(1);
        f->window->setCurrentPage(EntityKind::Datastore);
        f->window->close();
    }
    auto f = makeWindow();
    QVERIFY(f);
    FastFilterProxyModel *proxy = f->window->page(EntityKind::Account)->proxy();
    QCOMPARE(proxy->sortColumn(), int(AccountTableModel::EmailColumn));
    QCOMPARE(proxy->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(f->window->page(EntityKind::Account)->view()->horizontalHeader()->sortIndicatorSection(),
             int(AccountTableModel::EmailColumn));
    QCOMPARE(f->window->datastoreFilters()->kindCombo()->currentIndex(), 1);
    QCOMPARE(f->window->currentKind(), EntityKind::Datastore);
    // The first rows really are in descending e-mail order.
    const QString first = proxy->index(0, AccountTableModel::EmailColumn).data().toString();
    const QString second = proxy->index(1, AccountTableModel::EmailColumn).data().toString();
    QVERIFY2(first.compare(second, Qt::CaseInsensitive) >= 0, qPrintable(first + u" / " + second));
}

void tst_MainWindow::asyncOpenLoadsOrganisation()
{
    Directory directory;
    DatabaseWorker worker;
    MainWindow window(&directory);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy loaded(&window, &MainWindow::organisationLoaded);

    window.loadFrom(worker.open(m_url, OpenMode::ExistingOnly, Tester, u"Tester"_s),
                    u"Opening organisation…"_s);

    QVERIFY(window.isBusy());
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(!window.isBusy());
    QCOMPARE(window.page(EntityKind::Account)->proxy()->sourceRowCount(), 300);
    QCOMPARE(window.page(EntityKind::Datastore)->proxy()->rowCount(), 60);
}

void tst_MainWindow::asyncOpenReportsMissingDatabase()
{
    Directory directory;
    DatabaseWorker worker;
    MainWindow window(&directory);
    QSignalSpy failed(&window, &MainWindow::loadFailed);
    const QString missing = u"sqlite:"_s + m_dir.filePath(u"missing.gatehouse"_s);

    window.loadFrom(worker.open(missing, OpenMode::ExistingOnly, Tester, u"Tester"_s),
                    u"Opening organisation…"_s);

    QTRY_COMPARE(failed.size(), 1);
    QVERIFY(!window.isBusy());
    QVERIFY(!directory.isLoaded());
    QVERIFY(!QFile::exists(m_dir.filePath(u"missing.gatehouse"_s)));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"

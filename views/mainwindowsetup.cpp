// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, part two: the pages and the menus it is made of, built once by the
// constructor. What the window does with them is in mainwindow.cpp.
#include "views/mainwindow.h"

#include "core/directory.h"
#include "core/localidentity.h"
#include "models/accounttablemodel.h"
#include "models/datastoretablemodel.h"
#include "models/displaytext.h"
#include "models/fastfilterproxymodel.h"
#include "models/teamtablemodel.h"
#include "views/aboutdialog.h"
#include "views/iconset.h"
#include "views/preferencesdialog.h"
#include "views/shortcutsdialog.h"
#include "views/accountfilterbar.h"
#include "views/adminactions.h"
#include "views/adminsession.h"
#include "views/busypage.h"
#include "views/connectionbanner.h"
#include "views/datastorefilterbar.h"
#include "views/errordialog.h"
#include "views/exportactions.h"
#include "views/findingspage.h"
#include "views/lookupdialog.h"
#include "views/matrixpage.h"
#include "views/reviewpage.h"
#include "views/settingsdialog.h"
#include "views/signinpage.h"
#include "views/tokenspage.h"
#include "views/teamgridpage.h"
#include "views/historypage.h"
#include "views/myaccesspage.h"
#include "views/noaccesspage.h"
#include "views/tablepage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QScreen>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace Gatehouse {

void MainWindow::createPages()
{
    // The status text agrees with the total: "1 of 1 account", "12 of 50,000 accounts".
    m_accountFilters = new AccountFilterBar(m_directory);
    m_datastoreFilters = new DatastoreFilterBar(m_directory);
    auto *accountModel = new AccountTableModel(m_directory);
    accountModel->setTypeIcons(IconSet::icon(IconId::AccountHuman), IconSet::icon(IconId::AccountService));
    auto *accounts = new TablePage(u"accounts"_s, accountModel, m_accountFilters,
                                   tr("Search name or e-mail"), [](int shown, int total) {
                                       return tr("%1 of %Ln account(s)", nullptr, total).arg(QLocale().toString(shown));
                                   });
    accounts->setInitialColumnWidths({20, 33, 11, 9, 6, 12, 10, 12});
    auto *teams = new TablePage(u"teams"_s, new TeamTableModel(m_directory), nullptr,
                                tr("Search teams"), [](int shown, int total) {
                                    return tr("%1 of %Ln team(s)", nullptr, total).arg(QLocale().toString(shown));
                                });
    teams->setInitialColumnWidths({28, 40, 12, 10, 11, 14});
    auto *datastores = new TablePage(u"datastores"_s, new DatastoreTableModel(m_directory),
                                     m_datastoreFilters, tr("Search datastores"),
                                     [](int shown, int total) {
                                         return tr("%1 of %Ln datastore(s)", nullptr, total)
                                             .arg(QLocale().toString(shown));
                                     });
    datastores->setInitialColumnWidths({28, 11, 13, 40, 8, 12});
    m_pageList = {accounts, teams, datastores};
    m_history = new HistoryPage(m_directory);

    m_navigation = new QListWidget;
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setAccessibleDescription(tr("Choose the page the window shows"));
    const QIcon icons[] = {
        IconSet::icon(IconId::Accounts),
        IconSet::icon(IconId::Team),
        IconSet::icon(IconId::Datastore),
        IconSet::icon(IconId::History),
    };
    const QString names[] = {tr("Accounts"), tr("Teams"), tr("Datastores"), tr("History")};
    for (int i = 0; i < 4; ++i)
        new QListWidgetItem(icons[i], names[i], m_navigation);
    for (int i = 0; i < 3; ++i)
        m_pageList.at(i)->view()->setAccessibleName(names[i]);
    int navWidth = 0;
    for (const QString &name : names)
        navWidth = std::max(navWidth, fontMetrics().horizontalAdvance(name));
    m_navigation->setFixedWidth(navWidth + 22 + 40);

    m_pages = new QStackedWidget;
    for (TablePage *page : std::as_const(m_pageList))
        m_pages->addWidget(page);
    m_pages->addWidget(m_history);
    // Pages beside the tables: their row in the side list is their index in m_pages.
    m_findings = new FindingsPage(m_directory);
    m_teamGrid = new TeamGridPage(m_session);
    new QListWidgetItem(IconSet::icon(IconId::Findings), tr("Findings"), m_navigation);
    m_pages->addWidget(m_findings);
    new QListWidgetItem(IconSet::icon(IconId::TeamGrid), tr("Team grid"), m_navigation);
    m_pages->addWidget(m_teamGrid);
    connect(m_findings, &FindingsPage::navigateRequested, this, &MainWindow::navigateTo);
    m_matrix = new MatrixPage(m_directory);
    new QListWidgetItem(IconSet::icon(IconId::Matrix), tr("Matrix"), m_navigation);
    m_pages->addWidget(m_matrix);
    connect(m_matrix, &MatrixPage::navigateRequested, this, &MainWindow::navigateTo);
    m_reviews = new ReviewPage(m_session);
    new QListWidgetItem(IconSet::icon(IconId::Reviews), tr("Reviews"), m_navigation);
    m_pages->addWidget(m_reviews);
    m_tokens = new TokensPage(m_session);
    new QListWidgetItem(IconSet::icon(IconId::Token), tr("Tokens"), m_navigation);
    m_pages->addWidget(m_tokens);
    // Reverse lookups from the Accounts and Datastores tables (context menu, Ctrl+L).
    for (EntityKind kind : {EntityKind::Account, EntityKind::Datastore}) {
        TablePage *tablePage = page(kind);
        auto *lookup = new QAction(kind == EntityKind::Account ? tr("What Can This Account &Reach…")
                                                               : tr("Who &Reaches This…"),
                                   tablePage->view());
        lookup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
        lookup->setShortcutContext(Qt::WidgetShortcut);
        tablePage->view()->addAction(lookup);
        connect(lookup, &QAction::triggered, this, [this, tablePage, kind] { showLookup(kind, tablePage->currentId()); });
    }
    m_details = new DetailsPane(m_directory);
    m_splitter = new QSplitter(Qt::Horizontal);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_pages);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({920, 520});

    m_workspace = new QWidget;
    auto *layout = new QHBoxLayout(m_workspace);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_splitter, 1);

    m_busy = new BusyPage;
    m_myAccess = new MyAccessPage(m_directory);
    m_noAccess = new NoAccessPage;
    m_memberTokens = new TokensPage(m_session);
    m_memberArea = new QTabWidget;
    m_memberArea->setDocumentMode(true);
    m_memberArea->addTab(m_myAccess, tr("My &access"));
    m_memberArea->addTab(m_memberTokens, tr("My &tokens"));
    m_signIn = new SignInPage;
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_workspace);
    m_central->addWidget(m_busy);
    m_central->addWidget(m_memberArea);
    m_central->addWidget(m_noAccess);
    m_central->addWidget(m_signIn);
    for (TokensPage *tokens : {m_tokens, m_memberTokens}) {
        connect(tokens, &TokensPage::changed, this, [this](const QString &summary) {
            statusBar()->showMessage(summary, 5000);
            m_historyStale = true;
        });
    }
    // The connection banner over whatever the window shows.
    m_banner = new ConnectionBanner;
    connect(m_banner, &ConnectionBanner::retryRequested, this, &MainWindow::retryConnectionRequested);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_central, 1);
    setCentralWidget(central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        const bool history = isHistoryShown();
        // The history page has its own details (before → after); findings and the grid
        // link to the tables instead.
        m_details->setVisible(isTablePageShown());
        if (history) {
            if (m_historyStale) {
                m_historyStale = false;
                m_history->refresh();
            }
        } else if (isTablePageShown()) {
            m_details->showEntity(EntityKind(row), currentPage()->currentId());
        }
        updateStatus();
        if (m_actions)
            m_actions->update();
    });
    for (int i = 0; i < m_pageList.size(); ++i) {
        TablePage *page = m_pageList.at(i);
        connect(page, &TablePage::currentChanged, this, [this, page, i](qint64 id) {
            if (page == currentPage())
                m_details->showEntity(EntityKind(i), id);
        });
        connect(page, &TablePage::countChanged, this, &MainWindow::updateStatus);
    }
    connect(m_details, &DetailsPane::navigateRequested, this, &MainWindow::navigateTo);
    connect(m_details, &DetailsPane::lookupRequested, this, &MainWindow::showLookup);
    m_navigation->setCurrentRow(0);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(IconSet::icon(IconId::Open), tr("&Open database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    QAction *connectAction = file->addAction(IconSet::icon(IconId::Connect), tr("&Connect to Database…"), this,
                                             &MainWindow::connectToDatabase);
    connectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_recentMenu = file->addMenu(tr("&Recent Databases"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu();
    m_importAction = file->addAction(IconSet::icon(IconId::Import), tr("&Import organisation…"), this,
                                     [this] { importOrganisationFile(true); });
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    m_export = new ExportActions(m_directory, this);
    m_export->setRequestProvider([this] {
        // The matrix reports its filtered view; other pages the whole organisation.
        if (m_pages->currentWidget() == m_matrix)
            return m_matrix->reportRequest();
        ReportRequest request;
        if (m_pages->currentWidget() == m_findings)
            request.scope = ReportRequest::Scope::Findings;
        return request;
    });
    m_export->setOrganisationProvider([this] {
        return m_pages->currentWidget() == m_matrix ? matrixOrganisation() : ExportActions::Organisation();
    });
    connect(m_matrix, &MatrixPage::exportRequested, this,
            [this](const ReportRequest &request) { m_export->exportReport(request, matrixOrganisation()); });
    connect(m_export, &ExportActions::exported, this,
            [this](const QString &path) { statusBar()->showMessage(tr("Exported %1").arg(path), 5000); });
    file->addAction(m_export->exportAction());
    file->addAction(m_export->printAction());
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_actions->fillEditMenu(m_editMenu);
    m_editMenu->addSeparator();
    QAction *preferences = m_editMenu->addAction(IconSet::icon(IconId::Settings), tr("Pre&ferences…"), this,
                                                 &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    const QString names[] = {tr("&Accounts"), tr("&Teams"), tr("&Datastores")};
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3};
    for (int i = 0; i < 3; ++i) {
        QAction *action = view->addAction(names[i], this, [this, i] { setCurrentPage(EntityKind(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | keys[i]));
    }
    QAction *history = view->addAction(IconSet::icon(IconId::History), tr("&History"), this, [this] { showHistory(); });
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    view->addAction(IconSet::icon(IconId::Matrix), tr("&Matrix"), this, &MainWindow::showMatrix)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    view->addAction(IconSet::icon(IconId::Token), tr("T&okens"), this, &MainWindow::showTokens)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    view->addAction(IconSet::icon(IconId::Findings), tr("F&indings"), this, &MainWindow::showFindings)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    view->addAction(IconSet::icon(IconId::TeamGrid), tr("Team &Grid"), this, &MainWindow::showTeamGrid)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_8));
    view->addAction(IconSet::icon(IconId::Reviews), tr("&Reviews"), this, &MainWindow::showReviews)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    view->addSeparator();
    QAction *find = view->addAction(IconSet::icon(IconId::Search), tr("&Find"), this, &MainWindow::focusSearch);
    find->setShortcut(QKeySequence::Find);

    m_undoView = new QUndoView(m_session->undoStack());
    m_undoView->setEmptyLabel(tr("<opened organisation>"));
    m_undoView->setAccessibleName(tr("Undo history"));
    m_undoDock = new QDockWidget(tr("Undo History"), this);
    m_undoDock->setObjectName(u"undoHistory"_s);
    m_undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();
    view->addSeparator();
    QAction *undoHistory = m_undoDock->toggleViewAction();
    undoHistory->setText(tr("&Undo History"));
    view->addAction(undoHistory);

    m_organisationMenu = menuBar()->addMenu(tr("&Organisation"));
    m_settingsAction = m_organisationMenu->addAction(IconSet::icon(IconId::Settings), tr("&Settings…"), this,
                                                     &MainWindow::showSettings);
    m_settingsAction->setMenuRole(QAction::NoRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts)
        ->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Question), QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    help->addSeparator();
    help->addAction(IconSet::icon(IconId::Info), tr("&About Gatehouse"), this, &MainWindow::showAbout)
        ->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

} // namespace Gatehouse

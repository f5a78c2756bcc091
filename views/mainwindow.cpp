// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/mainwindow.h"

#include "core/directory.h"
#include "core/localidentity.h"
#include "core/orgfile.h"
#include "models/accounttablemodel.h"
#include "models/datastoretablemodel.h"
#include "models/displaytext.h"
#include "models/fastfilterproxymodel.h"
#include "models/teamtablemodel.h"
#include "views/aboutdialog.h"
#include "views/iconset.h"
#include "views/preferencesdialog.h"
#include "views/progresstask.h"
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
#include <QtConcurrent/QtConcurrentRun>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QFileDialog>
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
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace Gatehouse {

MainWindow::MainWindow(Directory *directory, QWidget *parent)
    : QMainWindow(parent), m_directory(directory), m_actingSubject(localSubject())
{
    setWindowTitle(tr("Gatehouse"));
    m_countLabel = new QLabel(this);
    m_locationLabel = new QLabel(this);
    m_actingLabel = new QLabel(this);
    for (QLabel *label : {m_countLabel, m_locationLabel, m_actingLabel})
        label->setContentsMargins(6, 0, 6, 0);
    statusBar()->addWidget(m_countLabel, 1);
    statusBar()->addPermanentWidget(m_locationLabel);
    statusBar()->addPermanentWidget(m_actingLabel);
    m_workingBar = new QProgressBar(this);
    m_workingBar->setRange(0, 0);
    m_workingBar->setTextVisible(false);
    m_workingBar->setMaximumWidth(fontMetrics().averageCharWidth() * 16);
    m_workingBar->setMaximumHeight(fontMetrics().height());
    m_workingBar->setAccessibleName(tr("Working on the database"));
    m_workingBar->hide();
    statusBar()->addPermanentWidget(m_workingBar);
    m_workingTimer = new QTimer(this);
    m_workingTimer->setSingleShot(true);
    m_workingTimer->setInterval(WorkingDelayMs);
    connect(m_workingTimer, &QTimer::timeout, this, [this] {
        m_working = true;
        m_workingBar->show();
        setCursor(Qt::BusyCursor);
    });

    m_session = new AdminSession(m_directory, this);
    m_session->setActingSubject(m_actingSubject);
    createPages();
    m_actions = new AdminActions(this, m_session);
    for (TablePage *page : std::as_const(m_pageList)) {
        m_actions->attachTo(page->view());
        connect(page, &TablePage::currentChanged, m_actions, &AdminActions::update);
    }
    createMenus();

    connect(m_directory, &Directory::accessChanged, this, &MainWindow::updateActing);
    connect(m_directory, &Directory::accessChanged, this, &MainWindow::updateStatus);
    connect(m_directory, &Directory::accessChanged, this, &MainWindow::updateMode);
    connect(m_session, &AdminSession::committed, this, [this](const QString &summary) {
        statusBar()->showMessage(summary, 5000);
        m_details->refresh();
        m_historyStale = true;
        if (isHistoryShown())
            showHistory(-1);
    });
    connect(m_session, &AdminSession::busyChanged, this, [this](bool busy) {
        m_undoView->setEnabled(!busy);
    });
    connect(m_session, &AdminSession::undoRefused, this, [this](const QString &text, const Error &error) {
        auto *box = new QMessageBox(QMessageBox::Warning, text,
                                    tr("%1 was not done: %2").arg(text, error.message),
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });

    // First start: most of the screen; later starts restore the user's geometry.
    const QSize available = screen() ? screen()->availableSize() : QSize(1600, 1000);
    resize(std::min(1600, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10));
    restoreSettings();
    updateStatus();
    updateActing();
    updateMode();
}

MainWindow::~MainWindow()
{
    // Before the session's undo stack, whose clear() on destruction would reach them.
    delete std::exchange(m_actions, nullptr);
}

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

TablePage *MainWindow::page(EntityKind kind) const
{
    return m_pageList.at(int(kind));
}

TablePage *MainWindow::currentPage() const
{
    return isTablePageShown() ? m_pageList.at(m_pages->currentIndex()) : m_pageList.at(int(EntityKind::Team));
}

EntityKind MainWindow::currentKind() const
{
    return isTablePageShown() ? EntityKind(m_pages->currentIndex()) : EntityKind::Team;
}

bool MainWindow::isTablePageShown() const
{
    return m_pages->currentIndex() >= 0 && m_pages->currentIndex() < m_pageList.size();
}

void MainWindow::showFindings()
{
    m_navigation->setCurrentRow(m_pages->indexOf(m_findings));
}

void MainWindow::showMatrix()
{
    m_navigation->setCurrentRow(m_pages->indexOf(m_matrix));
}

void MainWindow::showTeamGrid()
{
    m_navigation->setCurrentRow(m_pages->indexOf(m_teamGrid));
}

void MainWindow::showReviews()
{
    m_navigation->setCurrentRow(m_pages->indexOf(m_reviews));
}

QStringList MainWindow::pageNames()
{
    return {u"accounts"_s, u"teams"_s, u"datastores"_s, u"history"_s,
            u"matrix"_s, u"findings"_s, u"reviews"_s, u"grid"_s, u"tokens"_s};
}

TokensPage *MainWindow::tokensPage() const
{
    return mode() == Mode::MyAccess ? m_memberTokens : m_tokens;
}

void MainWindow::showTokens()
{
    if (mode() == Mode::MyAccess)
        m_memberArea->setCurrentWidget(m_memberTokens);
    else
        m_navigation->setCurrentRow(m_pages->indexOf(m_tokens));
}

void MainWindow::noteTokensChanged()
{
    for (TokensPage *tokens : {m_tokens, m_memberTokens}) {
        if (tokens->isVisible())
            tokens->refresh();
    }
}

SettingsDialog *MainWindow::showSettings()
{
    const QString refusal = isSignInShown() ? tr("Sign in first.") : SettingsDialog::refusal(m_session);
    if (!refusal.isEmpty()) {
        statusBar()->showMessage(refusal, 5000);
        return nullptr;
    }
    auto *dialog = new SettingsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &SettingsDialog::saved, this, [this](bool enabled) {
        m_historyStale = true;
        statusBar()->showMessage(enabled ? tr("Settings saved: from the next start, everyone signs in by SSO.")
                                         : tr("Settings saved: SSO is off."),
                                 8000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::requireSignIn(const QString &issuer)
{
    m_signInState = SignInState::Required;
    m_signIn->setIssuer(issuer);
    updateMode();
    updateStatus();
    updateActing();
}

void MainWindow::refuseSignIn(const QString &sentence)
{
    m_signInState = SignInState::Refused;
    m_noAccess->setMessage(sentence);
    updateMode();
    updateStatus();
    updateActing();
}

void MainWindow::clearSignIn()
{
    m_signInState = SignInState::None;
    updateMode();
    updateStatus();
    updateActing();
}

bool MainWindow::showPage(const QString &name)
{
    if (name == u"accounts")
        setCurrentPage(EntityKind::Account);
    else if (name == u"teams")
        setCurrentPage(EntityKind::Team);
    else if (name == u"datastores")
        setCurrentPage(EntityKind::Datastore);
    else if (name == u"history")
        showHistory();
    else if (name == u"matrix")
        showMatrix();
    else if (name == u"findings")
        showFindings();
    else if (name == u"reviews")
        showReviews();
    else if (name == u"grid")
        showTeamGrid();
    else if (name == u"tokens")
        showTokens();
    else
        return false;
    return true;
}

QWidget *MainWindow::searchField() const
{
    QWidget *current = m_pages->currentWidget();
    if (current == m_history)
        return m_history->textField();
    if (current == m_matrix)
        return m_matrix->accountSearch();
    if (current == m_teamGrid)
        return m_teamGrid->teamFilter();
    // Findings and Reviews have no search field: their list takes the keys (type to find).
    if (current == m_findings)
        return m_findings->findingsView();
    if (current == m_reviews)
        return m_reviews->table();
    if (current == m_tokens)
        return m_tokens->searchField();
    return currentPage()->searchField();
}

void MainWindow::focusSearch()
{
    QWidget *field = searchField();
    field->setFocus(Qt::ShortcutFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
}

ExportActions::Organisation MainWindow::matrixOrganisation() const
{
    if (m_matrix->isLive())
        return {};
    return {m_matrix->pastSnapshot(), m_matrix->pastIndex()};
}

QDialog *MainWindow::showLookup(EntityKind kind, Id id)
{
    const bool datastore = kind == EntityKind::Datastore;
    if ((!datastore && kind != EntityKind::Account)
        || (datastore ? m_directory->datastorePos(id) : m_directory->accountPos(id)) < 0)
        return nullptr;
    auto *dialog = new LookupDialog(m_directory, datastore ? ReachModel::Subject::Datastore : ReachModel::Subject::Account,
                                    id, this);
    connect(dialog, &LookupDialog::navigateRequested, this, &MainWindow::navigateTo);
    dialog->show();
    return dialog;
}

bool MainWindow::isHistoryShown() const
{
    return m_pages->currentWidget() == m_history;
}

void MainWindow::showHistory(Id teamId)
{
    m_historyStale = false;
    if (!isHistoryShown())
        m_navigation->setCurrentRow(m_pages->indexOf(m_history));
    // -1: keep the filters (a refresh after a commit).
    if (teamId >= 0)
        m_history->showTeam(teamId);
    else
        m_history->refresh();
}

MainWindow::Mode MainWindow::mode() const
{
    QWidget *current = m_central->currentWidget();
    if (current == m_busy)
        return Mode::Busy;
    if (current == m_memberArea)
        return Mode::MyAccess;
    if (current == m_noAccess)
        return Mode::NoAccess;
    if (current == m_signIn)
        return Mode::SignIn;
    return Mode::Workspace;
}

void MainWindow::setBackend(AdminBackend backend)
{
    m_session->setBackend(backend);
    m_matrix->setBackend(backend);
    m_history->setBackend(std::move(backend));
    m_historyStale = true;
}

void MainWindow::setCurrentPage(EntityKind kind)
{
    m_navigation->setCurrentRow(int(kind));
}

QString MainWindow::countText() const
{
    return currentPage()->countText();
}

void MainWindow::setDatabaseLocation(const QString &location)
{
    m_locationLabel->setText(location);
    m_export->setDatabaseLabel(location);
    m_locationLabel->setToolTip(location);
    if (!location.isEmpty())
        RecentDatabases::add(location);
    setWindowTitle(location.isEmpty() ? tr("Gatehouse") : tr("%1 — Gatehouse").arg(location));
}

void MainWindow::setActingSubject(const QString &subject)
{
    m_actingSubject = subject;
    m_session->setActingSubject(subject);
    updateActing();
    updateMode();
}

bool MainWindow::isBusy() const
{
    return m_central->currentWidget() == m_busy;
}

void MainWindow::setBusy(const QString &message)
{
    m_busy->setMessage(message);
    m_central->setCurrentWidget(m_busy);
    statusBar()->showMessage(message);
}

void MainWindow::setIdle()
{
    m_central->setCurrentWidget(m_workspace);
    statusBar()->clearMessage();
    updateMode();
}

void MainWindow::updateMode()
{
    if (isBusy())
        return;
    const Capabilities caps = m_session->capabilities();
    QWidget *target = m_workspace;
    bool organisation = true;
    if (m_signInState != SignInState::None) {
        // Nobody has signed in (or the sign-in was refused): nothing of the organisation.
        target = m_signInState == SignInState::Required ? static_cast<QWidget *>(m_signIn) : m_noAccess;
        organisation = false;
    } else if (m_directory->isLoaded()) {
        if (!caps.hasAccount || !caps.active) {
            m_noAccess->setSubject(m_actingSubject, caps.hasAccount);
            target = m_noAccess;
            organisation = false;
        } else if (!caps.allowed(Capabilities::Action::ViewOrganisation)) {
            m_myAccess->showAccount(m_directory->accounts().at(m_directory->accountPosBySubject(m_actingSubject)).id);
            target = m_memberArea;
            organisation = false;
        }
    }
    m_central->setCurrentWidget(target);
    // Replacing the whole organisation is an Admin's decision (or the first thing done with
    // a new, empty one).
    if (m_importAction) {
        const bool mayImport = !m_importing && m_signInState == SignInState::None
            && ((caps.allowed(Capabilities::Action::EditTeams) && caps.allowed(Capabilities::Action::EditAccounts))
                || m_directory->snapshot().isBootstrapOnly());
        m_importAction->setEnabled(mayImport);
        m_importAction->setToolTip(mayImport ? QString() : tr("Only Admins can replace the organisation."));
    }
    // Nothing of the organisation is reachable from the menus either.
    if (m_editMenu) {
        m_editMenu->menuAction()->setVisible(organisation);
        m_viewMenu->menuAction()->setVisible(organisation);
        for (QAction *action : m_editMenu->actions())
            action->setVisible(organisation || action->isSeparator());
        for (QAction *action : m_viewMenu->actions())
            action->setEnabled(organisation);
    }
    if (m_organisationMenu) {
        m_organisationMenu->menuAction()->setVisible(organisation);
        const QString refusal = organisation ? SettingsDialog::refusal(m_session) : QString();
        m_settingsAction->setEnabled(organisation && refusal.isEmpty());
        m_settingsAction->setToolTip(refusal.isEmpty() ? tr("Single sign-on for the organisation") : refusal);
        m_organisationMenu->setToolTipsVisible(true);
    }
    for (TokensPage *tokens : {m_tokens, m_memberTokens})
        tokens->updateActions();
    if (!organisation)
        m_undoDock->hide();
    m_actions->update();
    m_teamGrid->updateActions();
}

namespace {

// An organisation on its way to the window with everything computed per account: the
// Directory's index and lookups, the accounts table's keys and name order. Behind a
// shared_ptr because a QFuture's result must be copyable.
struct Arrival
{
    Directory::Prepared organisation;
    AccountTableModel::PreparedKeys accountKeys;
};

// Runs on a worker thread. The accounts' keys are folded on a second one meanwhile; they
// fit when normalizing left the accounts list as it was (it comes in id order), else the
// model folds them again at the reset.
std::shared_ptr<Arrival> prepareArrival(Snapshot snapshot)
{
    auto arrival = std::make_shared<Arrival>();
    const QList<Account> accounts = snapshot.accounts;
    QFuture<AccountTableModel::PreparedKeys> keys =
        QtConcurrent::run([&accounts] { return AccountTableModel::prepareKeys(accounts); });
    arrival->organisation = Directory::prepare(std::move(snapshot));
    arrival->accountKeys = keys.takeResult();
    return arrival;
}

} // namespace

void MainWindow::loadFrom(QFuture<Result<Snapshot>> future, const QString &busyMessage)
{
    const int generation = ++m_loadGeneration;
    setBusy(busyMessage);
    // At a million accounts the per-account work takes seconds: it runs on a worker, and
    // this thread only swaps the result in (the busy page keeps moving meanwhile). Qt 6.4
    // crashes when a continuation on another thread, or one taking the QFuture itself,
    // follows a cancelled future: hence a plain continuation here that starts the worker.
    future
        .then(this,
              [](Result<Snapshot> result) {
                  return QtConcurrent::run([result = std::move(result)]() mutable -> Result<std::shared_ptr<Arrival>> {
                      if (!result.ok())
                          return result.error();
                      return prepareArrival(std::move(result).value());
                  });
              })
        .unwrap()
        .then(this, [this, generation](Result<std::shared_ptr<Arrival>> result) {
            if (generation != m_loadGeneration)
                return;
            if (!result.ok()) {
                setIdle();
                Q_EMIT loadFailed(result.error());
                return;
            }
            // Another organisation (or a new import): the old changes cannot be undone here.
            m_session->clearHistory();
            m_historyStale = true;
            Arrival &arrival = *result.value();
            TablePage *accountsPage = page(EntityKind::Account);
            auto *accounts = qobject_cast<AccountTableModel *>(accountsPage->model());
            // The name order holds only with the keys it came from.
            if (accounts && arrival.accountKeys.fits(arrival.organisation.snapshot.accounts)) {
                accountsPage->proxy()->setPreparedOrder(AccountTableModel::NameColumn,
                                                        arrival.accountKeys.takeNameOrder());
                accounts->setPreparedKeys(std::move(arrival.accountKeys));
            }
            m_directory->load(arrival.organisation);
            // The organisation shown before: as big as the new one, freed elsewhere.
            auto *previous = new Directory::Prepared(std::move(arrival.organisation));
            QThreadPool::globalInstance()->start([previous] { delete previous; });
            setIdle();
            Q_EMIT organisationLoaded();
        });
}

bool MainWindow::isDisconnected() const
{
    return m_banner->isDisconnected();
}

void MainWindow::setDatabaseBusy(bool busy)
{
    if (busy) {
        if (!m_working && !m_workingTimer->isActive())
            m_workingTimer->start();
        return;
    }
    m_workingTimer->stop();
    if (std::exchange(m_working, false)) {
        m_workingBar->hide();
        unsetCursor();
    }
}

void MainWindow::setDisconnected(const Error &error)
{
    m_banner->showDisconnected(m_locationLabel->text(), error);
    m_session->setSuspended(tr("The database cannot be reached: changes are off until it is back."));
    updateMode();
}

void MainWindow::setRetryIn(int ms)
{
    m_banner->setRetryIn(ms);
}

void MainWindow::setReconnecting()
{
    m_banner->setReconnecting();
}

void MainWindow::setReconnected()
{
    if (!m_banner->isDisconnected())
        return;
    m_banner->hideBanner();
    m_session->setSuspended(QString());
    updateMode();
    statusBar()->showMessage(tr("Connected to %1 again.").arg(m_locationLabel->text()), 5000);
}

void MainWindow::noteRemoteChanges(bool reviewsChanged)
{
    m_details->refresh();
    m_historyStale = true;
    if (isHistoryShown())
        showHistory(-1);
    if (reviewsChanged && m_pages->currentWidget() == m_reviews)
        m_reviews->refresh();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    settings.setValue(u"page"_s, isHistoryShown() ? 0 : m_pages->currentIndex());
    settings.endGroup();
    settings.beginGroup(u"Pages"_s);
    for (const TablePage *page : m_pageList)
        page->saveSettings(settings);
    settings.endGroup();
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    restoreGeometry(settings.value(u"geometry"_s).toByteArray());
    restoreState(settings.value(u"state"_s).toByteArray());
    const QByteArray splitter = settings.value(u"splitter"_s).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    const int pageIndex = settings.value(u"page"_s, 0).toInt();
    settings.endGroup();
    settings.beginGroup(u"Pages"_s);
    for (TablePage *page : std::as_const(m_pageList))
        page->restoreSettings(settings);
    settings.endGroup();
    if (pageIndex >= 0 && pageIndex < m_pageList.size())
        setCurrentPage(EntityKind(pageIndex));
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), QString(),
        tr("Gatehouse databases (*.gatehouse);;All files (*)"));
    if (!path.isEmpty())
        Q_EMIT openDatabaseRequested(u"sqlite:"_s + path);
}

void MainWindow::setDatabaseReadOnly(const QString &reason)
{
    m_session->setDatabaseReadOnly(reason);
    if (!m_readOnlyLabel) {
        m_readOnlyLabel = new QLabel(tr("Read-only database role"), this);
        m_readOnlyLabel->setObjectName(u"databaseReadOnly"_s);
        statusBar()->addPermanentWidget(m_readOnlyLabel);
    }
    m_readOnlyLabel->setToolTip(reason);
    m_readOnlyLabel->setAccessibleDescription(reason);
    m_readOnlyLabel->setVisible(!reason.isEmpty());
    if (!reason.isEmpty())
        statusBar()->showMessage(reason, 10000);
    updateMode();
}

void MainWindow::connectToDatabase()
{
    ConnectDialog dialog(this);
    dialog.setTester(m_connectionTester);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.createsNewOrganisation())
        Q_EMIT newDatabaseRequested(dialog.url());
    else
        Q_EMIT openDatabaseRequested(dialog.url());
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QStringList urls = RecentDatabases::urls();
    for (const QString &url : urls)
        m_recentMenu->addAction(url, this, [this, url] { Q_EMIT openDatabaseRequested(url); });
    if (urls.isEmpty()) {
        m_recentMenu->addAction(tr("No recent databases"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear List"), this, [] { RecentDatabases::clear(); });
}

void MainWindow::importOrganisationFile(bool confirmReplace)
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Organisation"), QString(),
        tr("Organisation files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // Reading and checking a big file takes a second or more: on the pool, with a progress
    // dialog whose Cancel drops the file before anything is imported.
    m_importing = true;
    updateMode();
    ProgressTask::run<Result<Snapshot>>(this, tr("Reading %1…").arg(QFileInfo(path).fileName()),
                                        [path](Progress &progress) -> Result<Snapshot> {
                                            QFile file(path);
                                            if (!file.open(QIODevice::ReadOnly))
                                                return makeError(Error::Code::Io, tr("Cannot read %1.").arg(path), file.errorString());
                                            const QByteArray bytes = file.readAll();
                                            if (progress.isCancelled())
                                                return Progress::cancelledError();
                                            Result<Snapshot> parsed = parseOrganisation(bytes, QDateTime::currentDateTimeUtc());
                                            if (progress.isCancelled())
                                                return Progress::cancelledError();
                                            return parsed;
                                        })
        .then(this, [this, path, confirmReplace](const Result<Snapshot> &parsed) {
            m_importing = false;
            updateMode();
            if (!parsed.ok() && parsed.error().code == Error::Code::Cancelled)
                return; // stopped by the person: nothing was imported
            importParsedFile(path, parsed, confirmReplace);
        });
}

void MainWindow::importParsedFile(const QString &path, const Result<Snapshot> &parsed, bool confirmReplace)
{
    if (!parsed.ok() && parsed.error().code == Error::Code::Io) {
        showErrorDialog(this, tr("Import Organisation"), parsed.error());
        return;
    }
    if (!parsed.ok()) {
        Error error = parsed.error();
        error.message = tr("%1 is not a valid organisation file: %2").arg(path, error.message);
        showErrorDialog(this, tr("Import Organisation"), error);
        return;
    }
    const bool empty = m_directory->snapshot().isBootstrapOnly();
    if (confirmReplace && !empty) {
        const auto answer = QMessageBox::question(
            this, tr("Import Organisation"),
            // Three numbers: the teams and datastores come in as numerus phrases of their own.
            tr("Replace the whole organisation (%Ln account(s), %1, %2) with the content of %3?", nullptr,
               int(m_directory->accounts().size()))
                .arg(tr("%Ln team(s)", nullptr, int(m_directory->teams().size())),
                     tr("%Ln datastore(s)", nullptr, int(m_directory->datastores().size())), path));
        if (answer != QMessageBox::Yes)
            return;
    }
    Q_EMIT importRequested(parsed.value());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    event->accept();
}

void MainWindow::navigateTo(EntityKind kind, Id id)
{
    setCurrentPage(kind);
    TablePage *target = page(kind);
    if (target->selectId(id))
        target->view()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::updateStatus()
{
    // Nothing of the organisation before someone signed in.
    const bool shown = m_directory->isLoaded() && isTablePageShown() && m_signInState == SignInState::None;
    m_countLabel->setText(shown ? currentPage()->countText() : QString());
}

void MainWindow::updateActing()
{
    const qsizetype pos = m_directory->accountPosBySubject(m_actingSubject);
    if (m_signInState != SignInState::None) {
        m_actingLabel->setText(tr("Not signed in"));
    } else if (!m_directory->isLoaded()) {
        m_actingLabel->setText(m_actingSubject);
    } else if (pos < 0) {
        m_actingLabel->setText(tr("%1 (no account)").arg(m_actingSubject));
    } else {
        const Account &account = m_directory->accounts().at(pos);
        m_actingLabel->setText(account.isActive()
                                   ? tr("%1, %2").arg(m_actingSubject, DisplayText::role(account.role))
                                   : tr("%1, deactivated").arg(m_actingSubject));
    }
}

void MainWindow::showAbout()
{
    AboutDialog(this).exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    connect(&dialog, &PreferencesDialog::languageChanged, this, [this] {
        statusBar()->showMessage(tr("The new language applies when Gatehouse starts again."), 8000);
    });
    dialog.exec();
}

void MainWindow::showShortcuts()
{
    // Modeless: the sheet can stay open beside the window while one tries the keys.
    auto *sheet = new ShortcutsDialog(menuBar(), this);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    sheet->show();
}

} // namespace Gatehouse

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

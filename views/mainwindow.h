// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/snapshot.h"
#include "views/adminbackend.h"
#include "views/connectdialog.h"
#include "views/detailspane.h"
#include "views/exportactions.h"

#include <QFuture>
#include <QMainWindow>

class QDialog;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QProgressBar;
class QTimer;
class QSplitter;
class QStackedWidget;
class QTabWidget;
class QUndoView;

namespace Gatehouse {

class AccountFilterBar;
class AdminActions;
class AdminSession;
class BusyPage;
class ConnectionBanner;
class DatastoreFilterBar;
class Directory;
class ExportActions;
class FindingsPage;
class MatrixPage;
class ReviewPage;
class SettingsDialog;
class SignInPage;
class TokensPage;
class TeamGridPage;
class HistoryPage;
class MyAccessPage;
class NoAccessPage;
class TablePage;

// Accounts, Teams, Datastores and History pages beside a details pane. Reads the Directory
// it is given (not owned); database work is done by whoever owns the window, which hands
// the window futures to wait on (loadFrom), the backend for changes and history
// (setBackend), and hears its requests through signals.
//
// What the window offers follows the acting account's role (AdminService::capabilities):
// Admins and Managers get the pages (Managers mostly read-only), a Member only "My access",
// and a subject without an active account a "no access" screen.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Directory *directory, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What the window shows in its central area.
    enum class Mode { Workspace, Busy, MyAccess, NoAccess, SignIn };

    Directory *directory() const { return m_directory; }
    AdminSession *session() const { return m_session; }
    AdminActions *adminActions() const { return m_actions; }
    TablePage *page(EntityKind kind) const;
    // The table page shown; the Teams page while History is shown.
    TablePage *currentPage() const;
    EntityKind currentKind() const;
    void setCurrentPage(EntityKind kind);
    bool isHistoryShown() const;
    void showHistory(Id teamId = 0);
    HistoryPage *historyPage() const { return m_history; }
    MyAccessPage *myAccessPage() const { return m_myAccess; }
    NoAccessPage *noAccessPage() const { return m_noAccess; }
    QDockWidget *undoDock() const { return m_undoDock; }
    Mode mode() const;
    QMenu *editMenu() const { return m_editMenu; }
    FindingsPage *findingsPage() const { return m_findings; }
    TeamGridPage *teamGridPage() const { return m_teamGrid; }
    ExportActions *exportActions() const { return m_export; }
    void showFindings();
    void showTeamGrid();
    MatrixPage *matrixPage() const { return m_matrix; }
    ReviewPage *reviewPage() const { return m_reviews; }
    void showMatrix();
    void showReviews();
    // The Tokens page: the workspace's, or a Member's tab beside "My access".
    TokensPage *tokensPage() const;
    void showTokens();
    // Organisation → Settings… (SSO), window-modal; nullptr when the acting account may not
    // change the settings (SettingsDialog::refusal()).
    SettingsDialog *showSettings();
    QAction *settingsAction() const { return m_settingsAction; }
    // Single sign-on: until someone signs in, the window shows the sign-in page instead of
    // the organisation (requireSignIn), or a refusal core worded on the no-access page
    // (refuseSignIn); clearSignIn() shows the organisation as the acting subject again.
    SignInPage *signInPage() const { return m_signIn; }
    void requireSignIn(const QString &issuer);
    void refuseSignIn(const QString &sentence);
    void clearSignIn();
    bool isSignInShown() const { return m_signInState != SignInState::None; }
    // The pages `gatehouse --page` knows: accounts, teams, datastores, history, matrix,
    // findings, reviews, grid (the team grid), tokens.
    static QStringList pageNames();
    // Shows the page of that name; false for a name not in pageNames().
    bool showPage(const QString &name);
    // What Ctrl+F focuses on the page shown: its search field (the matrix: the accounts'
    // text filter); a list on pages without one (Findings, Reviews).
    QWidget *searchField() const;
    void focusSearch();
    // "Who reaches this datastore" (kind Datastore) or "What can this account reach"
    // (kind Account), modeless; null for another kind or an unknown id.
    QDialog *showLookup(EntityKind kind, Id id);

    void setBackend(AdminBackend backend);
    DetailsPane *detailsPane() const { return m_details; }
    AccountFilterBar *accountFilters() const { return m_accountFilters; }
    DatastoreFilterBar *datastoreFilters() const { return m_datastoreFilters; }
    QString countText() const;

    void setDatabaseLocation(const QString &location);
    void setActingSubject(const QString &subject);
    QString actingSubject() const { return m_actingSubject; }

    bool isBusy() const;
    void setBusy(const QString &message);
    void importParsedFile(const QString &path, const Result<Snapshot> &parsed, bool confirmReplace);
    void setIdle();
    // Shows `busyMessage` until the snapshot arrives (continued on the GUI thread), then
    // loads it into the Directory and emits organisationLoaded(), or emits loadFailed().
    // A newer call makes an older, still running one stale: its result is dropped.
    void loadFrom(QFuture<Result<Snapshot>> future, const QString &busyMessage);

    void saveSettings() const;
    void restoreSettings();

    // The database's state (live refresh). While it cannot be reached, the banner over the
    // pages says so and changes are off (the session is suspended). Database work running
    // longer than WorkingDelayMs shows a busy indicator in the status bar and a busy cursor;
    // the window never waits for it.
    static constexpr int WorkingDelayMs = 200;
    ConnectionBanner *connectionBanner() const { return m_banner; }
    bool isDisconnected() const;
    bool isWorking() const { return m_working; }

    // Runs File → Connect to Database's connection test off the GUI thread (set by whoever
    // owns the window; without it the dialog's test is disabled).
    void setConnectionTester(ConnectDialog::Tester tester) { m_connectionTester = std::move(tester); }
    // The open database lets this connection only read (a read-only database role): changes
    // are off with `reason`, and the status bar says so. Empty turns changes on again.
    void setDatabaseReadOnly(const QString &reason);

public Q_SLOTS:
    void openDatabase();
    // File → Connect to Database: emits openDatabaseRequested() or newDatabaseRequested().
    void connectToDatabase();
    // Asks for a gatehouse-org/1 file, parses it, and emits importRequested().
    // `confirmReplace`: ask first when the organisation is not empty.
    void importOrganisationFile(bool confirmReplace = true);

    // Whoever owns the window reports the database's state here (see isDisconnected()).
    void setDatabaseBusy(bool busy);
    void setDisconnected(const Gatehouse::Error &error);
    void setRetryIn(int ms);
    void setReconnecting();
    void setReconnected();
    // Changes made elsewhere reached the Directory: what the pages read from the database
    // (history, and reviews when `reviewsChanged`) is read again.
    void noteRemoteChanges(bool reviewsChanged);
    // Tokens were created, revoked, restored or deleted elsewhere: the tokens list is read again.
    void noteTokensChanged();

Q_SIGNALS:
    void organisationLoaded();
    void loadFailed(const Gatehouse::Error &error);
    void openDatabaseRequested(const QString &url);
    // Create a new organisation at `url` (a new SQLite file), the local account its Admin.
    void newDatabaseRequested(const QString &url);
    void importRequested(const Gatehouse::Snapshot &snapshot);
    // The banner's Retry: try to reach the database now.
    void retryConnectionRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    void navigateTo(EntityKind kind, Id id);
    void updateStatus();
    void updateActing();
    void updateMode();
    void showAbout();
    void showPreferences();
    void showShortcuts();
    // The past organisation the matrix shows as of a time; live (empty) otherwise.
    ExportActions::Organisation matrixOrganisation() const;

    Directory *m_directory = nullptr;
    QStackedWidget *m_central = nullptr;
    QWidget *m_workspace = nullptr;
    BusyPage *m_busy = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QSplitter *m_splitter = nullptr;
    DetailsPane *m_details = nullptr;
    AccountFilterBar *m_accountFilters = nullptr;
    DatastoreFilterBar *m_datastoreFilters = nullptr;
    QList<TablePage *> m_pageList; // indexed by EntityKind
    HistoryPage *m_history = nullptr;
    MyAccessPage *m_myAccess = nullptr;
    NoAccessPage *m_noAccess = nullptr;
    AdminSession *m_session = nullptr;
    AdminActions *m_actions = nullptr;
    QDockWidget *m_undoDock = nullptr;
    QUndoView *m_undoView = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    bool m_historyStale = true;
    QLabel *m_countLabel = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLabel *m_actingLabel = nullptr;
    QString m_actingSubject;
    int m_loadGeneration = 0;
    FindingsPage *m_findings = nullptr;
    TeamGridPage *m_teamGrid = nullptr;
    MatrixPage *m_matrix = nullptr;
    ReviewPage *m_reviews = nullptr;
    TokensPage *m_tokens = nullptr;
    // A Member's window: "My access" and their own tokens, as tabs.
    QTabWidget *m_memberArea = nullptr;
    TokensPage *m_memberTokens = nullptr;
    SignInPage *m_signIn = nullptr;
    enum class SignInState { None, Required, Refused };
    SignInState m_signInState = SignInState::None;
    QMenu *m_organisationMenu = nullptr;
    QAction *m_settingsAction = nullptr;
    ExportActions *m_export = nullptr;
    // Whether the page shown is one of m_pageList (not history, findings, grid, ...).
    bool isTablePageShown() const;
    bool m_importing = false; // an organisation file is being read
    ConnectionBanner *m_banner = nullptr;
    QProgressBar *m_workingBar = nullptr;
    QTimer *m_workingTimer = nullptr;
    bool m_working = false;
    QAction *m_importAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    ConnectDialog::Tester m_connectionTester;
    QLabel *m_readOnlyLabel = nullptr;
    void fillRecentMenu();
};

} // namespace Gatehouse

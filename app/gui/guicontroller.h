// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory.h"
#include "core/signin.h"
#include "repository/databaseworker.h"
#include "repository/liverefresh.h"
#include "views/detailspane.h"

#include <QObject>

#include <memory>

namespace Gatehouse {

class MainWindow;
class OidcSignIn;

// Wires the GUI: the database worker (all SQL on its thread), the Directory the views
// read, live refresh (changes made elsewhere, the connection's state) and the main
// window's requests (open, import) and first-start welcome.
//
// When the organisation uses single sign-on (SsoSettings in the database), the window shows
// the sign-in page instead of the organisation until the person signed in through the
// identity provider (OidcSignIn, the system browser); the account found or provisioned
// for them (SignInService::planSignIn) is then the acting subject everywhere. The
// operating-system account is not used then; --view-as still shows another account's view,
// read-only.
class GuiController : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString url;
        bool explicitUrl = false;  // --db given: never create it without asking
        bool demo = false;         // load the demo into an empty organisation, no question
        std::optional<EntityKind> page;
        Id select = -1;            // row to select on `page` after the first load
        bool history = false;      // --page history
        QString auditPage;         // --page matrix, findings, reviews, grid or tokens
        QString viewAs;            // --view-as: show what this subject sees, read-only
    };

    explicit GuiController(Options options, QObject *parent = nullptr);
    ~GuiController() override;

    void start();
    MainWindow *window() const { return m_window.get(); }
    // The organisation's SSO settings as read when the database was opened.
    const SsoSettings &ssoSettings() const { return m_sso; }

private:
    void open(const QString &url, OpenMode mode);
    void onLoaded();
    void onLoadFailed(const Error &error);
    void checkDatabaseAccess();
    void offerWelcome();
    void loadDemo();
    void importSnapshot(const Snapshot &snapshot, const QString &busyMessage);
    void connectLiveRefresh();
    QString actingSubject() const;
    // Reads the settings after the database opened and decides whether someone must sign in
    // first; the organisation reaches the window only after that decision.
    QFuture<Result<Snapshot>> withSignInDecided(QFuture<Result<Snapshot>> opened);
    void startSignIn();
    void cancelSignIn();
    void signInFinished(const Result<IdentityClaims> &claims);

    Options m_options;
    Directory m_directory;
    DatabaseWorker m_worker;
    LiveRefresh m_live{&m_worker, &m_directory};
    std::unique_ptr<MainWindow> m_window; // declared late: destroyed before what it reads
    // Created at the first sign-in; destroyed first, while the window it reports to lives.
    std::unique_ptr<OidcSignIn> m_oidc;
    QString m_pendingUrl;
    OpenMode m_pendingMode = OpenMode::ExistingOnly;
    bool m_firstLoad = true;
    SsoSettings m_sso;
};

} // namespace Gatehouse

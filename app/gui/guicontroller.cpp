// SPDX-License-Identifier: GPL-3.0-or-later
#include "guicontroller.h"

#include "core/demogenerator.h"
#include "core/localidentity.h"
#include "net/oidcsignin.h"
#include "repository/databaseurl.h"
#include "repository/connectiontest.h"
#include "repository/postgresgrants.h"
#include "views/adminsession.h"
#include "views/errordialog.h"
#include "views/mainwindow.h"
#include "views/signinpage.h"
#include "views/tablepage.h"
#include "views/welcomedialog.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QElapsedTimer>
#include <QEvent>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {
QString displayUrl(const QString &url)
{
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    return parsed.ok() ? parsed->toDisplayString() : url;
}

// GATEHOUSE_REPORT_FIRST_PAINT set: the window's first paint is reported as the line
// "first-paint" on stdout, after the paint finished, whatever the window shows (the busy
// page while the database is read); its first paint after the first organisation loaded
// as "organisation-shown". gatehouse-bench times start-up with them and reads the memory
// at the second (docs/performance.md).
class PaintReporter : public QObject
{
public:
    PaintReporter(QWidget *window, const char *line) : QObject(window), m_window(window), m_line(line) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            QCoreApplication::instance()->removeEventFilter(this);
            QTimer::singleShot(0, this, [this] {
                std::fputs(m_line, stdout);
                std::fflush(stdout);
                deleteLater();
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    const char *m_line; // a literal
};

bool reportsPaints()
{
    static const bool set = qEnvironmentVariableIsSet("GATEHOUSE_REPORT_FIRST_PAINT");
    return set;
}

void reportFirstPaint(QWidget *window)
{
    if (reportsPaints())
        QCoreApplication::instance()->installEventFilter(new PaintReporter(window, "first-paint\n"));
}

void reportOrganisationShownOnce(QWidget *window)
{
    static bool armed = true;
    if (reportsPaints() && std::exchange(armed, false))
        QCoreApplication::instance()->installEventFilter(new PaintReporter(window, "organisation-shown\n"));
}

// GATEHOUSE_REPORT_STALLS set: a 10 ms timer on the GUI thread notes the longest gap
// between its ticks, from start-up until the first paint after the first organisation
// loaded, and then prints "longest-stall <ms>" on stdout. A gap far above 10 ms is time in
// which the window answered nothing (a frozen window); gatehouse-bench reads the line.
class StallProbe : public QObject
{
public:
    explicit StallProbe(QObject *parent) : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(10);
        connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
        m_timer.start();
    }
    void reportAfterNextPaint(QWidget *window)
    {
        m_window = window;
        QCoreApplication::instance()->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            QCoreApplication::instance()->removeEventFilter(this);
            // After the paint, so the gap that holds it counts.
            QTimer::singleShot(0, this, [this] {
                tick();
                m_timer.stop();
                std::fputs(QByteArray("longest-stall " + QByteArray::number(double(m_longestNs) / 1e6, 'f', 1)
                                      + '\n').constData(),
                           stdout);
                std::fflush(stdout);
                deleteLater();
            });
        }
        return false;
    }

private:
    void tick()
    {
        // The first tick only starts the clock: the gap before the event loop ran is start-up.
        if (m_clock.isValid())
            m_longestNs = std::max(m_longestNs, m_clock.nsecsElapsed());
        m_clock.start();
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longestNs = 0;
    QWidget *m_window = nullptr;
};

QPointer<StallProbe> &stallProbe()
{
    static QPointer<StallProbe> probe;
    return probe;
}

void startStallProbe(QObject *parent)
{
    if (qEnvironmentVariableIsSet("GATEHOUSE_REPORT_STALLS") && !stallProbe())
        stallProbe() = new StallProbe(parent);
}

void reportStallsOnce(QWidget *window)
{
    static bool armed = true;
    if (stallProbe() && std::exchange(armed, false))
        stallProbe()->reportAfterNextPaint(window);
}

} // namespace

GuiController::GuiController(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_window = std::make_unique<MainWindow>(&m_directory);
    // Changes are always made as the person at the keyboard; --view-as only shows another
    // account's view, and then nothing can be changed.
    m_window->session()->setViewOnly(!m_options.viewAs.isEmpty() && m_options.viewAs != localSubject());
    m_window->setActingSubject(actingSubject());
    AdminBackend backend;
    backend.commit = [this](const ChangeSet &changes, const QString &subject) {
        return m_worker.commit(changes, subject);
    };
    backend.auditLog = [this](const AuditFilter &filter) { return m_worker.auditLog(filter); };
    // Through live refresh: it notes the newest change the reloaded organisation holds.
    backend.reload = [this] { return m_live.reload(); };
    backend.saveReview = [this](const Review &review, const QString &subject) {
        return m_worker.saveReview(review, subject);
    };
    backend.reviews = [this] { return m_worker.reviews(); };
    backend.tokens = [this] { return m_worker.run([](Repository &r) { return r.tokens(); }); };
    backend.saveToken = [this](const Token &token, const QString &subject) {
        return m_worker.run([token, subject](Repository &r) { return r.saveToken(token, subject); });
    };
    backend.deleteToken = [this](const Token &token, const QString &subject) {
        return m_worker.run([token, subject](Repository &r) { return r.deleteToken(token, subject); });
    };
    backend.settings = [this] { return m_worker.run([](Repository &r) { return r.settings(); }); };
    backend.saveSettings = [this](const QHash<QString, QString> &values, const QString &subject) {
        return m_worker.run([values, subject](Repository &r) { return r.saveSettings(values, subject); });
    };
    m_window->setBackend(std::move(backend));
    connect(m_window.get(), &MainWindow::organisationLoaded, this, &GuiController::onLoaded);
    connect(m_window.get(), &MainWindow::loadFailed, this, &GuiController::onLoadFailed);
    connect(m_window.get(), &MainWindow::openDatabaseRequested, this,
            [this](const QString &url) { open(url, OpenMode::ExistingOnly); });
    // File → Connect to Database: a new local organisation, and the connection test.
    connect(m_window.get(), &MainWindow::newDatabaseRequested, this,
            [this](const QString &url) { open(url, OpenMode::CreateIfMissing); });
    m_window->setConnectionTester(&testConnectionInBackground);
    connect(m_window.get(), &MainWindow::importRequested, this, [this](const Snapshot &snapshot) {
        importSnapshot(snapshot, tr("Importing organisation…"));
    });
    connectLiveRefresh();
    connect(m_window->signInPage(), &SignInPage::signInRequested, this, &GuiController::startSignIn);
    connect(m_window->signInPage(), &SignInPage::cancelRequested, this, &GuiController::cancelSignIn);
}

void GuiController::connectLiveRefresh()
{
    MainWindow *window = m_window.get();
    connect(&m_worker, &DatabaseWorker::busyChanged, window, &MainWindow::setDatabaseBusy);
    connect(&m_live, &LiveRefresh::caughtUp, window, &MainWindow::noteRemoteChanges);
    connect(&m_live, &LiveRefresh::tokensChanged, window, &MainWindow::noteTokensChanged);
    connect(&m_live, &LiveRefresh::disconnected, window, &MainWindow::setDisconnected);
    connect(&m_live, &LiveRefresh::retryScheduled, window, &MainWindow::setRetryIn);
    connect(&m_live, &LiveRefresh::reconnecting, window, &MainWindow::setReconnecting);
    connect(&m_live, &LiveRefresh::reconnected, window, &MainWindow::setReconnected);
    connect(window, &MainWindow::retryConnectionRequested, &m_live, &LiveRefresh::retryNow);
    // An import elsewhere replaced the organisation: show the new one.
    connect(&m_live, &LiveRefresh::reloadNeeded, this, [this] {
        m_window->loadFrom(m_live.reload(), tr("Loading the organisation as changed elsewhere…"));
    });
}

GuiController::~GuiController() = default;

QString GuiController::actingSubject() const
{
    return m_options.viewAs.isEmpty() ? localSubject() : m_options.viewAs;
}

void GuiController::start()
{
    startStallProbe(this);
    reportFirstPaint(m_window.get());
    m_window->show();
    open(m_options.url, m_options.explicitUrl ? OpenMode::ExistingOnly : OpenMode::CreateIfMissing);
}

void GuiController::open(const QString &url, OpenMode mode)
{
    m_pendingUrl = url;
    m_pendingMode = mode;
    m_window->loadFrom(withSignInDecided(m_live.open(url, mode, localSubject(), localDisplayName())),
                       tr("Opening organisation…"));
}

QFuture<Result<Snapshot>> GuiController::withSignInDecided(QFuture<Result<Snapshot>> opened)
{
    return opened
        .then(this, [this](Result<Snapshot> loaded) -> QFuture<Result<Snapshot>> {
            if (!loaded)
                return QtFuture::makeReadyFuture(std::move(loaded));
            return m_worker.run([](Repository &r) { return r.settings(); })
                .then(this, [this, loaded = std::move(loaded)](Result<QHash<QString, QString>> settings) mutable
                      -> Result<Snapshot> {
                    // A store without settings has no SSO. Any other failure keeps the
                    // organisation closed: it might be one whose people must sign in.
                    if (!settings && settings.error().code != Error::Code::Unsupported) {
                        Error error = settings.error();
                        error.message = tr("The organisation's sign-in settings cannot be read: %1").arg(error.message);
                        return error;
                    }
                    m_sso = settings ? SsoSettings::fromSettings(settings.value()) : SsoSettings();
                    if (m_oidc)
                        m_oidc->cancel();
                    if (m_sso.isEnabled() && m_options.viewAs.isEmpty()) {
                        // Nobody acts until someone signed in.
                        m_window->setActingSubject(QString());
                        m_window->requireSignIn(m_sso.issuer);
                    } else {
                        // --view-as under SSO only ever looks: the local account has no say.
                        if (m_sso.isEnabled())
                            m_window->session()->setViewOnly(true);
                        m_window->setActingSubject(actingSubject());
                        m_window->clearSignIn();
                    }
                    return std::move(loaded);
                });
        })
        .unwrap();
}

void GuiController::startSignIn()
{
    if (!m_oidc) {
        m_oidc = std::make_unique<OidcSignIn>([](const QUrl &url) { return QDesktopServices::openUrl(url); });
        connect(m_oidc.get(), &OidcSignIn::progress, m_window->signInPage(), &SignInPage::setStatus);
        connect(m_oidc.get(), &OidcSignIn::finished, this, &GuiController::signInFinished);
    }
    SignInPage *page = m_window->signInPage();
    page->setWaiting(true);
    page->setStatus(tr("Opening the sign-in page in your browser…"));
    m_oidc->start(m_sso);
}

void GuiController::cancelSignIn()
{
    if (m_oidc)
        m_oidc->cancel();
}

void GuiController::signInFinished(const Result<IdentityClaims> &claims)
{
    SignInPage *page = m_window->signInPage();
    if (!m_window->isSignInShown())
        return; // another database was opened meanwhile
    if (!claims) {
        page->showError(claims.error().message);
        return;
    }
    const QDateTime now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
    const Result<SignInPlan> plan = SignInService::planSignIn(m_directory.snapshot(), m_sso, claims.value(), now);
    if (!plan) {
        if (plan.error().code == Error::Code::Denied)
            m_window->refuseSignIn(plan.error().message);
        else
            page->showError(plan.error().message);
        return;
    }
    const QString subject = plan->account.subject;
    page->setWaiting(true);
    page->setStatus(tr("Signed in as %1. Opening the organisation…").arg(plan->account.name));
    const QString url = m_pendingUrl;
    m_worker.commit(plan->changes, subject).then(this, [this, subject, url](const Result<CommitResult> &committed) {
        if (url != m_pendingUrl || !m_window->isSignInShown())
            return;
        if (!committed) {
            m_window->signInPage()->showError(tr("Signing in could not be recorded: %1").arg(committed.error().message));
            return;
        }
        m_window->signInPage()->setWaiting(false);
        // Busy first, so the window never shows the organisation as it was before the
        // sign-in changed it.
        m_window->loadFrom(m_live.reload(), tr("Loading organisation…"));
        m_window->setActingSubject(subject);
        m_window->clearSignIn();
    });
}

void GuiController::onLoaded()
{
    reportOrganisationShownOnce(m_window.get());
    reportStallsOnce(m_window.get());
    if (!m_pendingUrl.isEmpty())
        m_window->setDatabaseLocation(displayUrl(m_pendingUrl));
    checkDatabaseAccess();
    // The page and selection options apply once someone signed in.
    if (m_window->isSignInShown())
        return;
    const bool first = std::exchange(m_firstLoad, false);
    if (first && m_directory.snapshot().isBootstrapOnly()) {
        if (m_options.demo)
            loadDemo();
        else
            QTimer::singleShot(0, this, &GuiController::offerWelcome);
        m_firstLoad = true; // the page and selection options apply to the loaded demo
        m_options.demo = false;
        return;
    }
    if (first) {
        if (m_options.page)
            m_window->setCurrentPage(*m_options.page);
        if (m_options.history)
            m_window->showHistory();
        if (!m_options.auditPage.isEmpty())
            m_window->showPage(m_options.auditPage);
        if (m_options.select >= 0)
            m_window->currentPage()->selectId(m_options.select);
    }
}

// A role granted read-only access (`gatehousectl grant --auditor`) makes the window
// read-only, saying why. Asked on the database thread, over a short connection of its own.
void GuiController::checkDatabaseAccess()
{
    const QString url = m_pendingUrl;
    m_worker.run([url](Repository &) { return databaseAccess(url); })
        .then(this, [this, url](Result<DatabaseAccess> access) {
            // Another database was opened meanwhile, or the server cannot say now (the
            // connection's own state shows that): keep what the window shows.
            if (url != m_pendingUrl || !access)
                return;
            m_window->setDatabaseReadOnly(access->canWrite ? QString() : readOnlyRoleReason(access->role));
        });
}

void GuiController::onLoadFailed(const Error &error)
{
    if (error.code == Error::Code::NotFound && m_pendingMode == OpenMode::ExistingOnly) {
        const auto answer = QMessageBox::question(
            m_window.get(), tr("Open Organisation"),
            tr("There is no organisation database at %1.\n\nCreate a new, empty organisation "
               "there, with you as its first Admin?")
                .arg(displayUrl(m_pendingUrl)));
        if (answer == QMessageBox::Yes) {
            open(m_pendingUrl, OpenMode::CreateIfMissing);
            return;
        }
    } else {
        showErrorDialog(m_window.get(), tr("Cannot Open Organisation"), error);
    }
    // Nothing new was opened: the window keeps whatever it showed before.
    m_firstLoad = false;
}

void GuiController::offerWelcome()
{
    WelcomeDialog dialog(m_window.get());
    dialog.exec();
    switch (dialog.choice()) {
    case WelcomeDialog::Choice::LoadDemo:
        loadDemo();
        break;
    case WelcomeDialog::Choice::ImportFile:
        m_window->importOrganisationFile(false);
        break;
    case WelcomeDialog::Choice::StartEmpty:
        m_firstLoad = false;
        break;
    }
}

void GuiController::loadDemo()
{
    DemoOptions options;
    options.adminSubject = localSubject();
    importSnapshot(generateDemo(options), tr("Loading the demo organisation…"));
}

void GuiController::importSnapshot(const Snapshot &snapshot, const QString &busyMessage)
{
    m_window->setBusy(busyMessage);
    // Under SSO, as whoever signed in; otherwise as the person at the keyboard.
    const QString subject = m_sso.isEnabled() ? m_window->actingSubject() : localSubject();
    m_worker.importSnapshot(snapshot, Repository::ImportMode::Replace, subject)
        .then(this, [this](Result<void> result) {
            if (!result.ok()) {
                m_window->setIdle();
                showErrorDialog(m_window.get(), tr("Cannot Import Organisation"), result.error());
                return;
            }
            m_window->loadFrom(m_live.reload(), tr("Loading organisation…"));
        });
}

} // namespace Gatehouse

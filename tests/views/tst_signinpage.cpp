// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtestsupport.h"

#include "core/localidentity.h"
#include "core/signin.h"
#include "guicontroller.h"
#include "views/adminsession.h"
#include "views/mainwindow.h"
#include "views/noaccesspage.h"
#include "views/signinpage.h"
#include "views/tokenspage.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

// The application as it starts (GuiController): with SSO configured in the database, the
// window asks the person to sign in and shows nothing of the organisation meanwhile. The
// sign-in protocol itself is tested against a real provider in tests/net.
class tst_SignInPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void withoutSsoTheLocalAccountActs();
    void withSsoTheSignInPageComesFirst();
    void viewAsUnderSsoOnlyLooks();
    void refusalShowsTheNoAccessPage();

private:
    // A demo organisation whose Admin is the local account; SSO on when `issuer` is set.
    QString createOrganisation(const QString &name, const QString &issuer);
    std::unique_ptr<GuiController> start(const QString &url, const QString &viewAs = {});

    QTemporaryDir m_dir;
};

void tst_SignInPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ViewTest::isolateSettings(m_dir, u"tst_signinpage"_s);
}

void tst_SignInPage::init()
{
    ViewTest::startCleanly();
}

QString tst_SignInPage::createOrganisation(const QString &name, const QString &issuer)
{
    const QString url = u"sqlite:"_s + m_dir.filePath(name + u".gatehouse"_s);
    auto repository = openRepository(url, OpenMode::CreateIfMissing, localSubject(), u"Tester"_s);
    if (!repository)
        return {};
    Snapshot organisation = generateDemo(ViewTest::demoOptions(31, localSubject()));
    // The local Admin has an e-mail: SSO names it, so turning SSO on locks nobody out.
    const QString adminEmail = u"first.admin@example.com"_s;
    for (Account &account : organisation.accounts) {
        if (account.subject == localSubject())
            account.email = adminEmail;
    }
    if (!(*repository)->importSnapshot(organisation, Repository::ImportMode::Replace, localSubject()).ok())
        return {};
    if (issuer.isEmpty())
        return url;
    SsoSettings settings;
    settings.issuer = issuer;
    settings.clientId = u"gatehouse-desktop"_s;
    settings.adminEmail = adminEmail;
    const Result<void> allowed = SignInService::checkSettings(organisation, localSubject(), settings);
    if (!allowed) {
        qWarning("settings refused: %s", qPrintable(allowed.error().message));
        return {};
    }
    if (!(*repository)->saveSettings(settings.toSettings(), localSubject()).ok())
        return {};
    return url;
}

std::unique_ptr<GuiController> tst_SignInPage::start(const QString &url, const QString &viewAs)
{
    GuiController::Options options;
    options.url = url;
    options.explicitUrl = true;
    options.viewAs = viewAs;
    auto controller = std::make_unique<GuiController>(options);
    controller->start();
    MainWindow *window = controller->window();
    // Opened once the busy page is gone.
    if (!QTest::qWaitFor([window] { return window->mode() != MainWindow::Mode::Busy && window->directory()->isLoaded(); },
                         15000))
        qWarning("the organisation never opened");
    return controller;
}

void tst_SignInPage::withoutSsoTheLocalAccountActs()
{
    const QString url = createOrganisation(u"plain"_s, QString());
    QVERIFY(!url.isEmpty());
    const auto controller = start(url);
    MainWindow *window = controller->window();
    QCOMPARE(window->mode(), MainWindow::Mode::Workspace);
    QVERIFY(!window->isSignInShown());
    QCOMPARE(window->actingSubject(), localSubject());
    QVERIFY(window->settingsAction()->isEnabled());
}

void tst_SignInPage::withSsoTheSignInPageComesFirst()
{
    // Given an organisation whose people sign in by SSO (a provider nobody answers for)
    const QString url = createOrganisation(u"sso"_s, u"http://127.0.0.1:9/"_s);
    QVERIFY(!url.isEmpty());

    // When Gatehouse starts on it
    const auto controller = start(url);
    MainWindow *window = controller->window();

    // Then it asks to sign in, and shows and allows nothing of the organisation
    QTRY_COMPARE(window->mode(), MainWindow::Mode::SignIn);
    QCOMPARE(controller->ssoSettings().issuer, u"http://127.0.0.1:9/"_s);
    SignInPage *page = window->signInPage();
    QVERIFY(page->isVisible());
    QVERIFY(page->signInButton()->text().contains(u"127.0.0.1"_s));
    QVERIFY(page->signInButton()->isEnabled());
    QVERIFY(!page->cancelButton()->isEnabled());
    QVERIFY(window->actingSubject().isEmpty());
    QVERIFY(!window->session()->capabilities().hasAccount);
    QVERIFY(!window->editMenu()->menuAction()->isVisible());
    QVERIFY(!window->settingsAction()->isEnabled());
    QVERIFY(!window->tokensPage()->isVisible());
    QVERIFY(!window->tokensPage()->newAction()->isEnabled());

    // When the sign-in fails (nothing listens there), it says why and offers to try again,
    // still without the organisation
    QTest::mouseClick(page->signInButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isWaiting(), 30000);
    QVERIFY(!page->statusText().isEmpty());
    QCOMPARE(page->signInButton()->text(), u"Try Again"_s);
    QVERIFY(page->signInButton()->isEnabled());
    QCOMPARE(window->mode(), MainWindow::Mode::SignIn);
    QVERIFY(window->actingSubject().isEmpty());
}

void tst_SignInPage::viewAsUnderSsoOnlyLooks()
{
    const QString url = createOrganisation(u"sso-view"_s, u"https://login.example.com/"_s);
    QVERIFY(!url.isEmpty());
    // Even as the local account, which is an Admin here: under SSO, --view-as only looks.
    const auto controller = start(url, localSubject());
    MainWindow *window = controller->window();
    QTRY_COMPARE(window->mode(), MainWindow::Mode::Workspace);
    QVERIFY(window->session()->isViewOnly());
    QVERIFY(window->session()->capabilities().readOnly);
    QVERIFY(!window->settingsAction()->isEnabled());
}

void tst_SignInPage::refusalShowsTheNoAccessPage()
{
    Directory directory;
    MainWindow window(&directory);
    const QString sentence = u"The account Ada Lovelace is deactivated: ask an Admin to reactivate it."_s;
    window.show();
    window.requireSignIn(u"https://login.example.com/"_s);
    QCOMPARE(window.mode(), MainWindow::Mode::SignIn);
    window.refuseSignIn(sentence);
    QCOMPARE(window.mode(), MainWindow::Mode::NoAccess);
    QCOMPARE(window.noAccessPage()->message(), sentence);
    window.clearSignIn();
    QCOMPARE(window.mode(), MainWindow::Mode::Workspace);
}

QTEST_MAIN(tst_SignInPage)
#include "tst_signinpage.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtestsupport.h"

#include "core/directory.h"
#include "core/signin.h"
#include "repository/databaseworker.h"
#include "views/adminsession.h"
#include "views/mainwindow.h"
#include "views/settingsdialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {
const QString Tester = u"local|tester"_s;
} // namespace

class tst_SettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void adminSavesValidSettingsAndDisablesSso();
    void invalidIssuerIsRefusedNamingTheField();
    void othersCannotOpenIt_data();
    void othersCannotOpenIt();

private:
    SsoSettings stored();
    SettingsDialog *openLoaded();
    QString subjectWithRole(Role role) const;
    QString adminEmail() const;

    QTemporaryDir m_dir;
    QString m_url;
    ViewTest::Window m_ui;
};

void tst_SettingsDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ViewTest::isolateSettings(m_dir, u"tst_settingsdialog"_s);
    m_url = u"sqlite:"_s + m_dir.filePath(u"settings.gatehouse"_s);
    QVERIFY(ViewTest::createDemoDatabase(m_url, ViewTest::demoOptions(23, Tester)).ok());
}

void tst_SettingsDialog::init()
{
    ViewTest::startCleanly();
    const Result<void> opened = ViewTest::openWindow(m_ui, m_url, Tester);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
}

void tst_SettingsDialog::cleanup()
{
    m_ui.close();
}

SsoSettings tst_SettingsDialog::stored()
{
    const Result<QHash<QString, QString>> settings
        = ViewTest::waitFor(m_ui.worker->run([](Repository &r) { return r.settings(); }));
    if (!settings) {
        qWarning("settings: %s", qPrintable(settings.error().message));
        return {};
    }
    return SsoSettings::fromSettings(settings.value());
}

QString tst_SettingsDialog::subjectWithRole(Role role) const
{
    for (const Account &account : m_ui.directory->accounts()) {
        if (account.role == role && account.isActive() && account.type == AccountType::Human
            && !account.subject.isEmpty() && account.subject != Tester)
            return account.subject;
    }
    return {};
}

// An active human Admin's e-mail, so enabling SSO never locks the organisation out.
QString tst_SettingsDialog::adminEmail() const
{
    for (const Account &account : m_ui.directory->accounts()) {
        if (account.role == Role::Admin && account.isActive() && account.type == AccountType::Human
            && !account.email.isEmpty())
            return account.email;
    }
    return {};
}

SettingsDialog *tst_SettingsDialog::openLoaded()
{
    QAction *action = m_ui.window->settingsAction();
    if (!action->isEnabled()) {
        qWarning("Settings… is disabled: %s", qPrintable(action->toolTip()));
        return nullptr;
    }
    action->trigger();
    auto *dialog = m_ui.window->findChild<SettingsDialog *>();
    if (dialog && (!QTest::qWaitForWindowExposed(dialog) || !QTest::qWaitFor([dialog] { return dialog->isLoaded(); }, 10000)))
        return nullptr;
    return dialog;
}

void tst_SettingsDialog::adminSavesValidSettingsAndDisablesSso()
{
    // Given an Admin with SSO off
    QCOMPARE(stored().isEnabled(), false);
    QPointer<SettingsDialog> dialog = openLoaded();
    QVERIFY(dialog);
    QVERIFY(dialog->stateLabel()->text().contains(u"off"_s));
    QVERIFY(!dialog->disableButton()->isEnabled());

    // When they fill in the provider and save
    const QString email = adminEmail();
    QVERIFY(!email.isEmpty());
    QTest::keyClicks(dialog->issuerField(), u"https://login.example.com/"_s);
    QTest::keyClicks(dialog->clientIdField(), u"gatehouse-desktop"_s);
    dialog->scopesField()->clear();
    QTest::keyClicks(dialog->scopesField(), u"openid email"_s);
    QTest::keyClicks(dialog->adminEmailField(), email);
    QSignalSpy saved(dialog.data(), &SettingsDialog::saved);
    QTest::keyClick(dialog->adminEmailField(), Qt::Key_Return);

    // Then they are stored as entered, and the dialog closes
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 10000);
    QCOMPARE(saved.first().first().toBool(), true);
    QTRY_VERIFY(dialog.isNull());
    SsoSettings expected;
    expected.issuer = u"https://login.example.com/"_s;
    expected.clientId = u"gatehouse-desktop"_s;
    expected.scopes = u"openid email"_s;
    expected.adminEmail = email;
    QCOMPARE(stored(), expected);

    // When they open it again, it says SSO is on; Disable SSO turns it off in the store
    dialog = openLoaded();
    QVERIFY(dialog);
    QCOMPARE(dialog->issuerField()->text(), expected.issuer);
    QVERIFY(dialog->stateLabel()->text().contains(u"enabled"_s));
    QVERIFY(dialog->disableButton()->isEnabled());
    QSignalSpy disabled(dialog.data(), &SettingsDialog::saved);
    QTest::keyClick(dialog->disableButton(), Qt::Key_Space);
    QTRY_COMPARE_WITH_TIMEOUT(disabled.count(), 1, 10000);
    QCOMPARE(disabled.first().first().toBool(), false);
    QVERIFY(!stored().isEnabled());
    QVERIFY(dialog->stateLabel()->text().contains(u"off"_s));
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
}

void tst_SettingsDialog::invalidIssuerIsRefusedNamingTheField()
{
    const SsoSettings before = stored();
    QPointer<SettingsDialog> dialog = openLoaded();
    QVERIFY(dialog);
    for (QLineEdit *field : {dialog->issuerField(), dialog->clientIdField(), dialog->adminEmailField()})
        field->clear();
    // Plain http to a host that is not this machine.
    QTest::keyClicks(dialog->issuerField(), u"http://login.example.com/"_s);
    QTest::keyClicks(dialog->clientIdField(), u"gatehouse-desktop"_s);
    QTest::keyClicks(dialog->adminEmailField(), adminEmail());
    QTest::keyClick(dialog->adminEmailField(), Qt::Key_Return);

    QVERIFY(dialog->errorLabel()->isVisible());
    QVERIFY2(dialog->errorLabel()->text().startsWith(u"issuer"_s), qPrintable(dialog->errorLabel()->text()));
    QVERIFY(dialog->errorLabel()->text().contains(u"http://login.example.com/"_s));
    QCOMPARE(dialog->focusWidget(), dialog->issuerField());
    QVERIFY(dialog->isVisible());
    QTest::qWait(50);
    QCOMPARE(stored(), before);
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
}

void tst_SettingsDialog::othersCannotOpenIt_data()
{
    QTest::addColumn<Role>("role");
    QTest::addRow("Manager") << Role::Manager;
    QTest::addRow("Member") << Role::Member;
}

void tst_SettingsDialog::othersCannotOpenIt()
{
    QFETCH(Role, role);
    const QString subject = subjectWithRole(role);
    QVERIFY(!subject.isEmpty());
    m_ui.close();
    QVERIFY(ViewTest::openWindow(m_ui, m_url, subject).ok());
    QAction *action = m_ui.window->settingsAction();
    QVERIFY(!action->isEnabled());
    QVERIFY(m_ui.window->showSettings() == nullptr);
    QVERIFY(m_ui.window->findChild<SettingsDialog *>() == nullptr);
    QVERIFY(!SettingsDialog::refusal(m_ui.window->session()).isEmpty());
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"

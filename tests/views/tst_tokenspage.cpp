// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtestsupport.h"

#include "core/directory.h"
#include "core/token.h"
#include "models/tokenfiltermodel.h"
#include "models/tokentablemodel.h"
#include "repository/databaseworker.h"
#include "repository/liverefresh.h"
#include "views/adminsession.h"
#include "views/mainwindow.h"
#include "views/tokendialog.h"
#include "views/tokenspage.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {
const QString Tester = u"local|tester"_s;
} // namespace

class tst_TokensPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void modelFollowsTheStoredTokens();
    void adminCreatesPersonalTokenSecretShownOnce();
    void adminCreatesServiceTokenByKeyboard();
    void dialogTabOrder();
    void revokeRestoreDeleteFollowTheState();
    void memberSeesOwnTokensOnly();
    void tokensChangedElsewhereAppear();

private:
    TokensPage *showTokensPage();
    TokenDialog *openDialogByShortcut(TokensPage *page);
    void focusTable(TokensPage *page);
    QList<Token> storedTokens();
    QString subjectWithRole(Role role) const;
    // Types a name, keeps the kind and expiry as they are set, presses Enter; the secret view.
    QString createWithKeys(TokenDialog *dialog, const QString &name);

    QTemporaryDir m_dir;
    QString m_url;
    ViewTest::Window m_ui;
};

void tst_TokensPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ViewTest::isolateSettings(m_dir, u"tst_tokenspage"_s);
    m_url = u"sqlite:"_s + m_dir.filePath(u"tokens.gatehouse"_s);
    QVERIFY(ViewTest::createDemoDatabase(m_url, ViewTest::demoOptions(11, Tester)).ok());
}

void tst_TokensPage::init()
{
    ViewTest::startCleanly();
    const Result<void> opened = ViewTest::openWindow(m_ui, m_url, Tester);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
}

void tst_TokensPage::cleanup()
{
    m_ui.close();
}

QList<Token> tst_TokensPage::storedTokens()
{
    const Result<QList<Token>> tokens = ViewTest::waitFor(m_ui.worker->run([](Repository &r) { return r.tokens(); }));
    if (!tokens) {
        qWarning("tokens: %s", qPrintable(tokens.error().message));
        return {};
    }
    return tokens.value();
}

QString tst_TokensPage::subjectWithRole(Role role) const
{
    for (const Account &account : m_ui.directory->accounts()) {
        if (account.role == role && account.isActive() && account.type == AccountType::Human
            && !account.subject.isEmpty() && account.subject != Tester)
            return account.subject;
    }
    return {};
}

TokensPage *tst_TokensPage::showTokensPage()
{
    MainWindow *window = m_ui.window.get();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        qWarning("the main window is not active");
    QSignalSpy reloaded(window->tokensPage(), &TokensPage::reloaded);
    // Ctrl+6, the View menu's shortcut, like the other pages.
    QTest::keyClick(window, Qt::Key_6, Qt::ControlModifier);
    TokensPage *page = window->tokensPage();
    if (!page->isVisible())
        window->showTokens();
    if (!QTest::qWaitFor([&reloaded] { return !reloaded.isEmpty(); }, 10000))
        qWarning("the tokens were never read");
    return page;
}

void tst_TokensPage::focusTable(TokensPage *page)
{
    // Shortcuts reach the active window only (a closed dialog leaves none active here).
    m_ui.window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_ui.window.get()))
        qWarning("the main window is not active");
    page->view()->setFocus();
}

TokenDialog *tst_TokensPage::openDialogByShortcut(TokensPage *page)
{
    focusTable(page);
    QTest::keyClick(page->view(), Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    return page->findChild<TokenDialog *>();
}

QString tst_TokensPage::createWithKeys(TokenDialog *created, const QString &name)
{
    QPointer<TokenDialog> dialog = created;
    QTest::keyClicks(dialog->nameField(), name);
    QTest::keyClick(dialog->nameField(), Qt::Key_Return);
    if (!QTest::qWaitFor([dialog] { return !dialog || dialog->isShowingSecret() || dialog->errorLabel()->isVisible(); },
                         10000)
        || !dialog) {
        qWarning("the dialog closed or did nothing");
        return {};
    }
    if (!dialog->isShowingSecret()) {
        qWarning("not created: %s", qPrintable(dialog->errorLabel()->text()));
        return {};
    }
    return dialog->secretField()->text();
}

void tst_TokensPage::modelFollowsTheStoredTokens()
{
    // Given the model over a list that grows, shrinks and changes in place
    TokenTableModel model(m_ui.directory.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    TokenFilterModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Id owner = m_ui.directory->accounts().at(m_ui.directory->accountPosBySubject(Tester)).id;
    const QDateTime now = QDateTime::fromString(u"2026-05-01T12:00:00Z"_s, Qt::ISODate);
    const auto token = [&](Id id, const QString &name) {
        Token t;
        t.id = id;
        t.owner = owner;
        t.name = name;
        t.hint = u"gh_p_ab12"_s;
        t.created = now.addDays(-int(id));
        t.version = 1;
        return t;
    };
    model.setTokens({token(1, u"one"_s), token(2, u"two"_s), token(4, u"four"_s)}, now);
    QCOMPARE(model.rowCount(), 3);

    // When one goes, one comes and one is revoked
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    Token revoked = token(4, u"four"_s);
    revoked.revoked = now.addSecs(-60);
    model.setTokens({token(1, u"one"_s), token(3, u"three"_s), revoked, token(5, u"five"_s)}, now);

    // Then the rows follow in ranges, without a reset, and the state reads as a word
    QCOMPARE(reset.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(inserted.count(), 2);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << model.index(row, TokenTableModel::NameColumn).data().toString();
    QCOMPARE(names, (QStringList{u"one"_s, u"three"_s, u"four"_s, u"five"_s}));
    QCOMPARE(model.index(2, TokenTableModel::StateColumn).data().toString(), u"Revoked"_s);
    QCOMPARE(model.index(0, TokenTableModel::StateColumn).data().toString(), u"Active"_s);
    QCOMPARE(model.index(0, TokenTableModel::ExpiresColumn).data().toString(), u"Never"_s);
    QCOMPARE(model.index(0, TokenTableModel::LastUsedColumn).data().toString(), u"Never"_s);

    // And the filter keeps the revoked one only, then the one whose name matches
    proxy.setStateFilter(Token::State::Revoked);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setStateFilter(std::nullopt);
    proxy.setSearchText(u"THR"_s);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, TokenTableModel::NameColumn).data().toString(), u"three"_s);
}

void tst_TokensPage::adminCreatesPersonalTokenSecretShownOnce()
{
    // Given an Admin on the Tokens page
    TokensPage *page = showTokensPage();
    QVERIFY(page->isVisible());
    QVERIFY2(page->newAction()->isEnabled(), qPrintable(page->newAction()->toolTip()));

    // When they create a personal token with the keyboard
    QPointer<TokenDialog> dialog = openDialogByShortcut(page);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->kindField()->currentText(), u"Personal"_s);
    QCOMPARE(dialog->expiryField()->currentData().toInt(), 90);
    const QString secret = createWithKeys(dialog, u"laptop script"_s);

    // Then the secret is shown, and it is what authenticates against the stored hash
    QVERIFY(secret.startsWith(u"gh_"_s));
    QVERIFY(dialog->findChild<QLabel *>(u"secretWarning"_s)->text().contains(u"will not be shown again"_s));
    const Result<std::optional<Token>> stored = ViewTest::waitFor(m_ui.worker->run(
        [hash = TokenService::hashSecret(secret.toLatin1())](Repository &r) { return r.tokenByHash(hash); }));
    QVERIFY(stored.ok());
    QVERIFY(stored.value().has_value());
    QCOMPARE(stored.value()->name, u"laptop script"_s);
    QVERIFY(stored.value()->hash != secret.toLatin1());
    const Result<TokenIdentity> identity = TokenService::authenticate(
        m_ui.directory->snapshot(), stored.value(), secret.toLatin1(), TokenScope::Api, QDateTime::currentDateTimeUtc());
    QVERIFY2(identity.ok(), qPrintable(identity.ok() ? QString() : identity.error().message));
    QCOMPARE(identity->owner.subject, Tester);
    QCOMPARE(stored.value()->expires.date(), stored.value()->created.date().addDays(90));

    // And Copy puts it on the clipboard, Save to File writes it alone, readable by its owner only
    QTest::mouseClick(dialog->copyButton(), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), secret);
    const QString path = m_dir.filePath(u"laptop.token"_s);
    QVERIFY(dialog->saveSecretTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), secret.toLatin1() + '\n');
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
                                      | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(file.permissions() & others, QFile::Permissions());
    QVERIFY(file.permissions().testFlag(QFile::ReadOwner));
    QGuiApplication::clipboard()->clear();

    // When the dialog is closed, the secret is nowhere on screen any more
    QTest::keyClick(dialog->secretField(), Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());
    QTRY_COMPARE(page->model()->rowOf(stored.value()->id) >= 0, true);
    const QList<QWidget *> widgets = QApplication::allWidgets();
    for (QWidget *widget : widgets) {
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            QVERIFY2(!edit->text().contains(secret), qPrintable(edit->objectName()));
        if (auto *label = qobject_cast<QLabel *>(widget))
            QVERIFY(!label->text().contains(secret));
    }
    // The list shows the hint only, and selects the new token, Active.
    QTRY_COMPARE(page->currentId(), stored.value()->id);
    const int row = page->model()->rowOf(stored.value()->id);
    for (int column = 0; column < TokenTableModel::ColumnCount; ++column)
        QVERIFY(!page->model()->index(row, column).data().toString().contains(secret));
    QVERIFY(secret.startsWith(stored.value()->hint));
    QCOMPARE(page->model()->index(row, TokenTableModel::StateColumn).data().toString(), u"Active"_s);
}

void tst_TokensPage::adminCreatesServiceTokenByKeyboard()
{
    TokensPage *page = showTokensPage();
    QPointer<TokenDialog> dialog = openDialogByShortcut(page);
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    // An Admin is offered all three kinds.
    QCOMPARE(dialog->kindField()->count(), 3);
    QVERIFY(dialog->serviceAccountField()->isHidden());

    // Name, then Tab to the kind: Service; Tab to the service account; Tab to the expiry: Never.
    QTest::keyClicks(dialog->nameField(), u"nightly export"_s);
    QTest::keyClick(dialog->nameField(), Qt::Key_Tab);
    QCOMPARE(dialog->focusWidget(), dialog->kindField());
    QTest::keyClick(dialog->kindField(), Qt::Key_Down);
    QCOMPARE(dialog->kindField()->currentText(), u"Service"_s);
    QVERIFY(dialog->serviceAccountField()->isVisible());
    QVERIFY(dialog->serviceAccountField()->count() > 0);
    const Id serviceAccount = dialog->serviceAccountField()->currentData().toLongLong();
    QTest::keyClick(dialog->kindField(), Qt::Key_Tab);
    QCOMPARE(dialog->focusWidget(), dialog->serviceAccountField());
    QTest::keyClick(dialog->serviceAccountField(), Qt::Key_Tab);
    QCOMPARE(dialog->focusWidget(), dialog->expiryField());
    QTest::keyClick(dialog->expiryField(), Qt::Key_End);
    QCOMPARE(dialog->expiryField()->currentData().toInt(), 0);
    QTest::keyClick(dialog->expiryField(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isShowingSecret() || dialog->errorLabel()->isVisible(), 10000);
    QVERIFY2(dialog->isShowingSecret(), qPrintable(dialog->errorLabel()->text()));
    const QString secret = dialog->secretField()->text();

    const Token created = dialog->createdToken();
    QCOMPARE(created.kind, Token::Kind::Service);
    QCOMPARE(created.owner, serviceAccount);
    QVERIFY(!created.expires.isValid());
    const Result<std::optional<Token>> stored = ViewTest::waitFor(m_ui.worker->run(
        [hash = TokenService::hashSecret(secret.toLatin1())](Repository &r) { return r.tokenByHash(hash); }));
    QVERIFY(stored.ok() && stored.value().has_value());
    QCOMPARE(stored.value()->id, created.id);
    const Result<TokenIdentity> identity = TokenService::authenticate(
        m_ui.directory->snapshot(), stored.value(), secret.toLatin1(), TokenScope::Api, QDateTime::currentDateTimeUtc());
    QVERIFY(identity.ok());
    QCOMPARE(identity->owner.id, serviceAccount);

    QTest::mouseClick(dialog->closeButton(), Qt::LeftButton);
    QTRY_VERIFY(dialog.isNull());
    QTRY_VERIFY(page->model()->rowOf(created.id) >= 0);
    const int row = page->model()->rowOf(created.id);
    QCOMPARE(page->model()->index(row, TokenTableModel::KindColumn).data().toString(), u"Service"_s);
    QCOMPARE(page->model()->index(row, TokenTableModel::ExpiresColumn).data().toString(), u"Never"_s);

    // The same name for the same account again: core refuses, naming the field, in the dialog.
    dialog = openDialogByShortcut(page);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->nameField(), u"laptop script"_s);
    QTest::keyClick(dialog->nameField(), Qt::Key_Return);
    QTRY_VERIFY(dialog->errorLabel()->isVisible() || dialog->isShowingSecret());
    QVERIFY(!dialog->isShowingSecret());
    QVERIFY2(dialog->errorLabel()->text().startsWith(u"name:"_s), qPrintable(dialog->errorLabel()->text()));
    QCOMPARE(dialog->focusWidget(), dialog->nameField());
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
}

void tst_TokensPage::dialogTabOrder()
{
    TokensPage *page = showTokensPage();
    QPointer<TokenDialog> dialog = page->newToken();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->nameField()->setFocus();
    QCOMPARE(dialog->focusWidget(), dialog->nameField());
    QTest::keyClick(dialog->nameField(), Qt::Key_Tab);
    QCOMPARE(dialog->focusWidget(), dialog->kindField());
    // Personal: no service account to pick, straight on to the expiry.
    QTest::keyClick(dialog->kindField(), Qt::Key_Tab);
    QCOMPARE(dialog->focusWidget(), dialog->expiryField());
    QTest::keyClick(dialog->expiryField(), Qt::Key_Tab);
    QVERIFY(dialog->formButtons()->isAncestorOf(dialog->focusWidget()));
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(dialog.isNull());
}

void tst_TokensPage::revokeRestoreDeleteFollowTheState()
{
    TokensPage *page = showTokensPage();
    QPointer<TokenDialog> dialog = openDialogByShortcut(page);
    QVERIFY(dialog);
    QVERIFY(!createWithKeys(dialog, u"short lived"_s).isEmpty());
    const Id id = dialog->createdToken().id;
    dialog->accept();
    QTRY_VERIFY(dialog.isNull());
    QTRY_COMPARE(page->currentId(), id);
    const auto state = [page, id] {
        return page->model()->index(page->model()->rowOf(id), TokenTableModel::StateColumn).data().toString();
    };

    // Active: revoke only.
    QVERIFY(page->revokeAction()->isEnabled());
    QVERIFY(!page->restoreAction()->isEnabled());
    QVERIFY(!page->deleteAction()->isEnabled());
    QVERIFY(!page->deleteAction()->toolTip().isEmpty());

    // Ctrl+R revokes: restore and delete now, revoke no more.
    focusTable(page);
    QTest::keyClick(page->view(), Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE(state(), u"Revoked"_s);
    QTRY_VERIFY(page->restoreAction()->isEnabled());
    QVERIFY(page->deleteAction()->isEnabled());
    QVERIFY(!page->revokeAction()->isEnabled());
    QCOMPARE(page->currentId(), id);

    // Ctrl+Shift+R restores.
    QTest::keyClick(page->view(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(state(), u"Active"_s);
    QTRY_VERIFY(page->revokeAction()->isEnabled());
    QVERIFY(!page->deleteAction()->isEnabled());

    // Revoked again, Delete asks; Cancel keeps it, Delete removes it from the store.
    QTest::keyClick(page->view(), Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE(state(), u"Revoked"_s);
    QTRY_VERIFY(page->deleteAction()->isEnabled());
    QPointer<QMessageBox> box = page->deleteCurrent();
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(box.isNull());
    QVERIFY(page->model()->rowOf(id) >= 0);
    box = page->deleteCurrent();
    QVERIFY(box);
    box->button(QMessageBox::Yes)->click();
    QTRY_VERIFY(page->model()->rowOf(id) < 0);
    bool stillStored = false;
    for (const Token &token : storedTokens())
        stillStored |= token.id == id;
    QVERIFY(!stillStored);
}

void tst_TokensPage::memberSeesOwnTokensOnly()
{
    // Given a Member with a token of their own, and an Admin's token
    const QString member = subjectWithRole(Role::Member);
    QVERIFY(!member.isEmpty());
    const Snapshot organisation = m_ui.directory->snapshot();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<NewToken> own = TokenService::createToken(organisation, storedTokens(), member, Token::Kind::Personal, 0,
                                                     u"member's own"_s, 30, now);
    QVERIFY2(own.ok(), qPrintable(own.ok() ? QString() : own.error().message));
    const Result<Token> saved = ViewTest::waitFor(
        m_ui.worker->run([token = own->token, member](Repository &r) { return r.saveToken(token, member); }));
    QVERIFY(saved.ok());
    Result<NewToken> admins = TokenService::createToken(organisation, storedTokens(), Tester, Token::Kind::Personal, 0,
                                                        u"admin's own"_s, 30, now);
    QVERIFY(admins.ok());
    QVERIFY(ViewTest::waitFor(m_ui.worker->run([token = admins->token](Repository &r) {
                return r.saveToken(token, Tester);
            })).ok());

    // When the Member opens the window
    m_ui.close();
    QVERIFY(ViewTest::openWindow(m_ui, m_url, member).ok());
    MainWindow *window = m_ui.window.get();
    QCOMPARE(window->mode(), MainWindow::Mode::MyAccess);
    window->showTokens();
    TokensPage *page = window->tokensPage();
    QTRY_VERIFY(page->isVisible());
    QTRY_COMPARE(page->model()->rowCount(), 1);

    // Then they see their own token only, and may create personal tokens only
    const Id memberId = m_ui.directory->accounts().at(m_ui.directory->accountPosBySubject(member)).id;
    QCOMPARE(page->model()->tokenAt(0).owner, memberId);
    QCOMPARE(page->model()->tokenAt(0).id, saved->id);
    QVERIFY(page->newAction()->isEnabled());
    QPointer<TokenDialog> dialog = page->newToken();
    QVERIFY(dialog);
    QCOMPARE(dialog->kindField()->count(), 1);
    QCOMPARE(dialog->kindField()->currentText(), u"Personal"_s);
    dialog->reject();
    QTRY_VERIFY(dialog.isNull());
    // Revoking their own token is theirs to do.
    QVERIFY(page->selectId(saved->id));
    QVERIFY(page->revokeAction()->isEnabled());
}

void tst_TokensPage::tokensChangedElsewhereAppear()
{
    // Given the window kept up to date by live refresh, as the application wires it
    m_ui.close();
    DatabaseWorker worker;
    Directory directory;
    LiveRefresh live(&worker, &directory);
    const Result<Snapshot> loaded = ViewTest::waitFor(live.open(m_url, OpenMode::ExistingOnly, Tester, u"Tester"_s));
    QVERIFY(loaded.ok());
    directory.load(loaded.value());
    MainWindow window(&directory);
    window.setBackend(ViewTest::workerBackend(&worker));
    window.setActingSubject(Tester);
    QObject::connect(&live, &LiveRefresh::tokensChanged, &window, &MainWindow::noteTokensChanged);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showTokens();
    TokensPage *page = window.tokensPage();
    QTRY_VERIFY(page->isVisible());
    QTRY_VERIFY(page->statusLabel()->text().contains(u"token"_s));
    const int before = page->model()->rowCount();

    // When another process creates a token (a connection of its own, as gatehousectl would)
    {
        auto other = openRepository(m_url, OpenMode::ExistingOnly, Tester, u"Tester"_s);
        QVERIFY(other.ok());
        Result<NewToken> created = TokenService::createToken(directory.snapshot(), (*other)->tokens().value(), Tester,
                                                             Token::Kind::Scim, 0, u"directory sync"_s, 365,
                                                             QDateTime::currentDateTimeUtc());
        QVERIFY(created.ok());
        QVERIFY((*other)->saveToken(created->token, Tester).ok());
    }

    // Then the page lists it without being asked
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->rowCount(), before + 1, 15000);
    bool listed = false;
    for (int row = 0; row < page->model()->rowCount(); ++row)
        listed |= page->model()->tokenAt(row).name == u"directory sync"_s;
    QVERIFY(listed);
}

QTEST_MAIN(tst_TokensPage)
#include "tst_tokenspage.moc"

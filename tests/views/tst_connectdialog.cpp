// SPDX-License-Identifier: GPL-3.0-or-later
// File → Connect to Database: the fields' validation, the URL they make, the recent list,
// the keyboard, and "Test connection" against the tests' real PostgreSQL server and a port
// where nothing listens.
#include "core/demogenerator.h"
#include "core/directory.h"
#include "core/localidentity.h"
#include "repository/connectiontest.h"
#include "repository/databaseurl.h"
#include "repository/postgresgrants.h"
#include "repository/repositoryfactory.h"
#include "support/testpostgres.h"
#include "views/adminsession.h"
#include "views/connectdialog.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

template <typename T>
T *child(const QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("no child %s", qPrintable(name));
    return found;
}

void fill(ConnectDialog &dialog, const QString &host, int port, const QString &database,
          const QString &user = {}, const QString &sslMode = u"prefer"_s, const QString &password = {})
{
    dialog.setSource(ConnectDialog::Source::Server);
    child<QLineEdit>(&dialog, u"host"_s)->setText(host);
    child<QSpinBox>(&dialog, u"port"_s)->setValue(port);
    child<QLineEdit>(&dialog, u"database"_s)->setText(database);
    child<QLineEdit>(&dialog, u"user"_s)->setText(user);
    QComboBox *ssl = child<QComboBox>(&dialog, u"sslMode"_s);
    ssl->setCurrentIndex(ssl->findText(sslMode));
    child<QLineEdit>(&dialog, u"password"_s)->setText(password);
}

// A TCP port on 127.0.0.1 where nothing listens (bound, then released).
int closedPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd); // never listened: connections to it are refused
    return port;
}

// `finished` spies on the dialog's testFinished from before the test started: a fast
// answer may arrive before the caller's next line.
bool waitForTest(ConnectDialog &dialog, QSignalSpy &finished)
{
    return (!finished.isEmpty() || finished.wait(30000)) && finished.size() == 1 && !dialog.isTesting();
}

} // namespace

class tst_ConnectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void serverValidation_data();
    void serverValidation();
    void fileValidation_data();
    void fileValidation();
    void urlFromFieldsHasNoPassword();
    void urlFillsFields();
    void recentListKeepsNoPassword();
    void recentListInDialogAndMenu();
    void doubleClickOnRecentConnects();
    void tabOrderAndAccessibleNames();
    void enterConnectsWhenValid();
    void enterOnInvalidFieldsFocusesTheField();
    void escapeCancels();
    void testConnectionToTheServer();
    void testConnectionToAClosedPort();
    void escapeDuringTestCancelsOnlyTheTest();
    void createNewLocalOrganisation();
    void auditorRoleMakesTheWindowReadOnly();

private:
    QTemporaryDir m_dir;
};

void tst_ConnectDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"GatehouseTest"_s);
    QCoreApplication::setApplicationName(u"tst_connectdialog"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
}

void tst_ConnectDialog::init()
{
    RecentDatabases::clear();
}

void tst_ConnectDialog::serverValidation_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("field");
    QTest::addRow("valid") << u"db.example.com"_s << 5432 << u"gatehouse"_s << u"bob"_s << QString() << QString();
    QTest::addRow("valid, no user") << u"10.0.0.7"_s << 6543 << u"org"_s << QString() << QString() << QString();
    QTest::addRow("empty host") << QString() << 5432 << u"gatehouse"_s << QString()
                                << u"Host: enter the server's name or address."_s << u"host"_s;
    QTest::addRow("host with a space") << u"db example"_s << 5432 << u"gatehouse"_s << QString()
                                       << u"Host: \"db example\" is not a host name or address."_s << u"host"_s;
    QTest::addRow("port 0") << u"db"_s << 0 << u"gatehouse"_s << QString()
                            << u"Port: 0 is out of range; a port is a number from 1 to 65535."_s << u"port"_s;
    QTest::addRow("port 70000") << u"db"_s << 70000 << u"gatehouse"_s << QString()
                                << u"Port: 70000 is out of range; a port is a number from 1 to 65535."_s << u"port"_s;
    QTest::addRow("empty database") << u"db"_s << 5432 << QString() << QString()
                                    << u"Database: enter the name of the database."_s << u"database"_s;
    QTest::addRow("database with spaces at the end")
        << u"db"_s << 5432 << u"org "_s << QString() << u"Database: \"org \" starts or ends with a space."_s
        << u"database"_s;
    QTest::addRow("database too long") << u"db"_s << 5432 << QString(64, u'd') << QString()
                                       << u"Database: \"%1\" is longer than PostgreSQL's limit of 63 bytes."_s.arg(
                                              QString(64, u'd'))
                                       << u"database"_s;
    QTest::addRow("user with a tab") << u"db"_s << 5432 << u"org"_s << u"bo\tb"_s
                                     << u"User: \"bo\tb\" holds a control character."_s << u"user"_s;
}

void tst_ConnectDialog::serverValidation()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, message);
    QFETCH(QString, field);

    ConnectDialog dialog;
    dialog.setTester([](const QString &) { return QtFuture::makeReadyFuture(Result<QString>(u"ok"_s)); });
    fill(dialog, host, port, database, user);

    QCOMPARE(dialog.validationMessage(), message);
    QLabel *shown = child<QLabel>(&dialog, u"validation"_s);
    QCOMPARE(shown->text(), message);
    QCOMPARE(shown->isVisibleTo(&dialog), !message.isEmpty());
    // Testing needs valid fields; Connect stays available and says what is wrong instead.
    QCOMPARE(child<QPushButton>(&dialog, u"testConnection"_s)->isEnabled(), message.isEmpty());
    if (!field.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QWidget *focused = dialog.focusWidget();
        QVERIFY(focused);
        QCOMPARE(focused->objectName(), field);
    }
}

void tst_ConnectDialog::fileValidation_data()
{
    const QString existing = m_dir.filePath(u"existing.gatehouse"_s);
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString missing = m_dir.filePath(u"missing.gatehouse"_s);
    const QString noFolder = m_dir.filePath(u"no/such/folder/org.gatehouse"_s);

    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("createNew");
    QTest::addColumn<QString>("message");
    QTest::addRow("open existing") << existing << false << QString();
    QTest::addRow("create new") << missing << true << QString();
    QTest::addRow("empty") << QString() << false << u"File: choose the database file, or type its path."_s;
    QTest::addRow("open missing") << missing << false
                                  << u"File: %1 does not exist; choose \"Create a new organisation\" to make one "
                                     u"there."_s.arg(missing);
    QTest::addRow("open a folder") << m_dir.path() << false
                                   << u"File: %1 is a folder, not a database file."_s.arg(m_dir.path());
    QTest::addRow("create over existing")
        << existing << true
        << u"File: %1 exists already; choose \"Open an existing organisation\" to open it."_s.arg(existing);
    QTest::addRow("create in missing folder") << noFolder << true
                                              << u"File: the folder %1 does not exist."_s.arg(
                                                     m_dir.filePath(u"no/such/folder"_s));
}

void tst_ConnectDialog::fileValidation()
{
    QFETCH(QString, path);
    QFETCH(bool, createNew);
    QFETCH(QString, message);

    ConnectDialog dialog;
    dialog.setSource(ConnectDialog::Source::File);
    child<QLineEdit>(&dialog, u"path"_s)->setText(path);
    dialog.setFileAction(createNew ? ConnectDialog::FileAction::CreateNew : ConnectDialog::FileAction::OpenExisting);

    QCOMPARE(dialog.validationMessage(), message);
    QCOMPARE(child<QLabel>(&dialog, u"validation"_s)->text(), message);
    QCOMPARE(dialog.createsNewOrganisation(), createNew);
    if (message.isEmpty()) {
        QCOMPARE(dialog.url(), u"sqlite:"_s + path);
        QCOMPARE(child<QLabel>(&dialog, u"filePreview"_s)->text(), u"sqlite:"_s + path);
    }
}

void tst_ConnectDialog::urlFromFieldsHasNoPassword()
{
    ConnectDialog dialog;
    const QString password = u"s3cr:t@/?#%pw"_s;
    fill(dialog, u"db.example.com"_s, 6543, u"org-prod"_s, u"bob"_s, u"require"_s, password);

    // What is shown, and kept, has no password
    const QString expected = u"postgresql://bob@db.example.com:6543/org-prod?sslmode=require"_s;
    QCOMPARE(dialog.displayUrl(), expected);
    QCOMPARE(child<QLabel>(&dialog, u"serverPreview"_s)->text(), expected);
    QVERIFY(!child<QLabel>(&dialog, u"serverPreview"_s)->text().contains(u"s3cr"_s));

    // What is opened carries it, and reads back exactly (for this connection only)
    const Result<DatabaseUrl> parsed = DatabaseUrl::parse(dialog.url());
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE(parsed->host, u"db.example.com"_s);
    QCOMPARE(parsed->port, 6543);
    QCOMPARE(parsed->database, u"org-prod"_s);
    QCOMPARE(parsed->user, u"bob"_s);
    QCOMPARE(parsed->password, password);
    QCOMPARE(parsed->options, (QList<QPair<QString, QString>>{{u"sslmode"_s, u"require"_s}}));
    QCOMPARE(parsed->toDisplayString(), expected);

    // Default SSL mode and no user
    ConnectDialog plain;
    fill(plain, u"localhost"_s, 5432, u"gatehouse"_s);
    QCOMPARE(plain.url(), u"postgresql://localhost:5432/gatehouse?sslmode=prefer"_s);
    QCOMPARE(child<QComboBox>(&plain, u"sslMode"_s)->count(), 6);
}

void tst_ConnectDialog::urlFillsFields()
{
    ConnectDialog dialog;
    QVERIFY(dialog.setUrl(u"postgres://ada@10.1.2.3:5433/audit?sslmode=verify-full"_s));
    QCOMPARE(dialog.source(), ConnectDialog::Source::Server);
    QCOMPARE(child<QLineEdit>(&dialog, u"host"_s)->text(), u"10.1.2.3"_s);
    QCOMPARE(child<QSpinBox>(&dialog, u"port"_s)->value(), 5433);
    QCOMPARE(child<QLineEdit>(&dialog, u"database"_s)->text(), u"audit"_s);
    QCOMPARE(child<QLineEdit>(&dialog, u"user"_s)->text(), u"ada"_s);
    QCOMPARE(child<QComboBox>(&dialog, u"sslMode"_s)->currentText(), u"verify-full"_s);
    QCOMPARE(dialog.displayUrl(), u"postgresql://ada@10.1.2.3:5433/audit?sslmode=verify-full"_s);

    const QString file = m_dir.filePath(u"org.gatehouse"_s);
    QVERIFY(dialog.setUrl(u"sqlite:"_s + file));
    QCOMPARE(dialog.source(), ConnectDialog::Source::File);
    QCOMPARE(child<QLineEdit>(&dialog, u"path"_s)->text(), file);
    QVERIFY(!dialog.setUrl(u"mysql://h/db"_s));
}

void tst_ConnectDialog::recentListKeepsNoPassword()
{
    // Given more than ten databases opened, one with a password in its URL
    for (int i = 0; i < 12; ++i)
        RecentDatabases::add(u"sqlite:/tmp/org%1.gatehouse"_s.arg(i));
    RecentDatabases::add(u"postgresql://bob:hunter2@db.example.com:5432/org?sslmode=prefer"_s);
    RecentDatabases::add(u"sqlite:/tmp/org5.gatehouse"_s); // again: moves to the top

    // Then the newest ten are kept, newest first, once each, and no password anywhere
    const QStringList urls = RecentDatabases::urls();
    QCOMPARE(urls.size(), RecentDatabases::MaxCount);
    QCOMPARE(urls.at(0), u"sqlite:/tmp/org5.gatehouse"_s);
    QCOMPARE(urls.at(1), u"postgresql://bob@db.example.com:5432/org?sslmode=prefer"_s);
    QCOMPARE(urls.at(2), u"sqlite:/tmp/org11.gatehouse"_s);
    QCOMPARE(urls.count(u"sqlite:/tmp/org5.gatehouse"_s), 1);
    QSettings().sync();
    QFile stored(QSettings().fileName());
    QVERIFY(stored.open(QIODevice::ReadOnly));
    const QByteArray bytes = stored.readAll();
    QVERIFY(bytes.contains("db.example.com"));
    QVERIFY(!bytes.contains("hunter2"));
}

void tst_ConnectDialog::recentListInDialogAndMenu()
{
    // Given a window that opened two databases, the second with a password for that connection
    Directory directory;
    MainWindow window(&directory);
    window.setDatabaseLocation(u"sqlite:/tmp/first.gatehouse"_s);
    window.setDatabaseLocation(u"postgresql://ada:pw@db:5432/org?sslmode=prefer"_s);

    // Then the dialog lists both, newest first, and starts from the newest
    ConnectDialog dialog;
    QListWidget *recent = child<QListWidget>(&dialog, u"recent"_s);
    QCOMPARE(recent->count(), 2);
    QCOMPARE(recent->item(0)->text(), u"postgresql://ada@db:5432/org?sslmode=prefer"_s);
    QCOMPARE(recent->item(1)->text(), u"sqlite:/tmp/first.gatehouse"_s);
    QCOMPARE(dialog.displayUrl(), u"postgresql://ada@db:5432/org?sslmode=prefer"_s);
    QVERIFY(child<QLineEdit>(&dialog, u"password"_s)->text().isEmpty());

    // and File → Recent Databases opens them
    QMenu *recentMenu = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (!action->menu())
            continue;
        for (QAction *item : action->menu()->actions()) {
            if (item->menu() && item->text().remove(u'&') == u"Recent Databases")
                recentMenu = item->menu();
        }
    }
    QVERIFY(recentMenu);
    QMetaObject::invokeMethod(recentMenu, "aboutToShow");
    QSignalSpy open(&window, &MainWindow::openDatabaseRequested);
    QAction *first = recentMenu->actions().value(0);
    QVERIFY(first);
    QCOMPARE(first->text(), u"postgresql://ada@db:5432/org?sslmode=prefer"_s);
    first->trigger();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).at(0).toString(), u"postgresql://ada@db:5432/org?sslmode=prefer"_s);
}

void tst_ConnectDialog::doubleClickOnRecentConnects()
{
    const QString file = m_dir.filePath(u"recent.gatehouse"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    RecentDatabases::add(u"sqlite:"_s + file);
    RecentDatabases::add(u"postgresql://carol@db:5432/org?sslmode=require"_s);

    ConnectDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QListWidget *recent = child<QListWidget>(&dialog, u"recent"_s);
    QListWidgetItem *item = recent->item(1);
    const QPoint at = recent->visualItemRect(item).center();
    QTest::mouseClick(recent->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(recent->viewport(), Qt::LeftButton, {}, at);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.url(), u"sqlite:"_s + file);
    QVERIFY(!dialog.createsNewOrganisation());
}

void tst_ConnectDialog::tabOrderAndAccessibleNames()
{
    ConnectDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QLineEdit *host = child<QLineEdit>(&dialog, u"host"_s);
    QCOMPARE(QApplication::focusWidget(), host);
    const QStringList order = {u"port"_s, u"database"_s, u"user"_s, u"sslMode"_s, u"password"_s};
    for (const QString &name : order) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        // A spin box's line edit takes focus on its behalf.
        if (focused && focused->objectName().isEmpty() && qobject_cast<QSpinBox *>(focused->parentWidget()))
            focused = focused->parentWidget();
        QVERIFY(focused);
        QCOMPARE(focused->objectName(), name);
    }
    for (const char *name : {"host", "port", "database", "user", "sslMode", "password", "path", "recent"}) {
        auto *widget = child<QWidget>(&dialog, QString::fromLatin1(name));
        QVERIFY2(!widget->accessibleName().isEmpty(), name);
    }
}

void tst_ConnectDialog::enterConnectsWhenValid()
{
    ConnectDialog dialog;
    fill(dialog, u"db.example.com"_s, 5432, u"gatehouse"_s, u"bob"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    child<QLineEdit>(&dialog, u"database"_s)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.url(), u"postgresql://bob@db.example.com:5432/gatehouse?sslmode=prefer"_s);
}

void tst_ConnectDialog::enterOnInvalidFieldsFocusesTheField()
{
    ConnectDialog dialog;
    fill(dialog, u"db.example.com"_s, 5432, QString());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    child<QLineEdit>(&dialog, u"host"_s)->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QVERIFY(dialog.isVisible());
    QCOMPARE(QApplication::focusWidget()->objectName(), u"database"_s);
    QCOMPARE(child<QLabel>(&dialog, u"validation"_s)->text(), u"Database: enter the name of the database."_s);
}

void tst_ConnectDialog::escapeCancels()
{
    ConnectDialog dialog;
    fill(dialog, u"db.example.com"_s, 5432, u"gatehouse"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
}

void tst_ConnectDialog::testConnectionToTheServer()
{
    // Given a Gatehouse organisation on the test server
    QString url;
    GATEHOUSE_NEW_POSTGRES_DATABASE(url);
    {
        auto created = openRepository(url, OpenMode::CreateIfMissing, u"local|tester"_s, u"Tester"_s);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    }
    ConnectDialog dialog;
    dialog.setTester(&testConnectionInBackground);
    QVERIFY(dialog.setUrl(url));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));

    // When the test runs, it is busy with a Cancel
    QSignalSpy finished(&dialog, &ConnectDialog::testFinished);
    QTest::mouseClick(child<QPushButton>(&dialog, u"testConnection"_s), Qt::LeftButton);
    QVERIFY(dialog.isTesting());
    QVERIFY(dialog.findChild<QProgressBar *>()->isVisible());
    QVERIFY(child<QPushButton>(&dialog, u"cancelTest"_s)->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, u"testConnection"_s)->isEnabled());

    // Then it says it connected
    QVERIFY(waitForTest(dialog, finished));
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    const QString expected = u"Connected to %1?sslmode=prefer; it holds a Gatehouse organisation."_s.arg(url);
    QCOMPARE(dialog.testResult(), expected);
    QVERIFY(!child<QToolButton>(&dialog, u"details"_s)->isVisible());
    QVERIFY(!child<QPushButton>(&dialog, u"cancelTest"_s)->isVisible());
}

void tst_ConnectDialog::testConnectionToAClosedPort()
{
    const int port = closedPort();
    QVERIFY(port > 0);
    ConnectDialog dialog;
    dialog.setTester(&testConnectionInBackground);
    fill(dialog, u"127.0.0.1"_s, port, u"gatehouse"_s, u"postgres"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy finished(&dialog, &ConnectDialog::testFinished);
    dialog.testConnection();
    QVERIFY(waitForTest(dialog, finished));
    QCOMPARE(finished.at(0).at(0).toBool(), false);

    // One sentence; the driver's text behind Details
    QCOMPARE(dialog.testResult(),
             u"Cannot connect to 127.0.0.1:%1: no server answers (is it running?)."_s.arg(port));
    QToolButton *details = child<QToolButton>(&dialog, u"details"_s);
    QVERIFY(details->isVisible());
    QPlainTextEdit *detailText = child<QPlainTextEdit>(&dialog, u"detailText"_s);
    QVERIFY(!detailText->isVisible());
    QVERIFY(!dialog.testDetail().isEmpty());
    details->click();
    QVERIFY(detailText->isVisible());
    QCOMPARE(detailText->toPlainText(), dialog.testDetail());

    // Changing a field clears the stale result
    child<QLineEdit>(&dialog, u"database"_s)->setText(u"other"_s);
    QVERIFY(dialog.testResult().isEmpty());
    QVERIFY(!details->isVisible());
}

void tst_ConnectDialog::escapeDuringTestCancelsOnlyTheTest()
{
    // A test that never answers (the future is never finished)
    auto promise = std::make_shared<QPromise<Result<QString>>>();
    ConnectDialog dialog;
    dialog.setTester([promise](const QString &) {
        promise->start();
        return promise->future();
    });
    fill(dialog, u"db.example.com"_s, 5432, u"gatehouse"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.testConnection();
    QVERIFY(dialog.isTesting());

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isTesting());
    QCOMPARE(dialog.testResult(), u"Test cancelled."_s);

    // A late answer is dropped
    QSignalSpy finished(&dialog, &ConnectDialog::testFinished);
    promise->addResult(Result<QString>(u"Connected late."_s));
    promise->finish();
    QTest::qWait(50);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(dialog.testResult(), u"Test cancelled."_s);

    // The second Esc closes
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(!dialog.isVisible());
}

void tst_ConnectDialog::createNewLocalOrganisation()
{
    const QString file = m_dir.filePath(u"new.gatehouse"_s);
    ConnectDialog dialog;
    dialog.setTester([](const QString &) { return QtFuture::makeReadyFuture(Result<QString>(u"ok"_s)); });
    dialog.setSource(ConnectDialog::Source::File);
    child<QLineEdit>(&dialog, u"path"_s)->setText(file);
    child<QRadioButton>(&dialog, u"createNew"_s)->setChecked(true);
    QVERIFY(dialog.validationMessage().isEmpty());
    QVERIFY(dialog.createsNewOrganisation());
    // Nothing to test before the file exists
    QVERIFY(!child<QPushButton>(&dialog, u"testConnection"_s)->isEnabled());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.url(), u"sqlite:"_s + file);
    QVERIFY(!QFile::exists(file)); // the dialog creates nothing itself
}

void tst_ConnectDialog::auditorRoleMakesTheWindowReadOnly()
{
    // Given an organisation on the test server and a role granted auditor access
    QString url;
    GATEHOUSE_NEW_POSTGRES_DATABASE(url);
    {
        auto created = openRepository(url, OpenMode::CreateIfMissing, localSubject(), u"Tester"_s);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
    }
    const QString role = u"gh_dialog_auditor_%1"_s.arg(QCoreApplication::applicationPid());
    QString error;
    QVERIFY2(TestPostgres::exec(u"postgres"_s, u"CREATE ROLE %1 LOGIN PASSWORD 'look-only'"_s.arg(role), &error),
             qPrintable(error));
    const Result<QString> granted = grantDatabaseRole(url, DatabaseRole::Auditor, role, u"--auditor"_s);
    QVERIFY2(granted.ok(), qPrintable(granted.ok() ? QString() : granted.error().message));

    // When the window asks what the connection may do (as the GUI does after loading)
    QUrl auditorUrl(url);
    auditorUrl.setUserName(role);
    auditorUrl.setPassword(u"look-only"_s); // for this connection only, as the dialog passes it
    const Result<DatabaseAccess> auditor = databaseAccess(auditorUrl.toString());
    QVERIFY2(auditor.ok(), qPrintable(auditor.ok() ? QString() : auditor.error().message));
    QCOMPARE(auditor->canWrite, false);
    QCOMPARE(auditor->role, role);
    const Result<DatabaseAccess> owner = databaseAccess(url);
    QVERIFY(owner.ok());
    QCOMPARE(owner->canWrite, true);

    DemoOptions options;
    options.accounts = 30;
    options.teams = 3;
    options.datastores = 5;
    options.adminSubject = localSubject();
    Directory directory;
    directory.load(generateDemo(options));
    MainWindow window(&directory);
    window.setActingSubject(localSubject());
    window.session()->setActingSubject(localSubject());
    QVERIFY(window.session()->capabilities().allowed(Capabilities::Action::EditTeams));
    window.setDatabaseReadOnly(readOnlyRoleReason(auditor->role));

    // Then every change is refused with the reason, and the status bar says so
    const Capabilities caps = window.session()->capabilities();
    QVERIFY(caps.readOnly);
    QVERIFY(!caps.allowed(Capabilities::Action::EditTeams));
    QCOMPARE(caps.reason(Capabilities::Action::EditTeams),
             u"Connected as a read-only database role ('%1'): you can look, not change."_s.arg(role));
    Team team;
    team.name = u"Nope"_s;
    team.permission = Level::Viewer;
    const Result<Plan> plan = window.session()->plan(Command::createTeam(team));
    QVERIFY(!plan.ok());
    QCOMPARE(plan.error().code, Error::Code::Denied);
    QCOMPARE(plan.error().message, caps.reason(Capabilities::Action::EditTeams));
    QLabel *label = child<QLabel>(&window, u"databaseReadOnly"_s);
    QVERIFY(label->isVisibleTo(&window));
    QCOMPARE(label->toolTip(), caps.reason(Capabilities::Action::EditTeams));

    // Opening a writable database lifts it
    window.setDatabaseReadOnly(QString());
    QVERIFY(window.session()->capabilities().allowed(Capabilities::Action::EditTeams));
    QVERIFY(!label->isVisibleTo(&window));
}

QTEST_MAIN(tst_ConnectDialog)
#include "tst_connectdialog.moc"

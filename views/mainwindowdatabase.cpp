// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow, part three: the database side. An organisation arriving (prepared off the
// GUI thread), the connection's state, opening another database and importing a file.
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

} // namespace Gatehouse

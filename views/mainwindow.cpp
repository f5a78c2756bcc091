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
#include "views/accountfilterbar.h"
#include "views/busypage.h"
#include "views/datastorefilterbar.h"
#include "views/errordialog.h"
#include "views/tablepage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QScreen>
#include <QStyle>
#include <QTableView>

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

    createPages();
    createMenus();

    connect(m_directory, &Directory::accessChanged, this, &MainWindow::updateActing);
    connect(m_directory, &Directory::accessChanged, this, &MainWindow::updateStatus);

    // First start: most of the screen; later starts restore the user's geometry.
    const QSize available = screen() ? screen()->availableSize() : QSize(1600, 1000);
    resize(std::min(1600, available.width() * 9 / 10), std::min(1000, available.height() * 9 / 10));
    restoreSettings();
    updateStatus();
    updateActing();
}

MainWindow::~MainWindow() = default;

void MainWindow::createPages()
{
    const auto count = [](const QString &text) {
        return [text](int shown, int total) {
            const QLocale locale;
            return text.arg(locale.toString(shown), locale.toString(total));
        };
    };
    m_accountFilters = new AccountFilterBar(m_directory);
    m_datastoreFilters = new DatastoreFilterBar(m_directory);
    auto *accounts = new TablePage(u"accounts"_s, new AccountTableModel(m_directory), m_accountFilters,
                                   tr("Search name or e-mail"), count(tr("%1 of %2 accounts")));
    accounts->setInitialColumnWidths({20, 33, 11, 9, 6, 12, 10, 12});
    auto *teams = new TablePage(u"teams"_s, new TeamTableModel(m_directory), nullptr,
                                tr("Search teams"), count(tr("%1 of %2 teams")));
    teams->setInitialColumnWidths({28, 40, 12, 10, 11, 14});
    auto *datastores = new TablePage(u"datastores"_s, new DatastoreTableModel(m_directory),
                                     m_datastoreFilters, tr("Search datastores"),
                                     count(tr("%1 of %2 datastores")));
    datastores->setInitialColumnWidths({28, 11, 13, 40, 8, 12});
    m_pageList = {accounts, teams, datastores};

    m_navigation = new QListWidget;
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    QStyle *s = style();
    const QIcon icons[] = {
        QIcon::fromTheme(u"system-users"_s, s->standardIcon(QStyle::SP_FileDialogContentsView)),
        QIcon::fromTheme(u"folder-publicshare"_s, s->standardIcon(QStyle::SP_DirIcon)),
        QIcon::fromTheme(u"network-server-database"_s, s->standardIcon(QStyle::SP_DriveHDIcon)),
    };
    const QString names[] = {tr("Accounts"), tr("Teams"), tr("Datastores")};
    for (int i = 0; i < 3; ++i)
        new QListWidgetItem(icons[i], names[i], m_navigation);
    int navWidth = 0;
    for (const QString &name : names)
        navWidth = std::max(navWidth, fontMetrics().horizontalAdvance(name));
    m_navigation->setFixedWidth(navWidth + 22 + 40);

    m_pages = new QStackedWidget;
    for (TablePage *page : std::as_const(m_pageList))
        m_pages->addWidget(page);
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
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_workspace);
    m_central->addWidget(m_busy);
    setCentralWidget(m_central);

    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        m_details->showEntity(EntityKind(row), currentPage()->currentId());
        updateStatus();
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
    m_navigation->setCurrentRow(0);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("&Import organisation…"), this, [this] { importOrganisationFile(true); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    const QString names[] = {tr("&Accounts"), tr("&Teams"), tr("&Datastores")};
    const Qt::Key keys[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3};
    for (int i = 0; i < 3; ++i) {
        QAction *action = view->addAction(names[i], this, [this, i] { setCurrentPage(EntityKind(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | keys[i]));
    }
    view->addSeparator();
    QAction *find = view->addAction(tr("&Find"), this, [this] { currentPage()->focusSearch(); });
    find->setShortcut(QKeySequence::Find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Gatehouse"), this, &MainWindow::showAbout)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

TablePage *MainWindow::page(EntityKind kind) const
{
    return m_pageList.at(int(kind));
}

TablePage *MainWindow::currentPage() const
{
    return m_pageList.at(m_pages->currentIndex());
}

EntityKind MainWindow::currentKind() const
{
    return EntityKind(m_pages->currentIndex());
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
    m_locationLabel->setToolTip(location);
    setWindowTitle(location.isEmpty() ? tr("Gatehouse") : tr("%1 — Gatehouse").arg(location));
}

void MainWindow::setActingSubject(const QString &subject)
{
    m_actingSubject = subject;
    updateActing();
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
}

void MainWindow::loadFrom(QFuture<Result<Snapshot>> future, const QString &busyMessage)
{
    const int generation = ++m_loadGeneration;
    setBusy(busyMessage);
    future.then(this, [this, generation](Result<Snapshot> result) {
        if (generation != m_loadGeneration)
            return;
        setIdle();
        if (!result.ok()) {
            Q_EMIT loadFailed(result.error());
            return;
        }
        m_directory->load(std::move(result).value());
        Q_EMIT organisationLoaded();
    });
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(u"MainWindow"_s);
    settings.setValue(u"geometry"_s, saveGeometry());
    settings.setValue(u"state"_s, saveState());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    settings.setValue(u"page"_s, m_pages->currentIndex());
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

void MainWindow::importOrganisationFile(bool confirmReplace)
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Organisation"), QString(),
        tr("Organisation files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showErrorDialog(this, tr("Import Organisation"),
                        makeError(Error::Code::Io, tr("Cannot read %1.").arg(path), file.errorString()));
        return;
    }
    Result<Snapshot> parsed = parseOrganisation(file.readAll(), QDateTime::currentDateTimeUtc());
    if (!parsed.ok()) {
        Error error = parsed.error();
        error.message = tr("%1 is not a valid organisation file: %2").arg(path, error.message);
        showErrorDialog(this, tr("Import Organisation"), error);
        return;
    }
    const bool empty = m_directory->accounts().size() <= 1 && m_directory->teams().size() <= 1
        && m_directory->datastores().isEmpty();
    if (confirmReplace && !empty) {
        const auto answer = QMessageBox::question(
            this, tr("Import Organisation"),
            tr("Replace the whole organisation (%1 accounts, %2 teams, %3 datastores) with "
               "the content of %4?")
                .arg(QLocale().toString(m_directory->accounts().size()),
                     QLocale().toString(m_directory->teams().size()),
                     QLocale().toString(m_directory->datastores().size()), path));
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
    m_countLabel->setText(m_directory->isLoaded() ? currentPage()->countText() : QString());
}

void MainWindow::updateActing()
{
    const qsizetype pos = m_directory->accountPosBySubject(m_actingSubject);
    if (!m_directory->isLoaded()) {
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
    QMessageBox::about(this, tr("About Gatehouse"),
                       tr("<h3>Gatehouse %1</h3><p>A desktop console for datastore access control: "
                          "platform roles, teams and the access they grant.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

} // namespace Gatehouse

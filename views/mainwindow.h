// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/snapshot.h"
#include "views/detailspane.h"

#include <QFuture>
#include <QMainWindow>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;

namespace Gatehouse {

class AccountFilterBar;
class BusyPage;
class DatastoreFilterBar;
class Directory;
class TablePage;

// Accounts, Teams and Datastores pages beside a details pane. Reads the Directory it is
// given (not owned); database work is done by whoever owns the window, which hands the
// window futures to wait on (loadFrom) and hears its requests through signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Directory *directory, QWidget *parent = nullptr);
    ~MainWindow() override;

    Directory *directory() const { return m_directory; }
    TablePage *page(EntityKind kind) const;
    TablePage *currentPage() const;
    EntityKind currentKind() const;
    void setCurrentPage(EntityKind kind);
    DetailsPane *detailsPane() const { return m_details; }
    AccountFilterBar *accountFilters() const { return m_accountFilters; }
    DatastoreFilterBar *datastoreFilters() const { return m_datastoreFilters; }
    QString countText() const;

    void setDatabaseLocation(const QString &location);
    void setActingSubject(const QString &subject);

    bool isBusy() const;
    void setBusy(const QString &message);
    void setIdle();
    // Shows `busyMessage` until the snapshot arrives (continued on the GUI thread), then
    // loads it into the Directory and emits organisationLoaded(), or emits loadFailed().
    // A newer call makes an older, still running one stale: its result is dropped.
    void loadFrom(QFuture<Result<Snapshot>> future, const QString &busyMessage);

    void saveSettings() const;
    void restoreSettings();

public Q_SLOTS:
    void openDatabase();
    // Asks for a gatehouse-org/1 file, parses it, and emits importRequested().
    // `confirmReplace`: ask first when the organisation is not empty.
    void importOrganisationFile(bool confirmReplace = true);

Q_SIGNALS:
    void organisationLoaded();
    void loadFailed(const Gatehouse::Error &error);
    void openDatabaseRequested(const QString &url);
    void importRequested(const Gatehouse::Snapshot &snapshot);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    void navigateTo(EntityKind kind, Id id);
    void updateStatus();
    void updateActing();
    void showAbout();

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
    QLabel *m_countLabel = nullptr;
    QLabel *m_locationLabel = nullptr;
    QLabel *m_actingLabel = nullptr;
    QString m_actingSubject;
    int m_loadGeneration = 0;
};

} // namespace Gatehouse

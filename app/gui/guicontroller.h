// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/directory.h"
#include "repository/databaseworker.h"
#include "repository/liverefresh.h"
#include "views/detailspane.h"

#include <QObject>

#include <memory>

namespace Gatehouse {

class MainWindow;

// Wires the GUI: the database worker (all SQL on its thread), the Directory the views
// read, live refresh (changes made elsewhere, the connection's state) and the main
// window's requests (open, import) and first-start welcome.
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
        QString auditPage;         // --page matrix, findings, reviews or grid
        QString viewAs;            // --view-as: show what this subject sees, read-only
    };

    explicit GuiController(Options options, QObject *parent = nullptr);
    ~GuiController() override;

    void start();

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

    Options m_options;
    Directory m_directory;
    DatabaseWorker m_worker;
    LiveRefresh m_live{&m_worker, &m_directory};
    std::unique_ptr<MainWindow> m_window; // declared last: destroyed before what it reads
    QString m_pendingUrl;
    OpenMode m_pendingMode = OpenMode::ExistingOnly;
    bool m_firstLoad = true;
};

} // namespace Gatehouse

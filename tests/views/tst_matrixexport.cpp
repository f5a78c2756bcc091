// SPDX-License-Identifier: GPL-3.0-or-later
// The matrix's reports (File → Export, Export Row/Column), the details pane's lookup link,
// Ctrl+F on each page and the pages `--page` opens, on a demo organisation in SQLite.
#include "support/csvrecords.h"
#include "viewtestsupport.h"

#include "core/directory.h"
#include "models/matrixmodel.h"
#include "models/reachmodel.h"
#include "views/exportactions.h"
#include "views/findingspage.h"
#include "views/historypage.h"
#include "views/lookupdialog.h"
#include "views/mainwindow.h"
#include "views/matrixpage.h"
#include "views/reviewpage.h"
#include "views/tablepage.h"
#include "views/teamgridpage.h"
#include "views/tokenspage.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {
const QString Tester = u"local|tester"_s;

using TestCsv::parseCsv;

// "account_id,datastore_id,permission" of each access row of an access-report CSV.
QSet<QString> cellsOfCsv(const QByteArray &csv)
{
    const QList<QStringList> records = parseCsv(QString::fromUtf8(csv));
    QSet<QString> cells;
    if (records.isEmpty())
        return cells;
    const QStringList header = records.first();
    const qsizetype account = header.indexOf(u"account_id"_s);
    const qsizetype datastore = header.indexOf(u"datastore_id"_s);
    const qsizetype permission = header.indexOf(u"permission"_s);
    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList &fields = records.at(r);
        cells.insert(fields.value(account) + u',' + fields.value(datastore) + u',' + fields.value(permission));
    }
    return cells;
}

QString cellKey(Id account, Id datastore, Level level)
{
    return u"%1,%2,%3"_s.arg(account).arg(datastore).arg(levelName(level));
}

} // namespace

class tst_MatrixExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void filteredViewExportsItsCells();
    void emptyViewExportsNoCells();
    void rowAndColumnScopes();
    void contextActionsAskForRowAndColumn();
    void asOfExportReadsThePast();
    void detailsLinkOpensLookup();
    void ctrlFFocusesThePageSearch_data();
    void ctrlFFocusesThePageSearch();
    void pagesByName();

private:
    const Team &biggestTeam() const;
    QByteArray exportCsv(const ReportRequest &request, const ExportActions::Organisation &organisation,
                         const QString &name);

    QTemporaryDir m_dir;
    QString m_url;
    ViewTest::Window m_ui;
};

void tst_MatrixExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ViewTest::isolateSettings(m_dir, u"tst_matrixexport"_s);
    m_url = u"sqlite:"_s + m_dir.filePath(u"matrix.gatehouse"_s);
    QVERIFY(ViewTest::createDemoDatabase(m_url, ViewTest::demoOptions(11, Tester)).ok());
}

void tst_MatrixExport::init()
{
    ViewTest::startCleanly();
    const Result<void> opened = ViewTest::openWindow(m_ui, m_url, Tester);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    m_ui.window->setDatabaseLocation(m_url);
}

void tst_MatrixExport::cleanup()
{
    m_ui.close();
}

const Team &tst_MatrixExport::biggestTeam() const
{
    const Team *team = nullptr;
    for (const Team &t : m_ui.directory->teams()) {
        if (!t.isPublic && (!team || t.members.size() > team->members.size()))
            team = &t;
    }
    return *team;
}

QByteArray tst_MatrixExport::exportCsv(const ReportRequest &request, const ExportActions::Organisation &organisation,
                                       const QString &name)
{
    const QString path = m_dir.filePath(name);
    const Result<void> written = ViewTest::waitFor(
        m_ui.window->exportActions()->exportTo(request, ExportActions::Format::Csv, path, organisation));
    if (!written.ok())
        qWarning("export failed: %s", qPrintable(written.error().message));
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_MatrixExport::filteredViewExportsItsCells()
{
    // Given the matrix filtered to the members of the biggest team (rows) and the datastores
    // of another team with datastores (columns)
    const Team &rowTeam = biggestTeam();
    const Team *columnTeam = nullptr;
    for (const Team &t : m_ui.directory->teams()) {
        if (!t.isPublic && t.id != rowTeam.id && t.datastores.size() > 1
            && (!columnTeam || t.datastores.size() > columnTeam->datastores.size()))
            columnTeam = &t;
    }
    QVERIFY(rowTeam.members.size() > 1 && columnTeam);
    QTest::keyClick(m_ui.window.get(), Qt::Key_5, Qt::ControlModifier);
    MatrixPage *page = m_ui.window->matrixPage();
    QVERIFY(page->isVisible());
    page->accountTeamCombo()->setCurrentIndex(page->accountTeamCombo()->findData(rowTeam.id));
    page->datastoreTeamCombo()->setCurrentIndex(page->datastoreTeamCombo()->findData(columnTeam->id));

    // When File → Export's provider is asked for the report (the filters are still pending)
    ExportActions *actions = m_ui.window->exportActions();
    const ReportRequest request = actions->currentRequest();

    // Then it names the filters, the database, and no past time,
    QCOMPARE(request.scope, ReportRequest::Scope::Matrix);
    QVERIFY2(request.filters.contains(u"Members of team %1"_s.arg(rowTeam.name)), qPrintable(request.filters.join(u'|')));
    QVERIFY(request.filters.contains(u"Datastores of team %1"_s.arg(columnTeam->name)));
    QCOMPARE(request.filters.size(), 2);
    QCOMPARE(request.databaseLabel, m_url);
    QVERIFY(!request.asOf.isValid());
    QVERIFY(actions->currentOrganisation().isLive());

    // and its CSV holds exactly the cells with access of those accounts × datastores.
    QSet<QString> expected;
    const AccessIndex &access = m_ui.directory->access();
    for (Id accountId : rowTeam.members) {
        const qsizetype a = m_ui.directory->accountPos(accountId);
        if (!m_ui.directory->accounts().at(a).isActive())
            continue;
        for (Id datastoreId : columnTeam->datastores) {
            const Level level = access.cell(a, m_ui.directory->datastorePos(datastoreId));
            if (level != Level::None)
                expected.insert(cellKey(accountId, datastoreId, level));
        }
    }
    QVERIFY(!expected.isEmpty());
    const QByteArray csv = exportCsv(request, actions->currentOrganisation(), u"filtered.csv"_s);
    QVERIFY(csv.startsWith("account_id,subject,name,email,role,datastore_id,datastore,permission,via\n"));
    QCOMPARE(cellsOfCsv(csv), expected);
    QCOMPARE(csv.count('\n'), expected.size() + 1);

    // The HTML report lists the same filters under "Filters applied".
    const QString htmlPath = m_dir.filePath(u"filtered.html"_s);
    QVERIFY(ViewTest::waitFor(actions->exportTo(request, ExportActions::Format::Html, htmlPath)).ok());
    QFile html(htmlPath);
    QVERIFY(html.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(html.readAll());
    QVERIFY(text.contains(u"Filters applied"_s));
    QVERIFY(text.contains(u"Members of team %1"_s.arg(rowTeam.name).toHtmlEscaped()));
}

void tst_MatrixExport::emptyViewExportsNoCells()
{
    // A filter that matches no account gives a report without rows, not the whole organisation.
    m_ui.window->showMatrix();
    MatrixPage *page = m_ui.window->matrixPage();
    page->accountSearch()->setText(u"no account is called this"_s);
    page->applyFilters();
    QCOMPARE(page->model()->rowCount(), 0);
    const ReportRequest request = m_ui.window->exportActions()->currentRequest();
    QVERIFY(!request.accounts.isEmpty());
    QCOMPARE(exportCsv(request, {}, u"empty.csv"_s),
             QByteArray("account_id,subject,name,email,role,datastore_id,datastore,permission,via\n"));
    QVERIFY(request.filters.contains(u"Accounts matching “no account is called this”"_s));
}

void tst_MatrixExport::rowAndColumnScopes()
{
    // Given the matrix filtered to the biggest team's members and a cell of a member with access
    m_ui.window->showMatrix();
    MatrixPage *page = m_ui.window->matrixPage();
    const Team &team = biggestTeam();
    page->accountTeamCombo()->setCurrentIndex(page->accountTeamCombo()->findData(team.id));
    page->applyFilters();
    MatrixModel *model = page->model();
    QModelIndex cell;
    for (int row = 0; row < model->rowCount() && !cell.isValid(); ++row) {
        for (int column = 0; column < model->columnCount() && !cell.isValid(); ++column) {
            if (model->levelAt(row, column) != Level::None)
                cell = model->index(row, column);
        }
    }
    QVERIFY(cell.isValid());
    page->view()->setCurrentIndex(cell);
    const qsizetype accountPos = model->accountPosAt(cell.row());
    const qsizetype datastorePos = model->datastorePosAt(cell.column());
    const Id accountId = m_ui.directory->accounts().at(accountPos).id;
    const Id datastoreId = m_ui.directory->datastores().at(datastorePos).id;
    const AccessIndex &access = m_ui.directory->access();

    // When the row is reported, the CSV is that account's row over the datastores in view;
    const ReportRequest row = page->reportRequest(ReportRequest::Scope::Account);
    QCOMPARE(row.scope, ReportRequest::Scope::Account);
    QCOMPARE(row.accounts, QList<Id>{accountId});
    QSet<QString> expectedRow;
    for (int column = 0; column < model->columnCount(); ++column) {
        const qsizetype d = model->datastorePosAt(column);
        if (const Level level = access.cell(accountPos, d); level != Level::None)
            expectedRow.insert(cellKey(accountId, m_ui.directory->datastores().at(d).id, level));
    }
    QCOMPARE(cellsOfCsv(exportCsv(row, {}, u"row.csv"_s)), expectedRow);

    // when the column is reported, it is that datastore over the team's active members.
    const ReportRequest column = page->reportRequest(ReportRequest::Scope::Datastore);
    QCOMPARE(column.scope, ReportRequest::Scope::Datastore);
    QCOMPARE(column.datastores, QList<Id>{datastoreId});
    QSet<QString> expectedColumn;
    for (Id member : team.members) {
        const qsizetype a = m_ui.directory->accountPos(member);
        if (!m_ui.directory->accounts().at(a).isActive())
            continue;
        if (const Level level = access.cell(a, datastorePos); level != Level::None)
            expectedColumn.insert(cellKey(member, datastoreId, level));
    }
    QVERIFY(expectedColumn.contains(cellKey(accountId, datastoreId, access.cell(accountPos, datastorePos))));
    QCOMPARE(cellsOfCsv(exportCsv(column, {}, u"column.csv"_s)), expectedColumn);
}

void tst_MatrixExport::contextActionsAskForRowAndColumn()
{
    // A page of its own: the window would answer with a file dialog.
    MatrixPage page(m_ui.directory.get());
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.view()->actions().contains(page.exportRowAction()));
    QVERIFY(page.view()->actions().contains(page.exportColumnAction()));
    QCOMPARE(page.view()->contextMenuPolicy(), Qt::ActionsContextMenu);
    QVERIFY(!page.exportRowAction()->isEnabled());

    const QModelIndex cell = page.model()->index(2, 3);
    page.view()->setCurrentIndex(cell);
    QVERIFY(page.exportRowAction()->isEnabled());
    QSignalSpy requested(&page, &MatrixPage::exportRequested);
    page.exportRowAction()->trigger();
    page.exportColumnAction()->trigger();
    QCOMPARE(requested.size(), 2);
    const auto rowRequest = requested.at(0).at(0).value<ReportRequest>();
    QCOMPARE(rowRequest.scope, ReportRequest::Scope::Account);
    QCOMPARE(rowRequest.accounts, QList<Id>{m_ui.directory->accounts().at(page.model()->accountPosAt(2)).id});
    QVERIFY(rowRequest.datastores.isEmpty()); // every datastore is in view
    const auto columnRequest = requested.at(1).at(0).value<ReportRequest>();
    QCOMPARE(columnRequest.scope, ReportRequest::Scope::Datastore);
    QCOMPARE(columnRequest.datastores, QList<Id>{m_ui.directory->datastores().at(page.model()->datastorePosAt(3)).id});
    // every account in view, unless that is every account there is
    const bool allAccounts = page.model()->rowCount() == m_ui.directory->accounts().size();
    QCOMPARE(columnRequest.accounts.size(), allAccounts ? 0 : page.model()->rowCount());
}

void tst_MatrixExport::asOfExportReadsThePast()
{
    // Given a member whose level on a datastore comes from one team, raised to Editor after t0
    qsizetype teamPos = -1;
    for (qsizetype t = 0; t < m_ui.directory->teams().size() && teamPos < 0; ++t) {
        const Team &team = m_ui.directory->teams().at(t);
        if (!team.isPublic && team.permission < Level::Author && !team.datastores.isEmpty() && !team.members.isEmpty())
            teamPos = t;
    }
    QVERIFY(teamPos >= 0);
    const Team before = m_ui.directory->teams().at(teamPos);
    const qsizetype datastorePos = m_ui.directory->datastorePos(before.datastores.first());
    qsizetype accountPos = -1;
    for (Id id : before.members) {
        const qsizetype pos = m_ui.directory->accountPos(id);
        const Explanation why = m_ui.directory->access().explain(pos, datastorePos);
        if (why.source == Explanation::Source::Teams && why.level == before.permission)
            accountPos = pos;
    }
    QVERIFY(accountPos >= 0);
    const Id accountId = m_ui.directory->accounts().at(accountPos).id;
    const Id datastoreId = m_ui.directory->datastores().at(datastorePos).id;
    const Level earlier = m_ui.directory->access().cell(accountPos, datastorePos);
    QThread::sleep(1);
    const QDateTime t0 = QDateTime::currentDateTimeUtc();
    QThread::sleep(1);
    Team after = before;
    after.permission = Level::Editor;
    ChangeSet changes;
    changes.action = u"team.update"_s;
    changes.summary = u"Raised a team"_s;
    changes.teams.append({before, after});
    Result<CommitResult> committed = ViewTest::waitFor(m_ui.worker->commit(changes, Tester));
    QVERIFY2(committed.ok(), qPrintable(committed.ok() ? QString() : committed.error().message));
    m_ui.directory->apply(committed.value());

    // When the matrix, filtered to that team, shows access as of t0
    m_ui.window->showMatrix();
    MatrixPage *page = m_ui.window->matrixPage();
    QSignalSpy finished(page, &MatrixPage::asOfFinished);
    page->asOfEdit()->setDateTime(t0);
    page->showAsOf(t0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QCOMPARE(finished.first().first().toString(), QString());
    page->accountTeamCombo()->setCurrentIndex(page->accountTeamCombo()->findData(before.id));

    // Then the report says "as of t0" and reads that organisation:
    ExportActions *actions = m_ui.window->exportActions();
    const ReportRequest request = actions->currentRequest();
    QCOMPARE(request.asOf, t0);
    const ExportActions::Organisation past = actions->currentOrganisation();
    QVERIFY(!past.isLive());
    const QSet<QString> cells = cellsOfCsv(exportCsv(request, past, u"asof.csv"_s));
    QVERIFY(cells.contains(cellKey(accountId, datastoreId, earlier)));
    QVERIFY(!cells.contains(cellKey(accountId, datastoreId, Level::Editor)));
    const QString htmlPath = m_dir.filePath(u"asof.html"_s);
    QVERIFY(ViewTest::waitFor(actions->exportTo(request, ExportActions::Format::Html, htmlPath, past)).ok());
    QFile html(htmlPath);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(html.readAll()).contains(u">As of<"_s));

    // and back to now, the report reads the live organisation again.
    page->showAsOf({});
    QVERIFY(actions->currentOrganisation().isLive());
    const ReportRequest live = actions->currentRequest();
    QVERIFY(!live.asOf.isValid());
    QVERIFY(cellsOfCsv(exportCsv(live, {}, u"live.csv"_s)).contains(cellKey(accountId, datastoreId, Level::Editor)));
}

void tst_MatrixExport::detailsLinkOpensLookup()
{
    DetailsPane *details = m_ui.window->detailsPane();
    // A team has no lookup.
    m_ui.window->setCurrentPage(EntityKind::Team);
    QVERIFY(m_ui.window->page(EntityKind::Team)->selectId(biggestTeam().id));
    QVERIFY(!details->lookupLink()->isVisible());

    for (EntityKind kind : {EntityKind::Account, EntityKind::Datastore}) {
        const bool account = kind == EntityKind::Account;
        const Id id = account ? m_ui.directory->accounts().at(5).id : m_ui.directory->datastores().at(5).id;
        m_ui.window->setCurrentPage(kind);
        QVERIFY(m_ui.window->page(kind)->selectId(id));
        QVERIFY(details->lookupLink()->isVisible());
        QVERIFY2(details->lookupLink()->text().contains(account ? u"What can this account reach"_s
                                                                : u"Who reaches this"_s),
                 qPrintable(details->lookupLink()->text()));

        Q_EMIT details->lookupLink()->linkActivated(u"lookup"_s);

        LookupDialog *dialog = m_ui.window->findChild<LookupDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->model()->subject(), account ? ReachModel::Subject::Account : ReachModel::Subject::Datastore);
        QCOMPARE(dialog->model()->subjectId(), id);
        delete dialog;
    }
}

void tst_MatrixExport::ctrlFFocusesThePageSearch_data()
{
    QTest::addColumn<QString>("page");
    for (const QString &page : MainWindow::pageNames())
        QTest::addRow("%s", qPrintable(page)) << page;
}

void tst_MatrixExport::ctrlFFocusesThePageSearch()
{
    QFETCH(QString, page);
    m_ui.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_ui.window.get()));
    QVERIFY(m_ui.window->showPage(page));
    QWidget *expected = nullptr;
    if (page == u"matrix")
        expected = m_ui.window->matrixPage()->accountSearch();
    else if (page == u"grid")
        expected = m_ui.window->teamGridPage()->teamFilter();
    else if (page == u"history")
        expected = m_ui.window->historyPage()->textField();
    else if (page == u"findings")
        expected = m_ui.window->findingsPage()->findingsView();
    else if (page == u"reviews")
        expected = m_ui.window->reviewPage()->table();
    else if (page == u"tokens")
        expected = m_ui.window->tokensPage()->searchField();
    else
        expected = m_ui.window->currentPage()->searchField();
    QVERIFY(expected->isVisible());
    // Focus starts elsewhere: the navigation list.
    m_ui.window->findChild<QListWidget *>()->setFocus();

    QTest::keyClick(m_ui.window.get(), Qt::Key_F, Qt::ControlModifier);

    QTRY_COMPARE(QApplication::focusWidget(), expected);
}

void tst_MatrixExport::pagesByName()
{
    auto *pages = m_ui.window->matrixPage()->parentWidget();
    QVERIFY(qobject_cast<QStackedWidget *>(pages));
    const QList<QPair<QString, QWidget *>> expected = {
        {u"accounts"_s, m_ui.window->page(EntityKind::Account)},
        {u"teams"_s, m_ui.window->page(EntityKind::Team)},
        {u"datastores"_s, m_ui.window->page(EntityKind::Datastore)},
        {u"history"_s, m_ui.window->historyPage()},
        {u"matrix"_s, m_ui.window->matrixPage()},
        {u"findings"_s, m_ui.window->findingsPage()},
        {u"reviews"_s, m_ui.window->reviewPage()},
        {u"grid"_s, m_ui.window->teamGridPage()},
        {u"tokens"_s, m_ui.window->tokensPage()},
    };
    QCOMPARE(MainWindow::pageNames().size(), expected.size());
    for (const auto &[name, widget] : expected) {
        QVERIFY(MainWindow::pageNames().contains(name));
        QVERIFY2(m_ui.window->showPage(name), qPrintable(name));
        QCOMPARE(static_cast<QStackedWidget *>(pages)->currentWidget(), widget);
        QVERIFY(widget->isVisible());
    }
    QVERIFY(!m_ui.window->showPage(u"audit"_s));
    QCOMPARE(static_cast<QStackedWidget *>(pages)->currentWidget(), m_ui.window->tokensPage());
}

QTEST_MAIN(tst_MatrixExport)
#include "tst_matrixexport.moc"

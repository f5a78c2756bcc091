// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtestsupport.h"

#include "core/accessreport.h"
#include "core/demogenerator.h"
#include "core/directory.h"
#include "models/findingitemsmodel.h"
#include "models/findingsmodel.h"
#include "models/reachmodel.h"
#include "models/reachproxymodel.h"
#include "models/teamgridmodel.h"
#include "repository/databaseworker.h"
#include "repository/repositoryfactory.h"
#include "views/adminsession.h"
#include "views/assignmentdialog.h"
#include "views/exportactions.h"
#include "views/findingspage.h"
#include "views/lookupdialog.h"
#include "views/mainwindow.h"
#include "views/previewpanel.h"
#include "views/tablepage.h"
#include "views/teamgridpage.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {
const QString Tester = u"local|tester"_s;

} // namespace

class tst_AuditPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void findingItemGoesToItsRow_data();
    void findingItemGoesToItsRow();
    void datastoreLookupExportsItsRows();
    void accountLookupFromContextAction();
    void gridEditByAdminGoesThroughPreview();
    void managerSeesGridReadOnly();
    void exportWholeOrganisationCsv();

private:
    QString subjectWithRole(Role role) const;

    QTemporaryDir m_dir;
    QString m_url;
    ViewTest::Window m_ui;
};

void tst_AuditPages::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ViewTest::isolateSettings(m_dir, u"tst_auditpages"_s);

    m_url = u"sqlite:"_s + m_dir.filePath(u"audit.gatehouse"_s);
    QVERIFY(ViewTest::createDemoDatabase(m_url, ViewTest::demoOptions(7, Tester)).ok());
}

void tst_AuditPages::init()
{
    ViewTest::startCleanly();
    const Result<void> opened = ViewTest::openWindow(m_ui, m_url, Tester);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
}

void tst_AuditPages::cleanup()
{
    AdminSession *session = m_ui.window->session();
    QTRY_VERIFY(!session->isBusy());
    while (session->undoStack()->canUndo()) {
        QVERIFY(session->undo());
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 10000);
    }
    m_ui.close();
}

QString tst_AuditPages::subjectWithRole(Role role) const
{
    for (const Account &account : m_ui.directory->accounts()) {
        if (account.role == role && account.isActive() && account.subject != Tester)
            return account.subject;
    }
    return {};
}

void tst_AuditPages::findingItemGoesToItsRow_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("page");
    QTest::addRow("admins") << int(Finding::Kind::Admins) << int(EntityKind::Account);
    QTest::addRow("public datastores") << int(Finding::Kind::PublicDatastores) << int(EntityKind::Datastore);
}

void tst_AuditPages::findingItemGoesToItsRow()
{
    QFETCH(int, kind);
    QFETCH(int, page);

    // Given the Findings page
    m_ui.window->showFindings();
    FindingsPage *findings = m_ui.window->findingsPage();
    QVERIFY(findings->isVisible());
    QVERIFY(!m_ui.window->detailsPane()->isVisible());
    int row = -1;
    for (int r = 0; r < findings->model()->rowCount(); ++r) {
        if (int(findings->model()->finding(r).kind) == kind)
            row = r;
    }
    QVERIFY(row >= 0);
    const Finding finding = findings->model()->finding(row);
    QVERIFY(!finding.items.isEmpty());

    // When the finding is selected, its items are listed
    findings->selectFinding(row);
    QTableView *items = findings->itemsView();
    QCOMPARE(items->model()->rowCount(), finding.items.size());

    // and Enter on the last of them
    items->setFocus();
    items->setCurrentIndex(items->model()->index(items->model()->rowCount() - 1, 0));
    const Id id = items->currentIndex().data(FindingItemsModel::IdRole).toLongLong();
    QVERIFY(finding.items.contains(id));
    QTest::keyClick(items, Qt::Key_Return);

    // Then the window shows that entity's row on its page
    QCOMPARE(int(m_ui.window->currentKind()), page);
    QCOMPARE(m_ui.window->currentPage()->currentId(), id);
    QVERIFY(m_ui.window->detailsPane()->isVisible());
}

void tst_AuditPages::datastoreLookupExportsItsRows()
{
    // Given a datastore many reach (on Public)
    const Datastore *target = nullptr;
    const Team &everyone = m_ui.directory->teams().at(m_ui.directory->publicTeamPos());
    for (const Datastore &datastore : m_ui.directory->datastores()) {
        if (everyone.datastores.contains(datastore.id)) {
            target = &datastore;
            break;
        }
    }
    QVERIFY(target);
    const Id id = target->id;
    const QString name = target->name;

    // When "Who reaches this…" is asked for it from the Datastores page (Ctrl+L)
    m_ui.window->setCurrentPage(EntityKind::Datastore);
    TablePage *page = m_ui.window->page(EntityKind::Datastore);
    QVERIFY(page->selectId(id));
    page->view()->setFocus();
    QTest::keyClick(page->view(), Qt::Key_L, Qt::ControlModifier);
    auto *dialog = m_ui.window->findChild<LookupDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // Then it lists every account that reaches it, as many as the index says
    QCOMPARE(dialog->model()->rowCount(), m_ui.directory->access().reachCount(m_ui.directory->datastorePos(id)));

    // and its CSV is the access report's rows for that datastore, in the report's order
    const QString report = QString::fromUtf8(accessReportCsv(m_ui.directory->snapshot(), m_ui.directory->access()));
    QStringList lines = report.split(u'\n');
    const QString header = lines.takeFirst();
    const QString marker = u',' + QString::number(id) + u',' + csvField(name) + u',';
    QStringList expected{header};
    for (const QString &line : std::as_const(lines)) {
        if (line.contains(marker))
            expected.append(line);
    }
    expected.append(QString());
    QCOMPARE(QString::fromUtf8(dialog->csv()).split(u'\n'), expected);

    // A text filter narrows the rows and the export alike
    const Account &first = m_ui.directory->accounts().at(m_ui.directory->accountPos(dialog->model()->idAt(0)));
    QTest::keyClicks(dialog->searchField(), first.email.isEmpty() ? first.subject : first.email);
    QVERIFY(dialog->proxy()->rowCount() >= 1);
    QCOMPARE(QString::fromUtf8(dialog->csv()).count(u'\n'), dialog->proxy()->rowCount() + 1);
    dialog->close();
}

void tst_AuditPages::accountLookupFromContextAction()
{
    // Given an account with some access, selected on the Accounts page
    const Account &account = m_ui.directory->accounts().at(m_ui.directory->accountPosBySubject(Tester));
    m_ui.window->setCurrentPage(EntityKind::Account);
    TablePage *page = m_ui.window->page(EntityKind::Account);
    QVERIFY(page->selectId(account.id));

    // When its "What can this account reach" action runs
    QAction *lookup = nullptr;
    for (QAction *action : page->view()->actions()) {
        if (action->text().contains(u"Reach"_s))
            lookup = action;
    }
    QVERIFY(lookup);
    lookup->trigger();
    auto *dialog = m_ui.window->findChild<LookupDialog *>();
    QVERIFY(dialog);

    // Then (an Admin) it lists every datastore at Admin, through the role
    QCOMPARE(dialog->model()->rowCount(), m_ui.directory->datastores().size());
    QCOMPARE(dialog->model()->index(0, ReachModel::ViaColumn).data().toString(), u"Admin role"_s);

    // and activating a row goes to that datastore
    const Id datastore = dialog->proxy()->index(0, 0).data(ReachModel::IdRole).toLongLong();
    dialog->view()->setCurrentIndex(dialog->proxy()->index(0, 0));
    QTest::keyClick(dialog->view(), Qt::Key_Return);
    QCOMPARE(m_ui.window->currentKind(), EntityKind::Datastore);
    QCOMPARE(m_ui.window->page(EntityKind::Datastore)->currentId(), datastore);
    dialog->close();
}

void tst_AuditPages::gridEditByAdminGoesThroughPreview()
{
    // Given the team grid of an Admin and a team with members, not assigned some datastore
    m_ui.window->showTeamGrid();
    TeamGridPage *grid = m_ui.window->teamGridPage();
    QVERIFY(grid->isVisible());
    QVERIFY(!grid->readOnlyNote()->isVisible());
    const Team *team = nullptr;
    for (const Team &candidate : m_ui.directory->teams()) {
        if (!candidate.isPublic && candidate.members.size() >= 2 && candidate.datastores.size() < 60) {
            team = &candidate;
            break;
        }
    }
    QVERIFY(team);
    const Id teamId = team->id;
    const Level level = team->permission;
    Id datastoreId = 0;
    for (const Datastore &datastore : m_ui.directory->datastores()) {
        if (!team->datastores.contains(datastore.id)) {
            datastoreId = datastore.id;
            break;
        }
    }
    QVERIFY(datastoreId);
    TeamGridModel *model = grid->model();
    const QModelIndex cell = model->index(model->rowOfTeam(teamId), model->columnOfDatastore(datastoreId));
    QCOMPARE(cell.data().toString(), QString());

    // When the cell is chosen and Insert pressed
    grid->view()->setFocus();
    grid->view()->setCurrentIndex(cell);
    QVERIFY(grid->assignAction()->isEnabled());
    QTest::keyClick(grid->view(), Qt::Key_Insert);
    auto *dialog = grid->findChild<AssignmentDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));

    // Then the preview shows what it gives, and OK commits it through the session
    QTRY_VERIFY(dialog->okButton()->isEnabled());
    QVERIFY(!dialog->preview()->hasError());
    QVERIFY(!dialog->preview()->diff().isEmpty());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY(m_ui.directory->teams().at(m_ui.directory->teamPos(teamId)).datastores.contains(datastoreId));
    QTRY_VERIFY(!m_ui.window->session()->isBusy());
    QCOMPARE(m_ui.window->session()->undoStack()->count(), 1);
    const QModelIndex after = model->index(model->rowOfTeam(teamId), model->columnOfDatastore(datastoreId));
    QCOMPARE(after.data(TeamGridModel::LevelRole).toInt(), int(level));

    // and Delete on the same cell offers to remove it again
    grid->view()->setCurrentIndex(after);
    QVERIFY(grid->removeAction()->isEnabled());
    QVERIFY(!grid->assignAction()->isEnabled());
}

void tst_AuditPages::managerSeesGridReadOnly()
{
    const QString manager = subjectWithRole(Role::Manager);
    QVERIFY(!manager.isEmpty());
    m_ui.window->setActingSubject(manager);
    m_ui.window->showTeamGrid();
    TeamGridPage *grid = m_ui.window->teamGridPage();
    QVERIFY(grid->isVisible());
    QVERIFY(grid->readOnlyNote()->isVisible());
    QVERIFY(grid->readOnlyNote()->text().contains(u"Admin"_s));
    const QModelIndex cell = grid->model()->index(1, 0);
    grid->view()->setCurrentIndex(cell);
    QVERIFY(!grid->assignAction()->isEnabled());
    QVERIFY(!grid->removeAction()->isEnabled());
    QCOMPARE(grid->editCell(cell, !grid->model()->isAssigned(1, 0)), nullptr);
    QVERIFY(!grid->findChild<AssignmentDialog *>());
}

void tst_AuditPages::exportWholeOrganisationCsv()
{
    // The whole organisation's CSV export is the access report of formats.md
    const QString path = m_dir.filePath(u"access.csv"_s);
    ExportActions *actions = m_ui.window->exportActions();
    QCOMPARE(ExportActions::formatOfPath(path), ExportActions::Format::Csv);
    const Result<void> written = ViewTest::waitFor(actions->exportTo(actions->currentRequest(), ExportActions::Format::Csv, path));
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), accessReportCsv(m_ui.directory->snapshot(), m_ui.directory->access()));
}

QTEST_MAIN(tst_AuditPages)
#include "tst_auditpages.moc"

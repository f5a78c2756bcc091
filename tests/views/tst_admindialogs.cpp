// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtestsupport.h"

#include "core/accessindex.h"
#include "core/adminservice.h"
#include "core/demogenerator.h"
#include "core/directory.h"
#include "models/fastfilterproxymodel.h"
#include "models/historytablemodel.h"
#include "repository/databaseworker.h"
#include "repository/repositoryfactory.h"
#include "views/adminactions.h"
#include "views/adminsession.h"
#include "views/confirmdialog.h"
#include "views/detailspane.h"
#include "views/historypage.h"
#include "views/mainwindow.h"
#include "views/myaccesspage.h"
#include "views/noaccesspage.h"
#include "views/pickerwidget.h"
#include "views/previewpanel.h"
#include "views/tablepage.h"
#include "views/teamdialog.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
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

class tst_AdminDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newTeamByKeyboard();
    void editTeamThenUndoRedo();
    void invalidNameDisablesOk_data();
    void invalidNameDisablesOk();
    void deleteTeamStatesImpact();
    void managerViewsTeamsReadOnly();
    void memberSeesOnlyMyAccess();
    void unknownSubjectSeesNoAccess();

private:
    const Team &someTeam() const;
    QString subjectWithRole(Role role) const;
    Team teamNamed(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_url;
    ViewTest::Window m_ui;
};

void tst_AdminDialogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ViewTest::isolateSettings(m_dir, u"tst_admindialogs"_s);

    m_url = u"sqlite:"_s + m_dir.filePath(u"admin.gatehouse"_s);
    QVERIFY(ViewTest::createDemoDatabase(m_url, ViewTest::demoOptions(11, Tester)).ok());
}

void tst_AdminDialogs::init()
{
    // Every test starts from the same organisation, opened through the real worker.
    ViewTest::startCleanly();
    const Result<void> opened = ViewTest::openWindow(m_ui, m_url, Tester);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
}

void tst_AdminDialogs::cleanup()
{
    // Undo what the test changed, newest first, so the next test sees the original data.
    AdminSession *session = m_ui.window->session();
    QTRY_VERIFY(!session->isBusy());
    while (session->undoStack()->canUndo()) {
        QVERIFY(session->undo());
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 10000);
    }
    m_ui.close();
}

const Team &tst_AdminDialogs::someTeam() const
{
    // A team with members and datastores, not Public.
    for (const Team &team : m_ui.directory->teams()) {
        if (!team.isPublic && team.members.size() >= 3 && team.datastores.size() >= 2)
            return team;
    }
    return m_ui.directory->teams().constLast();
}

QString tst_AdminDialogs::subjectWithRole(Role role) const
{
    for (const Account &account : m_ui.directory->accounts()) {
        if (account.role == role && account.isActive() && account.subject != Tester)
            return account.subject;
    }
    return {};
}

Team tst_AdminDialogs::teamNamed(const QString &name) const
{
    for (const Team &team : m_ui.directory->teams()) {
        if (team.name == name)
            return team;
    }
    return {};
}

void tst_AdminDialogs::newTeamByKeyboard()
{
    // Given the Teams page of an Admin
    m_ui.window->setCurrentPage(EntityKind::Team);
    m_ui.window->page(EntityKind::Team)->view()->setFocus();
    const int teamsBefore = m_ui.window->page(EntityKind::Team)->proxy()->rowCount();

    // When Ctrl+N opens the team dialog and it is filled by keyboard
    QTest::keyClick(m_ui.window.get(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = m_ui.window->findChild<TeamDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTRY_COMPARE(QApplication::focusWidget(), dialog->nameField());
    QTest::keyClicks(dialog->nameField(), u"Finance Review"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->descriptionField());
    QTest::keyClicks(dialog->descriptionField(), u"Quarterly close"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), dialog->levelBox());
    QCOMPARE(dialog->levelBox()->currentText(), u"Reporter"_s);
    QTest::keyClick(dialog->levelBox(), Qt::Key_Up); // Viewer
    QCOMPARE(dialog->levelBox()->currentText(), u"Viewer"_s);
    QVERIFY(dialog->levelSummaryLabel()->text().contains(u"source records"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // the tabs
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // member search
    QCOMPARE(QApplication::focusWidget(), dialog->memberPicker()->searchField());
    const Account &member = m_ui.directory->accounts().at(42);
    QTest::keyClicks(dialog->memberPicker()->searchField(), member.email);
    QTRY_COMPARE(dialog->memberPicker()->proxy()->rowCount(), 1);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // selected only
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // the list
    QCOMPARE(QApplication::focusWidget(), dialog->memberPicker()->view());
    QTest::keyClick(dialog->memberPicker()->view(), Qt::Key_Down);
    QTest::keyClick(dialog->memberPicker()->view(), Qt::Key_Space);
    QCOMPARE(dialog->memberPicker()->selectedIds(), QList<Id>{member.id});
    QVERIFY(dialog->memberPicker()->countText().startsWith(u"1 of 300 selected"_s));
    const Datastore &datastore = m_ui.directory->datastores().at(5);
    dialog->datastorePicker()->setSelectedIds({datastore.id});

    // Then the preview says what the new team gives, after the pause
    QTRY_VERIFY(dialog->okButton()->isEnabled());
    const Snapshot before = m_ui.directory->snapshot();
    const Level had = m_ui.directory->access().cell(m_ui.directory->accountPos(member.id),
                                                  m_ui.directory->datastorePos(datastore.id));
    if (member.role != Role::Admin && had < Level::Viewer) {
        QVERIFY2(dialog->preview()->summaryText().contains(u"Viewer"_s), qPrintable(dialog->preview()->summaryText()));
        QCOMPARE(dialog->preview()->diff().changes.size(), 1);
    } else {
        QCOMPARE(dialog->preview()->summaryText(), u"Nobody's access changes."_s);
    }

    // When Enter accepts
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    // Then the team exists in the Directory and in the table, and History has it
    QTRY_VERIFY(!teamNamed(u"Finance Review"_s).name.isEmpty());
    const Team created = teamNamed(u"Finance Review"_s);
    QCOMPARE(created.permission, Level::Viewer);
    QCOMPARE(created.members, QList<Id>{member.id});
    QCOMPARE(created.datastores, QList<Id>{datastore.id});
    QCOMPARE(m_ui.window->page(EntityKind::Team)->proxy()->rowCount(), teamsBefore + 1);
    QTRY_VERIFY(!m_ui.window->findChild<TeamDialog *>());

    m_ui.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_ui.window.get()));
    QTest::keyClick(m_ui.window.get(), Qt::Key_4, Qt::ControlModifier);
    QVERIFY(m_ui.window->isHistoryShown());
    HistoryTableModel *history = m_ui.window->historyPage()->model();
    QTRY_VERIFY(!m_ui.window->historyPage()->isLoading() && history->rowCount() > 0);
    QCOMPARE(history->records().constFirst().action, u"team.create"_s);
    QCOMPARE(history->records().constFirst().entityId, created.id);
    QVERIFY(history->index(0, HistoryTableModel::EntityColumn).data().toString().contains(u"Finance Review"_s));
    m_ui.window->historyPage()->view()->selectRow(0);
    QVERIFY(m_ui.window->historyPage()->detailsView()->toPlainText().contains(u"Finance Review"_s));
}

void tst_AdminDialogs::editTeamThenUndoRedo()
{
    // Given an edited team (Reporter -> Editor)
    const Team original = someTeam();
    const Level newLevel = original.permission == Level::Editor ? Level::Reporter : Level::Editor;
    auto *dialog = qobject_cast<TeamDialog *>(m_ui.window->adminActions()->editTeam(original.id));
    QVERIFY(dialog);
    dialog->levelBox()->setCurrentIndex(dialog->levelBox()->findData(int(newLevel)));
    QTRY_VERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    const auto levelNow = [&] { return m_ui.directory->teams().at(m_ui.directory->teamPos(original.id)).permission; };
    QTRY_COMPARE(levelNow(), newLevel);
    AdminActions *actions = m_ui.window->adminActions();
    QTRY_VERIFY(actions->undoAction()->isEnabled());
    QCOMPARE(actions->undoAction()->text(), u"&Undo Update team '%1'"_s.arg(original.name));

    // When Ctrl+Z: the team is back, through a real commit
    QTRY_VERIFY(!m_ui.window->findChild<TeamDialog *>());
    m_ui.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_ui.window.get()));
    m_ui.window->page(EntityKind::Team)->view()->setFocus();
    QTest::keyClick(m_ui.window.get(), Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(levelNow(), original.permission);
    QTRY_VERIFY(!m_ui.window->session()->isBusy());
    QCOMPARE(m_ui.directory->teams().at(m_ui.directory->teamPos(original.id)).members, original.members);
    QVERIFY(actions->redoAction()->isEnabled());

    // When Ctrl+Shift+Z: the edit again
    QTest::keyClick(m_ui.window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(levelNow(), newLevel);
    QTRY_VERIFY(!m_ui.window->session()->isBusy());
    QCOMPARE(m_ui.window->session()->undoStack()->index(), 1);

    // Then the log holds all three changes of the team
    Result<QList<AuditRecord>> log = ViewTest::waitFor(m_ui.worker->auditLog(AuditFilter{u"team"_s, original.id, {}, {}, {}, {}, 0}));
    QVERIFY(log.ok());
    QCOMPARE(log->size(), 3);
}

void tst_AdminDialogs::invalidNameDisablesOk_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("messagePart");
    QTest::addRow("256 characters") << QString(256, u'x') << u"255"_s;
    QTest::addRow("existing name in other case") << QString() << u"already"_s;
    QTest::addRow("spaces only") << u"   "_s << u"name"_s;
}

void tst_AdminDialogs::invalidNameDisablesOk()
{
    QFETCH(QString, name);
    QFETCH(QString, messagePart);
    if (name.isEmpty())
        name = someTeam().name.toUpper();
    auto *dialog = qobject_cast<TeamDialog *>(m_ui.window->adminActions()->newTeam());
    QVERIFY(dialog);
    dialog->nameField()->setText(name);
    dialog->updatePreview();
    QVERIFY(dialog->preview()->hasError());
    QVERIFY2(dialog->preview()->summaryText().contains(messagePart, Qt::CaseInsensitive),
             qPrintable(dialog->preview()->summaryText()));
    QVERIFY(!dialog->okButton()->isEnabled());
    const qsizetype teams = m_ui.directory->teams().size();
    QTest::keyClick(dialog->nameField(), Qt::Key_Return);
    QCOMPARE(m_ui.directory->teams().size(), teams);
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

void tst_AdminDialogs::deleteTeamStatesImpact()
{
    const Team team = someTeam();
    // Expected impact from the access index itself: the organisation without the team.
    Snapshot without = m_ui.directory->snapshot();
    without.teams.removeAt(m_ui.directory->teamPos(team.id));
    const AccessIndex before(m_ui.directory->snapshot());
    const AccessIndex after(without);
    QSet<Id> losing, lost;
    for (qsizetype a = 0; a < m_ui.directory->accounts().size(); ++a) {
        for (qsizetype d = 0; d < m_ui.directory->datastores().size(); ++d) {
            if (before.cell(a, d) != Level::None && after.cell(a, d) == Level::None) {
                losing.insert(m_ui.directory->accounts().at(a).id);
                lost.insert(m_ui.directory->datastores().at(d).id);
            }
        }
    }

    m_ui.window->setCurrentPage(EntityKind::Team);
    QVERIFY(m_ui.window->page(EntityKind::Team)->selectId(team.id));
    QVERIFY(m_ui.window->adminActions()->deleteAction()->isEnabled());
    m_ui.window->page(EntityKind::Team)->view()->setFocus();
    QTest::keyClick(m_ui.window->page(EntityKind::Team)->view(), Qt::Key_Delete);
    auto *dialog = m_ui.window->findChild<ConfirmDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->okButton()->isEnabled());
    const QString impact = dialog->impactLabel()->text();
    if (losing.isEmpty()) {
        QVERIFY2(!impact.contains(u"lose access"_s), qPrintable(impact));
    } else {
        const QString expected = (losing.size() == 1 ? u"1 account loses"_s : u"%1 accounts lose"_s.arg(losing.size()))
            + u" access to "_s + (lost.size() == 1 ? u"1 datastore."_s : u"%1 datastores."_s.arg(lost.size()));
        QVERIFY2(impact.startsWith(expected), qPrintable(impact + u" / "_s + expected));
    }
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_COMPARE(m_ui.directory->teamPos(team.id), -1);
}

void tst_AdminDialogs::managerViewsTeamsReadOnly()
{
    const QString manager = subjectWithRole(Role::Manager);
    QVERIFY(!manager.isEmpty());
    m_ui.window->setActingSubject(manager);
    QCOMPARE(m_ui.window->mode(), MainWindow::Mode::Workspace);
    m_ui.window->setCurrentPage(EntityKind::Team);
    QVERIFY(m_ui.window->page(EntityKind::Team)->selectId(someTeam().id));
    AdminActions *actions = m_ui.window->adminActions();
    const QString reason = AdminService::capabilities(m_ui.directory->snapshot(), manager)
                               .reason(Capabilities::Action::EditTeams);
    QVERIFY(!reason.isEmpty());
    // They may look: the team opens read-only, saying why, and nothing can be applied.
    QVERIFY(actions->editAction()->isEnabled());
    QVERIFY(actions->editAction()->text().contains(u"View"_s));
    auto *dialog = qobject_cast<AdminDialog *>(actions->editTeam(someTeam().id));
    QVERIFY(dialog);
    QVERIFY(dialog->isReadOnly());
    QVERIFY(dialog->okButton()->isHidden());
    dialog->reject();
    QVERIFY(!actions->newAction()->isEnabled());
    QCOMPARE(actions->newTeamAction()->toolTip(), reason);
    // Datastores are theirs to create and edit, not to delete.
    m_ui.window->setCurrentPage(EntityKind::Datastore);
    QVERIFY(m_ui.window->page(EntityKind::Datastore)->selectId(m_ui.directory->datastores().constFirst().id));
    QVERIFY(actions->editAction()->isEnabled());
    QVERIFY(actions->newAction()->isEnabled());
    QVERIFY(!actions->deleteAction()->isEnabled());
    QVERIFY(!actions->deleteAction()->toolTip().isEmpty());
}

void tst_AdminDialogs::memberSeesOnlyMyAccess()
{
    const QString member = subjectWithRole(Role::Member);
    QVERIFY(!member.isEmpty());
    m_ui.window->setActingSubject(member);
    QCOMPARE(m_ui.window->mode(), MainWindow::Mode::MyAccess);
    const Account &account = m_ui.directory->accounts().at(m_ui.directory->accountPosBySubject(member));
    QCOMPARE(m_ui.window->myAccessPage()->details()->titleLabel()->text(), account.name);
    QVERIFY(!m_ui.window->editMenu()->menuAction()->isVisible());
    QVERIFY(m_ui.window->myAccessPage()->isVisible());
    QVERIFY(!m_ui.window->page(EntityKind::Account)->isVisible());
    QVERIFY(m_ui.window->adminActions()->newTeam() == nullptr);
}

void tst_AdminDialogs::unknownSubjectSeesNoAccess()
{
    m_ui.window->setActingSubject(u"local|stranger"_s);
    QCOMPARE(m_ui.window->mode(), MainWindow::Mode::NoAccess);
    QVERIFY(m_ui.window->noAccessPage()->message().contains(u"local|stranger"_s));
    QVERIFY(!m_ui.window->page(EntityKind::Team)->isVisible());
    QVERIFY(!m_ui.window->editMenu()->menuAction()->isVisible());
}

QTEST_MAIN(tst_AdminDialogs)
#include "tst_admindialogs.moc"

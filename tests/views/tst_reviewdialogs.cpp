// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtestsupport.h"

#include "core/demogenerator.h"
#include "core/directory.h"
#include "core/reviewservice.h"
#include "models/reviewitemmodel.h"
#include "repository/databaseworker.h"
#include "repository/repositoryfactory.h"
#include "views/adminsession.h"
#include "views/applyrevocationsdialog.h"
#include "views/mainwindow.h"
#include "views/newreviewdialog.h"
#include "views/previewpanel.h"
#include "views/reviewdialog.h"
#include "views/reviewpage.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {
const QString Tester = u"local|tester"_s;


// Answers the next modal message box with `button` once it shows.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, button] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            timer->deleteLater();
            box->button(button)->click();
        }
    });
    timer->start();
}
} // namespace

class tst_ReviewDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void recordSignOffAndApply();
    void managerRecordsButCannotApply();

private:
    QString subjectWithRole(Role role) const;
    Team reviewedTeam() const;
    ReviewDialog *openStored(const Review &review);

    QTemporaryDir m_dir;
    QString m_url;
    ViewTest::Window m_ui;
};

void tst_ReviewDialogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ViewTest::isolateSettings(m_dir, u"tst_reviewdialogs"_s);

    m_url = u"sqlite:"_s + m_dir.filePath(u"reviews.gatehouse"_s);
    DemoOptions options = ViewTest::demoOptions(5, Tester);
    options.accounts = 200;
    options.teams = 12;
    options.datastores = 40;
    QVERIFY(ViewTest::createDemoDatabase(m_url, options).ok());
}

void tst_ReviewDialogs::init()
{
    ViewTest::startCleanly();
    const Result<void> opened = ViewTest::openWindow(m_ui, m_url, Tester, [](AdminBackend &backend, DatabaseWorker *worker) {
        backend.saveReview = [worker](const Review &review, const QString &subject) { return worker->saveReview(review, subject); };
        backend.reviews = [worker] { return worker->reviews(); };
    });
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
}

void tst_ReviewDialogs::cleanup()
{
    AdminSession *session = m_ui.window->session();
    QTRY_VERIFY(!session->isBusy());
    while (session->undoStack()->canUndo()) {
        QVERIFY(session->undo());
        QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 10000);
    }
    m_ui.close();
}

QString tst_ReviewDialogs::subjectWithRole(Role role) const
{
    for (const Account &account : m_ui.directory->accounts()) {
        if (account.role == role && account.isActive() && account.type == AccountType::Human && account.subject != Tester)
            return account.subject;
    }
    return {};
}

Team tst_ReviewDialogs::reviewedTeam() const
{
    for (const Team &team : m_ui.directory->teams()) {
        if (!team.isPublic && team.members.size() >= 2 && team.datastores.size() >= 1)
            return team;
    }
    return {};
}

ReviewDialog *tst_ReviewDialogs::openStored(const Review &review)
{
    ReviewPage *page = m_ui.window->reviewPage();
    QSignalSpy reloaded(page, &ReviewPage::reloaded);
    page->refresh();
    if (reloaded.isEmpty() && !reloaded.wait(10000))
        return nullptr;
    ReviewDialog *editor = page->openReview(review.id);
    if (!editor) {
        qInfo("review %lld not listed: %s", review.id, qPrintable(page->statusLabel()->text()));
        return nullptr;
    }
    // Key shortcuts reach the focused table of the active window only.
    if (!QTest::qWaitForWindowExposed(editor))
        return nullptr;
    QApplication::setActiveWindow(editor);
    return editor;
}

void tst_ReviewDialogs::recordSignOffAndApply()
{
    // Given an Admin on the Reviews page and a team with members and datastores
    const Team team = reviewedTeam();
    QVERIFY(team.id != 0);
    const Id revoked = team.members.first();
    const int itemCount = int(team.members.size() + team.datastores.size());
    ReviewPage *page = m_ui.window->reviewPage();
    page->refresh();
    QVERIFY(page->newButton()->isEnabled());

    // When a review of the team is started in the New Review dialog
    QSignalSpy opened(page, &ReviewPage::editorOpened);
    NewReviewDialog *start = page->newReview();
    QVERIFY(start);
    QTest::keyClicks(start->titleField(), u"Quarterly check"_s);
    start->setSelectedTeamIds({team.id});
    start->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 10000);
    auto *editor = opened.at(0).at(0).value<ReviewDialog *>();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));
    const Id reviewId = editor->review().id;
    QVERIFY(reviewId > 0);
    QCOMPARE(editor->review().items.size(), qsizetype(itemCount));
    QCOMPARE(editor->countLabel()->text(), u"0 of %1 marked \u00b7 0 keep \u00b7 0 revoke"_s.arg(itemCount));
    QVERIFY(!editor->applyButton()->isEnabled());

    // Then signing off before everything is marked is refused, naming the count
    editor->signOffButton()->click();
    QCOMPARE(editor->statusLabel()->text(), u"%1 items are not marked yet."_s.arg(itemCount));

    // When the first member is revoked with R and the rest kept with K, by keyboard
    QTableView *view = editor->view();
    view->setFocus();
    view->setCurrentIndex(editor->proxy()->index(0, ReviewItemModel::MarkColumn));
    QCOMPARE(editor->review().items.at(0).target, revoked);
    QTest::keyClick(view, Qt::Key_R);
    for (int i = 1; i < itemCount; ++i)
        QTest::keyClick(view, Qt::Key_K);
    // Space toggles Keep and Revoke
    view->setCurrentIndex(editor->proxy()->index(1, ReviewItemModel::MarkColumn));
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(editor->review().items.at(1).mark, ReviewItem::Mark::Revoke);
    view->setCurrentIndex(editor->proxy()->index(1, ReviewItemModel::MarkColumn));
    QTest::keyClick(view, Qt::Key_Space);
    QCOMPARE(editor->review().items.at(1).mark, ReviewItem::Mark::Keep);
    QCOMPARE(editor->review().count(ReviewItem::Mark::Revoke), 1);
    QCOMPARE(editor->countLabel()->text(),
             u"%1 of %1 marked \u00b7 %2 keep \u00b7 1 revoke"_s.arg(itemCount).arg(itemCount - 1));
    // "Only unmarked" leaves nothing to show
    editor->unmarkedOnlyBox()->setChecked(true);
    QCOMPARE(editor->proxy()->rowCount(), 0);
    editor->unmarkedOnlyBox()->setChecked(false);

    // And it is signed off after confirming
    answerNextMessageBox(QMessageBox::Yes);
    editor->signOffButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(editor->review().isSignedOff(), 10000);
    QCOMPARE(editor->review().signedOffBy, Tester);
    QVERIFY(!editor->model()->isEditable());
    const Result<Review> stored = ViewTest::waitFor(m_ui.worker->review(reviewId));
    QVERIFY(stored.ok());
    QCOMPARE(*stored, editor->review());

    // Then the evidence can be exported as CSV and PDF
    const QString csvPath = m_dir.filePath(u"evidence.csv"_s);
    const QString pdfPath = m_dir.filePath(u"evidence.pdf"_s);
    QVERIFY(editor->exportTo(csvPath, false).ok());
    QVERIFY(editor->exportTo(pdfPath, true).ok());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    QCOMPARE(csv.readAll(), reviewEvidenceCsv(editor->review()));
    QFile pdf(pdfPath);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
    QVERIFY(pdf.size() > 1000);

    // When the Admin applies the revocations through the preview
    QVERIFY(editor->applyButton()->isEnabled());
    ApplyRevocationsDialog *apply = editor->applyRevocations();
    QVERIFY(apply);
    QVERIFY(!apply->preview()->hasError());
    QVERIFY(apply->okButton()->isEnabled());
    apply->okButton()->click();

    // Then the team loses exactly that member, in the Directory and in the database, undoably
    QTRY_VERIFY_WITH_TIMEOUT(!m_ui.directory->teams().at(m_ui.directory->teamPos(team.id)).members.contains(revoked), 10000);
    QTRY_VERIFY(!m_ui.window->session()->isBusy());
    const Team after = m_ui.directory->teams().at(m_ui.directory->teamPos(team.id));
    QCOMPARE(after.members.size(), team.members.size() - 1);
    QCOMPARE(after.datastores, team.datastores);
    const Result<Snapshot> reloaded = ViewTest::waitFor(m_ui.worker->reload());
    QVERIFY(reloaded.ok());
    const auto storedTeam = std::find_if(reloaded->teams.cbegin(), reloaded->teams.cend(),
                                         [&team](const Team &t) { return t.id == team.id; });
    QVERIFY(storedTeam != reloaded->teams.cend());
    QCOMPARE(storedTeam->members, after.members);
    QCOMPARE(m_ui.window->session()->undoStack()->count(), 1);
    QTRY_VERIFY(!editor->applyButton()->isEnabled()); // nothing is left to apply

    // And the review's history is in the audit log
    AuditFilter filter;
    filter.entity = u"review"_s;
    const Result<QList<AuditRecord>> log = ViewTest::waitFor(m_ui.worker->auditLog(filter));
    QVERIFY(log.ok());
    QStringList actions;
    for (const AuditRecord &record : *log)
        actions.append(record.action);
    QCOMPARE(actions, (QStringList{u"review.start"_s, u"review.sign-off"_s}));
    editor->close();
}

void tst_ReviewDialogs::managerRecordsButCannotApply()
{
    // Given a Manager and two stored reviews of a team: one open, one signed off with a revocation
    const QString manager = subjectWithRole(Role::Manager);
    QVERIFY(!manager.isEmpty());
    m_ui.window->setActingSubject(manager);
    const Team team = reviewedTeam();
    const QDateTime now = parseTimestamp(u"2026-11-23T10:00:00Z");
    Result<Review> started = ReviewService::startReview(m_ui.directory->snapshot(), u"Open"_s, {team.id}, {}, manager, now);
    QVERIFY2(started.ok(), qPrintable(started.ok() ? QString() : started.error().message));
    Result<Review> stored = ViewTest::waitFor(m_ui.worker->saveReview(*started, manager));
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    const Review open = *stored;
    started = ReviewService::startReview(m_ui.directory->snapshot(), u"Done"_s, {team.id}, {}, manager, now);
    QVERIFY(started.ok());
    for (ReviewItem &item : started->items)
        item.mark = ReviewItem::Mark::Revoke;
    started = ReviewService::signOff(m_ui.directory->snapshot(), *started, manager, now);
    QVERIFY(started.ok());
    stored = ViewTest::waitFor(m_ui.worker->saveReview(*started, manager));
    QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().message));
    const Review done = *stored;

    // When the Manager opens the open one, they can mark it by keyboard and save
    ReviewDialog *editor = openStored(open);
    QVERIFY(editor);
    QVERIFY(editor->model()->isEditable());
    editor->view()->setFocus();
    editor->view()->setCurrentIndex(editor->proxy()->index(0, ReviewItemModel::MarkColumn));
    QTest::keyClick(editor->view(), Qt::Key_K);
    QCOMPARE(editor->review().items.at(0).mark, ReviewItem::Mark::Keep);
    QVERIFY(editor->saveButton()->isEnabled());
    QSignalSpy saved(editor, &ReviewDialog::saved);
    editor->saveButton()->click();
    // The save may finish before click() returns: count, do not wait for a new signal.
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
    QCOMPARE(saved.at(0).at(0).value<Review>().version, 2);
    const Result<Review> reread = ViewTest::waitFor(m_ui.worker->review(open.id));
    QVERIFY(reread.ok());
    QCOMPARE(reread->items.at(0).mark, ReviewItem::Mark::Keep);
    editor->close();

    // Then on the signed-off one applying is disabled with the reason, and nothing can be marked
    ReviewDialog *signedOff = openStored(done);
    QVERIFY(signedOff);
    QVERIFY(!signedOff->model()->isEditable());
    QVERIFY(!signedOff->applyButton()->isEnabled());
    QCOMPARE(signedOff->applyButton()->toolTip(), u"Only Admins can apply a review's revocations."_s);
    QVERIFY(!signedOff->applyRevocations());
    signedOff->view()->setFocus();
    QTest::keyClick(signedOff->view(), Qt::Key_K);
    QCOMPARE(signedOff->review(), done);
    signedOff->close();
}

QTEST_MAIN(tst_ReviewDialogs)
#include "tst_reviewdialogs.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtestsupport.h"
#include "views/exportactions.h"
#include "views/progresstask.h"

#include <QFile>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {
const QString Tester = u"local|tester"_s;
} // namespace

// Long work shows a progress dialog with Cancel once it lasts over a second, and Cancel
// stops it without leaving anything behind: no export file, no half-rebuilt organisation.
class tst_ProgressTask : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void quickWorkShowsNoDialog();
    void slowWorkShowsProgressAndCancelStopsIt();
    void closingTheWindowStopsTheWork();
    void cancelledExportLeavesNoFile();
    void exportReportsEachAccount();

private:
    QTemporaryDir m_dir;
    QString m_url;
    ViewTest::Window m_ui;
};

void tst_ProgressTask::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ViewTest::isolateSettings(m_dir, u"tst_progresstask"_s);
    m_url = u"sqlite:"_s + m_dir.filePath(u"progress.gatehouse"_s);
    QVERIFY(ViewTest::createDemoDatabase(m_url, ViewTest::demoOptions(9, Tester)).ok());
}

void tst_ProgressTask::init()
{
    ViewTest::startCleanly();
    const Result<void> opened = ViewTest::openWindow(m_ui, m_url, Tester);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
}

void tst_ProgressTask::cleanup()
{
    m_ui.close();
}

void tst_ProgressTask::quickWorkShowsNoDialog()
{
    QWidget *window = m_ui.window.get();
    // A third of a second: long enough for a dialog to flash if it came at once.
    QFuture<int> future = ProgressTask::run<int>(window, u"Quick"_s, [](Progress &) {
        QThread::msleep(ProgressTask::MinimumDurationMs / 3);
        return 42;
    });
    bool shown = false;
    while (!future.isFinished()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        if (QProgressDialog *dialog = ProgressTask::dialogOf(window))
            shown = shown || dialog->isVisible();
    }
    QCOMPARE(future.result(), 42);
    QVERIFY(!shown);
    QTRY_VERIFY(!ProgressTask::dialogOf(window));
}

void tst_ProgressTask::slowWorkShowsProgressAndCancelStopsIt()
{
    QWidget *window = m_ui.window.get();
    // Work that runs until it is cancelled, reporting a total so the bar is determinate.
    // `stop` ends it if the test fails before Cancel is pressed.
    auto stop = std::make_shared<std::atomic<bool>>(false);
    QFuture<Result<int>> future = ProgressTask::run<Result<int>>(window, u"Slow"_s, [stop](Progress &progress) -> Result<int> {
        progress.startStage(1'000'000);
        for (qint64 i = 0; i < 1'000'000 && !stop->load(); ++i) {
            if (progress.isCancelled())
                return Progress::cancelledError();
            progress.setDone(i);
            QThread::usleep(200);
        }
        return 0;
    });
    const auto finally = qScopeGuard([stop, future] {
        stop->store(true);
        ViewTest::waitFor(future);
    });
    // The dialog shows once the work has lasted a second, or sooner when its progress
    // says it will take longer (QProgressDialog's estimate).
    // After the second it shows, window-modal, with the work's progress.
    QTRY_VERIFY_WITH_TIMEOUT(ProgressTask::dialogOf(window) && ProgressTask::dialogOf(window)->isVisible(), 5000);
    QProgressDialog *dialog = ProgressTask::dialogOf(window);
    QCOMPARE(dialog->windowModality(), Qt::WindowModal);
    QTRY_VERIFY(dialog->maximum() == 1'000'000 && dialog->value() > 0);
    QVERIFY(!future.isFinished());

    QPushButton *cancel = dialog->findChild<QPushButton *>();
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    const Result<int> result = ViewTest::waitFor(future);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Cancelled);
    QTRY_VERIFY(!ProgressTask::dialogOf(window));
}

// Work started from a window that goes away stops with it: nobody is left to want it.
void tst_ProgressTask::closingTheWindowStopsTheWork()
{
    auto owner = std::make_unique<QWidget>();
    auto stop = std::make_shared<std::atomic<bool>>(false);
    QFuture<Result<int>> future = ProgressTask::run<Result<int>>(owner.get(), u"Owned"_s, [stop](Progress &progress) -> Result<int> {
        while (!stop->load()) {
            if (progress.isCancelled())
                return Progress::cancelledError();
            QThread::msleep(1);
        }
        return 0;
    });
    const auto finally = qScopeGuard([stop, future] {
        stop->store(true);
        ViewTest::waitFor(future);
    });
    owner.reset();
    QTRY_VERIFY_WITH_TIMEOUT(future.isFinished(), 5000);
    const Result<int> result = future.result();
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Cancelled);
}

void tst_ProgressTask::cancelledExportLeavesNoFile()
{
    ExportActions *actions = m_ui.window->exportActions();
    const QString path = m_dir.filePath(u"cancelled.csv"_s);
    Progress progress;
    progress.cancel();
    const Result<void> written = ViewTest::waitFor(
        actions->exportTo(actions->currentRequest(), ExportActions::Format::Csv, path, {}, &progress));
    QVERIFY(!written);
    QCOMPARE(written.error().code, Error::Code::Cancelled);
    QVERIFY(!QFile::exists(path));

    // An older file of that name is left as it was.
    QFile older(path);
    QVERIFY(older.open(QIODevice::WriteOnly));
    older.write("kept\n");
    older.close();
    QVERIFY(!ViewTest::waitFor(actions->exportTo(actions->currentRequest(), ExportActions::Format::Html, path, {}, &progress)));
    QVERIFY(older.open(QIODevice::ReadOnly));
    QCOMPARE(older.readAll(), "kept\n");
}

void tst_ProgressTask::exportReportsEachAccount()
{
    ExportActions *actions = m_ui.window->exportActions();
    const QString path = m_dir.filePath(u"whole.csv"_s);
    Progress progress;
    const Result<void> written = ViewTest::waitFor(
        actions->exportTo(actions->currentRequest(), ExportActions::Format::Csv, path, {}, &progress));
    QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().message));
    QVERIFY(QFile::exists(path));
    QCOMPARE(progress.total(), qint64(m_ui.directory->accounts().size()));
    QCOMPARE(progress.done(), progress.total());
}

QTEST_MAIN(tst_ProgressTask)
#include "tst_progresstask.moc"

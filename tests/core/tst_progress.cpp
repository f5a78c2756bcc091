// SPDX-License-Identifier: GPL-3.0-or-later
// The token long work shares with the window showing it: Cancel stops the work early, and
// work left to run reports every step it took.
#include "core/accessreport.h"
#include "core/demogenerator.h"
#include "core/progress.h"

#include <QTest>
#include <QThread>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

class tst_Progress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void stopRequestedLooksEvery256Steps();
    void cancelFromAnotherThreadIsSeen();
    void cancelledReportStopsBeforeTheFirstAccount();
    void reportLeftToRunCountsEveryAccount();
};

void tst_Progress::stopRequestedLooksEvery256Steps()
{
    QVERIFY(!stopRequested(nullptr, 0));
    Progress progress;
    progress.cancel();
    // Between checks the work goes on, so a tight loop pays for no atomic load.
    QVERIFY(!stopRequested(&progress, 1));
    QVERIFY(!stopRequested(&progress, 255));
    QVERIFY(stopRequested(&progress, 256));
    QCOMPARE(progress.done(), 256);
    QCOMPARE(Progress::cancelledError().code, Error::Code::Cancelled);
}

void tst_Progress::cancelFromAnotherThreadIsSeen()
{
    Progress progress;
    std::unique_ptr<QThread> canceller(QThread::create([&progress] { progress.cancel(); }));
    canceller->start();
    QVERIFY(canceller->wait(5000));
    QVERIFY(progress.isCancelled());
}

void tst_Progress::cancelledReportStopsBeforeTheFirstAccount()
{
    DemoOptions options;
    options.accounts = 600;
    const Snapshot snapshot = generateDemo(options);
    const AccessIndex index(snapshot);
    Progress cancelled;
    cancelled.cancel();
    const QByteArray stopped = accessReportCsv(snapshot, index, &cancelled);
    QCOMPARE(stopped.count('\n'), 1); // the header only: the caller writes nothing anyway
    QCOMPARE(cancelled.total(), snapshot.accounts.size());
}

void tst_Progress::reportLeftToRunCountsEveryAccount()
{
    DemoOptions options;
    options.accounts = 600;
    const Snapshot snapshot = generateDemo(options);
    const AccessIndex index(snapshot);
    Progress progress;
    const QByteArray whole = accessReportCsv(snapshot, index, &progress);
    QCOMPARE(whole, accessReportCsv(snapshot, index));
    QCOMPARE(progress.total(), snapshot.accounts.size());
    QCOMPARE(progress.done(), progress.total());
}

QTEST_GUILESS_MAIN(tst_Progress)
#include "tst_progress.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// kill -9 of `gatehousectl import` of a W50k organisation at random moments, on each
// backend (issue 6, "Faults and bad input"): afterwards the database opens and holds exactly
// the organisation it held before or exactly the imported one, with the history to match;
// on SQLite, integrity_check says ok. The import is the real executable, killed with SIGKILL.
//
// The kill times are random; the seed is printed, and GATEHOUSE_FAULT_SEED repeats a run.
#include "core/demogenerator.h"
#include "core/orgfile.h"
#include "repository/repositoryfactory.h"
#include "testbackends.h"
#include "testorganisations.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

constexpr int Kills = 5;
constexpr int EarliestKillMs = 50;

enum class State { Before, After };

const char *stateName(State state)
{
    return state == State::Before ? "before" : "after";
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class tst_FaultsImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void initTestCase();
    void init();
    void killedImportLeavesBeforeOrAfter();

private:
    QStringList importArguments(const QString &url, const QString &file) const
    {
        return {u"import"_s, u"--db"_s, url, u"--replace"_s, file};
    }
    // A new database holding the small "before" organisation.
    void prepareBefore(QString &url);
    // Opens the database as a user would after the crash and says which state it is in;
    // fails the test when it is neither.
    void verifyState(const QString &url, State &state);

    QTemporaryDir m_dir;
    QString m_afterFile;
    QByteArray m_beforeBytes;
    QByteArray m_afterBytes;
};

void tst_FaultsImport::initTestCase_data()
{
    TestBackends::addRows();
}

void tst_FaultsImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QFile::exists(QStringLiteral(GATEHOUSECTL_PATH)));

    // Before: a small organisation; after: W50k (50,000 accounts, 1,000 teams, 5,000
    // datastores). Both are canonical: a load of either state written out gives these bytes.
    m_beforeBytes = writeOrganisation(TestOrganisations::small());
    DemoOptions w50k;
    w50k.accounts = 50000;
    w50k.teams = 1000;
    w50k.datastores = 5000;
    w50k.seed = 42;
    w50k.adminSubject = u"local|ada"_s;
    m_afterBytes = writeOrganisation(generateDemo(w50k));
    QVERIFY(m_beforeBytes != m_afterBytes);
    m_afterFile = m_dir.filePath(u"w50k.json"_s);
    QVERIFY(writeFile(m_afterFile, m_afterBytes));
}

void tst_FaultsImport::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void tst_FaultsImport::prepareBefore(QString &url)
{
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    {
        auto opened = openRepository(url, OpenMode::CreateIfMissing, u"local|ada"_s, u"Ada"_s);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        const Result<void> imported = opened.value()->importSnapshot(TestOrganisations::small(),
                                                                     Repository::ImportMode::Replace,
                                                                     u"local|ada"_s);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    }
    State state = State::After;
    verifyState(url, state);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(state, State::Before);
}

void tst_FaultsImport::verifyState(const QString &url, State &state)
{
    if (TestBackends::isSqlite()) {
        // First, before anything else opens it: the file itself is sound.
        TestBackends::RawConnection raw(url);
        QVERIFY(raw.isOpen());
        QCOMPARE(raw.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    }
    auto opened = openRepository(url, OpenMode::ExistingOnly, u"local|ada"_s, u"Ada"_s);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message + opened.error().detail));
    Repository &repository = *opened.value();
    const Result<Snapshot> loaded = repository.load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().message + loaded.error().detail));
    const QByteArray bytes = writeOrganisation(loaded.value());
    const Result<QList<AuditRecord>> history = repository.auditLog();
    QVERIFY(history.ok());
    // The history: creation and the first import; the killed import's record exactly when
    // its organisation is there.
    if (bytes == m_beforeBytes) {
        state = State::Before;
        QCOMPARE(history->size(), 2);
    } else if (bytes == m_afterBytes) {
        state = State::After;
        QCOMPARE(history->size(), 3);
        QCOMPARE(history->constLast().action, u"import"_s);
        QCOMPARE(history->constLast().afterJson.toUtf8(), m_afterBytes);
    } else {
        QFAIL(qPrintable(u"%1 holds neither the organisation before nor the imported one "
                         u"(%2 accounts, %3 teams)"_s.arg(url)
                             .arg(loaded->accounts.size())
                             .arg(loaded->teams.size())));
    }
}

void tst_FaultsImport::killedImportLeavesBeforeOrAfter()
{
    // Given the import's normal duration on this backend, from one run that is not killed
    QString url;
    prepareBefore(url);
    if (QTest::currentTestFailed())
        return;
    QElapsedTimer clock;
    clock.start();
    {
        QProcess ctl;
        ctl.start(QStringLiteral(GATEHOUSECTL_PATH), importArguments(url, m_afterFile));
        QVERIFY(ctl.waitForFinished(120000));
        QVERIFY2(ctl.exitStatus() == QProcess::NormalExit && ctl.exitCode() == 0,
                 ctl.readAllStandardError().constData());
    }
    const qint64 duration = clock.elapsed();
    State state = State::Before;
    verifyState(url, state);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(state, State::After);
    QVERIFY(TestBackends::dropDatabase(url));

    const quint32 seed = qEnvironmentVariableIsSet("GATEHOUSE_FAULT_SEED")
                             ? qEnvironmentVariable("GATEHOUSE_FAULT_SEED").toUInt()
                             : QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    qInfo("import takes %lld ms; kill times from seed %u (GATEHOUSE_FAULT_SEED)", duration, seed);

    for (int k = 0; k < Kills; ++k) {
        // When an import into a database holding the small organisation is killed at a
        // random moment
        prepareBefore(url);
        if (QTest::currentTestFailed())
            return;
        // Stratified: kill k falls at random into the k-th of Kills equal slices of the run,
        // so the kills spread over all of it, from reading the file to the commit.
        const qint64 slice = qMax<qint64>(1, (duration - EarliestKillMs) / Kills);
        const int delay = int(EarliestKillMs + k * slice + random.bounded(quint32(slice)));
        QProcess ctl;
        ctl.setStandardOutputFile(QProcess::nullDevice());
        ctl.setStandardErrorFile(QProcess::nullDevice());
        clock.restart();
        ctl.start(QStringLiteral(GATEHOUSECTL_PATH), importArguments(url, m_afterFile));
        QVERIFY(ctl.waitForStarted());
        const qint64 left = delay - clock.elapsed();
        if (left > 0)
            QTest::qSleep(int(left));
        ctl.kill();
        QVERIFY(ctl.waitForFinished(30000));
        const bool killed = ctl.exitStatus() == QProcess::CrashExit;

        // Then the database is exactly as before or exactly as after
        verifyState(url, state);
        if (QTest::currentTestFailed())
            return;
        // An import that ended by itself before the kill finished its work.
        if (!killed)
            QCOMPARE(state, State::After);
        qInfo("kill %d at %d ms: %s, %s", k + 1, delay, killed ? "killed" : "had finished", stateName(state));
        QVERIFY(TestBackends::dropDatabase(url));
    }
}

QTEST_GUILESS_MAIN(tst_FaultsImport)
#include "tst_faultsimport.moc"

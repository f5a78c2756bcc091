// SPDX-License-Identifier: GPL-3.0-or-later
// Access as of a date, rebuilt from the history a real SQLite repository writes: every step
// of a scripted series of changes is committed, its report saved, and the report rebuilt
// from the audit log at that step's time must be the saved one.
#include "core/accessreport.h"
#include "core/adminservice.h"
#include "core/demogenerator.h"
#include "core/history.h"
#include "core/orgfile.h"
#include "repository/repositoryfactory.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

const QString Root = u"auth0|root"_s;

QByteArray reportOf(const Snapshot &snapshot)
{
    return accessReportCsv(snapshot, AccessIndex(snapshot));
}

// Commits are stamped to the second: a step waits for the next one so each has its own time.
void waitForNextSecond(const QDateTime &last)
{
    while (QDateTime::currentDateTimeUtc().toSecsSinceEpoch() <= last.toSecsSinceEpoch())
        QThread::msleep(20);
}

// QVERIFY2 evaluates its message also when the check passes.
template <typename T>
QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

struct Step
{
    QString name;
    QDateTime at;
    QByteArray report;
    QByteArray organisation; // canonical export
};

} // namespace

class tst_History : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportAsOfEachStep_data();
    void reportAsOfEachStep();
    void betweenStepsShowsTheEarlierStep();
    void beforeTheFirstRecordThereWasNothing();
    void cancelledReplayChangesNothing();
    void changeTimesListsEachStep();
    void accessBetweenTwoSteps();

private:
    Result<Plan> commitCommand(const QString &name, const Command &command);

    QTemporaryDir m_dir;
    std::unique_ptr<Repository> m_repository;
    QList<Step> m_steps;
    QList<AuditRecord> m_history;
};

Result<Plan> tst_History::commitCommand(const QString &name, const Command &command)
{
    waitForNextSecond(m_steps.constLast().at);
    const Result<Snapshot> current = m_repository->load();
    if (!current)
        return current.error();
    Result<Plan> plan = AdminService::plan(*current, Root, command);
    if (!plan)
        return plan.error();
    const Result<CommitResult> committed = m_repository->commit(plan->changes, Root);
    if (!committed)
        return committed.error();
    const Result<Snapshot> after = m_repository->load();
    if (!after)
        return after.error();
    m_steps.append({name, committed->at, reportOf(*after), writeOrganisation(*after)});
    return plan;
}

void tst_History::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Given a new database (its creation is the first record),
    auto opened = openRepository(u"sqlite:"_s + m_dir.filePath(u"history.gatehouse"_s), OpenMode::CreateIfMissing,
                                 Root, u"Root"_s);
    QVERIFY2(opened, why(opened).constData());
    m_repository = std::move(*opened);
    Result<QList<AuditRecord>> log = m_repository->auditLog();
    QVERIFY(log && log->size() == 1);
    Result<Snapshot> loaded = m_repository->load();
    QVERIFY(loaded);
    m_steps.append({u"created"_s, log->constFirst().at, reportOf(*loaded), writeOrganisation(*loaded)});

    // a small demo imported over it,
    waitForNextSecond(m_steps.constLast().at);
    DemoOptions options;
    options.accounts = 80;
    options.teams = 8;
    options.datastores = 30;
    options.seed = 5;
    options.adminSubject = Root;
    const Snapshot demo = generateDemo(options);
    QVERIFY(m_repository->importSnapshot(demo, Repository::ImportMode::Replace, Root));
    log = m_repository->auditLog();
    QVERIFY(log);
    loaded = m_repository->load();
    QVERIFY(loaded);
    m_steps.append({u"imported"_s, log->constLast().at, reportOf(*loaded), writeOrganisation(*loaded)});

    // and a series of administration changes, each through the service and a commit.
    const Snapshot s = *loaded;
    Team team;
    for (const Team &t : s.teams) {
        if (!t.isPublic && t.members.size() >= 2 && !t.datastores.isEmpty()) {
            team = t;
            break;
        }
    }
    QVERIFY(team.id > 0);
    const Id rootId = [&] {
        for (const Account &a : s.accounts) {
            if (a.subject == Root)
                return a.id;
        }
        return Id(0);
    }();
    Account member;
    for (const Account &a : s.accounts) {
        if (a.isActive() && a.role == Role::Member && a.type == AccountType::Human && team.members.contains(a.id)) {
            member = a;
            break;
        }
    }
    QVERIFY(member.id > 0);
    Account other;
    for (const Account &a : s.accounts) {
        if (a.isActive() && a.role == Role::Member && a.id != member.id && a.id != rootId) {
            other = a;
            break;
        }
    }
    QVERIFY(other.id > 0);

    Team raised = team;
    raised.permission = team.permission == Level::Editor ? Level::Reporter : Level::Editor;
    raised.datastores.removeFirst();
    const Id added = s.datastores.constLast().id;
    if (!raised.datastores.contains(added))
        raised.datastores.append(added);
    auto step = commitCommand(u"team level and datastores changed"_s, Command::updateTeam(raised));
    QVERIFY2(step, why(step).constData());

    step = commitCommand(u"an account's teams set"_s, Command::setAccountTeams(other.id, {team.id}, other.version));
    QVERIFY2(step, why(step).constData());

    step = commitCommand(u"a member deactivated"_s, Command::deactivate(member.id, member.version));
    QVERIFY2(step, why(step).constData());

    Datastore fresh;
    fresh.name = u"Late Lake"_s;
    fresh.connection = u"Databricks"_s;
    step = commitCommand(u"a datastore created in a team"_s, Command::createDatastore(fresh, {team.id}));
    QVERIFY2(step, why(step).constData());

    const Datastore doomed = s.datastores.constLast(); // in the team since the first step
    step = commitCommand(u"a datastore deleted"_s, Command::deleteDatastore(doomed.id, doomed.version));
    QVERIFY2(step, why(step).constData());

    step = commitCommand(u"a member made Admin"_s, Command::setRole(other.id, Role::Admin));
    QVERIFY2(step, why(step).constData());

    step = commitCommand(u"the member reactivated"_s, Command::reactivate(member.id));
    QVERIFY2(step, why(step).constData());

    step = commitCommand(u"the team deleted"_s, Command::deleteTeam(team.id));
    QVERIFY2(step, why(step).constData());

    log = m_repository->auditLog();
    QVERIFY(log);
    m_history = *log;
    // Every step changed access, or the test would not tell the steps apart.
    for (qsizetype i = 1; i < m_steps.size(); ++i)
        QVERIFY2(m_steps.at(i).report != m_steps.at(i - 1).report, qPrintable(m_steps.at(i).name));
}

void tst_History::reportAsOfEachStep_data()
{
    QTest::addColumn<qsizetype>("step");
    for (qsizetype i = 0; i < m_steps.size(); ++i)
        QTest::addRow("%s", qPrintable(m_steps.at(i).name)) << i;
}

void tst_History::reportAsOfEachStep()
{
    QFETCH(qsizetype, step);
    const Step &expected = m_steps.at(step);
    // When the organisation is rebuilt as of the step's commit time,
    const Result<Snapshot> asOf = organisationAsOf(m_history, expected.at);
    QVERIFY2(asOf, why(asOf).constData());
    // then the access report, and the whole organisation, are what they were then.
    QCOMPARE(reportOf(*asOf), expected.report);
    QCOMPARE(writeOrganisation(*asOf), expected.organisation);
}

void tst_History::betweenStepsShowsTheEarlierStep()
{
    for (qsizetype i = 1; i < m_steps.size(); ++i) {
        const Result<Snapshot> justBefore = organisationAsOf(m_history, m_steps.at(i).at.addSecs(-1));
        QVERIFY(justBefore);
        QCOMPARE(reportOf(*justBefore), m_steps.at(i - 1).report);
    }
    const Result<Snapshot> later = organisationAsOf(m_history, m_steps.constLast().at.addDays(300));
    QVERIFY(later);
    QCOMPARE(reportOf(*later), m_steps.constLast().report);
}

// A rebuild the person cancels stops with Cancelled, not with an organisation that is
// only part of the way there; one left to run reports every record it replayed.
void tst_History::cancelledReplayChangesNothing()
{
    const QDateTime last = m_steps.constLast().at;
    Progress cancelled;
    cancelled.cancel();
    const Result<Snapshot> stopped = organisationAsOf(m_history, last, &cancelled);
    QVERIFY(!stopped);
    QCOMPARE(stopped.error().code, Error::Code::Cancelled);

    Progress progress;
    const Result<Snapshot> whole = organisationAsOf(m_history, last, &progress);
    QVERIFY2(whole, why(whole).constData());
    QVERIFY(progress.total() > 0);
    QCOMPARE(progress.done(), progress.total());
    QCOMPARE(reportOf(*whole), m_steps.constLast().report);
}

void tst_History::beforeTheFirstRecordThereWasNothing()
{
    const QDateTime first = m_steps.constFirst().at;
    const Result<Snapshot> none = organisationAsOf(m_history, first.addSecs(-1));
    QVERIFY(!none);
    QCOMPARE(none.error().code, Error::Code::NotFound);
    QCOMPARE(none.error().message, u"There was no organisation before %1 (the first record of its history)."_s.arg(
                                       formatTimestamp(first)));
    QVERIFY(!organisationAsOf({}, first));
}

void tst_History::changeTimesListsEachStep()
{
    QList<QDateTime> expected;
    for (const Step &s : std::as_const(m_steps))
        expected.append(s.at);
    QCOMPARE(changeTimes(m_history), expected);
}

void tst_History::accessBetweenTwoSteps()
{
    const qsizetype last = m_steps.size() - 1;
    const Result<Snapshot> from = organisationAsOf(m_history, m_steps.at(2).at);
    const Result<Snapshot> to = organisationAsOf(m_history, m_steps.at(last).at);
    QVERIFY(from && to);
    const AccessDiff diff = accessBetween(m_history, m_steps.at(2).at, m_steps.at(last).at);
    QVERIFY(!diff.isEmpty());
    QVERIFY(diff.changes == diffAccess(*from, *to).changes);
    // Before the history everything reads as gained.
    const AccessDiff fromNothing = accessBetween(m_history, m_steps.at(0).at.addDays(-1), m_steps.at(1).at);
    for (const AccessChange &c : fromNothing.changes)
        QCOMPARE(c.before, Level::None);
    QCOMPARE(fromNothing.changes.size(), qsizetype(m_steps.at(1).report.count('\n') - 1));
}

QTEST_GUILESS_MAIN(tst_History)
#include "tst_history.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Two processes editing the same team at once, many times, on each backend: no update is
// lost, and the history holds exactly one record per commit (issue 6, "Faults and bad
// input"). The editors are real processes (faultseditor.cpp) with their own connections.
#include "repository/repositoryfactory.h"
#include "testbackends.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

const QString Ada = u"local|ada"_s;
const QString Bob = u"local|bob"_s;
constexpr int EditsPerProcess = 50;
constexpr Id FinanceId = 2;

QString memberSubject(const QString &prefix, int i)
{
    return prefix + QString::number(i);
}

// Two Admins, the accounts the editors add (auth0|a1.., auth0|b1..), and a team with no
// members yet.
Snapshot organisation()
{
    Snapshot s;
    const QDateTime created = parseTimestamp(u"2026-01-01T00:00:00Z");
    Id id = 0;
    for (const QString &subject : {Ada, Bob}) {
        Account admin;
        admin.id = ++id;
        admin.subject = subject;
        admin.name = subject.mid(6);
        admin.role = Role::Admin;
        admin.created = created;
        s.accounts.append(admin);
    }
    for (const QString &prefix : {u"auth0|a"_s, u"auth0|b"_s}) {
        for (int i = 1; i <= EditsPerProcess; ++i) {
            Account member;
            member.id = ++id;
            member.subject = memberSubject(prefix, i);
            member.name = u"Member "_s + member.subject.mid(6);
            member.created = created;
            s.accounts.append(member);
        }
    }
    Team everyone;
    everyone.id = 1;
    everyone.name = u"Public"_s;
    everyone.description = u""_s;
    everyone.isPublic = true;
    everyone.created = created;
    s.teams.append(everyone);
    Team finance;
    finance.id = FinanceId;
    finance.name = u"Finance"_s;
    finance.description = u"nobody yet"_s;
    finance.permission = Level::Viewer;
    finance.created = created;
    s.teams.append(finance);
    return s;
}

struct EditorRun
{
    QStringList committed; // subjects, in commit order
    int conflicts = -1;
};

QSet<qint64> memberIds(const QString &teamJson)
{
    QSet<qint64> ids;
    const QJsonArray members = QJsonDocument::fromJson(teamJson.toUtf8()).object().value(u"members").toArray();
    for (const QJsonValue &v : members)
        ids.insert(v.toInteger());
    return ids;
}

int version(const QString &teamJson)
{
    return QJsonDocument::fromJson(teamJson.toUtf8()).object().value(u"version").toInt();
}

} // namespace

class tst_FaultsEdits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void twoProcessesEditingOneTeamLoseNothing();

private:
    QTemporaryDir m_dir;
};

void tst_FaultsEdits::initTestCase_data()
{
    TestBackends::addRows();
}

void tst_FaultsEdits::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_dir.isValid());
}

void tst_FaultsEdits::twoProcessesEditingOneTeamLoseNothing()
{
    // Given an organisation whose team Finance has no members
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    const Snapshot start = organisation();
    {
        auto opened = openRepository(url, OpenMode::CreateIfMissing, Ada, u"Ada"_s);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        const Result<void> imported = opened.value()->importSnapshot(start, Repository::ImportMode::Replace, Ada);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
    }

    // When Ada and Bob, in two processes, each add 50 members to it at the same time, one
    // commit per member, re-applying an edit that meets a conflict
    const QList<std::pair<QString, QString>> editors{{Ada, u"auth0|a"_s}, {Bob, u"auth0|b"_s}};
    std::array<QProcess, 2> processes;
    for (int i = 0; i < 2; ++i) {
        processes[i].start(QStringLiteral(FAULTSEDITOR_PATH),
                           {url, editors[i].first, u"Finance"_s, editors[i].second,
                            QString::number(EditsPerProcess)});
    }
    std::array<EditorRun, 2> runs;
    for (int i = 0; i < 2; ++i) {
        QProcess &process = processes[i];
        QVERIFY2(process.waitForFinished(120000), qPrintable(process.errorString()));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 0, qPrintable(err));
        const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            if (line.startsWith(u"committed "))
                runs[i].committed.append(line.mid(10));
            else if (line.startsWith(u"conflicts "))
                runs[i].conflicts = line.mid(10).toInt();
        }
        QCOMPARE(runs[i].committed.size(), EditsPerProcess);
        QVERIFY(runs[i].conflicts >= 0);
    }
    qInfo("conflicts met and re-applied: %d by %s, %d by %s", runs[0].conflicts, qPrintable(Ada),
          runs[1].conflicts, qPrintable(Bob));

    // Then the team holds every member either process reported as committed
    auto opened = openRepository(url, OpenMode::ExistingOnly, Ada, u"Ada"_s);
    QVERIFY(opened.ok());
    Repository &repository = *opened.value();
    const Result<Snapshot> after = repository.load();
    QVERIFY(after.ok());
    const auto finance = std::find_if(after->teams.cbegin(), after->teams.cend(),
                                      [](const Team &t) { return t.id == FinanceId; });
    QVERIFY(finance != after->teams.cend());
    QSet<QString> reported;
    for (const EditorRun &run : runs) {
        for (const QString &subject : run.committed)
            reported.insert(subject);
    }
    QCOMPARE(reported.size(), 2 * EditsPerProcess);
    QSet<QString> stored;
    for (Id member : finance->members) {
        for (const Account &a : after->accounts) {
            if (a.id == member)
                stored.insert(a.subject);
        }
    }
    QCOMPARE(stored, reported);
    QCOMPARE(finance->version, 1 + 2 * EditsPerProcess);

    // and its history has exactly one record per commit, each one starting from the version
    // the one before left and adding exactly one member
    AuditFilter filter;
    filter.entity = u"team"_s;
    filter.entityId = FinanceId;
    const Result<QList<AuditRecord>> history = repository.auditLog(filter);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2 * EditsPerProcess);
    std::array<int, 2> byActor{0, 0};
    QSet<qint64> previous;
    for (qsizetype k = 0; k < history->size(); ++k) {
        const AuditRecord &record = history->at(k);
        QCOMPARE(record.action, u"team.update"_s);
        QCOMPARE(version(record.beforeJson), int(1 + k));
        QCOMPARE(version(record.afterJson), int(2 + k));
        const QSet<qint64> before = memberIds(record.beforeJson);
        const QSet<qint64> members = memberIds(record.afterJson);
        QCOMPARE(before, previous);
        QCOMPARE(members.size(), before.size() + 1);
        QVERIFY(members.contains(before));
        previous = members;
        byActor[record.actorSubject == Ada ? 0 : 1] += 1;
        QVERIFY(record.actorSubject == Ada || record.actorSubject == Bob);
    }
    QCOMPARE(byActor[0], EditsPerProcess);
    QCOMPARE(byActor[1], EditsPerProcess);
}

QTEST_GUILESS_MAIN(tst_FaultsEdits)
#include "tst_faultsedits.moc"

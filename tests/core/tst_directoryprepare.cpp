// SPDX-License-Identifier: GPL-3.0-or-later
// An organisation prepared off the GUI thread (Directory::prepare, then load(Prepared &))
// must give the Directory exactly what loading the snapshot directly gives.
#include "core/demogenerator.h"
#include "core/directory.h"
#include "orgbuilder.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <thread>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace Gatehouse::Test;

namespace {

Snapshot demo(int accounts)
{
    DemoOptions options;
    options.accounts = accounts;
    options.teams = 12;
    options.datastores = 90;
    options.seed = 7;
    options.adminSubject = u"auth0|prepare-admin"_s;
    return generateDemo(options);
}

// The same organisation with every list, and every team's members and datastores, out of
// id order, as no repository delivers it: prepare() must sort as load() does.
Snapshot shuffled(Snapshot snapshot)
{
    QRandomGenerator random(42);
    const auto shuffle = [&](auto &list) { std::shuffle(list.begin(), list.end(), random); };
    shuffle(snapshot.accounts);
    shuffle(snapshot.teams);
    shuffle(snapshot.datastores);
    for (Team &team : snapshot.teams) {
        shuffle(team.members);
        shuffle(team.datastores);
    }
    return snapshot;
}

// Two directories agree on everything a view reads: entities, every access cell, teams per
// account, reach per datastore, id and subject lookups.
void compareDirectories(const Directory &expected, const Directory &actual)
{
    QCOMPARE(actual.snapshot(), expected.snapshot());
    QCOMPARE(actual.publicTeamPos(), expected.publicTeamPos());
    const AccessIndex &e = expected.access();
    const AccessIndex &a = actual.access();
    QCOMPARE(a.accountCount(), e.accountCount());
    QCOMPARE(a.datastoreCount(), e.datastoreCount());
    for (qsizetype account = 0; account < e.accountCount(); ++account) {
        QCOMPARE(a.row(account), e.row(account));
        QCOMPARE(a.teamsOf(account), e.teamsOf(account));
    }
    for (qsizetype datastore = 0; datastore < e.datastoreCount(); ++datastore)
        QCOMPARE(a.reachCount(datastore), e.reachCount(datastore));
    for (qsizetype pos = 0; pos < expected.accounts().size(); ++pos) {
        const Account &account = expected.accounts().at(pos);
        QCOMPARE(actual.accountPos(account.id), pos);
        QCOMPARE(actual.accountPosBySubject(account.subject), expected.accountPosBySubject(account.subject));
    }
    for (const Team &team : expected.teams())
        QCOMPARE(actual.teamPos(team.id), expected.teamPos(team.id));
    for (const Datastore &datastore : expected.datastores())
        QCOMPARE(actual.datastorePos(datastore.id), expected.datastorePos(datastore.id));
    QCOMPARE(actual.accountPosBySubject(u"nobody|unknown"_s), qsizetype(-1));
}

} // namespace

class tst_DirectoryPrepare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void sameAsLoad_data();
    void sameAsLoad();
    void preparedOnAnotherThread();
    void loadAnnouncesOneReset();
    void previousOrganisationIsHandedBack();
    void changesAfterAPreparedLoad();
};

void tst_DirectoryPrepare::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void tst_DirectoryPrepare::sameAsLoad_data()
{
    QTest::addColumn<Snapshot>("snapshot");
    QTest::addRow("empty") << Snapshot();
    QTest::addRow("hand-written") << OrgBuilder()
                                         .account(10, u"Ada Admin"_s, Role::Admin)
                                         .account(11, u"Bo Member"_s)
                                         .account(12, u"Cy Gone"_s, Role::Member, false)
                                         .datastore(100, u"Sales"_s)
                                         .datastore(101, u"Ledger"_s)
                                         .team(2, u"Finance"_s, Level::Editor, {11, 12}, {101, 100})
                                         .build();
    // Over 256 accounts: more than one QSQLITE fetch in the application.
    QTest::addRow("generated, in id order") << demo(400);
    QTest::addRow("generated, out of order") << shuffled(demo(400));
}

void tst_DirectoryPrepare::sameAsLoad()
{
    QFETCH(Snapshot, snapshot);
    Directory loaded;
    loaded.load(snapshot);

    Directory prepared;
    Directory::Prepared organisation = Directory::prepare(snapshot);
    prepared.load(organisation);

    QVERIFY(prepared.isLoaded());
    compareDirectories(loaded, prepared);
}

// What the window does: prepare on a worker thread, load on this one.
void tst_DirectoryPrepare::preparedOnAnotherThread()
{
    const Snapshot snapshot = shuffled(demo(600));
    Directory loaded;
    loaded.load(snapshot);

    Directory::Prepared organisation;
    std::thread worker([&] { organisation = Directory::prepare(snapshot); });
    worker.join();
    Directory prepared;
    prepared.load(organisation);
    compareDirectories(loaded, prepared);
}

void tst_DirectoryPrepare::loadAnnouncesOneReset()
{
    Directory directory;
    const Snapshot before = demo(50);
    const Snapshot after = demo(120);
    directory.load(before);
    QSignalSpy aboutToReset(&directory, &Directory::aboutToReset);
    QSignalSpy reset(&directory, &Directory::reset);
    QSignalSpy accessChanged(&directory, &Directory::accessChanged);
    qsizetype accountsAtAboutToReset = -1;
    qsizetype accountsAtReset = -1;
    connect(&directory, &Directory::aboutToReset, this, [&] { accountsAtAboutToReset = directory.accounts().size(); });
    connect(&directory, &Directory::reset, this, [&] {
        accountsAtReset = directory.accounts().size();
        // A slot reading access at the reset sees the new index.
        QCOMPARE(directory.access().accountCount(), accountsAtReset);
    });

    Directory::Prepared organisation = Directory::prepare(after);
    directory.load(organisation);

    QCOMPARE(aboutToReset.size(), 1);
    QCOMPARE(reset.size(), 1);
    QCOMPARE(accessChanged.size(), 1);
    QCOMPARE(accountsAtAboutToReset, before.accounts.size());
    QCOMPARE(accountsAtReset, after.accounts.size());
}

void tst_DirectoryPrepare::previousOrganisationIsHandedBack()
{
    Directory directory;
    const Snapshot first = demo(30);
    const Snapshot second = demo(80);
    directory.load(first);

    Directory::Prepared organisation = Directory::prepare(second);
    directory.load(organisation);

    QCOMPARE(directory.snapshot(), second);
    QCOMPARE(organisation.snapshot, first);
    QCOMPARE(organisation.index.accountCount(), first.accounts.size());
}

// Edits applied after a prepared load land as after a plain load: the other paths of the
// Directory read the same state.
void tst_DirectoryPrepare::changesAfterAPreparedLoad()
{
    const Snapshot snapshot = demo(300);
    Directory loaded;
    loaded.load(snapshot);
    Directory prepared;
    Directory::Prepared organisation = Directory::prepare(snapshot);
    prepared.load(organisation);

    Account renamed = snapshot.accounts.at(5);
    renamed.name = u"Renamed Person"_s;
    Account promoted = snapshot.accounts.at(9);
    promoted.role = Role::Admin;
    Account added = snapshot.accounts.constLast();
    added.id += 1000;
    added.subject = u"auth0|added"_s;
    Team team = snapshot.teams.at(3);
    team.members.append(added.id);
    team.datastores = {snapshot.datastores.constFirst().id};
    for (Directory *directory : {&loaded, &prepared}) {
        directory->upsertAccount(renamed);
        directory->upsertAccount(promoted);
        directory->upsertAccount(added);
        directory->upsertTeam(team);
        directory->removeDatastore(snapshot.datastores.at(1).id);
    }
    compareDirectories(loaded, prepared);
    QCOMPARE(prepared.accountPosBySubject(u"auth0|added"_s), prepared.accounts().size() - 1);
}

QTEST_GUILESS_MAIN(tst_DirectoryPrepare)
#include "tst_directoryprepare.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "orgbuilder.h"

#include "core/directory.h"

#include <QSignalSpy>
#include <QTest>

using namespace Gatehouse;
using namespace Gatehouse::Test;
using namespace Qt::StringLiterals;

class tst_Directory : public QObject
{
    Q_OBJECT

private:
    static Snapshot organisation()
    {
        return OrgBuilder()
            .account(10, u"Ada"_s, Role::Admin)
            .account(11, u"Bob"_s)
            .account(13, u"Dan"_s)
            .datastore(100, u"Sales"_s)
            .datastore(102, u"Orders"_s)
            .team(2, u"Finance"_s, Level::Viewer, {11}, {100})
            .team(5, u"Ops"_s, Level::Editor, {13}, {102})
            .build();
    }

private Q_SLOTS:
    void loadResetsAndIndexes()
    {
        Directory directory;
        QSignalSpy about(&directory, &Directory::aboutToReset);
        QSignalSpy reset(&directory, &Directory::reset);
        directory.load(organisation());
        QCOMPARE(about.count(), 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(directory.accounts().size(), 3);
        QCOMPARE(directory.accountPosBySubject(u"auth0|bob"_s), 1);
        QCOMPARE(directory.publicTeamPos(), 0);
        QCOMPARE(directory.access().cell(1, 0), Level::Viewer);
    }

    void insertTeamKeepsIdOrderAndSignalsItsRow()
    {
        Directory directory;
        directory.load(organisation());
        QSignalSpy aboutToInsert(&directory, &Directory::teamsAboutToBeInserted);
        QSignalSpy inserted(&directory, &Directory::teamsInserted);
        QSignalSpy access(&directory, &Directory::accessChanged);

        Team team;
        team.id = 3; // between Finance (2) and Ops (5)
        team.name = u"Analysts"_s;
        team.permission = Level::Editor;
        team.members = {13, 11};
        team.datastores = {100};
        directory.upsertTeam(team);

        QCOMPARE(aboutToInsert.count(), 1);
        QCOMPARE(aboutToInsert.at(0).at(0).value<qsizetype>(), 2);
        QCOMPARE(inserted.at(0).at(0).value<qsizetype>(), 2);
        QCOMPARE(inserted.at(0).at(1).value<qsizetype>(), 2);
        QCOMPARE(access.count(), 1);
        QCOMPARE(directory.teams().at(2).name, u"Analysts"_s);
        QCOMPARE(directory.teams().at(2).members, (QList<Id>{11, 13})); // kept sorted
        // The index was rebuilt before the signal: Bob now reaches Sales as Editor.
        QCOMPARE(directory.access().cell(directory.accountPos(11), directory.datastorePos(100)),
                 Level::Editor);
    }

    void updateTeamSignalsChangedRowNotInsert()
    {
        Directory directory;
        directory.load(organisation());
        QSignalSpy inserted(&directory, &Directory::teamsInserted);
        QSignalSpy changed(&directory, &Directory::teamsChanged);
        Team finance = directory.teams().at(1);
        finance.permission = Level::Author;
        directory.upsertTeam(finance);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<qsizetype>(), 1);
        QCOMPARE(directory.access().cell(1, 0), Level::Author);
    }

    void removeDatastoreLeavesTeams()
    {
        Directory directory;
        directory.load(organisation());
        QSignalSpy removed(&directory, &Directory::datastoresRemoved);
        QSignalSpy teamChanged(&directory, &Directory::teamsChanged);
        directory.removeDatastore(100);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(directory.datastores().size(), 1);
        QVERIFY(directory.teams().at(1).datastores.isEmpty());
        QCOMPARE(teamChanged.count(), 1);
        QCOMPARE(teamChanged.at(0).at(0).value<qsizetype>(), 1);
        QCOMPARE(directory.access().datastoreCount(), 1);
    }

    // A directory sync adds thousands of accounts at once: one ranged insertion, the index
    // rebuilt once, and the rows readable when the signal arrives.
    void manyNewAccountsAreOneRangedInsert()
    {
        Directory directory;
        directory.load(organisation());
        QSignalSpy aboutToInsert(&directory, &Directory::accountsAboutToBeInserted);
        QSignalSpy inserted(&directory, &Directory::accountsInserted);
        qsizetype seenRows = 0;
        connect(&directory, &Directory::accountsInserted, this, [&](qsizetype, qsizetype last) {
            seenRows = directory.accountPos(directory.accounts().at(last).id) + 1;
        });
        CommitResult commit;
        for (Id id = 2000; id > 100; --id) { // any order
            Account a;
            a.id = id;
            a.name = u"Person %1"_s.arg(id);
            a.email = u"p%1@example.com"_s.arg(id);
            commit.accounts.append(a);
        }
        Team finance = directory.teams().at(1);
        finance.members = {11, 150, 2000};
        commit.teams.append(finance);
        directory.apply(commit);

        QCOMPARE(aboutToInsert.count(), 1);
        QCOMPARE(aboutToInsert.at(0).at(0).value<qsizetype>(), 3);
        QCOMPARE(aboutToInsert.at(0).at(1).value<qsizetype>(), 3 + 1900 - 1);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(seenRows, 3 + 1900);
        QCOMPARE(directory.accounts().size(), 3 + 1900);
        QCOMPARE(directory.accounts().at(3).id, 101);
        QCOMPARE(directory.accounts().last().id, 2000);
        QCOMPARE(directory.access().cell(directory.accountPos(2000), directory.datastorePos(100)), Level::Viewer);
    }

    // New rows between old ones come as one insertion per run of adjacent rows.
    void interleavedInsertsComeInRuns()
    {
        Directory directory;
        directory.load(organisation()); // teams 1, 2, 5
        QSignalSpy inserted(&directory, &Directory::teamsInserted);
        CommitResult commit;
        for (Id id : {7, 3, 4, 6}) {
            Team t;
            t.id = id;
            t.name = u"Team %1"_s.arg(id);
            commit.teams.append(t);
        }
        directory.apply(commit);
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(inserted.at(0).at(0).value<qsizetype>(), 2); // 3, 4 before Ops (5)
        QCOMPARE(inserted.at(0).at(1).value<qsizetype>(), 3);
        QCOMPARE(inserted.at(1).at(0).value<qsizetype>(), 5); // 6, 7 after it
        QCOMPARE(inserted.at(1).at(1).value<qsizetype>(), 6);
        QList<Id> ids;
        for (const Team &t : directory.teams())
            ids.append(t.id);
        QCOMPARE(ids, (QList<Id>{1, 2, 3, 4, 5, 6, 7}));
    }

    // Rows changed next to each other are announced as one range.
    void changedRowsAreRanged()
    {
        Directory directory;
        directory.load(organisation());
        QSignalSpy changed(&directory, &Directory::accountsChanged);
        CommitResult commit;
        for (qsizetype i = 0; i < directory.accounts().size(); ++i) {
            Account a = directory.accounts().at(i);
            a.name += u" (synced)"_s;
            commit.accounts.append(a);
        }
        directory.apply(commit);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<qsizetype>(), 0);
        QCOMPARE(changed.at(0).at(1).value<qsizetype>(), 2);
    }

    // Deleting many teams scattered among others: one reset, not an index rebuild per row.
    void scatteredRemovalsReset()
    {
        Snapshot s = organisation();
        for (Id id = 10; id < 80; ++id) {
            Team t;
            t.id = id;
            t.name = u"Team %1"_s.arg(id);
            t.members = {11};
            s.teams.append(t);
        }
        Directory directory;
        directory.load(s);
        QSignalSpy aboutToReset(&directory, &Directory::aboutToReset);
        QSignalSpy reset(&directory, &Directory::reset);
        QSignalSpy removed(&directory, &Directory::teamsRemoved);
        CommitResult commit;
        for (Id id = 10; id < 80; id += 2)
            commit.removedTeams.append(id);
        directory.apply(commit);
        QCOMPARE(aboutToReset.count(), 1);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(directory.teams().size(), 3 + 35);
        QCOMPARE(directory.teamPos(11), 3);
        QCOMPARE(directory.teamPos(10), -1);

        // A few contiguous removals stay ranged.
        CommitResult few;
        few.removedTeams = {11, 13, 15};
        directory.apply(few);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).value<qsizetype>(), 3);
        QCOMPARE(removed.at(0).at(1).value<qsizetype>(), 5);
        QCOMPARE(reset.count(), 1);
    }

    void removeUnknownTeamIsNoOp()
    {
        Directory directory;
        directory.load(organisation());
        QSignalSpy removed(&directory, &Directory::teamsRemoved);
        directory.removeTeam(999);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(directory.teams().size(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_Directory)
#include "tst_directory.moc"

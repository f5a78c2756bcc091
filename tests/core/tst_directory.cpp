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

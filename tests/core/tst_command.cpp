// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/command.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

Q_DECLARE_METATYPE(Gatehouse::Command)

class tst_Command : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void factories_data()
    {
        QTest::addColumn<Command>("command");
        QTest::addColumn<int>("kind");
        QTest::addColumn<Id>("target");
        QTest::addColumn<int>("expectedVersion");
        QTest::addColumn<QString>("action");

        Team team;
        team.id = 7;
        team.name = u"Finance"_s;
        team.version = 3;
        Datastore datastore;
        datastore.id = 9;
        datastore.name = u"Lake"_s;
        datastore.version = 4;
        using K = Command::Kind;
        QTest::addRow("create team") << Command::createTeam(team) << int(K::CreateTeam) << Id(7) << 0 << u"team.create"_s;
        QTest::addRow("update team") << Command::updateTeam(team) << int(K::UpdateTeam) << Id(7) << 3 << u"team.update"_s;
        QTest::addRow("delete team") << Command::deleteTeam(7, 2) << int(K::DeleteTeam) << Id(7) << 2 << u"team.delete"_s;
        QTest::addRow("set role") << Command::setRole(5, Role::Manager, 1) << int(K::SetRole) << Id(5) << 1 << u"account.set-role"_s;
        QTest::addRow("set teams") << Command::setAccountTeams(5, {2, 3}) << int(K::SetAccountTeams) << Id(5) << 0 << u"account.set-teams"_s;
        QTest::addRow("deactivate") << Command::deactivate(5, 6) << int(K::Deactivate) << Id(5) << 6 << u"account.deactivate"_s;
        QTest::addRow("reactivate") << Command::reactivate(5) << int(K::Reactivate) << Id(5) << 0 << u"account.reactivate"_s;
        QTest::addRow("service account") << Command::createServiceAccount(u"ETL"_s, Role::Member, {2})
                                         << int(K::CreateServiceAccount) << Id(0) << 0 << u"service.create"_s;
        QTest::addRow("create datastore") << Command::createDatastore(datastore, {1})
                                          << int(K::CreateDatastore) << Id(9) << 0 << u"datastore.create"_s;
        QTest::addRow("update datastore") << Command::updateDatastore(datastore)
                                          << int(K::UpdateDatastore) << Id(9) << 4 << u"datastore.update"_s;
        QTest::addRow("delete datastore") << Command::deleteDatastore(9) << int(K::DeleteDatastore)
                                          << Id(9) << 0 << u"datastore.delete"_s;
    }

    void factories()
    {
        QFETCH(Command, command);
        QFETCH(int, kind);
        QFETCH(Id, target);
        QFETCH(int, expectedVersion);
        QFETCH(QString, action);
        QCOMPARE(int(command.kind), kind);
        QCOMPARE(command.target, target);
        QCOMPARE(command.expectedVersion, expectedVersion);
        QCOMPARE(actionName(command.kind), action);
    }

    void payloadIsKept()
    {
        const Command service = Command::createServiceAccount(u"Pipeline Automation"_s, Role::Manager, {4, 2});
        QCOMPARE(service.name, u"Pipeline Automation"_s);
        QCOMPARE(service.role, Role::Manager);
        QCOMPARE(service.teams, (QList<Id>{4, 2}));
        QCOMPARE(Command::setAccountTeams(3, {1}).teams, QList<Id>{1});
        // Commands compare by value: an undo stack can tell two commands apart.
        QVERIFY(Command::deleteTeam(7) != Command::deleteTeam(8));
        QCOMPARE(Command::deleteTeam(7, 1), Command::deleteTeam(7, 1));
    }
};

QTEST_GUILESS_MAIN(tst_Command)
#include "tst_command.moc"

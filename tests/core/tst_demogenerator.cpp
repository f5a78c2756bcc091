// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demogenerator.h"

#include "core/localidentity.h"
#include "core/orgfile.h"
#include "core/textfold.h"
#include "core/validation.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

DemoOptions options(int accounts, int teams, int datastores, quint64 seed)
{
    DemoOptions o;
    o.accounts = accounts;
    o.teams = teams;
    o.datastores = datastores;
    o.seed = seed;
    return o;
}

} // namespace

class tst_DemoGenerator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sameSeedSameBytes()
    {
        const DemoOptions o = options(500, 20, 80, 7);
        QCOMPARE(writeOrganisation(generateDemo(o)), writeOrganisation(generateDemo(o)));
    }

    void differentSeedDiffers()
    {
        const QByteArray a = writeOrganisation(generateDemo(options(500, 20, 80, 7)));
        const QByteArray b = writeOrganisation(generateDemo(options(500, 20, 80, 8)));
        QVERIFY(a != b);
    }

    void validAndSized_data()
    {
        QTest::addColumn<int>("accounts");
        QTest::addColumn<int>("teams");
        QTest::addColumn<int>("datastores");
        QTest::addColumn<quint64>("seed");

        QTest::addRow("defaults") << 2000 << 60 << 300 << quint64(1);
        QTest::addRow("admin only") << 1 << 0 << 0 << quint64(3);
        QTest::addRow("more teams than names") << 300 << 95 << 20 << quint64(11);
        QTest::addRow("more datastores than name combinations") << 200 << 5 << 700 << quint64(12);
        QTest::addRow("seed zero") << 50 << 3 << 10 << quint64(0);
        QTest::addRow("large seed") << 50 << 3 << 10 << ~quint64(0);
    }

    void validAndSized()
    {
        QFETCH(int, accounts);
        QFETCH(int, teams);
        QFETCH(int, datastores);
        QFETCH(quint64, seed);
        const Snapshot s = generateDemo(options(accounts, teams, datastores, seed));
        const Result<void> valid = validateSnapshot(s);
        QVERIFY2(valid.ok(), qPrintable(valid.ok() ? QString() : valid.error().message));
        QCOMPARE(s.accounts.size(), accounts);
        QCOMPARE(s.teams.size(), teams + 1);
        QCOMPARE(s.datastores.size(), datastores);
        // Survives its own file format unchanged (the CLI writes and imports it).
        const QByteArray bytes = writeOrganisation(s);
        const Result<Snapshot> back = parseOrganisation(bytes, QDateTime::currentDateTimeUtc());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(writeOrganisation(*back), bytes);
    }

    void operatorIsActiveAdmin_data()
    {
        QTest::addColumn<QString>("adminSubject");
        QTest::addColumn<QString>("expected");
        QTest::addRow("default is the local account") << QString() << localSubject();
        QTest::addRow("given subject") << u"auth0|operator"_s << u"auth0|operator"_s;
    }

    void operatorIsActiveAdmin()
    {
        QFETCH(QString, adminSubject);
        QFETCH(QString, expected);
        DemoOptions o = options(300, 10, 30, 5);
        o.adminSubject = adminSubject;
        const Snapshot s = generateDemo(o);
        const Account &first = s.accounts.at(0);
        QCOMPARE(first.id, 1);
        QCOMPARE(first.subject, expected);
        // The name derives from the subject, never from this machine's user database.
        QCOMPARE(first.name, expected.section(u'|', -1));
        QCOMPARE(first.role, Role::Admin);
        QCOMPARE(first.type, AccountType::Human);
        QVERIFY(first.isActive());
        int withSubject = 0;
        for (const Account &a : s.accounts)
            withSubject += a.subject == expected ? 1 : 0;
        QCOMPARE(withSubject, 1);
    }

    void realisticMix()
    {
        const Snapshot s = generateDemo(options(5000, 60, 300, 1));
        int services = 0, deactivated = 0, admins = 0, managers = 0, neverActive = 0;
        bool accented = false;
        for (const Account &a : s.accounts) {
            if (a.type == AccountType::Service) {
                ++services;
                QVERIFY(a.subject.endsWith(u"@service"));
                QVERIFY(a.email.isEmpty());
            } else if (a.id != 1) {
                QVERIFY2(a.email.endsWith(u"@example.com"), qPrintable(a.email));
                QVERIFY(a.email.contains(u'.'));
            }
            deactivated += a.isActive() ? 0 : 1;
            admins += a.role == Role::Admin ? 1 : 0;
            managers += a.role == Role::Manager ? 1 : 0;
            neverActive += a.lastActive.isValid() ? 0 : 1;
            for (QChar c : a.name)
                accented = accented || c.unicode() > 0x7f;
        }
        QVERIFY2(services >= 20 && services <= 90, qPrintable(QString::number(services)));
        QVERIFY2(deactivated >= 80 && deactivated <= 250, qPrintable(QString::number(deactivated)));
        QVERIFY2(admins >= 3 && admins <= 25, qPrintable(QString::number(admins)));
        QVERIFY2(managers >= 170 && managers <= 330, qPrintable(QString::number(managers)));
        QVERIFY(neverActive > 0);
        QVERIFY(accented);

        // Team membership skewed: everyone in at least one team, most in one to three.
        QHash<Id, int> teamsPerAccount;
        QSet<QString> levels;
        for (const Team &t : s.teams) {
            if (t.isPublic) {
                QCOMPARE(t.name, u"Public"_s);
                QCOMPARE(t.permission, Level::Reporter);
                QCOMPARE(t.datastores.size(), 6); // 2% of 300
                continue;
            }
            QVERIFY(!t.datastores.isEmpty());
            QVERIFY(t.datastores.size() <= 200);
            levels.insert(levelName(t.permission));
            for (Id m : t.members)
                ++teamsPerAccount[m];
        }
        QCOMPARE(levels.size(), 5);
        QCOMPARE(teamsPerAccount.size(), s.accounts.size());
        int upToThree = 0;
        for (int n : std::as_const(teamsPerAccount)) {
            QVERIFY(n >= 1 && n <= 8);
            upToThree += n <= 3 ? 1 : 0;
        }
        QVERIFY(upToThree > s.accounts.size() * 3 / 4);
        // Names are numbered once the built-in list (30 names) runs out.
        QCOMPARE(s.teams.at(1).name, u"Finance"_s);
        QCOMPARE(s.teams.at(31).name, u"Finance 2"_s);
        QSet<QString> datastoreNames;
        for (const Datastore &d : s.datastores)
            datastoreNames.insert(d.name);
        QCOMPARE(datastoreNames.size(), s.datastores.size());
    }

    void largeOrganisation()
    {
        const Snapshot s = generateDemo(options(50000, 1000, 5000, 42));
        QCOMPARE(s.accounts.size(), 50000);
        QVERIFY(validateSnapshot(s).ok());
        int publicCount = int(s.teams.at(s.publicTeamIndex()).datastores.size());
        QCOMPARE(publicCount, 100); // 2% capped at 100
    }
};

QTEST_GUILESS_MAIN(tst_DemoGenerator)
#include "tst_demogenerator.moc"

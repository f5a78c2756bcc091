// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/accessreport.h"

#include "orgbuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using Gatehouse::Test::OrgBuilder;

Q_DECLARE_METATYPE(Gatehouse::Snapshot)

namespace {

const QByteArray Header = "account_id,subject,name,email,role,datastore_id,datastore,permission,via\n";

QByteArray report(const Snapshot &s)
{
    return accessReportCsv(s, AccessIndex(s));
}

} // namespace

class tst_AccessReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void report_data()
    {
        QTest::addColumn<Snapshot>("snapshot");
        QTest::addColumn<QByteArray>("expected");

        QTest::addRow("empty organisation: header only") << OrgBuilder().build() << Header;

        QTest::addRow("deactivated accounts give no row")
            << OrgBuilder()
                   .account(1, u"Ada Byron"_s, Role::Admin, false)
                   .account(2, u"Bob Stone"_s, Role::Member, false)
                   .datastore(10, u"Lake"_s)
                   .team(2, u"Finance"_s, Level::Editor, {2}, {10})
                   .publicDatastores({10})
                   .build()
            << Header;

        QTest::addRow("admin reaches every datastore through the role")
            << OrgBuilder()
                   .account(1, u"Ada Byron"_s, Role::Admin)
                   .datastore(10, u"Lake"_s)
                   .datastore(20, u"Mart"_s)
                   .team(2, u"Finance"_s, Level::Viewer, {1}, {10})
                   .build()
            << Header
                + "1,auth0|ada_byron,Ada Byron,ada_byron@example.com,Admin,10,Lake,Admin,role:Admin\n"
                  "1,auth0|ada_byron,Ada Byron,ada_byron@example.com,Admin,20,Mart,Admin,role:Admin\n";

        QTest::addRow("highest level wins, public counts for everyone")
            << OrgBuilder()
                   .account(1, u"Bob Stone"_s, Role::Manager)
                   .account(2, u"Loader"_s, Role::Member, true, AccountType::Service)
                   .datastore(10, u"Lake"_s)
                   .datastore(11, u"Mart"_s)
                   .datastore(12, u"Hidden"_s)
                   .team(2, u"Finance"_s, Level::Viewer, {1}, {10})
                   .team(3, u"Data"_s, Level::Author, {1}, {10, 11})
                   .publicDatastores({10, 11}, Level::Drafter)
                   .build()
            << Header
                + "1,auth0|bob_stone,Bob Stone,bob_stone@example.com,Manager,10,Lake,Author,Data\n"
                  "1,auth0|bob_stone,Bob Stone,bob_stone@example.com,Manager,11,Mart,Author,Data\n"
                  "2,loader@service,Loader,,Member,10,Lake,Drafter,Public\n"
                  "2,loader@service,Loader,,Member,11,Mart,Drafter,Public\n";

        QTest::addRow("ties list every winning team in id order")
            << OrgBuilder()
                   .account(1, u"Bob Stone"_s)
                   .datastore(10, u"Lake"_s)
                   .team(7, u"Zeta"_s, Level::Viewer, {1}, {10})
                   .team(3, u"Alpha"_s, Level::Viewer, {1}, {10})
                   .team(5, u"Lower"_s, Level::Reporter, {1}, {10})
                   .publicDatastores({10}, Level::Viewer)
                   .build()
            << Header + "1,auth0|bob_stone,Bob Stone,bob_stone@example.com,Member,10,Lake,Viewer,Public;Alpha;Zeta\n";

        Snapshot quoting = OrgBuilder()
                               .account(1, u"Bob Stone"_s)
                               .datastore(10, u"Orders, \"Main\""_s)
                               .team(2, u"Sales \"EU\"\nTeam"_s, Level::Editor, {1}, {10})
                               .team(3, u"Ops;Night"_s, Level::Editor, {1}, {10})
                               .build();
        quoting.accounts[0].name = u"Stone, Bob"_s;
        quoting.accounts[0].email.clear();
        QTest::addRow("RFC 4180 quoting")
            << quoting
            << Header
                + "1,auth0|bob_stone,\"Stone, Bob\",,Member,10,\"Orders, \"\"Main\"\"\",Editor,"
                  "\"Sales \"\"EU\"\"\nTeam;Ops;Night\"\n";

        QTest::addRow("non-ASCII written as UTF-8")
            << OrgBuilder().account(1, u"Zoë Ångström"_s).datastore(4, u"Søren's Lake"_s)
                   .publicDatastores({4}).build()
            << Header + QString(u"1,auth0|zoë_ångström,Zoë Ångström,zoë_ångström@example.com,"
                                 "Member,4,Søren's Lake,Reporter,Public\n"_s).toUtf8();
    }

    void report()
    {
        QFETCH(Snapshot, snapshot);
        QFETCH(QByteArray, expected);
        QCOMPARE(::report(snapshot), expected);
    }

    void rowsSortedByAccountThenDatastore()
    {
        // Lists given out of id order still report ascending ids.
        Snapshot s = OrgBuilder()
                         .account(9, u"Late Person"_s)
                         .account(3, u"Early Person"_s)
                         .datastore(30, u"C"_s)
                         .datastore(5, u"A"_s)
                         .publicDatastores({5, 30})
                         .build();
        std::swap(s.accounts[0], s.accounts[1]);
        std::swap(s.datastores[0], s.datastores[1]);
        const QList<QByteArray> lines = ::report(s).split('\n');
        QCOMPARE(lines.size(), 6); // header, four rows, empty after the final LF
        QVERIFY(lines.at(1).startsWith("3,") && lines.at(1).contains(",5,A,"));
        QVERIFY(lines.at(2).startsWith("3,") && lines.at(2).contains(",30,C,"));
        QVERIFY(lines.at(3).startsWith("9,") && lines.at(3).contains(",5,A,"));
        QVERIFY(lines.at(4).startsWith("9,") && lines.at(4).contains(",30,C,"));
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::addRow("plain") << u"Sales Warehouse"_s << u"Sales Warehouse"_s;
        QTest::addRow("empty") << QString() << QString();
        QTest::addRow("comma") << u"a,b"_s << u"\"a,b\""_s;
        QTest::addRow("quote") << u"say \"hi\""_s << u"\"say \"\"hi\"\"\""_s;
        QTest::addRow("LF") << u"a\nb"_s << u"\"a\nb\""_s;
        QTest::addRow("CR") << u"a\rb"_s << u"\"a\rb\""_s;
        QTest::addRow("semicolon is not special") << u"a;b"_s << u"a;b"_s;
        QTest::addRow("leading space kept") << u" a "_s << u" a "_s;
    }

    void csvField()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(Gatehouse::csvField(value), field);
    }
};

QTEST_GUILESS_MAIN(tst_AccessReport)
#include "tst_accessreport.moc"

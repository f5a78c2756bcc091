// SPDX-License-Identifier: GPL-3.0-or-later
// CSV, HTML and the level distribution of reports, on generated and hand-made organisations.
#include "support/csvrecords.h"
#include "core/accessreport.h"
#include "core/demogenerator.h"
#include "core/findings.h"
#include "reports/leveldistribution.h"
#include "reports/reportcsv.h"
#include "reports/reporthtml.h"
#include "reports/reportselection.h"

#include <QImage>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

using TestCsv::parseCsv;

Snapshot demo(int accounts, int teams, int datastores, quint64 seed = 7)
{
    DemoOptions options;
    options.accounts = accounts;
    options.teams = teams;
    options.datastores = datastores;
    options.seed = seed;
    options.adminSubject = u"local|auditor"_s;
    return generateDemo(options);
}

// Three accounts, two teams, three datastores, names that need quoting.
Snapshot tinyOrganisation()
{
    Snapshot s;
    const QDateTime t = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC);
    s.accounts = {
        {1, u"auth0|ada"_s, u"Ada Byron"_s, u"ada@example.com"_s, AccountType::Human, Role::Admin, t, t, {}, {}, 1},
        {2, u"auth0|bob"_s, u"Stone, Bob"_s, u"bob@example.com"_s, AccountType::Human, Role::Member, t, {}, {}, {}, 1},
        {3, u"auth0|cy"_s, u"Cy \"Q\" Lee"_s, u"cy@example.com"_s, AccountType::Human, Role::Manager, t, t, t, {}, 1},
    };
    s.datastores = {
        {10, u"Sales Warehouse"_s, DatastoreKind::Source, u"Snowflake"_s, t, 1},
        {11, u"Ledger; archive"_s, DatastoreKind::Source, u"PostgreSQL"_s, t, 1},
        {12, u"Orphan"_s, DatastoreKind::Enrichment, u"BigQuery"_s, t, 1},
    };
    s.teams = {
        {1, u"Public"_s, {}, Level::Reporter, true, {}, {10}, t, 1},
        {2, u"Finance"_s, u"Finance analysts"_s, Level::Author, false, {2, 3}, {10, 11}, t, 1},
    };
    return s;
}

QSet<Id> idSet(const QList<Id> &ids)
{
    return QSet<Id>(ids.cbegin(), ids.cend());
}

} // namespace

class tst_Reports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QTest::failOnWarning(QRegularExpression(u".*"_s)); }

    void csvOfTheWholeMatrixIsTheAccessReport_data();
    void csvOfTheWholeMatrixIsTheAccessReport();
    void csvOfAViewKeepsOnlyItsRows_data();
    void csvOfAViewKeepsOnlyItsRows();
    void csvOfADeactivatedAccountHasOnlyTheHeader();
    void findingsCsvListsEveryItem();
    void distributionCountsEveryCellInView_data();
    void distributionCountsEveryCellInView();
    void htmlHasHeadingChartFindingsAndTable();
    void htmlTableStopsAtTheLimitWithANote();
    void htmlOfAColumnShowsEveryAccountReachingIt();
};

void tst_Reports::csvOfTheWholeMatrixIsTheAccessReport_data()
{
    QTest::addColumn<Snapshot>("snapshot");
    QTest::addRow("tiny, quoting") << tinyOrganisation();
    QTest::addRow("demo 300 accounts") << demo(300, 12, 50);
    QTest::addRow("demo 1200 accounts") << demo(1200, 30, 140, 3);
}

void tst_Reports::csvOfTheWholeMatrixIsTheAccessReport()
{
    QFETCH(Snapshot, snapshot);
    const AccessIndex index(snapshot);
    ReportRequest request;
    QCOMPARE(renderCsv(snapshot, index, request), accessReportCsv(snapshot, index));
    // The findings flag and the title do not change the matrix CSV.
    request.includeFindings = false;
    request.title = u"Quarterly review"_s;
    QCOMPARE(renderCsv(snapshot, index, request), accessReportCsv(snapshot, index));
}

void tst_Reports::csvOfAViewKeepsOnlyItsRows_data()
{
    QTest::addColumn<Snapshot>("snapshot");
    QTest::addColumn<int>("scope");
    QTest::addColumn<QList<Id>>("accounts");
    QTest::addColumn<QList<Id>>("datastores");

    const Snapshot tiny = tinyOrganisation();
    const Snapshot big = demo(400, 15, 60);
    const auto matrix = int(ReportRequest::Scope::Matrix);
    QTest::addRow("tiny: one account's row") << tiny << int(ReportRequest::Scope::Account) << QList<Id>{2} << QList<Id>{};
    QTest::addRow("tiny: an Admin's row") << tiny << int(ReportRequest::Scope::Account) << QList<Id>{1} << QList<Id>{};
    QTest::addRow("tiny: one datastore's column") << tiny << int(ReportRequest::Scope::Datastore) << QList<Id>{} << QList<Id>{11};
    QTest::addRow("tiny: datastore in no team") << tiny << int(ReportRequest::Scope::Datastore) << QList<Id>{} << QList<Id>{12};
    QList<Id> someAccounts, someDatastores;
    for (qsizetype i = 0; i < big.accounts.size(); i += 7)
        someAccounts.append(big.accounts.at(i).id);
    for (qsizetype i = 0; i < big.datastores.size(); i += 3)
        someDatastores.append(big.datastores.at(i).id);
    QTest::addRow("demo: filtered rows") << big << matrix << someAccounts << QList<Id>{};
    QTest::addRow("demo: filtered columns") << big << matrix << QList<Id>{} << someDatastores;
    QTest::addRow("demo: both") << big << matrix << someAccounts << someDatastores;
    QTest::addRow("demo: one column") << big << int(ReportRequest::Scope::Datastore) << QList<Id>{}
                                      << QList<Id>{big.datastores.at(5).id};
    QTest::addRow("demo: unknown ids only") << big << matrix << QList<Id>{999999} << QList<Id>{};
}

void tst_Reports::csvOfAViewKeepsOnlyItsRows()
{
    QFETCH(Snapshot, snapshot);
    QFETCH(int, scope);
    QFETCH(QList<Id>, accounts);
    QFETCH(QList<Id>, datastores);
    const AccessIndex index(snapshot);

    ReportRequest request;
    request.scope = ReportRequest::Scope(scope);
    request.accounts = accounts;
    request.datastores = datastores;
    const QList<QStringList> got = parseCsv(renderCsv(snapshot, index, request));

    // Expected: the full access report's records whose account and datastore are in view.
    const QList<QStringList> all = parseCsv(accessReportCsv(snapshot, index));
    const QSet<Id> accountIds = idSet(accounts), datastoreIds = idSet(datastores);
    QList<QStringList> expected{all.first()};
    for (qsizetype i = 1; i < all.size(); ++i) {
        const QStringList &r = all.at(i);
        if ((accountIds.isEmpty() || accountIds.contains(r.at(0).toLongLong()))
            && (datastoreIds.isEmpty() || datastoreIds.contains(r.at(5).toLongLong())))
            expected.append(r);
    }
    QCOMPARE(got.size(), expected.size());
    for (qsizetype i = 0; i < got.size(); ++i)
        QCOMPARE(got.at(i).join(u'|'), expected.at(i).join(u'|'));
}

void tst_Reports::csvOfADeactivatedAccountHasOnlyTheHeader()
{
    const Snapshot s = tinyOrganisation();
    ReportRequest request;
    request.scope = ReportRequest::Scope::Account;
    request.accounts = {3};
    QCOMPARE(renderCsv(s, AccessIndex(s), request),
             QByteArray("account_id,subject,name,email,role,datastore_id,datastore,permission,via\n"));
}

void tst_Reports::findingsCsvListsEveryItem()
{
    const Snapshot s = demo(500, 20, 80);
    const AccessIndex index(s);
    ReportRequest request;
    request.scope = ReportRequest::Scope::Findings;
    const QList<QStringList> records = parseCsv(renderCsv(s, index, request));
    QCOMPARE(records.first(), (QStringList{u"kind"_s, u"entity"_s, u"id"_s, u"name"_s}));

    QList<QStringList> expected;
    for (const Finding &f : computeFindings(s, index)) {
        for (Id id : f.items)
            expected.append({QString::number(qint64(f.kind)), QString::number(id)});
    }
    QCOMPARE(records.size() - 1, expected.size());
    const QStringList kinds = {u"admins"_s, u"service_admins"_s, u"public_datastores"_s, u"deactivated_in_teams"_s,
                               u"never_active"_s, u"single_member_teams"_s, u"teams_without_datastores"_s,
                               u"datastores_in_no_team"_s};
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QStringList &r = records.at(i + 1);
        QCOMPARE(r.size(), 4);
        QCOMPARE(r.at(0), kinds.at(expected.at(i).at(0).toInt()));
        QCOMPARE(r.at(2), expected.at(i).at(1));
        QVERIFY2(!r.at(3).isEmpty(), qPrintable(r.join(u',')));
    }
}

void tst_Reports::distributionCountsEveryCellInView_data()
{
    QTest::addColumn<Snapshot>("snapshot");
    QTest::addColumn<QList<Id>>("datastores");
    const Snapshot big = demo(600, 20, 90);
    QTest::addRow("tiny") << tinyOrganisation() << QList<Id>{};
    QTest::addRow("demo") << big << QList<Id>{};
    QTest::addRow("demo, two columns") << big << QList<Id>{big.datastores.at(0).id, big.datastores.at(40).id};
    QTest::addRow("demo, one column") << big << QList<Id>{big.datastores.at(17).id};
}

void tst_Reports::distributionCountsEveryCellInView()
{
    QFETCH(Snapshot, snapshot);
    QFETCH(QList<Id>, datastores);
    const AccessIndex index(snapshot);
    ReportRequest request;
    request.datastores = datastores;
    const LevelDistribution distribution{ReportSelection(snapshot, index, request)};

    // Count the CSV's permission column: the same cells, counted another way.
    ReportRequest csvRequest;
    csvRequest.datastores = datastores;
    const QList<QStringList> rows = parseCsv(renderCsv(snapshot, index, csvRequest));
    QHash<QString, qint64> perLevel;
    for (qsizetype i = 1; i < rows.size(); ++i)
        ++perLevel[rows.at(i).at(7)];
    for (Level level : LevelDistribution::chartLevels())
        QCOMPARE(distribution.count(level), perLevel.value(levelName(level)));
    QCOMPARE(distribution.withAccess(), rows.size() - 1);

    qint64 active = 0;
    for (const Account &a : snapshot.accounts)
        active += a.isActive() ? 1 : 0;
    const qint64 columns = datastores.isEmpty() ? snapshot.datastores.size() : datastores.size();
    QCOMPARE(distribution.total(), active * columns);
}

void tst_Reports::htmlHasHeadingChartFindingsAndTable()
{
    const Snapshot s = tinyOrganisation();
    const AccessIndex index(s);
    ReportRequest request;
    request.title = u"Access <review> Q4"_s;
    request.databaseLabel = u"sqlite:/srv/org.gatehouse"_s;
    request.generated = QDateTime(QDate(2026, 11, 23), QTime(10, 30), Qt::UTC);
    request.asOf = QDateTime(QDate(2026, 10, 1), QTime(23, 59, 59), Qt::UTC);
    request.filters = {u"Team: Finance"_s, u"Only accounts with access"_s};
    QImage chart;
    const QString html = renderHtml(s, index, request, HtmlOptions{}, &chart);

    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(html.contains(u"<title>Access &lt;review&gt; Q4</title>"_s));
    QVERIFY(html.contains(u"<h1>Access &lt;review&gt; Q4</h1>"_s));
    QVERIFY(html.contains(u"sqlite:/srv/org.gatehouse"_s));
    QVERIFY(html.contains(u"2026-11-23 10:30 UTC"_s));
    QVERIFY(html.contains(u"2026-10-01 23:59 UTC"_s));
    QVERIFY(html.contains(u"Team: Finance<br>Only accounts with access"_s));
    for (const Finding &f : computeFindings(s, index))
        QVERIFY2(html.contains(f.title().toHtmlEscaped()), qPrintable(f.title()));
    // The datastore in no team is listed by name under its finding.
    QVERIFY(html.contains(u"Orphan"_s));

    // The chart is an inline PNG that decodes to the image handed back.
    static const QRegularExpression dataUri(u"src=\"data:image/png;base64,([A-Za-z0-9+/=]+)\""_s);
    const QRegularExpressionMatch m = dataUri.match(html);
    QVERIFY(m.hasMatch());
    const QImage decoded = QImage::fromData(QByteArray::fromBase64(m.captured(1).toLatin1()), "PNG");
    QVERIFY(!decoded.isNull());
    QCOMPARE(decoded.size(), chart.size());

    // Access table: Ada is Admin on all three, Bob Author on 10 and 11, Cy is deactivated.
    QCOMPARE(html.count(u"<tr><td>Ada Byron</td>"_s), 3);
    QCOMPARE(html.count(u"<tr><td>Stone, Bob</td>"_s), 2);
    QVERIFY(!html.contains(u"<td>Cy &quot;Q&quot; Lee</td>"_s));
    QVERIFY(html.contains(u"role:Admin"_s));
    QVERIFY(html.contains(u"5 rows"_s));
}

void tst_Reports::htmlTableStopsAtTheLimitWithANote()
{
    const Snapshot s = demo(300, 12, 50);
    const AccessIndex index(s);
    ReportRequest request;
    request.tableRowLimit = 25;
    request.includeFindings = false;
    const QString html = renderHtml(s, index, request);
    const qint64 total = parseCsv(accessReportCsv(s, index)).size() - 1;
    QVERIFY(total > 25);
    QVERIFY2(html.contains(u"First 25 rows of %1; the CSV report has all of them."_s.arg(
                 QLocale(QLocale::English).toString(total))),
             qPrintable(html.left(4000)));
    QCOMPARE(html.section(u"<tbody>"_s, 1).count(u"<tr>"_s), 25);
    QVERIFY(!html.contains(u"<h2>Findings</h2>"_s));
}

void tst_Reports::htmlOfAColumnShowsEveryAccountReachingIt()
{
    const Snapshot s = tinyOrganisation();
    ReportRequest request;
    request.scope = ReportRequest::Scope::Datastore;
    request.datastores = {11};
    const QString html = renderHtml(s, AccessIndex(s), request);
    QVERIFY(html.contains(u"Ledger; archive (source, PostgreSQL)"_s));
    const QString table = html.section(u"<tbody>"_s, 1);
    QCOMPARE(table.count(u"<tr>"_s), 2);
    QVERIFY(table.contains(u"Ada Byron"_s));
    QVERIFY(table.contains(u"Stone, Bob"_s));
    QVERIFY(table.contains(u"Author"_s));
    QVERIFY(!html.contains(u"<th>Datastore</th>"_s));
}

QTEST_MAIN(tst_Reports)
#include "tst_reports.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// `gatehousectl review list` and `review export` run as processes on a real SQLite file:
// the organisation is imported by gatehousectl itself, the reviews are recorded through the
// repository as the GUI records them (gatehousectl has no command that starts one), and the
// expected output is written out here in full.
#include "ctlrunner.h"
#include "core/reviewservice.h"
#include "repository/repositoryfactory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

using CtlTest::Run;

const QString Ada = u"auth0|ada"_s;

// Ada (Admin), Bob and Carol; Finance holds Ada and Bob and the Sales Warehouse, Risk holds
// Carol and the Ledger.
const QByteArray Organisation = R"({
  "format": "gatehouse-org/1",
  "accounts": [
    {"id": 1, "subject": "auth0|ada", "name": "Ada Byron", "email": "ada@example.com",
     "type": "human", "role": "Admin", "active": true, "created": "2026-01-05T09:00:00Z",
     "last_active": null, "external_id": null},
    {"id": 2, "subject": "auth0|bob", "name": "Bob Stone", "email": "bob@example.com",
     "type": "human", "role": "Member", "active": true, "created": "2026-01-05T09:00:00Z",
     "last_active": null, "external_id": null},
    {"id": 3, "subject": "auth0|carol", "name": "Carol, Jr.", "email": "carol@example.com",
     "type": "human", "role": "Member", "active": true, "created": "2026-01-05T09:00:00Z",
     "last_active": null, "external_id": null}
  ],
  "datastores": [
    {"id": 10, "name": "Sales Warehouse", "kind": "source", "connection": "Snowflake",
     "created": "2026-02-01T00:00:00Z"},
    {"id": 11, "name": "Ledger", "kind": "source", "connection": "Postgres",
     "created": "2026-02-01T00:00:00Z"}
  ],
  "teams": [
    {"id": 1, "name": "Public", "public": true, "description": "", "permission": "Reporter",
     "members": [], "datastores": [10], "created": "2026-01-01T00:00:00Z"},
    {"id": 2, "name": "Finance", "public": false, "description": "", "permission": "Viewer",
     "members": [1, 2], "datastores": [10], "created": "2026-03-01T00:00:00Z"},
    {"id": 3, "name": "Risk", "public": false, "description": "", "permission": "Editor",
     "members": [3], "datastores": [11], "created": "2026-03-01T00:00:00Z"}
  ]
}
)";

const QByteArray EvidenceHeader =
    "review_id,title,started,started_by,signed_off,signed_off_by,kind,team_id,team,target_id,target,mark,comment\n";

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate).toUTC();
}

} // namespace

class tst_ReviewCommand : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString db() const { return u"sqlite:"_s + path(u"org.gatehouse"_s); }

    Run run(const QStringList &arguments)
    {
        QProcessEnvironment env = CtlTest::environmentIn(m_dir);
        CtlTest::removeDisplay(env);
        // As in a desktop session: without it, QtGui warns on standard error.
        env.insert(u"XDG_RUNTIME_DIR"_s, m_runtime.path());
        return CtlTest::run(arguments, m_dir, env);
    }

    QByteArray readFile(const QString &name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void initTestCase();
    void listShowsEveryReview();
    void listOfADatabaseWithoutReviews();
    void exportCsvIsTheEvidence();
    void exportPdf();
    void unknownReviewIdFails();
    void usageErrors_data();
    void usageErrors();
    void missingDatabaseFails();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_runtime; // private (0700), as XDG_RUNTIME_DIR must be
    Id m_signedOff = 0;
    Id m_open = 0;
};

void tst_ReviewCommand::initTestCase()
{
    QVERIFY(m_dir.isValid() && m_runtime.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(GATEHOUSECTL_PATH)), GATEHOUSECTL_PATH);
    {
        QFile file(path(u"org.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(Organisation), Organisation.size());
    }
    const Run import = run({u"import"_s, u"--db"_s, db(), path(u"org.json"_s)});
    QVERIFY2(import.exitCode == 0, import.err.constData());
    const Run empty = run({u"import"_s, u"--db"_s, u"sqlite:"_s + path(u"empty.gatehouse"_s), path(u"org.json"_s)});
    QVERIFY2(empty.exitCode == 0, empty.err.constData());

    // Two reviews, recorded as the Reviews page records them: Finance, marked and signed off;
    // Risk's datastore, one of its items marked, still open.
    auto repository = openRepository(db(), OpenMode::ExistingOnly, Ada, u"Ada Byron"_s);
    QVERIFY2(repository.ok(), qPrintable(repository.ok() ? QString() : repository.error().message));
    const Result<Snapshot> snapshot = (*repository)->load();
    QVERIFY(snapshot.ok());

    Result<Review> finance = ReviewService::startReview(*snapshot, u"Q3 Finance"_s, {2}, {}, Ada,
                                                        utc(u"2026-09-30T10:00:00Z"_s));
    QVERIFY2(finance.ok(), qPrintable(finance.ok() ? QString() : finance.error().message));
    QCOMPARE(finance->items.size(), 3); // Ada, Bob, the Sales Warehouse
    const struct { ReviewItem::Mark mark; QString comment; } marks[] = {
        {ReviewItem::Mark::Keep, u"Admin, \"owner\" of Finance"_s},
        {ReviewItem::Mark::Revoke, u"moved to Risk"_s},
        {ReviewItem::Mark::Keep, QString()},
    };
    for (qsizetype i = 0; i < 3; ++i) {
        finance = ReviewService::markItem(*snapshot, *finance, i, marks[i].mark, marks[i].comment, Ada);
        QVERIFY(finance.ok());
    }
    finance = ReviewService::signOff(*snapshot, *finance, Ada, utc(u"2026-10-01T08:30:00Z"_s));
    QVERIFY2(finance.ok(), qPrintable(finance.ok() ? QString() : finance.error().message));
    Result<Review> saved = (*repository)->saveReview(*finance, Ada);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    m_signedOff = saved->id;

    Result<Review> ledger = ReviewService::startReview(*snapshot, u"Ledger access"_s, {}, {11}, Ada,
                                                       utc(u"2026-10-02T12:00:00Z"_s));
    QVERIFY(ledger.ok());
    QCOMPARE(ledger->items.size(), 1); // Risk holds the Ledger
    saved = (*repository)->saveReview(*ledger, Ada);
    QVERIFY(saved.ok());
    m_open = saved->id;
    QVERIFY(m_signedOff > 0 && m_open > m_signedOff);
}

void tst_ReviewCommand::listShowsEveryReview()
{
    const Run r = run({u"review"_s, u"list"_s, u"--db"_s, db()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.isEmpty());
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    // Ascending by id, each with its id, title, progress, start and sign-off.
    const QByteArray first = lines.at(0);
    QVERIFY2(first.startsWith(QByteArray(QByteArray::number(m_signedOff) + "  Q3 Finance  ")), first.constData());
    QVERIFY2(first.contains("3 of 3 marked"), first.constData());
    QVERIFY(first.contains("started 2026-09-30"));
    QVERIFY(first.contains("by auth0|ada"));
    QVERIFY2(first.contains("signed off 2026-10-01"), first.constData());
    const QByteArray second = lines.at(1);
    QVERIFY2(second.startsWith(QByteArray(QByteArray::number(m_open) + "  Ledger access  ")), second.constData());
    QVERIFY2(second.contains("0 of 1 marked"), second.constData());
    QVERIFY(second.contains("started 2026-10-02"));
    QVERIFY2(second.endsWith("open"), second.constData());
    QVERIFY(!second.contains("signed off"));
}

void tst_ReviewCommand::listOfADatabaseWithoutReviews()
{
    const Run r = run({u"review"_s, u"list"_s, u"--db"_s, u"sqlite:"_s + path(u"empty.gatehouse"_s)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("No access reviews.\n"));
}

void tst_ReviewCommand::exportCsvIsTheEvidence()
{
    const QByteArray head = QByteArray::number(m_signedOff).append(
        ",Q3 Finance,2026-09-30T10:00:00Z,auth0|ada,2026-10-01T08:30:00Z,auth0|ada,");
    const QByteArray expected = EvidenceHeader
        + head + "membership,2,Finance,1,Ada Byron,keep,\"Admin, \"\"owner\"\" of Finance\"\n"
        + head + "membership,2,Finance,2,Bob Stone,revoke,moved to Risk\n"
        + head + "assignment,2,Finance,10,Sales Warehouse,keep,\n";

    // To standard output,
    Run r = run({u"review"_s, u"export"_s, u"--db"_s, db(), u"--format"_s, u"csv"_s, QString::number(m_signedOff)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, expected);
    // and to a file, the same bytes.
    r = run({u"review"_s, u"export"_s, u"--db"_s, db(), u"--format"_s, u"csv"_s, u"-o"_s, path(u"finance.csv"_s),
             QString::number(m_signedOff)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(readFile(u"finance.csv"_s), expected);

    // An open review: no sign-off, the item unmarked.
    r = run({u"review"_s, u"export"_s, u"--db"_s, db(), u"--format"_s, u"csv"_s, QString::number(m_open)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, EvidenceHeader + QByteArray::number(m_open)
                        + ",Ledger access,2026-10-02T12:00:00Z,auth0|ada,,,assignment,3,Risk,11,Ledger,unmarked,\n");
}

void tst_ReviewCommand::exportPdf()
{
    const Run r = run({u"review"_s, u"export"_s, u"--db"_s, db(), u"--format"_s, u"pdf"_s, u"-o"_s,
                       path(u"finance.pdf"_s), QString::number(m_signedOff)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.isEmpty());
    const QByteArray pdf = readFile(u"finance.pdf"_s);
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.trimmed().endsWith("%%EOF"));
    QVERIFY(pdf.contains("/Type /Page"));
    // The document title names the review (PDF text strings are UTF-16BE with a BOM).
    QByteArray title = "\xfe\xff";
    for (QChar c : u"Access review: Q3 Finance"_s) {
        title += char(c.unicode() >> 8);
        title += char(c.unicode() & 0xff);
    }
    QVERIFY2(pdf.contains(title), "the PDF's title is not the review's");

    // Standard output gets a PDF too.
    const Run out = run({u"review"_s, u"export"_s, u"--db"_s, db(), u"--format"_s, u"pdf"_s, QString::number(m_open)});
    QVERIFY2(out.exitCode == 0, out.err.constData());
    QVERIFY(out.out.startsWith("%PDF-"));
}

void tst_ReviewCommand::unknownReviewIdFails()
{
    for (const QString &format : {u"csv"_s, u"pdf"_s}) {
        const Run r = run({u"review"_s, u"export"_s, u"--db"_s, db(), u"--format"_s, format, u"-o"_s,
                           path(u"missing."_s + format), u"999"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("gatehousectl: Review 999 does not exist"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(path(u"missing."_s + format)));
    }
}

void tst_ReviewCommand::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("no id") << QStringList{u"export"_s, u"--format"_s, u"csv"_s} << QByteArray("Give exactly one review id.");
    QTest::addRow("two ids") << QStringList{u"export"_s, u"--format"_s, u"csv"_s, u"1"_s, u"2"_s}
                             << QByteArray("Give exactly one review id.");
    QTest::addRow("not a number") << QStringList{u"export"_s, u"--format"_s, u"csv"_s, u"Q3"_s}
                                  << QByteArray("'Q3' is not a review id.");
    QTest::addRow("no format") << QStringList{u"export"_s, u"1"_s} << QByteArray("--format: give csv or pdf.");
    QTest::addRow("html") << QStringList{u"export"_s, u"--format"_s, u"html"_s, u"1"_s}
                          << QByteArray("--format: give csv or pdf.");
    QTest::addRow("list with an argument") << QStringList{u"list"_s, u"1"_s} << QByteArray("Unexpected argument '1'.");
    QTest::addRow("unknown subcommand") << QStringList{u"start"_s} << QByteArray("start");
}

void tst_ReviewCommand::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, message);
    const Run r = run(QStringList{u"review"_s} + arguments + QStringList{u"--db"_s, db()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void tst_ReviewCommand::missingDatabaseFails()
{
    const QString missing = path(u"missing.gatehouse"_s);
    const Run r = run({u"review"_s, u"list"_s, u"--db"_s, u"sqlite:"_s + missing});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.startsWith("gatehousectl: "));
    QVERIFY(!QFile::exists(missing));
}

QTEST_MAIN(tst_ReviewCommand)
#include "tst_reviewcommand.moc"

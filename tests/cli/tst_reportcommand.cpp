// SPDX-License-Identifier: GPL-3.0-or-later
// `gatehousectl report` run as a process on a real database: formats, scopes, as-of, exit codes.
#include "ctlrunner.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Gatehouse::CtlTest::Run;

} // namespace

class tst_ReportCommand : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString db() const { return u"sqlite:"_s + path(u"org.gatehouse"_s); }

    Run run(const QStringList &arguments)
    {
        QProcessEnvironment env = Gatehouse::CtlTest::environmentIn(m_dir);
        Gatehouse::CtlTest::removeDisplay(env);
        return Gatehouse::CtlTest::run(arguments, m_dir, env);
    }

    QStringList report(const QStringList &extra) const
    {
        return QStringList{u"report"_s, u"--db"_s, db()} + extra;
    }

private Q_SLOTS:
    void initTestCase();
    void pdfIsWritten();
    void csvIsTheAccessReport();
    void scopesNarrowTheCsv_data();
    void scopesNarrowTheCsv();
    void htmlNamesTheDatabaseAndScope();
    void asOfBeforeTheHistoryFails();
    void asOfNowEqualsTheCurrentReport();
    void errors_data();
    void errors();

private:
    QTemporaryDir m_dir;
};

void tst_ReportCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Run demo = run({u"demo"_s, u"--accounts"_s, u"150"_s, u"--teams"_s, u"8"_s, u"--datastores"_s,
                          u"30"_s, u"--admin"_s, u"auth0|auditor"_s, u"-o"_s, path(u"org.json"_s)});
    QCOMPARE(demo.exitCode, 0);
    const Run import = run({u"import"_s, u"--db"_s, db(), path(u"org.json"_s)});
    QVERIFY2(import.exitCode == 0, import.err.constData());
}

void tst_ReportCommand::pdfIsWritten()
{
    const Run r = run(report({u"--format"_s, u"pdf"_s, u"-o"_s, path(u"matrix.pdf"_s)}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile file(path(u"matrix.pdf"_s));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.size() > 10000);
    QCOMPARE(file.read(5), QByteArray("%PDF-"));
    if (QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        QSKIP("pdfinfo (poppler-utils) is needed to count the pages");
    QProcess info;
    info.start(u"pdfinfo"_s, {file.fileName()});
    QVERIFY(info.waitForFinished(60000));
    static const QRegularExpression pages(u"^Pages:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = pages.match(QString::fromUtf8(info.readAllStandardOutput()));
    QVERIFY(m.hasMatch());
    QVERIFY2(m.captured(1).toInt() > 2, qPrintable(m.captured(1)));
}

void tst_ReportCommand::csvIsTheAccessReport()
{
    const Run access = run({u"access"_s, u"--db"_s, db(), u"--format"_s, u"csv"_s});
    QCOMPARE(access.exitCode, 0);
    const Run r = run(report({u"--format"_s, u"csv"_s, u"-o"_s, u"-"_s}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out, access.out);
}

void tst_ReportCommand::scopesNarrowTheCsv_data()
{
    QTest::addColumn<QStringList>("scope");
    QTest::addColumn<int>("column");    // the CSV column every row must hold `value` in
    QTest::addColumn<QString>("value");
    QTest::addRow("account") << QStringList{u"--account"_s, u"auth0|auditor"_s} << 1 << u"auth0|auditor"_s;
    QTest::addRow("datastore") << QStringList{u"--datastore"_s, u"sales warehouse"_s} << 6 << u"Sales Warehouse"_s;
}

void tst_ReportCommand::scopesNarrowTheCsv()
{
    QFETCH(QStringList, scope);
    QFETCH(int, column);
    QFETCH(QString, value);
    const Run all = run(report({u"--format"_s, u"csv"_s}));
    const Run r = run(report(QStringList{u"--format"_s, u"csv"_s} + scope));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QList<QByteArray> lines = r.out.split('\n');
    QVERIFY(lines.size() > 3);
    QCOMPARE(lines.first(), QByteArray("account_id,subject,name,email,role,datastore_id,datastore,permission,via"));
    // Each row is one of the full report's rows, and has the scope's value (names in the
    // demo hold no comma, so a plain split is enough here).
    for (qsizetype i = 1; i < lines.size() - 1; ++i) {
        QVERIFY(all.out.contains(QByteArray("\n" + lines.at(i) + "\n")));
        QCOMPARE(QString::fromUtf8(lines.at(i).split(',').value(column)), value);
    }
    QVERIFY(lines.last().isEmpty());
}

void tst_ReportCommand::htmlNamesTheDatabaseAndScope()
{
    const Run r = run(report({u"--format"_s, u"html"_s, u"--findings"_s, u"--title"_s, u"Q4 review"_s}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString html = QString::fromUtf8(r.out);
    QVERIFY(html.contains(u"<h1>Q4 review</h1>"_s));
    QVERIFY(html.contains(path(u"org.gatehouse"_s)));
    QVERIFY(html.contains(u"<h2>Findings</h2>"_s));
    QVERIFY(html.contains(u"Service accounts with Admin"_s));
    QVERIFY(!html.contains(u"<h2>Access</h2>"_s));
}

void tst_ReportCommand::asOfBeforeTheHistoryFails()
{
    const Run r = run(report({u"--format"_s, u"csv"_s, u"--as-of"_s, u"2001-01-01"_s}));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("no organisation"), r.err.constData());
}

void tst_ReportCommand::asOfNowEqualsTheCurrentReport()
{
    const Run now = run(report({u"--format"_s, u"csv"_s}));
    const Run later = run(report({u"--format"_s, u"csv"_s, u"--as-of"_s, u"2999-12-31"_s}));
    QVERIFY2(later.exitCode == 0, later.err.constData());
    QCOMPARE(later.out, now.out);
}

void tst_ReportCommand::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addRow("no format") << QStringList{} << 2 << u"Missing --format"_s;
    QTest::addRow("unknown format") << QStringList{u"--format"_s, u"xls"_s} << 2 << u"Unknown format 'xls'"_s;
    QTest::addRow("pdf to stdout") << QStringList{u"--format"_s, u"pdf"_s} << 2 << u"needs -o FILE"_s;
    QTest::addRow("two scopes") << QStringList{u"--format"_s, u"csv"_s, u"--findings"_s, u"--account"_s, u"x"_s}
                                << 2 << u"at most one"_s;
    QTest::addRow("bad date") << QStringList{u"--format"_s, u"csv"_s, u"--as-of"_s, u"1 October"_s} << 2
                              << u"'1 October' is not a date"_s;
    QTest::addRow("unknown account") << QStringList{u"--format"_s, u"csv"_s, u"--account"_s, u"auth0|nobody"_s} << 1
                                     << u"no account has the subject 'auth0|nobody'"_s;
    QTest::addRow("unknown datastore") << QStringList{u"--format"_s, u"csv"_s, u"--datastore"_s, u"Nowhere"_s} << 1
                                       << u"no datastore is named 'Nowhere'"_s;
    QTest::addRow("unwritable") << QStringList{u"--format"_s, u"pdf"_s, u"-o"_s, u"/nonexistent-dir/r.pdf"_s} << 1
                                << u"Cannot write /nonexistent-dir/r.pdf"_s;
}

void tst_ReportCommand::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run r = run(report(arguments));
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
}

QTEST_MAIN(tst_ReportCommand)
#include "tst_reportcommand.moc"

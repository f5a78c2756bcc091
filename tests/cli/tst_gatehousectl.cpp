// SPDX-License-Identifier: GPL-3.0-or-later
#include "ctlrunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Gatehouse::CtlTest::Run;

// A small valid organisation file; the malformed cases edit one thing in it.
const QByteArray SmallOrg = R"({
  "format": "gatehouse-org/1",
  "accounts": [
    {"id": 1, "subject": "auth0|ada", "name": "Ada Byron", "email": "ada@example.com",
     "type": "human", "role": "Admin", "active": true, "created": "2026-01-05T09:00:00Z",
     "last_active": null, "external_id": null},
    {"id": 2, "subject": "auth0|bob", "name": "Bob Stone", "email": "bob@example.com",
     "type": "human", "role": "Member", "active": true, "created": "2026-01-05T09:00:00Z",
     "last_active": null, "external_id": null}
  ],
  "datastores": [
    {"id": 10, "name": "Sales Warehouse", "kind": "source", "connection": "Snowflake",
     "created": "2026-02-01T00:00:00Z"}
  ],
  "teams": [
    {"id": 1, "name": "Public", "public": true, "description": "", "permission": "Reporter",
     "members": [], "datastores": [10], "created": "2026-01-01T00:00:00Z"},
    {"id": 2, "name": "Finance", "public": false, "description": "", "permission": "Viewer",
     "members": [1, 2], "datastores": [10], "created": "2026-03-01T00:00:00Z"}
  ]
}
)";

QByteArray edited(const QByteArray &from, const QByteArray &to)
{
    QByteArray text = SmallOrg;
    Q_ASSERT(text.contains(from));
    return text.replace(from, to);
}

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

QByteArray csvField(const QString &value)
{
    QString v = value;
    if (v.contains(u',') || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r'))
        v = u'"' + v.replace(u'"', u"\"\""_s) + u'"';
    return v.toUtf8();
}

// The access report of formats.md, derived straight from the file by the documented
// rules, without Gatehouse's own code.
QByteArray expectedAccessCsv(const QByteArray &orgJson)
{
    const QJsonObject root = QJsonDocument::fromJson(orgJson).object();
    static const QStringList levels = {u"Reporter"_s, u"Viewer"_s, u"Drafter"_s, u"Author"_s, u"Editor"_s};
    struct TeamInfo { qint64 id; QString name; int level; bool isPublic; QSet<qint64> members, datastores; };
    QList<TeamInfo> teams;
    for (const QJsonValue &v : root.value(u"teams").toArray()) {
        const QJsonObject t = v.toObject();
        TeamInfo info{t.value(u"id").toInteger(), t.value(u"name").toString(),
                      int(levels.indexOf(t.value(u"permission").toString())) + 1,
                      t.value(u"public").toBool(), {}, {}};
        for (const QJsonValue &m : t.value(u"members").toArray())
            info.members.insert(m.toInteger());
        for (const QJsonValue &d : t.value(u"datastores").toArray())
            info.datastores.insert(d.toInteger());
        teams.append(info);
    }
    std::sort(teams.begin(), teams.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    QMap<qint64, QJsonObject> accounts, datastores;
    for (const QJsonValue &v : root.value(u"accounts").toArray())
        accounts.insert(v.toObject().value(u"id").toInteger(), v.toObject());
    for (const QJsonValue &v : root.value(u"datastores").toArray())
        datastores.insert(v.toObject().value(u"id").toInteger(), v.toObject());

    QByteArray csv = "account_id,subject,name,email,role,datastore_id,datastore,permission,via\n";
    for (auto a = accounts.cbegin(); a != accounts.cend(); ++a) {
        const QJsonObject &account = a.value();
        if (!account.value(u"active").toBool())
            continue;
        const bool admin = account.value(u"role").toString() == u"Admin";
        QList<const TeamInfo *> own;
        for (const TeamInfo &t : teams) {
            if (t.isPublic || t.members.contains(a.key()))
                own.append(&t);
        }
        for (auto d = datastores.cbegin(); d != datastores.cend(); ++d) {
            QString permission, via;
            if (admin) {
                permission = u"Admin"_s;
                via = u"role:Admin"_s;
            } else {
                int best = 0;
                QStringList winners;
                for (const TeamInfo *t : std::as_const(own)) {
                    if (!t->datastores.contains(d.key()))
                        continue;
                    if (t->level > best) {
                        best = t->level;
                        winners.clear();
                    }
                    if (t->level == best)
                        winners.append(t->name);
                }
                if (best == 0)
                    continue;
                permission = levels.at(best - 1);
                via = winners.join(u';');
            }
            csv += QByteArray::number(a.key()) + ',' + csvField(account.value(u"subject").toString())
                + ',' + csvField(account.value(u"name").toString()) + ','
                + csvField(account.value(u"email").toString()) + ','
                + account.value(u"role").toString().toUtf8() + ',' + QByteArray::number(d.key())
                + ',' + csvField(d.value().value(u"name").toString()) + ',' + permission.toUtf8()
                + ',' + csvField(via) + '\n';
        }
    }
    return csv;
}

} // namespace

class tst_Gatehousectl : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_local; // local|<user>: the account gatehousectl acts as

    QString path(const QString &name) const { return m_dir.filePath(name); }

    void writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(path(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(bytes), bytes.size());
    }

    QByteArray readFile(const QString &name) const
    {
        QFile file(path(name));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    Run run(const QStringList &arguments)
    {
        QProcessEnvironment env = Gatehouse::CtlTest::environmentIn(m_dir);
        return Gatehouse::CtlTest::run(arguments, m_dir, env);
    }

    QString db(const QString &name) const { return u"sqlite:"_s + path(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(GATEHOUSECTL_PATH)), GATEHOUSECTL_PATH);
        // The demo's operator is the local account by default.
        const Run demo = run({u"demo"_s, u"--accounts"_s, u"1"_s, u"--teams"_s, u"0"_s, u"--datastores"_s, u"0"_s, u"-o"_s, u"-"_s});
        m_local = QJsonDocument::fromJson(demo.out).object().value(u"accounts").toArray().at(0)[u"subject"].toString();
        QVERIFY2(m_local.startsWith(u"local|"_s), demo.err.constData());
    }

    void demoImportAccessExport()
    {
        // Given a demo of the default size from seed 7,
        Run r = run({u"demo"_s, u"--seed"_s, u"7"_s, u"--admin"_s, u"auth0|operator"_s,
                     u"-o"_s, path(u"demo.json"_s)});
        QCOMPARE(r.exitCode, 0);
        const QByteArray demo = readFile(u"demo.json"_s);
        QVERIFY(demo.startsWith("{\n  \"format\": \"gatehouse-org/1\",\n"));
        // the same seed gives the same bytes from another process,
        QCOMPARE(run({u"demo"_s, u"--seed"_s, u"7"_s, u"--admin"_s, u"auth0|operator"_s,
                      u"-o"_s, u"-"_s}).out,
                 demo);

        // when it is imported into a new database,
        r = run({u"import"_s, u"--db"_s, db(u"demo.gatehouse"_s), path(u"demo.json"_s)});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        // then the access report is the one the documented rules give,
        r = run({u"access"_s, u"--db"_s, db(u"demo.gatehouse"_s), u"--format"_s, u"csv"_s,
                 u"-o"_s, path(u"access.csv"_s)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray csv = readFile(u"access.csv"_s);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.first(), "account_id,subject,name,email,role,datastore_id,datastore,permission,via");
        QVERIFY(csv.endsWith('\n'));
        // the operator (account 1, Admin) reaches all 300 datastores through the role,
        const auto adminRows = std::count_if(lines.cbegin(), lines.cend(), [](const QByteArray &l) {
            return l.startsWith("1,auth0|operator,") && l.endsWith(",Admin,role:Admin");
        });
        QCOMPARE(adminRows, 300);
        QCOMPARE(csv, expectedAccessCsv(demo));

        // and the export gives back the file's bytes exactly.
        r = run({u"export"_s, u"--db"_s, db(u"demo.gatehouse"_s), u"-o"_s, path(u"export.json"_s)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readFile(u"export.json"_s), demo);
        r = run({u"export"_s, u"--db"_s, db(u"demo.gatehouse"_s)});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, demo);
    }

    void smallOrganisationReport()
    {
        writeFile(u"small.json"_s, SmallOrg);
        QCOMPARE(run({u"import"_s, u"--db"_s, db(u"small.gatehouse"_s), path(u"small.json"_s)}).exitCode, 0);
        const Run r = run({u"access"_s, u"--db"_s, db(u"small.gatehouse"_s), u"--format"_s, u"csv"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out,
                 "account_id,subject,name,email,role,datastore_id,datastore,permission,via\n"
                 "1,auth0|ada,Ada Byron,ada@example.com,Admin,10,Sales Warehouse,Admin,role:Admin\n"
                 "2,auth0|bob,Bob Stone,bob@example.com,Member,10,Sales Warehouse,Viewer,Finance\n");
    }

    void accessAsOf_data()
    {
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message"); // on standard error; empty: the current report
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QTest::addRow("a date: the end of today") << now.date().toString(Qt::ISODate) << 0 << QByteArray();
        QTest::addRow("a UTC time after the import")
            << now.addSecs(3600).toString(Qt::ISODate) << 0 << QByteArray();
        QTest::addRow("a date before the history")
            << u"2001-02-03"_s << 1 << QByteArray("There was no organisation before ");
        QTest::addRow("not a time") << u"yesterday"_s << 2 << QByteArray("--as-of: 'yesterday'");
    }

    void accessAsOf()
    {
        QFETCH(QString, asOf);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        // Given an organisation imported into a new database (its history starts now),
        writeFile(u"asof.json"_s, SmallOrg);
        const QString url = db(u"asof.gatehouse"_s);
        QFile::remove(path(u"asof.gatehouse"_s));
        QCOMPARE(run({u"import"_s, u"--db"_s, url, path(u"asof.json"_s)}).exitCode, 0);
        const Run current = run({u"access"_s, u"--db"_s, url, u"--format"_s, u"csv"_s});
        QCOMPARE(current.exitCode, 0);
        // when the access is asked as of a moment,
        const Run r = run({u"access"_s, u"--db"_s, url, u"--format"_s, u"csv"_s, u"--as-of"_s, asOf});
        // then a moment after the import gives today's report, one before it an error.
        QVERIFY2(r.exitCode == exitCode, r.err.constData());
        if (message.isEmpty()) {
            QCOMPARE(r.out, current.out);
        } else {
            QVERIFY2(r.err.contains(message), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
    }

    void malformedFileLeavesDatabase_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("message");

        QTest::addRow("unknown permission")
            << edited(R"("permission": "Viewer")", R"("permission": "Owner")")
            << u"teams[1].permission: \"Owner\" is not a permission level"_s;
        QTest::addRow("dangling member id")
            << edited(R"("members": [1, 2])", R"("members": [1, 2, 999])")
            << u"teams[1].members[2]: 999 is not an account id"_s;
        QTest::addRow("duplicate account id")
            << edited(R"({"id": 2, "subject")", R"({"id": 1, "subject")")
            << u"accounts[1].id: 1 duplicates accounts[0].id"_s;
        QTest::addRow("e-mail differing only in case")
            << edited("bob@example.com", "ADA@example.com")
            << u"accounts[1].email: \"ADA@example.com\" duplicates accounts[0].email \"ada@example.com\""_s;
        QTest::addRow("second public team")
            << edited(R"("name": "Finance", "public": false)", R"("name": "Finance", "public": true)")
            << u"teams[1].public: true"_s;
        QTest::addRow("unknown key")
            << edited(R"("kind": "source")", R"("kind": "source", "owner": "x")")
            << u"datastores[0].owner: unknown key"_s;
        QTest::addRow("wrong format")
            << edited("gatehouse-org/1", "gatehouse-org/9")
            << u"format: \"gatehouse-org/9\" is not supported"_s;
        QTest::addRow("truncated JSON") << SmallOrg.left(120) << u"JSON syntax error at byte "_s;
    }

    void malformedFileLeavesDatabase()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, message);
        writeFile(u"bad.json"_s, file);

        // An existing organisation stays byte for byte as it was,
        writeFile(u"good.json"_s, SmallOrg);
        QCOMPARE(run({u"import"_s, u"--db"_s, db(u"kept.gatehouse"_s), path(u"good.json"_s),
                      u"--replace"_s}).exitCode,
                 0);
        const QByteArray before = sha256(path(u"kept.gatehouse"_s));
        QVERIFY(!before.isEmpty());
        Run r = run({u"import"_s, u"--db"_s, db(u"kept.gatehouse"_s), u"--replace"_s, path(u"bad.json"_s)});
        QCOMPARE(r.exitCode, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(u"gatehousectl: "_s + path(u"bad.json"_s) + u": "_s), qPrintable(err));
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(err.count(u'\n'), 1);
        QCOMPARE(sha256(path(u"kept.gatehouse"_s)), before);

        // and a database that did not exist is not created.
        r = run({u"import"_s, u"--db"_s, db(u"never.gatehouse"_s), path(u"bad.json"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(path(u"never.gatehouse"_s)));
    }

    void importTwiceNeedsReplace()
    {
        writeFile(u"twice.json"_s, SmallOrg);
        QCOMPARE(run({u"import"_s, u"--db"_s, db(u"twice.gatehouse"_s), path(u"twice.json"_s)}).exitCode, 0);
        const QByteArray before = sha256(path(u"twice.gatehouse"_s));

        Run r = run({u"import"_s, u"--db"_s, db(u"twice.gatehouse"_s), path(u"twice.json"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("--replace"), r.err.constData());
        QCOMPARE(sha256(path(u"twice.gatehouse"_s)), before);

        writeFile(u"changed.json"_s, edited(R"("name": "Finance")", R"("name": "Finance EU")"));
        r = run({u"import"_s, u"--db"_s, db(u"twice.gatehouse"_s), u"--replace"_s, path(u"changed.json"_s)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = run({u"export"_s, u"--db"_s, db(u"twice.gatehouse"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("\"name\": \"Finance EU\""));
    }

    void defaultDatabaseWithoutDb()
    {
        // Without --db every command uses the same organisation in the data folder.
        writeFile(u"default.json"_s, SmallOrg);
        Run r = run({u"export"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(run({u"import"_s, path(u"default.json"_s)}).exitCode, 0);
        r = run({u"access"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("2,auth0|bob,Bob Stone"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("hint");

        QTest::addRow("no command") << QStringList{} << u"'gatehousectl --help'"_s;
        QTest::addRow("unknown command") << QStringList{u"frobnicate"_s} << u"'gatehousectl --help'"_s;
        QTest::addRow("unknown global option") << QStringList{u"--frobnicate"_s} << u"'gatehousectl --help'"_s;
        QTest::addRow("unknown option") << QStringList{u"export"_s, u"--frobnicate"_s}
                                        << u"'gatehousectl export --help'"_s;
        QTest::addRow("import without file") << QStringList{u"import"_s} << u"'gatehousectl import --help'"_s;
        QTest::addRow("import of two files") << QStringList{u"import"_s, u"a"_s, u"b"_s}
                                             << u"'gatehousectl import --help'"_s;
        QTest::addRow("--db without value") << QStringList{u"export"_s, u"--db"_s}
                                            << u"'gatehousectl export --help'"_s;
        QTest::addRow("access without format") << QStringList{u"access"_s} << u"'gatehousectl access --help'"_s;
        QTest::addRow("access as json") << QStringList{u"access"_s, u"--format"_s, u"json"_s}
                                        << u"'gatehousectl access --help'"_s;
        QTest::addRow("demo without output") << QStringList{u"demo"_s} << u"'gatehousectl demo --help'"_s;
        QTest::addRow("demo with bad count")
            << QStringList{u"demo"_s, u"--accounts"_s, u"many"_s, u"-o"_s, u"x.json"_s}
            << u"'gatehousectl demo --help'"_s;
        QTest::addRow("demo with negative seed")
            << QStringList{u"demo"_s, u"--seed"_s, u"-3"_s, u"-o"_s, u"x.json"_s}
            << u"'gatehousectl demo --help'"_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, hint);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(u"gatehousectl: "_s), qPrintable(err));
        QCOMPARE(err.count(u'\n'), 1);
        QVERIFY2(err.contains(hint), qPrintable(err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(path(u"x.json"_s)));
    }

    void missingDatabase_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addRow("export") << QStringList{u"export"_s, u"-o"_s, u"out.json"_s};
        QTest::addRow("access") << QStringList{u"access"_s, u"--format"_s, u"csv"_s, u"-o"_s, u"out.json"_s};
    }

    void missingDatabase()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments + QStringList{u"--db"_s, db(u"missing.gatehouse"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("gatehousectl: "), r.err.constData());
        QVERIFY(r.err.contains("missing.gatehouse"));
        QVERIFY(!QFile::exists(path(u"missing.gatehouse"_s)));
        QVERIFY(!QFile::exists(path(u"out.json"_s)));
    }

    void unknownScheme_data()
    {
        QTest::addColumn<QStringList>("arguments");
        writeFile(u"scheme.json"_s, SmallOrg);
        QTest::addRow("export") << QStringList{u"export"_s, u"--db"_s, u"mongodb://host/db"_s};
        QTest::addRow("import") << QStringList{u"import"_s, u"--db"_s, u"mongodb://host/db"_s, path(u"scheme.json"_s)};
    }

    void unknownScheme()
    {
        QFETCH(QStringList, arguments);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("gatehousectl: "), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void helpAndVersion_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("--help") << QStringList{u"--help"_s} << QByteArray("Usage: gatehousectl COMMAND");
        QTest::addRow("command help") << QStringList{u"import"_s, u"--help"_s}
                                      << QByteArray("Usage: gatehousectl import [--db URL] [--replace] FILE");
        QTest::addRow("--version") << QStringList{u"--version"_s} << QByteArray("gatehousectl " GATEHOUSE_VERSION "\n");
    }

    void helpAndVersion()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, expected);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(expected), r.out.constData());
        QVERIFY(r.err.isEmpty());
    }

    // --- Administration (acting as the local account) ---

    // An organisation whose Admin is the operating-system account running the tests.
    QByteArray adminOrg() const
    {
        QByteArray org = SmallOrg;
        org.replace("\"auth0|ada\", \"name\": \"Ada Byron\"",
                    QByteArray("\"" + m_local.toUtf8() + "\", \"name\": \"Operator\""));
        org.replace(R"({"id": 2, "subject": "auth0|bob")",
                    R"({"id": 3, "subject": "auth0|cy", "name": "Cy Young", "email": "cy@example.com",
     "type": "human", "role": "Manager", "active": true, "created": "2026-01-05T09:00:00Z",
     "last_active": null, "external_id": null},
    {"id": 2, "subject": "auth0|bob")");
        org.replace(R"("created": "2026-02-01T00:00:00Z"}
  ],)", R"("created": "2026-02-01T00:00:00Z"},
    {"id": 11, "name": "Finance Lake", "kind": "source", "connection": "PostgreSQL",
     "created": "2026-02-01T00:00:00Z"}
  ],)");
        return org;
    }

    QString freshAdminDb(const QString &name)
    {
        writeFile(name + u".json"_s, adminOrg());
        QFile::remove(path(name + u".gatehouse"_s));
        const Run r = run({u"import"_s, u"--db"_s, db(name + u".gatehouse"_s), path(name + u".json"_s)});
        if (r.exitCode != 0)
            qWarning("%s", r.err.constData());
        return db(name + u".gatehouse"_s);
    }

    QByteArray exported(const QString &url)
    {
        return run({u"export"_s, u"--db"_s, url}).out;
    }

    QJsonArray history(const QString &url, const QStringList &extra = {})
    {
        const Run r = run(QStringList{u"history"_s, u"--db"_s, url, u"--format"_s, u"json"_s} + extra);
        return QJsonDocument::fromJson(r.out).array();
    }

    // Database bytes (main file and write-ahead log) plus its export: nothing may change.
    QByteArray state(const QString &file, const QString &url)
    {
        return sha256(path(file)) + sha256(path(file + u"-wal"_s)) + exported(url);
    }

    void adminCommandsChangeTheOrganisation()
    {
        const QString url = freshAdminDb(u"admin"_s);
        auto ok = [this](const QStringList &arguments) {
            const Run r = run(arguments);
            if (r.exitCode != 0)
                qWarning("%s: %s", qPrintable(arguments.join(u' ')), r.err.constData());
            return r;
        };
        Run r = ok({u"team"_s, u"create"_s, u"--db"_s, url, u"--name"_s, u"Ops"_s, u"--permission"_s, u"Viewer"_s,
                    u"--member"_s, u"auth0|bob"_s, u"--datastore"_s, u"finance lake"_s, u"--description"_s, u"Runs things"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, "Created team \"Ops\"\n  +1 account gets Viewer on Finance Lake\n");
        QVERIFY(exported(url).contains("\"name\": \"Ops\""));

        r = ok({u"team"_s, u"update"_s, u"--db"_s, url, u"OPS"_s, u"--rename"_s, u"Operations"_s, u"--permission"_s,
                u"Editor"_s, u"--add-member"_s, u"auth0|cy"_s, u"--add-datastore"_s, u"Sales Warehouse"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith("Updated team \"Operations\": renamed from \"Ops\", level Viewer -> Editor, "
                                  "+1 member, +1 datastore\n"), r.out.constData());
        r = ok({u"team"_s, u"list"_s, u"--db"_s, url});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("Editor") && r.out.contains("Operations"));
        r = ok({u"team"_s, u"show"_s, u"--db"_s, url, u"operations"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("auth0|cy  Cy Young") && r.out.contains("  Finance Lake\n"));

        r = ok({u"explain"_s, u"--db"_s, url, u"auth0|bob"_s, u"sales warehouse"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, "Bob Stone (auth0|bob): Editor on Sales Warehouse\n  from Operations (Editor)\n"
                        "  also Finance (Viewer), Public (Reporter)\n");

        QCOMPARE(ok({u"account"_s, u"set-role"_s, u"--db"_s, url, u"auth0|bob"_s, u"Manager"_s}).exitCode, 0);
        QCOMPARE(ok({u"account"_s, u"set-teams"_s, u"--db"_s, url, u"auth0|cy"_s, u"--team"_s, u"finance"_s}).exitCode, 0);
        QCOMPARE(ok({u"account"_s, u"deactivate"_s, u"--db"_s, url, u"auth0|cy"_s}).exitCode, 0);
        QVERIFY(ok({u"account"_s, u"list"_s, u"--db"_s, url}).out.contains("Manager  human    deactivated  auth0|cy"));
        QCOMPARE(ok({u"account"_s, u"reactivate"_s, u"--db"_s, url, u"auth0|cy"_s}).exitCode, 0);
        r = ok({u"service"_s, u"create"_s, u"--db"_s, url, u"--name"_s, u"Pipeline Automation"_s, u"--role"_s,
                u"Member"_s, u"--team"_s, u"Finance"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Created service account \"Pipeline Automation\" (pipeline_automation@service)\n"));
        QVERIFY(ok({u"datastore"_s, u"create"_s, u"--db"_s, url, u"--name"_s, u"New Lake"_s, u"--kind"_s,
                    u"enrichment"_s, u"--connection"_s, u"BigQuery"_s}).exitCode == 0);
        QVERIFY(ok({u"datastore"_s, u"update"_s, u"--db"_s, url, u"new lake"_s, u"--rename"_s, u"Old Lake"_s}).exitCode == 0);
        QVERIFY(ok({u"datastore"_s, u"delete"_s, u"--db"_s, url, u"OLD LAKE"_s}).exitCode == 0);
        QCOMPARE(ok({u"team"_s, u"delete"_s, u"--db"_s, url, u"operations"_s}).exitCode, 0);

        const QByteArray org = exported(url);
        QVERIFY(!org.contains("Operations"));
        QVERIFY(!org.contains("Lake\", \"kind\": \"enrichment"));
        QVERIFY(org.contains("\"subject\": \"pipeline_automation@service\""));
        QVERIFY(org.contains("\"subject\": \"auth0|bob\", \"name\": \"Bob Stone\"") || org.contains("\"role\": \"Manager\""));

        // History names every change with the acting account, before and after.
        QStringList actions;
        for (const QJsonValue &v : history(url))
            actions.append(v[u"action"].toString());
        for (const QString &action : {u"team.create"_s, u"team.update"_s, u"team.delete"_s, u"account.set-role"_s,
                                      u"account.set-teams"_s, u"account.deactivate"_s, u"account.reactivate"_s,
                                      u"service.create"_s, u"datastore.create"_s, u"datastore.update"_s,
                                      u"datastore.delete"_s})
            QVERIFY2(actions.contains(action), qPrintable(action));

        // A team's own history, found by a name it had.
        const QJsonArray team = history(url, {u"--team"_s, u"ops"_s});
        QStringList teamActions;
        for (const QJsonValue &v : team) {
            teamActions.append(v[u"action"].toString());
            QCOMPARE(v[u"actor"].toString(), m_local);
            QCOMPARE(v[u"entity"].toString(), u"team"_s);
        }
        QCOMPARE(teamActions, (QStringList{u"team.create"_s, u"team.update"_s, u"account.set-teams"_s, u"team.delete"_s}));
        const QJsonObject update = team.at(1).toObject();
        QCOMPARE(update[u"before"][u"name"].toString(), u"Ops"_s);
        QCOMPARE(update[u"before"][u"permission"].toString(), u"Viewer"_s);
        QCOMPARE(update[u"after"][u"name"].toString(), u"Operations"_s);
        QCOMPARE(update[u"after"][u"permission"].toString(), u"Editor"_s);
        QVERIFY(team.last()[u"after"].isNull());

        r = ok({u"history"_s, u"--db"_s, url, u"--team"_s, u"Operations"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("  team.update  team "));
        QVERIFY(r.out.contains("  before: {\"id\":"));
        r = ok({u"history"_s, u"--db"_s, url, u"--format"_s, u"csv"_s});
        QVERIFY(r.out.startsWith("id,at,actor,action,entity,entity_id,before,after\n"));
    }

    void dryRunChangesNothing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("firstLine");
        QTest::addRow("team create") << QStringList{u"team"_s, u"create"_s, u"--name"_s, u"Ops"_s, u"--permission"_s,
                                                    u"Editor"_s, u"--member"_s, u"auth0|bob"_s, u"--datastore"_s, u"Finance Lake"_s}
                                     << QByteArray("Dry run, nothing changed: Created team \"Ops\"\n  +1 account gets Editor on Finance Lake\n");
        QTest::addRow("team update") << QStringList{u"team"_s, u"update"_s, u"finance"_s, u"--remove-member"_s, u"auth0|bob"_s}
                                     << QByteArray("Dry run, nothing changed: Updated team \"Finance\": -1 member\n"
                                                   "  1 account goes from Viewer to Reporter on Sales Warehouse\n");
        QTest::addRow("team delete") << QStringList{u"team"_s, u"delete"_s, u"Finance"_s}
                                     << QByteArray("Dry run, nothing changed: Deleted team \"Finance\"\n");
        QTest::addRow("datastore delete") << QStringList{u"datastore"_s, u"delete"_s, u"sales warehouse"_s}
                                          << QByteArray("Dry run, nothing changed: Deleted datastore \"Sales Warehouse\", removed from 2 teams\n");
        QTest::addRow("set role") << QStringList{u"account"_s, u"set-role"_s, u"auth0|bob"_s, u"Admin"_s}
                                  << QByteArray("Dry run, nothing changed: Changed the role of Bob Stone from Member to Admin\n");
        QTest::addRow("deactivate") << QStringList{u"account"_s, u"deactivate"_s, u"auth0|cy"_s}
                                    << QByteArray("Dry run, nothing changed: Deactivated Cy Young\n  1 account loses Reporter on Sales Warehouse\n");
    }

    void dryRunChangesNothing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, firstLine);
        const QString url = freshAdminDb(u"dry"_s);
        const QByteArray before = state(u"dry.gatehouse"_s, url);
        const QByteArray org = exported(url);
        const qsizetype records = history(url).size();
        const Run r = run(arguments + QStringList{u"--db"_s, url, u"--dry-run"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.startsWith(firstLine), r.out.constData());
        QCOMPARE(state(u"dry.gatehouse"_s, url), before);
        QCOMPARE(history(url).size(), records);
        // The same command without --dry-run does change the organisation.
        QCOMPARE(run(arguments + QStringList{u"--db"_s, url}).exitCode, 0);
        QVERIFY(exported(url) != org);
        QCOMPARE(history(url).size(), records + (arguments.at(1) == u"delete" && arguments.at(0) == u"datastore" ? 3 : 1));
    }

    void refusalsExitOne_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("delete Public") << QStringList{u"team"_s, u"delete"_s, u"public"_s}
                                       << u"The Public team cannot be deleted."_s;
        QTest::addRow("rename Public") << QStringList{u"team"_s, u"update"_s, u"Public"_s, u"--rename"_s, u"All"_s}
                                       << u"The Public team cannot be renamed."_s;
        QTest::addRow("edit Public's members") << QStringList{u"team"_s, u"update"_s, u"Public"_s, u"--add-member"_s, u"auth0|bob"_s}
                                               << u"The Public team's members cannot be edited: every account is a member."_s;
        QTest::addRow("name differing only in case")
            << QStringList{u"team"_s, u"create"_s, u"--name"_s, u"FINANCE"_s, u"--permission"_s, u"Viewer"_s}
            << u"name: \"FINANCE\" is already used by team \"Finance\""_s;
        QTest::addRow("empty name") << QStringList{u"team"_s, u"create"_s, u"--name"_s, u" "_s, u"--permission"_s, u"Viewer"_s}
                                    << u"name: \"\" is empty"_s;
        QTest::addRow("256-character name")
            << QStringList{u"team"_s, u"create"_s, u"--name"_s, QString(256, u'n'), u"--permission"_s, u"Viewer"_s}
            << u"has 256 characters, at most 255"_s;
        QTest::addRow("unknown member") << QStringList{u"team"_s, u"update"_s, u"Finance"_s, u"--add-member"_s, u"auth0|zed"_s}
                                        << u"--add-member: \"auth0|zed\" is not the subject of an account"_s;
        QTest::addRow("unknown datastore") << QStringList{u"team"_s, u"update"_s, u"Finance"_s, u"--add-datastore"_s, u"Nowhere"_s}
                                           << u"--add-datastore: \"Nowhere\" is not a datastore"_s;
        QTest::addRow("own role") << QStringList{u"account"_s, u"set-role"_s, m_local, u"Member"_s}
                                  << u"Nobody can change their own role."_s;
        QTest::addRow("last Admin") << QStringList{u"account"_s, u"deactivate"_s, m_local}
                                    << u"Operator is the last active Admin; make another account Admin first."_s;
        QTest::addRow("already active") << QStringList{u"account"_s, u"reactivate"_s, u"auth0|bob"_s}
                                        << u"Bob Stone is already active"_s;
        QTest::addRow("datastore name taken")
            << QStringList{u"datastore"_s, u"update"_s, u"Finance Lake"_s, u"--rename"_s, u"sales warehouse"_s}
            << u"name: \"sales warehouse\" is already used by datastore \"Sales Warehouse\""_s;
    }

    void refusalsExitOne()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString url = freshAdminDb(u"refused"_s);
        const QByteArray before = state(u"refused.gatehouse"_s, url);
        const qsizetype records = history(url).size();
        const Run r = run(arguments + QStringList{u"--db"_s, url});
        QCOMPARE(r.exitCode, 1);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.startsWith(u"gatehousectl: "_s) && err.contains(message), qPrintable(err));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(state(u"refused.gatehouse"_s, url), before);
        QCOMPARE(history(url).size(), records);
    }

    // A value outside an option's choices is a usage error (exit 2), named with its value.
    void invalidValuesExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("unknown level") << QStringList{u"team"_s, u"create"_s, u"--name"_s, u"Ops"_s, u"--permission"_s, u"Owner"_s}
                                       << u"--permission: \"Owner\" is not a permission level"_s;
        QTest::addRow("unknown role") << QStringList{u"account"_s, u"set-role"_s, u"auth0|bob"_s, u"Owner"_s}
                                      << u"role: \"Owner\" is not a role"_s;
        QTest::addRow("unknown kind") << QStringList{u"datastore"_s, u"create"_s, u"--name"_s, u"Lake"_s, u"--kind"_s,
                                                     u"lake"_s, u"--connection"_s, u"S3"_s}
                                      << u"--kind: \"lake\""_s;
    }

    void invalidValuesExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QString url = freshAdminDb(u"invalid"_s);
        const QByteArray before = state(u"invalid.gatehouse"_s, url);
        const Run r = run(arguments + QStringList{u"--db"_s, url});
        QCOMPARE(r.exitCode, 2);
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(message), qPrintable(err));
        QCOMPARE(state(u"invalid.gatehouse"_s, url), before);
    }

    void noAccountNoAdminCommands()
    {
        // SmallOrg has no account for the local user: admin commands are refused, data
        // commands still work.
        writeFile(u"foreign.json"_s, SmallOrg);
        QCOMPARE(run({u"import"_s, u"--db"_s, db(u"foreign.gatehouse"_s), path(u"foreign.json"_s)}).exitCode, 0);
        const Run r = run({u"team"_s, u"delete"_s, u"--db"_s, db(u"foreign.gatehouse"_s), u"Finance"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QString::fromUtf8(r.err),
                 u"gatehousectl: no access: %1 has no account in this organisation\n"_s.arg(m_local));
        QCOMPARE(run({u"explain"_s, u"--db"_s, db(u"foreign.gatehouse"_s), u"auth0|ada"_s, u"Sales Warehouse"_s}).out,
                 "Ada Byron (auth0|ada): Admin on Sales Warehouse\n  from the role Admin (not subject to teams)\n"
                 "  also Finance (Viewer), Public (Reporter)\n");
    }

    void importWarnsWithoutHumanAdmin()
    {
        writeFile(u"noadmin.json"_s, edited(R"("role": "Admin")", R"("role": "Manager")"));
        const Run r = run({u"import"_s, u"--db"_s, db(u"noadmin.gatehouse"_s), path(u"noadmin.json"_s)});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains("warning: the organisation has no active human Admin"), r.err.constData());
        writeFile(u"withadmin.json"_s, SmallOrg);
        QVERIFY(run({u"import"_s, u"--db"_s, db(u"withadmin.gatehouse"_s), path(u"withadmin.json"_s)}).err.isEmpty());
    }

    void adminUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("hint");
        QTest::addRow("team without command") << QStringList{u"team"_s} << u"'gatehousectl team --help'"_s;
        QTest::addRow("unknown team command") << QStringList{u"team"_s, u"frob"_s} << u"'gatehousectl team --help'"_s;
        QTest::addRow("create without name") << QStringList{u"team"_s, u"create"_s, u"--permission"_s, u"Viewer"_s}
                                             << u"'gatehousectl team create --help'"_s;
        QTest::addRow("set-role without role") << QStringList{u"account"_s, u"set-role"_s, u"auth0|bob"_s}
                                               << u"'gatehousectl account set-role --help'"_s;
        QTest::addRow("history as xml") << QStringList{u"history"_s, u"--format"_s, u"xml"_s}
                                        << u"'gatehousectl history --help'"_s;
    }

    void adminUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, hint);
        const Run r = run(arguments);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(QString::fromUtf8(r.err).contains(hint), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_Gatehousectl)
#include "tst_gatehousectl.moc"

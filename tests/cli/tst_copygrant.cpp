// SPDX-License-Identifier: GPL-3.0-or-later
// `gatehousectl copy` and `gatehousectl grant` run as processes against real SQLite files and
// the tests' real PostgreSQL server. What a copy keeps is judged by gatehousectl's own
// canonical outputs (export, history, review list) before and after; what a granted role
// may do is tried by connecting as that role, with its password in PGPASSWORD.
#include "ctlrunner.h"
#include "core/localidentity.h"
#include "core/reviewservice.h"
#include "repository/repositoryfactory.h"
#include "support/testpostgres.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

using CtlTest::Run;

QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

// `url` connecting as `user` instead of the superuser.
QString asUser(const QString &url, const QString &user)
{
    QUrl copy(url);
    copy.setUserName(user);
    return copy.toString();
}

// Runs `sql` on `url` as `user` with `password`; the server's error, empty when it ran.
QString execAs(const QString &url, const QString &user, const QString &password, const QString &sql)
{
    static int counter = 0;
    const QString name = u"tst_copygrant-%1"_s.arg(++counter);
    const QUrl parsed(url);
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(parsed.host());
        db.setPort(parsed.port(5432));
        db.setDatabaseName(parsed.path().mid(1));
        db.setUserName(user);
        db.setPassword(password);
        if (!db.open()) {
            error = u"cannot connect: "_s + db.lastError().text();
        } else {
            QSqlQuery query(db);
            if (!query.exec(sql))
                error = query.lastError().databaseText();
            if (error.isEmpty() && query.lastError().isValid())
                error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return error;
}

} // namespace

class tst_CopyGrant : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString sqlite(const QString &name) const { return u"sqlite:"_s + path(name); }

    Run run(const QStringList &arguments, const QString &password = {})
    {
        QProcessEnvironment env = CtlTest::environmentIn(m_dir);
        env.remove(u"PGPASSWORD"_s);
        if (!password.isEmpty())
            env.insert(u"PGPASSWORD"_s, password);
        return CtlTest::run(arguments, m_dir, env, 240000);
    }

    // export, history and review list of `url`, each as its own process.
    struct Outputs
    {
        QByteArray exported, history, reviews;
    };
    Outputs outputsOf(const QString &url, const QString &password = {})
    {
        Outputs o;
        const Run e = run({u"export"_s, u"--db"_s, url}, password);
        const Run h = run({u"history"_s, u"--db"_s, url}, password);
        const Run r = run({u"review"_s, u"list"_s, u"--db"_s, url}, password);
        if (e.exitCode != 0 || h.exitCode != 0 || r.exitCode != 0) {
            qWarning("%s%s%s", e.err.constData(), h.err.constData(), r.err.constData());
            return {};
        }
        return {e.out, h.out, r.out};
    }

    // A PostgreSQL database holding the demo organisation, imported by gatehousectl.
    QString newPostgresOrganisation()
    {
        QString url = TestPostgres::createDatabase();
        if (url.isEmpty())
            return {};
        const Run imported = run({u"import"_s, u"--db"_s, url, path(u"org.json"_s)});
        if (imported.exitCode != 0) {
            qWarning("%s", imported.err.constData());
            return {};
        }
        return url;
    }

    // A login role unique to this run (roles belong to the whole server).
    QString newRole(const QString &kind, const QString &password)
    {
        static int counter = 0;
        const QString name = u"gh_%1_%2_%3"_s.arg(kind).arg(QCoreApplication::applicationPid()).arg(++counter);
        QString error;
        if (!TestPostgres::exec(u"postgres"_s, u"CREATE ROLE %1 LOGIN PASSWORD '%2'"_s.arg(name, password), &error)) {
            qWarning("%s", qPrintable(error));
            return {};
        }
        return name;
    }

private Q_SLOTS:
    void initTestCase();
    void copySqliteToPostgresToSqlite();
    void copyIntoNonEmptyPostgresFails();
    void copyOntoExistingFileFails();
    void copyUsageErrors_data();
    void copyUsageErrors();
    void auditorReadsButCannotWrite();
    void adminWritesButNeverRewritesHistory();
    void grantIsIdempotentAndSwitchesRoles();
    void grantErrors_data();
    void grantErrors();

private:
    QTemporaryDir m_dir;
    QString m_source; // sqlite URL of the demo organisation with changes and reviews
};

void tst_CopyGrant::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(GATEHOUSECTL_PATH)), GATEHOUSECTL_PATH);
    QString why;
    QVERIFY2(!TestPostgres::adminUrl(&why).isEmpty(), qPrintable(why));

    // The demo organisation (the local account its Admin), then history beyond the import
    // and two reviews, one signed off.
    const Run demo = run({u"demo"_s, u"--accounts"_s, u"400"_s, u"--seed"_s, u"11"_s, u"-o"_s, path(u"org.json"_s)});
    QVERIFY2(demo.exitCode == 0, demo.err.constData());
    m_source = sqlite(u"source.gatehouse"_s);
    const Run imported = run({u"import"_s, u"--db"_s, m_source, path(u"org.json"_s)});
    QVERIFY2(imported.exitCode == 0, imported.err.constData());
    const Run created = run({u"team"_s, u"create"_s, u"--db"_s, m_source, u"--name"_s, u"Copy Check"_s,
                             u"--permission"_s, u"Viewer"_s, u"--description"_s, u"ünïcode “quotes”"_s});
    QVERIFY2(created.exitCode == 0, created.err.constData());
    const Run changed = run({u"team"_s, u"update"_s, u"--db"_s, m_source, u"Copy Check"_s,
                             u"--permission"_s, u"Editor"_s});
    QVERIFY2(changed.exitCode == 0, changed.err.constData());

    auto repository = openRepository(m_source, OpenMode::ExistingOnly, localSubject(), localDisplayName());
    QVERIFY2(repository.ok(), qPrintable(repository.ok() ? QString() : repository.error().message));
    const Result<Snapshot> snapshot = (*repository)->load();
    QVERIFY(snapshot.ok());
    const Id teamId = snapshot->teams.at(1).id;
    const QDateTime started = QDateTime::fromString(u"2026-09-30T10:00:00Z"_s, Qt::ISODate);
    Result<Review> review = ReviewService::startReview(*snapshot, u"Q3"_s, {teamId}, {}, localSubject(), started);
    QVERIFY2(review.ok(), qPrintable(review.ok() ? QString() : review.error().message));
    QVERIFY(!review->items.isEmpty());
    for (qsizetype i = 0; i < review->items.size(); ++i) {
        review = ReviewService::markItem(*snapshot, *review, i, i == 0 ? ReviewItem::Mark::Revoke : ReviewItem::Mark::Keep,
                                         i == 0 ? u"left in June"_s : QString(), localSubject());
        QVERIFY(review.ok());
    }
    review = ReviewService::signOff(*snapshot, *review, localSubject(), started.addDays(1));
    QVERIFY2(review.ok(), qPrintable(review.ok() ? QString() : review.error().message));
    QVERIFY((*repository)->saveReview(*review, localSubject()).ok());
    review = ReviewService::startReview(*snapshot, u"Still open"_s, {teamId}, {}, localSubject(), started.addDays(2));
    QVERIFY(review.ok());
    QVERIFY((*repository)->saveReview(*review, localSubject()).ok());
}

void tst_CopyGrant::copySqliteToPostgresToSqlite()
{
    // Given a SQLite organisation with history and reviews
    const Outputs before = outputsOf(m_source);
    QVERIFY(!before.exported.isEmpty());
    QVERIFY(before.history.count('\n') >= 3);
    QVERIFY(before.reviews.contains("Q3") && before.reviews.contains("Still open"));

    // When it is copied into an empty PostgreSQL database, and from there into a new file
    QString postgres;
    GATEHOUSE_NEW_POSTGRES_DATABASE(postgres);
    const Run toPostgres = run({u"copy"_s, u"--from"_s, m_source, u"--to"_s, postgres});
    QVERIFY2(toPostgres.exitCode == 0, toPostgres.err.constData());
    QVERIFY2(toPostgres.out.startsWith("Copied 400 accounts, "), toPostgres.out.constData());
    QVERIFY2(toPostgres.out.contains(" history records and 2 reviews to postgresql://"), toPostgres.out.constData());
    QCOMPARE(toPostgres.out.count('\n'), 1);
    const QString back = sqlite(u"back.gatehouse"_s);
    const Run toSqlite = run({u"copy"_s, u"--from"_s, postgres, u"--to"_s, back});
    QVERIFY2(toSqlite.exitCode == 0, toSqlite.err.constData());
    QVERIFY2(toSqlite.out.endsWith(QByteArray(" to " + back.toUtf8() + ".\n")), toSqlite.out.constData());

    // Then both copies give the same organisation, history and reviews, byte for byte
    const Outputs inPostgres = outputsOf(postgres);
    const Outputs inSqlite = outputsOf(back);
    QCOMPARE(inPostgres.exported, before.exported);
    QCOMPARE(inPostgres.history, before.history);
    QCOMPARE(inPostgres.reviews, before.reviews);
    QCOMPARE(inSqlite.exported, before.exported);
    QCOMPARE(inSqlite.history, before.history);
    QCOMPARE(inSqlite.reviews, before.reviews);
    // and the source was only read
    QCOMPARE(outputsOf(m_source).history, before.history);

    // and the copy goes on working: a change lands after the copied history
    const Run change = run({u"team"_s, u"delete"_s, u"--db"_s, postgres, u"Copy Check"_s});
    QVERIFY2(change.exitCode == 0, change.err.constData());
    const Outputs changed = outputsOf(postgres);
    QVERIFY(changed.history.startsWith(before.history) || changed.history.endsWith(before.history));
    QVERIFY(changed.history.size() > before.history.size());
}

void tst_CopyGrant::copyIntoNonEmptyPostgresFails()
{
    // Given a PostgreSQL database that already holds an organisation
    const QString target = newPostgresOrganisation();
    QVERIFY(!target.isEmpty());
    const Outputs before = outputsOf(target);
    QVERIFY(!before.exported.isEmpty());

    // When another organisation is copied into it
    const Run r = run({u"copy"_s, u"--from"_s, m_source, u"--to"_s, target});

    // Then it is refused with a sentence naming the target, and nothing changed
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.startsWith("gatehousectl: --to: postgresql://"), r.err.constData());
    QVERIFY2(r.err.contains("already holds an organisation"), r.err.constData());
    QVERIFY2(r.err.contains("copy writes only into a new database"), r.err.constData());
    const Outputs after = outputsOf(target);
    QCOMPARE(after.exported, before.exported);
    QCOMPARE(after.history, before.history);
    QCOMPARE(after.reviews, before.reviews);
}

void tst_CopyGrant::copyOntoExistingFileFails()
{
    // Given an existing SQLite file (a copy made before)
    const QString target = sqlite(u"existing.gatehouse"_s);
    const Run first = run({u"copy"_s, u"--from"_s, m_source, u"--to"_s, target});
    QVERIFY2(first.exitCode == 0, first.err.constData());
    const QByteArray hash = sha256(path(u"existing.gatehouse"_s));
    QVERIFY(!hash.isEmpty());

    // When a copy is made onto it again
    const Run again = run({u"copy"_s, u"--from"_s, m_source, u"--to"_s, target});

    // Then it is refused and the file is untouched
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains("exists already; copy writes only into a new database"), again.err.constData());
    QCOMPARE(sha256(path(u"existing.gatehouse"_s)), hash);

    // A source that does not exist creates no target either
    const Run missing = run({u"copy"_s, u"--from"_s, sqlite(u"nothing.gatehouse"_s), u"--to"_s,
                             sqlite(u"never.gatehouse"_s)});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFile::exists(path(u"never.gatehouse"_s)));
}

void tst_CopyGrant::copyUsageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("no --from") << QStringList{u"--to"_s, u"x.gatehouse"_s} << 2 << QByteArray("No --from database given.");
    QTest::addRow("no --to") << QStringList{u"--from"_s, u"x.gatehouse"_s} << 2 << QByteArray("No --to database given.");
    QTest::addRow("same database") << QStringList{u"--from"_s, u"a.gatehouse"_s, u"--to"_s, u"sqlite:a.gatehouse"_s}
                                   << 1 << QByteArray("--from and --to name the same database");
    QTest::addRow("unknown scheme") << QStringList{u"--from"_s, u"a.gatehouse"_s, u"--to"_s, u"mysql://h/db"_s}
                                    << 1 << QByteArray("--to: Unknown database scheme");
}

void tst_CopyGrant::copyUsageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    const Run r = run(QStringList{u"copy"_s} + arguments);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

void tst_CopyGrant::auditorReadsButCannotWrite()
{
    // Given an organisation on PostgreSQL and a login role granted auditor access
    const QString url = newPostgresOrganisation();
    QVERIFY(!url.isEmpty());
    const QString password = u"audit-pw-1"_s;
    const QString role = newRole(u"auditor"_s, password);
    QVERIFY(!role.isEmpty());
    const Run granted = run({u"grant"_s, u"--db"_s, url, u"--auditor"_s, role});
    QVERIFY2(granted.exitCode == 0, granted.err.constData());
    QVERIFY2(granted.out.contains("may now read the organisation"), granted.out.constData());
    const Outputs asOwner = outputsOf(url);

    // When the auditor connects (password from PGPASSWORD)
    const QString auditorUrl = asUser(url, role);
    const Run access = run({u"access"_s, u"--db"_s, auditorUrl, u"--format"_s, u"csv"_s}, password);
    const Run ownerAccess = run({u"access"_s, u"--db"_s, url, u"--format"_s, u"csv"_s});

    // Then it reads everything the owner reads
    QVERIFY2(access.exitCode == 0, access.err.constData());
    QVERIFY(access.out.count('\n') > 100);
    QCOMPARE(access.out, ownerAccess.out);
    const Outputs asAuditor = outputsOf(auditorUrl, password);
    QCOMPARE(asAuditor.exported, asOwner.exported);
    QCOMPARE(asAuditor.history, asOwner.history);

    // but a change is refused with one clear sentence, and nothing changed
    const Run create = run({u"team"_s, u"create"_s, u"--db"_s, auditorUrl, u"--name"_s, u"Sneaky"_s,
                            u"--permission"_s, u"Editor"_s},
                           password);
    QCOMPARE(create.exitCode, 1);
    const QByteArray firstLine = create.err.split('\n').first();
    QVERIFY2(firstLine.startsWith(QByteArray("gatehousectl: Connected as a read-only database role: '"
                                             + role.toUtf8() + "' may read the organisation in postgresql://")),
             create.err.constData());
    QVERIFY2(firstLine.endsWith("but not change it."), create.err.constData());
    QCOMPARE(outputsOf(url).history, asOwner.history);
    // nor can it write to any table directly
    QVERIFY(execAs(url, role, password, u"INSERT INTO audit_log (at, action, entity) VALUES ('x', 'x', 'x')"_s)
                .contains(u"permission denied"_s));
    QVERIFY(execAs(url, role, password, u"DELETE FROM team_members"_s).contains(u"permission denied"_s));
    QCOMPARE(execAs(url, role, password, u"SELECT count(*) FROM review_items"_s), QString());
}

void tst_CopyGrant::adminWritesButNeverRewritesHistory()
{
    // Given an organisation on PostgreSQL and a login role granted admin access
    const QString url = newPostgresOrganisation();
    QVERIFY(!url.isEmpty());
    const QString password = u"admin-pw-2"_s;
    const QString role = newRole(u"admin"_s, password);
    QVERIFY(!role.isEmpty());
    const Run granted = run({u"grant"_s, u"--db"_s, url, u"--admin"_s, role});
    QVERIFY2(granted.exitCode == 0, granted.err.constData());
    QVERIFY2(granted.out.contains("may now read and change the organisation"), granted.out.constData());
    const QString adminUrl = asUser(url, role);

    // When it changes the organisation through gatehousectl
    const Run create = run({u"team"_s, u"create"_s, u"--db"_s, adminUrl, u"--name"_s, u"Granted"_s,
                            u"--permission"_s, u"Viewer"_s},
                           password);
    QVERIFY2(create.exitCode == 0, create.err.constData());
    const Run remove = run({u"team"_s, u"delete"_s, u"--db"_s, adminUrl, u"Granted"_s}, password);
    QVERIFY2(remove.exitCode == 0, remove.err.constData());
    const Outputs after = outputsOf(url);
    QVERIFY(after.history.contains("Granted"));

    // Then it cannot rewrite the history it appended to
    const QString update = execAs(url, role, password, u"UPDATE audit_log SET actor_subject = 'nobody'"_s);
    QVERIFY2(update.contains(u"permission denied"_s), qPrintable(update));
    const QString remove2 = execAs(url, role, password, u"DELETE FROM audit_log"_s);
    QVERIFY2(remove2.contains(u"permission denied"_s), qPrintable(remove2));
    const QString truncate = execAs(url, role, password, u"TRUNCATE audit_log"_s);
    QVERIFY2(truncate.contains(u"permission denied"_s), qPrintable(truncate));
    // nor delete a review, nor touch the schema version
    QVERIFY(execAs(url, role, password, u"DELETE FROM reviews"_s).contains(u"permission denied"_s));
    QVERIFY(execAs(url, role, password, u"DELETE FROM schema_migrations"_s).contains(u"permission denied"_s));
    QCOMPARE(outputsOf(url).history, after.history);
}

void tst_CopyGrant::grantIsIdempotentAndSwitchesRoles()
{
    const QString url = newPostgresOrganisation();
    QVERIFY(!url.isEmpty());
    const QString password = u"switch-pw-3"_s;
    const QString role = newRole(u"switch"_s, password);
    QVERIFY(!role.isEmpty());
    const QString roleUrl = asUser(url, role);
    const QStringList create = {u"team"_s, u"create"_s, u"--db"_s, roleUrl, u"--permission"_s, u"Viewer"_s,
                                u"--name"_s};

    // Granted admin twice: the same, writable
    for (int i = 0; i < 2; ++i) {
        const Run granted = run({u"grant"_s, u"--db"_s, url, u"--admin"_s, role});
        QVERIFY2(granted.exitCode == 0, granted.err.constData());
    }
    const Run first = run(create + QStringList{u"First"_s}, password);
    QVERIFY2(first.exitCode == 0, first.err.constData());

    // Then auditor, twice: the write privileges are gone
    for (int i = 0; i < 2; ++i) {
        const Run granted = run({u"grant"_s, u"--db"_s, url, u"--auditor"_s, role});
        QVERIFY2(granted.exitCode == 0, granted.err.constData());
    }
    const Run second = run(create + QStringList{u"Second"_s}, password);
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains("Connected as a read-only database role"), second.err.constData());
    const Run read = run({u"export"_s, u"--db"_s, roleUrl}, password);
    QVERIFY2(read.exitCode == 0, read.err.constData());
    QVERIFY(read.out.contains("\"First\""));
}

void tst_CopyGrant::grantErrors_data()
{
    QTest::addColumn<QString>("target"); // "sqlite", "postgres"
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("message");
    QTest::addRow("sqlite") << u"sqlite"_s << QStringList{u"--auditor"_s, u"anyone"_s} << 1
                            << QByteArray("gatehousectl: grant works on PostgreSQL databases; a SQLite file's "
                                          "access is its file permissions.\n");
    QTest::addRow("missing role") << u"postgres"_s << QStringList{u"--auditor"_s, u"no_such_role_x"_s} << 1
                                  << QByteArray("--auditor: the PostgreSQL role 'no_such_role_x' does not exist");
    QTest::addRow("superuser") << u"postgres"_s << QStringList{u"--admin"_s, u"postgres"_s} << 1
                               << QByteArray("--admin: 'postgres' is a superuser");
    QTest::addRow("neither") << u"postgres"_s << QStringList{} << 2
                             << QByteArray("Give --auditor PGROLE or --admin PGROLE.");
    QTest::addRow("both") << u"postgres"_s << QStringList{u"--admin"_s, u"a"_s, u"--auditor"_s, u"b"_s} << 2
                          << QByteArray("Give either --auditor or --admin, not both.");
}

void tst_CopyGrant::grantErrors()
{
    QFETCH(QString, target);
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, message);
    QString url = m_source;
    if (target == u"postgres") {
        url = newPostgresOrganisation();
        QVERIFY(!url.isEmpty());
    }
    const Run r = run(QStringList{u"grant"_s, u"--db"_s, url} + options);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(message), r.err.constData());
}

QTEST_GUILESS_MAIN(tst_CopyGrant)
#include "tst_copygrant.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// `gatehousectl token ...` as processes on a real SQLite file. The organisation is created
// with the local account (the one gatehousectl acts as) as its Admin and a service account;
// the secrets the commands print are then looked for everywhere they must not be: the
// database file and its write-ahead log, the history, the export and standard error.
#include "ctlrunner.h"

#include "core/adminservice.h"
#include "core/localidentity.h"
#include "core/token.h"
#include "repository/repositoryfactory.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

using CtlTest::Run;

const QString Robot = u"pipeline@service"_s;

} // namespace

class tst_TokenCommand : public QObject
{
    Q_OBJECT

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString dbFile() const { return path(u"org.gatehouse"_s); }
    QString db() const { return u"sqlite:"_s + dbFile(); }

    Run run(const QStringList &arguments)
    {
        const Run r = CtlTest::run(arguments, m_dir, CtlTest::environmentIn(m_dir));
        m_stderr += r.err;
        return r;
    }

    QByteArray fileBytes(const QString &name) const
    {
        QFile file(name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A secret printed by `token create`: exactly one line, the secret.
    QByteArray create(const QStringList &options, const QByteArray &prefix)
    {
        const Run r = run(QStringList{u"token"_s, u"create"_s, u"--db"_s, db()} + options);
        if (r.exitCode != 0 || !r.err.isEmpty()) {
            qWarning("token create failed (%d): %s", r.exitCode, r.err.constData());
            return {};
        }
        static const QRegularExpression line(u"^gh_[psc]_[A-Za-z0-9_-]{43}\n$"_s);
        if (!line.match(QString::fromLatin1(r.out)).hasMatch() || !r.out.startsWith(prefix)) {
            qWarning("unexpected output: %s", r.out.constData());
            return {};
        }
        return r.out.chopped(1);
    }

    QJsonArray listJson()
    {
        const Run r = run({u"token"_s, u"list"_s, u"--db"_s, db(), u"--json"_s});
        if (r.exitCode != 0)
            return {};
        return QJsonDocument::fromJson(r.out).array();
    }

private Q_SLOTS:
    void initTestCase();
    void createPrintsTheSecretAlone();
    void refusals_data();
    void refusals();
    void listShowsNoSecretNorHash();
    void revokeRestoreDelete();
    void activeTokenBlocksDeactivation();
    void secretsAreNowhere();

private:
    QTemporaryDir m_dir;
    QList<QByteArray> m_secrets;
    QByteArray m_stderr; // everything every run wrote on standard error
};

void tst_TokenCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(QStringLiteral(GATEHOUSECTL_PATH)), GATEHOUSECTL_PATH);
    // A new organisation: the local account is its Admin; an Admin adds a service account.
    auto repository = openRepository(db(), OpenMode::CreateIfMissing, localSubject(), localDisplayName());
    QVERIFY2(repository.ok(), qPrintable(repository.ok() ? QString() : repository.error().message));
    const Snapshot snapshot = (*repository)->load().value();
    const Result<Plan> plan =
        AdminService::plan(snapshot, localSubject(), Command::createServiceAccount(u"Pipeline"_s, Role::Member, {}));
    QVERIFY(plan.ok());
    QVERIFY((*repository)->commit(plan->changes, localSubject()).ok());
    QCOMPARE((*repository)->load()->accounts.at(1).subject, Robot);
}

void tst_TokenCommand::createPrintsTheSecretAlone()
{
    const QByteArray personal = create({u"--name"_s, u"laptop"_s}, "gh_p_");
    QVERIFY(!personal.isEmpty());
    const QByteArray service =
        create({u"--name"_s, u"deploy"_s, u"--for"_s, Robot, u"--expires-in"_s, u"never"_s}, "gh_s_");
    QVERIFY(!service.isEmpty());
    const QByteArray scim = create({u"--name"_s, u"entra"_s, u"--scim"_s, u"--expires-in"_s, u"30"_s}, "gh_c_");
    QVERIFY(!scim.isEmpty());
    m_secrets = {personal, service, scim};

    const QJsonArray tokens = listJson();
    QCOMPARE(tokens.size(), 3);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto at = [&](int i, const QString &key) { return tokens.at(i).toObject().value(key); };
    QCOMPARE(at(0, u"kind"_s).toString(), u"personal"_s);
    QCOMPARE(at(0, u"owner"_s).toString(), localSubject());
    QCOMPARE(at(0, u"hint"_s).toString(), QString::fromLatin1(personal.left(9)));
    // Default expiry: 90 days
    const QDateTime expires = parseTimestamp(at(0, u"expires"_s).toString());
    QVERIFY(qAbs(expires.secsTo(now.addDays(90))) < 600);
    QCOMPARE(at(1, u"kind"_s).toString(), u"service"_s);
    QCOMPARE(at(1, u"owner"_s).toString(), Robot);
    QVERIFY(at(1, u"expires"_s).isNull());
    QCOMPARE(at(2, u"kind"_s).toString(), u"scim"_s);
    QVERIFY(qAbs(parseTimestamp(at(2, u"expires"_s).toString()).secsTo(now.addDays(30))) < 600);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(at(i, u"state"_s).toString(), u"Active"_s);
        QCOMPARE(at(i, u"id"_s).toInteger(), qint64(i + 1));
        QVERIFY(at(i, u"last_used"_s).isNull());
    }
}

void tst_TokenCommand::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::addRow("expiry not offered") << QStringList{u"create"_s, u"--name"_s, u"x"_s, u"--expires-in"_s, u"45"_s}
                                        << 2 << u"--expires-in: \"45\" is not one of 30, 60, 90, 365 or never."_s;
    QTest::addRow("no name") << QStringList{u"create"_s} << 2 << u"Missing --name."_s;
    QTest::addRow("--for and --scim") << QStringList{u"create"_s, u"--name"_s, u"x"_s, u"--for"_s, Robot, u"--scim"_s}
                                      << 2 << u"--for and --scim exclude each other"_s;
    QTest::addRow("unknown service account")
        << QStringList{u"create"_s, u"--name"_s, u"x"_s, u"--for"_s, u"nobody@service"_s} << 1
        << u"--for: \"nobody@service\" is not the subject of an account"_s;
    QTest::addRow("service token for a human")
        << QStringList{u"create"_s, u"--name"_s, u"x"_s, u"--for"_s, localSubject()} << 1
        << u"is not a service account"_s;
    QTest::addRow("name taken, other case") << QStringList{u"create"_s, u"--name"_s, u"LAPTOP"_s} << 1
                                            << u"name: \"LAPTOP\" is already used by another token of "_s;
    QTest::addRow("unknown id") << QStringList{u"revoke"_s, u"99"_s} << 1
                                << u"ID: token 99 does not exist or is not yours to see."_s;
    QTest::addRow("not an id") << QStringList{u"restore"_s, u"one"_s} << 2 << u"ID: \"one\" is not a token id."_s;
    QTest::addRow("delete an active token") << QStringList{u"delete"_s, u"1"_s} << 1
                                            << u"token 1 (\"laptop\") is not revoked; revoke it before deleting it."_s;
    QTest::addRow("restore an active token") << QStringList{u"restore"_s, u"2"_s} << 1 << u"is not revoked"_s;
    QTest::addRow("unknown sub-command") << QStringList{u"rotate"_s, u"1"_s} << 2 << u"Unknown token command 'rotate'."_s;
}

void tst_TokenCommand::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QJsonArray before = listJson();
    const Run r = run(QStringList{u"token"_s} + arguments + QStringList{u"--db"_s, db()});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(QString::fromUtf8(r.err).contains(message), r.err.constData());
    QCOMPARE(listJson(), before);
}

void tst_TokenCommand::listShowsNoSecretNorHash()
{
    QCOMPARE(m_secrets.size(), 3);
    const Run table = run({u"token"_s, u"list"_s, u"--db"_s, db()});
    QCOMPARE(table.exitCode, 0);
    QVERIFY(table.err.isEmpty());
    const QList<QByteArray> lines = table.out.split('\n');
    QCOMPARE(lines.size(), 5); // header, three tokens, and the final newline
    QVERIFY(lines.at(0).startsWith("   ID  KIND      STATE"));
    QVERIFY(lines.at(1).contains("personal") && lines.at(1).endsWith(" laptop"));
    QVERIFY(lines.at(2).contains(Robot.toUtf8()) && lines.at(2).contains("never"));
    const Run json = run({u"token"_s, u"list"_s, u"--db"_s, db(), u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    for (const QByteArray &secret : std::as_const(m_secrets)) {
        const QByteArray hash = TokenService::hashSecret(secret);
        for (const QByteArray &out : {table.out, json.out}) {
            QVERIFY(!out.contains(secret));
            QVERIFY(!out.contains(secret.mid(5)));
            QVERIFY(!out.contains(hash));
            QVERIFY(!out.contains(hash.left(16)));
            QVERIFY(out.contains(secret.left(9))); // the hint, to recognise it
        }
    }
    QVERIFY(!json.out.contains("hash"));
}

void tst_TokenCommand::revokeRestoreDelete()
{
    Run r = run({u"token"_s, u"revoke"_s, u"--db"_s, db(), u"1"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, "Revoked token 1 (\"laptop\").\n");
    QCOMPARE(listJson().at(0).toObject().value(u"state"_s).toString(), u"Revoked"_s);
    r = run({u"token"_s, u"revoke"_s, u"--db"_s, db(), u"1"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("is already revoked"), r.err.constData());

    r = run({u"token"_s, u"restore"_s, u"--db"_s, db(), u"1"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, "Restored token 1 (\"laptop\").\n");
    QCOMPARE(listJson().at(0).toObject().value(u"state"_s).toString(), u"Active"_s);

    // A new one to delete: revoked first
    const QByteArray extra = create({u"--name"_s, u"temporary"_s}, "gh_p_");
    QVERIFY(!extra.isEmpty());
    m_secrets.append(extra);
    QCOMPARE(run({u"token"_s, u"revoke"_s, u"--db"_s, db(), u"4"_s}).exitCode, 0);
    r = run({u"token"_s, u"delete"_s, u"--db"_s, db(), u"4"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, "Deleted token 4 (\"temporary\").\n");
    const QJsonArray left = listJson();
    QCOMPARE(left.size(), 3);
    for (const QJsonValue &t : left)
        QVERIFY(t.toObject().value(u"id"_s).toInteger() != 4);

    // The history has every step
    r = run({u"history"_s, u"--db"_s, db(), u"--format"_s, u"csv"_s});
    QCOMPARE(r.exitCode, 0);
    for (const char *action : {",token.create,token,1,", ",token.revoke,token,1,", ",token.restore,token,1,",
                               ",token.delete,token,4,"})
        QVERIFY2(r.out.contains(action), action);
}

void tst_TokenCommand::activeTokenBlocksDeactivation()
{
    // The service account holds the active token "deploy"
    Run r = run({u"account"_s, u"deactivate"_s, u"--db"_s, db(), Robot});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.split('\n').at(0), "gatehousectl: Revoke the active tokens of 'Pipeline' before deactivating it.");
    QCOMPARE(run({u"account"_s, u"list"_s, u"--db"_s, db()}).out.count("deactivated"), 0);

    QCOMPARE(run({u"token"_s, u"revoke"_s, u"--db"_s, db(), u"2"_s}).exitCode, 0);
    r = run({u"account"_s, u"deactivate"_s, u"--db"_s, db(), Robot});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(run({u"account"_s, u"list"_s, u"--db"_s, db()}).out.count("deactivated"), 1);
    // A deactivated service account gets no new token
    r = run({u"token"_s, u"create"_s, u"--db"_s, db(), u"--name"_s, u"again"_s, u"--for"_s, Robot});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("is deactivated"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void tst_TokenCommand::secretsAreNowhere()
{
    QCOMPARE(m_secrets.size(), 4);
    // Not in the history or the export, in any format
    QList<QByteArray> outputs;
    for (const QStringList &arguments :
         {QStringList{u"history"_s, u"--db"_s, db()}, QStringList{u"history"_s, u"--db"_s, db(), u"--format"_s, u"json"_s},
          QStringList{u"history"_s, u"--db"_s, db(), u"--format"_s, u"csv"_s}, QStringList{u"export"_s, u"--db"_s, db()}}) {
        const Run r = run(arguments);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        outputs.append(r.out);
    }
    QVERIFY(outputs.at(1).contains("token.create"));
    // Nor in the database file, its write-ahead log and shared memory
    const QByteArray file = fileBytes(dbFile());
    QVERIFY(file.startsWith("SQLite format 3"));
    outputs << file << fileBytes(dbFile() + u"-wal"_s) << fileBytes(dbFile() + u"-shm"_s);
    // Nor on standard error of any run
    outputs << m_stderr;

    for (const QByteArray &secret : std::as_const(m_secrets)) {
        const QByteArray random = secret.mid(5);
        for (qsizetype i = 0; i < outputs.size(); ++i) {
            QVERIFY2(!outputs.at(i).contains(secret), qPrintable(u"output %1"_s.arg(i)));
            QVERIFY2(!outputs.at(i).contains(random), qPrintable(u"output %1"_s.arg(i)));
            QVERIFY2(!outputs.at(i).contains(QByteArray::fromBase64(random, QByteArray::Base64UrlEncoding)),
                     qPrintable(u"output %1"_s.arg(i)));
        }
        // The hash is never shown either
        const QByteArray hash = TokenService::hashSecret(secret);
        for (qsizetype i = 0; i < 4; ++i)
            QVERIFY(!outputs.at(i).contains(hash));
    }
    // What is stored is the hash, as text: the search above looks where it would be found.
    const QByteArray stored = TokenService::hashSecret(m_secrets.first());
    QVERIFY(file.contains(stored) || fileBytes(dbFile() + u"-wal"_s).contains(stored));
}

QTEST_GUILESS_MAIN(tst_TokenCommand)
#include "tst_tokencommand.moc"

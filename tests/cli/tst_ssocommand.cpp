// SPDX-License-Identifier: GPL-3.0-or-later
// `gatehousectl sso show|set|disable` as processes on real SQLite files. The organisations
// are imported by gatehousectl itself, with the local account (the one gatehousectl acts as)
// as an Admin in one and as a Member in the other; what was stored is read back through the
// repository.
#include "ctlrunner.h"

#include "core/localidentity.h"
#include "repository/repositoryfactory.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

using CtlTest::Run;

// The local account (`role`) with an e-mail, and Bob, a Member who has signed in by SSO.
QByteArray organisation(const QString &localRole)
{
    return uR"({
  "format": "gatehouse-org/1",
  "accounts": [
    {"id": 1, "subject": "%1", "name": "Local Operator", "email": "operator@example.com",
     "type": "human", "role": "%2", "active": true, "created": "2026-01-05T09:00:00Z",
     "last_active": null, "external_id": null},
    {"id": 2, "subject": "idp|bob", "name": "Bob Stone", "email": "bob@example.com",
     "type": "human", "role": "Member", "active": true, "created": "2026-01-05T09:00:00Z",
     "last_active": null, "external_id": null},
    {"id": 3, "subject": "idp|carol", "name": "Carol Admin", "email": "carol@example.com",
     "type": "human", "role": "Admin", "active": false, "created": "2026-01-05T09:00:00Z",
     "last_active": null, "external_id": null}
  ],
  "datastores": [],
  "teams": [
    {"id": 1, "name": "Public", "public": true, "description": "", "permission": "Reporter",
     "members": [], "datastores": [], "created": "2026-01-01T00:00:00Z"}
  ]
}
)"_s.arg(localSubject(), localRole)
        .toUtf8();
}

const QByteArray Off = "SSO:          off (people act as their operating-system account, local|<user name>)\n";

} // namespace

class tst_SsoCommand : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString db(const QString &name = u"admin.gatehouse"_s) const { return u"sqlite:"_s + path(name); }

    Run run(const QStringList &arguments) { return CtlTest::run(arguments, m_dir, CtlTest::environmentIn(m_dir)); }

    Run sso(const QString &command, const QStringList &options, const QString &database = {})
    {
        return run(QStringList{u"sso"_s, command, u"--db"_s, database.isEmpty() ? db() : database} + options);
    }

    void importOrganisation(const QString &file, const QString &localRole)
    {
        QFile json(path(file + u".json"_s));
        QVERIFY(json.open(QIODevice::WriteOnly | QIODevice::Truncate));
        json.write(organisation(localRole));
        json.close();
        const Run r = run({u"import"_s, u"--db"_s, db(file), json.fileName()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    // What the database holds, read through the repository.
    QHash<QString, QString> storedSettings(const QString &file = u"admin.gatehouse"_s)
    {
        auto repository = openRepository(db(file), OpenMode::ExistingOnly, localSubject(), localDisplayName());
        if (!repository)
            return {{u"error"_s, repository.error().message}};
        const Result<QHash<QString, QString>> settings = (*repository)->settings();
        return settings ? *settings : QHash<QString, QString>{{u"error"_s, settings.error().message}};
    }

    int settingsRecords(const QString &file = u"admin.gatehouse"_s)
    {
        auto repository = openRepository(db(file), OpenMode::ExistingOnly, localSubject(), localDisplayName());
        if (!repository)
            return -1;
        const Result<QList<AuditRecord>> log = (*repository)->auditLog();
        if (!log)
            return -1;
        return int(std::count_if(log->cbegin(), log->cend(),
                                 [](const AuditRecord &record) { return record.action == u"settings.update"; }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral(GATEHOUSECTL_PATH)), GATEHOUSECTL_PATH);
        importOrganisation(u"admin.gatehouse"_s, u"Admin"_s);
        importOrganisation(u"member.gatehouse"_s, u"Member"_s);
    }

    void showsOffAtFirst()
    {
        const Run r = sso(u"show"_s, {});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.err, QByteArray());
        QCOMPARE(r.out, Off);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("database");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        const QStringList valid{u"--issuer"_s, u"https://login.example.com/"_s, u"--client-id"_s, u"gatehouse"_s};
        QTest::addRow("no issuer") << QString() << QStringList{u"--client-id"_s, u"gatehouse"_s} << 2
                                   << u"gatehousectl: --issuer is required. Try 'gatehousectl sso set --help'."_s;
        QTest::addRow("no client id") << QString() << QStringList{u"--issuer"_s, u"https://login.example.com/"_s} << 2
                                      << u"gatehousectl: --client-id is required. Try 'gatehousectl sso set --help'."_s;
        QTest::addRow("plain http") << QString()
                                    << QStringList{u"--issuer"_s, u"http://login.example.com/"_s, u"--client-id"_s,
                                                   u"gatehouse"_s, u"--admin-email"_s, u"operator@example.com"_s}
                                    << 1
                                    << u"gatehousectl: issuer: \"http://login.example.com/\" must use https (http only "
                                       "for 127.0.0.1 and localhost)"_s;
        QTest::addRow("no openid scope")
            << QString() << valid + QStringList{u"--scopes"_s, u"email profile"_s, u"--admin-email"_s, u"operator@example.com"_s}
            << 1 << u"gatehousectl: scopes: \"email profile\" must include \"openid\""_s;
        QTest::addRow("nobody could administer")
            << QString() << valid << 1
            << u"gatehousectl: admin e-mail: empty, and no active Admin has signed in by SSO yet; name the e-mail "
               "of an active Admin so that nobody is locked out"_s;
        QTest::addRow("a Member's e-mail")
            << QString() << valid + QStringList{u"--admin-email"_s, u"bob@example.com"_s} << 1
            << u"gatehousectl: admin e-mail: \"bob@example.com\" is not the e-mail of an active Admin, and no active "
               "Admin has signed in by SSO yet; name an active Admin's e-mail so that nobody is locked out"_s;
        QTest::addRow("a deactivated Admin's e-mail")
            << QString() << valid + QStringList{u"--admin-email"_s, u"carol@example.com"_s} << 1
            << u"gatehousectl: admin e-mail: \"carol@example.com\" is not the e-mail of an active Admin, and no "
               "active Admin has signed in by SSO yet; name an active Admin's e-mail so that nobody is locked out"_s;
        QTest::addRow("acting as a Member")
            << u"member.gatehouse"_s << valid + QStringList{u"--admin-email"_s, u"operator@example.com"_s} << 1
            << u"gatehousectl: Only Admins can configure SSO."_s;
    }

    // A refused `set` says why on one line and stores nothing, not even a history record.
    void refusals()
    {
        QFETCH(QString, database);
        QFETCH(QStringList, options);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString file = database.isEmpty() ? u"admin.gatehouse"_s : database;
        const Run r = sso(u"set"_s, options, db(file));
        QCOMPARE(r.exitCode, exitCode);
        QCOMPARE(QString::fromUtf8(r.err).trimmed(), message);
        QCOMPARE(r.out, QByteArray());
        QCOMPARE(storedSettings(file), (QHash<QString, QString>{}));
        QCOMPARE(settingsRecords(file), 0);
        QCOMPARE(sso(u"show"_s, {}, db(file)).out, Off);
    }

    void setShowDisable()
    {
        // When an Admin turns SSO on, naming their own e-mail as the Admin e-mail,
        Run r = sso(u"set"_s, {u"--issuer"_s, u"https://login.example.com/"_s, u"--client-id"_s, u"gatehouse-desktop"_s,
                               u"--admin-email"_s, u"Operator@Example.com"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray on = "SSO:          on\n"
                              "Issuer:       https://login.example.com/\n"
                              "Client id:    gatehouse-desktop\n"
                              "Scopes:       openid email profile\n"
                              "Admin e-mail: Operator@Example.com\n";
        QCOMPARE(r.out, on);
        // then the settings are stored under their keys, with one history record,
        QHash<QString, QString> stored = storedSettings();
        QCOMPARE(stored.value(u"sso.issuer"_s), u"https://login.example.com/"_s);
        QCOMPARE(stored.value(u"sso.client_id"_s), u"gatehouse-desktop"_s);
        QCOMPARE(stored.value(u"sso.admin_email"_s), u"Operator@Example.com"_s);
        QCOMPARE(settingsRecords(), 1);
        // and `show` prints them.
        r = sso(u"show"_s, {});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, on);

        // Changing the client id and scopes keeps the stored Admin e-mail.
        r = sso(u"set"_s, {u"--issuer"_s, u"https://login.example.com/"_s, u"--client-id"_s, u"gatehouse-2"_s,
                           u"--scopes"_s, u"openid  email"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        stored = storedSettings();
        QCOMPARE(stored.value(u"sso.client_id"_s), u"gatehouse-2"_s);
        QCOMPARE(stored.value(u"sso.scopes"_s), u"openid email"_s);
        QCOMPARE(stored.value(u"sso.admin_email"_s), u"Operator@Example.com"_s);
        QCOMPARE(settingsRecords(), 2);

        // An empty --issuer is not a way to turn SSO off.
        r = sso(u"set"_s, {u"--issuer"_s, QString(), u"--client-id"_s, u"gatehouse-2"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QByteArray("gatehousectl: issuer: \"\" is empty; 'gatehousectl sso disable' turns SSO off\n"));
        QCOMPARE(settingsRecords(), 2);

        // A Member cannot turn it off,
        r = sso(u"disable"_s, {}, db(u"member.gatehouse"_s));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, QByteArray("gatehousectl: Only Admins can configure SSO.\n"));
        // an Admin can: every key goes.
        r = sso(u"disable"_s, {});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, Off);
        QCOMPARE(storedSettings(), (QHash<QString, QString>{}));
        QCOMPARE(settingsRecords(), 3);
        QCOMPARE(sso(u"show"_s, {}).out, Off);
        // Disabling what is off changes nothing.
        r = sso(u"disable"_s, {});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(settingsRecords(), 3);
    }

    void usage()
    {
        Run r = run({u"sso"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QByteArray("gatehousectl: No sso command given. Try 'gatehousectl sso --help'.\n"));
        r = run({u"sso"_s, u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("  disable     Turn SSO off (Admins)\n"));
        r = sso(u"show"_s, {u"extra"_s});
        QCOMPARE(r.exitCode, 2);
        r = sso(u"show"_s, {}, db(u"missing.gatehouse"_s));
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(path(u"missing.gatehouse"_s)));
    }
};

QTEST_MAIN(tst_SsoCommand)
#include "tst_ssocommand.moc"

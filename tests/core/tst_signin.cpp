// SPDX-License-Identifier: GPL-3.0-or-later
#include "orgbuilder.h"

#include "core/signin.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using Gatehouse::Test::OrgBuilder;

Q_DECLARE_METATYPE(Gatehouse::Error::Code)
Q_DECLARE_METATYPE(Gatehouse::SsoSettings)
Q_DECLARE_METATYPE(Gatehouse::IdentityClaims)
Q_DECLARE_METATYPE(Gatehouse::SignInPlan::Outcome)

namespace {

const QDateTime Now = QDateTime(QDate(2026, 11, 23), QTime(10, 4, 5), QTimeZone::utc());
const QString LocalAda = u"local|ada"_s;

// Ada is the local Admin the database was created with; Bob and Cy signed in by SSO; Dee
// is deactivated; Mia was provisioned by SCIM and has not signed in; Loader is a service.
Snapshot org()
{
    Snapshot s = OrgBuilder()
                     .account(1, u"Ada Byron"_s, Role::Admin)
                     .account(2, u"Bob Stone"_s)
                     .account(3, u"Cy Young"_s, Role::Manager)
                     .account(4, u"Dee Ray"_s, Role::Member, false)
                     .account(5, u"Loader"_s, Role::Member, true, AccountType::Service)
                     .account(6, u"Mia Wong"_s)
                     .account(7, u"Pia Lind"_s, Role::Member, false)
                     .team(2, u"Finance"_s, Level::Viewer, {2, 6}, {})
                     .build();
    s.accounts[0].subject = LocalAda;
    s.accounts[0].email = u"ada@example.com"_s;
    s.accounts[1].version = 4;
    s.accounts[5].subject = QString(); // SCIM pre-provisioned
    s.accounts[5].email = u"Mia.Wong@Example.com"_s;
    s.accounts[5].externalId = u"00u1mia"_s;
    s.accounts[6].subject = QString(); // pre-provisioned, then deactivated
    return s;
}

SsoSettings settings(const QString &adminEmail = {})
{
    SsoSettings s;
    s.issuer = u"https://login.example.com/"_s;
    s.clientId = u"gatehouse"_s;
    s.adminEmail = adminEmail;
    return s;
}

IdentityClaims claims(const QString &subject, const QString &email, bool verified, const QString &name = {})
{
    IdentityClaims c;
    c.subject = subject;
    c.email = email;
    c.emailVerified = verified;
    c.name = name;
    return c;
}

} // namespace

class tst_SignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();

    void settingsRoundTrip();
    void settingsDefaults();
    void checkSettings_data();
    void checkSettings();
    void planSignIn_data();
    void planSignIn();
    void refusals_data();
    void refusals();
    void nameFromClaims_data();
    void nameFromClaims();
};

void tst_SignIn::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void tst_SignIn::settingsRoundTrip()
{
    SsoSettings s = settings(u"ada@example.com"_s);
    s.scopes = u"openid email"_s;
    const QHash<QString, QString> stored = s.toSettings();
    QCOMPARE(stored.value(u"sso.issuer"_s), u"https://login.example.com/"_s);
    QCOMPARE(stored.value(u"sso.client_id"_s), u"gatehouse"_s);
    QCOMPARE(stored.value(u"sso.scopes"_s), u"openid email"_s);
    QCOMPARE(stored.value(u"sso.admin_email"_s), u"ada@example.com"_s);
    QCOMPARE(stored.size(), 4);
    QCOMPARE(SsoSettings::fromSettings(stored), s);
    QVERIFY(s.isEnabled());

    // Disabling writes every key empty, which removes them (Repository::saveSettings).
    const QHash<QString, QString> off = SsoSettings{u""_s, u""_s, u"openid"_s, u""_s}.toSettings();
    QCOMPARE(off.value(u"sso.issuer"_s), QString());
    QVERIFY(!SsoSettings::fromSettings(off).isEnabled());
}

void tst_SignIn::settingsDefaults()
{
    const SsoSettings none = SsoSettings::fromSettings({});
    QVERIFY(!none.isEnabled());
    QCOMPARE(none.scopes, u"openid email profile"_s);
    QCOMPARE(none, SsoSettings());
    // Unrelated keys are ignored, values are trimmed, empty scopes mean the default.
    const SsoSettings read = SsoSettings::fromSettings({{u"sso.issuer"_s, u" http://127.0.0.1:9000 "_s},
                                                        {u"sso.scopes"_s, u"  "_s},
                                                        {u"other"_s, u"x"_s}});
    QCOMPARE(read.issuer, u"http://127.0.0.1:9000"_s);
    QCOMPARE(read.scopes, u"openid email profile"_s);
}

void tst_SignIn::checkSettings_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<SsoSettings>("sso");
    QTest::addColumn<bool>("adminSignedIn"); // Ada's subject is an SSO one already
    QTest::addColumn<bool>("ok");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("message");

    const auto ok = [](const char *row, const SsoSettings &s, bool adminSignedIn = false) {
        QTest::addRow("%s", row) << LocalAda << s << adminSignedIn << true << Error::Code::Invalid << QString();
    };
    const auto refused = [](const char *row, const SsoSettings &s, Error::Code code, const QString &message,
                            const QString &actor = LocalAda) {
        QTest::addRow("%s", row) << actor << s << false << false << code << message;
    };

    ok("https with the admin e-mail", settings(u"ada@example.com"_s));
    ok("admin e-mail in another case", settings(u" ADA@Example.com "_s));
    ok("an Admin signed in by SSO already", settings(), true);
    SsoSettings local = settings(u"ada@example.com"_s);
    local.issuer = u"http://127.0.0.1:4010/"_s;
    ok("http on 127.0.0.1", local);
    local.issuer = u"http://localhost:4010"_s;
    ok("http on localhost", local);
    ok("disabling needs nothing else", SsoSettings{});

    refused("a Manager", settings(u"ada@example.com"_s), Error::Code::Denied, u"Only Admins can configure SSO."_s,
            u"auth0|cy_young"_s);
    refused("no account", settings(u"ada@example.com"_s), Error::Code::Denied, u"Only Admins can configure SSO."_s,
            u"local|nobody"_s);
    SsoSettings s = settings(u"ada@example.com"_s);
    s.issuer = u"http://login.example.com/"_s;
    refused("http elsewhere", s, Error::Code::Invalid,
            u"issuer: \"http://login.example.com/\" must use https (http only for 127.0.0.1 and localhost)"_s);
    s.issuer = u"login.example.com"_s;
    refused("not a URL", s, Error::Code::Invalid,
            u"issuer: \"login.example.com\" is not a URL (e.g. https://login.example.com/)"_s);
    s.issuer = u"ftp://login.example.com/"_s;
    refused("another scheme", s, Error::Code::Invalid,
            u"issuer: \"ftp://login.example.com/\" must use https (http only for 127.0.0.1 and localhost)"_s);
    s = settings(u"ada@example.com"_s);
    s.clientId = u"  "_s;
    refused("empty client id", s, Error::Code::Invalid,
            u"client id: \"  \" is empty; the identity provider gives it when Gatehouse is registered"_s);
    s = settings(u"ada@example.com"_s);
    s.scopes = u"email profile openidx"_s;
    refused("scopes without openid", s, Error::Code::Invalid,
            u"scopes: \"email profile openidx\" must include \"openid\""_s);
    refused("nobody could administer", settings(), Error::Code::Invalid,
            u"admin e-mail: empty, and no active Admin has signed in by SSO yet; name the e-mail of an active "
            u"Admin so that nobody is locked out"_s);
    refused("admin e-mail of a Member", settings(u"bob_stone@example.com"_s), Error::Code::Invalid,
            u"admin e-mail: \"bob_stone@example.com\" is not the e-mail of an active Admin, and no active Admin "
            u"has signed in by SSO yet; name an active Admin's e-mail so that nobody is locked out"_s);
}

void tst_SignIn::checkSettings()
{
    QFETCH(QString, actor);
    QFETCH(SsoSettings, sso);
    QFETCH(bool, adminSignedIn);
    QFETCH(bool, ok);
    QFETCH(Error::Code, code);
    QFETCH(QString, message);

    Snapshot s = org();
    if (adminSignedIn) {
        s.accounts[0].subject = u"auth0|ada"_s;
        actor = u"auth0|ada"_s;
    }
    const Result<void> checked = SignInService::checkSettings(s, actor, sso);
    if (ok) {
        QVERIFY2(checked.ok(), qPrintable(checked.error().message));
        return;
    }
    QVERIFY(!checked);
    QCOMPARE(checked.error().code, code);
    QCOMPARE(checked.error().message, message);
}

void tst_SignIn::planSignIn_data()
{
    QTest::addColumn<IdentityClaims>("claims");
    QTest::addColumn<QString>("adminEmail");
    QTest::addColumn<SignInPlan::Outcome>("outcome");
    QTest::addColumn<Account>("expected"); // version included; Created: id 0
    QTest::addColumn<QString>("summary");

    using Outcome = SignInPlan::Outcome;
    const Snapshot s = org();
    {
        Account e;
        e.subject = u"auth0|zoe"_s;
        e.name = u"Zoë Adams"_s;
        e.email = u"zoe@example.com"_s;
        e.created = Now;
        e.lastActive = Now;
        QTest::addRow("first sign-in creates a Member")
            << claims(u"auth0|zoe"_s, u"zoe@example.com"_s, true, u"Zoë Adams"_s) << QString() << Outcome::Created
            << e << u"Zoë Adams signed in for the first time (new account)"_s;
        e.email = QString();
        QTest::addRow("an unverified e-mail is not kept")
            << claims(u"auth0|zoe"_s, u"zoe@example.com"_s, false, u"Zoë Adams"_s) << QString()
            << Outcome::Created << e << u"Zoë Adams signed in for the first time (new account)"_s;
    }
    {
        Account e = s.accounts[1]; // Bob
        e.name = u"Robert Stone"_s;
        e.email = u"robert@example.com"_s;
        e.lastActive = Now;
        e.version = 5;
        QTest::addRow("later sign-in refreshes")
            << claims(u"auth0|bob_stone"_s, u"robert@example.com"_s, true, u"Robert Stone"_s) << QString()
            << Outcome::Refreshed << e << u"Robert Stone signed in"_s;
        e.email = s.accounts[1].email;
        QTest::addRow("refresh keeps the e-mail when unverified")
            << claims(u"auth0|bob_stone"_s, u"robert@example.com"_s, false, u"Robert Stone"_s) << QString()
            << Outcome::Refreshed << e << u"Robert Stone signed in"_s;
        e.name = u"Bob Stone"_s;
        QTest::addRow("refresh keeps an e-mail another account holds")
            << claims(u"auth0|bob_stone"_s, u"cy_young@example.com"_s, true, u"Bob Stone"_s) << QString()
            << Outcome::Refreshed
            << e << u"Bob Stone signed in"_s;
    }
    {
        Account e = s.accounts[5]; // Mia, provisioned
        e.subject = u"okta|00u1mia"_s;
        e.name = u"Mia W."_s;
        e.email = u"mia.wong@example.com"_s;
        e.lastActive = Now;
        e.version = 2;
        QTest::addRow("takes over the provisioned account with the verified e-mail")
            << claims(u"okta|00u1mia"_s, u"mia.wong@example.com"_s, true, u"Mia W."_s) << QString()
            << Outcome::TookOver << e
            << u"Mia W. signed in for the first time (took over the account of Mia.Wong@Example.com)"_s;
    }
    {
        Account e = s.accounts[0]; // Ada, local Admin
        e.subject = u"auth0|ada-sso"_s;
        e.email = u"ADA@example.com"_s; // as the identity provider spells it
        e.lastActive = Now;
        e.version = 2;
        QTest::addRow("the admin e-mail takes over the local Admin")
            << claims(u"auth0|ada-sso"_s, u"ADA@example.com"_s, true, u"Ada Byron"_s) << u"ada@example.com"_s
            << Outcome::TookOver << e
            << u"Ada Byron signed in for the first time (took over the account of ada@example.com)"_s;
    }
}

void tst_SignIn::planSignIn()
{
    QFETCH(IdentityClaims, claims);
    QFETCH(QString, adminEmail);
    QFETCH(SignInPlan::Outcome, outcome);
    QFETCH(Account, expected);
    QFETCH(QString, summary);

    const Snapshot s = org();
    const Result<SignInPlan> plan = SignInService::planSignIn(s, settings(adminEmail), claims, Now.addMSecs(678));
    QVERIFY2(plan.ok(), plan ? "" : qPrintable(plan.error().message));
    QCOMPARE(plan->outcome, outcome);
    QCOMPARE(plan->account, expected);
    QCOMPARE(plan->changes.action, u"account.sign-in"_s);
    QCOMPARE(plan->changes.summary, summary);
    QCOMPARE(plan->changes.accounts.size(), 1);
    QVERIFY(plan->changes.teams.isEmpty()); // Public is implied
    QVERIFY(plan->changes.datastores.isEmpty());
    const auto &entry = plan->changes.accounts.first();
    QCOMPARE(*entry.after, expected);
    if (outcome == SignInPlan::Outcome::Created) {
        QVERIFY(!entry.before);
        QCOMPARE(expected.id, 0);
        QCOMPARE(expected.role, Role::Member);
        QCOMPARE(expected.type, AccountType::Human);
        QVERIFY(expected.externalId.isNull());
    } else {
        QCOMPARE(entry.before->id, expected.id);
        QCOMPARE(*entry.before, s.accounts.at(expected.id - 1));
    }
}

void tst_SignIn::refusals_data()
{
    QTest::addColumn<IdentityClaims>("claims");
    QTest::addColumn<QString>("adminEmail");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("message");

    QTest::addRow("deactivated account")
        << claims(u"auth0|dee_ray"_s, u"dee_ray@example.com"_s, true) << QString() << Error::Code::Denied
        << u"The account of dee_ray@example.com is deactivated in this organisation. Ask an Admin to reactivate "
           u"it."_s;
    QTest::addRow("deactivated provisioned account")
        << claims(u"okta|pia"_s, u"PIA_LIND@example.com"_s, true) << QString() << Error::Code::Denied
        << u"The account of pia_lind@example.com is deactivated in this organisation. Ask an Admin to reactivate "
           u"it."_s;
    QTest::addRow("e-mail of another subject")
        << claims(u"okta|someone"_s, u"bob_stone@example.com"_s, true) << QString() << Error::Code::Conflict
        << u"bob_stone@example.com already belongs to another account."_s;
    QTest::addRow("unverified e-mail does not take over")
        << claims(u"okta|00u1mia"_s, u"mia.wong@example.com"_s, false) << QString() << Error::Code::Conflict
        << u"mia.wong@example.com already belongs to another account, and the identity provider has not "
           u"verified that this address is yours."_s;
    QTest::addRow("admin e-mail unverified")
        << claims(u"auth0|ada-sso"_s, u"ada@example.com"_s, false) << u"ada@example.com"_s << Error::Code::Conflict
        << u"ada@example.com already belongs to another account, and the identity provider has not verified "
           u"that this address is yours."_s;
    QTest::addRow("an Admin's e-mail that is not the admin e-mail")
        << claims(u"auth0|ada-sso"_s, u"ada@example.com"_s, true) << QString() << Error::Code::Conflict
        << u"ada@example.com already belongs to another account."_s;
    QTest::addRow("admin e-mail naming a Member")
        << claims(u"okta|other"_s, u"bob_stone@example.com"_s, true) << u"bob_stone@example.com"_s
        << Error::Code::Conflict << u"bob_stone@example.com already belongs to another account."_s;
    QTest::addRow("a service account's subject")
        << claims(u"loader@service"_s, QString(), true) << QString() << Error::Code::Denied
        << u"loader@service is a service account; service accounts never sign in."_s;
    QTest::addRow("no subject") << claims(QString(), u"x@example.com"_s, true) << QString() << Error::Code::Invalid
                                << u"sub: the identity provider named nobody (the ID token has no subject)"_s;
}

void tst_SignIn::refusals()
{
    QFETCH(IdentityClaims, claims);
    QFETCH(QString, adminEmail);
    QFETCH(Error::Code, code);
    QFETCH(QString, message);

    const Result<SignInPlan> plan = SignInService::planSignIn(org(), settings(adminEmail), claims, Now);
    QVERIFY(!plan);
    QCOMPARE(plan.error().code, code);
    QCOMPARE(plan.error().message, message);
}

void tst_SignIn::nameFromClaims_data()
{
    QTest::addColumn<IdentityClaims>("claims");
    QTest::addColumn<QString>("name");

    IdentityClaims c = claims(u"auth0|zoe"_s, u"zoe@example.com"_s, true, u"  Zoë Adams "_s);
    QTest::addRow("name") << c << u"Zoë Adams"_s;
    c.name = QString();
    c.givenName = u"Zoë"_s;
    c.familyName = u"Adams"_s;
    QTest::addRow("given and family name") << c << u"Zoë Adams"_s;
    c.familyName = QString();
    QTest::addRow("given name only") << c << u"Zoë"_s;
    c.givenName = QString();
    QTest::addRow("the e-mail") << c << u"zoe@example.com"_s;
    c.name = QString(300, u'z');
    QTest::addRow("cut to 255 characters") << c << QString(255, u'z');
}

void tst_SignIn::nameFromClaims()
{
    QFETCH(IdentityClaims, claims);
    QFETCH(QString, name);
    const Result<SignInPlan> plan = SignInService::planSignIn(org(), settings(), claims, Now);
    QVERIFY(plan.ok());
    QCOMPARE(plan->account.name, name);
}

QTEST_GUILESS_MAIN(tst_SignIn)
#include "tst_signin.moc"

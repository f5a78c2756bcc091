// SPDX-License-Identifier: GPL-3.0-or-later
// SSO sign-in against a real OpenID Connect provider: tests/node/oidc/provider.mjs
// (oidc-provider) runs as a process on 127.0.0.1, and a browser played here with
// QNetworkAccessManager follows the redirects, fills in the provider's login form, consents
// and lands on Gatehouse's loopback callback. The accounts the sign-ins create go into a
// real SQLite database through core's SignInService.
#include "core/adminservice.h"
#include "core/localidentity.h"
#include "core/signin.h"
#include "net/idtoken.h"
#include "net/oidcsignin.h"
#include "net/pkce.h"
#include "repository/repositoryfactory.h"

#include "oidcpeers.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace Gatehouse::OidcTest;

namespace {

const QString AdaSubject = u"idp|ada-7f3c"_s;

QJsonObject adaAccount(const QString &name)
{
    return QJsonObject{{u"login"_s, u"ada"_s},
                       {u"password"_s, u"correct horse"_s},
                       {u"sub"_s, AdaSubject},
                       {u"email"_s, u"ada@example.com"_s},
                       {u"email_verified"_s, true},
                       {u"name"_s, name},
                       {u"given_name"_s, u"Ada"_s},
                       {u"family_name"_s, u"Lovelace"_s}};
}

struct SignInRun
{
    std::optional<Result<IdentityClaims>> result;
    int finishedCount = 0;
    QStringList progress;
};

// For a failure message: what went wrong, wherever it went wrong.
QString story(const SignInRun &run, const TestBrowser &browser)
{
    QString text = !run.result ? u"no result"_s : run.result->ok() ? u"signed in"_s : run.result->error().message;
    if (!browser.failure.isEmpty())
        text += u"; the browser stopped: "_s + browser.failure;
    return text;
}

} // namespace

class tst_OidcSignIn : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString accountsFile() const { return m_dir.filePath(u"accounts.json"_s); }

    void writeAccounts(const QJsonArray &accounts)
    {
        QFile file(accountsFile());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(accounts).toJson());
    }

    static SsoSettings settingsFor(const ProviderProcess &provider)
    {
        SsoSettings settings;
        settings.issuer = provider.issuer();
        settings.clientId = u"gatehouse"_s;
        return settings;
    }

    // One sign-in from start() to finished(); `during` runs once the browser was asked to
    // open the authorization URL.
    static SignInRun signIn(const SsoSettings &settings, TestBrowser &browser, int timeout = 5 * 60 * 1000,
                            const std::function<void(OidcSignIn &)> &during = {})
    {
        SignInRun run;
        OidcSignIn signIn([&browser](const QUrl &url) { return browser.open(url); });
        signIn.setTimeout(timeout);
        QObject::connect(&signIn, &OidcSignIn::progress, [&run](const QString &text) { run.progress.append(text); });
        QObject::connect(&signIn, &OidcSignIn::finished, [&run](const Result<IdentityClaims> &result) {
            ++run.finishedCount;
            run.result = result;
        });
        signIn.start(settings);
        if (during) {
            if (QTest::qWaitFor([&] { return browser.authorizationUrl.isValid() || run.result; }, 60000)
                && !run.result)
                during(signIn);
        }
        // The callers check what arrived; a missing result fails there with the browser's story.
        (void)QTest::qWaitFor([&] { return run.result.has_value(); }, 120000);
        // The browser gets its page after finished(); a second finished() would come now too.
        if (!browser.stall)
            (void)QTest::qWaitFor([&] { return browser.done; }, 30000);
        QTest::qWait(50);
        return run;
    }

    static QDateTime nowUtc() { return QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC); }

    // What the GUI does with a sign-in: plan it in core, commit it.
    static Result<SignInPlan> planAndCommit(Repository &repository, const SsoSettings &settings,
                                            const IdentityClaims &claims)
    {
        const Result<Snapshot> snapshot = repository.load();
        if (!snapshot)
            return snapshot.error();
        Result<SignInPlan> plan = SignInService::planSignIn(*snapshot, settings, claims, nowUtc());
        if (!plan)
            return plan.error();
        const Result<CommitResult> committed = repository.commit(plan->changes, claims.subject);
        if (!committed)
            return committed.error();
        return plan;
    }

    static QList<Account> accountsWithSubject(Repository &repository, const QString &subject)
    {
        QList<Account> found;
        const Result<Snapshot> snapshot = repository.load();
        if (snapshot) {
            for (const Account &account : snapshot->accounts) {
                if (account.subject == subject)
                    found.append(account);
            }
        }
        return found;
    }

    std::unique_ptr<Repository> openDatabase(const QString &name)
    {
        Result<std::unique_ptr<Repository>> repository =
            openRepository(u"sqlite:"_s + m_dir.filePath(name), OpenMode::CreateIfMissing, localSubject(),
                           localDisplayName());
        if (!repository) {
            qWarning("%s", qPrintable(repository.error().message));
            return {};
        }
        return std::move(*repository);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        writeAccounts({adaAccount(u"Ada Lovelace"_s)});
    }

    void pkceValues()
    {
        // RFC 7636, Appendix B.
        QCOMPARE(Pkce::challengeS256("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"),
                 QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
        static const QRegularExpression unreserved(u"^[A-Za-z0-9\\-._~]{43,128}$"_s);
        const QByteArray first = Pkce::makeVerifier();
        QVERIFY2(unreserved.match(QString::fromLatin1(first)).hasMatch(), first.constData());
        QVERIFY(first != Pkce::makeVerifier());
        QCOMPARE(Pkce::randomToken().size(), 43);
        QVERIFY(Pkce::randomToken() != Pkce::randomToken());
    }

    void refusesTokensItCannotTrust_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("message");
        QTest::addRow("unsigned") << QByteArray(R"({"alg":"none"})")
                                  << u"The ID token is not signed (algorithm \"none\"), so it cannot be trusted."_s;
        QTest::addRow("HMAC") << QByteArray(R"({"alg":"HS256","kid":"rsa-1"})")
                              << u"The ID token is signed with \"HS256\"; Gatehouse accepts only RS256, PS256 and ES256."_s;
        QTest::addRow("unknown key") << QByteArray(R"({"alg":"RS256","kid":"rotated-away"})")
                                     << u"The ID token is signed with a key (\"rotated-away\") that the identity "
                                        "provider does not publish."_s;
        QTest::addRow("critical extension")
            << QByteArray(R"({"alg":"RS256","kid":"rsa-1","crit":["exp"]})")
            << u"The ID token requires extensions Gatehouse does not understand (\"crit\")."_s;
    }

    void refusesTokensItCannotTrust()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, message);
        const auto part = [](const QByteArray &json) {
            return json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        };
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QByteArray claims = QJsonDocument(QJsonObject{{u"iss"_s, u"https://idp.example.com"_s},
                                                            {u"aud"_s, u"gatehouse"_s},
                                                            {u"sub"_s, u"x"_s},
                                                            {u"nonce"_s, u"n"_s},
                                                            {u"iat"_s, double(now)},
                                                            {u"exp"_s, double(now + 600)}})
                                      .toJson(QJsonDocument::Compact);
        const QByteArray token = part(header) + '.' + part(claims) + '.' + part("signature");
        const QJsonObject jwks{{u"keys"_s, QJsonArray{QJsonObject{{u"kty"_s, u"RSA"_s}, {u"kid"_s, u"rsa-1"_s},
                                                                  {u"n"_s, u"AQAB"_s}, {u"e"_s, u"AQAB"_s}}}}};
        const Result<QJsonObject> verified =
            verifyIdToken(token, jwks, {u"https://idp.example.com"_s, u"gatehouse"_s, "n", QDateTime::currentDateTimeUtc()});
        QVERIFY(!verified);
        QCOMPARE(verified.error().message, message);
    }

    void verifiedClaims_data()
    {
        QTest::addColumn<QString>("algorithm");
        QTest::addColumn<bool>("favicon");
        QTest::addRow("RS256") << u"RS256"_s << false;
        QTest::addRow("PS256") << u"PS256"_s << false;
        QTest::addRow("ES256, a favicon request first") << u"ES256"_s << true;
    }

    void verifiedClaims()
    {
        QFETCH(QString, algorithm);
        QFETCH(bool, favicon);
        ProviderProcess provider;
        const QString problem = provider.start(accountsFile(), {u"--alg"_s, algorithm});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        TestBrowser browser;
        browser.askFaviconFirst = favicon;
        const SignInRun run = signIn(settingsFor(provider), browser);
        QVERIFY2(run.result && run.result->ok(), qPrintable(story(run, browser) + u"\n"_s + provider.errors()));
        QCOMPARE(run.finishedCount, 1);
        const IdentityClaims &claims = run.result->value();
        QCOMPARE(claims.subject, AdaSubject);
        QCOMPARE(claims.email, u"ada@example.com"_s);
        QVERIFY(claims.emailVerified);
        QCOMPARE(claims.name, u"Ada Lovelace"_s);
        QCOMPARE(claims.givenName, u"Ada"_s);
        QCOMPARE(claims.familyName, u"Lovelace"_s);
        QCOMPARE(run.progress.value(1), u"Waiting for the browser…"_s);

        // What the request carried (RFC 7636, RFC 8252).
        const QUrlQuery query(browser.authorizationUrl);
        QCOMPARE(query.queryItemValue(u"code_challenge_method"_s), u"S256"_s);
        QCOMPARE(query.queryItemValue(u"code_challenge"_s).size(), 43);
        const QUrl redirect(query.queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        QCOMPARE(redirect.host(), u"127.0.0.1"_s);
        QCOMPARE(redirect.path(), u"/callback"_s);
        QVERIFY(redirect.port() > 0);

        QVERIFY2(browser.failure.isEmpty(), qPrintable(browser.failure));
        QCOMPARE(browser.callbackStatus, 200);
        QVERIFY2(browser.callbackText().contains(u"You can close this window and return to Gatehouse."_s),
                 qPrintable(browser.callbackText()));
        if (favicon)
            QCOMPARE(browser.faviconStatus, 404);
    }

    void firstSignInCreatesTheAccountLaterOnesRefreshIt()
    {
        writeAccounts({adaAccount(u"Ada Lovelace"_s)});
        const std::unique_ptr<Repository> repository = openDatabase(u"created.gatehouse"_s);
        QVERIFY(repository);
        ProviderProcess provider;
        const QString problem = provider.start(accountsFile(), {});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const SsoSettings settings = settingsFor(provider);

        // Given nobody with Ada's subject or e-mail, when she signs in the first time...
        TestBrowser first;
        const SignInRun run = signIn(settings, first);
        QVERIFY2(run.result && run.result->ok(), qPrintable(story(run, first)));
        Result<SignInPlan> created = planAndCommit(*repository, settings, run.result->value());
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        // ...then she has a new account, Member, in no team but Public.
        QCOMPARE(created->outcome, SignInPlan::Outcome::Created);
        QList<Account> accounts = accountsWithSubject(*repository, AdaSubject);
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().role, Role::Member);
        QCOMPARE(accounts.first().type, AccountType::Human);
        QCOMPARE(accounts.first().email, u"ada@example.com"_s);
        QCOMPARE(accounts.first().name, u"Ada Lovelace"_s);
        QVERIFY(accounts.first().lastActive.isValid());
        const Result<Snapshot> afterFirst = repository->load();
        QVERIFY(afterFirst);
        for (const Team &team : afterFirst->teams)
            QVERIFY2(!team.members.contains(accounts.first().id), qPrintable(team.name));

        // Given her name changed at the provider, when she signs in again...
        writeAccounts({adaAccount(u"Ada King"_s)});
        TestBrowser second;
        const SignInRun again = signIn(settings, second);
        QVERIFY2(again.result && again.result->ok(), qPrintable(story(again, second)));
        Result<SignInPlan> refreshed = planAndCommit(*repository, settings, again.result->value());
        QVERIFY2(refreshed, qPrintable(refreshed ? QString() : refreshed.error().message));
        // ...then the same account is refreshed, not duplicated.
        QCOMPARE(refreshed->outcome, SignInPlan::Outcome::Refreshed);
        const QList<Account> after = accountsWithSubject(*repository, AdaSubject);
        QCOMPARE(after.size(), 1);
        QCOMPARE(after.first().id, accounts.first().id);
        QCOMPARE(after.first().name, u"Ada King"_s);
        QCOMPARE(after.first().role, Role::Member);
        const Result<Snapshot> snapshot = repository->load();
        QVERIFY(snapshot);
        QCOMPARE(snapshot->accounts.size(), afterFirst->accounts.size());
    }

    void deactivatedAccountIsDenied()
    {
        writeAccounts({adaAccount(u"Ada Lovelace"_s)});
        const std::unique_ptr<Repository> repository = openDatabase(u"deactivated.gatehouse"_s);
        QVERIFY(repository);
        ProviderProcess provider;
        const QString problem = provider.start(accountsFile(), {});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const SsoSettings settings = settingsFor(provider);

        TestBrowser first;
        const SignInRun run = signIn(settings, first);
        QVERIFY2(run.result && run.result->ok(), qPrintable(story(run, first)));
        QVERIFY(planAndCommit(*repository, settings, run.result->value()));
        const QList<Account> ada = accountsWithSubject(*repository, AdaSubject);
        QCOMPARE(ada.size(), 1);

        // An Admin (the database's creator) deactivates her.
        Result<Snapshot> snapshot = repository->load();
        QVERIFY(snapshot);
        const Result<Plan> deactivation = AdminService::plan(*snapshot, localSubject(), Command::deactivate(ada.first().id));
        QVERIFY2(deactivation, qPrintable(deactivation ? QString() : deactivation.error().message));
        QVERIFY(repository->commit(deactivation->changes, localSubject()));

        TestBrowser second;
        const SignInRun again = signIn(settings, second);
        QVERIFY2(again.result && again.result->ok(), qPrintable(story(again, second)));
        snapshot = repository->load();
        QVERIFY(snapshot);
        const Result<SignInPlan> plan = SignInService::planSignIn(*snapshot, settings, again.result->value(), nowUtc());
        QVERIFY(!plan);
        QCOMPARE(plan.error().code, Error::Code::Denied);
        QVERIFY(!plan.error().message.isEmpty());
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<bool>("forgeState");
        QTest::addColumn<QString>("message"); // a regular expression for the whole sentence
        QTest::addRow("signed with another key") << u"bad-signature"_s << false
                                                 << u"The ID token's signature is not valid\\."_s;
        QTest::addRow("issued to another client")
            << u"wrong-audience"_s << false
            << u"The ID token was issued to another application \\(\"other-client\"\\), not to client \"gatehouse\"\\."_s;
        QTest::addRow("expired") << u"expired"_s << false
                                 << u"The ID token expired at \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC: sign in again\\."_s;
        QTest::addRow("another nonce") << u"wrong-nonce"_s << false
                                       << u"The ID token's nonce does not match this sign-in: sign in again\\."_s;
        QTest::addRow("another issuer")
            << u"wrong-issuer"_s << false
            << u"The ID token comes from \"https://impostor\\.example\\.com\", not from the configured issuer "
               "\"http://127\\.0\\.0\\.1:\\d+\"\\."_s;
        QTest::addRow("mismatched state") << QString() << true
                                          << u"The sign-in response's state does not match: sign in again\\."_s;
    }

    void refusals()
    {
        QFETCH(QString, tamper);
        QFETCH(bool, forgeState);
        QFETCH(QString, message);
        writeAccounts({adaAccount(u"Ada Lovelace"_s)});
        const std::unique_ptr<Repository> repository = openDatabase(u"refusals.gatehouse"_s);
        QVERIFY(repository);
        const Result<Id> changesBefore = repository->lastChangeId();
        QVERIFY(changesBefore);

        ProviderProcess provider;
        const QString problem =
            provider.start(accountsFile(), tamper.isEmpty() ? QStringList() : QStringList{u"--tamper"_s, tamper});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const SsoSettings settings = settingsFor(provider);
        TestBrowser browser;
        browser.forgeState = forgeState;
        const SignInRun run = signIn(settings, browser);
        QVERIFY2(run.result && !run.result->ok(), qPrintable(story(run, browser)));
        QCOMPARE(run.finishedCount, 1);
        const QRegularExpression expected(QRegularExpression::anchoredPattern(message));
        QVERIFY2(expected.match(run.result->error().message).hasMatch(), qPrintable(story(run, browser)));
        // The browser shows the same sentence.
        QVERIFY2(browser.callbackText().contains(run.result->error().message), qPrintable(browser.callbackText()));

        // A refused sign-in leaves the organisation as it was: no account, no audit record.
        QVERIFY(accountsWithSubject(*repository, AdaSubject).isEmpty());
        const Result<Id> changesAfter = repository->lastChangeId();
        QVERIFY(changesAfter);
        QCOMPARE(*changesAfter, *changesBefore);
    }

    void wrongPasswordNeverReachesGatehouse()
    {
        ProviderProcess provider;
        const QString problem = provider.start(accountsFile(), {});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        TestBrowser browser;
        browser.password = u"wrong"_s;
        const SignInRun run = signIn(settingsFor(provider), browser, 3000);
        // The provider keeps showing its form: the sign-in runs out of time, once.
        QVERIFY(run.result.has_value());
        QCOMPARE(run.finishedCount, 1);
        QVERIFY(!run.result->ok());
        QCOMPARE(run.result->error().message, u"The sign-in was not completed in the browser within 3 seconds."_s);
    }

    void cancelFinishesOnceAndClosesTheListener()
    {
        ProviderProcess provider;
        const QString problem = provider.start(accountsFile(), {});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        TestBrowser browser;
        browser.stall = true;
        const SignInRun run = signIn(settingsFor(provider), browser, 5 * 60 * 1000,
                                     [](OidcSignIn &signIn) { signIn.cancel(); });
        QVERIFY(run.result.has_value());
        QCOMPARE(run.finishedCount, 1);
        QVERIFY(!run.result->ok());
        QCOMPARE(run.result->error().message, u"The sign-in was cancelled."_s);

        // Nothing answers on the loopback port any more.
        const QUrl callback(QUrlQuery(browser.authorizationUrl).queryItemValue(u"redirect_uri"_s, QUrl::FullyDecoded));
        QNetworkAccessManager network;
        QNetworkReply *reply = network.get(QNetworkRequest(callback));
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 30000);
        QCOMPARE(reply->error(), QNetworkReply::ConnectionRefusedError);
        delete reply;
    }

    void refusesAnIssuerThatIsNotHttps()
    {
        TestBrowser browser;
        browser.stall = true;
        SsoSettings settings;
        settings.issuer = u"http://login.example.com"_s;
        settings.clientId = u"gatehouse"_s;
        const SignInRun run = signIn(settings, browser);
        QCOMPARE(run.finishedCount, 1);
        QVERIFY(!run.result->ok());
        QCOMPARE(run.result->error().message,
                 u"The SSO issuer \"http://login.example.com\" is not an https URL (http is allowed only for "
                 "127.0.0.1 and localhost)."_s);
        QVERIFY(!browser.authorizationUrl.isValid());
    }
};

QTEST_MAIN(tst_OidcSignIn)
#include "tst_oidcsignin.moc"

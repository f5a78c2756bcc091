// SPDX-License-Identifier: GPL-3.0-or-later
// Tokens and settings in the database (schema 4), on SQLite and PostgreSQL: what is stored,
// what the history records, and the rule that a service account holding an active token
// cannot be deactivated.
#include "testchangesets.h"

#include "core/token.h"
#include "repository/postgresconnection.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace TestChangeSets;

namespace {

// TestOrganisations::small(): Ada (1, Admin), Grace (2, no subject), the service account
// Pipeline Automation (3), Linus (7, deactivated).
const QString AdaSubject = u"auth0|ada"_s;
constexpr Id AdaId = 1;
constexpr Id RobotId = 3;

QDateTime now()
{
    const QDateTime utc = QDateTime::currentDateTimeUtc();
    return utc.addMSecs(-utc.time().msec());
}

// A new token planned by the rules, as the GUI and gatehousectl make them.
NewToken planned(const QList<Token> &existing, Token::Kind kind, Id owner, const QString &name, int days = 90)
{
    const Result<NewToken> created = TokenService::createToken(TestOrganisations::small(), existing, AdaSubject,
                                                               kind, owner, name, days, now());
    if (!created)
        qFatal("%s", qPrintable(created.error().message));
    return created.value();
}

QList<AuditRecord> tokenHistory(Repository &repository)
{
    AuditFilter filter;
    filter.entity = u"token"_s;
    return repository.auditLog(filter).value();
}

} // namespace

class tst_TokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data() { TestBackends::addRows(); }
    void init()
    {
        QTest::failOnWarning(QRegularExpression(u".*"_s));
        QVERIFY(m_dir.isValid());
    }

    void roundTrip();
    void byHash();
    void staleVersionIsAConflict();
    void revokeRestoreDeleteAreAudited();
    void deleteOnlyRevoked();
    void nameUniquePerOwner();
    void useIsNotAChange();
    void settingsRoundTrip();
    void activeTokenBlocksDeactivation();
    void archiveCarriesTokensAndSettings();
    void replacingImportKeepsTokensOfTheSameAccounts();
    void changesAreNotified();

private:
    QTemporaryDir m_dir;
};

void tst_TokenStore::roundTrip()
{
    // Given a database and more tokens than one fetch chunk, of every kind and state
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    QList<Token> saved;
    for (int i = 0; i < 300; ++i) {
        const Token::Kind kind = i % 3 == 0 ? Token::Kind::Personal : i % 3 == 1 ? Token::Kind::Service
                                                                                 : Token::Kind::Scim;
        const Id owner = kind == Token::Kind::Service ? RobotId : AdaId;
        Token token = planned(saved, kind, owner, u"Token «%1», \"quoted\"; '--"_s.arg(i), i % 2 ? 0 : 30).token;
        if (i % 7 == 0)
            token.revoked = token.created;
        const Result<Token> stored = repository->saveToken(token, AdaSubject);
        VERIFY_OK(stored);
        QCOMPARE(stored->id, Id(i + 1));
        QCOMPARE(stored->version, 1);
        Token expected = token;
        expected.id = stored->id;
        expected.version = 1;
        QCOMPARE(*stored, expected);
        saved.append(*stored);
    }

    // When read back through a new connection
    repository.reset();
    auto reopened = openDatabase(url);
    QVERIFY(reopened);
    const Result<QList<Token>> loaded = reopened->tokens();
    VERIFY_OK(loaded);

    // Then every token is as saved, field for field, ascending by id
    QCOMPARE(loaded->size(), saved.size());
    for (qsizetype i = 0; i < saved.size(); ++i)
        QCOMPARE(loaded->at(i), saved.at(i));
    QCOMPARE(loaded->at(1).expires, QDateTime());
    QCOMPARE(loaded->at(0).expires, loaded->at(0).created.addDays(30));
    QCOMPARE(loaded->at(0).expires.timeSpec(), Qt::UTC);
}

void tst_TokenStore::byHash()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    const NewToken first = planned({}, Token::Kind::Personal, AdaId, u"laptop"_s);
    const Token stored = repository->saveToken(first.token, AdaSubject).value();
    VERIFY_OK(repository->saveToken(planned({stored}, Token::Kind::Scim, AdaId, u"entra"_s).token, AdaSubject));

    const Result<std::optional<Token>> found = repository->tokenByHash(TokenService::hashSecret(first.secret));
    VERIFY_OK(found);
    QVERIFY(found->has_value());
    QCOMPARE(**found, stored);

    // Nothing for another secret, a hash in upper case, a truncated hash or SQL in the hash
    for (const QByteArray &other : {TokenService::hashSecret(first.secret + 'x'),
                                    TokenService::hashSecret(first.secret).toUpper(),
                                    TokenService::hashSecret(first.secret).left(63),
                                    QByteArray("' OR '1'='1' -- ").leftJustified(64, 'a')}) {
        const Result<std::optional<Token>> none = repository->tokenByHash(other);
        VERIFY_OK(none);
        QVERIFY2(!none->has_value(), other.constData());
    }
}

void tst_TokenStore::staleVersionIsAConflict()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    const Token token = repository->saveToken(planned({}, Token::Kind::Service, RobotId, u"deploy"_s).token,
                                              AdaSubject).value();

    // Bob revokes it first; Ada's rename of the version she read comes second
    Token bobs = token;
    bobs.revoked = now();
    VERIFY_OK(repository->saveToken(bobs, Bob));
    Token adas = token;
    adas.name = u"renamed"_s;
    const int auditBefore = auditCount(*repository);
    const Result<Token> refused = repository->saveToken(adas, AdaSubject);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY2(refused.error().message.startsWith(u"Token 'deploy' was changed by local|bob at "_s),
             qPrintable(refused.error().message));

    // Nothing of Ada's was written
    const Token stored = repository->tokens()->constFirst();
    QCOMPARE(stored.name, u"deploy"_s);
    QCOMPARE(stored.version, 2);
    QVERIFY(stored.revoked.isValid());
    QCOMPARE(auditCount(*repository), auditBefore);

    // A token that is gone cannot be saved either
    Token ghost = token;
    ghost.id = 42;
    QCOMPARE(repository->saveToken(ghost, AdaSubject).error().code, Error::Code::NotFound);
}

void tst_TokenStore::revokeRestoreDeleteAreAudited()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    const int before = auditCount(*repository);

    Token token = repository->saveToken(planned({}, Token::Kind::Service, RobotId, u"deploy"_s).token, AdaSubject)
                      .value();
    token.revoked = now();
    token = repository->saveToken(token, AdaSubject).value();
    QCOMPARE(token.version, 2);
    token.revoked = QDateTime();
    token = repository->saveToken(token, Bob).value();
    QCOMPARE(token.version, 3);
    QCOMPARE(token.state(now()), Token::State::Active);
    token.revoked = now();
    token = repository->saveToken(token, AdaSubject).value();
    VERIFY_OK(repository->deleteToken(token, AdaSubject));

    const QList<AuditRecord> log = tokenHistory(*repository);
    QCOMPARE(auditCount(*repository), before + 5);
    QStringList actions, actors;
    for (const AuditRecord &record : log) {
        actions.append(record.action);
        actors.append(record.actorSubject);
        QCOMPARE(record.entity, u"token"_s);
        QCOMPARE(record.entityId, token.id);
        // The history never holds the hash
        QVERIFY(!record.beforeJson.contains(QString::fromLatin1(token.hash)));
        QVERIFY(!record.afterJson.contains(QString::fromLatin1(token.hash)));
        QVERIFY(!record.afterJson.contains(u"hash"_s));
    }
    QCOMPARE(actions, (QStringList{u"token.create"_s, u"token.revoke"_s, u"token.restore"_s, u"token.revoke"_s,
                                   u"token.delete"_s}));
    QCOMPARE(actors, (QStringList{AdaSubject, AdaSubject, Bob, AdaSubject, AdaSubject}));
    QVERIFY(log.at(0).beforeJson.isNull());
    const QJsonObject created = parsedObject(log.at(0).afterJson);
    QCOMPARE(created.value(u"name"_s).toString(), u"deploy"_s);
    QCOMPARE(created.value(u"kind"_s).toString(), u"service"_s);
    QCOMPARE(created.value(u"owner"_s).toString(), u"pipeline_automation@service"_s);
    QCOMPARE(created.value(u"hint"_s).toString(), token.hint);
    QVERIFY(created.value(u"revoked"_s).isNull());
    QVERIFY(!parsedObject(log.at(1).afterJson).value(u"revoked"_s).isNull());
    QVERIFY(parsedObject(log.at(1).beforeJson).value(u"revoked"_s).isNull());
    QVERIFY(log.at(4).afterJson.isNull());
    QCOMPARE(parsedObject(log.at(4).beforeJson).value(u"version"_s).toInt(), 4);
}

void tst_TokenStore::deleteOnlyRevoked()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    const NewToken created = planned({}, Token::Kind::Personal, AdaId, u"laptop"_s);
    Token token = repository->saveToken(created.token, AdaSubject).value();

    // An active token is not deleted
    const Result<void> refused = repository->deleteToken(token, AdaSubject);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Invalid);
    QCOMPARE(refused.error().message, u"Token 'laptop' is not revoked; revoke it before deleting it."_s);
    QCOMPARE(repository->tokens()->size(), 1);

    // A revoked one is, and is then found nowhere
    token.revoked = now();
    token = repository->saveToken(token, AdaSubject).value();
    VERIFY_OK(repository->deleteToken(token, AdaSubject));
    QVERIFY(repository->tokens()->isEmpty());
    QVERIFY(!repository->tokenByHash(token.hash)->has_value());
    QCOMPARE(repository->deleteToken(token, AdaSubject).error().code, Error::Code::NotFound);

    // Its id is never given out again: the history names it
    const Token next = repository->saveToken(planned({}, Token::Kind::Personal, AdaId, u"laptop"_s).token,
                                             AdaSubject).value();
    QCOMPARE(next.id, token.id + 1);
}

void tst_TokenStore::nameUniquePerOwner()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    VERIFY_OK(repository->saveToken(planned({}, Token::Kind::Personal, AdaId, u"Zürich"_s).token, AdaSubject));
    // Planned against an outdated list: the store refuses the same name ignoring case
    const Result<Token> refused =
        repository->saveToken(planned({}, Token::Kind::Scim, AdaId, u"ZÜRICH"_s).token, AdaSubject);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QCOMPARE(refused.error().message, u"name: \"ZÜRICH\" is already used by another token of the same account."_s);
    // Another owner may use it
    VERIFY_OK(repository->saveToken(planned({}, Token::Kind::Service, RobotId, u"ZÜRICH"_s).token, AdaSubject));
    QCOMPARE(repository->tokens()->size(), 2);

    // The schema holds the rules by itself too
    TestBackends::RawConnection raw(url);
    QVERIFY(raw.isOpen());
    const QString hash64 = QString(64, u'a');
    QVERIFY(!raw.exec(u"INSERT INTO tokens (id, owner_account_id, kind, name, name_key, hint, hash, created_by, "
                      u"created) VALUES (9, 1, 'personal', 'x', 'zürich', 'h', '%1', 'a', '2026-01-01T00:00:00Z')"_s
                          .arg(hash64))
                 .isEmpty());
    QVERIFY(raw.lastErrorIsConstraint());
    QVERIFY(!raw.exec(u"INSERT INTO tokens (id, owner_account_id, kind, name, name_key, hint, hash, created_by, "
                      u"created) VALUES (9, 1, 'personal', 'x', 'x', 'h', 'short', 'a', '2026-01-01T00:00:00Z')"_s)
                 .isEmpty());
    QVERIFY(raw.lastErrorIsConstraint());
    QVERIFY(!raw.exec(u"INSERT INTO tokens (id, owner_account_id, kind, name, name_key, hint, hash, created_by, "
                      u"created) VALUES (9, 1, 'root', 'x', 'x', 'h', '%1', 'a', '2026-01-01T00:00:00Z')"_s
                          .arg(hash64))
                 .isEmpty());
    QVERIFY(raw.lastErrorIsConstraint());
    QVERIFY(!raw.exec(u"INSERT INTO tokens (id, owner_account_id, kind, name, name_key, hint, hash, created_by, "
                      u"created) VALUES (9, 99, 'personal', 'x', 'x', 'h', '%1', 'a', '2026-01-01T00:00:00Z')"_s
                          .arg(hash64))
                 .isEmpty());
    QVERIFY(raw.lastErrorIsConstraint());
}

void tst_TokenStore::useIsNotAChange()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    const Token token = repository->saveToken(planned({}, Token::Kind::Personal, AdaId, u"laptop"_s).token,
                                              AdaSubject).value();
    const int before = auditCount(*repository);
    const Result<Id> lastChange = repository->lastChangeId();

    const QDateTime used = TestOrganisations::at(u"2030-05-06T07:08:09Z");
    VERIFY_OK(repository->recordTokenUse(token.id, used));
    Token stored = repository->tokens()->constFirst();
    QCOMPARE(stored.lastUsed, used);
    QCOMPARE(stored.version, token.version);
    // An older use arriving late does not move it back
    VERIFY_OK(repository->recordTokenUse(token.id, used.addSecs(-3600)));
    QCOMPARE(repository->tokens()->constFirst().lastUsed, used);
    VERIFY_OK(repository->recordTokenUse(token.id, used.addSecs(1)));
    QCOMPARE(repository->tokens()->constFirst().lastUsed, used.addSecs(1));

    // No history record, no new change
    QCOMPARE(auditCount(*repository), before);
    QCOMPARE(repository->lastChangeId().value(), lastChange.value());

    // A later save keeps the last use it did not know of
    Token revoked = token;
    revoked.revoked = now();
    QCOMPARE(repository->saveToken(revoked, AdaSubject)->lastUsed, used.addSecs(1));
    QCOMPARE(repository->tokens()->constFirst().lastUsed, used.addSecs(1));
}

void tst_TokenStore::settingsRoundTrip()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    QVERIFY(repository->settings()->isEmpty());
    const int before = auditCount(*repository);

    // When SSO settings are saved, then changed, one key removed
    const QHash<QString, QString> first{{u"sso.issuer"_s, u"https://login.example.com/"_s},
                                        {u"sso.client_id"_s, u"gatehouse 'desktop'"_s},
                                        {u"sso.scopes"_s, u"openid email profile"_s}};
    VERIFY_OK(repository->saveSettings(first, AdaSubject));
    repository.reset();
    repository = openDatabase(url);
    QCOMPARE(repository->settings().value(), first);
    VERIFY_OK(repository->saveSettings(first, AdaSubject)); // nothing changes: nothing recorded
    QCOMPARE(auditCount(*repository), before + 1);
    VERIFY_OK(repository->saveSettings({{u"sso.issuer"_s, u"https://idp.example.org/"_s},
                                        {u"sso.scopes"_s, u""_s},
                                        {u"sso.admin_email"_s, u""_s}},
                                       Bob));

    // Then the settings are as saved and each save is one record
    QCOMPARE(repository->settings().value(),
             (QHash<QString, QString>{{u"sso.issuer"_s, u"https://idp.example.org/"_s},
                                      {u"sso.client_id"_s, u"gatehouse 'desktop'"_s}}));
    AuditFilter filter;
    filter.entity = u"settings"_s;
    const QList<AuditRecord> log = repository->auditLog(filter).value();
    QCOMPARE(auditCount(*repository), before + 2);
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(0).action, u"settings.update"_s);
    QCOMPARE(log.at(0).actorSubject, AdaSubject);
    QCOMPARE(parsedObject(log.at(0).afterJson).value(u"sso.client_id"_s).toString(), u"gatehouse 'desktop'"_s);
    QVERIFY(parsedObject(log.at(0).beforeJson).value(u"sso.issuer"_s).isNull());
    QCOMPARE(log.at(1).actorSubject, Bob);
    const QJsonObject after = parsedObject(log.at(1).afterJson);
    QCOMPARE(after.keys(), (QStringList{u"sso.issuer"_s, u"sso.scopes"_s})); // only what changed
    QVERIFY(after.value(u"sso.scopes"_s).isNull());
    QCOMPARE(parsedObject(log.at(1).beforeJson).value(u"sso.issuer"_s).toString(), u"https://login.example.com/"_s);
}

void tst_TokenStore::activeTokenBlocksDeactivation()
{
    // Given the service account with one active and one expired token
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    const NewToken activeToken = planned({}, Token::Kind::Service, RobotId, u"deploy"_s);
    Token active = repository->saveToken(activeToken.token, AdaSubject).value();
    Token expired = planned({active}, Token::Kind::Service, RobotId, u"old"_s).token;
    expired.created = now().addDays(-31);
    expired.expires = now().addDays(-1);
    VERIFY_OK(repository->saveToken(expired, AdaSubject));
    const Snapshot snapshot = repository->load().value();
    const Account robot = find(snapshot.accounts, RobotId);
    Account deactivated = robot;
    deactivated.deactivated = now();
    const ChangeSet deactivate{u"account.deactivate"_s, u"Deactivated Pipeline Automation"_s,
                               {update(robot, deactivated)}, {}, {}};
    const int auditBefore = auditCount(*repository);

    // When it is deactivated, it is refused with a sentence and nothing changes
    const Result<CommitResult> refused = repository->commit(deactivate, AdaSubject);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QCOMPARE(refused.error().message, u"Revoke the active tokens of 'Pipeline Automation' before deactivating it."_s);
    QCOMPARE(repository->load().value(), snapshot);
    QCOMPARE(auditCount(*repository), auditBefore);
    {
        // The schema refuses it by itself, whoever writes
        TestBackends::RawConnection raw(url);
        QVERIFY(!raw.exec(u"UPDATE accounts SET deactivated_at = '2030-01-01T00:00:00Z' WHERE id = 3"_s).isEmpty());
        QVERIFY2(raw.lastErrorIsConstraint(), qPrintable(raw.lastErrorCode()));
        QVERIFY(raw.value(u"SELECT deactivated_at FROM accounts WHERE id = 3"_s).isNull());
        // Other changes of the account are not affected
        QCOMPARE(raw.exec(u"UPDATE accounts SET name = 'Pipeline' WHERE id = 3"_s), QString());
        QCOMPARE(raw.exec(u"UPDATE accounts SET name = 'Pipeline Automation' WHERE id = 3"_s), QString());
    }

    // Then, with its active token revoked, it is deactivated
    active.revoked = now();
    VERIFY_OK(repository->saveToken(active, AdaSubject));
    const Result<CommitResult> committed = repository->commit(deactivate, AdaSubject);
    VERIFY_OK(committed);
    QVERIFY(!find(repository->load()->accounts, RobotId).isActive());
    // A restored token of a deactivated account does not block changes to it, nor works
    active = repository->tokens()->constFirst();
    active.revoked = QDateTime();
    VERIFY_OK(repository->saveToken(active, AdaSubject));
    Account renamed = find(repository->load()->accounts, RobotId);
    Account after = renamed;
    after.name = u"Pipeline (old)"_s;
    VERIFY_OK(repository->commit(ChangeSet{u"account.update"_s, {}, {update(renamed, after)}, {}, {}}, AdaSubject));
    const Result<TokenIdentity> refusedUse = TokenService::authenticate(
        repository->load().value(), repository->tokenByHash(active.hash).value(), activeToken.secret,
        TokenScope::Api, now());
    QVERIFY(!refusedUse.ok());
    QCOMPARE(refusedUse.error().code, Error::Code::NotFound);
}

void tst_TokenStore::archiveCarriesTokensAndSettings()
{
    // Given a database with tokens (one deleted, one used) and settings
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    const NewToken personal = planned({}, Token::Kind::Personal, AdaId, u"laptop"_s);
    Token gone = repository->saveToken(personal.token, AdaSubject).value();
    gone.revoked = now();
    gone = repository->saveToken(gone, AdaSubject).value();
    VERIFY_OK(repository->deleteToken(gone, AdaSubject));
    const NewToken service = planned({}, Token::Kind::Service, RobotId, u"deploy"_s, 0);
    const Token kept = repository->saveToken(service.token, AdaSubject).value();
    VERIFY_OK(repository->recordTokenUse(kept.id, now()));
    VERIFY_OK(repository->saveToken(planned({kept}, Token::Kind::Scim, AdaId, u"entra"_s).token, AdaSubject));
    VERIFY_OK(repository->saveSettings({{u"sso.issuer"_s, u"https://login.example.com/"_s}}, AdaSubject));
    const Archive archive = repository->exportArchive().value();
    QCOMPARE(archive.tokens.size(), 2);
    QCOMPARE(archive.settings.value(u"sso.issuer"_s), u"https://login.example.com/"_s);

    // When it is copied into a new database of the other kind and of its own
    for (const bool sameBackend : {true, false}) {
        QString target;
        if (sameBackend) {
            GATEHOUSE_NEW_DATABASE(target, m_dir);
        } else if (TestBackends::isSqlite()) {
            QString why;
            target = TestPostgres::createDatabase(&why);
            QVERIFY2(!target.isEmpty(), qPrintable(why));
        } else {
            target = u"sqlite:"_s + m_dir.filePath(u"copy-from-postgres.gatehouse"_s);
        }
        auto copy = openRepository(target, OpenMode::CreateBare, AdaSubject, u"Ada"_s);
        VERIFY_OK(copy);
        VERIFY_OK((*copy)->importArchive(archive));

        // Then the tokens (hashes, uses, versions) and settings are there, and still work
        QCOMPARE((*copy)->tokens().value(), archive.tokens);
        QCOMPARE((*copy)->settings().value(), archive.settings);
        const auto found = (*copy)->tokenByHash(TokenService::hashSecret(service.secret));
        VERIFY_OK(found);
        QVERIFY(found->has_value());
        QVERIFY(TokenService::authenticate((*copy)->load().value(), *found, service.secret, TokenScope::Api, now())
                    .ok());
        // and a new token never takes the deleted one's id
        const Token next =
            (*copy)->saveToken(planned(archive.tokens, Token::Kind::Personal, AdaId, u"new"_s).token, AdaSubject)
                .value();
        QCOMPARE(next.id, Id(4));
    }
}

void tst_TokenStore::replacingImportKeepsTokensOfTheSameAccounts()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    const Token adas = repository->saveToken(planned({}, Token::Kind::Personal, AdaId, u"laptop"_s).token,
                                             AdaSubject).value();
    const Token robots = repository->saveToken(planned({}, Token::Kind::Service, RobotId, u"deploy"_s).token,
                                               AdaSubject).value();

    // The same organisation again: both tokens stay
    VERIFY_OK(repository->importSnapshot(TestOrganisations::small(), Repository::ImportMode::Replace, AdaSubject));
    QCOMPARE(repository->tokens().value(), (QList<Token>{adas, robots}));

    // One where account 3 is someone else: its token goes, Ada's stays
    Snapshot other = TestOrganisations::small();
    for (Account &account : other.accounts) {
        if (account.id == RobotId)
            account.subject = u"other_robot@service"_s;
    }
    VERIFY_OK(repository->importSnapshot(other, Repository::ImportMode::Replace, AdaSubject));
    QCOMPARE(repository->tokens().value(), (QList<Token>{adas}));
}

// PostgreSQL: token and settings changes signal ChangeChannel as every commit does, so an
// open window refreshes; a use does not (it is not a change).
void tst_TokenStore::changesAreNotified()
{
    if (!TestBackends::isPostgres())
        QSKIP("PostgreSQL only: NOTIFY");
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    const QString listener = u"token-listener"_s;
    {
        Result<QSqlDatabase> listening = openPostgresConnection(DatabaseUrl::parse(url).value(), listener);
        QVERIFY(listening.ok());
        QSqlDriver *driver = listening->driver();
        QVERIFY(driver->subscribeToNotification(QString::fromLatin1(ChangeChannel)));
        QSignalSpy spy(driver, &QSqlDriver::notification);
        QVERIFY(spy.isValid());

        Token token = repository->saveToken(planned({}, Token::Kind::Personal, AdaId, u"laptop"_s).token,
                                            AdaSubject).value();
        QTRY_COMPARE(spy.size(), 1);
        QCOMPARE(spy.constLast().at(2).toString(), QString::number(repository->lastChangeId().value()));
        token.revoked = now();
        VERIFY_OK(repository->saveToken(token, AdaSubject));
        QTRY_COMPARE(spy.size(), 2);
        VERIFY_OK(repository->saveSettings({{u"sso.issuer"_s, u"https://login.example.com/"_s}}, AdaSubject));
        QTRY_COMPARE(spy.size(), 3);
        QCOMPARE(spy.constLast().at(2).toString(), QString::number(repository->lastChangeId().value()));
        VERIFY_OK(repository->recordTokenUse(token.id, now()));
        VERIFY_OK(repository->saveSettings({{u"sso.issuer"_s, u"https://idp.example.org/"_s}}, AdaSubject));
        QTRY_COMPARE(spy.size(), 4); // the use sent nothing: the next one is the settings'
        QCOMPARE(spy.constLast().at(2).toString(), QString::number(repository->lastChangeId().value()));
        listening->close();
    }
    QSqlDatabase::removeDatabase(listener);
}

QTEST_GUILESS_MAIN(tst_TokenStore)
#include "tst_tokenstore.moc"

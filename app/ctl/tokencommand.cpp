// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminsupport.h"
#include "commands.h"

#include "core/localidentity.h"
#include "core/token.h"
#include "repository/postgresgrants.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse::Ctl {

namespace {

// The organisation, its tokens and the acting account (the local one), which must have an
// active account: what it may see and change depends on who it is.
struct TokenContext
{
    Organisation organisation;
    QList<Token> tokens;
    QString actor;
};

Result<TokenContext> loadTokens(const QString &url)
{
    Result<Organisation> organisation = loadOrganisation(url);
    if (!organisation)
        return organisation.error();
    const QString actor = localSubject();
    const Capabilities capabilities = AdminService::capabilities(organisation->snapshot, actor);
    if (!capabilities.hasAccount || !capabilities.active)
        return makeError(Error::Code::Denied, capabilities.reason(Capabilities::Action::ViewOrganisation));
    Result<QList<Token>> tokens = organisation->repository->tokens();
    if (!tokens)
        return tokens.error();
    return TokenContext{std::move(*organisation), std::move(*tokens), actor};
}

QString ownerSubject(const Snapshot &snapshot, Id owner)
{
    for (const Account &account : snapshot.accounts) {
        if (account.id == owner)
            return account.subject.isEmpty() ? account.name : account.subject;
    }
    return QString::number(owner);
}

QString timeOr(const QDateTime &time, const QString &otherwise)
{
    return time.isValid() ? formatTimestamp(time) : otherwise;
}

// "30", "60", "90", "365" or "never" -> days (0 = never).
std::optional<int> expiryDays(const QString &text)
{
    if (text.compare(u"never"_s, Qt::CaseInsensitive) == 0)
        return 0;
    bool ok = false;
    const int days = text.toInt(&ok);
    if (ok && days > 0 && TokenService::expiryChoices().contains(days))
        return days;
    return std::nullopt;
}

int runCreate(const QStringList &arguments)
{
    CommandLine cl(u"token create"_s,
                   u"token create [--db URL] --name N [--for SUBJECT | --scim] [--expires-in DAYS]"_s,
                   u"Creates an API token and prints its secret, alone, on standard output: it is shown "
                   "this once and only its hash is stored. Without --for or --scim the token is the "
                   "acting account's own personal token. Service and SCIM tokens: Admins only."_s);
    cl.addDatabaseOption();
    cl.parser().addOption(QCommandLineOption(u"name"_s, u"The token's name, unique among its owner's tokens."_s,
                                             u"N"_s));
    cl.parser().addOption(QCommandLineOption(
        u"for"_s, u"A service account's subject: creates a service token for it."_s, u"SUBJECT"_s));
    cl.parser().addOption(QCommandLineOption(
        u"scim"_s, u"Creates a SCIM token (usable only on /scim/v2) of the acting Admin."_s));
    cl.parser().addOption(QCommandLineOption(u"expires-in"_s, u"30, 60, 90, 365 or never (default 90)."_s,
                                             u"DAYS"_s, u"90"_s));
    if (const auto stop = cl.parse(arguments))
        return *stop;
    if (!cl.parser().positionalArguments().isEmpty())
        return cl.usageError(u"Unexpected argument '%1'."_s.arg(cl.parser().positionalArguments().first()));
    if (!cl.parser().isSet(u"name"_s))
        return cl.usageError(u"Missing --name."_s);
    if (cl.parser().isSet(u"for"_s) && cl.parser().isSet(u"scim"_s))
        return cl.usageError(u"--for and --scim exclude each other: a SCIM token belongs to the Admin creating it."_s);
    const QString expiresText = cl.parser().value(u"expires-in"_s);
    const std::optional<int> days = expiryDays(expiresText);
    if (!days)
        return cl.usageError(u"--expires-in: \"%1\" is not one of 30, 60, 90, 365 or never."_s.arg(expiresText));

    Result<TokenContext> context = loadTokens(cl.databaseUrl());
    if (!context)
        return fail(context.error());
    const Snapshot &snapshot = context->organisation.snapshot;
    Token::Kind kind = Token::Kind::Personal;
    Id owner = 0;
    if (cl.parser().isSet(u"for"_s)) {
        const Result<const Account *> account = accountBySubject(snapshot, u"--for"_s, cl.parser().value(u"for"_s));
        if (!account)
            return fail(account.error());
        kind = Token::Kind::Service;
        owner = (*account)->id;
    } else if (cl.parser().isSet(u"scim"_s)) {
        kind = Token::Kind::Scim;
    }
    const Result<NewToken> created =
        TokenService::createToken(snapshot, context->tokens, context->actor, kind, owner,
                                  cl.parser().value(u"name"_s), *days, QDateTime::currentDateTimeUtc());
    if (!created)
        return fail(created.error());
    const Result<Token> saved = context->organisation.repository->saveToken(created->token, context->actor);
    if (!saved)
        return fail(explainWriteFailure(cl.databaseUrl(), saved.error()));
    // The secret alone: `gatehousectl token create ... > file` or `$(...)` takes it as it is.
    printOut(QString::fromLatin1(created->secret) + u'\n');
    return ExitOk;
}

int runList(const QStringList &arguments)
{
    CommandLine cl(u"token list"_s, u"token list [--db URL] [--json]"_s,
                   u"Lists the tokens the acting account may see: its own personal tokens and, for an "
                   "Admin, every service and SCIM token. Never a secret or a hash."_s);
    cl.addDatabaseOption();
    cl.parser().addOption(QCommandLineOption(u"json"_s, u"A JSON array instead of a table."_s));
    if (const auto stop = cl.parse(arguments))
        return *stop;
    if (!cl.parser().positionalArguments().isEmpty())
        return cl.usageError(u"Unexpected argument '%1'."_s.arg(cl.parser().positionalArguments().first()));
    Result<TokenContext> context = loadTokens(cl.databaseUrl());
    if (!context)
        return fail(context.error());
    const Snapshot &snapshot = context->organisation.snapshot;
    const QList<Token> visible = TokenService::visibleTokens(snapshot, context->tokens, context->actor);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (cl.parser().isSet(u"json"_s)) {
        QJsonArray array;
        for (const Token &t : visible) {
            const auto orNull = [](const QDateTime &time) {
                return time.isValid() ? QJsonValue(formatTimestamp(time)) : QJsonValue();
            };
            array.append(QJsonObject{
                {u"id"_s, t.id},
                {u"name"_s, t.name},
                {u"kind"_s, tokenKindName(t.kind)},
                {u"owner"_s, ownerSubject(snapshot, t.owner)},
                {u"state"_s, tokenStateName(t.state(now))},
                {u"created"_s, orNull(t.created)},
                {u"expires"_s, orNull(t.expires)},
                {u"last_used"_s, orNull(t.lastUsed)},
                {u"hint"_s, t.hint},
            });
        }
        printOut(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented)));
        return ExitOk;
    }

    if (visible.isEmpty()) {
        printOut(u"No tokens.\n"_s);
        return ExitOk;
    }
    qsizetype ownerWidth = 5;
    for (const Token &t : visible)
        ownerWidth = std::max(ownerWidth, ownerSubject(snapshot, t.owner).size());
    const auto row = [ownerWidth](const QStringList &cells) {
        return u"%1  %2  %3  %4  %5  %6  %7  %8  %9\n"_s.arg(
            cells.at(0).rightJustified(5), cells.at(1).leftJustified(8), cells.at(2).leftJustified(7),
            cells.at(3).leftJustified(20), cells.at(4).leftJustified(20), cells.at(5).leftJustified(20),
            cells.at(6).leftJustified(9), cells.at(7).leftJustified(ownerWidth), cells.at(8));
    };
    QString text = row({u"ID"_s, u"KIND"_s, u"STATE"_s, u"CREATED"_s, u"EXPIRES"_s, u"LAST USED"_s, u"HINT"_s,
                        u"OWNER"_s, u"NAME"_s});
    for (const Token &t : visible) {
        text += row({QString::number(t.id), tokenKindName(t.kind), tokenStateName(t.state(now)),
                     formatTimestamp(t.created), timeOr(t.expires, u"never"_s), timeOr(t.lastUsed, u"never"_s),
                     t.hint, ownerSubject(snapshot, t.owner), t.name});
    }
    printOut(text);
    return ExitOk;
}

// revoke, restore, delete: the token named by ID among those the acting account may see.
int runChangeToken(const QStringList &arguments, const QString &verb)
{
    static const QHash<QString, QString> descriptions{
        {u"revoke"_s, u"Revokes token ID at once: it stops working. Owners revoke their personal tokens, "
                      "Admins service and SCIM tokens."_s},
        {u"restore"_s, u"Restores revoked token ID: it works again until it expires."_s},
        {u"delete"_s, u"Deletes revoked token ID for good (revoke it first)."_s},
    };
    CommandLine cl(u"token "_s + verb, u"token %1 [--db URL] ID"_s.arg(verb), descriptions.value(verb));
    cl.addDatabaseOption();
    cl.parser().addPositionalArgument(u"ID"_s, u"The token's id (see 'token list')."_s);
    if (const auto stop = cl.parse(arguments))
        return *stop;
    const QStringList given = cl.parser().positionalArguments();
    if (given.isEmpty())
        return cl.usageError(u"No token id given."_s);
    if (given.size() > 1)
        return cl.usageError(u"Unexpected argument '%1'."_s.arg(given.at(1)));
    bool ok = false;
    const Id id = given.at(0).toLongLong(&ok);
    if (!ok || id <= 0)
        return cl.usageError(u"ID: \"%1\" is not a token id."_s.arg(given.at(0)));

    Result<TokenContext> context = loadTokens(cl.databaseUrl());
    if (!context)
        return fail(context.error());
    const Snapshot &snapshot = context->organisation.snapshot;
    // Another's personal token is not shown as existing.
    const QList<Token> visible = TokenService::visibleTokens(snapshot, context->tokens, context->actor);
    const auto found = std::find_if(visible.cbegin(), visible.cend(), [id](const Token &t) { return t.id == id; });
    if (found == visible.cend())
        return fail(makeError(Error::Code::NotFound, u"ID: token %1 does not exist or is not yours to see."_s.arg(id)));
    const Token &token = *found;
    Repository &repository = *context->organisation.repository;
    const QString label = u"token %1 (\"%2\")"_s.arg(token.id).arg(token.name);

    if (verb == u"delete") {
        const Result<Token> allowed = TokenService::checkDelete(snapshot, token, context->actor);
        if (!allowed)
            return fail(allowed.error());
        if (const Result<void> deleted = repository.deleteToken(token, context->actor); !deleted)
            return fail(explainWriteFailure(cl.databaseUrl(), deleted.error()));
        printOut(u"Deleted %1.\n"_s.arg(label));
        return ExitOk;
    }
    const Result<Token> changed =
        verb == u"revoke"
            ? TokenService::revokeToken(snapshot, token, context->actor, QDateTime::currentDateTimeUtc())
            : TokenService::restoreToken(snapshot, token, context->actor);
    if (!changed)
        return fail(changed.error());
    const Result<Token> saved = repository.saveToken(*changed, context->actor);
    if (!saved)
        return fail(explainWriteFailure(cl.databaseUrl(), saved.error()));
    printOut(u"%1 %2.\n"_s.arg(verb == u"revoke" ? u"Revoked"_s : u"Restored"_s, label));
    return ExitOk;
}

int runRevoke(const QStringList &arguments)
{
    return runChangeToken(arguments, u"revoke"_s);
}

int runRestore(const QStringList &arguments)
{
    return runChangeToken(arguments, u"restore"_s);
}

int runDelete(const QStringList &arguments)
{
    return runChangeToken(arguments, u"delete"_s);
}

} // namespace

int runToken(const QStringList &arguments)
{
    return dispatch(u"token"_s,
                    {{u"create", runCreate, u"Create a token and print its secret"},
                     {u"list", runList, u"List the tokens you may see"},
                     {u"revoke", runRevoke, u"Revoke a token"},
                     {u"restore", runRestore, u"Restore a revoked token"},
                     {u"delete", runDelete, u"Delete a revoked token"}},
                    arguments);
}

} // namespace Gatehouse::Ctl

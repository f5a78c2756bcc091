// SPDX-License-Identifier: GPL-3.0-or-later
// `gatehousectl sso show|set|disable`: the organisation's SSO settings (domain.md, "Who is
// acting"). Core decides who may change them and whether they are sound
// (SignInService::checkSettings); the repository stores them with an audit record.
#include "adminsupport.h"
#include "commands.h"

#include "core/localidentity.h"
#include "core/signin.h"
#include "repository/postgresgrants.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse::Ctl {

namespace {

Result<SsoSettings> storedSettings(Repository &repository)
{
    const Result<QHash<QString, QString>> stored = repository.settings();
    if (!stored)
        return stored.error();
    return SsoSettings::fromSettings(*stored);
}

QString describe(const SsoSettings &settings)
{
    if (!settings.isEnabled())
        return u"SSO:          off (people act as their operating-system account, local|<user name>)\n"_s;
    const auto orDash = [](const QString &value) { return value.isEmpty() ? u"-"_s : value; };
    return u"SSO:          on\n"
           "Issuer:       %1\n"
           "Client id:    %2\n"
           "Scopes:       %3\n"
           "Admin e-mail: %4\n"_s.arg(settings.issuer, orDash(settings.clientId), settings.scopes,
                                      orDash(settings.adminEmail));
}

// Checks `settings` as the local account and stores them. Returns the exit code.
int save(const CommandLine &cl, Organisation &organisation, const SsoSettings &settings)
{
    const QString actor = localSubject();
    if (const Result<void> allowed = SignInService::checkSettings(organisation.snapshot, actor, settings); !allowed)
        return fail(allowed.error());
    if (const Result<void> saved = organisation.repository->saveSettings(settings.toSettings(), actor); !saved)
        return fail(explainWriteFailure(cl.databaseUrl(), saved.error())); // a read-only role says so
    return ExitOk;
}

std::optional<int> parseWithoutPositionals(CommandLine &cl, const QStringList &arguments)
{
    if (const auto stop = cl.parse(arguments))
        return stop;
    const QStringList positional = cl.parser().positionalArguments();
    if (!positional.isEmpty())
        return cl.usageError(u"Unexpected argument '%1'."_s.arg(positional.first()));
    return std::nullopt;
}

int runShow(const QStringList &arguments)
{
    CommandLine cl(u"sso show"_s, u"sso show [--db URL]"_s,
                   u"Shows the organisation's SSO settings: issuer, client id, scopes and the Admin e-mail "
                   "that may take over an Admin account at the first SSO sign-in."_s);
    cl.addDatabaseOption();
    if (const auto stop = parseWithoutPositionals(cl, arguments))
        return *stop;
    Result<std::unique_ptr<Repository>> repository = openDatabase(cl.databaseUrl(), OpenMode::ExistingOnly);
    if (!repository)
        return fail(repository.error());
    const Result<SsoSettings> settings = storedSettings(**repository);
    if (!settings)
        return fail(settings.error());
    printOut(describe(*settings));
    return ExitOk;
}

int runSet(const QStringList &arguments)
{
    CommandLine cl(u"sso set"_s,
                   u"sso set [--db URL] --issuer URL --client-id ID [--scopes \"openid email profile\"] "
                   "[--admin-email E]"_s,
                   u"Turns SSO on (or changes it): people then sign in through the OpenID Connect provider at "
                   "--issuer, where Gatehouse is registered as a public native client --client-id with the "
                   "redirect URI http://127.0.0.1/callback (any port). --scopes and --admin-email keep their "
                   "stored values when not given. Admins only."_s);
    cl.addDatabaseOption();
    QCommandLineParser &parser = cl.parser();
    parser.addOption(QCommandLineOption(u"issuer"_s, u"The provider's issuer URL (https; http only for 127.0.0.1 "
                                                     "and localhost)."_s, u"URL"_s));
    parser.addOption(QCommandLineOption(u"client-id"_s, u"Gatehouse's client id at the provider."_s, u"ID"_s));
    parser.addOption(QCommandLineOption(u"scopes"_s, u"Scopes to ask for; must include openid "
                                                     "(default \"openid email profile\")."_s, u"SCOPES"_s));
    parser.addOption(QCommandLineOption(u"admin-email"_s, u"An active Admin's e-mail: whoever first signs in "
                                                          "by SSO with it takes over that Admin account; \"\" "
                                                          "clears it."_s, u"E"_s));
    if (const auto stop = parseWithoutPositionals(cl, arguments))
        return *stop;
    if (!parser.isSet(u"issuer"_s))
        return cl.usageError(u"--issuer is required."_s);
    if (!parser.isSet(u"client-id"_s))
        return cl.usageError(u"--client-id is required."_s);

    Result<Organisation> organisation = loadOrganisation(cl.databaseUrl());
    if (!organisation)
        return fail(organisation.error());
    Result<SsoSettings> stored = storedSettings(*organisation->repository);
    if (!stored)
        return fail(stored.error());
    SsoSettings settings = *stored;
    settings.issuer = parser.value(u"issuer"_s).trimmed();
    settings.clientId = parser.value(u"client-id"_s).trimmed();
    if (parser.isSet(u"scopes"_s))
        settings.scopes = parser.value(u"scopes"_s).simplified();
    if (parser.isSet(u"admin-email"_s))
        settings.adminEmail = parser.value(u"admin-email"_s).trimmed();
    if (!settings.isEnabled()) // an empty --issuer would silently turn SSO off
        return fail(makeError(Error::Code::Invalid, u"issuer: \"\" is empty; 'gatehousectl sso disable' turns SSO off"_s));

    if (const int code = save(cl, *organisation, settings); code != ExitOk)
        return code;
    printOut(describe(settings));
    return ExitOk;
}

int runDisable(const QStringList &arguments)
{
    CommandLine cl(u"sso disable"_s, u"sso disable [--db URL]"_s,
                   u"Turns SSO off and forgets its settings: people act as their operating-system account "
                   "(local|<user name>) again. Accounts keep their SSO subjects. Admins only."_s);
    cl.addDatabaseOption();
    if (const auto stop = parseWithoutPositionals(cl, arguments))
        return *stop;
    Result<Organisation> organisation = loadOrganisation(cl.databaseUrl());
    if (!organisation)
        return fail(organisation.error());
    const Result<QHash<QString, QString>> stored = organisation->repository->settings();
    if (!stored)
        return fail(stored.error());
    // Empty values remove the keys; an empty issuer is "off", which checkSettings allows Admins.
    SsoSettings off;
    off.scopes.clear();
    const QHash<QString, QString> keys = off.toSettings();
    const bool anyStored = std::any_of(keys.keyBegin(), keys.keyEnd(),
                                       [&](const QString &key) { return !stored->value(key).isEmpty(); });
    if (anyStored) {
        if (const int code = save(cl, *organisation, off); code != ExitOk)
            return code;
    } else if (const Result<void> allowed = SignInService::checkSettings(organisation->snapshot, localSubject(), off);
               !allowed) {
        return fail(allowed.error());
    }
    printOut(describe(off));
    return ExitOk;
}

} // namespace

int runSso(const QStringList &arguments)
{
    return dispatch(u"sso"_s,
                    {{u"show", runShow, u"Show the SSO settings"},
                     {u"set", runSet, u"Turn SSO on or change it (Admins)"},
                     {u"disable", runDisable, u"Turn SSO off (Admins)"}},
                    arguments);
}

} // namespace Gatehouse::Ctl

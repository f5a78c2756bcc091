// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminsupport.h"
#include "commands.h"

#include "core/accessindex.h"

using namespace Qt::StringLiterals;

namespace Gatehouse::Ctl {

int runExplain(const QStringList &arguments)
{
    CommandLine cl(u"explain"_s, u"explain [--db URL] SUBJECT DATASTORE"_s,
                   u"Shows an account's level on a datastore and why: the role, or the teams "
                   "granting it and those granting less."_s);
    cl.addDatabaseOption();
    cl.parser().addPositionalArgument(u"SUBJECT"_s, u"The account's subject."_s);
    cl.parser().addPositionalArgument(u"DATASTORE"_s, u"The datastore's name."_s);
    if (const auto stop = cl.parse(arguments))
        return *stop;
    const QStringList given = cl.parser().positionalArguments();
    if (given.size() < 2)
        return cl.usageError(u"Give the account's subject and the datastore's name."_s);
    if (given.size() > 2)
        return cl.usageError(u"Unexpected argument '%1'."_s.arg(given.at(2)));

    // Reading needs no account (a data command), like `access`.
    Result<Organisation> org = loadOrganisation(cl.databaseUrl());
    if (!org)
        return fail(org.error());
    const Snapshot &s = org->snapshot;
    const Result<const Account *> account = accountBySubject(s, u"account"_s, given.at(0));
    if (!account)
        return fail(account.error());
    const Result<const Datastore *> datastore = datastoreByName(s, u"datastore"_s, given.at(1));
    if (!datastore)
        return fail(datastore.error());

    const AccessIndex index(s);
    const Explanation why = index.explain(index.accountPos((*account)->id), index.datastorePos((*datastore)->id));
    auto teamText = [&](Id id, Level level) {
        const qsizetype pos = index.teamPos(id);
        return u"%1 (%2)"_s.arg(pos >= 0 ? s.teams.at(pos).name : QString::number(id), levelName(level));
    };
    const QString who = u"%1 (%2)"_s.arg((*account)->name, (*account)->subject);
    const QString where = (*datastore)->name;
    QString text;
    switch (why.source) {
    case Explanation::Source::Inactive:
        text = u"%1: no access to %2\n  the account is deactivated\n"_s.arg(who, where);
        break;
    case Explanation::Source::Role:
        text = u"%1: Admin on %2\n  from the role Admin (not subject to teams)\n"_s.arg(who, where);
        break;
    case Explanation::Source::None:
        text = u"%1: no access to %2\n  no team of the account holds it\n"_s.arg(who, where);
        break;
    case Explanation::Source::Teams: {
        QStringList winners;
        for (Id id : why.winningTeams)
            winners.append(teamText(id, why.level));
        text = u"%1: %2 on %3\n  from %4\n"_s.arg(who, levelName(why.level), where, winners.join(u", "_s));
        break;
    }
    }
    if (!why.lesserTeams.isEmpty()) {
        QStringList lesser;
        for (const auto &[id, level] : why.lesserTeams)
            lesser.append(teamText(id, level));
        text += u"  also %1\n"_s.arg(lesser.join(u", "_s));
    }
    printOut(text);
    return ExitOk;
}

} // namespace Gatehouse::Ctl

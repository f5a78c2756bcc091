// SPDX-License-Identifier: GPL-3.0-or-later
#include "adminsupport.h"
#include "commandline.h"
#include "commands.h"

#include "repository/postgresgrants.h"

using namespace Qt::StringLiterals;

namespace Gatehouse::Ctl {

int runGrant(const QStringList &arguments)
{
    CommandLine cl(u"grant"_s, u"grant --db URL (--auditor PGROLE | --admin PGROLE)"_s,
                   u"Gives an existing PostgreSQL role least-privilege access to the organisation "
                   "database: --auditor reads everything and changes nothing; --admin reads and "
                   "changes the organisation and records reviews. Neither may change or delete the "
                   "history. Run it as the database's owner; running it again is harmless."_s);
    cl.addDatabaseOption();
    cl.parser().addOption(QCommandLineOption(
        u"auditor"_s, u"Read-only access for PGROLE (any write privilege it had is revoked)."_s, u"PGROLE"_s));
    cl.parser().addOption(QCommandLineOption(
        u"admin"_s, u"Read and write access for PGROLE; the history stays append-only."_s, u"PGROLE"_s));
    if (const auto stop = cl.parse(arguments))
        return *stop;
    if (!cl.parser().positionalArguments().isEmpty())
        return cl.usageError(u"Unexpected argument '%1'."_s.arg(cl.parser().positionalArguments().first()));
    const bool auditor = cl.parser().isSet(u"auditor"_s);
    const bool admin = cl.parser().isSet(u"admin"_s);
    if (auditor == admin)
        return cl.usageError(auditor ? u"Give either --auditor or --admin, not both."_s
                                     : u"Give --auditor PGROLE or --admin PGROLE."_s);
    const QString option = auditor ? u"--auditor"_s : u"--admin"_s;
    const Result<QString> granted =
        grantDatabaseRole(cl.databaseUrl(), auditor ? DatabaseRole::Auditor : DatabaseRole::Admin,
                          cl.parser().value(option.mid(2)), option);
    if (!granted)
        return fail(granted.error());
    printOut(*granted + u'\n');
    return ExitOk;
}

} // namespace Gatehouse::Ctl

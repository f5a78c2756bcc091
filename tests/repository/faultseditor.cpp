// SPDX-License-Identifier: GPL-3.0-or-later
// A second administrator for tst_faultsedits: edits one team many times, the way the GUI
// does (read the organisation, plan with AdminService, commit), and on a Conflict reads the
// organisation again and re-applies its edit, as a person would after "reload".
//
//   faultseditor URL ACTOR TEAM PREFIX COUNT
//
// Edit i (1..COUNT) adds the account PREFIX<i> to TEAM and sets the description to name the
// edit. Prints "committed PREFIX<i>" after each successful commit and "conflicts N" at the
// end; exits 0, or 1 with the reason on standard error.

#include "core/adminservice.h"
#include "repository/repositoryfactory.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "faultseditor: " << message << Qt::endl;
    return 1;
}

int fail(const Error &error)
{
    return fail(error.message + (error.detail.isEmpty() ? QString() : u" / "_s + error.detail));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6)
        return fail(u"usage: faultseditor URL ACTOR TEAM PREFIX COUNT"_s);
    const QString url = args.at(1);
    const QString actor = args.at(2);
    const QString teamName = args.at(3);
    const QString prefix = args.at(4);
    const int count = args.at(5).toInt();

    auto opened = openRepository(url, OpenMode::ExistingOnly, actor, actor);
    if (!opened)
        return fail(opened.error());
    Repository &repository = *opened.value();

    QTextStream out(stdout);
    int conflicts = 0;
    for (int i = 1; i <= count; ++i) {
        const QString subject = prefix + QString::number(i);
        // Each round reads the organisation as it is now: a conflict means someone else
        // committed in between, and the edit is planned again on their result.
        for (;;) {
            const Result<Snapshot> current = repository.load();
            if (!current)
                return fail(current.error());
            const auto team = std::find_if(current->teams.cbegin(), current->teams.cend(),
                                           [&](const Team &t) { return t.name == teamName; });
            const auto account = std::find_if(current->accounts.cbegin(), current->accounts.cend(),
                                              [&](const Account &a) { return a.subject == subject; });
            if (team == current->teams.cend() || account == current->accounts.cend())
                return fail(u"no team '%1' or no account '%2'"_s.arg(teamName, subject));
            Team edited = *team;
            edited.members.append(account->id);
            edited.description = u"edit %1 by %2"_s.arg(subject, actor);
            const Result<Plan> plan = AdminService::plan(*current, actor, Command::updateTeam(edited));
            if (!plan)
                return fail(plan.error());
            const Result<CommitResult> committed = repository.commit(plan->changes, actor);
            if (committed) {
                out << "committed " << subject << Qt::endl;
                break;
            }
            if (committed.error().code != Error::Code::Conflict)
                return fail(committed.error());
            if (++conflicts > 100 * count)
                return fail(u"no progress after %1 conflicts"_s.arg(conflicts));
        }
    }
    out << "conflicts " << conflicts << Qt::endl;
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "commands.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>

#include <cstdio>
#include <cstring>
#include <memory>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Gatehouse::Ctl;

namespace {

struct Command
{
    QStringView name;
    int (*run)(const QStringList &);
    QStringView summary;
};

constexpr Command Commands[] = {
    {u"import", runImport, u"Import an organisation file into a database"},
    {u"export", runExport, u"Export the organisation as a canonical file"},
    {u"access", runAccess, u"Report the effective access of every active account (CSV)"},
    {u"demo", runDemo, u"Write a realistic demo organisation file"},
    {u"team", runTeam, u"Create, change, delete, list and show teams"},
    {u"account", runAccount, u"List accounts; set roles and teams; deactivate, reactivate"},
    {u"service", runService, u"Create service accounts"},
    {u"datastore", runDatastore, u"Create, change and delete datastores"},
    {u"explain", runExplain, u"Show an account's level on a datastore and why"},
    {u"history", runHistory, u"List the recorded changes with before and after"},
    {u"report", runReport, u"Write an auditor's report of the access (pdf, html, csv)"},
    {u"review", runReview, u"List access reviews; export their evidence (csv, pdf)"},
    {u"copy", runCopy, u"Copy an organisation, history included, into a new database"},
    {u"grant", runGrant, u"Give a PostgreSQL role read-only (auditor) or admin access"},
    {u"serve", runServe, u"Serve SCIM 2.0 (/scim/v2) and the read API (/api) over HTTP(S)"},
    {u"token", runToken, u"Create, list, revoke, restore and delete API tokens"},
    {u"sso", runSso, u"Show, set or disable sign-in through an OpenID Connect provider"},
};

void printOut(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
}

QString overallHelp()
{
    QString text = u"Usage: gatehousectl COMMAND [options]\n"
                   "Administers a Gatehouse organisation: datastore access through teams.\n\n"
                   "Commands:\n"_s;
    for (const Command &c : Commands)
        text += u"  "_s + c.name.toString().leftJustified(10) + c.summary.toString() + u'\n';
    text += u"\nOptions:\n"
            "  -h, --help     Show this help; 'gatehousectl COMMAND --help' for a command.\n"
            "  -v, --version  Show the version.\n\n"
            "Exit status: 0 success, 1 error, 2 usage error.\n"_s;
    return text;
}

int usage(const QString &message)
{
    printError(message + u" Try 'gatehousectl --help'."_s);
    return ExitUsage;
}

} // namespace

int main(int argc, char *argv[])
{
    // `report` and `review` lay out text and paint PDFs: that needs QtGui's application, on the
    // offscreen platform unless one is chosen. Every other command stays GUI-free.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && (std::strcmp(argv[1], "report") == 0 || std::strcmp(argv[1], "review") == 0)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session (cron, a root shell) QtGui warns about a missing runtime
        // directory on every run; give it a private one instead, as it would pick itself.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QString runtime = QDir::tempPath() + u"/gatehousectl-runtime-"_s + QString::number(getuid());
            if (QDir().mkpath(runtime)
                && QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                       | QFileDevice::ExeOwner))
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // Same names as the GUI, so both find the same default organisation.
    QCoreApplication::setOrganizationName(u"Gatehouse"_s);
    QCoreApplication::setApplicationName(u"Gatehouse"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
    // stderr is for the command's own messages; QT_LOGGING_RULES still turns tracing on.
    QLoggingCategory::setFilterRules(u"gatehouse.*.debug=false"_s);

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2)
        return usage(u"No command given."_s);
    const QString first = arguments.at(1);
    if (first == u"-h" || first == u"--help" || first == u"help") {
        printOut(overallHelp());
        return ExitOk;
    }
    if (first == u"-v" || first == u"--version") {
        printOut(u"gatehousectl "_s + QCoreApplication::applicationVersion() + u'\n');
        return ExitOk;
    }
    for (const Command &c : Commands) {
        if (first == c.name)
            return c.run(arguments.mid(2));
    }
    if (first.startsWith(u'-'))
        return usage(u"Unknown option '%1'."_s.arg(first));
    return usage(u"Unknown command '%1'."_s.arg(first));
}

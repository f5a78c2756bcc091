// SPDX-License-Identifier: GPL-3.0-or-later
#include "guicontroller.h"

#include "repository/databaseurl.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {
void installTranslators(QCoreApplication &app)
{
    // Both stay alive for the application's lifetime: installTranslator does not own them.
    static QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);
    static QTranslator translator;
    if (translator.load(QLocale(), u"gatehouse"_s, u"_"_s, u":/i18n"_s))
        app.installTranslator(&translator);
}

std::optional<EntityKind> pageFromName(const QString &name)
{
    if (name == u"accounts")
        return EntityKind::Account;
    if (name == u"teams")
        return EntityKind::Team;
    if (name == u"datastores")
        return EntityKind::Datastore;
    return std::nullopt;
}

bool isHistoryPage(const QString &name)
{
    return name == u"history";
}

// --help and --version need no display: answer them before a QApplication exists, so
// they work over ssh and in scripts.
bool wantsTextOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v"
            || arg == "--version")
            return true;
    }
    return false;
}

void setApplicationNames()
{
    QCoreApplication::setOrganizationName(u"Gatehouse"_s);
    QCoreApplication::setApplicationName(u"Gatehouse"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GATEHOUSE_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    std::unique_ptr<QCoreApplication> app;
    if (wantsTextOnly(argc, argv)) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
        QApplication::setApplicationDisplayName(u"Gatehouse"_s);
        QApplication::setDesktopFileName(u"gatehouse"_s);
        QApplication::setWindowIcon(QIcon(u":/icons/gatehouse.svg"_s));
    }
    setApplicationNames();
    installTranslators(*app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop console for datastore access control."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s,
        QCoreApplication::translate("main", "Organisation database: sqlite:/path/file.gatehouse, "
                                            "postgresql://user@host/db, or a file path "
                                            "(default: %1).").arg(defaultDatabaseUrl()),
        u"URL"_s);
    const QCommandLineOption demoOption(
        u"demo"_s,
        QCoreApplication::translate("main", "Load a demo organisation, without asking, if the "
                                            "organisation is empty."));
    const QCommandLineOption pageOption(
        u"page"_s,
        QCoreApplication::translate("main", "Page to show first: accounts, teams, datastores or history."),
        u"PAGE"_s);
    const QCommandLineOption selectOption(
        u"select"_s, QCoreApplication::translate("main", "Id of the row to select on that page."),
        u"ID"_s);
    // See the window as another account sees it (a Manager, a Member), read-only: changes are
    // only ever made as the local account.
    const QCommandLineOption viewAsOption(
        u"view-as"_s,
        QCoreApplication::translate("main", "Show what SUBJECT sees, read-only (nothing can be changed)."),
        u"SUBJECT"_s);
    parser.addOptions({dbOption, demoOption, pageOption, selectOption, viewAsOption});
    parser.process(*app);

    GuiController::Options options;
    options.explicitUrl = parser.isSet(dbOption);
    options.url = options.explicitUrl ? parser.value(dbOption) : defaultDatabaseUrl();
    options.demo = parser.isSet(demoOption);
    if (parser.isSet(pageOption)) {
        options.page = pageFromName(parser.value(pageOption));
        options.history = isHistoryPage(parser.value(pageOption));
        if (!options.page && !options.history) {
            qCritical("%s", qPrintable(QCoreApplication::translate("main", "Unknown page: %1")
                                           .arg(parser.value(pageOption))));
            return 2;
        }
    }
    options.viewAs = parser.value(viewAsOption);
    if (parser.isSet(selectOption))
        options.select = parser.value(selectOption).toLongLong();

    GuiController controller(options);
    controller.start();
    return app->exec();
}

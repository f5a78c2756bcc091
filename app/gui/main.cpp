// SPDX-License-Identifier: GPL-3.0-or-later
#include "guicontroller.h"

#include "repository/databaseurl.h"
#include "views/appearance.h"
#include "views/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {
// The settings key Preferences writes: a language code such as "de" or "fr", empty for the
// system's language.
constexpr auto LanguageKey = "language";

// --language CODE (or --language=CODE), read before the parser runs: the translators must be
// installed first, so that --help is shown in the chosen language too.
QString languageArgument(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--language" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith("--language="))
            return QString::fromLocal8Bit(arg.sliced(11));
    }
    return {};
}

// The language chosen on the command line, else in the settings; the system's when neither
// names one. A chosen language also becomes the default locale, so numbers and dates match
// the words around them.
QLocale chosenLocale(const QString &argument)
{
    const QString code = argument.isEmpty() ? QSettings().value(QLatin1StringView(LanguageKey)).toString() : argument;
    if (code.isEmpty())
        return QLocale();
    const QLocale locale(code);
    QLocale::setDefault(locale);
    return locale;
}

void installTranslators(QCoreApplication &app, const QLocale &locale)
{
    // Both stay alive for the application's lifetime: installTranslator does not own them.
    static QTranslator qtTranslator;
    if (qtTranslator.load(locale, u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);
    // The installed share/gatehouse/translations first, found from the executable so the
    // prefix can move; the copies built into the executable when there is none.
    static QTranslator translator;
    const QString installed =
        QCoreApplication::applicationDirPath() + u'/' + QStringLiteral(GATEHOUSE_TRANSLATIONS_FROM_BIN);
    const auto load = [&](const QLocale &language) {
        return translator.load(language, u"gatehouse"_s, u"_"_s, installed)
            || translator.load(language, u"gatehouse"_s, u"_"_s, u":/i18n"_s);
    };
    // A language Gatehouse is not translated into shows English, and English too needs its
    // translation: it holds the singular and plural of every "%Ln account(s)".
    if (load(locale) || load(QLocale(QLocale::English)))
        app.installTranslator(&translator);
}

// The SVG for any size, and the rendered PNGs where the SVG icon engine is missing.
QIcon applicationIcon()
{
    QIcon icon(u":/icons/io.gatehouse.Gatehouse.svg"_s);
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/hicolor/%1x%1/apps/io.gatehouse.Gatehouse.png"_s.arg(size), QSize(size, size));
    return icon;
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

// Pages beside the tables and History (matrix, findings, reviews, grid), shown by name.
bool isAuditPage(const QString &name)
{
    return MainWindow::pageNames().contains(name) && !pageFromName(name) && !isHistoryPage(name);
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
        QApplication::setDesktopFileName(u"io.gatehouse.Gatehouse"_s);
        QApplication::setWindowIcon(applicationIcon());
    }
    setApplicationNames();
    // Light or dark as chosen in Preferences; the platform's palette unless chosen.
    if (qobject_cast<QApplication *>(app.get()))
        Appearance::apply(Appearance::saved());
    installTranslators(*app, chosenLocale(languageArgument(argc, argv)));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop console for datastore access control."));
    parser.addHelpOption();
    // Not addVersionOption(): that prints the application name, "Gatehouse", and scripts
    // expect the executable's name, as gatehousectl prints it.
    const QCommandLineOption versionOption(
        {u"v"_s, u"version"_s},
        QCoreApplication::translate("QCommandLineParser", "Displays version information."));
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
        QCoreApplication::translate("main", "Page to show first: accounts, teams, datastores, history, "
                                            "matrix, findings, reviews, grid (the team grid) or tokens."),
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
    const QCommandLineOption languageOption(
        u"language"_s,
        QCoreApplication::translate("main", "Language of the window, e.g. de or fr, instead of the "
                                            "system's (and of the one chosen in Preferences)."),
        u"CODE"_s);
    parser.addOptions({versionOption, dbOption, demoOption, pageOption, selectOption, viewAsOption, languageOption});
    parser.process(*app);
    if (parser.isSet(versionOption)) {
        std::fputs((u"gatehouse "_s + QCoreApplication::applicationVersion() + u'\n').toUtf8().constData(), stdout);
        return 0;
    }

    GuiController::Options options;
    options.explicitUrl = parser.isSet(dbOption);
    options.url = options.explicitUrl ? parser.value(dbOption) : defaultDatabaseUrl();
    options.demo = parser.isSet(demoOption);
    if (parser.isSet(pageOption)) {
        options.page = pageFromName(parser.value(pageOption));
        options.history = isHistoryPage(parser.value(pageOption));
        if (isAuditPage(parser.value(pageOption)))
            options.auditPage = parser.value(pageOption);
        if (!options.page && !options.history && options.auditPage.isEmpty()) {
            qCritical("%s", qPrintable(QCoreApplication::translate("main", "Unknown page: %1. Pages: %2.")
                                           .arg(parser.value(pageOption), MainWindow::pageNames().join(u", "_s))));
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

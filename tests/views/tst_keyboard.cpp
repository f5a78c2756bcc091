// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demogenerator.h"
#include "core/directory.h"
#include "views/mainwindow.h"
#include "views/shortcutsdialog.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

// The main window from the keyboard alone: every page has a key, no key means two things,
// every menu and command can be reached with Alt and a letter, and the shortcut sheet lists
// every key the menus have.
class tst_Keyboard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void everyPageHasItsKey();
    void noKeyMeansTwoThings();
    void menusHaveUniqueMnemonics();
    void sheetListsEveryMenuKey();

private:
    QTemporaryDir m_dir;
    Directory m_directory;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i;
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

// Menu commands, submenus included, with their menu path.
void collect(const QMenu *menu, const QString &path, QList<std::pair<QString, QAction *>> &out)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (action->menu())
            collect(action->menu(), path + u" > "_s + action->text(), out);
        else
            out.append({path + u" > "_s + action->text(), action});
    }
}

} // namespace

void tst_Keyboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"GatehouseTest"_s);
    QCoreApplication::setApplicationName(u"tst_keyboard"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    DemoOptions options;
    options.accounts = 200;
    options.teams = 12;
    options.datastores = 40;
    options.seed = 3;
    options.adminSubject = u"local|tester"_s;
    m_directory.load(generateDemo(options));
    m_window = std::make_unique<MainWindow>(&m_directory);
    m_window->setActingSubject(u"local|tester"_s);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_Keyboard::init()
{
    QTest::failOnWarning(QRegularExpression(u"^(?!This plugin does not support propagateSizeHints).*"_s));
}

void tst_Keyboard::everyPageHasItsKey()
{
    // The stack of pages (the window has other stacks: busy page, sign-in).
    QStackedWidget *pages = nullptr;
    for (QStackedWidget *stack : m_window->findChildren<QStackedWidget *>()) {
        if (!pages || stack->count() > pages->count())
            pages = stack;
    }
    QVERIFY(pages);
    const int pageCount = int(MainWindow::pageNames().size());
    QSet<int> reached;
    for (int digit = 1; digit <= 9; ++digit) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_0 + digit), Qt::ControlModifier);
        QVERIFY2(!reached.contains(pages->currentIndex()),
                 qPrintable(u"Ctrl+%1 shows page %2 again"_s.arg(digit).arg(pages->currentIndex())));
        reached.insert(pages->currentIndex());
    }
    // Ctrl+1 .. Ctrl+9: nine keys, nine different pages, every page.
    QCOMPARE(int(reached.size()), pageCount);
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QCOMPARE(pages->currentIndex(), 0);
}

void tst_Keyboard::noKeyMeansTwoThings()
{
    // Keys that work anywhere in the window must be unique, or Qt reports "Ambiguous
    // shortcut" and does nothing at all. Keys bound to one widget or page (Enter or Delete in
    // a table, the Tokens page's own keys) may repeat in another scope, never a window key.
    QHash<QString, QStringList> windowKeys;
    QHash<QString, QStringList> scopedKeys;
    for (QAction *action : m_window->findChildren<QAction *>()) {
        const bool scoped = action->shortcutContext() == Qt::WidgetShortcut
            || action->shortcutContext() == Qt::WidgetWithChildrenShortcut;
        for (const QKeySequence &key : action->shortcuts()) {
            if (!key.isEmpty())
                (scoped ? scopedKeys : windowKeys)[key.toString()].append(action->text());
        }
    }
    QStringList clashes;
    for (auto it = windowKeys.cbegin(); it != windowKeys.cend(); ++it) {
        if (it.value().size() > 1 || scopedKeys.contains(it.key()))
            clashes.append(it.key() + u": "_s + (it.value() + scopedKeys.value(it.key())).join(u", "_s));
    }
    const QHash<QString, QStringList> &owners = windowKeys;
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u"; "_s)));
    QVERIFY(owners.size() >= 20);
}

void tst_Keyboard::menusHaveUniqueMnemonics()
{
    QStringList problems;
    QSet<QChar> topLevel;
    const auto checkMenu = [&](const QMenu *menu, const QString &name, const auto &self) -> void {
        QSet<QChar> used;
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || !action->isVisible())
                continue;
            const QChar letter = mnemonic(action->text());
            // A command without a letter is reachable by the arrow keys; a clash is not.
            if (letter.isNull())
                continue;
            if (used.contains(letter))
                problems.append(u"%1: \"%2\" repeats Alt+%3"_s.arg(name, action->text(), letter));
            used.insert(letter);
            if (action->menu())
                self(action->menu(), name + u" > "_s + action->text(), self);
        }
    };
    for (QAction *action : m_window->menuBar()->actions()) {
        const QChar letter = mnemonic(action->text());
        if (letter.isNull())
            problems.append(u"menu \"%1\" has no Alt letter"_s.arg(action->text()));
        else if (topLevel.contains(letter))
            problems.append(u"menu \"%1\" repeats Alt+%2"_s.arg(action->text(), letter));
        topLevel.insert(letter);
        if (action->menu())
            checkMenu(action->menu(), action->text(), checkMenu);
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u"\n"_s)));
}

void tst_Keyboard::sheetListsEveryMenuKey()
{
    QList<std::pair<QString, QAction *>> commands;
    for (QAction *action : m_window->menuBar()->actions()) {
        if (action->menu())
            collect(action->menu(), action->text(), commands);
    }
    ShortcutsDialog sheet(m_window->menuBar());
    const QString listed = sheet.shownRows().join(u'\n');
    int withKeys = 0;
    for (const auto &[path, action] : std::as_const(commands)) {
        if (!action->isVisible() || action->shortcut().isEmpty())
            continue;
        ++withKeys;
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(listed.contains(key), qPrintable(path + u" ("_s + key + u") is not on the sheet"_s));
    }
    QVERIFY(withKeys >= 15);
}

QTEST_MAIN(tst_Keyboard)
#include "tst_keyboard.moc"

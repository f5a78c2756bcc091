// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/shortcutsdialog.h"

#include <QApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

// The shortcut sheet reads the window's menus: what it lists is what the menus hold.
class tst_ShortcutsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsEveryVisibleCommand();
    void searchFindsCommandsAndKeys();
};

namespace {

struct Window {
    QMainWindow window;
    QAction *hidden = nullptr;
    Window()
    {
        QMenu *file = window.menuBar()->addMenu(u"&File"_s);
        file->addAction(u"&Open…"_s)->setShortcut(QKeySequence::Open);
        file->addSeparator();
        QMenu *recent = file->addMenu(u"Open &Recent"_s);
        recent->addAction(u"demo.gatehouse"_s);
        file->addAction(u"&Quit"_s)->setShortcuts({QKeySequence(u"Ctrl+Q"_s), QKeySequence(u"Ctrl+W"_s)});
        QMenu *view = window.menuBar()->addMenu(u"&View"_s);
        view->addAction(u"&Accounts"_s)->setShortcut(QKeySequence(u"Ctrl+1"_s));
        view->addAction(u"Save && Close"_s);
        hidden = view->addAction(u"Secret"_s);
        hidden->setShortcut(QKeySequence(u"Ctrl+9"_s));
        hidden->setVisible(false);
        window.menuBar()->addMenu(u"&Empty"_s);
    }
};

QString key(const char *portable)
{
    return QKeySequence(QString::fromLatin1(portable)).toString(QKeySequence::NativeText);
}

} // namespace

void tst_ShortcutsDialog::listsEveryVisibleCommand()
{
    Window w;
    ShortcutsDialog dialog(w.window.menuBar());
    const QStringList expected = {
        u"File > Open\t"_s + QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText),
        u"File > Open Recent > demo.gatehouse\t"_s,
        u"File > Quit\t"_s + key("Ctrl+Q") + u", "_s + key("Ctrl+W"),
        u"View > Accounts\t"_s + key("Ctrl+1"),
        u"View > Save & Close\t"_s,
    };
    QCOMPARE(dialog.shownRows(), expected);

    // Read when opened: a shortcut changed since shows in the next sheet.
    w.hidden->setVisible(true);
    ShortcutsDialog again(w.window.menuBar());
    QVERIFY(again.shownRows().contains(u"View > Secret\t"_s + key("Ctrl+9")));
}

void tst_ShortcutsDialog::searchFindsCommandsAndKeys()
{
    Window w;
    ShortcutsDialog dialog(w.window.menuBar());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *search = dialog.findChild<QLineEdit *>();
    QVERIFY(search);
    QCOMPARE(QApplication::focusWidget(), search); // type at once

    QTest::keyClicks(search, u"quit"_s);
    QCOMPARE(dialog.shownRows(), QStringList{u"File > Quit\t"_s + key("Ctrl+Q") + u", "_s + key("Ctrl+W")});
    search->clear();
    QTest::keyClicks(search, key("Ctrl+1"));
    QCOMPARE(dialog.shownRows(), QStringList{u"View > Accounts\t"_s + key("Ctrl+1")});
    // A menu's name shows all of it.
    search->setText(u"view"_s);
    QCOMPARE(dialog.shownRows().size(), 2);
    search->setText(u"no such command"_s);
    QVERIFY(dialog.shownRows().isEmpty());
}

QTEST_MAIN(tst_ShortcutsDialog)
#include "tst_shortcutsdialog.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewtestsupport.h"
#include "views/adminactions.h"
#include "views/connectdialog.h"
#include "views/matrixpage.h"
#include "views/preferencesdialog.h"
#include "views/newreviewdialog.h"
#include "views/reviewpage.h"
#include "views/settingsdialog.h"
#include "views/shortcutsdialog.h"
#include "views/tokendialog.h"
#include "views/tokenspage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QTabBar>
#include <QTest>

#include <functional>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {
const QString Tester = u"local|tester"_s;

// What a screen reader says for a control: its accessible name, the text of the label that
// names it (QLabel::setBuddy), or a button's or tab bar's own text.
QString nameOf(QWidget *widget)
{
    if (!widget->accessibleName().isEmpty())
        return widget->accessibleName();
    for (QLabel *label : widget->window()->findChildren<QLabel *>()) {
        if (label->buddy() == widget)
            return label->text().remove(u'&').remove(u':').trimmed();
    }
    if (auto *button = qobject_cast<QAbstractButton *>(widget))
        return button->text().remove(u'&').trimmed();
    if (auto *tabs = qobject_cast<QTabBar *>(widget))
        return tabs->tabText(tabs->currentIndex()).remove(u'&').trimmed();
    return {};
}
} // namespace

// The main dialogs from the keyboard: Tab reaches every control once and comes back round,
// in reading order (top to bottom, left to right within a row), every control reached has
// a name a screen reader can say, and Escape closes the dialog.
class tst_DialogKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void tabReachesEveryControlInOrder_data();
    void tabReachesEveryControlInOrder();

private:
    QDialog *open(const QString &which);

    QTemporaryDir m_dir;
    QString m_url;
    ViewTest::Window m_ui;
};

void tst_DialogKeys::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ViewTest::isolateSettings(m_dir, u"tst_dialogkeys"_s);
    m_url = u"sqlite:"_s + m_dir.filePath(u"keys.gatehouse"_s);
    QVERIFY(ViewTest::createDemoDatabase(m_url, ViewTest::demoOptions(5, Tester)).ok());
}

void tst_DialogKeys::init()
{
    ViewTest::startCleanly();
    const Result<void> opened = ViewTest::openWindow(m_ui, m_url, Tester);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
}

void tst_DialogKeys::cleanup()
{
    m_ui.close();
}

// The dialog `show` opens, for actions that do not return it.
static QDialog *opened(const std::function<void()> &show)
{
    QList<QDialog *> before;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible())
            before.append(dialog);
    }
    show();
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QDialog *>(widget); dialog && dialog->isVisible() && !before.contains(dialog))
            return dialog;
    }
    return nullptr;
}

QDialog *tst_DialogKeys::open(const QString &which)
{
    AdminActions *actions = m_ui.window->adminActions();
    const Directory &directory = *m_ui.directory;
    if (which == u"new team")
        return actions->newTeam();
    if (which == u"edit team") {
        for (const Team &team : directory.teams()) {
            if (!team.isPublic)
                return actions->editTeam(team.id);
        }
    }
    if (which == u"edit account")
        return actions->editAccount(directory.accounts().at(3).id);
    if (which == u"new service account")
        return actions->newServiceAccount();
    if (which == u"new datastore")
        return actions->newDatastore();
    if (which == u"edit datastore")
        return actions->editDatastore(directory.datastores().at(2).id);
    if (which == u"delete team")
        return actions->deleteTeam(directory.teams().constLast().id);
    if (which == u"settings") {
        // Its fields wait for the stored settings, read from the database; until then the
        // dialog rests on Cancel.
        SettingsDialog *settings = m_ui.window->showSettings();
        if (!QTest::qWaitFor([settings] { return settings->isLoaded(); }))
            return nullptr;
        QCoreApplication::processEvents();
        return settings;
    }
    if (which == u"lookup")
        return m_ui.window->showLookup(EntityKind::Account, directory.accounts().at(3).id);
    if (which == u"new token")
        return m_ui.window->tokensPage()->newToken();
    if (which == u"new review")
        return m_ui.window->reviewPage()->newReview();
    if (which == u"changes since")
        return opened([this] { m_ui.window->matrixPage()->openChangesSince(); });
    if (which == u"compare")
        return opened([this] { m_ui.window->matrixPage()->openCompare(); });
    if (which == u"shortcuts")
        return opened([this] {
            auto *sheet = new ShortcutsDialog(m_ui.window->menuBar(), m_ui.window.get());
            sheet->setAttribute(Qt::WA_DeleteOnClose);
            sheet->show();
        });
    if (which == u"connect") {
        auto *dialog = new ConnectDialog(m_ui.window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return dialog;
    }
    if (which == u"preferences") {
        auto *dialog = new PreferencesDialog(m_ui.window.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        return dialog;
    }
    return nullptr;
}

void tst_DialogKeys::tabReachesEveryControlInOrder_data()
{
    QTest::addColumn<QString>("which");
    // The control the dialog opens on: the one a person came to fill in or change.
    QTest::addColumn<QString>("firstControl");
    QTest::newRow("new team") << u"new team"_s << u"Name"_s;
    QTest::newRow("edit team") << u"edit team"_s << u"Name"_s;
    QTest::newRow("edit account") << u"edit account"_s << u"Role"_s;
    QTest::newRow("new service account") << u"new service account"_s << u"Name"_s;
    QTest::newRow("new datastore") << u"new datastore"_s << u"Name"_s;
    QTest::newRow("edit datastore") << u"edit datastore"_s << u"Name"_s;
    QTest::newRow("connect") << u"connect"_s << u"Host"_s;
    QTest::newRow("preferences") << u"preferences"_s << u"Language"_s;
    QTest::newRow("delete team") << u"delete team"_s << u"Cancel"_s;
    QTest::newRow("settings") << u"settings"_s << u"Issuer"_s;
    QTest::newRow("lookup") << u"lookup"_s << u"Search datastores"_s;
    QTest::newRow("new token") << u"new token"_s << u"Name"_s;
    QTest::newRow("new review") << u"new review"_s << u"Title"_s;
    QTest::newRow("changes since") << u"changes since"_s << u"From"_s;
    QTest::newRow("compare") << u"compare"_s << u"Left account"_s;
    QTest::newRow("shortcuts") << u"shortcuts"_s << u"Search shortcuts"_s;
}

void tst_DialogKeys::tabReachesEveryControlInOrder()
{
    QFETCH(QString, which);
    QFETCH(QString, firstControl);
    QDialog *dialog = open(which);
    QVERIFY(dialog);
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog));
    // The dialog opens with focus on one of its controls.
    QTRY_VERIFY(QApplication::focusWidget() && dialog->isAncestorOf(QApplication::focusWidget()));
    QWidget *first = QApplication::focusWidget();
    QCOMPARE(nameOf(first), firstControl);

    // Walk the Tab chain until it comes back to the first control. A table that keeps Tab
    // for its cells, or a first control Tab never returns to, would trap or lose the user.
    QList<QWidget *> chain{first};
    for (int step = 0; step < 80; ++step) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        QVERIFY(now);
        // A date and time field takes Tab from one part to the next (year, month, day…)
        // and passes it on after its last part.
        if (now == before && qobject_cast<QDateTimeEdit *>(now))
            continue;
        if (now == first)
            break;
        QVERIFY2(!chain.contains(now),
                 qPrintable(u"Tab goes round without the first control, from %1 \"%2\" back to %3 \"%4\""_s.arg(
                     QString::fromLatin1(chain.last()->metaObject()->className()),
                     QAccessible::queryAccessibleInterface(chain.last())->text(QAccessible::Name),
                     QString::fromLatin1(now->metaObject()->className()),
                     QAccessible::queryAccessibleInterface(now)->text(QAccessible::Name))));
        chain.append(now);
    }
    QCOMPARE(QApplication::focusWidget(), first);

    // Every control a mouse could use is in the chain. A combo box's or spin box's own line
    // edit counts as the box.
    const auto controlOf = [dialog](QWidget *widget) {
        for (QWidget *w = widget; w && w != dialog; w = w->parentWidget()) {
            if (qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QAbstractItemView *>(w))
                return w;
        }
        return widget;
    };
    QList<QWidget *> reached;
    for (QWidget *widget : std::as_const(chain))
        reached.append(controlOf(widget));
    for (QWidget *widget : dialog->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractButton *>(widget)
            || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractSpinBox *>(widget)
            || qobject_cast<QAbstractItemView *>(widget);
        if (!control || !widget->isVisibleTo(dialog) || !widget->isEnabled() || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        if (controlOf(widget) != widget)
            continue; // inside a combo box or a list: reached through it
        QVERIFY2(reached.contains(widget),
                 qPrintable(u"%1 \"%2\" is not reachable with Tab"_s.arg(
                     QString::fromLatin1(widget->metaObject()->className()), nameOf(widget))));
    }

    // Reading order: each next control starts lower, or on the same row further right, and
    // the cycle turns back up once, from the last control to the first. (The dialog may open
    // on a control further down, e.g. the field that needs typing.) The buttons of the last
    // row and controls in one row of a form may share a top.
    const auto describe = [dialog](QWidget *widget) {
        const QPoint at = widget->mapTo(dialog, QPoint(0, 0));
        return u"%1 \"%2\" at (%3,%4)"_s.arg(QString::fromLatin1(widget->metaObject()->className()),
                                              QAccessible::queryAccessibleInterface(widget)->text(QAccessible::Name))
            .arg(at.x())
            .arg(at.y());
    };
    QStringList backwards;
    for (qsizetype i = 0; i < chain.size() && chain.size() > 1; ++i) {
        QWidget *from = chain.at(i);
        QWidget *to = chain.at((i + 1) % chain.size());
        const QPoint a = from->mapTo(dialog, QPoint(0, 0));
        const QPoint b = to->mapTo(dialog, QPoint(0, 0));
        const int rowTolerance = from->height() / 2;
        const bool lower = b.y() > a.y() + rowTolerance;
        const bool sameRowRight = std::abs(b.y() - a.y()) <= rowTolerance && b.x() > a.x();
        if (!lower && !sameRowRight)
            backwards.append(describe(from) + u" to "_s + describe(to));
    }
    QVERIFY2(chain.size() == 1 || backwards.size() == 1,
             qPrintable(u"Tab goes back up %1 times: %2"_s.arg(backwards.size()).arg(backwards.join(u"; "_s))));

    // Each control has a name to be read out: its own, its label's or its text. (On Linux a
    // combo box reports its current text as its accessible name, so the widget's own name or
    // its label is what is checked.)
    for (QWidget *widget : std::as_const(reached))
        QVERIFY2(!nameOf(widget).isEmpty(),
                 qPrintable(u"a %1 without an accessible name"_s.arg(QString::fromLatin1(widget->metaObject()->className()))));

    // Escape closes it.
    QPointer<QDialog> guard(dialog);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!guard || !guard->isVisible());
}

QTEST_MAIN(tst_DialogKeys)
#include "tst_dialogkeys.moc"

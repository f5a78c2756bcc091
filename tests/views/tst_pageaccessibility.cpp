// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's pages to a screen reader: every control one can reach with Tab says
// what it is (an accessible name, or a label that is its buddy), and a button that shows
// only an icon says it in a tooltip too. Also the icons the pages show beyond buttons and
// menus: the account types in the table, and the warning and sign-in pictures, which
// follow a change of palette and are made for the window's device pixel ratio.
//
// The test runs at a device pixel ratio of 2 (QT_SCALE_FACTOR, set before the application
// starts), as on a high-DPI screen.
#include "viewtestsupport.h"

#include "models/accounttablemodel.h"
#include "views/appearance.h"
#include "views/connectionbanner.h"
#include "views/detailspane.h"
#include "views/iconset.h"
#include "views/myaccesspage.h"
#include "views/noaccesspage.h"
#include "views/paletteiconengine.h"
#include "views/signinpage.h"
#include "views/tablepage.h"
#include "views/tokenspage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

const QString Tester = u"local|tester"_s;

// How a widget is called in a failure message: its class, object name and where it sits.
QString describe(const QWidget *widget)
{
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u" \""_s + widget->objectName() + u'"';
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty()) {
            text += u" in "_s + QString::fromLatin1(parent->metaObject()->className()) + u" \""_s
                    + parent->objectName() + u'"';
            break;
        }
    }
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        text += u" placeholder \""_s + edit->placeholderText() + u'"';
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        text += u" showing \""_s + combo->currentText() + u'"';
    if (!widget->toolTip().isEmpty())
        text += u" tooltip \""_s + widget->toolTip() + u'"';
    return text;
}

// The controls a user reaches with Tab and that need a name: fields, lists and tables, and
// buttons whose text does not say it. The parts Qt builds into a combo box or a spin box are
// named through their owner.
bool needsName(const QWidget *widget)
{
    if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
        return false;
    const QWidget *parent = widget->parentWidget();
    if (qobject_cast<const QComboBox *>(parent) || qobject_cast<const QAbstractSpinBox *>(parent))
        return false;
    if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
        return button->text().isEmpty();
    return qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
           || qobject_cast<const QAbstractSpinBox *>(widget) || qobject_cast<const QAbstractItemView *>(widget);
}

// Names and tooltips missing from the controls shown in `window` now.
QStringList unnamedControls(QWidget *window)
{
    QSet<const QWidget *> buddies;
    for (const QLabel *label : window->findChildren<QLabel *>()) {
        if (label->buddy() && !label->text().isEmpty())
            buddies.insert(label->buddy());
    }
    QStringList missing;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (!needsName(widget))
            continue;
        if (widget->accessibleName().trimmed().isEmpty() && !buddies.contains(widget))
            missing.append(u"no name: "_s + describe(widget));
        if (qobject_cast<QAbstractButton *>(widget) && widget->toolTip().isEmpty())
            missing.append(u"icon-only button without tooltip: "_s + describe(widget));
    }
    return missing;
}

// The colours of the label's pixmap where it is fully opaque.
QSet<QRgb> opaqueColours(const QLabel *label)
{
    const QImage image = label->pixmap().toImage().convertToFormat(QImage::Format_ARGB32);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) == 255)
                colours.insert(image.pixel(x, y) & 0xffffffu);
        }
    }
    return colours;
}

QLabel *pictureOf(QWidget *page)
{
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->pixmap().isNull())
            return label;
    }
    return nullptr;
}

} // namespace

class tst_PageAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyPageNamesItsControls();
    void memberAreaNamesItsControls();
    void sideListAndDetailsAreNamed();
    void accountTypesUseTheIconSet();
    void pagePicturesFollowPaletteAndRatio_data();
    void pagePicturesFollowPaletteAndRatio();
    void bannerIconKeepsItsContrast();

private:
    QTemporaryDir m_dir;
    QString m_url;
    ViewTest::Window m_ui;
};

void tst_PageAccessibility::initTestCase()
{
    QVERIFY(m_dir.isValid());
    ViewTest::isolateSettings(m_dir, u"tst_pageaccessibility"_s);
    m_url = u"sqlite:"_s + m_dir.filePath(u"demo.gatehouse"_s);
    QVERIFY(ViewTest::createDemoDatabase(m_url, ViewTest::demoOptions(17, Tester)).ok());
    QCOMPARE(qApp->devicePixelRatio(), 2.0);
}

void tst_PageAccessibility::init()
{
    ViewTest::startCleanly();
    QApplication::setPalette(Appearance::lightPalette());
    QVERIFY(ViewTest::openWindow(m_ui, m_url, Tester).ok());
}

void tst_PageAccessibility::cleanup()
{
    m_ui.close();
    QApplication::setPalette(Appearance::lightPalette());
}

void tst_PageAccessibility::everyPageNamesItsControls()
{
    // Given the window on the demo organisation, every page of the side list in turn
    auto *navigation = m_ui.window->findChild<QListWidget *>();
    QVERIFY(navigation);
    QVERIFY(navigation->count() >= 9);
    QStringList missing;
    for (int row = 0; row < navigation->count(); ++row) {
        if (navigation->item(row)->isHidden())
            continue;
        navigation->setCurrentRow(row);
        QCoreApplication::processEvents();
        // A selected row fills the details pane beside the tables.
        if (row < 3) {
            TablePage *page = m_ui.window->page(EntityKind(row));
            page->view()->setCurrentIndex(page->view()->model()->index(0, 0));
            QCoreApplication::processEvents();
        }
        // Then every control on it one can Tab to has a name
        for (const QString &problem : unnamedControls(m_ui.window.get()))
            missing.append(navigation->item(row)->text() + u": "_s + problem);
    }
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

void tst_PageAccessibility::memberAreaNamesItsControls()
{
    // Given a Member, who sees only their own access and tokens
    QString member;
    for (const Account &account : m_ui.directory->accounts()) {
        if (account.role == Role::Member && account.isActive() && account.type == AccountType::Human
            && !account.subject.isEmpty()) {
            member = account.subject;
            break;
        }
    }
    QVERIFY(!member.isEmpty());
    m_ui.window->setActingSubject(member);
    QTRY_VERIFY(m_ui.window->myAccessPage()->isVisible());
    QStringList missing = unnamedControls(m_ui.window.get());
    // Then both tabs name their controls
    m_ui.window->showTokens();
    QTRY_VERIFY(m_ui.window->tokensPage()->isVisible());
    missing += unnamedControls(m_ui.window.get());
    missing.removeDuplicates();
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
}

void tst_PageAccessibility::sideListAndDetailsAreNamed()
{
    auto *navigation = m_ui.window->findChild<QListWidget *>();
    QVERIFY(navigation);
    QVERIFY(!navigation->accessibleName().isEmpty());
    QVERIFY(!navigation->accessibleDescription().isEmpty());
    // The details pane beside the tables, a region of its own.
    auto *details = m_ui.window->findChild<DetailsPane *>();
    QVERIFY(details);
    QVERIFY(!details->accessibleName().isEmpty());
}

void tst_PageAccessibility::accountTypesUseTheIconSet()
{
    m_ui.window->setCurrentPage(EntityKind::Account);
    const QAbstractItemModel *model = m_ui.window->page(EntityKind::Account)->model();
    QSet<QString> names;
    for (int row = 0; row < model->rowCount(); ++row)
        names.insert(model->index(row, AccountTableModel::TypeColumn).data(Qt::DecorationRole).value<QIcon>().name());
    QCOMPARE(names, (QSet<QString>{u"account-human"_s, u"account-service"_s}));
}

void tst_PageAccessibility::pagePicturesFollowPaletteAndRatio_data()
{
    QTest::addColumn<QString>("page");
    QTest::addRow("no access") << u"noAccess"_s;
    QTest::addRow("sign in") << u"signIn"_s;
}

void tst_PageAccessibility::pagePicturesFollowPaletteAndRatio()
{
    QFETCH(QString, page);
    // Tests have no application icon: the sign-in page shows the set's SignIn.
    QVERIFY(QGuiApplication::windowIcon().isNull());
    QWidget *shown = nullptr;
    if (page == u"noAccess"_s) {
        m_ui.window->setActingSubject(u"local|stranger"_s);
        shown = m_ui.window->noAccessPage();
    } else {
        m_ui.window->requireSignIn(u"https://login.example.com"_s);
        shown = m_ui.window->signInPage();
    }
    QTRY_VERIFY(shown->isVisible());
    QLabel *picture = pictureOf(shown);
    QVERIFY(picture);

    // Made for the screen: twice the pixels at a ratio of 2, the same logical size.
    QCOMPARE(picture->pixmap().devicePixelRatio(), picture->devicePixelRatioF());
    QCOMPARE(picture->pixmap().width(), qRound(picture->pixmap().deviceIndependentSize().width() * 2));
    const QSet<QRgb> light = opaqueColours(picture);
    const QRgb lightText = Appearance::lightPalette().color(QPalette::WindowText).rgb() & 0xffffffu;
    QVERIFY2(light.contains(lightText), "the picture is drawn in the palette's text colour");

    // When the scheme turns dark, the picture follows by itself
    QApplication::setPalette(Appearance::darkPalette());
    QCoreApplication::processEvents();
    const QSet<QRgb> dark = opaqueColours(picture);
    const QRgb darkText = Appearance::darkPalette().color(QPalette::WindowText).rgb() & 0xffffffu;
    QVERIFY2(dark.contains(darkText), "the picture follows the dark palette");
    QVERIFY(!dark.contains(lightText));
    QCOMPARE(picture->pixmap().devicePixelRatio(), 2.0);
}

void tst_PageAccessibility::bannerIconKeepsItsContrast()
{
    auto *banner = m_ui.window->findChild<ConnectionBanner *>();
    QVERIFY(banner);
    banner->showDisconnected(u"db.example.com/org"_s, makeError(Error::Code::Unavailable, u"gone"_s));
    QLabel *picture = pictureOf(banner);
    QVERIFY(picture);
    // The banner keeps its amber in both schemes: its icon keeps the banner's dark text
    // colour, never the dark palette's light one.
    QApplication::setPalette(Appearance::darkPalette());
    QCoreApplication::processEvents();
    const QSet<QRgb> colours = opaqueColours(picture);
    QCOMPARE(colours, (QSet<QRgb>{QColor(0x3b, 0x2f, 0x00).rgb() & 0xffffffu}));
    QCOMPARE(picture->pixmap().devicePixelRatio(), 2.0);
}

int main(int argc, char *argv[])
{
    // Before the application exists: the high-DPI case is the one worth testing.
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    tst_PageAccessibility test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_pageaccessibility.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/appearance.h"
#include "views/preferencesdialog.h"

#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

// Edit → Preferences…: what it saves, what applies at once, the colours it offers, and that
// it works from the keyboard alone.
class tst_PreferencesDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void darkAppliesAtOnceAndIsRemembered();
    void systemGoesBackToThePlatformPalette();
    void cancelChangesNothing();
    void languageIsSavedForTheNextStart();
    void keyboardOnly();
    void palettesAreLegible_data();
    void palettesAreLegible();
    void problemTextFollowsTheScheme();

private:
    QTemporaryDir m_dir;
    QPalette m_platform;
};

namespace {

QComboBox *combo(PreferencesDialog &dialog, const QString &accessibleName)
{
    for (QComboBox *box : dialog.findChildren<QComboBox *>()) {
        if (box->accessibleName() == accessibleName)
            return box;
    }
    return nullptr;
}

} // namespace

void tst_PreferencesDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCoreApplication::setOrganizationName(u"GatehouseTest"_s);
    QCoreApplication::setApplicationName(u"tst_preferencesdialog"_s);
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.filePath(u"settings"_s));
    m_platform = QApplication::palette();
}

void tst_PreferencesDialog::init()
{
    QSettings().clear();
    Appearance::apply(ColourScheme::System);
}

void tst_PreferencesDialog::darkAppliesAtOnceAndIsRemembered()
{
    QVERIFY(!Appearance::isDark(QApplication::palette()));
    PreferencesDialog dialog;
    dialog.setColourScheme(ColourScheme::Dark);
    dialog.accept();
    QVERIFY(Appearance::isDark(QApplication::palette()));
    QCOMPARE(QApplication::palette().color(QPalette::Window), Appearance::darkPalette().color(QPalette::Window));
    QCOMPARE(Appearance::saved(), ColourScheme::Dark);

    // The next dialog shows what is in force.
    PreferencesDialog again;
    QCOMPARE(again.colourScheme(), ColourScheme::Dark);
}

void tst_PreferencesDialog::systemGoesBackToThePlatformPalette()
{
    Appearance::apply(ColourScheme::Dark);
    PreferencesDialog dialog;
    dialog.setColourScheme(ColourScheme::System);
    dialog.accept();
    QCOMPARE(QApplication::palette().color(QPalette::Window), m_platform.color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::Text), m_platform.color(QPalette::Text));
    QCOMPARE(Appearance::saved(), ColourScheme::System);
    QVERIFY(!QSettings().contains(u"appearance"_s));
}

void tst_PreferencesDialog::cancelChangesNothing()
{
    PreferencesDialog dialog;
    QSignalSpy changed(&dialog, &PreferencesDialog::languageChanged);
    dialog.setColourScheme(ColourScheme::Dark);
    dialog.setLanguage(u"fr"_s);
    dialog.reject();
    QVERIFY(!Appearance::isDark(QApplication::palette()));
    QCOMPARE(Appearance::saved(), ColourScheme::System);
    QCOMPARE(PreferencesDialog::savedLanguage(), QString());
    QCOMPARE(changed.count(), 0);
}

void tst_PreferencesDialog::languageIsSavedForTheNextStart()
{
    PreferencesDialog dialog;
    QSignalSpy changed(&dialog, &PreferencesDialog::languageChanged);
    QLabel *note = nullptr;
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (label->text().contains(u"next time"_s))
            note = label;
    }
    QVERIFY(note);
    QVERIFY(note->isHidden());
    dialog.setLanguage(u"de"_s);
    QVERIFY(!note->isHidden()); // said before OK, not discovered after
    dialog.accept();
    QCOMPARE(PreferencesDialog::savedLanguage(), u"de"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), u"de"_s);

    // Back to the system's language: the key goes, nothing is pinned.
    PreferencesDialog back;
    QCOMPARE(back.language(), u"de"_s);
    back.setLanguage(QString());
    back.accept();
    QVERIFY(!QSettings().contains(u"language"_s));
}

void tst_PreferencesDialog::keyboardOnly()
{
    PreferencesDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    QComboBox *language = combo(dialog, u"Language"_s);
    QComboBox *scheme = combo(dialog, u"Colour scheme"_s);
    QVERIFY(language && scheme);
    QVERIFY(!language->accessibleDescription().isEmpty());
    QVERIFY(!scheme->accessibleDescription().isEmpty());
    QCOMPARE(QApplication::focusWidget(), language);

    // Tab order: language, colour scheme, then the buttons.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), scheme);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(qobject_cast<QPushButton *>(QApplication::focusWidget()));

    // The mnemonic of the label reaches its field; arrows choose; Enter is OK.
    QTest::keyClick(&dialog, Qt::Key_C, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), scheme);
    QTest::keyClick(scheme, Qt::Key_Down);
    QTest::keyClick(scheme, Qt::Key_Down);
    QCOMPARE(dialog.colourScheme(), ColourScheme::Dark);
    QTest::keyClick(scheme, Qt::Key_Return);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Appearance::saved(), ColourScheme::Dark);
}

void tst_PreferencesDialog::palettesAreLegible_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addRow("light") << Appearance::lightPalette();
    QTest::addRow("dark") << Appearance::darkPalette();
}

void tst_PreferencesDialog::palettesAreLegible()
{
    QFETCH(QPalette, palette);
    // WCAG 2: 4.5:1 for text, 7:1 for the body text people read all day.
    const auto ratio = [&](QPalette::ColorRole fg, QPalette::ColorRole bg) {
        return Appearance::contrast(palette.color(fg), palette.color(bg));
    };
    QVERIFY(ratio(QPalette::Text, QPalette::Base) >= 7);
    QVERIFY(ratio(QPalette::WindowText, QPalette::Window) >= 7);
    QVERIFY(ratio(QPalette::ButtonText, QPalette::Button) >= 4.5);
    QVERIFY(ratio(QPalette::HighlightedText, QPalette::Highlight) >= 4.5);
    QVERIFY(ratio(QPalette::PlaceholderText, QPalette::Base) >= 4.5);
    QVERIFY(ratio(QPalette::ToolTipText, QPalette::ToolTipBase) >= 7);
    QVERIFY(ratio(QPalette::Link, QPalette::Base) >= 4.5);
    const QColor base = palette.color(QPalette::Base);
    QVERIFY(Appearance::contrast(Appearance::positiveText(palette), base) >= 4.5);
    QVERIFY(Appearance::contrast(Appearance::negativeText(palette), base) >= 4.5);
    // Problems are also shown on the window's background (labels in dialogs).
    QVERIFY(Appearance::contrast(Appearance::negativeText(palette), palette.color(QPalette::Window)) >= 4.5);
    QVERIFY(Appearance::contrast(Appearance::positiveText(palette), palette.color(QPalette::Window)) >= 4.5);
    // Disabled text stays readable, yet differs from enabled text.
    QVERIFY(Appearance::contrast(palette.color(QPalette::Disabled, QPalette::Text), base) >= 3);
    QVERIFY(palette.color(QPalette::Disabled, QPalette::Text) != palette.color(QPalette::Text));
}

void tst_PreferencesDialog::problemTextFollowsTheScheme()
{
    // A field's problem, shown in a dialog, then the scheme changes while it is open.
    QLabel problem(u"The name is already taken."_s);
    Appearance::showAsProblem(&problem);
    Appearance::apply(ColourScheme::Dark);
    QTRY_COMPARE(problem.palette().color(QPalette::WindowText), Appearance::negativeText(Appearance::darkPalette()));
    QCOMPARE(problem.palette().color(QPalette::Window), Appearance::darkPalette().color(QPalette::Window));
    Appearance::apply(ColourScheme::Light);
    QTRY_COMPARE(problem.palette().color(QPalette::WindowText), Appearance::negativeText(Appearance::lightPalette()));
    QCOMPARE(problem.palette().color(QPalette::Window), Appearance::lightPalette().color(QPalette::Window));
    QVERIFY(Appearance::negativeText(Appearance::darkPalette()) != Appearance::negativeText(Appearance::lightPalette()));
}

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_preferencesdialog.moc"

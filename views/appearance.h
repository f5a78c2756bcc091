// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

class QWidget;

namespace Gatehouse {

// Light or dark. Qt 6.4 has no colour-scheme API, so "System" keeps the platform's own
// palette and style (whatever the desktop says through them); Light and Dark use the Fusion
// style with Gatehouse's palettes, the same on every desktop.
enum class ColourScheme { System, Light, Dark };

class Appearance
{
public:
    // The choice as saved in the settings ("appearance": system, light, dark).
    static QString key(ColourScheme scheme);
    static ColourScheme fromKey(const QString &key);
    static ColourScheme saved();
    static void save(ColourScheme scheme);

    // Applies to the running application. The platform's palette and style are noted the
    // first time, so System can go back to them later.
    static void apply(ColourScheme scheme);
    static ColourScheme current();

    static QPalette lightPalette();
    static QPalette darkPalette();
    // Dark when the window background is darker than the text on it.
    static bool isDark(const QPalette &palette);

    // Text for good and bad news (granted/revoked, pass/fail), with enough contrast on the
    // palette's Base in both schemes. Never the only sign: the text says it too.
    static QColor positiveText(const QPalette &palette);
    static QColor negativeText(const QPalette &palette);
    // Shows a label's text as a problem (the negative colour), now and after any change of
    // scheme.
    static void showAsProblem(QWidget *label, bool bold = false);
    // Contrast ratio of two colours as WCAG 2 defines it, 1 (none) to 21.
    static double contrast(const QColor &a, const QColor &b);
};

} // namespace Gatehouse

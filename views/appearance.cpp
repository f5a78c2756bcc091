// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/appearance.h"

#include "models/newscolours.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

constexpr auto SettingsKey = "appearance";

struct Platform {
    bool noted = false;
    QPalette palette;
    QString style;
    ColourScheme current = ColourScheme::System;
};

Platform &platform()
{
    static Platform state;
    return state;
}

void notePlatform()
{
    Platform &state = platform();
    if (state.noted)
        return;
    state.noted = true;
    state.palette = QApplication::palette();
    state.style = QApplication::style() ? QApplication::style()->name() : QString();
}

void setStyle(const QString &name)
{
    if (QApplication::style() && QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style);
}

// Relative luminance as WCAG 2 defines it.
double luminance(const QColor &colour)
{
    const auto channel = [](float c) {
        return c <= 0.03928f ? double(c) / 12.92 : std::pow((double(c) + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF());
}

// Keeps a label in the negative colour of the application palette in force: the label's
// own palette is set, so it no longer inherits a change of scheme by itself.
class ProblemColour : public QObject
{
public:
    explicit ProblemColour(QWidget *label) : QObject(label) {}
    static void apply(QWidget *label)
    {
        QPalette palette = QApplication::palette(label);
        const QColor colour = negativeTextColour(palette);
        palette.setColor(QPalette::WindowText, colour);
        palette.setColor(QPalette::Text, colour);
        label->setPalette(palette);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::ApplicationPaletteChange)
            apply(static_cast<QWidget *>(watched));
        return false;
    }
};

} // namespace

double Appearance::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString Appearance::key(ColourScheme scheme)
{
    switch (scheme) {
    case ColourScheme::Light: return u"light"_s;
    case ColourScheme::Dark: return u"dark"_s;
    case ColourScheme::System: break;
    }
    return u"system"_s;
}

ColourScheme Appearance::fromKey(const QString &key)
{
    if (key == u"light")
        return ColourScheme::Light;
    if (key == u"dark")
        return ColourScheme::Dark;
    return ColourScheme::System;
}

ColourScheme Appearance::saved()
{
    return fromKey(QSettings().value(QLatin1StringView(SettingsKey)).toString());
}

void Appearance::save(ColourScheme scheme)
{
    QSettings settings;
    if (scheme == ColourScheme::System)
        settings.remove(QLatin1StringView(SettingsKey));
    else
        settings.setValue(QLatin1StringView(SettingsKey), key(scheme));
}

void Appearance::apply(ColourScheme scheme)
{
    notePlatform();
    Platform &state = platform();
    state.current = scheme;
    switch (scheme) {
    case ColourScheme::System:
        if (!state.style.isEmpty())
            setStyle(state.style);
        QApplication::setPalette(state.palette);
        return;
    case ColourScheme::Light:
        setStyle(u"Fusion"_s);
        QApplication::setPalette(lightPalette());
        return;
    case ColourScheme::Dark:
        setStyle(u"Fusion"_s);
        QApplication::setPalette(darkPalette());
        return;
    }
}

ColourScheme Appearance::current()
{
    return platform().current;
}

namespace {

// One scheme: a colour per role, then the disabled text and selection.
struct Scheme {
    std::initializer_list<std::pair<QPalette::ColorRole, QRgb>> colours;
    QRgb disabledText;
    QRgb disabledHighlight;
};

QPalette paletteOf(const Scheme &scheme)
{
    QPalette p;
    for (const auto &[role, rgb] : scheme.colours)
        p.setColor(role, QColor(rgb));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(scheme.disabledText));
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(scheme.disabledHighlight));
    return p;
}

} // namespace

QPalette Appearance::lightPalette()
{
    // Colours per role; then the disabled text and the disabled selection.
    return paletteOf({{
        {QPalette::Window, 0xf3f4f6},
        {QPalette::WindowText, 0x1f2328},
        {QPalette::Base, 0xffffff},
        {QPalette::AlternateBase, 0xf6f8fa},
        {QPalette::ToolTipBase, 0xffffe8},
        {QPalette::ToolTipText, 0x1f2328},
        {QPalette::PlaceholderText, 0x6a737d},
        {QPalette::Text, 0x1f2328},
        {QPalette::Button, 0xeaecef},
        {QPalette::ButtonText, 0x1f2328},
        {QPalette::BrightText, 0xffffff},
        {QPalette::Light, 0xffffff},
        {QPalette::Midlight, 0xe1e4e8},
        {QPalette::Mid, 0xb8bec5},
        {QPalette::Dark, 0x8c959f},
        {QPalette::Shadow, 0x50555c},
        {QPalette::Highlight, 0x1f6fd0},
        {QPalette::HighlightedText, 0xffffff},
        {QPalette::Link, 0x055fc5},
        {QPalette::LinkVisited, 0x6f42c1},
                     },
                     0x8a9199, 0xc8cdd3});
}

QPalette Appearance::darkPalette()
{
    // Colours per role; then the disabled text and the disabled selection.
    return paletteOf({{
        {QPalette::Window, 0x22252a},
        {QPalette::WindowText, 0xe6e8eb},
        {QPalette::Base, 0x1a1c20},
        {QPalette::AlternateBase, 0x24272c},
        {QPalette::ToolTipBase, 0x30343a},
        {QPalette::ToolTipText, 0xe6e8eb},
        {QPalette::PlaceholderText, 0x8b949e},
        {QPalette::Text, 0xe6e8eb},
        {QPalette::Button, 0x2d3137},
        {QPalette::ButtonText, 0xe6e8eb},
        {QPalette::BrightText, 0xffffff},
        {QPalette::Light, 0x3a3f46},
        {QPalette::Midlight, 0x33373d},
        {QPalette::Mid, 0x26292e},
        {QPalette::Dark, 0x16181b},
        {QPalette::Shadow, 0x0b0c0e},
        {QPalette::Highlight, 0x1f6fd0},
        {QPalette::HighlightedText, 0xffffff},
        {QPalette::Link, 0x58a6ff},
        {QPalette::LinkVisited, 0xbc8cff},
                     },
                     0x6e7681, 0x3a3f46});
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor Appearance::positiveText(const QPalette &palette)
{
    return positiveTextColour(palette);
}

QColor Appearance::negativeText(const QPalette &palette)
{
    return negativeTextColour(palette);
}

void Appearance::showAsProblem(QWidget *label, bool bold)
{
    // A style sheet would fix one colour for good; the palette role follows the scheme.
    QFont font = label->font();
    font.setBold(bold);
    label->setFont(font);
    label->installEventFilter(new ProblemColour(label));
    ProblemColour::apply(label);
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/appearance.h"

#include <QApplication>
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

QPalette Appearance::lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf3, 0xf4, 0xf6));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8));
    p.setColor(QPalette::ToolTipText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::PlaceholderText, QColor(0x6a, 0x73, 0x7d));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xea, 0xec, 0xef));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Light, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Midlight, QColor(0xe1, 0xe4, 0xe8));
    p.setColor(QPalette::Mid, QColor(0xb8, 0xbe, 0xc5));
    p.setColor(QPalette::Dark, QColor(0x8c, 0x95, 0x9f));
    p.setColor(QPalette::Shadow, QColor(0x50, 0x55, 0x5c));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xd0));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x05, 0x5f, 0xc5));
    p.setColor(QPalette::LinkVisited, QColor(0x6f, 0x42, 0xc1));
    const QColor disabled(0x8a, 0x91, 0x99);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0xc8, 0xcd, 0xd3));
    return p;
}

QPalette Appearance::darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x22, 0x25, 0x2a));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Base, QColor(0x1a, 0x1c, 0x20));
    p.setColor(QPalette::AlternateBase, QColor(0x24, 0x27, 0x2c));
    p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x34, 0x3a));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x94, 0x9e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::Button, QColor(0x2d, 0x31, 0x37));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xe8, 0xeb));
    p.setColor(QPalette::BrightText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x46));
    p.setColor(QPalette::Midlight, QColor(0x33, 0x37, 0x3d));
    p.setColor(QPalette::Mid, QColor(0x26, 0x29, 0x2e));
    p.setColor(QPalette::Dark, QColor(0x16, 0x18, 0x1b));
    p.setColor(QPalette::Shadow, QColor(0x0b, 0x0c, 0x0e));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xd0));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xbc, 0x8c, 0xff));
    const QColor disabled(0x6e, 0x76, 0x81);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3f, 0x46));
    return p;
}

bool Appearance::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor Appearance::positiveText(const QPalette &palette)
{
    // Green for light, a lighter green for dark: both above 4.5:1 on their Base.
    return isDark(palette) ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
}

QColor Appearance::negativeText(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x28);
}

} // namespace Gatehouse

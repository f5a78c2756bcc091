// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/newscolours.h"

#include <QGuiApplication>

namespace Gatehouse {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

} // namespace

QColor positiveTextColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0x56, 0xd3, 0x64) : QColor(0x1a, 0x7f, 0x37);
}

QColor negativeTextColour(const QPalette &palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xb3, 0x1d, 0x28);
}

QColor positiveTextColour()
{
    return positiveTextColour(QGuiApplication::palette());
}

QColor negativeTextColour()
{
    return negativeTextColour(QGuiApplication::palette());
}

} // namespace Gatehouse

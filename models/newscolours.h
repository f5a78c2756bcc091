// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

namespace Gatehouse {

// Text colours for good and bad news (access gained/lost, keep/revoke, a problem with a
// field), legible on the palette's Base in light and dark schemes alike (WCAG 4.5:1).
// Never the only sign: the text says the same. Read the application palette when painting,
// so a change of scheme shows at the next repaint.
QColor positiveTextColour(const QPalette &palette);
QColor negativeTextColour(const QPalette &palette);
// The same for the application's current palette.
QColor positiveTextColour();
QColor negativeTextColour();

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reports/leveldistribution.h"

#include <QColor>
#include <QImage>
#include <QRectF>

class QPainter;

namespace Gatehouse {

// Horizontal bars, one per level (LevelDistribution::chartLevels()), each with the level's
// name, its count and share written beside it: readable without telling colours apart
// and in black-and-white print. Colours are the Okabe-Ito palette (colour-blind safe).
class LevelChart
{
public:
    static QColor colour(Level level);

    // Paints into `area` with fonts sized from it; the painter's state is restored.
    static void paint(QPainter &painter, const QRectF &area, const LevelDistribution &distribution);

    // The chart on a white image of `logicalSize` times `scale` pixels (sharp in print).
    static QImage image(const LevelDistribution &distribution, QSize logicalSize, qreal scale = 3.0);
    // An image as PNG bytes.
    static QByteArray png(const QImage &image);

    // "12,345 (3.2%)": the text written beside a bar.
    static QString countText(qint64 count, qint64 total);
};

} // namespace Gatehouse

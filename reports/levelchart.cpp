// SPDX-License-Identifier: GPL-3.0-or-later
#include "reports/levelchart.h"

#include <QBuffer>
#include <QLocale>
#include <QPainter>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

QColor LevelChart::colour(Level level)
{
    switch (level) {
    case Level::Admin: return QColor(0xd5, 0x5e, 0x00);    // vermillion
    case Level::Editor: return QColor(0x00, 0x72, 0xb2);   // blue
    case Level::Author: return QColor(0x00, 0x9e, 0x73);   // bluish green
    case Level::Drafter: return QColor(0xe6, 0x9f, 0x00);  // orange
    case Level::Viewer: return QColor(0x56, 0xb4, 0xe9);   // sky blue
    case Level::Reporter: return QColor(0xcc, 0x79, 0xa7); // reddish purple
    case Level::None: break;
    }
    return QColor(0xbb, 0xbb, 0xbb);
}

QString LevelChart::countText(qint64 count, qint64 total)
{
    const QLocale english(QLocale::English);
    QString text = english.toString(count);
    if (total > 0)
        text += u" ("_s + english.toString(100.0 * double(count) / double(total), 'f', 1) + u"%)"_s;
    return text;
}

void LevelChart::paint(QPainter &painter, const QRectF &area, const LevelDistribution &distribution)
{
    const auto &levels = LevelDistribution::chartLevels();
    const qint64 withAccess = distribution.withAccess();
    qint64 largest = 1;
    for (Level level : levels)
        largest = std::max(largest, distribution.count(level));

    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal rowHeight = area.height() / qreal(levels.size());
    const qreal barHeight = rowHeight * 0.68;
    QFont font = painter.font();
    font.setPixelSize(std::max(1, int(rowHeight * 0.42)));
    painter.setFont(font);
    const qreal labelWidth = area.width() * 0.16;
    const qreal countWidth = area.width() * 0.24;
    const qreal gap = rowHeight * 0.3;
    const qreal barSpace = area.width() - labelWidth - countWidth - 2 * gap;

    for (size_t i = 0; i < levels.size(); ++i) {
        const Level level = levels.at(i);
        const qint64 count = distribution.count(level);
        const qreal top = area.top() + qreal(i) * rowHeight;
        const QRectF label(area.left(), top, labelWidth, rowHeight);
        painter.setPen(Qt::black);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, levelName(level));

        const qreal length = count > 0 ? std::max(barSpace * qreal(count) / qreal(largest), 1.5) : 0.0;
        const QRectF bar(label.right() + gap, top + (rowHeight - barHeight) / 2, length, barHeight);
        if (length > 0) {
            painter.setPen(QPen(colour(level).darker(140), std::max(1.0, rowHeight * 0.03)));
            painter.setBrush(colour(level));
            painter.drawRect(bar);
        }
        painter.setPen(Qt::black);
        painter.drawText(QRectF(bar.right() + gap, top, countWidth + barSpace - length, rowHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, countText(count, withAccess));
    }
    // Baseline the bars start from, so an empty bar still reads as zero.
    painter.setPen(QPen(Qt::darkGray, std::max(1.0, rowHeight * 0.03)));
    painter.drawLine(QPointF(area.left() + labelWidth + gap, area.top()),
                     QPointF(area.left() + labelWidth + gap, area.bottom()));
    painter.restore();
}

QImage LevelChart::image(const LevelDistribution &distribution, QSize logicalSize, qreal scale)
{
    QImage image(logicalSize * scale, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(image.size())), distribution);
    return image;
}

QByteArray LevelChart::png(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace Gatehouse

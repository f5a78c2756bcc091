// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/paletteiconengine.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

#include <algorithm>
#include <utility>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

// The placeholders the drawings use; see resources/icons/actions.
constexpr QByteArrayView ForegroundPlaceholder = "#000000";
constexpr QByteArrayView AccentPlaceholder = "#ff00ff";

QByteArray colourName(const QColor &colour)
{
    return colour.name(QColor::HexRgb).toLatin1();
}

} // namespace

PaletteIconEngine::PaletteIconEngine(const QString &resourcePath)
    : m_path(resourcePath)
{
    QFile file(m_path);
    if (file.open(QIODevice::ReadOnly))
        m_svg = file.readAll();
}

QColor PaletteIconEngine::foreground(QIcon::Mode mode)
{
    const QPalette palette = QGuiApplication::palette();
    switch (mode) {
    case QIcon::Disabled: return palette.color(QPalette::Disabled, QPalette::WindowText);
    case QIcon::Selected: return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active: break;
    }
    return palette.color(QPalette::Active, QPalette::WindowText);
}

QColor PaletteIconEngine::accent(QIcon::Mode mode)
{
    // An accent in Disabled or Selected mode would stand out where nothing should, or
    // vanish into the highlight behind it.
    if (mode == QIcon::Disabled || mode == QIcon::Selected)
        return foreground(mode);
    return QGuiApplication::palette().color(QPalette::Active, QPalette::Highlight);
}

QSize PaletteIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    // The drawings are square: the largest square that fits.
    const int side = std::min(size.width(), size.height());
    return QSize(side, side);
}

QPixmap PaletteIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state)
{
    return cachedPixmap(actualSize(size, mode, state), mode, 1.0);
}

QPixmap PaletteIconEngine::scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale)
{
    // Qt 6.4's QIcon::pixmap(size, ratio) passes the size already multiplied by the ratio.
    return cachedPixmap(actualSize(size, mode, state), mode, scale);
}

QPixmap PaletteIconEngine::cachedPixmap(const QSize &pixels, QIcon::Mode mode, qreal scale) const
{
    if (m_svg.isEmpty() || pixels.isEmpty() || scale <= 0)
        return {};
    const QColor colour = foreground(mode);
    const QColor highlight = accent(mode);
    const QString cacheKey = u"gatehouse-icon:%1:%2x%3:%4:%5:%6:%7"_s
                                 .arg(m_path)
                                 .arg(pixels.width())
                                 .arg(pixels.height())
                                 .arg(scale)
                                 .arg(int(mode))
                                 .arg(colour.rgba(), 8, 16, QLatin1Char('0'))
                                 .arg(highlight.rgba(), 8, 16, QLatin1Char('0'));
    QPixmap result;
    if (!QPixmapCache::find(cacheKey, &result)) {
        result = render(pixels, colour, highlight);
        result.setDevicePixelRatio(scale);
        QPixmapCache::insert(cacheKey, result);
    }
    return result;
}

QPixmap PaletteIconEngine::render(const QSize &pixelSize, const QColor &colour, const QColor &highlight) const
{
    QByteArray svg = m_svg;
    svg.replace(ForegroundPlaceholder, colourName(colour));
    svg.replace(AccentPlaceholder, colourName(highlight));
    QSvgRenderer renderer(svg);
    QImage image(pixelSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    // A palette colour with alpha (some styles dim disabled text that way) applies to the
    // whole drawing; the SVG's colours carry none.
    painter.setOpacity(colour.alphaF());
    renderer.render(&painter, QRectF(QPointF(0, 0), QSizeF(pixelSize)));
    painter.end();
    return QPixmap::fromImage(std::move(image));
}

void PaletteIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state)
{
    const qreal scale = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    const QSize logical = actualSize(rect.size(), mode, state);
    const QPixmap pixmap = cachedPixmap((QSizeF(logical) * scale).toSize(), mode, scale);
    if (pixmap.isNull())
        return;
    const QRect target(rect.x() + (rect.width() - logical.width()) / 2,
                       rect.y() + (rect.height() - logical.height()) / 2, logical.width(), logical.height());
    painter->drawPixmap(target, pixmap);
}

QIconEngine *PaletteIconEngine::clone() const
{
    return new PaletteIconEngine(*this);
}

QString PaletteIconEngine::key() const
{
    return u"GatehousePalette"_s;
}

QString PaletteIconEngine::iconName()
{
    return QFileInfo(m_path).baseName();
}

bool PaletteIconEngine::isNull()
{
    return m_svg.isEmpty();
}

} // namespace Gatehouse

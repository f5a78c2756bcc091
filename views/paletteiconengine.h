// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QColor>
#include <QIconEngine>
#include <QString>

namespace Gatehouse {

// Paints a single-colour SVG in the colours of the application palette at the time of
// painting. The SVG draws with two placeholders: #000000 becomes the palette's WindowText
// and #ff00ff its Highlight (both the disabled text colour in Disabled mode, and
// HighlightedText in Selected mode, where the icon stands on the highlight). Pixmaps go to
// QPixmapCache keyed by everything that changes them, colours included, so a palette
// change needs no invalidation. The engine is scalable: it reports no fixed sizes.
class PaletteIconEngine final : public QIconEngine
{
public:
    explicit PaletteIconEngine(const QString &resourcePath);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap scaledPixmap(const QSize &size, QIcon::Mode mode, QIcon::State state, qreal scale) override;
    QIconEngine *clone() const override;
    QString key() const override;
    QString iconName() override;
    bool isNull() override;

    // The colours `mode` paints with in the current application palette.
    static QColor foreground(QIcon::Mode mode);
    static QColor accent(QIcon::Mode mode);

private:
    // `pixels` is in device pixels; the pixmap says `scale` as its device pixel ratio.
    QPixmap cachedPixmap(const QSize &pixels, QIcon::Mode mode, qreal scale) const;
    QPixmap render(const QSize &pixelSize, const QColor &colour, const QColor &highlight) const;

    QString m_path;
    QByteArray m_svg; // as read; an unreadable resource leaves it empty and the icon null
};

} // namespace Gatehouse

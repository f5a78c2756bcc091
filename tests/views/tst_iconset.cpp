// SPDX-License-Identifier: GPL-3.0-or-later
// The icon set: every drawing is there and parses, renders at the sizes the window asks
// for (high-DPI included), and takes its colours from the application palette when painted,
// so the same QIcon reads on a light and on a dark palette.
//
// With GATEHOUSE_ICON_STRIP=<file.png>, strip() also writes every icon at 16 and 24 px on
// a light and a dark palette (docs/icons.png is made that way).
#include "views/iconset.h"
#include "views/paletteiconengine.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

struct Colours
{
    QColor window;
    QColor text;
    QColor highlight;
    QColor highlightedText;
    QColor disabledText;
};

const Colours Light{QColor(0xef, 0xef, 0xef), QColor(0x1a, 0x1a, 0x1a), QColor(0x30, 0x8c, 0xc6),
                    QColor(0xff, 0xff, 0xff), QColor(0x9a, 0x9a, 0x9a)};
const Colours Dark{QColor(0x2b, 0x2b, 0x2b), QColor(0xe8, 0xe8, 0xe8), QColor(0x5a, 0x9b, 0xe6),
                   QColor(0x10, 0x10, 0x10), QColor(0x6e, 0x6e, 0x6e)};

QPalette paletteOf(const Colours &colours)
{
    QPalette palette;
    palette.setColor(QPalette::All, QPalette::Window, colours.window);
    palette.setColor(QPalette::All, QPalette::WindowText, colours.text);
    palette.setColor(QPalette::All, QPalette::Highlight, colours.highlight);
    palette.setColor(QPalette::All, QPalette::HighlightedText, colours.highlightedText);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, colours.disabledText);
    return palette;
}

// The colours of the fully opaque pixels: antialiased edges blend with transparency, the
// strokes' inside is the drawing colour itself.
QSet<QRgb> opaqueColours(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAlpha(pixel) == 255)
                colours.insert(pixel);
        }
    }
    return colours;
}

int paintedPixels(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            count += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
    }
    return count;
}

QString idName(IconId id)
{
    return IconSet::resourcePath(id).section(u'/', -1);
}

} // namespace

class tst_IconSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QApplication::setPalette(paletteOf(Light));
    }

    void resources_data();
    void resources();
    void renders_data();
    void renders();
    void followsPalette();
    void accentFollowsHighlight();
    void disabledAndSelectedModes();
    void paintsAtDevicePixelRatio();
    void strip();
};

void tst_IconSet::resources_data()
{
    QTest::addColumn<IconId>("id");
    for (IconId id : IconSet::allIds())
        QTest::addRow("%s", qPrintable(idName(id))) << id;
}

void tst_IconSet::resources()
{
    QFETCH(IconId, id);
    QFile file(IconSet::resourcePath(id));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QString svg = QString::fromUtf8(file.readAll());
    QSvgRenderer renderer(svg.toUtf8());
    QVERIFY(renderer.isValid());
    QCOMPARE(renderer.viewBoxF(), QRectF(0, 0, 24, 24));
    // Only the two placeholders: any other colour would not follow the palette.
    static const QRegularExpression colour(u"#[0-9a-fA-F]{3,8}\\b|rgba?\\(|\\burl\\("_s);
    for (const QRegularExpressionMatch &match : colour.globalMatch(svg)) {
        QVERIFY2(match.captured() == u"#000000"_s || match.captured() == u"#ff00ff"_s,
                 qPrintable(match.captured()));
    }
    QVERIFY(!svg.contains(u"<text"_s));
    QVERIFY(!svg.contains(u"Gradient"_s));
    QVERIFY(!IconSet::icon(id).isNull());
}

void tst_IconSet::renders_data()
{
    resources_data();
}

void tst_IconSet::renders()
{
    QFETCH(IconId, id);
    const QIcon icon = IconSet::icon(id);
    for (int side : {16, 24}) {
        const QPixmap pixmap = icon.pixmap(QSize(side, side), 1.0);
        QCOMPARE(pixmap.size(), QSize(side, side));
        // A few pixels are not a drawing: at least a tenth of the square is inked.
        QVERIFY2(paintedPixels(pixmap) > side * side / 10, qPrintable(u"%1 px"_s.arg(side)));
    }
    const QPixmap doubled = icon.pixmap(QSize(24, 24), 2.0);
    QCOMPARE(doubled.size(), QSize(48, 48));
    QCOMPARE(doubled.devicePixelRatio(), 2.0);
    QCOMPARE(doubled.deviceIndependentSize(), QSizeF(24, 24));
    QVERIFY(paintedPixels(doubled) > 48 * 48 / 10);
}

void tst_IconSet::followsPalette()
{
    // The same QIcon, made once: what it paints changes with the palette.
    const QIcon icon = IconSet::icon(IconId::Search);
    const QPixmap light = icon.pixmap(QSize(24, 24), 2.0);
    QCOMPARE(opaqueColours(light), QSet<QRgb>{Light.text.rgb()});

    QApplication::setPalette(paletteOf(Dark));
    const QPixmap dark = icon.pixmap(QSize(24, 24), 2.0);
    QCOMPARE(opaqueColours(dark), QSet<QRgb>{Dark.text.rgb()});
    QVERIFY(light.toImage() != dark.toImage());

    QApplication::setPalette(paletteOf(Light));
    QCOMPARE(icon.pixmap(QSize(24, 24), 2.0).toImage(), light.toImage());
}

void tst_IconSet::accentFollowsHighlight()
{
    const QIcon icon = IconSet::icon(IconId::Import);
    QCOMPARE(opaqueColours(icon.pixmap(QSize(24, 24), 2.0)),
             (QSet<QRgb>{Light.text.rgb(), Light.highlight.rgb()}));
    QApplication::setPalette(paletteOf(Dark));
    QCOMPARE(opaqueColours(icon.pixmap(QSize(24, 24), 2.0)),
             (QSet<QRgb>{Dark.text.rgb(), Dark.highlight.rgb()}));
}

void tst_IconSet::disabledAndSelectedModes()
{
    // Disabled and Selected draw the accent in the one colour too: a highlight colour on a
    // greyed icon, or on the selection, would mislead or vanish.
    const QIcon icon = IconSet::icon(IconId::Import);
    for (const Colours &colours : {Light, Dark}) {
        QApplication::setPalette(paletteOf(colours));
        QCOMPARE(opaqueColours(icon.pixmap(QSize(24, 24), 2.0, QIcon::Disabled)),
                 QSet<QRgb>{colours.disabledText.rgb()});
        QCOMPARE(opaqueColours(icon.pixmap(QSize(24, 24), 2.0, QIcon::Selected)),
                 QSet<QRgb>{colours.highlightedText.rgb()});
    }
}

void tst_IconSet::paintsAtDevicePixelRatio()
{
    // QIcon::paint onto a high-DPI device draws the full-resolution drawing, not a 24 px
    // one scaled up: the same pixels as pixmap() at that ratio.
    const QIcon icon = IconSet::icon(IconId::Datastore);
    QImage target(48, 48, QImage::Format_ARGB32_Premultiplied);
    target.setDevicePixelRatio(2.0);
    target.fill(Qt::transparent);
    QPainter painter(&target);
    icon.paint(&painter, QRect(0, 0, 24, 24));
    painter.end();
    QImage expected = icon.pixmap(QSize(24, 24), 2.0).toImage().convertToFormat(target.format());
    expected.setDevicePixelRatio(2.0);
    QCOMPARE(target, expected);
}

void tst_IconSet::strip()
{
    const QString path = qEnvironmentVariable("GATEHOUSE_ICON_STRIP");
    if (path.isEmpty())
        QSKIP("set GATEHOUSE_ICON_STRIP to a .png file to write the strip");
    const QList<IconId> ids = IconSet::allIds();
    const int cell = 28;
    const int margin = 6;
    const QSize size(margin * 2 + cell * int(ids.size()), margin * 2 + (16 + 24 + margin) * 2 + margin);
    QImage image(size, QImage::Format_ARGB32);
    QPainter painter(&image);
    int y = 0;
    for (const Colours &colours : {Light, Dark}) {
        QApplication::setPalette(paletteOf(colours));
        const int bandHeight = size.height() / 2;
        painter.fillRect(QRect(0, y, size.width(), bandHeight), colours.window);
        for (int i = 0; i < ids.size(); ++i) {
            const QIcon icon = IconSet::icon(ids.at(i));
            const int x = margin + i * cell;
            icon.paint(&painter, QRect(x + 4, y + margin, 16, 16));
            icon.paint(&painter, QRect(x + 2, y + margin + 16 + margin, 24, 24));
        }
        y += bandHeight;
    }
    painter.end();
    QVERIFY(image.save(path));
}

QTEST_MAIN(tst_IconSet)
#include "tst_iconset.moc"

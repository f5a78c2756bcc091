// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/matrixdelegate.h"

#include "models/matrixmodel.h"

#include <QPainter>

namespace Gatehouse {

MatrixDelegate::MatrixDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
    for (size_t i = 0; i < m_marks.size(); ++i) {
        m_marks[i].setText(MatrixModel::mark(Level(i)));
        m_marks[i].setTextFormat(Qt::PlainText);
    }
}

QColor MatrixDelegate::fillColour(Level level)
{
    // Sequential blues (light = low) and an orange for Admin: distinguishable with the
    // common colour-vision deficiencies, and the marks carry the level anyway.
    switch (level) {
    case Level::Reporter: return QColor(0xde, 0xeb, 0xf7);
    case Level::Viewer: return QColor(0xa9, 0xcc, 0xe6);
    case Level::Drafter: return QColor(0x6b, 0xae, 0xd6);
    case Level::Author: return QColor(0x31, 0x82, 0xbd);
    case Level::Editor: return QColor(0x08, 0x45, 0x94);
    case Level::Admin: return QColor(0xe6, 0x9f, 0x00);
    case Level::None: break;
    }
    return {};
}

QColor MatrixDelegate::textColour(Level level)
{
    return level == Level::Author || level == Level::Editor ? QColor(Qt::white) : QColor(0x10, 0x10, 0x10);
}

void MatrixDelegate::paintSwatch(QPainter *painter, const QRect &rect, Level level)
{
    if (level == Level::None)
        return;
    painter->fillRect(rect, fillColour(level));
    if (level == Level::Admin)
        painter->fillRect(rect, QBrush(QColor(0x80, 0x4a, 0x00, 110), Qt::BDiagPattern));
}

void MatrixDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int value = index.data(MatrixModel::LevelRole).toInt();
    const Level level = value >= 0 && value <= int(Level::Admin) ? Level(value) : Level::None;
    const QRect cell = option.rect.adjusted(0, 0, -1, -1);
    paintSwatch(painter, cell, level);
    if (level != Level::None) {
        if (m_font != option.font) {
            m_font = option.font;
            for (QStaticText &mark : m_marks)
                mark.prepare(QTransform(), m_font);
        }
        const QStaticText &mark = m_marks[size_t(level)];
        const QSizeF size = mark.size();
        painter->setFont(m_font);
        painter->setPen(textColour(level));
        painter->drawStaticText(QPointF(cell.left() + (cell.width() - size.width()) / 2.0,
                                        cell.top() + (cell.height() - size.height()) / 2.0),
                                mark);
    }
    if (option.state & QStyle::State_Selected) {
        painter->save();
        painter->setPen(QPen(option.palette.highlight(), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
        painter->restore();
    }
}

QSize MatrixDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int side = option.fontMetrics.height() + 6;
    return {side + 4, side};
}

} // namespace Gatehouse

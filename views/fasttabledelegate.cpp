// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/fasttabledelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QTextOption>

namespace Gatehouse {

namespace {

QStyle *styleOf(const QStyleOptionViewItem &option)
{
    return option.widget ? option.widget->style() : QApplication::style();
}

// The colour group QCommonStyle paints an item's text and focus frame with.
QPalette::ColorGroup colorGroup(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return option.state & QStyle::State_Active ? QPalette::Normal : QPalette::Inactive;
}

} // namespace

FastTableDelegate::FastTableDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

bool FastTableDelegate::paintsItself(const QStyleOptionViewItem &option) const
{
    if (option.features & (QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::WrapText))
        return false;
    if (option.decorationPosition != QStyleOptionViewItem::Left || !option.showDecorationSelected
        || (option.state & QStyle::State_Editing))
        return false;
    // A style sheet may restyle items in ways only the style knows.
    if (styleOf(option)->inherits("QStyleSheetStyle"))
        return false;
    return !option.text.contains(QChar::LineSeparator);
}

void FastTableDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QStyle *style = styleOf(opt);
    if (!paintsItself(opt)) {
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        return;
    }

    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, opt.widget);

    // QCommonStyle's item layout with the decoration on the left and the text taking the
    // rest: a slot of the icon's width plus a margin each side, then the text inset by the
    // same margin.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, &opt, opt.widget) + 1;
    QRect display = opt.rect;
    if ((opt.features & QStyleOptionViewItem::HasDecoration) && opt.decorationSize.isValid()) {
        const int slot = opt.decorationSize.width() + 2 * margin;
        QRect decoration = opt.rect;
        if (opt.direction == Qt::LeftToRight) {
            decoration.setWidth(slot);
            display.setLeft(decoration.right() + 1);
        } else {
            display.setWidth(opt.rect.width() - slot);
            decoration.setLeft(display.right() + 1);
        }
        const QRect iconRect = QStyle::alignedRect(opt.direction, opt.decorationAlignment, opt.decorationSize, decoration);
        QIcon::Mode mode = QIcon::Normal;
        if (!(opt.state & QStyle::State_Enabled))
            mode = QIcon::Disabled;
        else if (opt.state & QStyle::State_Selected)
            mode = QIcon::Selected;
        const QIcon::State state = opt.state & QStyle::State_Open ? QIcon::On : QIcon::Off;
        opt.icon.paint(painter, iconRect, opt.decorationAlignment, mode, state);
    }

    if (!opt.text.isEmpty()) {
        const QPalette::ColorGroup group = colorGroup(opt);
        painter->setPen(opt.palette.color(group, opt.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                                     : QPalette::Text));
        drawText(painter, opt, display.adjusted(margin, 0, -margin, 0));
    }

    if (opt.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(opt);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &opt, opt.widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor = opt.palette.color(
            colorGroup(opt), opt.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, opt.widget);
    }
}

void FastTableDelegate::drawText(QPainter *painter, const QStyleOptionViewItem &option, const QRect &textRect) const
{
    LayoutKey key{option.text, option.font, option.direction};
    CachedLayout *cached = m_layouts.object(key);
    if (!cached) {
        cached = new CachedLayout;
        cached->layout.setText(option.text);
        cached->layout.setFont(option.font);
        cached->layout.setCacheEnabled(true); // keep the shaped glyphs for the next time
        m_layouts.insert(std::move(key), cached);
    }
    QTextLayout &layout = cached->layout;
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(option.direction);
    textOption.setAlignment(QStyle::visualAlignment(option.direction, option.displayAlignment));
    layout.setTextOption(textOption);
    if (cached->lineWidth != textRect.width() || layout.lineCount() != 1) {
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(textRect.width());
        line.setPosition(QPointF(0, 0));
        layout.endLayout();
        cached->lineWidth = textRect.width();
    }
    const QTextLine line = layout.lineAt(0);
    // One line the width of the text rectangle, placed as QCommonStyle places it.
    const QRect lineRect = QStyle::alignedRect(option.direction, option.displayAlignment,
                                               QSize(int(line.width()), int(line.height())), textRect);
    if (line.naturalTextWidth() <= textRect.width()) {
        line.draw(painter, lineRect.topLeft());
        return;
    }
    const QString elided = option.fontMetrics.elidedText(option.text, option.textElideMode, textRect.width());
    painter->save();
    painter->setFont(option.font);
    painter->drawText(QPointF(lineRect.left() + line.x(), lineRect.top() + line.y() + line.ascent()), elided);
    painter->restore();
}

} // namespace Gatehouse

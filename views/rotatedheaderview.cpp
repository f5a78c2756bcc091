// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/rotatedheaderview.h"

#include <QPainter>

namespace Gatehouse {

RotatedHeaderView::RotatedHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setHighlightSections(true);
}

void RotatedHeaderView::setLabelHeight(int pixels)
{
    m_labelHeight = pixels;
    updateGeometry();
}

QSize RotatedHeaderView::sizeHint() const
{
    // Not QHeaderView's, which measures section texts (thousands of them).
    return {defaultSectionSize() * std::max(count(), 1), m_labelHeight};
}

void RotatedHeaderView::paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const
{
    if (!rect.isValid())
        return;
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.rect = rect;
    option.section = logicalIndex;
    option.text.clear();
    if (selectionModel() && highlightSections()
        && selectionModel()->columnIntersectsSelection(logicalIndex, rootIndex()))
        option.state |= QStyle::State_On;
    // The style may leave a clip behind: keep it out of the label's painting.
    painter->save();
    style()->drawControl(QStyle::CE_Header, &option, painter, this);
    painter->restore();

    const QString text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    painter->save();
    painter->setClipRect(rect);
    painter->translate(rect.left(), rect.bottom());
    painter->rotate(-90);
    // In rotated coordinates the label runs along x (the header's height) and its line
    // height along y (the section's width).
    const QRect label(4, 0, rect.height() - 8, rect.width());
    const QString elided = fontMetrics().elidedText(text, Qt::ElideRight, label.width());
    painter->setPen(palette().color(QPalette::ButtonText));
    painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter, elided);
    painter->restore();
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QStaticText>
#include <QStyledItemDelegate>

#include <array>

namespace Gatehouse {

// Paints a matrix cell from MatrixModel::LevelRole: a colour and a mark per level. Team
// levels go light to dark in one hue (ordered, readable without colour vision); Admin,
// which comes from the role, is a different hue with a hatch and its own mark. Nothing is
// allocated per cell: brushes and texts are made once.
class MatrixDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit MatrixDelegate(QObject *parent = nullptr);

    static QColor fillColour(Level level);
    static QColor textColour(Level level);
    // Paints a legend swatch (or a cell) of `level` into `rect`.
    static void paintSwatch(QPainter *painter, const QRect &rect, Level level);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    mutable std::array<QStaticText, 7> m_marks;
    mutable QFont m_font;
};

} // namespace Gatehouse

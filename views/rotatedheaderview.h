// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHeaderView>

namespace Gatehouse {

// A horizontal header whose labels read bottom to top, so narrow matrix columns can still
// name their datastore (elided to the header's height; the full name is the tooltip).
class RotatedHeaderView : public QHeaderView
{
    Q_OBJECT
public:
    explicit RotatedHeaderView(QWidget *parent = nullptr);

    void setLabelHeight(int pixels);
    QSize sizeHint() const override;

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;

private:
    int m_labelHeight = 140;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCache>
#include <QFont>
#include <QStyledItemDelegate>
#include <QTextLayout>

namespace Gatehouse {

// Paints the cells of the big entity tables (accounts, teams, datastores) the way
// QStyledItemDelegate does under the QCommonStyle item layout (Fusion, Windows and the styles
// built on them), for a fraction of its cost: the style lays a cell's text out to place it,
// again to draw it (and once more to elide it); this delegate lays it out once, and keeps
// the laid-out text of values that repeat down a column (types, roles, dates, counts) so
// scrolling shapes only the texts it has not seen lately.
//
// The option is filled by QStyledItemDelegate::initStyleOption (one multiData call per
// cell), so fonts, colours, alignment, icons and number formatting come from the model as
// before. Background, selection and focus frame are still drawn by the style. Cells it does
// not reproduce (check boxes, wrapped or multi-line text, decorations above or below the
// text, an editor open, style sheets) go to QStyledItemDelegate::paint unchanged; tooltips,
// size hints and editing are QStyledItemDelegate's.
class FastTableDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit FastTableDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct LayoutKey {
        QString text;
        QFont font;
        Qt::LayoutDirection direction = Qt::LeftToRight;
        friend bool operator==(const LayoutKey &a, const LayoutKey &b) noexcept
        {
            return a.direction == b.direction && a.text == b.text && a.font == b.font;
        }
        friend size_t qHash(const LayoutKey &key, size_t seed = 0) noexcept
        {
            return qHashMulti(seed, key.text, key.font, int(key.direction));
        }
    };
    // A shaped text and the width its one line was last laid out to.
    struct CachedLayout {
        QTextLayout layout;
        int lineWidth = -1;
    };

    bool paintsItself(const QStyleOptionViewItem &option) const;
    void drawText(QPainter *painter, const QStyleOptionViewItem &option, const QRect &textRect) const;

    // Laid-out texts, least recently used dropped first. Unique texts (names, e-mails) pass
    // through it too; a thousand (about three screens of cells, a few MB at most) keeps a
    // table's repeating values while they scroll by.
    mutable QCache<LayoutKey, CachedLayout> m_layouts{1000};
};

} // namespace Gatehouse

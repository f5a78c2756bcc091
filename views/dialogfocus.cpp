// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/dialogfocus.h"

#include <QAbstractButton>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>

#include <algorithm>

namespace Gatehouse {

namespace {
// Watches the dialog: a widget's children are shown (and the button box has chosen its
// proxy) before the Show event reaches the widget itself.
class ButtonBoxProxyRemover : public QObject
{
public:
    using QObject::QObject;

    // The box lays its buttons out in the platform's order (Save before Cancel on one
    // desktop, after it on another) but leaves them in the focus chain in the order they
    // were added. Tab follows what is on screen; the layout is done by the time of Show.
    static void followReadingOrder(QDialogButtonBox *box)
    {
        QList<QAbstractButton *> buttons = box->buttons();
        const bool rightToLeft = box->layoutDirection() == Qt::RightToLeft;
        std::stable_sort(buttons.begin(), buttons.end(), [rightToLeft](QAbstractButton *a, QAbstractButton *b) {
            if (a->y() != b->y())
                return a->y() < b->y();
            return rightToLeft ? a->x() > b->x() : a->x() < b->x();
        });
        for (qsizetype i = 1; i < buttons.size(); ++i)
            QWidget::setTabOrder(buttons.at(i - 1), buttons.at(i));
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show) {
            for (QDialogButtonBox *box : watched->findChildren<QDialogButtonBox *>()) {
                box->setFocusProxy(nullptr);
                followReadingOrder(box);
            }
        }
        return false;
    }
};
} // namespace

void keepButtonsReachable(QDialog *dialog)
{
    dialog->installEventFilter(new ButtonBoxProxyRemover(dialog));
}

} // namespace Gatehouse

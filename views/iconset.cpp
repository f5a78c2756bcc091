// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/iconset.h"

#include "views/paletteiconengine.h"

#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

namespace Gatehouse {

using namespace Qt::StringLiterals;

namespace {

QString fileName(IconId id)
{
    switch (id) {
    case IconId::Accounts: return u"accounts"_s;
    case IconId::History: return u"history"_s;
    case IconId::Findings: return u"findings"_s;
    case IconId::TeamGrid: return u"teamgrid"_s;
    case IconId::Matrix: return u"matrix"_s;
    case IconId::Reviews: return u"reviews"_s;
    case IconId::AccountHuman: return u"account-human"_s;
    case IconId::AccountService: return u"account-service"_s;
    case IconId::Team: return u"team"_s;
    case IconId::TeamPublic: return u"team-public"_s;
    case IconId::Datastore: return u"datastore"_s;
    case IconId::Token: return u"token"_s;
    case IconId::New: return u"new"_s;
    case IconId::Edit: return u"edit"_s;
    case IconId::Delete: return u"delete"_s;
    case IconId::Undo: return u"undo"_s;
    case IconId::Redo: return u"redo"_s;
    case IconId::Import: return u"import"_s;
    case IconId::Export: return u"export"_s;
    case IconId::Print: return u"print"_s;
    case IconId::Report: return u"report"_s;
    case IconId::Search: return u"search"_s;
    case IconId::Filter: return u"filter"_s;
    case IconId::Refresh: return u"refresh"_s;
    case IconId::Settings: return u"settings"_s;
    case IconId::SignIn: return u"signin"_s;
    case IconId::SignOut: return u"signout"_s;
    case IconId::Copy: return u"copy"_s;
    case IconId::Save: return u"save"_s;
    case IconId::Open: return u"open"_s;
    case IconId::Connect: return u"connect"_s;
    case IconId::Compare: return u"compare"_s;
    case IconId::Revoke: return u"revoke"_s;
    case IconId::Restore: return u"restore"_s;
    case IconId::Warning: return u"warning"_s;
    case IconId::Error: return u"error"_s;
    case IconId::Info: return u"info"_s;
    }
    return {};
}

// Keeps a label's pixmap in step with the palette and the label's device pixel ratio. Qt
// 6.4 sends no DevicePixelRatioChange (6.6 does), and a window moving to another screen
// reaches its widgets only through an internal event: the ratio is compared when the label
// is about to paint instead, which catches every way it can change. Owned by the label.
class LabelIcon final : public QObject
{
public:
    static constexpr QStringView ObjectName = u"gatehouseLabelIcon";

    LabelIcon(QLabel *label, const QIcon &icon, int side, const QColor &colour)
        : QObject(label), m_label(label), m_icon(icon), m_side(side), m_colour(colour)
    {
        setObjectName(ObjectName.toString());
        update();
        label->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_label)
            return false;
        switch (event->type()) {
        case QEvent::ApplicationPaletteChange:
        case QEvent::PaletteChange:
            // The icon set reads the application palette: both kinds of change count.
            if (!m_colour.isValid())
                update();
            break;
        case QEvent::Paint:
            // The label paints right after this, with the pixmap set here.
            if (!qFuzzyCompare(m_label->pixmap().devicePixelRatio(), m_label->devicePixelRatioF()))
                update();
            break;
        default:
            break;
        }
        return false;
    }

private:
    void update()
    {
        QPixmap pixmap = m_icon.pixmap(QSize(m_side, m_side), m_label->devicePixelRatioF());
        if (m_colour.isValid() && !pixmap.isNull()) {
            // Keeps the drawing's shape (its alpha) and paints it over in the one colour.
            QPainter painter(&pixmap);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(QRectF(QPointF(0, 0), pixmap.deviceIndependentSize()), m_colour);
        }
        m_label->setPixmap(pixmap);
    }

    QLabel *m_label = nullptr;
    QIcon m_icon;
    int m_side = 0;
    QColor m_colour;
};

} // namespace

void IconSet::showInLabel(QLabel *label, const QIcon &icon, int side, const QColor &colour)
{
    delete label->findChild<QObject *>(LabelIcon::ObjectName.toString(), Qt::FindDirectChildrenOnly);
    new LabelIcon(label, icon, side, colour);
}

QIcon IconSet::icon(IconId id)
{
    return QIcon(new PaletteIconEngine(resourcePath(id)));
}

QString IconSet::resourcePath(IconId id)
{
    return u":/icons/actions/"_s + fileName(id) + u".svg"_s;
}

QList<IconId> IconSet::allIds()
{
    QList<IconId> ids;
    for (int i = 0; i <= int(IconId::Info); ++i)
        ids.append(IconId(i));
    return ids;
}

} // namespace Gatehouse

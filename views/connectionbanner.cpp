// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/connectionbanner.h"

#include "views/iconset.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatehouse {

ConnectionBanner::ConnectionBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"connectionBanner"_s);
    setAccessibleName(tr("Connection"));
    setFrameShape(QFrame::StyledPanel);
    // Amber, as a warning that is not an error of the user's: readable in light and dark.
    // The icon takes the text's colour: the palette's would vanish on amber in a dark scheme.
    const QColor textColour(0x3b, 0x2f, 0x00);
    setStyleSheet(u"#connectionBanner { background: #fff4ce; border: 1px solid #e0b000; border-radius: 3px; }"
                  u"#connectionBanner QLabel { color: %1; }"_s.arg(textColour.name()));

    m_icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize) * 2;
    IconSet::showInLabel(m_icon, IconSet::icon(IconId::Warning), iconSize, textColour);
    m_text = new QLabel(this);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    m_text->setWordWrap(true);
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QPushButton(IconSet::icon(IconId::Refresh), tr("&Retry"), this);
    m_retry->setToolTip(tr("Try to reach the database now"));

    auto *texts = new QVBoxLayout;
    texts->setSpacing(2);
    texts->addWidget(m_text);
    texts->addWidget(m_detail);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(texts, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);

    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, [this] {
        if (m_secondsLeft > 0)
            --m_secondsLeft;
        if (m_secondsLeft <= 0)
            m_countdown->stop();
        updateDetail();
    });
    connect(m_retry, &QPushButton::clicked, this, &ConnectionBanner::retryRequested);
    hide();
}

void ConnectionBanner::showDisconnected(const QString &database, const Error &error)
{
    m_disconnected = true;
    m_reconnecting = false;
    m_text->setText(database.isEmpty() ? tr("Disconnected from the database — changes are off until it is back.")
                                       : tr("Disconnected from %1 — changes are off until it is back.").arg(database));
    m_reason = error.message;
    m_detail->setToolTip(error.detail);
    m_retry->setEnabled(true);
    updateDetail();
    show();
}

void ConnectionBanner::setRetryIn(int ms)
{
    m_reconnecting = false;
    m_retry->setEnabled(true);
    m_secondsLeft = (ms + 999) / 1000;
    m_countdown->start();
    updateDetail();
}

void ConnectionBanner::setReconnecting()
{
    m_reconnecting = true;
    m_secondsLeft = -1;
    m_countdown->stop();
    m_retry->setEnabled(false);
    updateDetail();
}

void ConnectionBanner::hideBanner()
{
    m_disconnected = false;
    m_reconnecting = false;
    m_secondsLeft = -1;
    m_countdown->stop();
    hide();
}

QString ConnectionBanner::text() const
{
    return m_text->text();
}

QString ConnectionBanner::detailText() const
{
    return m_detail->text();
}

void ConnectionBanner::updateDetail()
{
    QString next;
    if (m_reconnecting)
        next = tr("Connecting…");
    else if (m_secondsLeft > 0)
        next = tr("Trying again in %n s.", nullptr, m_secondsLeft);
    else if (m_secondsLeft == 0)
        next = tr("Trying again now.");
    m_detail->setText(next.isEmpty() ? m_reason : m_reason.isEmpty() ? next : m_reason + u' ' + next);
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/busypage.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace Gatehouse {

BusyPage::BusyPage(QWidget *parent)
    : QWidget(parent)
{
    m_label = new QLabel(this);
    m_label->setAlignment(Qt::AlignCenter);
    QFont font = m_label->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    m_label->setFont(font);
    auto *progress = new QProgressBar(this);
    progress->setRange(0, 0);
    progress->setTextVisible(false);
    progress->setMaximumWidth(fontMetrics().averageCharWidth() * 40);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_label);
    layout->addWidget(progress, 0, Qt::AlignHCenter);
    layout->addStretch(1);
}

void BusyPage::setMessage(const QString &message)
{
    m_label->setText(message);
}

QString BusyPage::message() const
{
    return m_label->text();
}

} // namespace Gatehouse

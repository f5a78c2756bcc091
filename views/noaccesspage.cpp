// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/noaccesspage.h"

#include "views/iconset.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Gatehouse {

NoAccessPage::NoAccessPage(QWidget *parent) : QWidget(parent)
{
    auto *icon = new QLabel(this);
    IconSet::showInLabel(icon, IconSet::icon(IconId::Warning), 48);
    icon->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(this);
    m_title->setAlignment(Qt::AlignCenter);
    m_text = new QLabel(this);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addStretch(2);
}

void NoAccessPage::setSubject(const QString &subject, bool deactivated)
{
    m_title->setText(tr("<h2>No access</h2>"));
    m_text->setText(deactivated
                        ? tr("The account %1 is deactivated in this organisation. Ask an Admin to "
                             "reactivate it.").arg(subject)
                        : tr("%1 has no account in this organisation. Ask an Admin of the "
                             "organisation for access, or open another organisation.").arg(subject));
}

void NoAccessPage::setMessage(const QString &sentence)
{
    m_title->setText(tr("<h2>No access</h2>"));
    m_text->setText(sentence);
}

QString NoAccessPage::message() const
{
    return m_text->text();
}

} // namespace Gatehouse

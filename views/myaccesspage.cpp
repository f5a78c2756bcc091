// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/myaccesspage.h"

#include "views/detailspane.h"

#include <QLabel>
#include <QVBoxLayout>

namespace Gatehouse {

MyAccessPage::MyAccessPage(Directory *directory, QWidget *parent) : QWidget(parent)
{
    auto *heading = new QLabel(tr("<h2>My access</h2>"), this);
    m_intro = new QLabel(tr("Your teams and the datastores they give you, with the level and the team "
                            "it comes from. Ask an Admin to change them."),
                         this);
    m_intro->setWordWrap(true);
    m_details = new DetailsPane(directory, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 12);
    layout->addWidget(heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_details, 1);
}

void MyAccessPage::showAccount(Id accountId)
{
    m_details->showEntity(EntityKind::Account, accountId);
}

} // namespace Gatehouse

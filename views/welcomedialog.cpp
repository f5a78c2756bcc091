// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/welcomedialog.h"
#include "views/dialogfocus.h"

#include <QCommandLinkButton>
#include <QLabel>
#include <QVBoxLayout>

namespace Gatehouse {

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent)
{
    keepButtonsReachable(this);
    setWindowTitle(tr("Welcome to Gatehouse"));
    auto *intro = new QLabel(tr("This organisation is empty: it holds only you, as its first "
                                "Admin, and the Public team. How would you like to begin?"),
                             this);
    intro->setWordWrap(true);
    auto *demo = new QCommandLinkButton(tr("Load a demo organisation"),
                                        tr("2,000 generated accounts, 60 teams and 300 datastores "
                                           "to explore. You stay an Admin."),
                                        this);
    auto *import = new QCommandLinkButton(tr("Import a file…"),
                                          tr("An organisation file (gatehouse-org/1 JSON)."), this);
    auto *empty = new QCommandLinkButton(tr("Start empty"),
                                         tr("Accounts appear as people sign in."), this);
    demo->setDefault(true);
    demo->setFocus();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(demo);
    layout->addWidget(import);
    layout->addWidget(empty);

    connect(demo, &QCommandLinkButton::clicked, this, [this] { choose(Choice::LoadDemo); });
    connect(import, &QCommandLinkButton::clicked, this, [this] { choose(Choice::ImportFile); });
    connect(empty, &QCommandLinkButton::clicked, this, [this] { choose(Choice::StartEmpty); });
}

void WelcomeDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

} // namespace Gatehouse

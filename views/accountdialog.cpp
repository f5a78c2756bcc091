// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/accountdialog.h"

#include "core/directory.h"
#include "models/displaytext.h"
#include "views/adminsession.h"
#include "views/confirmdialog.h"
#include "views/teamchecklist.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Gatehouse {

AccountDialog::AccountDialog(AdminSession *session, const Account &account, QWidget *parent)
    : AdminDialog(session, tr("Edit Account '%1'").arg(account.name.isEmpty() ? account.subject : account.name), parent),
      m_account(account)
{
    auto *fields = new QWidget(this);
    auto *identity = new QLabel(fields);
    identity->setTextFormat(Qt::PlainText);
    identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QStringList facts{account.subject};
    if (!account.email.isEmpty())
        facts.append(account.email);
    facts.append(DisplayText::accountType(account.type));
    if (!account.isActive())
        facts.append(tr("Deactivated %1").arg(DisplayText::date(account.deactivated)));
    identity->setText(facts.join(u" · "));

    m_role = new QComboBox(fields);
    m_role->setAccessibleName(tr("Role"));
    for (Role role : {Role::Admin, Role::Manager, Role::Member})
        m_role->addItem(DisplayText::role(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(account.role)));
    m_teams = new TeamChecklist(session->directory(), fields);
    m_initialTeams = currentTeams();
    m_teams->setSelectedIds(m_initialTeams);
    m_activation = new QPushButton(account.isActive() ? tr("&Deactivate…") : tr("Re&activate…"), fields);
    m_activation->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->addRow(tr("Account:"), identity);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Teams:"), m_teams);
    form->addRow(QString(), m_activation);
    auto *layout = new QVBoxLayout(fields);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    contentLayout()->addWidget(fields);
    // Tab follows the order the fields were made in (see ServiceAccountDialog).

    const Capabilities capabilities = session->capabilities();
    if (!capabilities.allowed(Capabilities::Action::EditAccounts)) {
        setReadOnly(capabilities.reason(Capabilities::Action::EditAccounts));
        m_role->setEnabled(false);
        m_teams->setReadOnly(true);
        m_activation->setEnabled(false);
        m_activation->setToolTip(capabilities.reason(Capabilities::Action::EditAccounts));
    }
    connect(m_role, &QComboBox::currentIndexChanged, this, &AccountDialog::schedulePreview);
    connect(m_teams, &TeamChecklist::selectionChanged, this, &AccountDialog::schedulePreview);
    connect(m_activation, &QPushButton::clicked, this, &AccountDialog::confirmActivation);
    m_role->setFocus(); // what is edited most; a viewer's dialog starts on Close instead
    resize(640, 640);
}

QList<Id> AccountDialog::currentTeams() const
{
    const Directory *directory = session()->directory();
    const qsizetype pos = directory->accountPos(m_account.id);
    QList<Id> ids;
    if (pos < 0)
        return ids;
    for (qsizetype t : directory->access().teamsOf(pos))
        ids.append(directory->teams().at(t).id);
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<Command> AccountDialog::commands() const
{
    QList<Command> list;
    const Role role = Role(m_role->currentData().toInt());
    if (role != m_account.role)
        list.append(Command::setRole(m_account.id, role, m_account.version));
    const QList<Id> teams = m_teams->selectedIds();
    if (teams != m_initialTeams)
        list.append(Command::setAccountTeams(m_account.id, teams, m_account.version));
    return list;
}

bool AccountDialog::rebase(QString *message)
{
    const Directory *directory = session()->directory();
    const qsizetype pos = directory->accountPos(m_account.id);
    if (pos < 0) {
        *message = tr("The account '%1' no longer exists.").arg(m_account.name);
        return false;
    }
    m_account = directory->accounts().at(pos);
    m_initialTeams = currentTeams();
    return true;
}

void AccountDialog::confirmActivation()
{
    const bool deactivate = m_account.isActive();
    const QString name = m_account.name.isEmpty() ? m_account.subject : m_account.name;
    const Command command = deactivate ? Command::deactivate(m_account.id, m_account.version)
                                       : Command::reactivate(m_account.id, m_account.version);
    ConfirmDialog confirm(session(), deactivate ? tr("Deactivate") : tr("Reactivate"),
                          deactivate ? tr("Deactivate %1? The account keeps its role and teams but "
                                          "loses all access and cannot sign in.").arg(name)
                                     : tr("Reactivate %1? Its role and teams apply again.").arg(name),
                          command, this);
    confirm.requireTypedConfirmation(name);
    if (confirm.exec() == QDialog::Accepted)
        done(QDialog::Accepted);
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/admindialog.h"

class QComboBox;
class QLabel;
class QPushButton;

namespace Gatehouse {

class TeamChecklist;

// Edit an account: its role and its teams (applied as two changes, role first), and
// Deactivate / Reactivate behind a typed confirmation.
class AccountDialog : public AdminDialog
{
    Q_OBJECT
public:
    AccountDialog(AdminSession *session, const Account &account, QWidget *parent = nullptr);

    QComboBox *roleBox() const { return m_role; }
    TeamChecklist *teamList() const { return m_teams; }
    QPushButton *activationButton() const { return m_activation; }

protected:
    QList<Command> commands() const override;
    bool rebase(QString *message) override;

private:
    QList<Id> currentTeams() const;
    void confirmActivation();

    Account m_account;
    QList<Id> m_initialTeams;
    QComboBox *m_role = nullptr;
    TeamChecklist *m_teams = nullptr;
    QPushButton *m_activation = nullptr;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/admindialog.h"

class QComboBox;
class QLabel;
class QLineEdit;

namespace Gatehouse {

class TeamChecklist;

// New service account: a name (its "…@service" identifier shown as it is typed), a role
// and teams.
class ServiceAccountDialog : public AdminDialog
{
    Q_OBJECT
public:
    explicit ServiceAccountDialog(AdminSession *session, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLabel *identifierLabel() const { return m_identifier; }
    QComboBox *roleBox() const { return m_role; }
    TeamChecklist *teamList() const { return m_teams; }

protected:
    QList<Command> commands() const override;
    QString nothingToDoText() const override;

private:
    QLineEdit *m_name = nullptr;
    QLabel *m_identifier = nullptr;
    QComboBox *m_role = nullptr;
    TeamChecklist *m_teams = nullptr;
};

} // namespace Gatehouse

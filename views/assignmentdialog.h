// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/admindialog.h"

namespace Gatehouse {

// One cell of the team × datastore grid: assign a datastore to a team (at the team's
// level) or remove the assignment, with the usual preview, commit and undo.
class AssignmentDialog : public AdminDialog
{
    Q_OBJECT
public:
    AssignmentDialog(AdminSession *session, Id teamId, Id datastoreId, bool assign, QWidget *parent = nullptr);

    bool assigns() const { return m_assign; }

protected:
    QList<Command> commands() const override;
    bool rebase(QString *message) override;

private:
    Team m_team;
    Id m_datastoreId = 0;
    bool m_assign = true;
};

} // namespace Gatehouse

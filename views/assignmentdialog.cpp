// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/assignmentdialog.h"

#include "core/directory.h"
#include "models/displaytext.h"
#include "views/adminsession.h"

#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace Gatehouse {

AssignmentDialog::AssignmentDialog(AdminSession *session, Id teamId, Id datastoreId, bool assign, QWidget *parent)
    : AdminDialog(session, assign ? tr("Assign Datastore") : tr("Remove Assignment"), parent),
      m_datastoreId(datastoreId), m_assign(assign)
{
    const Directory *directory = session->directory();
    m_team = directory->teams().value(directory->teamPos(teamId));
    const QString datastore = directory->datastores().value(directory->datastorePos(datastoreId)).name;
    auto *text = new QLabel(this);
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setText(assign ? tr("Give the members of %1 %2 on %3.")
                               .arg(m_team.name, DisplayText::level(m_team.permission), datastore)
                         : tr("Remove %1 from %2: its members lose what the team gave them there.")
                               .arg(datastore, m_team.name));
    contentLayout()->addWidget(text);
    const Capabilities capabilities = session->capabilities();
    if (!capabilities.allowed(Capabilities::Action::EditTeams))
        setReadOnly(capabilities.reason(Capabilities::Action::EditTeams));
    resize(640, 420);
}

QList<Command> AssignmentDialog::commands() const
{
    if (m_team.id == 0)
        return {};
    Team team = m_team;
    const auto it = std::lower_bound(team.datastores.begin(), team.datastores.end(), m_datastoreId);
    const bool held = it != team.datastores.end() && *it == m_datastoreId;
    if (m_assign == held)
        return {};
    if (m_assign)
        team.datastores.insert(it, m_datastoreId);
    else
        team.datastores.erase(it);
    return {Command::updateTeam(team)};
}

bool AssignmentDialog::rebase(QString *message)
{
    const Directory *directory = session()->directory();
    const qsizetype pos = directory->teamPos(m_team.id);
    if (pos < 0 || directory->datastorePos(m_datastoreId) < 0) {
        *message = tr("The team '%1' or the datastore no longer exists.").arg(m_team.name);
        return false;
    }
    m_team = directory->teams().at(pos);
    return true;
}

} // namespace Gatehouse

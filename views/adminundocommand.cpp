// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/adminundocommand.h"

#include "core/snapshot.h"
#include "views/adminsession.h"

#include <algorithm>

namespace Gatehouse {

namespace {
// Stored version of entity `id` in a list ascending by id, 0 when it is gone.
template <typename T>
int versionIn(const QList<T> &list, Id id)
{
    const auto it = std::lower_bound(list.cbegin(), list.cend(), id,
                                     [](const T &item, Id value) { return item.id < value; });
    return it != list.cend() && it->id == id ? it->version : 0;
}
} // namespace

AdminUndoCommand::AdminUndoCommand(AdminSession *session, const QString &text,
                                   const Command &command, const Command &inverse)
    : QUndoCommand(text), m_session(session), m_command(command), m_inverse(inverse)
{
}

void AdminUndoCommand::undo()
{
    if (std::exchange(m_skip, false))
        return;
    m_session->enqueue(this, true);
}

void AdminUndoCommand::redo()
{
    // QUndoStack::push() calls redo(): the change is committed already.
    if (!std::exchange(m_pushed, true))
        return;
    if (std::exchange(m_skip, false))
        return;
    m_session->enqueue(this, false);
}

Command AdminUndoCommand::nextCommand(bool undo, const Snapshot &current) const
{
    using Kind = Command::Kind;
    if (undo)
        return m_inverse;
    Command c = m_command;
    // The undo of a create removed (or, for accounts, deactivated) the entity under the
    // id the first commit gave it: bring that one back, so later undo steps name it.
    const Id created = m_inverse.target;
    switch (c.kind) {
    case Kind::CreateTeam:
        c.target = created;
        c.team.id = created;
        break;
    case Kind::CreateDatastore:
        c.target = created;
        c.datastore.id = created;
        break;
    case Kind::CreateServiceAccount:
        return Command::reactivate(created, versionIn(current.accounts, created));
    case Kind::UpdateTeam:
        c.expectedVersion = versionIn(current.teams, c.target);
        c.team.version = c.expectedVersion;
        break;
    case Kind::DeleteTeam:
        c.expectedVersion = versionIn(current.teams, c.target);
        break;
    case Kind::SetRole:
    case Kind::SetAccountTeams:
    case Kind::Deactivate:
    case Kind::Reactivate:
        c.expectedVersion = versionIn(current.accounts, c.target);
        break;
    case Kind::UpdateDatastore:
        c.expectedVersion = versionIn(current.datastores, c.target);
        c.datastore.version = c.expectedVersion;
        break;
    case Kind::DeleteDatastore:
        c.expectedVersion = versionIn(current.datastores, c.target);
        break;
    }
    return c;
}

void AdminUndoCommand::stepDone(bool undo, const Command &ran, const Command &inverse)
{
    Q_UNUSED(ran);
    if (!undo)
        m_inverse = inverse;
}

} // namespace Gatehouse

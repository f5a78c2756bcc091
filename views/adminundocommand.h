// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/command.h"

#include <QUndoCommand>

namespace Gatehouse {

class AdminSession;
struct Snapshot;

// One applied change on the undo stack. undo() and redo() only start the work: the session
// plans the command through AdminService, commits it and applies it, later. Undo runs the
// inverse the plan named for the commit; redo re-plans the original command against the
// current versions.
class AdminUndoCommand : public QUndoCommand
{
public:
    AdminUndoCommand(AdminSession *session, const QString &text, const Command &command,
                     const Command &inverse);

    void undo() override;
    void redo() override;

    // The command to run for the next step in `direction`, with current versions.
    Command nextCommand(bool undo, const Snapshot &current) const;
    // After a successful step: the inverse of what just ran.
    void stepDone(bool undo, const Command &ran, const Command &inverse);
    // The next undo()/redo() call is the stack being put back after a failed step: no work.
    void skipNextStep() { m_skip = true; }

private:
    AdminSession *m_session = nullptr;
    Command m_command;  // what redo runs
    Command m_inverse;  // what undo runs
    bool m_pushed = false;
    bool m_skip = false;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessdiff.h"
#include "views/admindialog.h"

class QLabel;
class QLineEdit;

namespace Gatehouse {

// Confirms one destructive change (delete a team or datastore, deactivate or reactivate an
// account): states its impact on access, computed from the plan's access diff ("37
// accounts lose access to 12 datastores"), and optionally asks to type a name first.
class ConfirmDialog : public AdminDialog
{
    Q_OBJECT
public:
    ConfirmDialog(AdminSession *session, const QString &title, const QString &question,
                  const Command &command, QWidget *parent = nullptr);

    // OK stays disabled until `text` is typed exactly (leading/trailing spaces ignored).
    void requireTypedConfirmation(const QString &text);

    QLabel *questionLabel() const { return m_question; }
    QLabel *impactLabel() const { return m_impact; }
    QLineEdit *confirmationField() const { return m_confirmation; }

    // "37 accounts lose access to 12 datastores." from a diff.
    static QString impactText(const AccessDiff &diff);

protected:
    QList<Command> commands() const override;
    bool readyToApply() const override;

private:
    void updateImpact();

    Command m_command;
    QString m_expected;
    QLabel *m_question = nullptr;
    QLabel *m_impact = nullptr;
    QLabel *m_confirmationLabel = nullptr;
    QLineEdit *m_confirmation = nullptr;
};

} // namespace Gatehouse

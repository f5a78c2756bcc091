// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/admindialog.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTabWidget;

namespace Gatehouse {

class PickerWidget;

// New team or edit team: name, description, level (with one line of what it allows),
// members and datastores. The Public team's name and members are fixed.
class TeamDialog : public AdminDialog
{
    Q_OBJECT
public:
    // `team` with id 0: a new team.
    TeamDialog(AdminSession *session, const Team &team, QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QPlainTextEdit *descriptionField() const { return m_description; }
    QComboBox *levelBox() const { return m_level; }
    QLabel *levelSummaryLabel() const { return m_levelSummary; }
    PickerWidget *memberPicker() const { return m_members; }
    PickerWidget *datastorePicker() const { return m_datastores; }
    QTabWidget *tabs() const { return m_tabs; }

    Team editedTeam() const;

protected:
    QList<Command> commands() const override;
    bool rebase(QString *message) override;
    QString nothingToDoText() const override;

private:
    void updateTabTitles();

    Team m_team;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QComboBox *m_level = nullptr;
    QLabel *m_levelSummary = nullptr;
    QTabWidget *m_tabs = nullptr;
    PickerWidget *m_members = nullptr;
    PickerWidget *m_datastores = nullptr;
};

} // namespace Gatehouse

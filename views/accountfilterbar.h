// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/filterbar.h"

class QCheckBox;
class QComboBox;

namespace Gatehouse {

class Directory;
class TeamPickerButton;

// Role, teams (any of the chosen ones), service accounts only, show deactivated.
class AccountFilterBar : public FilterBar
{
    Q_OBJECT
public:
    explicit AccountFilterBar(Directory *directory, QWidget *parent = nullptr);

    FastFilterProxyModel::RowPredicate predicate() const override;
    void clear() override;
    void showEverything() override;
    void saveState(QSettings &settings) const override;
    void restoreState(const QSettings &settings) override;

    QComboBox *roleCombo() const { return m_role; }
    TeamPickerButton *teamPicker() const { return m_teams; }
    QCheckBox *serviceOnlyBox() const { return m_serviceOnly; }
    QCheckBox *showDeactivatedBox() const { return m_showDeactivated; }

private:
    Directory *m_directory = nullptr;
    QComboBox *m_role = nullptr;
    TeamPickerButton *m_teams = nullptr;
    QCheckBox *m_serviceOnly = nullptr;
    QCheckBox *m_showDeactivated = nullptr;
};

} // namespace Gatehouse

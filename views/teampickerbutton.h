// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QPushButton>

class QLineEdit;
class QListWidget;
class QListWidgetItem;

namespace Gatehouse {

class Directory;

// "Teams: 2 selected": a button whose popup lists every team with a check box and a
// search field, for organisations with a thousand teams where a plain menu is unusable.
class TeamPickerButton : public QPushButton
{
    Q_OBJECT
public:
    explicit TeamPickerButton(Directory *directory, QWidget *parent = nullptr);

    QList<Id> selectedTeams() const { return m_selected; }
    void setSelectedTeams(const QList<Id> &ids);

Q_SIGNALS:
    void selectionChanged();

private:
    void rebuildList();
    void applyListFilter(const QString &text);
    void onItemChanged(QListWidgetItem *item);
    void updateText();

    Directory *m_directory = nullptr;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QList<Id> m_selected; // ascending
    bool m_rebuilding = false;
};

} // namespace Gatehouse

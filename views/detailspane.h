// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Gatehouse {

class Directory;

enum class EntityKind : quint8 { Account, Team, Datastore };

// What the selected row is connected to: a team's members and datastores, an account's
// teams and the datastores it reaches (with level and why), a datastore's teams and the
// accounts that reach it. Activating an item asks to show that entity's row; the link under
// an account's or a datastore's title asks for its reverse lookup ("Who reaches this…",
// "What can this account reach…").
class DetailsPane : public QWidget
{
    Q_OBJECT
public:
    // Long lists stop after this many items, ending with "and N more".
    static constexpr int MaxListedItems = 500;

    explicit DetailsPane(Directory *directory, QWidget *parent = nullptr);

    void showEntity(EntityKind kind, Id id); // id -1: nothing selected
    void refresh();

    QLabel *titleLabel() const { return m_title; }
    QLabel *firstCaption() const { return m_firstCaption; }
    QLabel *secondCaption() const { return m_secondCaption; }
    // The lookup link; hidden for a team and when nothing is selected.
    QLabel *lookupLink() const { return m_lookupLink; }
    // Two-column lists: name, then level, e-mail or kind.
    QTreeWidget *firstList() const { return m_firstList; }
    QTreeWidget *secondList() const { return m_secondList; }

Q_SIGNALS:
    void navigateRequested(Gatehouse::EntityKind kind, qint64 id);
    // The lookup link was activated for this account or datastore.
    void lookupRequested(Gatehouse::EntityKind kind, qint64 id);

private:
    void showNothing();
    void showAccount(qsizetype pos);
    void showTeam(qsizetype pos);
    void showDatastore(qsizetype pos);
    void onItemActivated(QTreeWidgetItem *item);
    void showLists();

    Directory *m_directory = nullptr;
    EntityKind m_kind = EntityKind::Account;
    Id m_id = -1;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_lookupLink = nullptr;
    QLabel *m_firstCaption = nullptr;
    QLabel *m_secondCaption = nullptr;
    QTreeWidget *m_firstList = nullptr;
    QTreeWidget *m_secondList = nullptr;
};

} // namespace Gatehouse

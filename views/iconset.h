// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QList>
#include <QString>

namespace Gatehouse {

// The application's own icons (resources/icons/actions). Several places may share one
// drawing: the Teams page and a team row both show Team.
enum class IconId {
    // Pages of the side list
    Accounts,
    History,
    Findings,
    TeamGrid,
    Matrix,
    Reviews,
    // Things the organisation holds
    AccountHuman,
    AccountService,
    Team,
    TeamPublic,
    Datastore,
    Token,
    // Actions
    New,
    Edit,
    Delete,
    Undo,
    Redo,
    Import,
    Export,
    Print,
    Report,
    Search,
    Filter,
    Refresh,
    Settings,
    SignIn,
    SignOut,
    Copy,
    Save,
    Open,
    Connect,
    Compare,
    Revoke,
    Restore,
    // Messages
    Warning,
    Error,
    Info,
};

// The icons follow the application palette when they are painted, not when they are
// made: an icon kept in a widget turns light on a dark palette by itself. Call from the
// GUI thread only (the pixmaps are cached in QPixmapCache).
class IconSet
{
public:
    static QIcon icon(IconId id);
    static QString resourcePath(IconId id);
    static QList<IconId> allIds();
};

} // namespace Gatehouse

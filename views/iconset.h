// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QList>
#include <QString>

class QLabel;

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

    // Shows `icon` (one of this set, or any other) as `label`'s pixmap, `side` logical
    // pixels square, and keeps it current: a pixmap in a label follows neither a new palette
    // nor a new device pixel ratio by itself. A valid `colour` draws the whole icon in it
    // instead of the palette's, for a label on a background of its own. A later call for
    // the same label replaces this one.
    static void showInLabel(QLabel *label, const QIcon &icon, int side, const QColor &colour = QColor());
};

} // namespace Gatehouse

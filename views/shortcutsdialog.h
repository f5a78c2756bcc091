// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLineEdit;
class QMenuBar;
class QTreeWidget;

namespace Gatehouse {

// Help → Keyboard Shortcuts: every menu command of the window with its shortcut, read from
// the menus themselves when the sheet opens, so it can never disagree with them. Commands
// without a shortcut are listed too (with their menu path: Alt + the underlined letters).
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent = nullptr);

    // Shown rows as "Menu > Command<TAB>Shortcut", in order (for tests and copying).
    QStringList shownRows() const;

private:
    void filter(const QString &text);

    QLineEdit *m_search = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace Gatehouse

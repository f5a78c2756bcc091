// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTabWidget;
class QTextBrowser;

namespace Gatehouse {

// Help → About Gatehouse: name, version, what it is, the Qt it runs on, its licence notice
// and the licences of the libraries it uses. Esc or Close dismisses it.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // Where the About dialog sends people for the README.
    static QString readmeUrl();

    QTabWidget *tabs() const { return m_tabs; }

private:
    QTabWidget *m_tabs = nullptr;
};

} // namespace Gatehouse

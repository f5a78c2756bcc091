// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/aboutdialog.h"
#include "views/dialogfocus.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

#ifndef GATEHOUSE_REPOSITORY_URL
#error "GATEHOUSE_REPOSITORY_URL is defined by the top-level CMakeLists.txt"
#endif

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

QTextBrowser *textPage(const QString &html, const QString &accessibleName, QWidget *parent)
{
    auto *browser = new QTextBrowser(parent);
    browser->setOpenExternalLinks(true);
    // Tab leaves the page instead of walking its links, so the dialog's tab order holds.
    browser->setTabChangesFocus(true);
    browser->setHtml(html);
    browser->setAccessibleName(accessibleName);
    browser->setMinimumHeight(180);
    return browser;
}

} // namespace

QString AboutDialog::readmeUrl()
{
    return QStringLiteral(GATEHOUSE_REPOSITORY_URL) + u"#readme"_s;
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    keepButtonsReachable(this);
    setWindowTitle(tr("About Gatehouse"));

    auto *icon = new QLabel(this);
    const QIcon appIcon = QApplication::windowIcon();
    if (!appIcon.isNull())
        icon->setPixmap(appIcon.pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    icon->setAccessibleName(tr("Gatehouse icon"));

    auto *title = new QLabel(u"<h2>%1</h2>"_s.arg(tr("Gatehouse %1").arg(QStringLiteral(GATEHOUSE_VERSION))),
                             this);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *description = new QLabel(tr("A desktop console for datastore access control: platform "
                                      "roles, teams and the access they grant."),
                                   this);
    description->setWordWrap(true);
    // qVersion() is the Qt library loaded now, which may be newer than the one built against.
    auto *qtVersion = new QLabel(tr("Using Qt %1 (built with Qt %2).")
                                     .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                                 this);
    qtVersion->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *readme = new QLabel(u"<a href=\"%1\">%2</a>"_s.arg(readmeUrl().toHtmlEscaped(),
                                                           tr("Read the README: what Gatehouse does and how")),
                              this);
    readme->setOpenExternalLinks(true);
    readme->setTextInteractionFlags(Qt::TextBrowserInteraction);
    readme->setAccessibleName(tr("Project README"));

    auto *heading = new QVBoxLayout;
    heading->addWidget(title);
    heading->addWidget(description);
    heading->addWidget(qtVersion);
    heading->addWidget(readme);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(heading, 1);

    const QString licence =
        u"<p>%1</p><p>%2</p><p>%3</p><p>%4</p>"_s.arg(
            tr("Copyright © The Gatehouse developers."),
            tr("This program is free software: you can redistribute it and/or modify it under the "
               "terms of the GNU General Public License as published by the Free Software "
               "Foundation, either version 3 of the License, or (at your option) any later version."),
            tr("This program is distributed in the hope that it will be useful, but WITHOUT ANY "
               "WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A "
               "PARTICULAR PURPOSE. See the GNU General Public License for more details."),
            tr("You should have received a copy of the GNU General Public License along with this "
               "program. If not, see <a href=\"https://www.gnu.org/licenses/\">"
               "https://www.gnu.org/licenses/</a>."));
    const QString thirdParty =
        u"<p>%1</p><ul><li>%2</li><li>%3</li><li>%4</li></ul>"_s.arg(
            tr("Gatehouse is built on these libraries:"),
            tr("<b>Qt</b> %1 — the GNU Lesser General Public License, version 3 "
               "(<a href=\"https://www.gnu.org/licenses/lgpl-3.0.html\">LGPL-3.0</a>); "
               "<a href=\"https://www.qt.io/licensing/\">Qt licensing</a>.")
                .arg(QString::fromLatin1(qVersion())),
            tr("<b>SQLite</b> — in the public domain "
               "(<a href=\"https://www.sqlite.org/copyright.html\">SQLite copyright</a>)."),
            tr("<b>libpq</b>, the PostgreSQL client library — the PostgreSQL Licence "
               "(<a href=\"https://www.postgresql.org/about/licence/\">PostgreSQL licence</a>)."));

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(textPage(licence, tr("Licence notice"), m_tabs), tr("&Licence"));
    m_tabs->addTab(textPage(thirdParty, tr("Third-party licences"), m_tabs), tr("&Third-party licences"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);
    resize(560, 440);
    buttons->button(QDialogButtonBox::Close)->setFocus();
}

} // namespace Gatehouse

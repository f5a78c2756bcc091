// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/shortcutsdialog.h"
#include "views/dialogfocus.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// Menu text without the mnemonic marker and the trailing ellipsis.
QString plainText(QString text)
{
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

void addMenu(QTreeWidgetItem *parent, const QMenu *menu)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (const QMenu *sub = action->menu()) {
            auto *item = new QTreeWidgetItem(parent, {plainText(action->text())});
            addMenu(item, sub);
            if (item->childCount() == 0)
                delete item;
            continue;
        }
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts())
            keys.append(sequence.toString(QKeySequence::NativeText));
        auto *item = new QTreeWidgetItem(parent, {plainText(action->text()), keys.join(u", "_s)});
        item->setToolTip(0, action->toolTip());
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menuBar, QWidget *parent)
    : QDialog(parent)
{
    keepButtonsReachable(this);
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search commands and keys"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search shortcuts"));

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Command"), tr("Shortcut")});
    m_tree->setAccessibleName(tr("Shortcuts"));
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    for (QAction *action : menuBar->actions()) {
        const QMenu *menu = action->menu();
        if (!menu || !action->isVisible())
            continue;
        auto *item = new QTreeWidgetItem(m_tree, {plainText(action->text())});
        addMenu(item, menu);
        if (item->childCount() == 0)
            delete item;
    }
    m_tree->expandAll();

    auto *hint = new QLabel(tr("Menus open with Alt and their underlined letter; in tables, type to search, "
                               "Enter opens the selected row."),
                            this);
    hint->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_search, &QLineEdit::textChanged, this, &ShortcutsDialog::filter);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_tree, 1);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(560, 620);
    m_search->setFocus();
}

void ShortcutsDialog::filter(const QString &text)
{
    const QString needle = text.trimmed();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *menu = m_tree->topLevelItem(i);
        const bool menuMatches = menu->text(0).contains(needle, Qt::CaseInsensitive);
        int shown = 0;
        // One level of submenus is all the window has; deeper items follow their parent.
        const std::function<bool(QTreeWidgetItem *)> apply = [&](QTreeWidgetItem *item) {
            bool any = false;
            for (int c = 0; c < item->childCount(); ++c) {
                QTreeWidgetItem *child = item->child(c);
                bool show = menuMatches || child->text(0).contains(needle, Qt::CaseInsensitive)
                    || child->text(1).contains(needle, Qt::CaseInsensitive);
                if (child->childCount() > 0)
                    show = apply(child) || show;
                child->setHidden(!show);
                any = any || show;
            }
            return any;
        };
        shown = apply(menu) ? 1 : 0;
        menu->setHidden(shown == 0 && !menuMatches);
    }
}

QStringList ShortcutsDialog::shownRows() const
{
    QStringList rows;
    const std::function<void(QTreeWidgetItem *, const QString &)> walk = [&](QTreeWidgetItem *item,
                                                                            const QString &path) {
        for (int c = 0; c < item->childCount(); ++c) {
            QTreeWidgetItem *child = item->child(c);
            if (child->isHidden())
                continue;
            const QString here = path + u" > "_s + child->text(0);
            if (child->childCount() > 0)
                walk(child, here);
            else
                rows.append(here + u'\t' + child->text(1));
        }
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *menu = m_tree->topLevelItem(i);
        if (!menu->isHidden())
            walk(menu, menu->text(0));
    }
    return rows;
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/teamdialog.h"

#include "core/directory.h"
#include "models/displaytext.h"
#include "views/adminsession.h"
#include "views/admintext.h"
#include "views/pickerwidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QTableView>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Gatehouse {

TeamDialog::TeamDialog(AdminSession *session, const Team &team, QWidget *parent)
    : AdminDialog(session, team.id == 0 ? tr("New Team") : tr("Edit Team '%1'").arg(team.name), parent),
      m_team(team)
{
    Directory *directory = session->directory();
    auto *fields = new QWidget(this);
    m_name = new QLineEdit(team.name, fields);
    m_name->setAccessibleName(tr("Name"));
    m_name->setMaxLength(1000); // longer than allowed, so the rule's message can say so
    m_description = new QPlainTextEdit(team.description, fields);
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(fontMetrics().lineSpacing() * 4);
    m_level = new QComboBox(fields);
    m_level->setAccessibleName(tr("Level"));
    for (Level level : {Level::Editor, Level::Author, Level::Drafter, Level::Viewer, Level::Reporter}) {
        m_level->addItem(DisplayText::level(level), int(level));
        m_level->setItemData(m_level->count() - 1, levelSummary(level), Qt::ToolTipRole);
    }
    m_level->setCurrentIndex(m_level->findData(int(team.permission)));
    m_levelSummary = new QLabel(fields);
    m_levelSummary->setWordWrap(true);
    m_levelSummary->setForegroundRole(QPalette::PlaceholderText);

    m_members = new PickerWidget(SelectionPickerModel::Kind::Accounts, directory, fields);
    m_members->setSelectedIds(team.members);
    m_datastores = new PickerWidget(SelectionPickerModel::Kind::Datastores, directory, fields);
    m_datastores->setSelectedIds(team.datastores);
    m_tabs = new QTabWidget(fields);
    m_tabs->addTab(m_members, QString());
    m_tabs->addTab(m_datastores, QString());

    if (team.isPublic) {
        m_name->setReadOnly(true);
        m_name->setToolTip(tr("The Public team cannot be renamed."));
        m_members->setReadOnly(true, tr("Everyone is a member of Public: its members cannot be "
                                        "edited. Its level and datastores can."));
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Level:"), m_level);
    form->addRow(QString(), m_levelSummary);
    auto *layout = new QVBoxLayout(fields);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_tabs, 1);
    contentLayout()->addWidget(fields);

    setTabOrder(m_name, m_description);
    setTabOrder(m_description, m_level);
    setTabOrder(m_level, m_tabs);
    setTabOrder(m_tabs, m_members->searchField());
    setTabOrder(m_members->searchField(), m_members->selectedOnlyBox());
    setTabOrder(m_members->selectedOnlyBox(), m_members->view());
    setTabOrder(m_members->view(), m_datastores->searchField());
    setTabOrder(m_datastores->searchField(), m_datastores->selectedOnlyBox());
    setTabOrder(m_datastores->selectedOnlyBox(), m_datastores->view());

    const Capabilities capabilities = session->capabilities();
    if (!capabilities.allowed(Capabilities::Action::EditTeams))
        setReadOnly(capabilities.reason(Capabilities::Action::EditTeams));

    const auto levelChanged = [this] {
        m_levelSummary->setText(levelSummary(Level(m_level->currentData().toInt())));
        schedulePreview();
    };
    connect(m_name, &QLineEdit::textChanged, this, &TeamDialog::schedulePreview);
    connect(m_description, &QPlainTextEdit::textChanged, this, &TeamDialog::schedulePreview);
    connect(m_level, &QComboBox::currentIndexChanged, this, levelChanged);
    for (PickerWidget *picker : {m_members, m_datastores}) {
        connect(picker, &PickerWidget::selectionChanged, this, &TeamDialog::schedulePreview);
        connect(picker, &PickerWidget::selectionChanged, this, &TeamDialog::updateTabTitles);
    }
    m_levelSummary->setText(levelSummary(team.permission));
    updateTabTitles();
    m_name->setFocus();
    resize(860, 760);
}

Team TeamDialog::editedTeam() const
{
    Team team = m_team;
    team.name = m_name->text();
    team.description = m_description->toPlainText();
    team.permission = Level(m_level->currentData().toInt());
    team.members = team.isPublic ? QList<Id>() : m_members->selectedIds();
    team.datastores = m_datastores->selectedIds();
    return team;
}

QList<Command> TeamDialog::commands() const
{
    const Team team = editedTeam();
    if (m_team.id == 0)
        return team.name.isEmpty() ? QList<Command>() : QList<Command>{Command::createTeam(team)};
    if (team == m_team)
        return {};
    return {Command::updateTeam(team)};
}

bool TeamDialog::rebase(QString *message)
{
    if (m_team.id == 0)
        return true;
    const Directory *directory = session()->directory();
    const qsizetype pos = directory->teamPos(m_team.id);
    if (pos < 0) {
        *message = tr("The team '%1' no longer exists.").arg(m_team.name);
        return false;
    }
    // Apply the edits made here on top of the team as it is now: a field left alone takes
    // the other change, a member or datastore added or removed here stays added or removed.
    const Team edited = editedTeam();
    const Team &fresh = directory->teams().at(pos);
    if (edited.name == m_team.name)
        m_name->setText(fresh.name);
    if (edited.description == m_team.description)
        m_description->setPlainText(fresh.description);
    if (edited.permission == m_team.permission)
        m_level->setCurrentIndex(m_level->findData(int(fresh.permission)));
    const auto merged = [](const QList<Id> &before, const QList<Id> &mine, QList<Id> theirs) {
        for (Id id : mine) {
            if (!before.contains(id) && !theirs.contains(id))
                theirs.append(id);
        }
        for (Id id : before) {
            if (!mine.contains(id))
                theirs.removeOne(id);
        }
        std::sort(theirs.begin(), theirs.end());
        return theirs;
    };
    if (!fresh.isPublic)
        m_members->setSelectedIds(merged(m_team.members, edited.members, fresh.members));
    m_datastores->setSelectedIds(merged(m_team.datastores, edited.datastores, fresh.datastores));
    m_team = fresh;
    return true;
}

QString TeamDialog::nothingToDoText() const
{
    return m_team.id == 0 ? tr("Type the team's name.") : AdminDialog::nothingToDoText();
}

void TeamDialog::updateTabTitles()
{
    const QLocale locale;
    m_tabs->setTabText(0, m_team.isPublic ? tr("&Members (everyone)")
                                          : tr("&Members (%1)").arg(locale.toString(m_members->model()->selectedCount())));
    m_tabs->setTabText(1, tr("Data&stores (%1)").arg(locale.toString(m_datastores->model()->selectedCount())));
}

} // namespace Gatehouse

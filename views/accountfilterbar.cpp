// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/accountfilterbar.h"

#include "core/directory.h"
#include "views/teampickerbutton.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QSettings>

#include <vector>

using namespace Qt::StringLiterals;

namespace Gatehouse {

AccountFilterBar::AccountFilterBar(Directory *directory, QWidget *parent)
    : FilterBar(parent), m_directory(directory)
{
    m_role = new QComboBox(this);
    m_role->setAccessibleName(tr("Role"));
    m_role->addItem(tr("All roles"), -1);
    m_role->addItem(tr("Admin"), int(Role::Admin));
    m_role->addItem(tr("Manager"), int(Role::Manager));
    m_role->addItem(tr("Member"), int(Role::Member));
    m_teams = new TeamPickerButton(directory, this);
    m_serviceOnly = new QCheckBox(tr("Only service accounts"), this);
    m_showDeactivated = new QCheckBox(tr("Show deactivated"), this);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_role);
    layout->addWidget(m_teams);
    layout->addWidget(m_serviceOnly);
    layout->addWidget(m_showDeactivated);

    connect(m_role, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
    connect(m_teams, &TeamPickerButton::selectionChanged, this, &FilterBar::changed);
    connect(m_serviceOnly, &QCheckBox::toggled, this, &FilterBar::changed);
    connect(m_showDeactivated, &QCheckBox::toggled, this, &FilterBar::changed);
}

FastFilterProxyModel::RowPredicate AccountFilterBar::predicate() const
{
    const int role = m_role->currentData().toInt();
    const bool serviceOnly = m_serviceOnly->isChecked();
    const bool showDeactivated = m_showDeactivated->isChecked();

    // Team filter as a flag per team position; choosing Public matches everyone.
    std::vector<bool> wantedTeams;
    bool anyTeam = true;
    const QList<Id> teamIds = m_teams->selectedTeams();
    if (!teamIds.isEmpty()) {
        anyTeam = false;
        wantedTeams.assign(size_t(m_directory->teams().size()), false);
        bool anyKnown = false;
        for (Id id : teamIds) {
            const qsizetype pos = m_directory->teamPos(id);
            if (pos < 0)
                continue;
            anyKnown = true;
            if (pos == m_directory->publicTeamPos())
                anyTeam = true;
            wantedTeams[size_t(pos)] = true;
        }
        // Only teams that no longer exist (restored settings, another organisation).
        if (!anyKnown)
            anyTeam = true;
    }

    if (role < 0 && !serviceOnly && showDeactivated && anyTeam)
        return {};

    const Directory *directory = m_directory;
    return [=](int row) {
        const Account &account = directory->accounts().at(row);
        if (!showDeactivated && !account.isActive())
            return false;
        if (serviceOnly && account.type != AccountType::Service)
            return false;
        if (role >= 0 && int(account.role) != role)
            return false;
        if (!anyTeam) {
            const QList<qsizetype> &teams = directory->access().teamsOf(row);
            return std::any_of(teams.cbegin(), teams.cend(), [&](qsizetype t) {
                return size_t(t) < wantedTeams.size() && wantedTeams[size_t(t)];
            });
        }
        return true;
    };
}

void AccountFilterBar::clear()
{
    const QSignalBlocker b1(m_role), b2(m_teams), b3(m_serviceOnly), b4(m_showDeactivated);
    m_role->setCurrentIndex(0);
    m_teams->setSelectedTeams({});
    m_serviceOnly->setChecked(false);
    Q_EMIT changed();
}

void AccountFilterBar::showEverything()
{
    {
        const QSignalBlocker blocker(m_showDeactivated);
        m_showDeactivated->setChecked(true);
    }
    clear();
}

void AccountFilterBar::saveState(QSettings &settings) const
{
    settings.setValue(u"role"_s, m_role->currentData());
    QVariantList teams;
    for (Id id : m_teams->selectedTeams())
        teams.append(id);
    settings.setValue(u"teams"_s, teams);
    settings.setValue(u"serviceOnly"_s, m_serviceOnly->isChecked());
    settings.setValue(u"showDeactivated"_s, m_showDeactivated->isChecked());
}

void AccountFilterBar::restoreState(const QSettings &settings)
{
    const QSignalBlocker b1(m_role), b2(m_teams), b3(m_serviceOnly), b4(m_showDeactivated);
    const int roleIndex = m_role->findData(settings.value(u"role"_s, -1).toInt());
    m_role->setCurrentIndex(qMax(0, roleIndex));
    QList<Id> teams;
    for (const QVariant &v : settings.value(u"teams"_s).toList())
        teams.append(v.toLongLong());
    m_teams->setSelectedTeams(teams);
    m_serviceOnly->setChecked(settings.value(u"serviceOnly"_s, false).toBool());
    m_showDeactivated->setChecked(settings.value(u"showDeactivated"_s, false).toBool());
    Q_EMIT changed();
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/serviceaccountdialog.h"

#include "core/validation.h"
#include "models/displaytext.h"
#include "views/adminsession.h"
#include "views/teamchecklist.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace Gatehouse {

ServiceAccountDialog::ServiceAccountDialog(AdminSession *session, QWidget *parent)
    : AdminDialog(session, tr("New Service Account"), parent)
{
    auto *fields = new QWidget(this);
    m_name = new QLineEdit(fields);
    m_name->setAccessibleName(tr("Name"));
    m_name->setPlaceholderText(tr("e.g. Pipeline Automation"));
    m_identifier = new QLabel(fields);
    m_identifier->setTextFormat(Qt::PlainText);
    m_identifier->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_identifier->setAccessibleName(tr("Identifier"));
    m_role = new QComboBox(fields);
    m_role->setAccessibleName(tr("Role"));
    for (Role role : {Role::Member, Role::Manager, Role::Admin})
        m_role->addItem(DisplayText::role(role), int(role));
    m_teams = new TeamChecklist(session->directory(), fields);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Identifier:"), m_identifier);
    form->addRow(tr("&Role:"), m_role);
    form->addRow(tr("&Teams:"), m_teams);
    auto *layout = new QVBoxLayout(fields);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    contentLayout()->addWidget(fields);
    // Tab follows the order the fields were made in, which is their reading order. Moving
    // the checklist's own search field and list with setTabOrder would put them after the
    // checklist, whose focus proxy then sends Tab back to the search field for ever.

    const Capabilities capabilities = session->capabilities();
    if (!capabilities.allowed(Capabilities::Action::CreateServiceAccounts))
        setReadOnly(capabilities.reason(Capabilities::Action::CreateServiceAccounts));

    const auto nameChanged = [this](const QString &text) {
        m_identifier->setText(text.trimmed().isEmpty() ? tr("(type a name)") : serviceSubjectFor(text));
        schedulePreview();
    };
    connect(m_name, &QLineEdit::textChanged, this, nameChanged);
    connect(m_role, &QComboBox::currentIndexChanged, this, &ServiceAccountDialog::schedulePreview);
    connect(m_teams, &TeamChecklist::selectionChanged, this, &ServiceAccountDialog::schedulePreview);
    nameChanged(QString());
    m_name->setFocus();
    resize(600, 600);
}

QList<Command> ServiceAccountDialog::commands() const
{
    if (m_name->text().trimmed().isEmpty())
        return {};
    return {Command::createServiceAccount(m_name->text(), Role(m_role->currentData().toInt()),
                                          m_teams->selectedIds())};
}

QString ServiceAccountDialog::nothingToDoText() const
{
    return tr("Type the service account's name.");
}

} // namespace Gatehouse

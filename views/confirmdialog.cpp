// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/confirmdialog.h"

#include "views/previewpanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

namespace Gatehouse {

ConfirmDialog::ConfirmDialog(AdminSession *session, const QString &title, const QString &question,
                             const Command &command, QWidget *parent)
    : AdminDialog(session, title, parent), m_command(command)
{
    auto *fields = new QWidget(this);
    m_question = new QLabel(question, fields);
    m_question->setWordWrap(true);
    m_impact = new QLabel(fields);
    m_impact->setWordWrap(true);
    m_impact->setAccessibleName(tr("Impact"));
    QFont bold = m_impact->font();
    bold.setBold(true);
    m_impact->setFont(bold);
    m_confirmationLabel = new QLabel(fields);
    m_confirmationLabel->setWordWrap(true);
    m_confirmation = new QLineEdit(fields);
    m_confirmation->setAccessibleName(tr("Confirmation"));
    m_confirmationLabel->setBuddy(m_confirmation);
    m_confirmationLabel->hide();
    m_confirmation->hide();
    auto *layout = new QVBoxLayout(fields);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_question);
    layout->addWidget(m_impact);
    layout->addWidget(m_confirmationLabel);
    layout->addWidget(m_confirmation);
    contentLayout()->addWidget(fields);
    okButton()->setText(title);

    connect(m_confirmation, &QLineEdit::textChanged, this, &ConfirmDialog::updateOkButton);
    // The impact follows the preview (planned after the dialog is built).
    connect(this, &AdminDialog::previewUpdated, this, &ConfirmDialog::updateImpact);
    // A destructive change opens on Cancel, so Enter or Space alone cannot apply it; a typed
    // confirmation takes the focus when one is asked for.
    buttonBox()->button(QDialogButtonBox::Cancel)->setFocus();
    resize(640, 420);
}

void ConfirmDialog::requireTypedConfirmation(const QString &text)
{
    m_expected = text;
    m_confirmationLabel->setText(tr("Type <b>%1</b> to confirm:").arg(text.toHtmlEscaped()));
    m_confirmationLabel->show();
    m_confirmation->show();
    m_confirmation->setFocus();
    updateOkButton();
}

QString ConfirmDialog::impactText(const AccessDiff &diff)
{
    QSet<Id> losingAccounts, lostDatastores, loweredAccounts, lowerDatastores, gainingAccounts;
    for (const AccessChange &change : diff.changes) {
        if (change.after == Level::None) {
            losingAccounts.insert(change.account);
            lostDatastores.insert(change.datastore);
        } else if (change.after < change.before) {
            loweredAccounts.insert(change.account);
            lowerDatastores.insert(change.datastore);
        } else {
            gainingAccounts.insert(change.account);
        }
    }
    // Each sentence agrees with its number of accounts; the datastores are a second number, so
    // they come in as a numerus phrase of their own.
    const auto datastores = [](qsizetype n) { return tr("%Ln datastore(s)", nullptr, int(n)); };
    QStringList parts;
    if (!losingAccounts.isEmpty()) {
        parts.append(tr("%Ln account(s) lose(s) access to %1.", nullptr, int(losingAccounts.size()))
                         .arg(datastores(lostDatastores.size())));
    }
    if (!loweredAccounts.isEmpty()) {
        parts.append(tr("%Ln account(s) get(s) a lower level on %1.", nullptr, int(loweredAccounts.size()))
                         .arg(datastores(lowerDatastores.size())));
    }
    if (!gainingAccounts.isEmpty())
        parts.append(tr("%Ln account(s) gain(s) access.", nullptr, int(gainingAccounts.size())));
    if (parts.isEmpty())
        return tr("Nobody's access changes.");
    return parts.join(u' ');
}

QList<Command> ConfirmDialog::commands() const
{
    return {m_command};
}

bool ConfirmDialog::readyToApply() const
{
    return m_expected.isEmpty() || m_confirmation->text().trimmed() == m_expected.trimmed();
}

void ConfirmDialog::updateImpact()
{
    if (preview()->hasError())
        m_impact->clear();
    else
        m_impact->setText(impactText(preview()->diff()));
}

} // namespace Gatehouse

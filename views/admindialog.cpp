// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/admindialog.h"

#include "core/accessdiff.h"
#include "core/directory.h"
#include "views/appearance.h"
#include "views/adminsession.h"
#include "views/dialogfocus.h"
#include "views/iconset.h"
#include "views/previewpanel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {
bool isAccountCommand(Command::Kind kind)
{
    using Kind = Command::Kind;
    return kind == Kind::SetRole || kind == Kind::SetAccountTeams || kind == Kind::Deactivate
        || kind == Kind::Reactivate;
}
} // namespace

AdminDialog::AdminDialog(AdminSession *session, const QString &title, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    keepButtonsReachable(this);
    setWindowTitle(title);
    m_content = new QVBoxLayout;
    m_readOnlyNote = new QLabel(this);
    m_readOnlyNote->setWordWrap(true);
    m_readOnlyNote->hide();
    m_preview = new PreviewPanel(this);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    Appearance::showAsProblem(m_status);
    m_status->setAccessibleName(tr("Error"));
    m_status->hide();
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Applying…"));
    m_progress->setTextVisible(true);
    m_progress->setMaximumHeight(fontMetrics().height());
    m_progress->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_reload = m_buttons->addButton(tr("&Reload and Re-apply"), QDialogButtonBox::ResetRole);
    m_reload->setIcon(IconSet::icon(IconId::Refresh));
    m_reload->setToolTip(tr("Read the organisation again and put your changes on top of it"));
    m_reload->setAutoDefault(false);
    m_reload->hide();
    okButton()->setText(tr("&Apply"));
    okButton()->setDefault(true);
    okButton()->setEnabled(false); // until the first plan is valid

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_readOnlyNote);
    layout->addLayout(m_content, 1);
    layout->addWidget(m_preview);
    layout->addWidget(m_status);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &AdminDialog::updatePreview);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AdminDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AdminDialog::reject);
    connect(m_reload, &QPushButton::clicked, this, &AdminDialog::reloadOrganisation);
    m_preview->setMessage(tr("Computing the preview…"));
    // The first preview once the subclass has built its fields.
    QTimer::singleShot(0, this, &AdminDialog::updatePreview);
}

AdminDialog::~AdminDialog() = default;

QPushButton *AdminDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString AdminDialog::nothingToDoText() const
{
    return tr("Nothing changed yet.");
}

void AdminDialog::setReadOnly(const QString &reason)
{
    m_readOnly = true;
    m_readOnlyNote->setText(reason);
    m_readOnlyNote->show();
    okButton()->hide();
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
    m_preview->hide();
}

void AdminDialog::schedulePreview()
{
    m_status->hide();
    m_planOk = false;
    updateOkButton();
    m_previewTimer->start();
}

void AdminDialog::updatePreview()
{
    m_previewTimer->stop();
    if (m_readOnly || m_busy)
        return;
    const QList<Command> list = commands();
    m_planOk = false;
    if (list.isEmpty()) {
        m_preview->setMessage(nothingToDoText());
        updateOkButton();
        Q_EMIT previewUpdated();
        return;
    }
    // Later commands are planned against the organisation as the earlier ones leave it.
    const Snapshot &before = m_session->directory()->snapshot();
    Snapshot state = before;
    for (const Command &command : list) {
        const Result<Plan> plan = AdminService::plan(state, m_session->actingSubject(), command);
        if (!plan.ok()) {
            m_preview->setError(plan.error());
            // The entity changed under the dialog (live refresh): the edits go on top of it.
            if (plan.error().code == Error::Code::Conflict)
                m_reload->show();
            updateOkButton();
            Q_EMIT previewUpdated();
            return;
        }
        state = plan->after;
    }
    m_preview->setDiff(diffAccess(before, state), before, state);
    m_planOk = true;
    updateOkButton();
    Q_EMIT previewUpdated();
}

void AdminDialog::updateOkButton()
{
    okButton()->setEnabled(m_planOk && !m_busy && readyToApply());
}

void AdminDialog::accept()
{
    if (m_readOnly || m_busy)
        return;
    updatePreview();
    if (!m_planOk || !readyToApply())
        return;
    m_pending = commands();
    m_status->hide();
    m_reload->hide();
    applyFrom(0);
}

void AdminDialog::reject()
{
    // The commit is on its way: the dialog waits for its answer.
    if (m_busy)
        return;
    QDialog::reject();
}

void AdminDialog::applyFrom(int index)
{
    if (index >= m_pending.size()) {
        setBusy(false);
        QDialog::accept();
        return;
    }
    Command command = m_pending.at(index);
    const Directory *directory = m_session->directory();
    if (index > 0 && isAccountCommand(command.kind) && command.expectedVersion != 0) {
        // The earlier command of this dialog bumped the account's version.
        const qsizetype pos = directory->accountPos(command.target);
        if (pos >= 0)
            command.expectedVersion = directory->accounts().at(pos).version;
    }
    const Result<Plan> plan = m_session->plan(command);
    if (!plan.ok()) {
        setBusy(false);
        m_preview->setError(plan.error());
        m_planOk = false;
        updateOkButton();
        return;
    }
    setBusy(true);
    m_session->execute(plan.value(), this, [this, index](const Result<void> &result) {
        if (result.ok()) {
            applyFrom(index + 1);
            return;
        }
        setBusy(false);
        m_status->setText(result.error().message);
        m_status->show();
        if (result.error().code == Error::Code::Conflict) {
            m_reload->show();
            showConflict(result.error());
        }
        if (index > 0)
            schedulePreview(); // the first part is applied: show what is left
    });
}

void AdminDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_progress->setVisible(busy);
    for (int i = 0; i < m_content->count(); ++i) {
        if (QWidget *w = m_content->itemAt(i)->widget())
            w->setEnabled(!busy);
        else if (QLayout *l = m_content->itemAt(i)->layout())
            l->setEnabled(!busy);
    }
    m_buttons->setEnabled(!busy);
    updateOkButton();
}

QMessageBox *AdminDialog::conflictBox() const
{
    return qobject_cast<QMessageBox *>(m_conflictBox.data());
}

void AdminDialog::showConflict(const Error &error)
{
    if (m_conflictBox)
        m_conflictBox->close();
    auto *box = new QMessageBox(QMessageBox::Warning, windowTitle(), error.message, QMessageBox::Cancel, this);
    box->setInformativeText(tr("Reload and Re-apply reads the organisation again and puts your changes on "
                               "top of it, for you to apply again."));
    QPushButton *reload = box->addButton(tr("&Reload and Re-apply"), QMessageBox::AcceptRole);
    box->setDefaultButton(reload);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(reload, &QPushButton::clicked, this, &AdminDialog::reloadOrganisation);
    m_conflictBox = box;
    box->open();
}

void AdminDialog::reloadOrganisation()
{
    setBusy(true);
    m_progress->setFormat(tr("Reloading…"));
    m_session->reload(this, [this](const Result<void> &result) {
        setBusy(false);
        m_progress->setFormat(tr("Applying…"));
        if (!result.ok()) {
            m_status->setText(result.error().message);
            m_status->show();
            return;
        }
        QString message;
        if (!rebase(&message)) {
            m_status->setText(message);
            m_status->show();
            m_reload->hide();
            return;
        }
        m_status->hide();
        m_reload->hide();
        updatePreview();
    });
}

} // namespace Gatehouse

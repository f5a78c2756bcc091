// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/settingsdialog.h"

#include "core/directory.h"
#include "views/adminsession.h"
#include "views/dialogfocus.h"
#include "views/iconset.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

// Every settings key SSO uses, so an emptied field removes its key (saveSettings removes
// a key given an empty value, and keeps keys it is not given).
QHash<QString, QString> withEveryKey(const SsoSettings &settings)
{
    SsoSettings full;
    full.issuer = full.clientId = full.scopes = full.adminEmail = u"x"_s;
    QHash<QString, QString> values = settings.toSettings();
    const QList<QString> keys = full.toSettings().keys();
    for (const QString &key : keys) {
        if (!values.contains(key))
            values.insert(key, QString());
    }
    return values;
}

} // namespace

QString SettingsDialog::refusal(const AdminSession *session)
{
    const Capabilities caps = session->capabilities();
    if (caps.readOnly)
        return caps.reason(Capabilities::Action::EditAccounts);
    // Turning SSO off asks nothing but who is asking: what core answers for that is
    // whether this account may change the settings at all.
    const Result<void> allowed = SignInService::checkSettings(session->directory()->snapshot(),
                                                              session->actingSubject(), SsoSettings());
    return allowed ? QString() : allowed.error().message;
}

SettingsDialog::SettingsDialog(AdminSession *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
    keepButtonsReachable(this);
    setWindowTitle(tr("Organisation Settings"));
    m_issuer = new QLineEdit;
    m_issuer->setPlaceholderText(u"https://login.example.com/"_s);
    m_clientId = new QLineEdit;
    m_scopes = new QLineEdit;
    m_scopes->setPlaceholderText(SsoSettings().scopes);
    m_adminEmail = new QLineEdit;
    m_adminEmail->setPlaceholderText(tr("An Admin's e-mail, e.g. ada@example.com"));
    m_adminEmail->setToolTip(tr("Whoever signs in by SSO with this verified e-mail takes over that Admin account, "
                                "so turning SSO on never locks the organisation out."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Issuer:"), m_issuer);
    form->addRow(tr("&Client id:"), m_clientId);
    form->addRow(tr("S&copes:"), m_scopes);
    form->addRow(tr("&Admin e-mail:"), m_adminEmail);
    auto *group = new QGroupBox(tr("Single sign-on (OpenID Connect)"));
    auto *groupLayout = new QVBoxLayout(group);
    m_state = new QLabel;
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setObjectName(u"ssoState"_s);
    groupLayout->addWidget(m_state);
    groupLayout->addLayout(form);
    auto *hint = new QLabel(tr("Register Gatehouse with the identity provider as a native application "
                               "(public client) with the redirect URI http://127.0.0.1/callback, any port."));
    hint->setWordWrap(true);
    groupLayout->addWidget(hint);

    m_error = new QLabel;
    m_error->setObjectName(u"settingsError"_s);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(u"color: palette(highlighted-text); background: #b3261e; padding: 4px;"_s);
    m_error->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_save = m_buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    m_save->setIcon(IconSet::icon(IconId::Save));
    m_disable = m_buttons->addButton(tr("&Disable SSO"), QDialogButtonBox::ActionRole);
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::save);
    connect(m_disable, &QPushButton::clicked, this, &SettingsDialog::disableSso);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(group);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    m_save->setDefault(true); // once in the dialog, so the dialog takes it as its default
    for (QLineEdit *field : {m_issuer, m_clientId, m_scopes, m_adminEmail})
        connect(field, &QLineEdit::textEdited, m_error, &QWidget::hide);
    // The fields set the width; the wrapped texts take the lines they need at that width.
    m_issuer->setMinimumWidth(fontMetrics().averageCharWidth() * 52);
    setBusy(true);
    m_state->setText(tr("Reading the settings\u2026"));
    load();
}

void SettingsDialog::load()
{
    const AdminBackend &backend = m_session->backend();
    if (!backend.settings) {
        m_loaded = true;
        showError(makeError(Error::Code::NotFound, tr("No database is open.")));
        m_state->clear();
        Q_EMIT loaded();
        return;
    }
    backend.settings().then(this, [this](const Result<QHash<QString, QString>> &settings) {
        m_loaded = true;
        if (!settings) {
            m_state->clear();
            showError(settings.error());
            Q_EMIT loaded();
            return;
        }
        m_stored = SsoSettings::fromSettings(settings.value());
        m_issuer->setText(m_stored.issuer);
        m_clientId->setText(m_stored.clientId);
        m_scopes->setText(m_stored.scopes);
        m_adminEmail->setText(m_stored.adminEmail);
        setBusy(false);
        updateState();
        adjustSize();
        m_issuer->setFocus(Qt::OtherFocusReason);
        Q_EMIT loaded();
    });
}

void SettingsDialog::updateState()
{
    m_state->setText(m_stored.isEnabled()
                         ? tr("SSO is enabled: people sign in with %1.").arg(m_stored.issuer)
                         : tr("SSO is off: Gatehouse acts as the operating-system account (local|<name>)."));
    m_disable->setEnabled(!m_busy && m_stored.isEnabled());
}

void SettingsDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QLineEdit *field : {m_issuer, m_clientId, m_scopes, m_adminEmail})
        field->setEnabled(!busy);
    m_save->setEnabled(!busy);
    m_disable->setEnabled(!busy && m_stored.isEnabled());
}

SsoSettings SettingsDialog::formSettings() const
{
    SsoSettings settings;
    settings.issuer = m_issuer->text().trimmed();
    settings.clientId = m_clientId->text().trimmed();
    settings.scopes = m_scopes->text().simplified();
    if (settings.scopes.isEmpty())
        settings.scopes = SsoSettings().scopes;
    settings.adminEmail = m_adminEmail->text().trimmed();
    return settings;
}

void SettingsDialog::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->setToolTip(error.detail);
    m_error->show();
    adjustSize();
    // Point at the field the sentence names.
    const QString message = error.message.toCaseFolded();
    if (message.startsWith(u"issuer"))
        m_issuer->setFocus(Qt::OtherFocusReason);
    else if (message.startsWith(u"client"))
        m_clientId->setFocus(Qt::OtherFocusReason);
    else if (message.startsWith(u"scope"))
        m_scopes->setFocus(Qt::OtherFocusReason);
    else if (message.startsWith(u"admin"))
        m_adminEmail->setFocus(Qt::OtherFocusReason);
}

void SettingsDialog::save()
{
    if (m_busy)
        return;
    store(formSettings(), true);
}

void SettingsDialog::disableSso()
{
    if (m_busy)
        return;
    SsoSettings settings = formSettings();
    settings.issuer.clear();
    store(settings, false);
}

void SettingsDialog::store(const SsoSettings &settings, bool closeAfter)
{
    const Result<void> allowed = SignInService::checkSettings(m_session->directory()->snapshot(),
                                                              m_session->actingSubject(), settings);
    if (!allowed) {
        showError(allowed.error());
        return;
    }
    const AdminBackend &backend = m_session->backend();
    if (!backend.saveSettings) {
        showError(makeError(Error::Code::NotFound, tr("No database is open.")));
        return;
    }
    m_error->hide();
    setBusy(true);
    backend.saveSettings(withEveryKey(settings), m_session->actingSubject())
        .then(this, [this, settings, closeAfter](const Result<void> &written) {
            setBusy(false);
            if (!written) {
                showError(written.error());
                return;
            }
            m_stored = settings;
            if (!m_stored.isEnabled())
                m_issuer->clear();
            updateState();
            Q_EMIT saved(m_stored.isEnabled());
            if (closeAfter)
                accept();
        });
}

} // namespace Gatehouse

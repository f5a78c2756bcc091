// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/signin.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Gatehouse {

class AdminSession;

// Organisation → Settings…: single sign-on (OIDC) for the organisation: issuer, client id,
// scopes and the e-mail of the Admin who takes over their account at the first SSO sign-in.
// Reads the stored settings through the session's backend when it opens; Save checks them
// with SignInService::checkSettings (the refusal is shown beside the form, naming the
// field) and stores them; Disable SSO removes the issuer, so Gatehouse uses the
// operating-system account again. Admins only (mayOpen()).
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(AdminSession *session, QWidget *parent = nullptr);

    // Whether the acting account may change the organisation's settings (core decides),
    // else why not.
    static QString refusal(const AdminSession *session);

    QLineEdit *issuerField() const { return m_issuer; }
    QLineEdit *clientIdField() const { return m_clientId; }
    QLineEdit *scopesField() const { return m_scopes; }
    QLineEdit *adminEmailField() const { return m_adminEmail; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *stateLabel() const { return m_state; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *disableButton() const { return m_disable; }
    bool isLoaded() const { return m_loaded; }
    // What the form holds now.
    SsoSettings formSettings() const;
    // As stored (after loading and after every save).
    const SsoSettings &storedSettings() const { return m_stored; }

public Q_SLOTS:
    void save();
    void disableSso();

Q_SIGNALS:
    // The stored settings were read (also after an error, shown in errorLabel()).
    void loaded();
    // The settings were stored; `enabled`: SSO is on now.
    void saved(bool enabled);

private:
    void load();
    void store(const SsoSettings &settings, bool closeAfter);
    void showError(const Error &error);
    void setBusy(bool busy);
    void updateState();

    AdminSession *m_session = nullptr;
    QLineEdit *m_issuer = nullptr;
    QLineEdit *m_clientId = nullptr;
    QLineEdit *m_scopes = nullptr;
    QLineEdit *m_adminEmail = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_disable = nullptr;
    SsoSettings m_stored;
    bool m_loaded = false;
    bool m_busy = false;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/snapshot.h"
#include "core/token.h"

#include <QDateTime>
#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace Gatehouse {

class AdminSession;

// "New Token": name, kind (only the kinds TokenService would let the acting account create:
// Personal for everyone; Service, for an active service account picked here, and SCIM for
// an active Admin), expiry (30, 60, 90, 365 days or never; 90 first). Create asks
// TokenService, stores the token through the session's backend and then shows the secret,
// once, with Copy and Save to File…. The secret lives in this dialog only: closing it
// overwrites the copies it holds.
class TokenDialog : public QDialog
{
    Q_OBJECT
public:
    // `all`: every stored token (names are unique per owner).
    TokenDialog(AdminSession *session, const QList<Token> &all, const QDateTime &now, QWidget *parent = nullptr);
    ~TokenDialog() override;

    QLineEdit *nameField() const { return m_name; }
    QComboBox *kindField() const { return m_kind; }
    QComboBox *serviceAccountField() const { return m_serviceAccount; }
    QComboBox *expiryField() const { return m_expiry; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *createButton() const { return m_create; }
    QDialogButtonBox *formButtons() const { return m_formButtons; }
    // The secret view.
    bool isShowingSecret() const;
    QLineEdit *secretField() const { return m_secretField; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *closeButton() const { return m_close; }
    // The token as stored (id and version set) once created.
    const Token &createdToken() const { return m_created; }

    // Writes the secret and a newline to `path`, readable and writable by its owner only
    // (0600, also when the file existed). False with a sentence in errorLabel() otherwise.
    bool saveSecretTo(const QString &path);

public Q_SLOTS:
    void create();
    void copySecret();
    void saveSecret();

Q_SIGNALS:
    // The token was stored (the secret stays in the dialog).
    void created(const Gatehouse::Token &token);

protected:
    void done(int result) override;

private:
    void updateKind();
    void showError(const Error &error);
    void showSecret(const Token &token);
    void clearSecret();

    AdminSession *m_session = nullptr;
    QList<Token> m_all;
    QDateTime m_now;
    QStackedWidget *m_pages = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QLabel *m_serviceAccountLabel = nullptr;
    QComboBox *m_serviceAccount = nullptr;
    QComboBox *m_expiry = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_formButtons = nullptr;
    QPushButton *m_create = nullptr;
    QLabel *m_summary = nullptr;
    QLineEdit *m_secretField = nullptr;
    QPushButton *m_copy = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_secretStatus = nullptr;
    QByteArray m_secret;
    Token m_created;
    bool m_saving = false;
};

} // namespace Gatehouse

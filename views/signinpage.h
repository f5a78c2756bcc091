// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace Gatehouse {

// Shown instead of the organisation while the organisation uses single sign-on and nobody
// has signed in yet: "Sign in with <issuer>", what the sign-in is doing (waiting for the
// browser, checking the answer), Cancel while it runs, and a refusal with Try Again. The
// page only shows and asks; whoever owns the window runs the sign-in.
class SignInPage : public QWidget
{
    Q_OBJECT
public:
    explicit SignInPage(QWidget *parent = nullptr);

    void setIssuer(const QString &issuer);
    // A sign-in is under way: the sign-in button waits, Cancel is offered.
    void setWaiting(bool waiting);
    bool isWaiting() const { return m_waiting; }
    void setStatus(const QString &text);
    // The sign-in failed: the sentence, and the button reads "Try Again".
    void showError(const QString &message);

    QString issuer() const { return m_issuer; }
    QString statusText() const;
    QPushButton *signInButton() const { return m_signIn; }
    QPushButton *cancelButton() const { return m_cancel; }

Q_SIGNALS:
    void signInRequested();
    void cancelRequested();

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_signIn = nullptr;
    QPushButton *m_cancel = nullptr;
    QString m_issuer;
    bool m_waiting = false;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/signinpage.h"

#include "views/iconset.h"

#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatehouse {

SignInPage::SignInPage(QWidget *parent) : QWidget(parent)
{
    auto *icon = new QLabel(this);
    // The application's own icon: the page stands for Gatehouse asking who you are (the
    // set's sign-in picture where no application icon is set).
    const QIcon appIcon = QGuiApplication::windowIcon();
    IconSet::showInLabel(icon, appIcon.isNull() ? IconSet::icon(IconId::SignIn) : appIcon, 64);
    icon->setAlignment(Qt::AlignCenter);
    m_title = new QLabel(tr("<h2>Sign in</h2>"), this);
    m_title->setAlignment(Qt::AlignCenter);
    m_text = new QLabel(this);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_status = new QLabel(this);
    m_status->setObjectName(u"signInStatus"_s);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_signIn = new QPushButton(tr("Sign In"), this);
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setEnabled(false);
    connect(m_signIn, &QPushButton::clicked, this, &SignInPage::signInRequested);
    connect(m_cancel, &QPushButton::clicked, this, &SignInPage::cancelRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_cancel);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    layout->addSpacing(12);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addStretch(2);
    setFocusProxy(m_signIn);
    setIssuer(QString());
}

void SignInPage::setIssuer(const QString &issuer)
{
    m_issuer = issuer;
    const QString host = QUrl(issuer).host();
    const QString shown = host.isEmpty() ? issuer : host;
    m_text->setText(tr("This organisation uses single sign-on. Gatehouse opens your browser to sign you in; "
                       "come back here when you are done."));
    m_signIn->setText(tr("Sign in with %1").arg(shown));
    m_signIn->setToolTip(issuer);
    m_status->clear();
}

void SignInPage::setWaiting(bool waiting)
{
    m_waiting = waiting;
    m_signIn->setEnabled(!waiting);
    m_cancel->setEnabled(waiting);
    if (waiting) {
        m_signIn->setText(tr("Sign in with %1").arg(QUrl(m_issuer).host().isEmpty() ? m_issuer : QUrl(m_issuer).host()));
        m_cancel->setFocus(Qt::OtherFocusReason);
    }
}

void SignInPage::setStatus(const QString &text)
{
    m_status->setText(text);
}

void SignInPage::showError(const QString &message)
{
    setWaiting(false);
    m_status->setText(message);
    m_signIn->setText(tr("Try Again"));
    m_signIn->setFocus(Qt::OtherFocusReason);
}

QString SignInPage::statusText() const
{
    return m_status->text();
}

} // namespace Gatehouse

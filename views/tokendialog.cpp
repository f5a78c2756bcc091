// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/tokendialog.h"

#include "core/directory.h"
#include "models/displaytext.h"
#include "models/tokentablemodel.h"
#include "views/adminsession.h"
#include "views/iconset.h"
#include "views/dialogfocus.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

QString expiryText(int days)
{
    return days == 0 ? TokenDialog::tr("Never") : TokenDialog::tr("%Ln day(s)", nullptr, days);
}

} // namespace

TokenDialog::TokenDialog(AdminSession *session, const QList<Token> &all, const QDateTime &now, QWidget *parent)
    : QDialog(parent), m_session(session), m_all(all), m_now(now)
{
    keepButtonsReachable(this);
    setWindowTitle(tr("New Token"));
    const Snapshot &current = m_session->directory()->snapshot();
    const QString actor = m_session->actingSubject();

    // The form.
    m_name = new QLineEdit;
    m_name->setMaxLength(255);
    m_name->setPlaceholderText(tr("What the token is for, e.g. \u201cnightly export\u201d"));
    m_kind = new QComboBox;
    const QList<Token::Kind> kinds = m_session->capabilities().readOnly
                                         ? QList<Token::Kind>()
                                         : TokenService::creatableKinds(current, actor);
    for (Token::Kind kind : kinds)
        m_kind->addItem(TokenTableModel::kindText(kind), int(kind));
    m_kind->setAccessibleDescription(tr("Personal tokens act as you; service tokens as a service account; "
                                        "SCIM tokens only reach the directory-sync endpoints."));
    m_serviceAccount = new QComboBox;
    for (const Account &account : current.accounts) {
        if (account.type == AccountType::Service && account.isActive())
            m_serviceAccount->addItem(account.subject.isEmpty() ? account.name
                                                                : tr("%1 (%2)").arg(account.name, account.subject),
                                      account.id);
    }
    m_expiry = new QComboBox;
    for (int days : TokenService::expiryChoices())
        m_expiry->addItem(expiryText(days), days);
    m_expiry->setCurrentIndex(std::max(0, m_expiry->findData(90)));
    m_error = new QLabel;
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setObjectName(u"tokenError"_s);
    m_error->setStyleSheet(u"color: palette(highlighted-text); background: #b3261e; padding: 4px;"_s);
    m_error->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    m_serviceAccountLabel = new QLabel(tr("&Service account:"));
    m_serviceAccountLabel->setBuddy(m_serviceAccount);
    form->addRow(m_serviceAccountLabel, m_serviceAccount);
    form->addRow(tr("&Expires after:"), m_expiry);
    m_formButtons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_create = m_formButtons->addButton(tr("C&reate"), QDialogButtonBox::AcceptRole);
    connect(m_create, &QPushButton::clicked, this, &TokenDialog::create);
    connect(m_formButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *formPage = new QWidget;
    auto *formLayout = new QVBoxLayout(formPage);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form);
    formLayout->addWidget(m_error);
    formLayout->addStretch(1);
    formLayout->addWidget(m_formButtons);

    // The secret, once.
    auto *warning = new QLabel(tr("<b>Copy this token now \u2014 it will not be shown again.</b>"));
    warning->setObjectName(u"secretWarning"_s);
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_secretField = new QLineEdit;
    m_secretField->setReadOnly(true);
    m_secretField->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secretField->setAccessibleName(tr("Token secret"));
    m_secretField->setMinimumWidth(m_secretField->fontMetrics().horizontalAdvance(QString(52, u'M')));
    m_copy = new QPushButton(IconSet::icon(IconId::Copy), tr("&Copy"));
    m_save = new QPushButton(IconSet::icon(IconId::Save), tr("&Save to File\u2026"));
    connect(m_copy, &QPushButton::clicked, this, &TokenDialog::copySecret);
    connect(m_save, &QPushButton::clicked, this, &TokenDialog::saveSecret);
    m_secretStatus = new QLabel;
    m_secretStatus->setWordWrap(true);
    m_secretStatus->setTextFormat(Qt::PlainText);
    auto *secretButtons = new QHBoxLayout;
    secretButtons->addWidget(m_copy);
    secretButtons->addWidget(m_save);
    secretButtons->addStretch(1);
    auto *closeButtons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_close = closeButtons->button(QDialogButtonBox::Close);
    connect(closeButtons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *secretPage = new QWidget;
    auto *secretLayout = new QVBoxLayout(secretPage);
    secretLayout->setContentsMargins(0, 0, 0, 0);
    secretLayout->addWidget(warning);
    secretLayout->addWidget(m_summary);
    secretLayout->addWidget(m_secretField);
    secretLayout->addLayout(secretButtons);
    secretLayout->addWidget(m_secretStatus);
    secretLayout->addStretch(1);
    secretLayout->addWidget(closeButtons);

    m_pages = new QStackedWidget;
    m_pages->addWidget(formPage);
    m_pages->addWidget(secretPage);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    setTabOrder(m_name, m_kind);
    setTabOrder(m_kind, m_serviceAccount);
    setTabOrder(m_serviceAccount, m_expiry);
    setTabOrder(m_expiry, m_formButtons);

    // Only once the button is in the dialog does the dialog take it as its default: Enter
    // creates.
    m_create->setDefault(true);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &TokenDialog::updateKind);
    connect(m_name, &QLineEdit::textEdited, m_error, &QWidget::hide);
    updateKind();
    m_name->setFocus(Qt::OtherFocusReason);
}

TokenDialog::~TokenDialog()
{
    clearSecret();
}

bool TokenDialog::isShowingSecret() const
{
    return m_pages->currentIndex() == 1;
}

void TokenDialog::updateKind()
{
    const bool service = m_kind->currentData().toInt() == int(Token::Kind::Service) && m_kind->currentIndex() >= 0;
    m_serviceAccountLabel->setVisible(service);
    m_serviceAccount->setVisible(service);
    m_create->setEnabled(m_kind->count() > 0 && !m_saving);
    if (m_kind->count() == 0)
        showError(makeError(Error::Code::Denied, m_session->capabilities().readOnly
                                                     ? m_session->capabilities().reason(Capabilities::Action::EditDatastores)
                                                     : tr("You cannot create tokens here.")));
}

void TokenDialog::showError(const Error &error)
{
    m_error->setText(error.message);
    m_error->setToolTip(error.detail);
    m_error->show();
    // Point at the field the sentence names.
    const QString message = error.message.toCaseFolded();
    if (message.startsWith(u"name"))
        m_name->setFocus(Qt::OtherFocusReason);
    else if (message.startsWith(u"expir"))
        m_expiry->setFocus(Qt::OtherFocusReason);
    else if (message.startsWith(u"owner") || message.startsWith(u"for") || message.startsWith(u"service"))
        m_serviceAccount->isVisible() ? m_serviceAccount->setFocus(Qt::OtherFocusReason)
                                      : m_kind->setFocus(Qt::OtherFocusReason);
}

void TokenDialog::create()
{
    if (m_saving || isShowingSecret() || m_kind->currentIndex() < 0)
        return;
    const auto kind = Token::Kind(m_kind->currentData().toInt());
    const Id owner = kind == Token::Kind::Service ? m_serviceAccount->currentData().toLongLong() : 0;
    if (kind == Token::Kind::Service && owner == 0) {
        showError(makeError(Error::Code::Invalid, tr("Service account: pick the account the token acts as.")));
        return;
    }
    const AdminBackend &backend = m_session->backend();
    if (!backend.saveToken) {
        showError(makeError(Error::Code::NotFound, tr("No database is open.")));
        return;
    }
    const QString actor = m_session->actingSubject();
    Result<NewToken> planned = TokenService::createToken(m_session->directory()->snapshot(), m_all, actor, kind, owner,
                                                         m_name->text().trimmed(), m_expiry->currentData().toInt(),
                                                         QDateTime::currentDateTimeUtc());
    if (!planned) {
        showError(planned.error());
        return;
    }
    m_secret = std::move(planned->secret);
    planned->secret.fill('\0');
    m_saving = true;
    m_error->hide();
    m_create->setEnabled(false);
    m_formButtons->setEnabled(false);
    m_create->setText(tr("Creating\u2026"));
    backend.saveToken(planned->token, actor).then(this, [this](const Result<Token> &saved) {
        m_saving = false;
        m_formButtons->setEnabled(true);
        m_create->setText(tr("C&reate"));
        if (!saved) {
            clearSecret();
            m_create->setEnabled(true);
            showError(saved.error());
            return;
        }
        m_created = saved.value();
        showSecret(m_created);
        Q_EMIT created(m_created);
    });
}

void TokenDialog::showSecret(const Token &token)
{
    const Directory *directory = m_session->directory();
    const qsizetype pos = directory->accountPos(token.owner);
    const QString owner = pos >= 0 ? directory->accounts().at(pos).name : QString::number(token.owner);
    const QString expires = token.expires.isValid() ? tr("expires %1").arg(DisplayText::date(token.expires))
                                                    : tr("never expires");
    m_summary->setText(tr("%1 token \u201c%2\u201d for %3, %4.")
                           .arg(TokenTableModel::kindText(token.kind), token.name, owner, expires));
    m_secretField->setText(QString::fromLatin1(m_secret));
    m_pages->setCurrentIndex(1);
    setWindowTitle(tr("Token Created"));
    m_secretField->selectAll();
    m_secretField->setFocus(Qt::OtherFocusReason);
    m_close->setDefault(true);
}

void TokenDialog::copySecret()
{
    if (m_secret.isEmpty())
        return;
    QGuiApplication::clipboard()->setText(QString::fromLatin1(m_secret));
    m_secretStatus->setText(tr("Copied to the clipboard."));
}

void TokenDialog::saveSecret()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Token"), m_created.name + u".token"_s);
    if (!path.isEmpty())
        saveSecretTo(path);
}

bool TokenDialog::saveSecretTo(const QString &path)
{
    if (m_secret.isEmpty())
        return false;
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    QFile file(path);
    // Created 0600; an existing file is narrowed to 0600 before the secret goes in.
    const bool opened = file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly);
    QByteArray line = m_secret;
    line.append('\n');
    const bool written = opened && file.setPermissions(ownerOnly) && file.write(line) == line.size() && file.flush();
    line.fill('\0');
    if (!written) {
        m_secretStatus->setText(tr("Cannot save the token to %1: %2").arg(path, file.errorString()));
        return false;
    }
    file.close();
    m_secretStatus->setText(tr("Saved to %1 (readable by you only).").arg(path));
    return true;
}

void TokenDialog::clearSecret()
{
    // The copies this dialog holds; the clipboard keeps what the person copied on purpose.
    m_secret.fill('\0');
    m_secret.clear();
    if (m_secretField) {
        m_secretField->setText(QString(m_secretField->text().size(), u'x'));
        m_secretField->clear();
    }
}

void TokenDialog::done(int result)
{
    if (m_saving)
        return; // the token is being stored: its secret must be seen once
    clearSecret();
    QDialog::done(result);
}

} // namespace Gatehouse

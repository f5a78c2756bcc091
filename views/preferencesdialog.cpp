// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/preferencesdialog.h"
#include "views/dialogfocus.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

constexpr auto LanguageKey = "language";

} // namespace

QStringList PreferencesDialog::languages()
{
    return {QString(), u"en"_s, u"de"_s, u"fr"_s};
}

QString PreferencesDialog::savedLanguage()
{
    const QString code = QSettings().value(QLatin1StringView(LanguageKey)).toString();
    return languages().contains(code) ? code : QString();
}

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_running(savedLanguage())
{
    keepButtonsReachable(this);
    setWindowTitle(tr("Preferences"));

    m_language = new QComboBox(this);
    const QString system = QLocale::languageToString(QLocale::system().language());
    m_language->addItem(tr("System language (%1)").arg(system), QString());
    // Each language in its own name: whoever cannot read the current one finds theirs.
    for (const QString &code : languages()) {
        if (!code.isEmpty())
            m_language->addItem(QLocale(code).nativeLanguageName(), code);
    }
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("Language of menus, pages and dialogs"));

    m_scheme = new QComboBox(this);
    m_scheme->addItem(tr("Follow the system"), Appearance::key(ColourScheme::System));
    m_scheme->addItem(tr("Light"), Appearance::key(ColourScheme::Light));
    m_scheme->addItem(tr("Dark"), Appearance::key(ColourScheme::Dark));
    m_scheme->setAccessibleName(tr("Colour scheme"));
    m_scheme->setAccessibleDescription(tr("Light or dark colours; the system's unless chosen here"));

    m_note = new QLabel(tr("The language changes the next time Gatehouse starts."), this);
    m_note->setWordWrap(true);
    m_note->setVisible(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Colour scheme:"), m_scheme);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();
    layout->addWidget(buttons);

    setLanguage(m_running);
    setColourScheme(Appearance::saved());
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateNote);
    setTabOrder(m_language, m_scheme);
    setTabOrder(m_scheme, buttons);
    m_language->setFocus();
}

QString PreferencesDialog::language() const
{
    return m_language->currentData().toString();
}

ColourScheme PreferencesDialog::colourScheme() const
{
    return Appearance::fromKey(m_scheme->currentData().toString());
}

void PreferencesDialog::setLanguage(const QString &code)
{
    const int index = m_language->findData(languages().contains(code) ? code : QString());
    m_language->setCurrentIndex(std::max(0, index));
    updateNote();
}

void PreferencesDialog::setColourScheme(ColourScheme scheme)
{
    m_scheme->setCurrentIndex(std::max(0, m_scheme->findData(Appearance::key(scheme))));
}

void PreferencesDialog::updateNote()
{
    m_note->setVisible(language() != m_running);
}

void PreferencesDialog::accept()
{
    QSettings settings;
    if (language().isEmpty())
        settings.remove(QLatin1StringView(LanguageKey));
    else
        settings.setValue(QLatin1StringView(LanguageKey), language());
    Appearance::save(colourScheme());
    if (colourScheme() != Appearance::current())
        Appearance::apply(colourScheme());
    if (language() != m_running)
        Q_EMIT languageChanged(language());
    QDialog::accept();
}

} // namespace Gatehouse

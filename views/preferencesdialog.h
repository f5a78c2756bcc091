// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "views/appearance.h"

#include <QDialog>

class QComboBox;
class QLabel;

namespace Gatehouse {

// Edit → Preferences…: the language (the system's unless chosen) and the colour scheme.
// OK saves both; the scheme applies at once, the language the next time Gatehouse starts
// (every window would have to be built again), which the dialog says before OK.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    // Language codes offered, "" first (the system's).
    static QStringList languages();
    // Saved choice ("language" in the settings), "" for the system's.
    static QString savedLanguage();

    QString language() const;
    ColourScheme colourScheme() const;
    void setLanguage(const QString &code);
    void setColourScheme(ColourScheme scheme);

    void accept() override;

Q_SIGNALS:
    // After OK, when the language differs from the one running.
    void languageChanged(const QString &code);

private:
    void updateNote();

    QComboBox *m_language = nullptr;
    QComboBox *m_scheme = nullptr;
    QLabel *m_note = nullptr;
    QString m_running; // language the program runs in now ("" = system)
};

} // namespace Gatehouse

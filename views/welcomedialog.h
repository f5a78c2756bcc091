// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Gatehouse {

// First start with an empty organisation: load a demo, import a file, or start empty.
class WelcomeDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Choice { StartEmpty, LoadDemo, ImportFile };

    explicit WelcomeDialog(QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }

private:
    void choose(Choice choice);

    Choice m_choice = Choice::StartEmpty;
};

} // namespace Gatehouse

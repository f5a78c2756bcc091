// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Gatehouse {

// Shown instead of everything else when the acting subject has no account in the
// organisation, or a deactivated one: nothing half-working behind it.
class NoAccessPage : public QWidget
{
    Q_OBJECT
public:
    explicit NoAccessPage(QWidget *parent = nullptr);

    void setSubject(const QString &subject, bool deactivated);
    // A refusal core worded already (a deactivated account signing in by SSO).
    void setMessage(const QString &sentence);
    QString message() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
};

} // namespace Gatehouse

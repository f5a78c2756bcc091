// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Gatehouse {

// Shown instead of the tables while the database works ("Opening organisation…"): the
// window stays responsive, with an indeterminate progress bar.
class BusyPage : public QWidget
{
    Q_OBJECT
public:
    explicit BusyPage(QWidget *parent = nullptr);

    void setMessage(const QString &message);
    QString message() const;

private:
    QLabel *m_label = nullptr;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace Gatehouse {

// The strip over the main window's pages while the organisation's database cannot be
// reached: "Disconnected from db.example.com:5432/org — changes are off until it is
// back.", why, when the next attempt is, and Retry. Hidden otherwise. It only shows the
// state; whoever owns the window decides it (and makes the window read-only meanwhile).
class ConnectionBanner : public QFrame
{
    Q_OBJECT
public:
    explicit ConnectionBanner(QWidget *parent = nullptr);

    // Shows the banner (or updates it) for `database` (as the window shows its location),
    // with `error`'s sentence as the reason.
    void showDisconnected(const QString &database, const Error &error);
    // The next attempt starts in `ms` (counted down on the banner).
    void setRetryIn(int ms);
    // An attempt is running: Retry is off until it answers.
    void setReconnecting();
    bool isDisconnected() const { return m_disconnected; }
    void hideBanner();

    // The first line ("Disconnected from …") and the second (reason, next attempt).
    QString text() const;
    QString detailText() const;
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();

private:
    void updateDetail();

    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QLabel *m_detail = nullptr;
    QPushButton *m_retry = nullptr;
    QTimer *m_countdown = nullptr;
    QString m_reason;
    int m_secondsLeft = -1;   // -1: no attempt scheduled
    bool m_reconnecting = false;
    bool m_disconnected = false;
};

} // namespace Gatehouse

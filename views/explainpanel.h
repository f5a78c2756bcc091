// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessindex.h"
#include "views/detailspane.h"

#include <QWidget>

class QLabel;

namespace Gatehouse {

// Why one account has its level on one datastore: the role or the winning team(s) as
// links, the teams granting less, "without X the level would be Y" for each winning team,
// and what the level allows (the capability table of the domain rules).
class ExplainPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ExplainPanel(QWidget *parent = nullptr);

    // `restrictedTeam` != 0: the account's row is seen through that team only.
    void showCell(const Snapshot &snapshot, const AccessIndex &index, qsizetype accountPos,
                  qsizetype datastorePos, Id restrictedTeam = 0);
    void clear();

    QLabel *titleLabel() const { return m_title; }
    QLabel *reasonLabel() const { return m_reason; }
    QLabel *capabilityLabel() const { return m_capabilities; }

Q_SIGNALS:
    void navigateRequested(Gatehouse::EntityKind kind, qint64 id);

private:
    void onLink(const QString &link);

    QLabel *m_title = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_capabilities = nullptr;
};

} // namespace Gatehouse

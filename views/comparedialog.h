// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessindex.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSortFilterProxyModel;
class QTableView;

namespace Gatehouse {

class CompareModel;

// Two accounts, or an account and a team, side by side: only the datastores where their
// levels differ, sortable by any column. Works on a copy of the organisation it is given
// (the live one or one as of a date), so it stays valid while open.
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(Snapshot snapshot, AccessIndex index, qsizetype leftAccountPos, QWidget *parent = nullptr);

    QComboBox *leftCombo() const { return m_left; }
    QComboBox *rightCombo() const { return m_right; }
    CompareModel *model() const { return m_model; }
    // Right side: an account (`team` false) or a team, by position.
    void setSides(qsizetype leftAccountPos, qsizetype rightPos, bool rightIsTeam);

private:
    void compare();

    Snapshot m_snapshot;
    AccessIndex m_index;
    QComboBox *m_left = nullptr;
    QComboBox *m_right = nullptr;
    QLabel *m_summary = nullptr;
    CompareModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace Gatehouse

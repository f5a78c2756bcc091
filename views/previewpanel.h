// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessdiff.h"
#include "core/result.h"

#include <QWidget>

class QLabel;
class QTableView;
class QToolButton;

namespace Gatehouse {

class AccessDiffModel;

// The preview under a dialog's fields: what the change does to effective access, as a few
// summary lines, expandable to the full list of (account, datastore) cells. An invalid
// edit shows the planning error instead.
class PreviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit PreviewPanel(QWidget *parent = nullptr);

    void setDiff(const AccessDiff &diff, const Snapshot &before, const Snapshot &after);
    void setError(const Error &error);
    void setMessage(const QString &text); // e.g. nothing to preview yet

    bool hasError() const { return m_hasError; }
    QString summaryText() const;
    const AccessDiff &diff() const { return m_diff; }
    QTableView *table() const { return m_table; }
    QToolButton *toggleButton() const { return m_toggle; }
    bool isExpanded() const;
    void setExpanded(bool expanded);

private:
    void updateToggle();

    QToolButton *m_toggle = nullptr;
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    AccessDiffModel *m_model = nullptr;
    AccessDiff m_diff;
    bool m_hasError = false;
};

} // namespace Gatehouse

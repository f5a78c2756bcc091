// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Gatehouse {

class Directory;

// The teams an account is in, as a searchable checklist (a thousand teams at most, so a
// plain list widget). Public is not listed: everyone is in it.
class TeamChecklist : public QWidget
{
    Q_OBJECT
public:
    explicit TeamChecklist(Directory *directory, QWidget *parent = nullptr);

    void setSelectedIds(const QList<Id> &ids);
    QList<Id> selectedIds() const; // ascending
    void setReadOnly(bool readOnly);
    QListWidget *list() const { return m_list; }
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void selectionChanged();

private:
    void applySearch(const QString &text);
    void updateCount();

    QLineEdit *m_search = nullptr;
    QLabel *m_count = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/findings.h"

#include <QAbstractTableModel>

namespace Gatehouse {

class Directory;

// The auditor's findings (core/findings.h), one row per kind, always in the same order:
// a refresh after a change only updates the counts (dataChanged), it never resets.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, CountColumn, DescriptionColumn, ColumnCount };
    enum Roles {
        SortRole = Qt::UserRole + 1,
        KindRole,   // Finding::Kind as int
    };

    explicit FindingsModel(Directory *directory, QObject *parent = nullptr);

    const QList<Finding> &findings() const { return m_findings; }
    const Finding &finding(int row) const { return m_findings.at(row); }
    // Translated title of a kind (core's titles are English).
    static QString title(Finding::Kind kind);
    static QString description(Finding::Kind kind);

    // Computes the findings again from the Directory.
    void refresh();
    // While paused (nobody looks at the findings) a change in the Directory only marks them
    // out of date; resuming computes them once if so. Not paused unless asked.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isStale() const { return m_stale; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    // After refresh(): the items of some finding may have changed.
    void findingsChanged();

private:
    Directory *m_directory = nullptr;
    QList<Finding> m_findings;
    bool m_paused = false;
    bool m_stale = false;
};

} // namespace Gatehouse

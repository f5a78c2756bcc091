// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auditrecord.h"
#include "models/auditchange.h"

#include <QAbstractTableModel>
#include <QHash>

#include <optional>
#include <vector>

namespace Gatehouse {

class Directory;

// The audit history (records the repository read, newest first as given). Columns: time
// (local, exact UTC in the tooltip), actor (name and subject), action ("Updated team"),
// entity ("Team 'Finance'", the name taken from the record's JSON so deleted entities keep
// their name), change (a one-line before → after summary of the fields that differ:
// "permission: Viewer → Editor; members: +3 −1"). Qt::ToolTipRole on the change column
// and DetailsRole give the full before → after text for a details view.
class HistoryTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, ActorColumn, ActionColumn, EntityColumn, ChangeColumn, ColumnCount };
    enum Roles { SortRole = Qt::UserRole + 1, RecordIdRole, DetailsRole };

    explicit HistoryTableModel(Directory *directory, QObject *parent = nullptr);

    void setRecords(QList<AuditRecord> records); // one reset (a new query result)
    void prependRecords(const QList<AuditRecord> &records); // newer records: ranged insert at 0
    const QList<AuditRecord> &records() const { return m_records; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Updated team", "Changed a role", ...; an unknown action as it is.
    static QString actionText(const QString &action);

private:
    const AuditChange &change(int row) const;
    QString actorName(const QString &subject) const;
    QString nameOf(QStringView entity, Id id) const;
    void namesChanged();

    Directory *m_directory = nullptr;
    QList<AuditRecord> m_records;
    // Per row, parsed on first display: names of listed members and datastores come from
    // the Directory at that time, so a rename there drops the cache.
    mutable std::vector<std::optional<AuditChange>> m_changes;
    // Names of accounts and datastores the Directory no longer knows (deleted datastores),
    // from the records' own JSON; read once, on the first id the Directory cannot name.
    mutable QHash<QString, QHash<Id, QString>> m_recordedNames;
    mutable bool m_recordedNamesRead = false;
};

} // namespace Gatehouse

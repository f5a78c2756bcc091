// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QAbstractTableModel>

#include <vector>

namespace Gatehouse {

class Directory;

// Reverse lookups: every account that reaches one datastore (a column of the access index),
// or every datastore one account reaches (a row), with the level and the way it comes
// ("via": the Admin role or the teams granting the winning level). Levels come from one
// AccessIndex::column()/row() call; "via" is explained per row only when asked for.
class ReachModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Subject : quint8 { Datastore, Account };
    enum Column { NameColumn, DetailColumn, LevelColumn, ViaColumn, ColumnCount };
    enum Roles {
        SortRole = Qt::UserRole + 1,
        IdRole,        // id of the row's account or datastore
        LevelRole,     // Level as int
        ViaReportRole, // "via" as in the access report: "role:Admin" or team names joined by ';'
        SearchRole,    // folded name and detail, for text filters
    };

    explicit ReachModel(Directory *directory, QObject *parent = nullptr);

    // Who reaches datastore `id` / what account `id` reaches. Unknown id: no rows.
    void setSubject(Subject subject, Id id);
    Subject subject() const { return m_subject; }
    Id subjectId() const { return m_subjectId; }
    // "Sales Warehouse" or "Ada Byron".
    QString subjectName() const;
    // Rows list this kind of entity.
    bool listsAccounts() const { return m_subject == Subject::Datastore; }

    Id idAt(int row) const;
    Level levelAt(int row) const { return m_levels[size_t(row)]; }
    QString via(int row) const;        // for people: "Admin role" or "Finance, Sales"
    QString viaReport(int row) const;  // for the access report

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    QList<Id> winningTeams(int row) const;
    QString name(int row) const;
    QString detail(int row) const;

    Directory *m_directory = nullptr;
    Subject m_subject = Subject::Datastore;
    Id m_subjectId = -1;
    std::vector<qsizetype> m_positions; // positions of the listed accounts / datastores
    std::vector<Level> m_levels;
    mutable std::vector<QString> m_searchKeys; // lazily, per row
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/types.h"

#include <QAbstractTableModel>

#include <vector>

namespace Gatehouse {

class Directory;

// Teams (rows) × datastores (columns): a cell holds the team's level where the team is
// assigned the datastore, nothing otherwise. Text filters pick the rows and columns shown.
// A team edit updates its row (dataChanged); a filter change or a team or datastore
// appearing or going resets, since rows and columns change together.
class TeamGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        LevelRole = Qt::UserRole + 1, // Level as int, 0 where not assigned
        TeamIdRole,
        DatastoreIdRole,
        AssignedRole,                 // bool
    };

    explicit TeamGridModel(Directory *directory, QObject *parent = nullptr);

    // Every word must occur in the team's (datastore's) name, folded.
    void setTeamFilter(const QString &text);
    void setDatastoreFilter(const QString &text);
    QString teamFilter() const { return m_teamFilter; }
    QString datastoreFilter() const { return m_datastoreFilter; }

    Id teamIdAt(int row) const;
    Id datastoreIdAt(int column) const;
    int rowOfTeam(Id teamId) const;        // -1 when hidden or unknown
    int columnOfDatastore(Id id) const;    // -1 when hidden or unknown
    bool isAssigned(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void rebuild();
    void resetAll();
    void teamsChanged(qsizetype first, qsizetype last);

    Directory *m_directory = nullptr;
    QString m_teamFilter;
    QString m_datastoreFilter;
    std::vector<qsizetype> m_teams;      // positions in Directory::teams()
    std::vector<qsizetype> m_datastores; // positions in Directory::datastores()
};

} // namespace Gatehouse

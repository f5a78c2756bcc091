// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/accessindex.h"

#include <QAbstractTableModel>

#include <array>
#include <vector>

namespace Gatehouse {

class Directory;

// Accounts (rows) × datastores (columns), answered per visible cell from an AccessIndex.
// Nothing is stored per cell: the shape is two vectors of positions (set by the page's
// filters), and data() asks the index. Built for 50,000 × 5,000.
//
// The source is the live Directory, or another Snapshot + AccessIndex ("as of a date"),
// owned by the caller and kept alive while set. After a change in the live Directory the
// model emits dataChanged over what is shown (no reset); only a new shape, a new source or
// accounts/datastores being inserted or removed reset it.
class MatrixModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum DataRole {
        LevelRole = Qt::UserRole + 1, // int of Level
        AccountIdRole,                // Id of the row's account (also in headerData, vertical)
        DatastoreIdRole,              // Id of the column's datastore (also in headerData, horizontal)
    };

    // Cells of each level in the view; `sampleStride` 1 = exact, n = one row in n counted
    // and scaled up (the legend says so).
    struct LevelCounts
    {
        std::array<qint64, 7> cells{}; // indexed by Level
        int sampleStride = 1;
    };

    explicit MatrixModel(Directory *directory, QObject *parent = nullptr);

    // Positions into the source's accounts and datastores. Resets only when the shape differs.
    void setShape(std::vector<qsizetype> accountPositions, std::vector<qsizetype> datastorePositions);
    const std::vector<qsizetype> &accountPositions() const { return m_rows; }
    const std::vector<qsizetype> &datastorePositions() const { return m_columns; }

    // Shows `snapshot`/`index` instead of the Directory (both must outlive their use here);
    // null for both: back to live. Every account and datastore is shown until setShape().
    void setSource(const Snapshot *snapshot, const AccessIndex *index);
    bool isLive() const { return m_snapshot == nullptr; }
    const Snapshot &snapshot() const;
    const AccessIndex &access() const;

    // One account's row as seen through one of its teams only (an Admin counts as a Manager,
    // so as subject to teams). teamId 0 clears it.
    void setRestriction(Id accountId, Id teamId);
    Id restrictedAccount() const { return m_restrictedAccount; }
    Id restrictedTeam() const { return m_restrictedTeam; }

    qsizetype accountPosAt(int row) const { return m_rows[size_t(row)]; }
    qsizetype datastorePosAt(int column) const { return m_columns[size_t(column)]; }
    // Row/column of a position, -1 when not shown.
    int rowOfAccount(qsizetype accountPos) const;
    int columnOfDatastore(qsizetype datastorePos) const;

    Level levelAt(int row, int column) const;
    // "Editor via Finance, Data Platform"; "Admin (role)"; "" for none.
    QString explanationText(int row, int column) const;
    // Counts within about `budgetMs` (then sampled rows, evenly spread).
    LevelCounts countLevels(int budgetMs = 150) const;

    static QString mark(Level level); // "A★", "E", "Au", "D", "V", "R"; "" for none

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void allPositions();
    void accessChanged();
    void beginStructureChange();
    void endStructureChange();
    void computeRestriction();
    Level rowLevel(qsizetype accountPos, qsizetype datastorePos) const;

    Directory *m_directory = nullptr;
    const Snapshot *m_snapshot = nullptr;
    const AccessIndex *m_index = nullptr;
    std::vector<qsizetype> m_rows;
    std::vector<qsizetype> m_columns;
    Id m_restrictedAccount = 0;
    Id m_restrictedTeam = 0;
    qsizetype m_restrictedPos = -1;
    std::vector<Level> m_restrictedRow; // per datastore position
    bool m_inStructureChange = false;
};

} // namespace Gatehouse

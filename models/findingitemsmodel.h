// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/findings.h"

#include <QAbstractTableModel>

namespace Gatehouse {

class Directory;

// The items of one finding with their names, so a view can list them and go to their row.
// Items whose entity is gone (a refresh raced a change) are skipped.
class FindingItemsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, DetailColumn, ColumnCount };
    enum Roles {
        SortRole = Qt::UserRole + 1,
        IdRole,      // entity id (qint64)
        EntityRole,  // Finding::Entity as int
    };

    explicit FindingItemsModel(Directory *directory, QObject *parent = nullptr);

    // Shows `finding`'s items (a new list: the model resets).
    void setFinding(const Finding &finding);
    void clear();
    Finding::Entity entity() const { return m_entity; }
    Id idAt(int row) const { return m_ids.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString name(int row) const;
    QString detail(int row) const;

    Directory *m_directory = nullptr;
    Finding::Entity m_entity = Finding::Entity::Account;
    QList<Id> m_ids;
    QList<qsizetype> m_positions; // into the Directory's list of m_entity, at setFinding()
};

} // namespace Gatehouse

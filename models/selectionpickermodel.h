// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/directorytablemodel.h"
#include "models/nameranks.h"

#include <QSet>

#include <vector>

namespace Gatehouse {

// A checkable list of the Directory's accounts or datastores for the team dialog's member
// and datastore pickers: one row per entity (Directory order), column 0 checkable
// (Qt::CheckStateRole, setData toggles), further columns for context (accounts: e-mail,
// role; datastores: kind, connection). Works under FastFilterProxyModel (search keys, sort),
// so 50,000 rows search instantly; "selected only" is a row predicate over isChecked().
// Holds the selection as ids, independent of the Directory's rows; a datastore removed from
// the Directory leaves the selection (accounts are never removed).
class SelectionPickerModel : public DirectoryTableModel
{
    Q_OBJECT
public:
    enum class Kind { Accounts, Datastores };
    enum Column { NameColumn, DetailColumn, ExtraColumn, ColumnCount };

    SelectionPickerModel(Kind kind, Directory *directory, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    void setSelectedIds(const QList<qint64> &ids); // replaces the selection
    QList<qint64> selectedIds() const;             // ascending
    bool isChecked(int row) const;
    int selectedCount() const;
    // Rows that cannot be toggled (e.g. none); read-only picker (Public's members, a Manager).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QStringView searchKey(int row) const override;
    bool lessThan(int column, int leftRow, int rightRow) const override;
    int rowOfId(qint64 id) const override;

Q_SIGNALS:
    void selectionChanged(int selectedCount);

private:
    struct RowKeys {
        QString search;           // folded "name detail"
        qsizetype nameLength = 0; // the name is search.left(nameLength)
        QString rawName;          // what `search` was folded from, to skip unchanged rows
        QString rawDetail;
        QStringView name() const { return QStringView(search).left(nameLength); }
        QStringView detail() const { return QStringView(search).mid(nameLength + 1); }
    };
    qsizetype entityCount() const;
    qint64 idAt(qsizetype row) const;
    QString nameAt(qsizetype row) const;
    QString searchDetailAt(qsizetype row) const;
    RowKeys makeKeys(qsizetype row) const;
    void rebuildKeys();
    void insertKeys(qsizetype first, qsizetype last);
    void updateKeys(qsizetype first, qsizetype last);
    void removeKeys(qsizetype first, qsizetype last);
    void connectAccounts();
    void connectDatastores();

    Kind m_kind = Kind::Accounts;
    QSet<qint64> m_selected;
    bool m_readOnly = false;
    std::vector<RowKeys> m_keys;
    NameRanks m_names;
    QList<qint64> m_removing; // ids of the rows between about-to-be-removed and removed
};

} // namespace Gatehouse

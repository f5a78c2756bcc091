// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/directorytablemodel.h"

#include "core/types.h"
#include "models/nameranks.h"
#include "models/searchkeys.h"
#include "models/sortkey.h"

#include <QHash>
#include <QIcon>
#include <QList>

#include <optional>
#include <utility>
#include <vector>

namespace Gatehouse {

// Accounts of the Directory. Columns: name, e-mail, type (icon + text), role, teams (count,
// names in the tooltip), last active ("Never" when empty, sorted last in both directions),
// status (Active / Deactivated), created.
class AccountTableModel : public DirectoryTableModel
{
    Q_OBJECT
    // What sorting and searching read per row, computed once per change of the row.
    struct RowKeys {
        QString search;          // folded "name e-mail"
        QString rawName;         // the texts `search` was folded from (shared, not copied)
        QString rawEmail;
        qsizetype nameLength = 0; // the name is search.left(nameLength)
        qint64 lastActive = 0;   // ms since epoch; the lowest value for never
        qint64 created = 0;
        QStringView name() const { return QStringView(search).left(nameLength); }
        QStringView email() const { return QStringView(search).mid(nameLength + 1); }
    };

public:
    enum Column {
        NameColumn, EmailColumn, TypeColumn, RoleColumn, TeamsColumn,
        LastActiveColumn, StatusColumn, CreatedColumn, ColumnCount
    };
    explicit AccountTableModel(Directory *directory, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    void multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    QStringView searchKey(int row) const override;
    const SearchKeys *searchKeys() const override { return &m_searchKeys; }
    bool lessThan(int column, int leftRow, int rightRow) const override;
    bool sortsLast(int column, int row) const override;
    int rowOfId(qint64 id) const override;

    // What a reset computes per account (folded search text, name ranks, packed e-mail
    // keys) and the ascending order of the name column, from the accounts alone: no
    // QObject is touched, so a worker thread can prepare them for an organisation on its
    // way to the Directory.
    class PreparedKeys
    {
    public:
        // Source rows as sorting the name column ascending orders them.
        std::vector<int> takeNameOrder() { return std::exchange(m_nameOrder, {}); }
        // True when these keys were prepared from `accounts` (the same list, not a copy
        // since changed): the model will take them when the Directory holds that list.
        bool fits(const QList<Account> &accounts) const
        {
            return m_source == accounts.constData() && m_count == accounts.size();
        }

    private:
        friend class AccountTableModel;
        std::vector<RowKeys> m_keys;
        NameRanks m_names;
        std::vector<PackedKey> m_emailKeys;
        SearchKeys m_searchKeys;
        std::vector<int> m_nameOrder;
        // The accounts' storage and size: the keys fit only the very list they came from.
        const Account *m_source = nullptr;
        qsizetype m_count = 0;
    };
    static PreparedKeys prepareKeys(const QList<Account> &accounts);
    // The next reset takes these keys instead of computing them, when the Directory then
    // holds the accounts they were prepared from; it drops them otherwise.
    void setPreparedKeys(PreparedKeys keys);

    // The type column's icons. The model paints plain ones of its own when none are set
    // (tests, tools without the application's icons); a null icon goes back to those.
    void setTypeIcons(const QIcon &human, const QIcon &service);

private:
    static RowKeys makeKeys(const Account &account);
    void rebuildKeys();
    bool adoptPreparedKeys();
    void packKeys(qsizetype row);
    QString teamNames(qsizetype row) const;
    QIcon typeIcon(AccountType type) const;
    QVariant cellData(const Account &account, qsizetype row, Column column, int role) const;

    std::vector<RowKeys> m_keys;
    NameRanks m_names; // natural order of the names, as ranks
    // Packed e-mail keys apart from the rest: a sort reads nothing else.
    std::vector<PackedKey> m_emailKeys;
    SearchKeys m_searchKeys;
    std::optional<PreparedKeys> m_prepared;
    mutable QIcon m_humanIcon;   // set, or painted on first use: needs a QGuiApplication
    mutable QIcon m_serviceIcon;
};

} // namespace Gatehouse

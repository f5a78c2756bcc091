// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/selectionpickermodel.h"

#include "core/directory.h"
#include "core/textfold.h"
#include "models/displaytext.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

QColor inactiveTextColor()
{
    if (qGuiApp)
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    return QColor(Qt::gray);
}

} // namespace

SelectionPickerModel::SelectionPickerModel(Kind kind, Directory *directory, QObject *parent)
    : DirectoryTableModel(directory, parent)
    , m_kind(kind)
{
    rebuildKeys();
    connect(directory, &Directory::aboutToReset, this, [this] { beginResetModel(); });
    connect(directory, &Directory::reset, this, [this] {
        rebuildKeys();
        endResetModel();
    });
    if (m_kind == Kind::Accounts)
        connectAccounts();
    else
        connectDatastores();
}

void SelectionPickerModel::connectAccounts()
{
    connect(m_directory, &Directory::accountsAboutToBeInserted, this,
            [this](qsizetype first, qsizetype last) { beginInsertRows({}, int(first), int(last)); });
    connect(m_directory, &Directory::accountsInserted, this, [this](qsizetype first, qsizetype last) {
        insertKeys(first, last);
        endInsertRows();
    });
    connect(m_directory, &Directory::accountsChanged, this, &SelectionPickerModel::updateKeys);
}

void SelectionPickerModel::connectDatastores()
{
    connect(m_directory, &Directory::datastoresAboutToBeInserted, this,
            [this](qsizetype first, qsizetype last) { beginInsertRows({}, int(first), int(last)); });
    connect(m_directory, &Directory::datastoresInserted, this, [this](qsizetype first, qsizetype last) {
        insertKeys(first, last);
        endInsertRows();
    });
    connect(m_directory, &Directory::datastoresChanged, this, &SelectionPickerModel::updateKeys);
    connect(m_directory, &Directory::datastoresAboutToBeRemoved, this, [this](qsizetype first, qsizetype last) {
        m_removing.clear();
        for (qsizetype row = first; row <= last; ++row)
            m_removing.append(idAt(row));
        beginRemoveRows({}, int(first), int(last));
    });
    connect(m_directory, &Directory::datastoresRemoved, this, [this](qsizetype first, qsizetype last) {
        removeKeys(first, last);
        endRemoveRows();
        bool changed = false;
        for (qint64 id : std::as_const(m_removing))
            changed |= m_selected.remove(id);
        m_removing.clear();
        if (changed)
            Q_EMIT selectionChanged(selectedCount());
    });
}

qsizetype SelectionPickerModel::entityCount() const
{
    return m_kind == Kind::Accounts ? m_directory->accounts().size() : m_directory->datastores().size();
}

qint64 SelectionPickerModel::idAt(qsizetype row) const
{
    return m_kind == Kind::Accounts ? m_directory->accounts().at(row).id : m_directory->datastores().at(row).id;
}

QString SelectionPickerModel::nameAt(qsizetype row) const
{
    return m_kind == Kind::Accounts ? m_directory->accounts().at(row).name : m_directory->datastores().at(row).name;
}

// Accounts are found by e-mail, or by identifier when they have none (service accounts);
// datastores by connection type.
QString SelectionPickerModel::searchDetailAt(qsizetype row) const
{
    if (m_kind == Kind::Datastores)
        return m_directory->datastores().at(row).connection;
    const Account &account = m_directory->accounts().at(row);
    return account.email.isEmpty() ? account.subject : account.email;
}

SelectionPickerModel::RowKeys SelectionPickerModel::makeKeys(qsizetype row) const
{
    RowKeys keys;
    keys.rawName = nameAt(row);
    keys.rawDetail = searchDetailAt(row);
    const QString name = Gatehouse::searchKey(keys.rawName);
    keys.search = name + u' ' + Gatehouse::searchKey(keys.rawDetail);
    keys.nameLength = name.size();
    return keys;
}

void SelectionPickerModel::rebuildKeys()
{
    const qsizetype count = entityCount();
    m_keys.clear();
    m_keys.reserve(size_t(count));
    for (qsizetype row = 0; row < count; ++row)
        m_keys.push_back(makeKeys(row));
    m_names.assign(count);
    for (qsizetype row = 0; row < count; ++row)
        m_names.setName(row, m_keys[size_t(row)].name());
}

void SelectionPickerModel::insertKeys(qsizetype first, qsizetype last)
{
    std::vector<RowKeys> added;
    added.reserve(size_t(last - first + 1));
    for (qsizetype row = first; row <= last; ++row)
        added.push_back(makeKeys(row));
    m_keys.insert(m_keys.begin() + first, std::make_move_iterator(added.begin()),
                  std::make_move_iterator(added.end()));
    m_names.insertRows(first, last - first + 1);
    for (qsizetype row = first; row <= last; ++row)
        m_names.setName(row, m_keys[size_t(row)].name());
}

// A team change announces every account (their team counts may change): fold again only
// the rows whose texts changed.
void SelectionPickerModel::updateKeys(qsizetype first, qsizetype last)
{
    for (qsizetype row = first; row <= last; ++row) {
        RowKeys &keys = m_keys[size_t(row)];
        if (keys.rawName != nameAt(row) || keys.rawDetail != searchDetailAt(row)) {
            keys = makeKeys(row);
            m_names.setName(row, keys.name());
        }
    }
    Q_EMIT dataChanged(index(int(first), 0), index(int(last), ColumnCount - 1));
    Q_EMIT sortKeysChanged(int(first), int(last));
}

void SelectionPickerModel::removeKeys(qsizetype first, qsizetype last)
{
    m_keys.erase(m_keys.begin() + first, m_keys.begin() + last + 1);
    m_names.removeRows(first, last - first + 1);
}

void SelectionPickerModel::setSelectedIds(const QList<qint64> &ids)
{
    QSet<qint64> next(ids.cbegin(), ids.cend());
    if (next == m_selected)
        return;
    // The rows whose check state flips, announced as one bounding range.
    int top = -1;
    int bottom = -1;
    const auto touch = [&](qint64 id) {
        const int row = rowOfId(id);
        if (row < 0)
            return;
        top = top < 0 ? row : std::min(top, row);
        bottom = std::max(bottom, row);
    };
    for (qint64 id : std::as_const(m_selected)) {
        if (!next.contains(id))
            touch(id);
    }
    for (qint64 id : std::as_const(next)) {
        if (!m_selected.contains(id))
            touch(id);
    }
    m_selected = std::move(next);
    if (top >= 0)
        Q_EMIT dataChanged(index(top, NameColumn), index(bottom, NameColumn), {Qt::CheckStateRole});
    Q_EMIT selectionChanged(selectedCount());
}

QList<qint64> SelectionPickerModel::selectedIds() const
{
    QList<qint64> ids(m_selected.cbegin(), m_selected.cend());
    std::sort(ids.begin(), ids.end());
    return ids;
}

bool SelectionPickerModel::isChecked(int row) const
{
    return m_selected.contains(idAt(row));
}

int SelectionPickerModel::selectedCount() const
{
    return int(m_selected.size());
}

void SelectionPickerModel::setReadOnly(bool readOnly)
{
    if (m_readOnly == readOnly)
        return;
    m_readOnly = readOnly;
    if (!m_keys.empty())
        Q_EMIT dataChanged(index(0, NameColumn), index(int(m_keys.size()) - 1, NameColumn));
}

int SelectionPickerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int SelectionPickerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SelectionPickerModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const qsizetype row = index.row();
    const auto column = Column(index.column());

    if (m_kind == Kind::Accounts) {
        const Account &account = m_directory->accounts().at(row);
        switch (role) {
        case Qt::DisplayRole:
            switch (column) {
            case NameColumn: return account.name;
            case DetailColumn: return account.email.isEmpty() ? account.subject : account.email;
            case ExtraColumn: return DisplayText::role(account.role);
            case ColumnCount: break;
            }
            return {};
        case Qt::ToolTipRole:
            if (column != NameColumn)
                return {};
            if (!account.isActive())
                return tr("%1, deactivated: gets no access from its teams until reactivated").arg(account.subject);
            return account.subject;
        case Qt::ForegroundRole:
            return account.isActive() ? QVariant() : QVariant(inactiveTextColor());
        case SortRole:
            switch (column) {
            case NameColumn: return m_names.key(row);
            case DetailColumn: return m_keys[size_t(row)].detail().toString();
            case ExtraColumn: return int(account.role);
            case ColumnCount: break;
            }
            return {};
        default:
            break;
        }
    } else {
        const Datastore &datastore = m_directory->datastores().at(row);
        switch (role) {
        case Qt::DisplayRole:
            switch (column) {
            case NameColumn: return datastore.name;
            case DetailColumn: return DisplayText::datastoreKind(datastore.kind);
            case ExtraColumn: return datastore.connection;
            case ColumnCount: break;
            }
            return {};
        case SortRole:
            switch (column) {
            case NameColumn: return m_names.key(row);
            case DetailColumn: return int(datastore.kind);
            case ExtraColumn: return m_keys[size_t(row)].detail().toString();
            case ColumnCount: break;
            }
            return {};
        default:
            break;
        }
    }
    switch (role) {
    case Qt::CheckStateRole:
        if (column == NameColumn)
            return isChecked(int(row)) ? Qt::Checked : Qt::Unchecked;
        return {};
    case IdRole:
        return idAt(row);
    default:
        return {};
    }
}

bool SelectionPickerModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::CheckStateRole || index.column() != NameColumn || m_readOnly) {
        return false;
    }
    const qint64 id = idAt(index.row());
    const bool checked = value.toInt() != Qt::Unchecked;
    if (checked == m_selected.contains(id))
        return true;
    if (checked)
        m_selected.insert(id);
    else
        m_selected.remove(id);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    Q_EMIT selectionChanged(selectedCount());
    return true;
}

Qt::ItemFlags SelectionPickerModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == NameColumn && !m_readOnly)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

QVariant SelectionPickerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case DetailColumn: return m_kind == Kind::Accounts ? tr("E-mail") : tr("Kind");
    case ExtraColumn: return m_kind == Kind::Accounts ? tr("Role") : tr("Connection");
    case ColumnCount: break;
    }
    return {};
}

QStringView SelectionPickerModel::searchKey(int row) const
{
    return m_keys[size_t(row)].search;
}

bool SelectionPickerModel::lessThan(int column, int leftRow, int rightRow) const
{
    switch (Column(column)) {
    case NameColumn:
        return m_names.less(leftRow, rightRow);
    case DetailColumn:
        if (m_kind == Kind::Accounts)
            return m_keys[size_t(leftRow)].detail().compare(m_keys[size_t(rightRow)].detail()) < 0;
        return m_directory->datastores().at(leftRow).kind < m_directory->datastores().at(rightRow).kind;
    case ExtraColumn:
        if (m_kind == Kind::Accounts)
            return m_directory->accounts().at(leftRow).role < m_directory->accounts().at(rightRow).role;
        return m_keys[size_t(leftRow)].detail().compare(m_keys[size_t(rightRow)].detail()) < 0;
    case ColumnCount:
        break;
    }
    return false;
}

int SelectionPickerModel::rowOfId(qint64 id) const
{
    return int(m_kind == Kind::Accounts ? m_directory->accountPos(id) : m_directory->datastorePos(id));
}

} // namespace Gatehouse

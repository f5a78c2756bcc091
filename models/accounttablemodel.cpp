// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/accounttablemodel.h"

#include "core/directory.h"
#include "core/textfold.h"
#include "models/displaytext.h"
#include "models/sortkey.h"

#include <QColor>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>
#include <QThreadPool>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

constexpr qint64 NeverTime = std::numeric_limits<qint64>::min();

qint64 msecs(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : NeverTime;
}

QColor inactiveTextColor()
{
    if (qGuiApp)
        return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
    return QColor(Qt::gray);
}

// A 16 px glyph per account type, painted rather than loaded so the models need no
// resources: a person's head and shoulders, or a cog-like square for automation.
QIcon paintTypeIcon(AccountType type)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    if (type == AccountType::Human) {
        painter.setBrush(QColor(0x3d, 0x7b, 0xd9));
        painter.drawEllipse(QRectF(5, 1, 6, 6));
        QPainterPath shoulders;
        shoulders.moveTo(2, 15);
        shoulders.cubicTo(2, 8, 14, 8, 14, 15);
        shoulders.closeSubpath();
        painter.drawPath(shoulders);
    } else {
        painter.setBrush(QColor(0xd9, 0x84, 0x1f));
        painter.drawRoundedRect(QRectF(1.5, 1.5, 13, 13), 3, 3);
        painter.setBrush(Qt::white);
        painter.drawEllipse(QRectF(5, 5, 6, 6));
    }
    painter.end();
    return QIcon(pixmap);
}

} // namespace

AccountTableModel::AccountTableModel(Directory *directory, QObject *parent)
    : DirectoryTableModel(directory, parent)
{
    rebuildKeys();
    connect(directory, &Directory::aboutToReset, this, [this] { beginResetModel(); });
    connect(directory, &Directory::reset, this, [this] {
        if (!adoptPreparedKeys())
            rebuildKeys();
        endResetModel();
    });
    connect(directory, &Directory::accountsAboutToBeInserted, this,
            [this](qsizetype first, qsizetype last) { beginInsertRows({}, int(first), int(last)); });
    connect(directory, &Directory::accountsInserted, this, [this](qsizetype first, qsizetype last) {
        std::vector<RowKeys> added;
        added.reserve(size_t(last - first + 1));
        for (qsizetype row = first; row <= last; ++row)
            added.push_back(makeKeys(m_directory->accounts().at(row)));
        m_keys.insert(m_keys.begin() + first, std::make_move_iterator(added.begin()),
                      std::make_move_iterator(added.end()));
        m_names.insertRows(first, last - first + 1);
        m_emailKeys.insert(m_emailKeys.begin() + first, size_t(last - first + 1), PackedKey{});
        m_searchKeys.insertRows(first, last - first + 1);
        for (qsizetype row = first; row <= last; ++row)
            packKeys(row);
        endInsertRows();
    });
    connect(directory, &Directory::accountsChanged, this, [this](qsizetype first, qsizetype last) {
        // A team change announces every account (their team counts may change): rebuild
        // only the keys whose inputs changed, folding 50,000 names costs tens of ms.
        const QList<Account> &accounts = m_directory->accounts();
        for (qsizetype row = first; row <= last; ++row) {
            RowKeys &keys = m_keys[size_t(row)];
            const Account &account = accounts.at(row);
            if (keys.rawName != account.name || keys.rawEmail != account.email
                || keys.lastActive != msecs(account.lastActive) || keys.created != msecs(account.created)) {
                keys = makeKeys(account);
                packKeys(row);
            }
        }
        Q_EMIT dataChanged(index(int(first), 0), index(int(last), ColumnCount - 1));
        Q_EMIT sortKeysChanged(int(first), int(last));
    });
}

AccountTableModel::RowKeys AccountTableModel::makeKeys(const Account &account)
{
    RowKeys keys;
    const QString name = Gatehouse::searchKey(account.name);
    keys.search = name + u' ' + Gatehouse::searchKey(account.email);
    keys.rawName = account.name;
    keys.rawEmail = account.email;
    keys.nameLength = name.size();
    keys.lastActive = msecs(account.lastActive);
    keys.created = msecs(account.created);
    return keys;
}

void AccountTableModel::rebuildKeys()
{
    m_prepared = prepareKeys(m_directory->accounts());
    adoptPreparedKeys();
}

AccountTableModel::PreparedKeys AccountTableModel::prepareKeys(const QList<Account> &accounts)
{
    PreparedKeys prepared;
    prepared.m_source = accounts.constData();
    prepared.m_count = accounts.size();
    prepared.m_keys.reserve(size_t(accounts.size()));
    for (const Account &account : accounts)
        prepared.m_keys.push_back(makeKeys(account));
    prepared.m_names.assign(accounts.size());
    prepared.m_emailKeys.reserve(size_t(accounts.size()));
    prepared.m_searchKeys.assign(accounts.size());
    for (qsizetype row = 0; row < accounts.size(); ++row) {
        const RowKeys &keys = prepared.m_keys[size_t(row)];
        prepared.m_names.setName(row, keys.name());
        prepared.m_emailKeys.push_back(PackedKey::from(keys.email()));
        prepared.m_searchKeys.set(row, keys.search);
    }
    // Ranks now, so the first sort by name is as quick as the next ones.
    prepared.m_nameOrder = prepared.m_names.ascendingRows();
    return prepared;
}

void AccountTableModel::setPreparedKeys(PreparedKeys keys)
{
    m_prepared = std::move(keys);
}

bool AccountTableModel::adoptPreparedKeys()
{
    if (!m_prepared)
        return false;
    auto *prepared = new PreparedKeys(std::move(*m_prepared));
    m_prepared.reset();
    const bool fits = prepared->fits(m_directory->accounts());
    if (fits) {
        std::swap(m_keys, prepared->m_keys);
        std::swap(m_names, prepared->m_names);
        std::swap(m_emailKeys, prepared->m_emailKeys);
        std::swap(m_searchKeys, prepared->m_searchKeys);
    }
    // What `prepared` holds now (the previous organisation's keys, or keys that did not
    // fit) is a million strings at W1M: freed on a pool thread, not this one.
    QThreadPool::globalInstance()->start([prepared] { delete prepared; });
    return fits;
}

void AccountTableModel::packKeys(qsizetype row)
{
    const RowKeys &keys = m_keys[size_t(row)];
    m_names.setName(row, keys.name());
    m_emailKeys[size_t(row)] = PackedKey::from(keys.email());
    m_searchKeys.set(row, keys.search);
}

int AccountTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int AccountTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountTableModel::teamNames(qsizetype row) const
{
    QList<qsizetype> positions = m_directory->access().teamsOf(row);
    const qsizetype publicPos = m_directory->publicTeamPos();
    if (publicPos >= 0 && !positions.contains(publicPos)) {
        // Positions follow ascending team ids, so the list stays in id order.
        positions.insert(std::lower_bound(positions.begin(), positions.end(), publicPos), publicPos);
    }
    QStringList names;
    names.reserve(positions.size());
    const QList<Team> &teams = m_directory->teams();
    for (qsizetype pos : std::as_const(positions))
        names.append(teams.at(pos).name);
    return names.join(u", "_s);
}

void AccountTableModel::setTypeIcons(const QIcon &human, const QIcon &service)
{
    m_humanIcon = human;
    m_serviceIcon = service;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, TypeColumn), index(rowCount() - 1, TypeColumn), {Qt::DecorationRole});
}

QIcon AccountTableModel::typeIcon(AccountType type) const
{
    QIcon &icon = type == AccountType::Human ? m_humanIcon : m_serviceIcon;
    if (icon.isNull())
        icon = paintTypeIcon(type);
    return icon;
}

QVariant AccountTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const qsizetype row = index.row();
    return cellData(m_directory->accounts().at(row), row, Column(index.column()), role);
}

void AccountTableModel::multiData(const QModelIndex &index, QModelRoleDataSpan roleDataSpan) const
{
    // A delegate asks every role of a cell at once (QStyledItemDelegate: seven); answer
    // them in one pass over one account instead of one data() call per role.
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const qsizetype row = index.row();
    const Account &account = m_directory->accounts().at(row);
    const auto column = Column(index.column());
    for (QModelRoleData &roleData : roleDataSpan)
        roleData.setData(cellData(account, row, column, roleData.role()));
}

// Roles this model never sets fall through to the default case before any work.
QVariant AccountTableModel::cellData(const Account &account, qsizetype row, Column column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn: return account.name;
        case EmailColumn: return account.email;
        case TypeColumn: return DisplayText::accountType(account.type);
        case RoleColumn: return DisplayText::role(account.role);
        case TeamsColumn: return int(m_directory->access().teamsOf(row).size());
        case LastActiveColumn:
            return account.lastActive.isValid() ? DisplayText::date(account.lastActive) : tr("Never");
        case StatusColumn: return account.isActive() ? tr("Active") : tr("Deactivated");
        case CreatedColumn: return DisplayText::date(account.created);
        case ColumnCount: break;
        }
        return {};
    case Qt::DecorationRole:
        if (column == TypeColumn)
            return typeIcon(account.type);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case TeamsColumn: return teamNames(row);
        case LastActiveColumn:
            return account.lastActive.isValid() ? DisplayText::exactTime(account.lastActive)
                                                : tr("Never signed in or used a token");
        case StatusColumn:
            if (!account.isActive())
                return tr("Deactivated %1").arg(DisplayText::exactTime(account.deactivated));
            return {};
        case CreatedColumn: return DisplayText::exactTime(account.created);
        default: return {};
        }
    case Qt::ForegroundRole:
        if (!account.isActive())
            return inactiveTextColor();
        return {};
    case Qt::TextAlignmentRole:
        if (column == TeamsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (column) {
        case NameColumn: return m_names.key(row);
        case EmailColumn: return m_keys[size_t(row)].email().toString();
        case TypeColumn: return int(account.type);
        case RoleColumn: return int(account.role);
        case TeamsColumn: return int(m_directory->access().teamsOf(row).size());
        case LastActiveColumn: return account.lastActive;
        case StatusColumn: return account.isActive();
        case CreatedColumn: return account.created;
        case ColumnCount: break;
        }
        return {};
    case IdRole:
        return account.id;
    default:
        return {};
    }
}

QVariant AccountTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn: return tr("Name");
    case EmailColumn: return tr("E-mail");
    case TypeColumn: return tr("Type");
    case RoleColumn: return tr("Role");
    case TeamsColumn: return tr("Teams");
    case LastActiveColumn: return tr("Last active");
    case StatusColumn: return tr("Status");
    case CreatedColumn: return tr("Created");
    case ColumnCount: break;
    }
    return {};
}

QStringView AccountTableModel::searchKey(int row) const
{
    return m_keys[size_t(row)].search;
}

bool AccountTableModel::lessThan(int column, int leftRow, int rightRow) const
{
    const RowKeys &l = m_keys[size_t(leftRow)];
    const RowKeys &r = m_keys[size_t(rightRow)];
    switch (Column(column)) {
    case NameColumn:
        return m_names.less(leftRow, rightRow);
    case EmailColumn:
        return keyLess(m_emailKeys[size_t(leftRow)], m_emailKeys[size_t(rightRow)],
                       [&] { return std::pair(l.email(), r.email()); });
    case LastActiveColumn:
        return l.lastActive < r.lastActive;
    case CreatedColumn:
        return l.created < r.created;
    default:
        break;
    }
    const QList<Account> &accounts = m_directory->accounts();
    const Account &a = accounts.at(leftRow);
    const Account &b = accounts.at(rightRow);
    switch (Column(column)) {
    case TypeColumn: return a.type < b.type;
    case RoleColumn: return a.role < b.role;
    case TeamsColumn:
        return m_directory->access().teamsOf(leftRow).size() < m_directory->access().teamsOf(rightRow).size();
    case StatusColumn: return a.isActive() && !b.isActive(); // active first
    default: return false;
    }
}

bool AccountTableModel::sortsLast(int column, int row) const
{
    return column == LastActiveColumn && m_keys[size_t(row)].lastActive == NeverTime;
}

int AccountTableModel::rowOfId(qint64 id) const
{
    return int(m_directory->accountPos(id));
}

} // namespace Gatehouse

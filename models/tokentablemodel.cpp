// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/tokentablemodel.h"

#include "core/directory.h"
#include "models/displaytext.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace Gatehouse {

TokenTableModel::TokenTableModel(Directory *directory, QObject *parent)
    : QAbstractTableModel(parent), m_directory(directory)
{
    if (m_directory) {
        connect(m_directory, &Directory::reset, this, &TokenTableModel::ownersChanged);
        connect(m_directory, &Directory::accountsChanged, this, &TokenTableModel::ownersChanged);
        connect(m_directory, &Directory::accountsInserted, this, &TokenTableModel::ownersChanged);
    }
}

QString TokenTableModel::kindText(Token::Kind kind)
{
    switch (kind) {
    case Token::Kind::Personal: return tr("Personal");
    case Token::Kind::Service: return tr("Service");
    case Token::Kind::Scim: return tr("SCIM");
    }
    return {};
}

QString TokenTableModel::stateText(Token::State state)
{
    switch (state) {
    case Token::State::Active: return tr("Active");
    case Token::State::Revoked: return tr("Revoked");
    case Token::State::Expired: return tr("Expired");
    }
    return {};
}

void TokenTableModel::setTokens(const QList<Token> &tokens, const QDateTime &now)
{
    const bool timeChanged = m_now != now;
    m_now = now;
    if (!m_loaded) {
        beginResetModel();
        m_tokens = tokens;
        m_loaded = true;
        endResetModel();
        return;
    }
    // Both lists ascend by id: walk them together. Rows gone are removed, new ones inserted
    // where they belong, rows kept but changed reported as changed.
    int row = 0;
    qsizetype next = 0;
    while (row < m_tokens.size() || next < tokens.size()) {
        if (next >= tokens.size() || (row < m_tokens.size() && m_tokens.at(row).id < tokens.at(next).id)) {
            // A run of rows no longer listed.
            int last = row;
            while (last + 1 < m_tokens.size()
                   && (next >= tokens.size() || m_tokens.at(last + 1).id < tokens.at(next).id))
                ++last;
            beginRemoveRows({}, row, last);
            m_tokens.remove(row, last - row + 1);
            endRemoveRows();
            continue;
        }
        if (row >= m_tokens.size() || tokens.at(next).id < m_tokens.at(row).id) {
            // A run of new tokens before the next kept row.
            qsizetype end = next + 1;
            while (end < tokens.size() && (row >= m_tokens.size() || tokens.at(end).id < m_tokens.at(row).id))
                ++end;
            beginInsertRows({}, row, row + int(end - next) - 1);
            for (qsizetype i = next; i < end; ++i)
                m_tokens.insert(row + int(i - next), tokens.at(i));
            endInsertRows();
            row += int(end - next);
            next = end;
            continue;
        }
        // The same token: changed, or its state moved with the time.
        if (m_tokens.at(row) != tokens.at(next) || timeChanged) {
            m_tokens[row] = tokens.at(next);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        ++row;
        ++next;
    }
}

int TokenTableModel::rowOf(Id id) const
{
    for (int row = 0; row < m_tokens.size(); ++row) {
        if (m_tokens.at(row).id == id)
            return row;
    }
    return -1;
}

int TokenTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int TokenTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TokenTableModel::ownerText(Id owner) const
{
    const qsizetype pos = m_directory ? m_directory->accountPos(owner) : -1;
    if (pos < 0)
        return tr("Account %1").arg(owner);
    const Account &account = m_directory->accounts().at(pos);
    if (account.subject.isEmpty() || account.subject == account.name)
        return account.name;
    return tr("%1 (%2)").arg(account.name, account.subject);
}

QString TokenTableModel::displayText(const Token &token, int column) const
{
    switch (column) {
    case NameColumn: return token.name;
    case KindColumn: return kindText(token.kind);
    case OwnerColumn: return ownerText(token.owner);
    case StateColumn: return stateText(token.state(m_now));
    case CreatedColumn: return DisplayText::date(token.created);
    case ExpiresColumn: return token.expires.isValid() ? DisplayText::date(token.expires) : tr("Never");
    case LastUsedColumn:
        return token.lastUsed.isValid() ? DisplayText::relativeTime(token.lastUsed, m_now) : tr("Never");
    case HintColumn: return token.hint.isEmpty() ? QString() : token.hint + u"\u2026"_s;
    }
    return {};
}

QVariant TokenTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Token &token = m_tokens.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(token, index.column());
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CreatedColumn:
            return tr("%1 by %2").arg(DisplayText::exactTime(token.created), token.createdBy);
        case ExpiresColumn:
            return token.expires.isValid() ? DisplayText::exactTime(token.expires) : tr("Never expires");
        case LastUsedColumn:
            return token.lastUsed.isValid() ? DisplayText::exactTime(token.lastUsed) : tr("Never used");
        case StateColumn:
            return token.revoked.isValid() ? tr("Revoked %1").arg(DisplayText::exactTime(token.revoked)) : QVariant();
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case KindColumn: return int(token.kind);
        case StateColumn: return int(token.state(m_now));
        case CreatedColumn: return token.created.toMSecsSinceEpoch();
        case ExpiresColumn:
            return token.expires.isValid() ? token.expires.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
        case LastUsedColumn: return token.lastUsed.isValid() ? token.lastUsed.toMSecsSinceEpoch() : qint64(-1);
        default: return displayText(token, index.column()).toCaseFolded();
        }
    case TokenIdRole:
        return token.id;
    case StateRole:
        return int(token.state(m_now));
    default:
        return {};
    }
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn: return tr("Name");
    case KindColumn: return tr("Kind");
    case OwnerColumn: return tr("Owner");
    case StateColumn: return tr("State");
    case CreatedColumn: return tr("Created");
    case ExpiresColumn: return tr("Expires");
    case LastUsedColumn: return tr("Last used");
    case HintColumn: return tr("Hint");
    }
    return {};
}

// Owner names follow the Directory.
void TokenTableModel::ownersChanged()
{
    if (!m_tokens.isEmpty())
        Q_EMIT dataChanged(index(0, OwnerColumn), index(int(m_tokens.size()) - 1, OwnerColumn));
}

} // namespace Gatehouse

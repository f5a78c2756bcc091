// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/token.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace Gatehouse {

class Directory;

// The API tokens someone may see (TokenService::visibleTokens, as the page hands them over):
// name, kind, owner (name and subject from the Directory), state as text (Active / Revoked /
// Expired, as of the time given with the tokens), created, expires ("Never"), last used
// ("Never") and the secret's hint. Never holds a secret, never runs SQL: the page reads the
// tokens through the backend and passes them in.
//
// The first setTokens() resets; later ones are applied as ranged removals, insertions and
// changes (tokens come ascending by id), so the selection and the scroll position stay.
class TokenTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        KindColumn,
        OwnerColumn,
        StateColumn,
        CreatedColumn,
        ExpiresColumn,
        LastUsedColumn,
        HintColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // typed values: times as msecs (never = last), text folded
        TokenIdRole,                 // Id
        StateRole,                   // int(Token::State)
    };

    explicit TokenTableModel(Directory *directory, QObject *parent = nullptr);

    // `tokens` ascending by id; `now` decides Active / Expired.
    void setTokens(const QList<Token> &tokens, const QDateTime &now);
    const QList<Token> &tokens() const { return m_tokens; }
    QDateTime now() const { return m_now; }
    // Row of token `id`, -1 when not listed.
    int rowOf(Id id) const;
    const Token &tokenAt(int row) const { return m_tokens.at(row); }
    Token::State stateAt(int row) const { return m_tokens.at(row).state(m_now); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Personal", "Service", "SCIM"; "Active", "Revoked", "Expired".
    static QString kindText(Token::Kind kind);
    static QString stateText(Token::State state);

private:
    QString ownerText(Id owner) const;
    QString displayText(const Token &token, int column) const;
    void ownersChanged();

    Directory *m_directory = nullptr;
    QList<Token> m_tokens;
    QDateTime m_now;
    bool m_loaded = false;
};

} // namespace Gatehouse

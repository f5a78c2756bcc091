// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/token.h"

#include <QDateTime>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QTableView;

namespace Gatehouse {

class AdminSession;
class TokenDialog;
class TokenFilterModel;
class TokenTableModel;

// The "Tokens" page: the API tokens the acting account may see (TokenService::visibleTokens:
// its own personal tokens; an Admin also every service and SCIM token), with their state
// in words. New Token… opens the create dialog (the secret is shown there once); Revoke,
// Restore and Delete (only a revoked token, after a question) are enabled as TokenService
// allows them for the selected token. Every change goes through the session's backend and
// the list is read again afterwards, when the page is shown, and on refresh().
class TokensPage : public QWidget
{
    Q_OBJECT
public:
    explicit TokensPage(AdminSession *session, QWidget *parent = nullptr);

    TokenTableModel *model() const { return m_model; }
    TokenFilterModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *stateFilter() const { return m_stateFilter; }
    QLabel *statusLabel() const { return m_status; }
    QAction *newAction() const { return m_new; }
    QAction *revokeAction() const { return m_revoke; }
    QAction *restoreAction() const { return m_restore; }
    QAction *deleteAction() const { return m_delete; }
    QAction *refreshAction() const { return m_refresh; }

    // Every token read last (not only the visible ones: names are unique per owner).
    const QList<Token> &allTokens() const { return m_all; }
    // The selected token's id, 0 when none.
    Id currentId() const;
    bool selectId(Id id);
    // The clock the states are computed with (tests move it).
    void setClock(std::function<QDateTime()> clock);

public Q_SLOTS:
    // Reads the tokens again (asynchronously); reloaded() follows, also on an error (shown
    // in statusLabel()).
    void refresh();
    // Opens the create dialog (window-modal, deleted on close); nullptr when creating is
    // not allowed now.
    TokenDialog *newToken();
    void revokeCurrent();
    void restoreCurrent();
    // Asks first (window-modal, returned so a test can answer it); nullptr when the selected
    // token may not be deleted.
    QMessageBox *deleteCurrent();
    void updateActions();

Q_SIGNALS:
    void reloaded();
    // A token was created, revoked, restored or deleted here.
    void changed(const QString &summary);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setTokens(const QList<Token> &tokens);
    const Token *currentToken() const;
    void store(const Result<Token> &planned, const QString &summary);
    void report(const QString &what, const Error &error);
    QString actor() const;

    AdminSession *m_session = nullptr;
    TokenTableModel *m_model = nullptr;
    TokenFilterModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_stateFilter = nullptr;
    QLabel *m_status = nullptr;
    QAction *m_new = nullptr;
    QAction *m_revoke = nullptr;
    QAction *m_restore = nullptr;
    QAction *m_delete = nullptr;
    QAction *m_refresh = nullptr;
    QList<Token> m_all;
    std::function<QDateTime()> m_clock;
    int m_generation = 0;
    bool m_working = false;
};

} // namespace Gatehouse

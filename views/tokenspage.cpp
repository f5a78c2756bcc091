// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/tokenspage.h"
#include "views/iconset.h"

#include "core/directory.h"
#include "models/tokenfiltermodel.h"
#include "models/tokentablemodel.h"
#include "views/adminsession.h"
#include "views/tokendialog.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatehouse {

TokensPage::TokensPage(AdminSession *session, QWidget *parent)
    : QWidget(parent), m_session(session), m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_model = new TokenTableModel(m_session->directory(), this);
    m_proxy = new TokenFilterModel(this);
    m_proxy->setSourceModel(m_model);

    m_new = new QAction(IconSet::icon(IconId::New), tr("&New Token\u2026"), this);
    m_new->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_revoke = new QAction(IconSet::icon(IconId::Revoke), tr("Re&voke"), this);
    m_revoke->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_restore = new QAction(IconSet::icon(IconId::Restore), tr("Re&store"), this);
    m_restore->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_delete = new QAction(IconSet::icon(IconId::Delete), tr("&Delete\u2026"), this);
    m_delete->setShortcut(QKeySequence::Delete);
    m_refresh = new QAction(IconSet::icon(IconId::Refresh), tr("Re&fresh"), this);
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    // Only while this page is shown (another page has its own New and Delete).
    for (QAction *action : {m_new, m_revoke, m_restore, m_delete, m_refresh}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(action);
    }
    connect(m_new, &QAction::triggered, this, &TokensPage::newToken);
    connect(m_revoke, &QAction::triggered, this, &TokensPage::revokeCurrent);
    connect(m_restore, &QAction::triggered, this, &TokensPage::restoreCurrent);
    connect(m_delete, &QAction::triggered, this, &TokensPage::deleteCurrent);
    connect(m_refresh, &QAction::triggered, this, &TokensPage::refresh);

    m_search = new QLineEdit;
    m_search->setPlaceholderText(tr("Search name, owner or hint"));
    m_search->setAccessibleName(tr("Search name, owner or hint"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TokenFilterModel::setSearchText);
    m_stateFilter = new QComboBox;
    m_stateFilter->setAccessibleName(tr("State"));
    m_stateFilter->addItem(tr("All states"), -1);
    for (Token::State state : {Token::State::Active, Token::State::Revoked, Token::State::Expired})
        m_stateFilter->addItem(TokenTableModel::stateText(state), int(state));
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int state = m_stateFilter->currentData().toInt();
        m_proxy->setStateFilter(state < 0 ? std::nullopt : std::optional<Token::State>(Token::State(state)));
    });

    m_view = new QTableView;
    m_view->setAccessibleName(tr("Tokens"));

    m_view->setTabKeyNavigation(false); // arrows move between cells; Tab leaves the table
    m_view->setModel(m_proxy);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (QAction *action : {m_revoke, m_restore, m_delete})
        m_view->addAction(action);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *columns = m_view->horizontalHeader();
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    // Wide enough for what the columns usually hold; the hint takes the rest.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int padding = metrics.averageCharWidth() * 4;
    const QString samples[] = {u"Entra ID provisioning token"_s, u"Personal"_s, QString(34, u'n'), u"Revoked"_s,
                               u"2026-12-31"_s, u"2026-12-31"_s, u"10 months ago"_s};
    for (int column = 0; column < TokenTableModel::HintColumn; ++column)
        m_view->setColumnWidth(column, metrics.horizontalAdvance(samples[column]) + padding);
    m_view->sortByColumn(TokenTableModel::CreatedColumn, Qt::DescendingOrder);
    m_view->setSortingEnabled(true);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TokensPage::updateActions);

    auto *bar = new QHBoxLayout;
    for (QAction *action : {m_new, m_revoke, m_restore, m_delete, m_refresh}) {
        auto *button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addWidget(button);
    }
    bar->addSpacing(12);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_stateFilter);
    m_status = new QLabel;
    m_status->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    setFocusProxy(m_view);

    // The acting account's role, and so what it may see and do, may change with any change.
    connect(m_session->directory(), &Directory::accessChanged, this, &TokensPage::updateActions);
    connect(m_session->directory(), &Directory::reset, this, [this] {
        if (isVisible())
            refresh();
    });
    updateActions();
}

QString TokensPage::actor() const
{
    return m_session->actingSubject();
}

void TokensPage::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void TokensPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void TokensPage::refresh()
{
    const AdminBackend &backend = m_session->backend();
    if (!backend.tokens) {
        m_all.clear();
        setTokens({});
        m_status->setText(tr("No database is open."));
        Q_EMIT reloaded();
        return;
    }
    const int generation = ++m_generation;
    m_status->setText(tr("Loading\u2026"));
    backend.tokens().then(this, [this, generation](const Result<QList<Token>> &loaded) {
        if (generation != m_generation)
            return; // a newer refresh is under way
        if (!loaded) {
            m_status->setText(tr("The tokens cannot be read: %1").arg(loaded.error().message));
            m_status->setToolTip(loaded.error().detail);
            Q_EMIT reloaded();
            return;
        }
        m_all = loaded.value();
        setTokens(TokenService::visibleTokens(m_session->directory()->snapshot(), m_all, actor()));
    });
}

void TokensPage::setTokens(const QList<Token> &tokens)
{
    m_model->setTokens(tokens, m_clock());
    int activeCount = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        activeCount += m_model->stateAt(row) == Token::State::Active ? 1 : 0;
    m_status->setText(tr("%Ln token(s), %1 active", nullptr, int(tokens.size()))
                          .arg(QLocale().toString(activeCount)));
    m_status->setToolTip(QString());
    updateActions();
    Q_EMIT reloaded();
}

const Token *TokensPage::currentToken() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid())
        return nullptr;
    return &m_model->tokenAt(m_proxy->mapToSource(current).row());
}

Id TokensPage::currentId() const
{
    const Token *token = currentToken();
    return token ? token->id : 0;
}

bool TokensPage::selectId(Id id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

void TokensPage::updateActions()
{
    const Capabilities caps = m_session->capabilities();
    const QString readOnly = caps.readOnly ? caps.reason(Capabilities::Action::EditDatastores) : QString();
    const Snapshot &current = m_session->directory()->snapshot();
    const QDateTime now = m_clock();
    const bool idle = !m_working;

    // New Token… when TokenService offers the acting account any kind at all.
    QString newReason = readOnly;
    if (newReason.isEmpty() && TokenService::creatableKinds(current, actor()).isEmpty())
        newReason = caps.hasAccount && caps.active ? tr("You cannot create tokens.")
                                                   : caps.reason(Capabilities::Action::ViewOrganisation);
    m_new->setEnabled(idle && newReason.isEmpty());
    m_new->setToolTip(newReason.isEmpty() ? tr("Create an API token (Ctrl+Shift+T)") : newReason);

    const Token *token = currentToken();
    const auto decide = [&](QAction *action, bool stateAllows, const QString &stateReason,
                            const Result<Token> &rule, const QString &help) {
        QString reason = readOnly;
        if (reason.isEmpty() && !token)
            reason = tr("Select a token first.");
        if (reason.isEmpty() && !rule)
            reason = rule.error().message;
        if (reason.isEmpty() && !stateAllows)
            reason = stateReason;
        action->setEnabled(idle && reason.isEmpty());
        action->setToolTip(reason.isEmpty() ? help : reason);
    };
    const Error none = makeError(Error::Code::NotFound, QString());
    const Token::State state = token ? token->state(now) : Token::State::Active;
    decide(m_revoke, state != Token::State::Revoked, tr("The token is revoked already."),
           token ? TokenService::revokeToken(current, *token, actor(), now) : Result<Token>(none),
           tr("Stop the token from working, now (Ctrl+R)"));
    decide(m_restore, state == Token::State::Revoked, tr("Only a revoked token can be restored."),
           token ? TokenService::restoreToken(current, *token, actor()) : Result<Token>(none),
           tr("Let the revoked token work again (Ctrl+Shift+R)"));
    decide(m_delete, state == Token::State::Revoked, tr("Revoke the token before deleting it."),
           token ? TokenService::checkDelete(current, *token, actor()) : Result<Token>(none),
           tr("Delete the revoked token for good (Del)"));
}

TokenDialog *TokensPage::newToken()
{
    updateActions();
    if (!m_new->isEnabled())
        return nullptr;
    auto *dialog = new TokenDialog(m_session, m_all, m_clock(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &TokenDialog::created, this, [this](const Token &token) {
        Q_EMIT changed(tr("Created token \u201c%1\u201d").arg(token.name));
        const Id id = token.id;
        connect(this, &TokensPage::reloaded, this, [this, id] { selectId(id); }, Qt::SingleShotConnection);
        refresh();
    });
    dialog->open();
    return dialog;
}

void TokensPage::report(const QString &what, const Error &error)
{
    m_status->setText(tr("%1: not done. %2").arg(what, error.message));
    m_status->setToolTip(error.detail);
}

void TokensPage::store(const Result<Token> &planned, const QString &summary)
{
    if (!planned) {
        report(summary, planned.error());
        return;
    }
    const AdminBackend &backend = m_session->backend();
    if (!backend.saveToken) {
        m_status->setText(tr("No database is open."));
        return;
    }
    m_working = true;
    updateActions();
    backend.saveToken(planned.value(), actor()).then(this, [this, summary](const Result<Token> &saved) {
        m_working = false;
        if (!saved) {
            report(summary, saved.error());
            updateActions();
            refresh(); // a conflict: show the token as it is now
            return;
        }
        Q_EMIT changed(summary);
        const Id id = saved->id;
        connect(this, &TokensPage::reloaded, this, [this, id] { selectId(id); }, Qt::SingleShotConnection);
        refresh();
    });
}

void TokensPage::revokeCurrent()
{
    updateActions();
    const Token *token = currentToken();
    if (!token || !m_revoke->isEnabled())
        return;
    store(TokenService::revokeToken(m_session->directory()->snapshot(), *token, actor(), m_clock()),
          tr("Revoked token \u201c%1\u201d").arg(token->name));
}

void TokensPage::restoreCurrent()
{
    updateActions();
    const Token *token = currentToken();
    if (!token || !m_restore->isEnabled())
        return;
    store(TokenService::restoreToken(m_session->directory()->snapshot(), *token, actor()),
          tr("Restored token \u201c%1\u201d").arg(token->name));
}

QMessageBox *TokensPage::deleteCurrent()
{
    updateActions();
    const Token *current = currentToken();
    if (!current || !m_delete->isEnabled())
        return nullptr;
    const Token token = *current;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Token"),
                                tr("Delete the revoked token \u201c%1\u201d for good? Its history stays.")
                                    .arg(token.name),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("&Delete"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, token] {
        if (box->clickedButton() != box->button(QMessageBox::Yes))
            return;
        const QString summary = tr("Deleted token \u201c%1\u201d").arg(token.name);
        const Result<Token> allowed = TokenService::checkDelete(m_session->directory()->snapshot(), token, actor());
        const AdminBackend &backend = m_session->backend();
        if (!allowed || !backend.deleteToken) {
            allowed ? m_status->setText(tr("No database is open.")) : report(summary, allowed.error());
            return;
        }
        m_working = true;
        updateActions();
        backend.deleteToken(allowed.value(), actor()).then(this, [this, summary](const Result<void> &deleted) {
            m_working = false;
            if (!deleted)
                report(summary, deleted.error());
            else
                Q_EMIT changed(summary);
            refresh();
        });
    });
    box->open();
    return box;
}

} // namespace Gatehouse

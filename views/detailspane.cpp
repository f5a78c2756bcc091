// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/detailspane.h"

#include "core/directory.h"
#include "models/displaytext.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;

QTreeWidgetItem *addLink(QTreeWidget *list, const QStringList &columns, EntityKind kind, Id id)
{
    auto *item = new QTreeWidgetItem(list, columns);
    item->setData(0, KindRole, int(kind));
    item->setData(0, IdRole, id);
    for (int c = 0; c < columns.size(); ++c)
        item->setToolTip(c, columns.at(c));
    return item;
}

void addNote(QTreeWidget *list, const QString &text)
{
    auto *item = new QTreeWidgetItem(list, {text});
    item->setFlags(Qt::ItemIsEnabled);
    item->setFirstColumnSpanned(true);
    QFont font = item->font(0);
    font.setItalic(true);
    item->setFont(0, font);
}

QString number(qsizetype n)
{
    return QLocale().toString(qlonglong(n));
}

// Header labels; the column `narrow` (a level or a kind) gets a fixed width, the others
// share the rest.
void setColumns(QTreeWidget *list, const QStringList &labels, int narrow)
{
    list->setColumnCount(int(labels.size()));
    list->setHeaderLabels(labels);
    QHeaderView *header = list->header();
    for (int c = 0; c < labels.size(); ++c)
        header->setSectionResizeMode(c, c == narrow ? QHeaderView::Fixed : QHeaderView::Stretch);
    if (narrow >= 0) {
        // Wide enough for every level and kind name in the current language.
        int width = list->fontMetrics().horizontalAdvance(labels.at(narrow));
        for (int l = int(Level::Reporter); l <= int(Level::Admin); ++l)
            width = std::max(width, list->fontMetrics().horizontalAdvance(DisplayText::level(Level(l))));
        for (DatastoreKind kind : {DatastoreKind::Source, DatastoreKind::Enrichment})
            width = std::max(width, list->fontMetrics().horizontalAdvance(DisplayText::datastoreKind(kind)));
        header->resizeSection(narrow, width + 16);
    }
}

QStringList teamColumns(const Team &team)
{
    return {team.name, DisplayText::level(team.permission)};
}
} // namespace

DetailsPane::DetailsPane(Directory *directory, QWidget *parent)
    : QWidget(parent), m_directory(directory)
{
    m_title = new QLabel(this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(this);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lookupLink = new QLabel(this);
    m_lookupLink->setTextFormat(Qt::RichText);
    m_lookupLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_lookupLink, &QLabel::linkActivated, this, [this] {
        if (m_kind != EntityKind::Team && m_id >= 0)
            Q_EMIT lookupRequested(m_kind, m_id);
    });
    for (QLabel *label : {m_title, m_subtitle, m_lookupLink})
        label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_firstCaption = new QLabel(this);
    m_secondCaption = new QLabel(this);
    m_firstList = new QTreeWidget(this);
    m_secondList = new QTreeWidget(this);
    // The captions change with the entity shown; as buddies they name the lists for a
    // screen reader whatever they say.
    m_firstCaption->setBuddy(m_firstList);
    m_secondCaption->setBuddy(m_secondList);
    setAccessibleName(tr("Details"));
    setAccessibleDescription(tr("What the selected row is connected to"));
    for (QLabel *caption : {m_firstCaption, m_secondCaption}) {
        QFont font = caption->font();
        font.setBold(true);
        caption->setFont(font);
    }
    for (QTreeWidget *list : {m_firstList, m_secondList}) {
        list->setRootIsDecorated(false);
        list->setUniformRowHeights(true);
        list->setAlternatingRowColors(true);
        list->setSelectionBehavior(QAbstractItemView::SelectRows);
        list->setToolTip(tr("Double-click or press Enter to go to it."));
        list->header()->setStretchLastSection(false);
        connect(list, &QTreeWidget::itemActivated, this, &DetailsPane::onItemActivated);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_lookupLink);
    layout->addSpacing(6);
    layout->addWidget(m_firstCaption);
    layout->addWidget(m_firstList, 1);
    layout->addSpacing(4);
    layout->addWidget(m_secondCaption);
    layout->addWidget(m_secondList, 2);
    // Takes the free height only while the lists are hidden (nothing selected).
    layout->addStretch(0);

    // Access changes, and renames or descriptions, which leave access as it is.
    connect(m_directory, &Directory::accessChanged, this, &DetailsPane::refresh);
    connect(m_directory, &Directory::accountsChanged, this, &DetailsPane::refresh);
    connect(m_directory, &Directory::teamsChanged, this, &DetailsPane::refresh);
    connect(m_directory, &Directory::datastoresChanged, this, &DetailsPane::refresh);
    showNothing();
}

void DetailsPane::showEntity(EntityKind kind, Id id)
{
    m_kind = kind;
    m_id = id;
    refresh();
}

void DetailsPane::refresh()
{
    m_firstList->clear();
    m_secondList->clear();
    qsizetype pos = -1;
    switch (m_kind) {
    case EntityKind::Account: pos = m_directory->accountPos(m_id); break;
    case EntityKind::Team: pos = m_directory->teamPos(m_id); break;
    case EntityKind::Datastore: pos = m_directory->datastorePos(m_id); break;
    }
    if (m_id < 0 || pos < 0) {
        showNothing();
        return;
    }
    switch (m_kind) {
    case EntityKind::Account: showAccount(pos); break;
    case EntityKind::Team: showTeam(pos); break;
    case EntityKind::Datastore: showDatastore(pos); break;
    }
    showLists();
    // Same words as the tables' Ctrl+L actions.
    QString lookup;
    if (m_kind == EntityKind::Account)
        lookup = tr("What can this account reach…");
    else if (m_kind == EntityKind::Datastore)
        lookup = tr("Who reaches this…");
    m_lookupLink->setText(lookup.isEmpty() ? QString() : u"<a href=\"lookup\">%1</a>"_s.arg(lookup.toHtmlEscaped()));
    m_lookupLink->setToolTip(lookup.isEmpty() ? QString() : tr("Ctrl+L in the table"));
    m_lookupLink->setVisible(!lookup.isEmpty());
}

void DetailsPane::showNothing()
{
    m_title->setText(tr("Nothing selected"));
    m_subtitle->setText(tr("Select a row to see what it is connected to."));
    m_lookupLink->hide();
    for (QWidget *w : std::initializer_list<QWidget *>{m_firstCaption, m_secondCaption, m_firstList, m_secondList})
        w->hide();
}

void DetailsPane::showLists()
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_firstCaption, m_secondCaption, m_firstList, m_secondList})
        w->show();
    // A short first list takes only the height it needs; the second list gets the rest.
    constexpr int CompactRows = 12;
    const int rows = m_firstList->topLevelItemCount();
    if (rows > 0 && rows <= CompactRows) {
        const int rowHeight = m_firstList->sizeHintForRow(0);
        m_firstList->setMaximumHeight(m_firstList->header()->sizeHint().height() + rowHeight * (rows + 1)
                                      + 2 * m_firstList->frameWidth());
    } else {
        m_firstList->setMaximumHeight(QWIDGETSIZE_MAX);
    }
}

void DetailsPane::showAccount(qsizetype pos)
{
    const Account &account = m_directory->accounts().at(pos);
    const AccessIndex &access = m_directory->access();
    m_title->setText(account.name);
    QStringList facts;
    if (!account.email.isEmpty())
        facts.append(account.email);
    facts.append(DisplayText::role(account.role));
    facts.append(DisplayText::accountType(account.type));
    if (!account.isActive())
        facts.append(tr("Deactivated"));
    m_subtitle->setText(facts.join(u" · "_s));

    // Teams: Public first (everyone is in it), then explicit memberships.
    setColumns(m_firstList, {tr("Team"), tr("Level")}, 1);
    const qsizetype publicPos = m_directory->publicTeamPos();
    if (publicPos >= 0) {
        const Team &team = m_directory->teams().at(publicPos);
        addLink(m_firstList, teamColumns(team), EntityKind::Team, team.id);
    }
    for (qsizetype t : access.teamsOf(pos)) {
        const Team &team = m_directory->teams().at(t);
        addLink(m_firstList, teamColumns(team), EntityKind::Team, team.id);
    }
    m_firstCaption->setText(tr("Teams (%1)").arg(number(m_firstList->topLevelItemCount())));

    // Datastores reached, highest level first, then by name. Only the listed ones are
    // explained: an Admin reaches every datastore.
    setColumns(m_secondList, {tr("Datastore"), tr("Level"), tr("Why")}, 1);
    const std::vector<Level> row = access.row(pos);
    std::vector<qsizetype> reached;
    for (size_t d = 0; d < row.size(); ++d)
        if (row[d] != Level::None)
            reached.push_back(qsizetype(d));
    const auto &datastores = m_directory->datastores();
    std::sort(reached.begin(), reached.end(), [&](qsizetype a, qsizetype b) {
        if (row[size_t(a)] != row[size_t(b)])
            return row[size_t(a)] > row[size_t(b)];
        return datastores.at(a).name.localeAwareCompare(datastores.at(b).name) < 0;
    });
    const qsizetype shown = std::min<qsizetype>(qsizetype(reached.size()), MaxListedItems);
    for (qsizetype i = 0; i < shown; ++i) {
        const qsizetype d = reached[size_t(i)];
        const Explanation why = access.explain(pos, d);
        QString reason;
        if (why.source == Explanation::Source::Role) {
            reason = tr("Admin role");
        } else {
            QStringList names;
            for (Id teamId : why.winningTeams) {
                const qsizetype t = m_directory->teamPos(teamId);
                if (t >= 0)
                    names.append(m_directory->teams().at(t).name);
            }
            reason = tr("via %1").arg(names.join(u", "_s));
        }
        QTreeWidgetItem *item = addLink(m_secondList, {datastores.at(d).name, DisplayText::level(why.level), reason},
                                        EntityKind::Datastore, datastores.at(d).id);
        item->setToolTip(0, tr("%1: %2 %3").arg(datastores.at(d).name, DisplayText::level(why.level), reason));
    }
    if (qsizetype(reached.size()) > shown)
        addNote(m_secondList, tr("and %1 more").arg(number(qsizetype(reached.size()) - shown)));
    if (!account.isActive())
        addNote(m_secondList, tr("Deactivated: no access to any datastore"));
    m_secondCaption->setText(tr("Datastores reached (%1)").arg(number(qsizetype(reached.size()))));
}

void DetailsPane::showTeam(qsizetype pos)
{
    const Team &team = m_directory->teams().at(pos);
    m_title->setText(team.name);
    QStringList facts{tr("Level: %1").arg(DisplayText::level(team.permission))};
    if (!team.description.isEmpty())
        facts.append(team.description);
    m_subtitle->setText(facts.join(u" · "_s));

    setColumns(m_firstList, {tr("Member"), tr("E-mail")}, -1);
    const auto &accounts = m_directory->accounts();
    if (team.isPublic) {
        const int count = int(accounts.size());
        const QString everyone = tr("Everyone (%Ln account(s))", nullptr, count);
        addNote(m_firstList, everyone);
        m_firstCaption->setText(tr("Members: %1").arg(everyone));
    } else {
        const qsizetype shown = std::min<qsizetype>(team.members.size(), MaxListedItems);
        for (qsizetype i = 0; i < shown; ++i) {
            const qsizetype a = m_directory->accountPos(team.members.at(i));
            if (a < 0)
                continue;
            const Account &account = accounts.at(a);
            addLink(m_firstList, {account.name, account.email}, EntityKind::Account, account.id);
        }
        if (team.members.size() > shown)
            addNote(m_firstList, tr("and %1 more").arg(number(team.members.size() - shown)));
        m_firstCaption->setText(tr("Members (%1)").arg(number(team.members.size())));
    }

    setColumns(m_secondList, {tr("Datastore"), tr("Kind")}, 1);
    const auto &datastores = m_directory->datastores();
    const qsizetype shown = std::min<qsizetype>(team.datastores.size(), MaxListedItems);
    for (qsizetype i = 0; i < shown; ++i) {
        const qsizetype d = m_directory->datastorePos(team.datastores.at(i));
        if (d < 0)
            continue;
        const Datastore &datastore = datastores.at(d);
        addLink(m_secondList, {datastore.name, DisplayText::datastoreKind(datastore.kind)},
                EntityKind::Datastore, datastore.id);
    }
    if (team.datastores.size() > shown)
        addNote(m_secondList, tr("and %1 more").arg(number(team.datastores.size() - shown)));
    m_secondCaption->setText(tr("Datastores (%1)").arg(number(team.datastores.size())));
}

void DetailsPane::showDatastore(qsizetype pos)
{
    const Datastore &datastore = m_directory->datastores().at(pos);
    const AccessIndex &access = m_directory->access();
    m_title->setText(datastore.name);
    m_subtitle->setText(QStringList{DisplayText::datastoreKind(datastore.kind), datastore.connection}
                            .join(u" · "_s));

    setColumns(m_firstList, {tr("Team"), tr("Level")}, 1);
    const QList<qsizetype> &holding = access.teamsHolding(pos);
    for (qsizetype t : holding) {
        const Team &team = m_directory->teams().at(t);
        addLink(m_firstList, teamColumns(team), EntityKind::Team, team.id);
    }
    if (holding.isEmpty())
        addNote(m_firstList, tr("No team: only Admins reach it"));
    m_firstCaption->setText(tr("Teams (%1)").arg(number(holding.size())));

    setColumns(m_secondList, {tr("Account"), tr("Level")}, 1);
    const std::vector<Level> column = access.column(pos);
    const auto &accounts = m_directory->accounts();
    qsizetype reached = 0;
    for (size_t a = 0; a < column.size(); ++a) {
        if (column[a] == Level::None)
            continue;
        if (++reached > MaxListedItems)
            continue;
        const Account &account = accounts.at(qsizetype(a));
        addLink(m_secondList, {account.name, DisplayText::level(column[a])}, EntityKind::Account, account.id);
    }
    if (reached > MaxListedItems)
        addNote(m_secondList, tr("and %1 more").arg(number(reached - MaxListedItems)));
    m_secondCaption->setText(tr("Reached by (%Ln account(s))", nullptr, int(reached)));
}

void DetailsPane::onItemActivated(QTreeWidgetItem *item)
{
    const QVariant kind = item->data(0, KindRole);
    if (!kind.isValid())
        return;
    Q_EMIT navigateRequested(EntityKind(kind.toInt()), item->data(0, IdRole).toLongLong());
}

} // namespace Gatehouse

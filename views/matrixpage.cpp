// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/matrixpage.h"

#include "core/directory.h"
#include "models/displaytext.h"
#include "models/matrixmodel.h"
#include "views/explainpanel.h"
#include "views/iconset.h"
#include "views/matrixdelegate.h"
#include "views/rotatedheaderview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QLoggingCategory>
#include <QPushButton>
#include <QShowEvent>
#include <QSplitter>
#include <QSignalBlocker>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcMatrix, "gatehouse.views.matrix")

namespace Gatehouse {

MatrixPage::MatrixPage(Directory *directory, QWidget *parent)
    : QWidget(parent), m_directory(directory)
{
    m_model = new MatrixModel(m_directory, this);
    m_view = new QTableView;
    m_view->setObjectName(u"matrix"_s);
    m_view->setAccessibleName(tr("Access matrix"));
    m_view->setAccessibleDescription(tr("Accounts in rows, datastores in columns; each cell gives the "
                                        "account's level on the datastore"));
    auto *header = new RotatedHeaderView(m_view);
    m_view->setHorizontalHeader(header);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new MatrixDelegate(m_view));
    m_view->setWordWrap(false);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setGridStyle(Qt::SolidLine);
    // Fixed, uniform sections: the view never measures 50,000 × 5,000 cells.
    const int rowHeight = fontMetrics().height() + 6;
    const int cellWidth = std::max(rowHeight + 4, fontMetrics().horizontalAdvance(u"A★"_s) + 10);
    header->setSectionResizeMode(QHeaderView::Fixed);
    header->setDefaultSectionSize(cellWidth);
    header->setMinimumSectionSize(cellWidth);
    header->setLabelHeight(fontMetrics().averageCharWidth() * 22);
    QHeaderView *vertical = m_view->verticalHeader();
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    vertical->setMinimumSectionSize(rowHeight);
    vertical->setDefaultSectionSize(rowHeight);
    vertical->setFixedWidth(fontMetrics().averageCharWidth() * 26);
    vertical->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    vertical->setTextElideMode(Qt::ElideRight);

    m_explain = new ExplainPanel;
    connect(m_explain, &ExplainPanel::navigateRequested, this, &MatrixPage::navigateRequested);

    m_legend = new QLabel;
    m_legend->setObjectName(u"legend"_s);
    m_legend->setTextFormat(Qt::RichText);
    m_banner = new QLabel;
    m_banner->setObjectName(u"asOfBanner"_s);
    m_banner->setStyleSheet(u"QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #e0c36c; padding: 4px; }"_s);
    m_banner->hide();

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_explain);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1000, 340});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createToolbar());
    layout->addWidget(m_banner);
    layout->addWidget(createFilters());
    layout->addWidget(m_legend);
    layout->addWidget(splitter, 1);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connect(m_filterTimer, &QTimer::timeout, this, &MatrixPage::applyFilters);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &MatrixPage::onCurrentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MatrixPage::onCurrentChanged);
    createExportActions();

    connect(m_directory, &Directory::accessChanged, this, &MatrixPage::refreshOrDefer);
    refreshOrDefer();
}

MatrixPage::~MatrixPage() = default;

void MatrixPage::refreshOrDefer()
{
    m_stale = true;
    if (isVisible())
        refreshIfStale();
}

void MatrixPage::refreshIfStale()
{
    if (m_stale) {
        m_stale = false;
        fillChoices();
        if (isLive())
            applyFilters();
    }
}

void MatrixPage::showEvent(QShowEvent *event)
{
    refreshIfStale();
    QWidget::showEvent(event);
}

QWidget *MatrixPage::createToolbar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_asOfEdit = new QDateTimeEdit(QDateTime::currentDateTimeUtc());
    m_asOfEdit->setTimeSpec(Qt::UTC);
    m_asOfEdit->setDisplayFormat(u"yyyy-MM-dd HH:mm 'UTC'"_s);
    m_asOfEdit->setCalendarPopup(true);
    m_asOfEdit->setAccessibleName(tr("As of"));
    auto *show = new QPushButton(tr("Show"));
    show->setToolTip(tr("Show the matrix as it was at this time (from the history)"));
    connect(show, &QPushButton::clicked, this, [this] { showAsOf(m_asOfEdit->dateTime()); });
    m_nowButton = new QPushButton(tr("Now"));
    m_nowButton->setToolTip(tr("Back to the live organisation"));
    connect(m_nowButton, &QPushButton::clicked, this, [this] {
        m_asOfEdit->setDateTime(QDateTime::currentDateTimeUtc());
        showAsOf({});
    });
    m_busyLabel = new QLabel;
    m_busyLabel->hide();
    auto *changes = new QPushButton(IconSet::icon(IconId::History), tr("Changes since…"));
    connect(changes, &QPushButton::clicked, this, &MatrixPage::openChangesSince);
    auto *compare = new QPushButton(IconSet::icon(IconId::Compare), tr("Compare…"));
    connect(compare, &QPushButton::clicked, this, &MatrixPage::openCompare);
    m_throughTeam = new QComboBox;
    m_throughTeam->setMinimumContentsLength(14);
    m_throughTeam->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_throughTeam->setToolTip(tr("Show the selected account's row as if it worked only through one of its "
                                 "teams (an Admin counts as a Manager)"));
    m_throughTeam->setEnabled(false);
    connect(m_throughTeam, &QComboBox::activated, this, [this] {
        if (m_throughAccountPos < 0)
            return;
        const Id accountId = m_model->snapshot().accounts.at(m_throughAccountPos).id;
        m_model->setRestriction(accountId, m_throughTeam->currentData().toLongLong());
        updateLegend();
        updateExplain();
    });

    row->addWidget(new QLabel(tr("As of")));
    row->addWidget(m_asOfEdit);
    row->addWidget(show);
    row->addWidget(m_nowButton);
    row->addWidget(m_busyLabel);
    row->addSpacing(16);
    row->addWidget(changes);
    row->addWidget(compare);
    row->addSpacing(16);
    auto *throughLabel = new QLabel(tr("Through team"));
    throughLabel->setBuddy(m_throughTeam); // names the combo box for a screen reader
    row->addWidget(throughLabel);
    row->addWidget(m_throughTeam);
    row->addStretch(1);
    return bar;
}

QWidget *MatrixPage::createFilters()
{
    auto *box = new QWidget;
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    m_rowText = new QLineEdit;
    m_rowText->setPlaceholderText(tr("Search accounts"));
    m_rowText->setClearButtonEnabled(true);
    m_role = new QComboBox;
    m_role->addItem(tr("Any role"), -1);
    for (Role role : {Role::Admin, Role::Manager, Role::Member})
        m_role->addItem(DisplayText::role(role), int(role));
    m_rowTeam = new QComboBox;
    m_type = new QComboBox;
    m_type->addItem(tr("Any type"), -1);
    for (AccountType type : {AccountType::Human, AccountType::Service})
        m_type->addItem(DisplayText::accountType(type), int(type));
    m_showDeactivated = new QCheckBox(tr("Show deactivated"));
    m_onlyAccounts = new QCheckBox(tr("Only accounts with access"));
    m_columnText = new QLineEdit;
    m_columnText->setPlaceholderText(tr("Search datastores"));
    m_columnText->setClearButtonEnabled(true);
    m_kind = new QComboBox;
    m_kind->addItem(tr("Any kind"), -1);
    for (DatastoreKind kind : {DatastoreKind::Source, DatastoreKind::Enrichment})
        m_kind->addItem(DisplayText::datastoreKind(kind), int(kind));
    m_columnTeam = new QComboBox;
    m_connection = new QComboBox;
    m_onlyDatastores = new QCheckBox(tr("Only datastores with access"));
    m_rowText->setAccessibleName(tr("Search accounts"));
    m_columnText->setAccessibleName(tr("Search datastores"));
    m_role->setAccessibleName(tr("Role of the accounts"));
    m_rowTeam->setAccessibleName(tr("Team of the accounts"));
    m_type->setAccessibleName(tr("Type of the accounts"));
    m_kind->setAccessibleName(tr("Kind of the datastores"));
    m_columnTeam->setAccessibleName(tr("Team of the datastores"));
    m_connection->setAccessibleName(tr("Connection of the datastores"));
    for (QComboBox *combo : {m_rowTeam, m_columnTeam}) {
        combo->setMinimumContentsLength(15);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    }

    grid->addWidget(new QLabel(tr("Accounts")), 0, 0);
    grid->addWidget(m_rowText, 0, 1);
    grid->addWidget(m_role, 0, 2);
    grid->addWidget(m_rowTeam, 0, 3);
    grid->addWidget(m_type, 0, 4);
    grid->addWidget(m_showDeactivated, 0, 5);
    grid->addWidget(m_onlyAccounts, 0, 6);
    grid->addWidget(new QLabel(tr("Datastores")), 1, 0);
    grid->addWidget(m_columnText, 1, 1);
    grid->addWidget(m_kind, 1, 2);
    grid->addWidget(m_columnTeam, 1, 3);
    grid->addWidget(m_connection, 1, 4);
    grid->addWidget(m_onlyDatastores, 1, 6);
    grid->setColumnStretch(1, 1);

    for (QLineEdit *edit : {m_rowText, m_columnText})
        connect(edit, &QLineEdit::textChanged, this, &MatrixPage::scheduleFilters);
    for (QComboBox *combo : {m_role, m_rowTeam, m_type, m_kind, m_columnTeam, m_connection})
        connect(combo, &QComboBox::currentIndexChanged, this, &MatrixPage::scheduleFilters);
    for (QCheckBox *check : {m_showDeactivated, m_onlyAccounts, m_onlyDatastores})
        connect(check, &QCheckBox::toggled, this, &MatrixPage::scheduleFilters);
    return box;
}

void MatrixPage::fillChoices()
{
    // Team and connection choices come from the organisation shown; the choice is kept by id.
    const Snapshot &s = m_model->snapshot();
    for (QComboBox *combo : {m_rowTeam, m_columnTeam}) {
        const QSignalBlocker blocker(combo);
        const qint64 current = combo->currentData().toLongLong();
        combo->clear();
        combo->addItem(tr("Any team"), 0);
        for (const Team &team : s.teams)
            combo->addItem(team.name, team.id);
        const int index = combo->findData(current);
        combo->setCurrentIndex(std::max(index, 0));
    }
    const QSignalBlocker blocker(m_connection);
    const QString current = m_connection->currentData().toString();
    QStringList connections;
    for (const Datastore &datastore : s.datastores)
        connections.append(datastore.connection);
    connections.removeDuplicates();
    connections.sort(Qt::CaseInsensitive);
    m_connection->clear();
    m_connection->addItem(tr("Any connection"), QString());
    for (const QString &connection : std::as_const(connections))
        m_connection->addItem(connection, connection);
    m_connection->setCurrentIndex(std::max(m_connection->findData(current), 0));
}

MatrixFilter MatrixPage::filter() const
{
    MatrixFilter f;
    f.accountText = m_rowText->text();
    if (const int role = m_role->currentData().toInt(); role >= 0)
        f.role = Role(role);
    f.accountTeam = m_rowTeam->currentData().toLongLong();
    if (const int type = m_type->currentData().toInt(); type >= 0)
        f.type = AccountType(type);
    f.showDeactivated = m_showDeactivated->isChecked();
    f.onlyAccountsWithAccess = m_onlyAccounts->isChecked();
    f.datastoreText = m_columnText->text();
    if (const int kind = m_kind->currentData().toInt(); kind >= 0)
        f.kind = DatastoreKind(kind);
    f.datastoreTeam = m_columnTeam->currentData().toLongLong();
    f.connection = m_connection->currentData().toString();
    f.onlyDatastoresWithAccess = m_onlyDatastores->isChecked();
    return f;
}

void MatrixPage::scheduleFilters()
{
    m_filterTimer->start();
}

void MatrixPage::applyFilters()
{
    m_filterTimer->stop();
    QElapsedTimer timer;
    timer.start();
    MatrixShape shape = computeMatrixShape(m_model->snapshot(), m_model->access(), filter());
    const qint64 filterMs = timer.elapsed();
    m_model->setShape(std::move(shape.accounts), std::move(shape.datastores));
    updateLegend();
    updateExplain();
    qCDebug(lcMatrix) << "filters applied in" << filterMs << "ms, legend and explain in"
                      << timer.elapsed() - filterMs << "ms";
}

void MatrixPage::updateLegend()
{
    const MatrixModel::LevelCounts counts = m_model->countLevels();
    const QLocale locale;
    // Two numbers: the datastores come in as a numerus phrase of their own.
    QString html = tr("%Ln account(s) × %1", nullptr, m_model->rowCount())
                       .arg(tr("%Ln datastore(s)", nullptr, m_model->columnCount()));
    html += u"&nbsp;&nbsp;&nbsp;"_s;
    for (Level level : {Level::Admin, Level::Editor, Level::Author, Level::Drafter, Level::Viewer, Level::Reporter}) {
        html += u"<span style=\"background:%1; color:%2\">&nbsp;%3&nbsp;</span>&nbsp;%4 %5&nbsp;&nbsp;&nbsp;"_s.arg(
            MatrixDelegate::fillColour(level).name(), MatrixDelegate::textColour(level).name(),
            MatrixModel::mark(level), DisplayText::level(level).toHtmlEscaped(),
            locale.toString(counts.cells[size_t(level)]));
    }
    html += tr("no access %1").arg(locale.toString(counts.cells[size_t(Level::None)]));
    if (counts.sampleStride > 1)
        html += u" &nbsp;<i>"_s + tr("(estimated from 1 account in %1)").arg(counts.sampleStride) + u"</i>"_s;
    m_legend->setText(html);
}

void MatrixPage::onCurrentChanged()
{
    const QModelIndex current = m_view->currentIndex();
    const qsizetype accountPos = current.isValid() ? m_model->accountPosAt(current.row()) : -1;
    if (accountPos != m_throughAccountPos)
        fillThroughTeams(accountPos);
    updateExplain();
    updateExportActions();
}

void MatrixPage::fillThroughTeams(qsizetype accountPos)
{
    m_throughAccountPos = accountPos;
    m_throughTeam->clear();
    m_throughTeam->addItem(tr("Any team"), 0);
    if (m_model->restrictedTeam())
        m_model->setRestriction(0, 0);
    m_throughTeam->setEnabled(accountPos >= 0);
    if (accountPos < 0)
        return;
    const Snapshot &s = m_model->snapshot();
    if (const qsizetype publicPos = s.publicTeamIndex(); publicPos >= 0)
        m_throughTeam->addItem(s.teams.at(publicPos).name, s.teams.at(publicPos).id);
    for (qsizetype t : m_model->access().teamsOf(accountPos))
        m_throughTeam->addItem(s.teams.at(t).name, s.teams.at(t).id);
}

void MatrixPage::updateExplain()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_explain->clear();
        return;
    }
    const qsizetype accountPos = m_model->accountPosAt(current.row());
    m_explain->showCell(m_model->snapshot(), m_model->access(), accountPos,
                        m_model->datastorePosAt(current.column()),
                        accountPos == m_throughAccountPos ? m_model->restrictedTeam() : 0);
}

} // namespace Gatehouse

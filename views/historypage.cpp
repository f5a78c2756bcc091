// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/historypage.h"

#include "core/directory.h"
#include "models/historytablemodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSplitter>
#include <QTableView>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {
constexpr int FilterDebounceMs = 250;
// Newest first; an import's record holds a whole organisation, so all of a long history
// would not fit comfortably in memory.
constexpr int MaxRecords = 5000;
}

HistoryPage::HistoryPage(Directory *directory, QWidget *parent)
    : QWidget(parent), m_directory(directory)
{
    m_model = new HistoryTableModel(directory, this);

    m_entity = new QComboBox(this);
    m_entity->setAccessibleName(tr("Entity"));
    m_entity->addItem(tr("All changes"), QString());
    m_entity->addItem(tr("Teams"), u"team"_s);
    m_entity->addItem(tr("Accounts"), u"account"_s);
    m_entity->addItem(tr("Datastores"), u"datastore"_s);
    m_entity->addItem(tr("Organisation"), u"organisation"_s);
    m_actor = new QLineEdit(this);
    m_actor->setClearButtonEnabled(true);
    m_actor->setPlaceholderText(tr("Actor subject"));
    m_actor->setAccessibleName(tr("Actor"));
    m_text = new QLineEdit(this);
    m_text->setClearButtonEnabled(true);
    m_text->setPlaceholderText(tr("Search history"));
    m_text->setAccessibleName(tr("Search history"));
    const QDate today = QDate::currentDate();
    m_useFrom = new QCheckBox(tr("From"), this);
    m_from = new QDateEdit(today.addMonths(-1), this);
    m_from->setCalendarPopup(true);
    m_from->setEnabled(false);
    m_from->setAccessibleName(tr("From date"));
    m_useTo = new QCheckBox(tr("To"), this);
    m_to = new QDateEdit(today, this);
    m_to->setCalendarPopup(true);
    m_to->setEnabled(false);
    m_to->setAccessibleName(tr("To date"));
    m_teamFilter = new QLabel(this);
    m_clearTeam = new QToolButton(this);
    m_clearTeam->setText(tr("Show all"));
    m_clearTeam->setToolTip(tr("Show the history of every entity"));
    m_teamFilter->hide();
    m_clearTeam->hide();
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(fontMetrics().height());
    m_busy->hide();
    m_status = new QLabel(this);

    m_view = new QTableView(this);

    m_view->setTabKeyNavigation(false); // arrows move between cells; Tab leaves the table
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("History"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int unit = fontMetrics().averageCharWidth();
    const int widths[] = {22, 16, 18, 30};
    for (int column = 0; column < 4; ++column)
        m_view->setColumnWidth(column, widths[column] * unit + 12);

    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Change details"));
    m_details->setPlaceholderText(tr("Select a change to see it before and after."));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_details->setFont(mono);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 2);
    filters->addWidget(m_entity);
    filters->addWidget(m_actor, 1);
    filters->addWidget(m_useFrom);
    filters->addWidget(m_from);
    filters->addWidget(m_useTo);
    filters->addWidget(m_to);
    auto *state = new QHBoxLayout;
    state->addWidget(m_teamFilter);
    state->addWidget(m_clearTeam);
    state->addStretch(1);
    state->addWidget(m_busy);
    state->addWidget(m_status);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(state);
    layout->addWidget(splitter, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(FilterDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &HistoryPage::refresh);
    const auto later = [this] { m_debounce->start(); };
    connect(m_text, &QLineEdit::textChanged, this, later);
    connect(m_actor, &QLineEdit::textChanged, this, later);
    connect(m_entity, &QComboBox::currentIndexChanged, this, [this] {
        // Choosing an entity kind leaves the one-team view.
        if (m_teamId != 0 && m_entity->currentData().toString() != u"team")
            showTeam(0);
        else
            refresh();
    });
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    for (QCheckBox *box : {m_useFrom, m_useTo})
        connect(box, &QCheckBox::toggled, this, &HistoryPage::refresh);
    for (QDateEdit *edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, later);
    connect(m_clearTeam, &QToolButton::clicked, this, [this] { showTeam(0); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HistoryPage::showDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::showDetails);
}

void HistoryPage::setBackend(AdminBackend backend)
{
    m_backend = std::move(backend);
}

void HistoryPage::showTeam(Id teamId)
{
    m_teamId = teamId;
    if (teamId != 0) {
        const qsizetype pos = m_directory->teamPos(teamId);
        const QString name = pos >= 0 ? m_directory->teams().at(pos).name : QString::number(teamId);
        m_teamFilter->setText(tr("History of team '%1'").arg(name));
        const QSignalBlocker blocker(m_entity);
        m_entity->setCurrentIndex(m_entity->findData(u"team"_s));
    }
    m_teamFilter->setVisible(teamId != 0);
    m_clearTeam->setVisible(teamId != 0);
    refresh();
}

AuditFilter HistoryPage::filter() const
{
    AuditFilter filter;
    filter.limit = MaxRecords;
    filter.entity = m_entity->currentData().toString();
    filter.entityId = m_teamId;
    if (m_teamId != 0)
        filter.entity = u"team"_s;
    filter.actorSubject = m_actor->text().trimmed();
    filter.text = m_text->text().trimmed();
    if (m_useFrom->isChecked())
        filter.from = m_from->date().startOfDay(QTimeZone::systemTimeZone()).toUTC();
    if (m_useTo->isChecked())
        filter.to = m_to->date().addDays(1).startOfDay(QTimeZone::systemTimeZone()).addSecs(-1).toUTC();
    return filter;
}

void HistoryPage::refresh()
{
    m_debounce->stop();
    if (!m_backend.auditLog)
        return;
    const int generation = ++m_generation;
    m_loading = true;
    m_busy->show();
    m_status->setText(tr("Loading…"));
    m_backend.auditLog(filter()).then(this, [this, generation](Result<QList<AuditRecord>> result) {
        if (generation != m_generation)
            return; // a newer request is on its way
        m_loading = false;
        m_busy->hide();
        if (!result.ok()) {
            m_status->setText(result.error().message);
            Q_EMIT failed(result.error().message);
            return;
        }
        const Id selected = m_view->currentIndex().data(HistoryTableModel::RecordIdRole).toLongLong();
        m_model->setRecords(std::move(result).value());
        const int count = m_model->rowCount();
        m_status->setText(tr("%Ln change(s)", nullptr, count));
        for (int row = 0; selected != 0 && row < count; ++row) {
            if (m_model->records().at(row).id == selected) {
                m_view->selectRow(row);
                break;
            }
        }
        Q_EMIT loaded(count);
    });
}

void HistoryPage::showDetails()
{
    const QModelIndex current = m_view->currentIndex();
    m_details->setPlainText(current.isValid()
                                ? m_model->index(current.row(), 0).data(HistoryTableModel::DetailsRole).toString()
                                : QString());
}

} // namespace Gatehouse

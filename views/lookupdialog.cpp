// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/lookupdialog.h"

#include "core/accessreport.h"
#include "core/directory.h"
#include "models/displaytext.h"
#include "models/reachproxymodel.h"
#include "views/dialogfocus.h"
#include "views/errordialog.h"
#include "views/iconset.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gatehouse {

LookupDialog::LookupDialog(Directory *directory, ReachModel::Subject subject, Id id, QWidget *parent)
    : QDialog(parent), m_directory(directory)
{
    keepButtonsReachable(this);
    setAttribute(Qt::WA_DeleteOnClose);
    m_model = new ReachModel(directory, this);
    m_model->setSubject(subject, id);
    m_proxy = new ReachProxyModel(this);
    m_proxy->setSourceModel(m_model);

    const bool datastore = subject == ReachModel::Subject::Datastore;
    setWindowTitle(datastore ? tr("Who reaches %1").arg(m_model->subjectName())
                             : tr("What %1 can reach").arg(m_model->subjectName()));
    auto *heading = new QLabel(this);
    heading->setTextFormat(Qt::PlainText);
    heading->setText(windowTitle());
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    heading->setFont(bold);

    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(datastore ? tr("Search name or e-mail") : tr("Search datastores"));
    m_search->setAccessibleName(m_search->placeholderText());
    m_level = new QComboBox(this);
    m_level->addItem(tr("Any level"), int(Level::None));
    for (Level level : {Level::Admin, Level::Editor, Level::Author, Level::Drafter, Level::Viewer, Level::Reporter})
        m_level->addItem(DisplayText::level(level), int(level));
    m_level->setAccessibleName(tr("Level"));
    m_count = new QLabel(this);

    m_view = new QTableView(this);

    m_view->setTabKeyNavigation(false); // arrows move between cells; Tab leaves the table
    m_view->setModel(m_proxy);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ReachModel::LevelColumn, Qt::DescendingOrder);
    const int charWidth = fontMetrics().averageCharWidth();
    m_view->setColumnWidth(ReachModel::NameColumn, 28 * charWidth);
    m_view->setColumnWidth(ReachModel::DetailColumn, 30 * charWidth);
    m_view->setColumnWidth(ReachModel::LevelColumn, 10 * charWidth);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    m_export->setIcon(IconSet::icon(IconId::Export));
    // Enter in the table goes to the row, never to a button of the box.
    for (QAbstractButton *button : buttons->buttons()) {
        if (auto *push = qobject_cast<QPushButton *>(button))
            push->setAutoDefault(false);
    }
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &LookupDialog::exportCsv);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_level);
    filters->addWidget(m_count);
    auto *layout = new QVBoxLayout(this);
    heading->setBuddy(m_view); // names the results for screen readers
    layout->addWidget(heading);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, m_proxy, &ReachProxyModel::setText);
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setLevel(Level(m_level->currentData().toInt())); });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &LookupDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &LookupDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &LookupDialog::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &LookupDialog::updateCount);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const Id id = m_proxy->data(index, ReachModel::IdRole).toLongLong();
        Q_EMIT navigateRequested(m_model->listsAccounts() ? EntityKind::Account : EntityKind::Datastore, id);
    });
    updateCount();
    resize(900, 600);
    m_search->setFocus();
}

void LookupDialog::updateCount()
{
    const QLocale locale;
    m_count->setText(tr("%1 of %2").arg(locale.toString(m_proxy->rowCount()), locale.toString(m_model->rowCount())));
}

QByteArray LookupDialog::csv() const
{
    // The access report's rows (formats.md), sorted by account id then datastore id.
    struct Row { Id account; Id datastore; Level level; QString via; };
    std::vector<Row> rows;
    rows.reserve(size_t(m_proxy->rowCount()));
    for (int i = 0; i < m_proxy->rowCount(); ++i) {
        const int source = m_proxy->mapToSource(m_proxy->index(i, 0)).row();
        const Id other = m_model->idAt(source);
        const bool accounts = m_model->listsAccounts();
        rows.push_back({accounts ? other : m_model->subjectId(), accounts ? m_model->subjectId() : other,
                        m_model->levelAt(source), m_model->viaReport(source)});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return std::pair(a.account, a.datastore) < std::pair(b.account, b.datastore);
    });
    QByteArray out = "account_id,subject,name,email,role,datastore_id,datastore,permission,via\n";
    for (const Row &row : rows) {
        const Account &account = m_directory->accounts().at(m_directory->accountPos(row.account));
        const Datastore &datastore = m_directory->datastores().at(m_directory->datastorePos(row.datastore));
        out += (QString::number(account.id) + u',' + csvField(account.subject) + u',' + csvField(account.name)
                + u',' + csvField(account.email) + u',' + roleName(account.role) + u','
                + QString::number(datastore.id) + u',' + csvField(datastore.name) + u','
                + levelName(row.level) + u',' + csvField(row.via) + u'\n')
                   .toUtf8();
    }
    return out;
}

void LookupDialog::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), QString(),
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv()) < 0 || !file.commit()) {
        showErrorDialog(this, tr("Export CSV"),
                        makeError(Error::Code::Io, tr("Cannot write %1.").arg(path), file.errorString()));
    }
}

} // namespace Gatehouse

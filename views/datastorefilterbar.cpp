// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/datastorefilterbar.h"

#include "core/directory.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Gatehouse {

DatastoreFilterBar::DatastoreFilterBar(Directory *directory, QWidget *parent)
    : FilterBar(parent), m_directory(directory)
{
    m_kind = new QComboBox(this);
    m_kind->setAccessibleName(tr("Kind"));
    m_kind->addItem(tr("All kinds"), -1);
    m_kind->addItem(tr("Source"), int(DatastoreKind::Source));
    m_kind->addItem(tr("Enrichment"), int(DatastoreKind::Enrichment));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kind);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FilterBar::changed);
}

FastFilterProxyModel::RowPredicate DatastoreFilterBar::predicate() const
{
    const int kind = m_kind->currentData().toInt();
    if (kind < 0)
        return {};
    const Directory *directory = m_directory;
    return [directory, kind](int row) {
        return int(directory->datastores().at(row).kind) == kind;
    };
}

void DatastoreFilterBar::clear()
{
    const QSignalBlocker blocker(m_kind);
    m_kind->setCurrentIndex(0);
    Q_EMIT changed();
}

void DatastoreFilterBar::saveState(QSettings &settings) const
{
    settings.setValue(u"kind"_s, m_kind->currentData());
}

void DatastoreFilterBar::restoreState(const QSettings &settings)
{
    const QSignalBlocker blocker(m_kind);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(settings.value(u"kind"_s, -1).toInt())));
    Q_EMIT changed();
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/previewpanel.h"
#include "views/appearance.h"

#include "models/accessdiffmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gatehouse {

PreviewPanel::PreviewPanel(QWidget *parent) : QWidget(parent)
{
    m_toggle = new QToolButton(this);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setCheckable(true);
    m_toggle->setAccessibleName(tr("Show every access change"));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Access preview"));
    m_summary->setMinimumHeight(fontMetrics().lineSpacing() * 2);

    m_model = new AccessDiffModel(this);
    m_table = new QTableView(this);
    m_table->setTabKeyNavigation(false); // arrows move between cells; Tab leaves the table
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Access changes"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int unit = fontMetrics().averageCharWidth();
    const int widths[] = {30, 30, 10, 10};
    for (int column = 0; column < 4; ++column)
        m_table->setColumnWidth(column, widths[column] * unit);
    m_table->setMinimumHeight(fontMetrics().height() * 10);
    m_table->hide();

    auto *title = new QLabel(tr("<b>Preview</b>"), this);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch(1);
    header->addWidget(m_toggle);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(header);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    connect(m_toggle, &QToolButton::toggled, this, &PreviewPanel::setExpanded);
    updateToggle();
}

void PreviewPanel::setDiff(const AccessDiff &diff, const Snapshot &before, const Snapshot &after)
{
    m_hasError = false;
    m_diff = diff;
    m_model->setDiff(diff, before, after);
    m_summary->setStyleSheet(QString());
    if (diff.isEmpty()) {
        m_summary->setText(tr("Nobody's access changes."));
    } else {
        const QStringList lines = diff.summaryLines(before, after);
        m_summary->setText(lines.join(u'\n'));
    }
    updateToggle();
}

void PreviewPanel::setError(const Error &error)
{
    m_hasError = true;
    m_diff = {};
    m_model->setDiff({}, {}, {});
    Appearance::showAsProblem(m_summary, true);
    m_summary->setText(error.message);
    updateToggle();
}

void PreviewPanel::setMessage(const QString &text)
{
    m_hasError = false;
    m_diff = {};
    m_model->setDiff({}, {}, {});
    m_summary->setStyleSheet(QString());
    m_summary->setText(text);
    updateToggle();
}

QString PreviewPanel::summaryText() const
{
    return m_summary->text();
}

bool PreviewPanel::isExpanded() const
{
    return m_toggle->isChecked();
}

void PreviewPanel::setExpanded(bool expanded)
{
    if (m_toggle->isChecked() != expanded) {
        m_toggle->setChecked(expanded); // comes back here through toggled()
        return;
    }
    m_table->setVisible(expanded && !m_diff.isEmpty());
    updateToggle();
}

void PreviewPanel::updateToggle()
{
    const int count = int(m_diff.changes.size());
    m_toggle->setEnabled(count > 0);
    m_toggle->setArrowType(isExpanded() ? Qt::DownArrow : Qt::RightArrow);
    m_toggle->setText(isExpanded() ? tr("Hide the %Ln change(s)", nullptr, count)
                                   : tr("Show the %Ln change(s)", nullptr, count));
    m_table->setVisible(isExpanded() && count > 0);
}

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reviewitemmodel.h"
#include "models/newscolours.h"

#include <QBrush>
#include <QColor>

using namespace Qt::StringLiterals;

namespace Gatehouse {

ReviewItemModel::ReviewItemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReviewItemModel::setReview(const Review &review)
{
    beginResetModel();
    m_review = review;
    m_modified = false;
    endResetModel();
    Q_EMIT marksChanged();
}

void ReviewItemModel::setEditable(bool editable)
{
    m_editable = editable;
}

QString ReviewItemModel::markText(ReviewItem::Mark mark)
{
    switch (mark) {
    case ReviewItem::Mark::Unmarked: return {};
    case ReviewItem::Mark::Keep: return tr("Keep");
    case ReviewItem::Mark::Revoke: return tr("Revoke");
    }
    return {};
}

bool ReviewItemModel::setMark(int row, ReviewItem::Mark mark)
{
    if (!m_editable || row < 0 || row >= m_review.items.size())
        return false;
    ReviewItem &item = m_review.items[row];
    if (item.mark == mark)
        return true;
    item.mark = mark;
    touch(row, MarkColumn);
    return true;
}

void ReviewItemModel::touch(int row, int column)
{
    m_modified = true;
    const QModelIndex changed = index(row, column);
    Q_EMIT dataChanged(changed, changed);
    Q_EMIT marksChanged();
}

int ReviewItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_review.items.size());
}

int ReviewItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReviewItemModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const ReviewItem &item = m_review.items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case KindColumn:
            return item.kind == ReviewItem::Kind::Membership ? tr("Membership") : tr("Assignment");
        case TeamColumn: return item.teamName;
        case TargetColumn: return item.targetName;
        case MarkColumn:
            return role == SortRole ? QVariant(int(item.mark)) : QVariant(markText(item.mark));
        case CommentColumn: return item.comment;
        }
        return {};
    case MarkRole:
        return int(item.mark);
    case Qt::ForegroundRole:
        // Colour repeats the text, which stays the signal for colour-blind readers.
        if (index.column() == MarkColumn && item.mark == ReviewItem::Mark::Revoke)
            return QBrush(negativeTextColour());
        if (index.column() == MarkColumn && item.mark == ReviewItem::Mark::Keep)
            return QBrush(positiveTextColour());
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MarkColumn && m_editable)
            return tr("K keeps, R revokes, Space toggles");
        return {};
    }
    return {};
}

bool ReviewItemModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || role != Qt::EditRole || !m_editable)
        return false;
    if (index.column() == CommentColumn) {
        const QString comment = value.toString();
        if (m_review.items.at(index.row()).comment != comment) {
            m_review.items[index.row()].comment = comment;
            touch(index.row(), CommentColumn);
        }
        return true;
    }
    if (index.column() == MarkColumn && value.canConvert<int>()) {
        const int mark = value.toInt();
        if (mark < 0 || mark > int(ReviewItem::Mark::Revoke))
            return false;
        return setMark(index.row(), ReviewItem::Mark(mark));
    }
    return false;
}

Qt::ItemFlags ReviewItemModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && m_editable && index.column() == CommentColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ReviewItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn: return tr("Kind");
    case TeamColumn: return tr("Team");
    case TargetColumn: return tr("Account or datastore");
    case MarkColumn: return tr("Mark");
    case CommentColumn: return tr("Comment");
    }
    return {};
}

} // namespace Gatehouse

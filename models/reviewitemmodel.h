// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/review.h"

#include <QAbstractTableModel>

namespace Gatehouse {

// The items of one access review being recorded: kind, team, account or datastore, mark
// and comment. Holds its own copy of the review; marks and comments change here and are
// stored when the editor saves (ReviewService and the repository decide whether they may).
// A read-only model (signed off, or an actor who may not record) refuses edits.
class ReviewItemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { KindColumn, TeamColumn, TargetColumn, MarkColumn, CommentColumn, ColumnCount };
    enum Role {
        MarkRole = Qt::UserRole + 1, // int(ReviewItem::Mark), for filtering "unmarked"
        SortRole,
    };

    explicit ReviewItemModel(QObject *parent = nullptr);

    // Resets the model (a different review, or the stored one after a save or reload).
    void setReview(const Review &review);
    const Review &review() const { return m_review; }
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    // True after a mark or comment changed since setReview().
    bool isModified() const { return m_modified; }

    // False (nothing changed) when read-only or `row` is out of range.
    bool setMark(int row, ReviewItem::Mark mark);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString markText(ReviewItem::Mark mark);

Q_SIGNALS:
    // A mark or comment changed (the editor updates its counts).
    void marksChanged();

private:
    void touch(int row, int column);

    Review m_review;
    bool m_editable = false;
    bool m_modified = false;
};

} // namespace Gatehouse

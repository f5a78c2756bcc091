// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/reviewitemmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

namespace {

Review threeItems()
{
    Review review;
    review.id = 4;
    review.title = u"Finance"_s;
    review.items = {
        ReviewItem{ReviewItem::Kind::Membership, 2, 7, u"Finance"_s, u"Ada Byron"_s, ReviewItem::Mark::Unmarked, {}},
        ReviewItem{ReviewItem::Kind::Membership, 2, 8, u"Finance"_s, u"Bob Stone"_s, ReviewItem::Mark::Keep, u"ok"_s},
        ReviewItem{ReviewItem::Kind::Assignment, 2, 10, u"Finance"_s, u"Sales Warehouse"_s, ReviewItem::Mark::Unmarked, {}},
    };
    return review;
}

QStringList row(const QAbstractItemModel &model, int r)
{
    QStringList texts;
    for (int c = 0; c < model.columnCount(); ++c)
        texts.append(model.index(r, c).data().toString());
    return texts;
}

} // namespace

class tst_ReviewItemModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsItems();
    void marksWhenEditable_data();
    void marksWhenEditable();
    void unmarkedFilterDropsMarkedRows();
};

void tst_ReviewItemModel::showsItems()
{
    ReviewItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setReview(threeItems());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(row(model, 1), (QStringList{u"Membership"_s, u"Finance"_s, u"Bob Stone"_s, u"Keep"_s, u"ok"_s}));
    QCOMPARE(row(model, 2), (QStringList{u"Assignment"_s, u"Finance"_s, u"Sales Warehouse"_s, u""_s, u""_s}));
    QVERIFY(!(model.flags(model.index(0, ReviewItemModel::CommentColumn)) & Qt::ItemIsEditable));
}

void tst_ReviewItemModel::marksWhenEditable_data()
{
    QTest::addColumn<bool>("editable");
    QTest::addRow("editable") << true;
    QTest::addRow("read-only") << false;
}

void tst_ReviewItemModel::marksWhenEditable()
{
    QFETCH(bool, editable);
    ReviewItemModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setReview(threeItems());
    model.setEditable(editable);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    QCOMPARE(model.setMark(0, ReviewItem::Mark::Revoke), editable);
    QCOMPARE(model.setData(model.index(0, ReviewItemModel::CommentColumn), u"left in June"_s), editable);

    QCOMPARE(model.isModified(), editable);
    QCOMPARE(changed.size(), editable ? 2 : 0);
    if (editable) {
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>(), model.index(0, ReviewItemModel::MarkColumn));
        QCOMPARE(model.review().items.at(0).mark, ReviewItem::Mark::Revoke);
        QCOMPARE(model.review().items.at(0).comment, u"left in June"_s);
        QCOMPARE(model.index(0, ReviewItemModel::MarkColumn).data().toString(), u"Revoke"_s);
    } else {
        QCOMPARE(model.review(), threeItems());
    }
}

void tst_ReviewItemModel::unmarkedFilterDropsMarkedRows()
{
    ReviewItemModel model;
    model.setReview(threeItems());
    model.setEditable(true);
    QSortFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    proxy.setSourceModel(&model);
    proxy.setFilterRole(ReviewItemModel::MarkRole);
    proxy.setFilterKeyColumn(ReviewItemModel::MarkColumn);
    proxy.setFilterRegularExpression(u"^0$"_s);
    QCOMPARE(proxy.rowCount(), 2);
    model.setMark(2, ReviewItem::Mark::Keep);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, ReviewItemModel::TargetColumn).data().toString(), u"Ada Byron"_s);
}

QTEST_GUILESS_MAIN(tst_ReviewItemModel)
#include "tst_reviewitemmodel.moc"

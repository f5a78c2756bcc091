// SPDX-License-Identifier: GPL-3.0-or-later
#include "testchangesets.h"

#include "core/reviewservice.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using namespace TestChangeSets;

namespace {

// A review with `count` items, alternating memberships and assignments, names with
// characters that need care (quotes, commas, non-ASCII).
Review handMadeReview(int count)
{
    Review review;
    review.title = u"Quarterly review, \"Ops\" — Zürich"_s;
    review.started = TestOrganisations::at(u"2026-11-20T09:30:00Z");
    review.startedBy = Ada;
    review.scopeTeams = {2, 5};
    review.scopeDatastores = {10};
    for (int i = 0; i < count; ++i) {
        ReviewItem item;
        item.kind = i % 2 ? ReviewItem::Kind::Assignment : ReviewItem::Kind::Membership;
        item.team = 2 + i % 3;
        item.teamName = u"Team %1"_s.arg(item.team);
        item.target = 1000 + i;
        item.targetName = u"Target «%1», x"_s.arg(i);
        review.items.append(item);
    }
    return review;
}

} // namespace

class tst_ReviewStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void roundTrip_data();
    void roundTrip();
    void staleVersionIsAConflict();
    void signedOffIsReadOnly();
    void everySaveIsAudited();

private:
    QTemporaryDir m_dir;
};

void tst_ReviewStore::initTestCase_data()
{
    TestBackends::addRows();
}

void tst_ReviewStore::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    QVERIFY(m_dir.isValid());
}

void tst_ReviewStore::roundTrip_data()
{
    QTest::addColumn<int>("items");
    QTest::addColumn<bool>("teamsOnly");
    QTest::addRow("one item, teams only") << 1 << true;
    QTest::addRow("more than one fetch chunk") << 700 << false;
}

void tst_ReviewStore::roundTrip()
{
    QFETCH(int, items);
    QFETCH(bool, teamsOnly);
    // Given a database and a review with marks and comments
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    Review review = handMadeReview(items);
    if (teamsOnly)
        review.scopeDatastores.clear();
    review.items[0].mark = ReviewItem::Mark::Revoke;
    review.items[0].comment = u"left the team in June;\nsee HR-12"_s;

    // When it is saved twice (start, then an update) and read back through a new connection
    Result<Review> first = repository->saveReview(review, Ada);
    VERIFY_OK(first);
    QCOMPARE(first->id, Id(1));
    QCOMPARE(first->version, 1);
    Review edited = *first;
    edited.items.last().mark = ReviewItem::Mark::Keep;
    Result<Review> second = repository->saveReview(edited, Bob);
    VERIFY_OK(second);
    QCOMPARE(second->version, 2);
    Result<Review> other = repository->saveReview(handMadeReview(2), Ada);
    VERIFY_OK(other);
    QCOMPARE(other->id, Id(2));
    repository.reset();
    auto reopened = openDatabase(url);
    QVERIFY(reopened);

    // Then the stored reviews equal what was saved, item for item
    const Result<Review> loaded = reopened->review(1);
    VERIFY_OK(loaded);
    QCOMPARE(loaded->items.size(), qsizetype(items));
    QCOMPARE(*loaded, *second);
    const Result<QList<Review>> all = reopened->reviews();
    VERIFY_OK(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0), *second);
    QCOMPARE(all->at(1), *other);
    QCOMPARE(reopened->review(3).error().code, Error::Code::NotFound);
}

void tst_ReviewStore::staleVersionIsAConflict()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    const Review saved = repository->saveReview(handMadeReview(3), Ada).value();

    // Bob saves first, Ada's edit of the same version comes second
    Review bobs = saved;
    bobs.items[1].mark = ReviewItem::Mark::Keep;
    VERIFY_OK(repository->saveReview(bobs, Bob));
    Review adas = saved;
    adas.items[1].mark = ReviewItem::Mark::Revoke;
    const Result<Review> refused = repository->saveReview(adas, Ada);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QVERIFY2(refused.error().message.startsWith(u"Review 'Quarterly review, \"Ops\" — Zürich' was changed by local|bob at "_s),
             qPrintable(refused.error().message));
    // Nothing of Ada's was written
    QCOMPARE(repository->review(saved.id)->items.at(1).mark, ReviewItem::Mark::Keep);
}

void tst_ReviewStore::signedOffIsReadOnly()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    Review review = repository->saveReview(handMadeReview(2), Ada).value();
    review.items[0].mark = ReviewItem::Mark::Keep;
    review.items[1].mark = ReviewItem::Mark::Keep;
    review.signedOff = TestOrganisations::at(u"2026-11-21T10:00:00Z");
    review.signedOffBy = Bob;
    const Review signedOff = repository->saveReview(review, Bob).value();
    QCOMPARE(repository->review(review.id).value(), signedOff);

    Review changed = signedOff;
    changed.items[0].mark = ReviewItem::Mark::Revoke;
    const Result<Review> refused = repository->saveReview(changed, Ada);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Invalid);
    QCOMPARE(repository->review(review.id)->items.at(0).mark, ReviewItem::Mark::Keep);
}

void tst_ReviewStore::everySaveIsAudited()
{
    QString url;
    GATEHOUSE_NEW_DATABASE(url, m_dir);
    auto repository = smallOrganisation(url);
    QVERIFY(repository);
    const int before = auditCount(*repository);

    Review review = repository->saveReview(handMadeReview(300), Ada).value();
    review.items[299].mark = ReviewItem::Mark::Revoke;
    review.items[299].comment = u"not needed"_s;
    review = repository->saveReview(review, Bob).value();
    for (ReviewItem &item : review.items) {
        if (item.mark == ReviewItem::Mark::Unmarked)
            item.mark = ReviewItem::Mark::Keep;
    }
    review.signedOff = TestOrganisations::at(u"2026-11-22T10:00:00Z");
    review.signedOffBy = Bob;
    VERIFY_OK(repository->saveReview(review, Bob));

    AuditFilter filter;
    filter.entity = u"review"_s;
    const Result<QList<AuditRecord>> log = repository->auditLog(filter);
    VERIFY_OK(log);
    QCOMPARE(auditCount(*repository), before + 3);
    QCOMPARE(log->size(), 3);
    QStringList actions, actors;
    for (const AuditRecord &record : *log) {
        actions.append(record.action);
        actors.append(record.actorSubject);
        QCOMPARE(record.entityId, review.id);
    }
    QCOMPARE(actions, (QStringList{u"review.start"_s, u"review.update"_s, u"review.sign-off"_s}));
    QCOMPARE(actors, (QStringList{Ada, Bob, Bob}));

    // The start holds every item; an update only the items it changed
    QVERIFY(log->at(0).beforeJson.isNull());
    QCOMPARE(parsedObject(log->at(0).afterJson).value(u"items"_s).toArray().size(), 300);
    const QJsonArray changed = parsedObject(log->at(1).afterJson).value(u"items"_s).toArray();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).toObject().value(u"position"_s).toInt(), 299);
    QCOMPARE(changed.at(0).toObject().value(u"mark"_s).toString(), u"revoke"_s);
    QCOMPARE(parsedObject(log->at(1).beforeJson).value(u"items"_s).toArray().at(0).toObject()
                 .value(u"mark"_s).toString(), u"unmarked"_s);
    QCOMPARE(parsedObject(log->at(2).afterJson).value(u"signed_off_by"_s).toString(), Bob);
    QCOMPARE(parsedObject(log->at(2).afterJson).value(u"items"_s).toArray().size(), 299);
}

QTEST_GUILESS_MAIN(tst_ReviewStore)
#include "tst_reviewstore.moc"

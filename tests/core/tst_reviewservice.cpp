// SPDX-License-Identifier: GPL-3.0-or-later
#include "orgbuilder.h"

#include "core/accessdiff.h"
#include "core/adminservice.h"
#include "core/reviewservice.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gatehouse;
using Gatehouse::Test::OrgBuilder;

Q_DECLARE_METATYPE(Gatehouse::Error::Code)

namespace {

const QString Ada = u"auth0|ada_byron"_s;   // Admin
const QString Bob = u"auth0|bob_stone"_s;   // Member
const QString Cy = u"auth0|cy_young"_s;     // Manager
const QString Dee = u"auth0|dee_ray"_s;     // deactivated Manager
const QString Nobody = u"local|nobody"_s;

const QDateTime Now = QDateTime(QDate(2026, 11, 23), QTime(10, 0), QTimeZone::utc());

// Public (1) holds Logs; Finance (2) holds Sales Warehouse and Finance Lake, Sales (3)
// holds Sales Warehouse.
Snapshot org()
{
    return OrgBuilder()
        .account(1, u"Ada Byron"_s, Role::Admin)
        .account(2, u"Bob Stone"_s)
        .account(3, u"Cy Young"_s, Role::Manager)
        .account(4, u"Dee Ray"_s, Role::Manager, false)
        .datastore(10, u"Sales Warehouse"_s)
        .datastore(11, u"Finance Lake"_s)
        .datastore(12, u"Logs"_s)
        .publicDatastores({12})
        .team(2, u"Finance"_s, Level::Viewer, {2, 3}, {10, 11})
        .team(3, u"Sales"_s, Level::Author, {3}, {10})
        .build();
}

// "membership Finance Bob Stone" per item, in order.
QStringList describe(const Review &review)
{
    QStringList lines;
    for (const ReviewItem &item : review.items)
        lines.append(reviewItemKindName(item.kind) + u' ' + item.teamName + u' ' + item.targetName);
    return lines;
}

Review markAll(Review review, const QList<ReviewItem::Mark> &marks)
{
    for (qsizetype i = 0; i < marks.size(); ++i)
        review.items[i].mark = marks.at(i);
    return review;
}

} // namespace

class tst_ReviewService : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void startItems_data();
    void startItems();
    void startRefusals_data();
    void startRefusals();
    void signOffNeedsEveryMark();
    void signedOffIsReadOnly();
    void revocationsRemoveExactlyTheRevokedItems();
    void revocationsSkipWhatIsGone();
    void evidenceCsv();
};

void tst_ReviewService::startItems_data()
{
    QTest::addColumn<QList<Id>>("teams");
    QTest::addColumn<QList<Id>>("datastores");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("one team") << QList<Id>{2} << QList<Id>{}
                              << QStringList{u"membership Finance Bob Stone"_s, u"membership Finance Cy Young"_s,
                                             u"assignment Finance Sales Warehouse"_s,
                                             u"assignment Finance Finance Lake"_s};
    QTest::addRow("Public: assignments only") << QList<Id>{1} << QList<Id>{}
                                              << QStringList{u"assignment Public Logs"_s};
    QTest::addRow("one datastore in two teams") << QList<Id>{} << QList<Id>{10}
                                                << QStringList{u"assignment Finance Sales Warehouse"_s,
                                                               u"assignment Sales Sales Warehouse"_s};
    QTest::addRow("team and datastore overlap once")
        << QList<Id>{3} << QList<Id>{10}
        << QStringList{u"membership Sales Cy Young"_s, u"assignment Sales Sales Warehouse"_s,
                       u"assignment Finance Sales Warehouse"_s};
    QTest::addRow("public datastore") << QList<Id>{} << QList<Id>{12} << QStringList{u"assignment Public Logs"_s};
}

void tst_ReviewService::startItems()
{
    QFETCH(QList<Id>, teams);
    QFETCH(QList<Id>, datastores);
    QFETCH(QStringList, expected);

    const Result<Review> review = ReviewService::startReview(org(), u"  Q4 review "_s, teams, datastores, Cy, Now);
    QVERIFY2(review.ok(), qPrintable(review.ok() ? QString() : review.error().message));
    QCOMPARE(describe(*review), expected);
    QCOMPARE(review->title, u"Q4 review"_s);
    QCOMPARE(review->startedBy, Cy);
    QCOMPARE(review->started, Now);
    QCOMPARE(review->markedCount(), 0);
    QVERIFY(!review->isSignedOff());
}

void tst_ReviewService::startRefusals_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QList<Id>>("teams");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("message");

    QTest::addRow("member") << Bob << u"T"_s << QList<Id>{2} << Error::Code::Denied
                            << u"Only Admins and Managers can record access reviews."_s;
    QTest::addRow("deactivated manager") << Dee << u"T"_s << QList<Id>{2} << Error::Code::Denied
                                         << u"no access: auth0|dee_ray is deactivated"_s;
    QTest::addRow("no account") << Nobody << u"T"_s << QList<Id>{2} << Error::Code::Denied
                                << u"no access: local|nobody has no account in this organisation"_s;
    QTest::addRow("empty title") << Ada << u"  "_s << QList<Id>{2} << Error::Code::Invalid
                                 << u"title: a review needs a title."_s;
    QTest::addRow("unknown team") << Ada << u"T"_s << QList<Id>{99} << Error::Code::NotFound
                                  << u"teams: 99 is not a team id."_s;
    QTest::addRow("empty scope") << Ada << u"T"_s << QList<Id>{} << Error::Code::Invalid
                                 << u"scope: choose at least one team or datastore to review."_s;
}

void tst_ReviewService::startRefusals()
{
    QFETCH(QString, actor);
    QFETCH(QString, title);
    QFETCH(QList<Id>, teams);
    QFETCH(Error::Code, code);
    QFETCH(QString, message);

    const Result<Review> review = ReviewService::startReview(org(), title, teams, {}, actor, Now);
    QVERIFY(!review.ok());
    QCOMPARE(review.error().code, code);
    QCOMPARE(review.error().message, message);
    QCOMPARE(AdminService::capabilities(org(), Bob).allowed(Capabilities::Action::RecordReviews), false);
    QCOMPARE(AdminService::capabilities(org(), Cy).allowed(Capabilities::Action::RecordReviews), true);
}

void tst_ReviewService::signOffNeedsEveryMark()
{
    // Given a review of Finance with one of four items marked
    Review review = ReviewService::startReview(org(), u"Finance"_s, {2}, {}, Cy, Now).value();
    review = ReviewService::markItem(org(), review, 0, ReviewItem::Mark::Keep, u"ok"_s, Cy).value();

    // When the Manager signs off, it is refused naming the count
    Result<Review> signedOff = ReviewService::signOff(org(), review, Cy, Now);
    QVERIFY(!signedOff.ok());
    QCOMPARE(signedOff.error().message, u"3 items are not marked yet."_s);

    // When all are marked, it is signed off with who and when
    review = markAll(review, {ReviewItem::Mark::Keep, ReviewItem::Mark::Revoke, ReviewItem::Mark::Keep,
                              ReviewItem::Mark::Keep});
    review.items[3].mark = ReviewItem::Mark::Unmarked;
    QCOMPARE(ReviewService::signOff(org(), review, Cy, Now).error().message, u"1 item is not marked yet."_s);
    review.items[3].mark = ReviewItem::Mark::Revoke;
    signedOff = ReviewService::signOff(org(), review, Cy, Now.addSecs(60));
    QVERIFY(signedOff.ok());
    QCOMPARE(signedOff->signedOffBy, Cy);
    QCOMPARE(signedOff->signedOff, Now.addSecs(60));
    QCOMPARE(signedOff->count(ReviewItem::Mark::Revoke), 2);

    // And a Member may neither mark nor sign off
    QCOMPARE(ReviewService::markItem(org(), review, 0, ReviewItem::Mark::Keep, {}, Bob).error().code,
             Error::Code::Denied);
    QCOMPARE(ReviewService::signOff(org(), review, Bob, Now).error().code, Error::Code::Denied);
}

void tst_ReviewService::signedOffIsReadOnly()
{
    Review review = ReviewService::startReview(org(), u"Logs"_s, {}, {12}, Ada, Now).value();
    review.items[0].mark = ReviewItem::Mark::Keep;
    const Review signedOff = ReviewService::signOff(org(), review, Ada, Now).value();

    const Result<Review> marked = ReviewService::markItem(org(), signedOff, 0, ReviewItem::Mark::Revoke, {}, Ada);
    QVERIFY(!marked.ok());
    QCOMPARE(marked.error().message,
             u"Review 'Logs' was signed off on 2026-11-23T10:00:00Z and can no longer be changed."_s);
    QVERIFY(!ReviewService::signOff(org(), signedOff, Ada, Now).ok());
}

void tst_ReviewService::revocationsRemoveExactlyTheRevokedItems()
{
    // Given a review of Finance and Public revoking Bob's membership, Finance Lake and Logs
    const Snapshot before = org();
    Review review = ReviewService::startReview(before, u"All"_s, {1, 2}, {}, Ada, Now).value();
    QCOMPARE(describe(review), (QStringList{u"assignment Public Logs"_s, u"membership Finance Bob Stone"_s,
                                            u"membership Finance Cy Young"_s,
                                            u"assignment Finance Sales Warehouse"_s,
                                            u"assignment Finance Finance Lake"_s}));
    review = markAll(review, {ReviewItem::Mark::Revoke, ReviewItem::Mark::Revoke, ReviewItem::Mark::Keep,
                              ReviewItem::Mark::Keep, ReviewItem::Mark::Revoke});

    // When the revocation commands are made
    const QList<Command> commands = ReviewService::revocationCommands(before, review);

    // Then there is one UpdateTeam per team, expecting its current version
    QCOMPARE(commands.size(), 2);
    QCOMPARE(commands.at(0).kind, Command::Kind::UpdateTeam);
    QCOMPARE(commands.at(0).target, Id(1));
    QCOMPARE(commands.at(0).team.datastores, QList<Id>{});
    QCOMPARE(commands.at(1).target, Id(2));
    QCOMPARE(commands.at(1).expectedVersion, before.teams.at(1).version);
    QCOMPARE(commands.at(1).team.members, QList<Id>{3});
    QCOMPARE(commands.at(1).team.datastores, QList<Id>{10});
    QCOMPARE(commands.at(1).team.name, u"Finance"_s);

    // And an Admin may plan each; a Manager may not
    Snapshot current = before;
    for (const Command &command : commands) {
        QCOMPARE(AdminService::plan(current, Cy, command).error().code, Error::Code::Denied);
        const Result<Plan> plan = AdminService::plan(current, Ada, command);
        QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().message));
        current = plan->after;
    }
    // And the result is the combined preview's snapshot: Bob loses both Finance datastores
    // and Logs, Cy loses Finance Lake (Viewer) and Logs
    const Snapshot after = ReviewService::afterRevocations(before, review);
    QCOMPARE(after.teams.size(), current.teams.size());
    for (qsizetype i = 0; i < after.teams.size(); ++i) {
        QCOMPARE(after.teams.at(i).members, current.teams.at(i).members);
        QCOMPARE(after.teams.at(i).datastores, current.teams.at(i).datastores);
    }
    const AccessDiff diff = diffAccess(before, after);
    QList<QPair<Id, Id>> lost;
    for (const AccessChange &change : diff.changes) {
        if (change.after == Level::None)
            lost.append({change.account, change.datastore});
    }
    QCOMPARE(lost, (QList<QPair<Id, Id>>{{2, 10}, {2, 11}, {2, 12}, {3, 11}, {3, 12}}));
}

void tst_ReviewService::revocationsSkipWhatIsGone()
{
    Snapshot current = org();
    Review review = ReviewService::startReview(current, u"Finance"_s, {2}, {}, Ada, Now).value();
    review = markAll(review, {ReviewItem::Mark::Revoke, ReviewItem::Mark::Keep, ReviewItem::Mark::Keep,
                              ReviewItem::Mark::Keep});
    // Bob left Finance since the review started: nothing is left to revoke
    current.teams[1].members = {3};
    QVERIFY(ReviewService::revocationCommands(current, review).isEmpty());
    // Finance was deleted: nothing either
    current.teams.removeAt(1);
    QVERIFY(ReviewService::revocationCommands(current, review).isEmpty());
}

void tst_ReviewService::evidenceCsv()
{
    Review review = ReviewService::startReview(org(), u"Q4, \"final\""_s, {3}, {}, Cy, Now).value();
    review.id = 7;
    review.items[0].mark = ReviewItem::Mark::Keep;
    review.items[0].comment = u"needs it,\nsee ticket"_s;
    review.items[1].mark = ReviewItem::Mark::Revoke;
    review = ReviewService::signOff(org(), review, Ada, Now.addDays(1)).value();

    const QByteArray expected =
        "review_id,title,started,started_by,signed_off,signed_off_by,kind,team_id,team,target_id,target,mark,comment\n"
        "7,\"Q4, \"\"final\"\"\",2026-11-23T10:00:00Z,auth0|cy_young,2026-11-24T10:00:00Z,auth0|ada_byron,"
        "membership,3,Sales,3,Cy Young,keep,\"needs it,\nsee ticket\"\n"
        "7,\"Q4, \"\"final\"\"\",2026-11-23T10:00:00Z,auth0|cy_young,2026-11-24T10:00:00Z,auth0|ada_byron,"
        "assignment,3,Sales,10,Sales Warehouse,revoke,\n";
    QCOMPARE(reviewEvidenceCsv(review), expected);
    QVERIFY(reviewEvidenceHtml(review).contains(u"Q4, &quot;final&quot;"_s));
}

QTEST_GUILESS_MAIN(tst_ReviewService)
#include "tst_reviewservice.moc"

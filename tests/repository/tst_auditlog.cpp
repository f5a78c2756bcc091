// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/orgfile.h"
#include "repository/repositoryfactory.h"
#include "testbackends.h"

#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;
using namespace Gatehouse;

using RecordPredicate = std::function<bool(const AuditRecord &)>;
Q_DECLARE_METATYPE(Gatehouse::AuditFilter)
Q_DECLARE_METATYPE(RecordPredicate)

namespace {

const QString Ada = u"local|ada"_s;
const QString Bob = u"local|bob"_s;
const QDateTime Base = parseTimestamp(u"2030-01-01T00:00:00Z");

struct Row
{
    QDateTime at;
    QString actor;
    QString action;
    QString entity;
    Id entityId = 0;
    QString before;
    QString after;
};

// 300 ordinary records an hour apart, then a few whose text tests the search.
QList<Row> history()
{
    QList<Row> rows;
    for (int i = 0; i < 300; ++i) {
        const QString entity = i % 2 == 0 ? u"team"_s : u"datastore"_s;
        rows.append({Base.addSecs(i * 3600), i % 3 == 0 ? Bob : Ada, entity + u".update"_s, entity, i % 5 + 1,
                     u"{\"name\":\"Item %1\",\"version\":1}"_s.arg(i),
                     u"{\"name\":\"Item %1\",\"version\":2}"_s.arg(i)});
    }
    const QDateTime later = Base.addSecs(300 * 3600);
    const auto special = [&](int k, const QString &entity, Id id, const QString &name, const QString &actor = Ada,
                             const QString &action = {}) {
        rows.append({later.addSecs(k), actor, action.isEmpty() ? entity + u".update"_s : action, entity, id, {},
                     u"{\"name\":\"%1\"}"_s.arg(name)});
    };
    special(1, u"team"_s, 2, u"O'Brien's team"_s);
    special(2, u"team"_s, 3, u"50% coverage"_s);
    special(3, u"team"_s, 4, u"500 coverage"_s);
    special(4, u"datastore"_s, 1, u"under_score"_s);
    special(5, u"datastore"_s, 2, u"underXscore"_s);
    special(6, u"team"_s, 6, u"say \\\"hi\\\""_s); // as JSON writes it
    special(7, u"account"_s, 7, u"Linus Ærø"_s);
    special(8, u"team"_s, 9, u"Gone"_s, u"local|Zoë"_s, u"team.delete"_s);
    return rows;
}

// A database whose history was written with chosen times, through Repository::importArchive
// (ids and times kept): a "create organisation" record, then history().
Archive historyArchive()
{
    Archive archive;
    Account ada;
    ada.id = 1;
    ada.subject = Ada;
    ada.name = u"Ada"_s;
    ada.role = Role::Admin;
    ada.created = Base.addDays(-1);
    archive.organisation.accounts.append(ada);
    Team everyone;
    everyone.id = 1;
    everyone.name = u"Public"_s;
    everyone.description = u""_s;
    everyone.isPublic = true;
    everyone.created = Base.addDays(-1);
    archive.organisation.teams.append(everyone);

    AuditRecord creation;
    creation.id = 1;
    creation.at = Base.addDays(-1);
    creation.actorSubject = Ada;
    creation.action = u"create organisation"_s;
    creation.entity = u"organisation"_s;
    creation.afterJson = QString::fromUtf8(writeOrganisation(archive.organisation));
    archive.history.append(creation);
    Id id = 1;
    for (const Row &row : history()) {
        AuditRecord record;
        record.id = ++id;
        record.at = row.at;
        record.actorSubject = row.actor;
        record.action = row.action;
        record.entity = row.entity;
        record.entityId = row.entityId;
        record.beforeJson = row.before;
        record.afterJson = row.after;
        archive.history.append(record);
    }
    return archive;
}

} // namespace

class tst_AuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase_data();
    void init();
    void cleanupTestCase();
    void filters_data();
    void filters();
    void limitReturnsTheNewestFirst_data();
    void limitReturnsTheNewestFirst();
    void historyStaysAppendOnly();

private:
    // One database per backend, written once and read by every test of that row.
    struct Fixture
    {
        std::unique_ptr<Repository> repository;
        QList<AuditRecord> all;
    };
    Fixture &fixture() { return m_fixtures[TestBackends::current()]; }

    QTemporaryDir m_dir;
    std::map<QString, Fixture> m_fixtures;
};

void tst_AuditLog::initTestCase_data()
{
    TestBackends::addRows();
}

void tst_AuditLog::init()
{
    QVERIFY(m_dir.isValid());
    Fixture &f = fixture();
    if (!f.repository) {
        QString url;
        GATEHOUSE_NEW_DATABASE(url, m_dir);
        auto opened = openRepository(url, OpenMode::CreateBare, Ada, u"Ada"_s);
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        const Archive archive = historyArchive();
        const Result<void> imported = opened.value()->importArchive(archive);
        QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString()
                                                         : imported.error().message + imported.error().detail));
        const auto all = opened.value()->auditLog();
        QVERIFY(all.ok());
        // The history reads back exactly as written.
        QCOMPARE(all.value(), archive.history);
        f.all = all.value();
        f.repository = std::move(opened).value();
    }
    QTest::failOnWarning(QRegularExpression(u".*"_s));
}

void tst_AuditLog::cleanupTestCase()
{
    m_fixtures.clear();
}

void tst_AuditLog::filters_data()
{
    QTest::addColumn<AuditFilter>("filter");
    QTest::addColumn<int>("count");
    QTest::addColumn<RecordPredicate>("expected");

    const auto textIs = [](const QString &text) {
        return [text](const AuditRecord &r) {
            return r.afterJson.contains(text) || r.actorSubject == text || r.action == text;
        };
    };
    AuditFilter f;
    QTest::addRow("everything, past the 256-row fetch chunk")
        << f << 309 << RecordPredicate([](const AuditRecord &) { return true; });

    f = {};
    f.entity = u"team"_s;
    QTest::addRow("entity") << f << 155 << RecordPredicate([](const AuditRecord &r) { return r.entity == u"team"; });

    f.entityId = 2;
    QTest::addRow("entity and id")
        << f << 31 << RecordPredicate([](const AuditRecord &r) { return r.entity == u"team" && r.entityId == 2; });

    f = {};
    f.actorSubject = Bob;
    QTest::addRow("actor") << f << 100 << RecordPredicate([](const AuditRecord &r) { return r.actorSubject == Bob; });

    f = {};
    f.from = Base.addSecs(10 * 3600);
    f.to = Base.addSecs(20 * 3600);
    QTest::addRow("time range, both ends included")
        << f << 11 << RecordPredicate([](const AuditRecord &r) {
               return r.at >= Base.addSecs(10 * 3600) && r.at <= Base.addSecs(20 * 3600);
           });

    f = {};
    f.entity = u"datastore"_s;
    f.actorSubject = Ada;
    f.from = Base;
    f.to = Base.addSecs(11 * 3600);
    QTest::addRow("entity, actor and time range together")
        << f << 4 << RecordPredicate([](const AuditRecord &r) {
               return r.entity == u"datastore" && r.actorSubject == Ada && r.at <= Base.addSecs(11 * 3600);
           });

    const auto text = [&](const char *name, const QString &needle, int count, const QString &match) {
        AuditFilter t;
        t.text = needle;
        QTest::addRow("%s", name) << t << count << RecordPredicate(textIs(match));
    };
    text("text ignoring ASCII case, with a quote", u"o'BRIEN"_s, 1, u"O'Brien's team"_s);
    text("'%' is literal", u"50%"_s, 1, u"50% coverage"_s);
    text("'%' alone is literal", u"%"_s, 1, u"50% coverage"_s);
    text("'_' is literal", u"under_score"_s, 1, u"under_score"_s);
    text("double quote as in the JSON", u"say \"hi\""_s, 1, u"say \\\"hi\\\""_s);
    text("text ignoring case beyond ASCII", u"LINUS ærø"_s, 1, u"Linus Ærø"_s);
    text("text in the actor", u"ZOË"_s, 1, u"local|Zoë"_s);
    text("text in the action", u"DELETE"_s, 1, u"team.delete"_s);
    text("SQL in the text is text", u"x' OR '1'='1"_s, 0, u"no such record"_s);

    f = {};
    f.afterId = 300;
    QTest::addRow("after an id, oldest first")
        << f << 9 << RecordPredicate([](const AuditRecord &r) { return r.id > 300; });
    f.entity = u"team"_s;
    QTest::addRow("after an id, with an entity")
        << f << 5 << RecordPredicate([](const AuditRecord &r) { return r.id > 300 && r.entity == u"team"; });

    f = {};
    f.actorSubject = u"' OR 1=1 --"_s;
    QTest::addRow("SQL in the actor is text") << f << 0 << RecordPredicate([](const AuditRecord &) { return false; });
}

void tst_AuditLog::filters()
{
    QFETCH(AuditFilter, filter);
    QFETCH(int, count);
    QFETCH(RecordPredicate, expected);

    const Fixture &f = fixture();
    const auto found = f.repository->auditLog(filter);
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message + found.error().detail));

    // The matching records, oldest first, nothing else.
    QList<AuditRecord> wanted;
    std::copy_if(f.all.cbegin(), f.all.cend(), std::back_inserter(wanted), expected);
    QCOMPARE(wanted.size(), count);
    QCOMPARE(found->size(), count);
    QVERIFY(found.value() == wanted);
}

void tst_AuditLog::limitReturnsTheNewestFirst_data()
{
    QTest::addColumn<AuditFilter>("filter");
    QTest::addColumn<QList<Id>>("ids"); // positions from the end of the whole history

    AuditFilter f;
    f.limit = 5;
    QTest::addRow("newest five") << f << QList<Id>{1, 2, 3, 4, 5};
    f.entity = u"team"_s;
    f.limit = 3;
    // From the end: 1 team (the delete), 2 account, 3 team ("say hi"), 4 and 5 datastores, 6 team.
    QTest::addRow("newest three of a kind") << f << QList<Id>{1, 3, 6};
    f = {};
    f.text = u"Æ"_s;
    f.limit = 2;
    QTest::addRow("limit with a search beyond ASCII") << f << QList<Id>{2};
    f = {};
    f.limit = 400;
    QList<Id> everything;
    for (Id i = 1; i <= 309; ++i)
        everything.append(i);
    QTest::addRow("limit above the size") << f << everything;
}

void tst_AuditLog::limitReturnsTheNewestFirst()
{
    QFETCH(AuditFilter, filter);
    QFETCH(QList<Id>, ids);

    const Fixture &f = fixture();
    const auto found = f.repository->auditLog(filter);
    QVERIFY(found.ok());
    QList<Id> fromEnd;
    for (const AuditRecord &r : found.value())
        fromEnd.append(f.all.constLast().id - r.id + 1);
    QCOMPARE(fromEnd, ids);
}

void tst_AuditLog::historyStaysAppendOnly()
{
    // A commit appends; the records already there are unchanged.
    Fixture &f = fixture();
    const Snapshot s = f.repository->load().value();
    Team everyone = s.teams.constFirst();
    Team after = everyone;
    after.permission = Level::Viewer;
    const auto committed = f.repository->commit(ChangeSet{u"team.update"_s, {}, {}, {{everyone, after}}, {}}, Ada);
    QVERIFY(committed.ok());
    const auto all = f.repository->auditLog();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), f.all.size() + 1);
    QVERIFY(all->mid(0, f.all.size()) == f.all);
    QVERIFY(all->constLast().id > f.all.constLast().id);
    QCOMPARE(all->constLast().action, u"team.update"_s);
    f.all = all.value();
}

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "repository/sqliterepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

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

} // namespace

class tst_AuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void filters_data();
    void filters();
    void limitReturnsTheNewestFirst_data();
    void limitReturnsTheNewestFirst();
    void historyStaysAppendOnly();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteRepository> m_repository;
    QList<AuditRecord> m_all;
};

void tst_AuditLog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString path = m_dir.filePath(u"history.gatehouse"_s);
    auto opened = SqliteRepository::open(DatabaseUrl::parse(path).value(), OpenMode::CreateIfMissing, Ada, u"Ada"_s);
    QVERIFY(opened.ok());
    m_repository = std::move(opened).value();

    // Written with a plain connection: the history's times are chosen, not the clock's.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"writer"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"BEGIN"_s));
        QVERIFY(query.prepare(u"INSERT INTO audit_log (at, actor_subject, action, entity, entity_id, before_json, "
                              u"after_json) VALUES (?, ?, ?, ?, ?, ?, ?)"_s));
        for (const Row &row : history()) {
            query.bindValue(0, formatTimestamp(row.at));
            query.bindValue(1, row.actor);
            query.bindValue(2, row.action);
            query.bindValue(3, row.entity);
            query.bindValue(4, row.entityId);
            query.bindValue(5, row.before.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(row.before));
            query.bindValue(6, row.after);
            QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        }
        QVERIFY(query.exec(u"COMMIT"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"writer"_s);

    const auto all = m_repository->auditLog();
    QVERIFY(all.ok());
    m_all = all.value();
}

void tst_AuditLog::init()
{
    QTest::failOnWarning(QRegularExpression(u".*"_s));
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
    f.actorSubject = u"' OR 1=1 --"_s;
    QTest::addRow("SQL in the actor is text") << f << 0 << RecordPredicate([](const AuditRecord &) { return false; });
}

void tst_AuditLog::filters()
{
    QFETCH(AuditFilter, filter);
    QFETCH(int, count);
    QFETCH(RecordPredicate, expected);

    const auto found = m_repository->auditLog(filter);
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message + found.error().detail));

    // The matching records, oldest first, nothing else.
    QList<AuditRecord> wanted;
    std::copy_if(m_all.cbegin(), m_all.cend(), std::back_inserter(wanted), expected);
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

    const auto found = m_repository->auditLog(filter);
    QVERIFY(found.ok());
    QList<Id> fromEnd;
    for (const AuditRecord &r : found.value())
        fromEnd.append(m_all.constLast().id - r.id + 1);
    QCOMPARE(fromEnd, ids);
}

void tst_AuditLog::historyStaysAppendOnly()
{
    // A commit appends; the records already there are unchanged.
    const Snapshot s = m_repository->load().value();
    Team everyone = s.teams.constFirst();
    Team after = everyone;
    after.permission = Level::Viewer;
    const auto committed = m_repository->commit(ChangeSet{u"team.update"_s, {}, {}, {{everyone, after}}, {}}, Ada);
    QVERIFY(committed.ok());
    const auto all = m_repository->auditLog();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), m_all.size() + 1);
    QVERIFY(all->mid(0, m_all.size()) == m_all);
    m_all = all.value();
}

QTEST_GUILESS_MAIN(tst_AuditLog)
#include "tst_auditlog.moc"

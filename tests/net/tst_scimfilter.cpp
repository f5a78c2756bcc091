// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/scimfilter.h"
#include "net/scimschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

QJsonObject json(const char *text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s", qPrintable(error.errorString()));
    return doc.object();
}

// Barbara Jensen of RFC 7643 §8.2, as Gatehouse serves a User.
QJsonObject barbara()
{
    return json(R"({
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "id": "42", "externalId": "bjensen-EXT", "userName": "Bjensen@Example.com",
        "name": {"formatted": "Barbara Jensen", "givenName": "Barbara", "familyName": "Jensen"},
        "displayName": "Barbara Jensen", "active": true,
        "emails": [{"value": "bjensen@example.com", "type": "work", "primary": true},
                   {"value": "babs@jensen.org", "type": "home"}],
        "roles": [{"value": "Manager", "primary": true}],
        "groups": [{"value": "7", "display": "Finance", "type": "direct"}],
        "meta": {"resourceType": "User", "created": "2026-01-05T09:00:00Z",
                 "lastModified": "2026-03-01T10:00:00Z"}
    })");
}

} // namespace

class tst_ScimFilter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("canonical");
        QTest::addRow("eq string") << u"userName eq \"bjensen\""_s << u"userName eq \"bjensen\""_s;
        QTest::addRow("operator any case") << u"userName Eq \"x\""_s << u"userName eq \"x\""_s;
        QTest::addRow("sub-attribute") << u"name.familyName co \"O'Malley\""_s << u"name.familyName co \"O'Malley\""_s;
        QTest::addRow("schema URN") << u"urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\""_s
                                    << u"urn:ietf:params:scim:schemas:core:2.0:User:userName sw \"J\""_s;
        QTest::addRow("URN with sub-attribute")
            << u"urn:ietf:params:scim:schemas:core:2.0:User:name.givenName pr"_s
            << u"urn:ietf:params:scim:schemas:core:2.0:User:name.givenName pr"_s;
        QTest::addRow("present") << u"title pr"_s << u"title pr"_s;
        QTest::addRow("and binds tighter than or")
            << u"title pr and userType eq \"Employee\" or emails pr"_s
            << u"title pr and userType eq \"Employee\" or emails pr"_s;
        QTest::addRow("or under and keeps parentheses")
            << u"userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")"_s
            << u"userType eq \"Employee\" and (emails co \"example.com\" or emails.value co \"example.org\")"_s;
        QTest::addRow("chains are n-ary") << u"a pr and b pr and c pr"_s << u"a pr and b pr and c pr"_s;
        QTest::addRow("not with parentheses") << u"userType ne \"Employee\" and not (emails co \"example.com\")"_s
                                              << u"userType ne \"Employee\" and not (emails co \"example.com\")"_s;
        QTest::addRow("not binds to one expression") << u"not a pr and b pr"_s << u"not (a pr) and b pr"_s;
        QTest::addRow("NOT any case") << u"NOT (a pr)"_s << u"not (a pr)"_s;
        QTest::addRow("value path")
            << u"emails[type eq \"work\" and value co \"@example.com\"]"_s
            << u"emails[type eq \"work\" and value co \"@example.com\"]"_s;
        QTest::addRow("value path or value path")
            << u"emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\" and value co \"@foo.com\"]"_s
            << u"emails[type eq \"work\" and value co \"@example.com\"] or ims[type eq \"xmpp\" and value co \"@foo.com\"]"_s;
        QTest::addRow("value path then sub-attribute")
            << u"emails[type eq \"work\"].value eq \"a@b.c\""_s << u"emails[type eq \"work\" and value eq \"a@b.c\"]"_s;
        QTest::addRow("numbers") << u"x gt 10 and y le -1.5 and z eq 1e3"_s << u"x gt 10 and y le -1.5 and z eq 1000"_s;
        QTest::addRow("literals any case") << u"a eq True or b eq FALSE or c eq Null"_s
                                           << u"a eq true or b eq false or c eq null"_s;
        QTest::addRow("JSON escapes") << u"displayName eq \"say \\\"hi\\\" \\\\ \\/ \\u00e9\\n\""_s
                                      << u"displayName eq \"say \\\"hi\\\" \\\\ / \u00e9\\n\""_s;
        QTest::addRow("SQL-like text is just a string")
            << u"userName eq \"x' OR '1'='1'; DROP TABLE accounts; --\""_s
            << u"userName eq \"x' OR '1'='1'; DROP TABLE accounts; --\""_s;
        QTest::addRow("date") << u"meta.lastModified gt \"2011-05-13T04:42:34Z\""_s
                              << u"meta.lastModified gt \"2011-05-13T04:42:34Z\""_s;
        QTest::addRow("extra spaces") << u"  ( userName   eq  \"a\" )  "_s << u"userName eq \"a\""_s;
        QTest::addRow("$ref") << u"members[$ref pr]"_s << u"members[$ref pr]"_s;
    }

    void parse()
    {
        QFETCH(QString, filter);
        QFETCH(QString, canonical);
        const Result<ScimFilter> parsed = ScimFilter::parse(filter);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(parsed->toString(), canonical);
        // The canonical form reads back as the same tree.
        const Result<ScimFilter> again = ScimFilter::parse(canonical);
        QVERIFY(again.ok());
        QVERIFY(*again == *parsed);
    }

    void tree()
    {
        const Result<ScimFilter> f = ScimFilter::parse(u"a eq 1 or b eq 2 and not (c pr)");
        QVERIFY(f.ok());
        QCOMPARE(f->kind, ScimFilter::Kind::Or);
        QCOMPARE(f->children.size(), size_t(2));
        QCOMPARE(f->children[0].kind, ScimFilter::Kind::Compare);
        QCOMPARE(f->children[0].value, QJsonValue(1.0));
        const ScimFilter &andNode = f->children[1];
        QCOMPARE(andNode.kind, ScimFilter::Kind::And);
        QCOMPARE(andNode.children[1].kind, ScimFilter::Kind::Not);
        QCOMPARE(andNode.children[1].children[0].kind, ScimFilter::Kind::Present);
        QCOMPARE(andNode.children[1].children[0].path.attribute, u"c"_s);

        const Result<ScimFilter> urn = ScimFilter::parse(u"urn:ietf:params:scim:schemas:core:2.0:User:name.givenName eq \"B\"");
        QVERIFY(urn.ok());
        QCOMPARE(urn->path.uri, u"urn:ietf:params:scim:schemas:core:2.0:User"_s);
        QCOMPARE(urn->path.attribute, u"name"_s);
        QCOMPARE(urn->path.subAttribute, u"givenName"_s);
        // A quoted string stays one value, quotes and SQL included.
        const Result<ScimFilter> sql = ScimFilter::parse(u"userName eq \"a\\\" or 1=1 --\"");
        QVERIFY(sql.ok());
        QCOMPARE(sql->kind, ScimFilter::Kind::Compare);
        QCOMPARE(sql->value.toString(), u"a\" or 1=1 --"_s);
    }

    void errors_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("message");
        QTest::addRow("empty") << u""_s << u"at character 1: the filter is empty"_s;
        QTest::addRow("missing operator") << u"userName \"x\""_s << u"at character 10: expected an operator"_s;
        QTest::addRow("unknown operator") << u"userName equals \"x\""_s << u"at character 10: expected an operator"_s;
        QTest::addRow("missing value") << u"userName eq"_s << u"at character 12: expected a value"_s;
        QTest::addRow("bare word value") << u"userName eq bjensen"_s << u"at character 13: expected a value"_s;
        QTest::addRow("unterminated string") << u"userName eq \"abc"_s << u"at character 13: the string starting here has no closing quote"_s;
        QTest::addRow("single quotes") << u"userName eq 'x'"_s << u"at character 13: unexpected character"_s;
        QTest::addRow("bad escape") << u"userName eq \"a\\qb\""_s << u"at character 15: unknown escape \\q"_s;
        QTest::addRow("unclosed parenthesis") << u"(userName pr"_s << u"at character 13: expected \")\""_s;
        QTest::addRow("unclosed bracket") << u"emails[type eq \"work\""_s << u"at character 22: expected \"]\""_s;
        QTest::addRow("dangling and") << u"userName pr and"_s << u"at character 16: expected an attribute name"_s;
        QTest::addRow("trailing junk") << u"userName pr userName pr"_s << u"at character 13: expected \"and\", \"or\""_s;
        QTest::addRow("SQL fragment outside quotes") << u"userName eq \"x\" OR 1=1"_s
                                                     << u"at character 20: expected an attribute name"_s;
        QTest::addRow("semicolon") << u"userName eq \"x\"; DROP TABLE accounts"_s << u"at character 16: unexpected character"_s;
        QTest::addRow("bad attribute name") << u"9lives eq 1"_s << u"at character 1: expected a number"_s;
        QTest::addRow("bad number") << u"a eq 1.x"_s << u"at character 6: expected digits after the decimal point"_s;
    }

    void errors()
    {
        QFETCH(QString, filter);
        QFETCH(QString, message);
        const Result<ScimFilter> parsed = ScimFilter::parse(filter);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().code, Error::Code::Invalid);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }

    void nestingIsBounded()
    {
        // A filter is input: deep nesting is refused, not recursed into until the stack ends.
        QString deep = QString(100000, u'(') + u"userName pr"_s + QString(100000, u')');
        Result<ScimFilter> f = ScimFilter::parse(deep);
        QVERIFY(!f.ok());
        QVERIFY2(f.error().message.contains(u"nests deeper than 64 levels"_s), qPrintable(f.error().message));
        QString nots;
        for (int i = 0; i < 10000; ++i)
            nots += u"not "_s;
        QVERIFY(!ScimFilter::parse(QString(nots + u"a pr"_s)).ok());
        QVERIFY(!ScimPatchPath::parse(QString(u"members["_s + QString(5000, u'(') + u"value pr"_s + QString(5000, u')') + u"]"_s)).ok());
        // 64 levels are fine.
        QVERIFY(ScimFilter::parse(QString(QString(63, u'(') + u"userName pr"_s + QString(63, u')'))).ok());
    }

    void evaluate_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<bool>("matches");
        QTest::addRow("userName ignores case") << u"userName eq \"bjensen@example.com\""_s << true;
        QTest::addRow("attribute name ignores case") << u"USERNAME eq \"bjensen@example.com\""_s << true;
        QTest::addRow("id is caseExact") << u"externalId eq \"BJENSEN-ext\""_s << false;
        QTest::addRow("externalId exact") << u"externalId eq \"bjensen-EXT\""_s << true;
        QTest::addRow("ne") << u"userName ne \"bjensen@example.com\""_s << false;
        QTest::addRow("co") << u"name.familyName co \"ENS\""_s << true;
        QTest::addRow("sw") << u"userName sw \"bJ\""_s << true;
        QTest::addRow("ew") << u"displayName ew \"jensen\""_s << true;
        QTest::addRow("ew no") << u"displayName ew \"Jens\""_s << false;
        QTest::addRow("pr") << u"name.givenName pr"_s << true;
        QTest::addRow("pr absent") << u"title pr"_s << false;
        QTest::addRow("absent eq") << u"title eq \"x\""_s << false;
        QTest::addRow("absent ne") << u"title ne \"x\""_s << true;
        QTest::addRow("boolean") << u"active eq true"_s << true;
        QTest::addRow("boolean false") << u"active eq false"_s << false;
        QTest::addRow("boolean as string") << u"active eq \"True\""_s << true;
        QTest::addRow("multi-valued any value") << u"emails co \"jensen.org\""_s << true;
        QTest::addRow("multi-valued sub-attribute") << u"emails.type eq \"home\""_s << true;
        QTest::addRow("value path") << u"emails[type eq \"work\" and value co \"example.com\"]"_s << true;
        QTest::addRow("value path correlated") << u"emails[type eq \"home\" and value co \"example.com\"]"_s << false;
        QTest::addRow("value path primary") << u"emails[primary eq true].value eq \"BJENSEN@example.com\""_s << true;
        QTest::addRow("roles") << u"roles.value eq \"manager\""_s << true;
        QTest::addRow("groups") << u"groups[display eq \"finance\"]"_s << true;
        QTest::addRow("date gt") << u"meta.lastModified gt \"2026-02-01T00:00:00Z\""_s << true;
        QTest::addRow("date le") << u"meta.created le \"2026-01-05T09:00:00Z\""_s << true;
        QTest::addRow("date lt") << u"meta.created lt \"2026-01-05T09:00:00Z\""_s << false;
        QTest::addRow("date with offset") << u"meta.created eq \"2026-01-05T10:00:00+01:00\""_s << true;
        QTest::addRow("string ordering") << u"userName gt \"a\" and userName lt \"C\""_s << true;
        QTest::addRow("and") << u"active eq true and name.givenName eq \"barbara\""_s << true;
        QTest::addRow("or") << u"userName eq \"nobody\" or displayName co \"Barb\""_s << true;
        QTest::addRow("not") << u"not (userName eq \"nobody\")"_s << true;
        QTest::addRow("precedence") << u"userName eq \"nobody\" and active eq true or id eq \"42\""_s << true;
        QTest::addRow("precedence 2") << u"id eq \"42\" and (userName eq \"nobody\" or active eq false)"_s << false;
        QTest::addRow("SQL text is compared, not run") << u"userName eq \"x' OR '1'='1\""_s << false;
        QTest::addRow("eq null on absent") << u"title eq null"_s << true;
        QTest::addRow("ne null on present") << u"userName ne null"_s << true;
        QTest::addRow("schema URN") << u"urn:ietf:params:scim:schemas:core:2.0:User:name.familyName eq \"jensen\""_s
                                    << true;
    }

    void evaluate()
    {
        QFETCH(QString, filter);
        QFETCH(bool, matches);
        const Result<ScimFilter> parsed = ScimFilter::parse(filter);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        QCOMPARE(scimFilterMatches(*parsed, barbara(), scimUserSchema()), matches);
    }

    void validate_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("message"); // empty: valid
        QTest::addRow("known") << u"userName eq \"a\" and emails[type eq \"work\"]"_s << QString();
        QTest::addRow("unknown attribute") << u"title eq \"x\""_s << u"Unknown attribute \"title\""_s;
        QTest::addRow("unknown sub-attribute") << u"name.middleName eq \"x\""_s << u"name has no sub-attribute \"middleName\""_s;
        QTest::addRow("ordering a boolean") << u"active gt false"_s << u"active is a boolean"_s;
        QTest::addRow("co on a boolean") << u"active co \"t\""_s << u"active is a boolean"_s;
        QTest::addRow("complex needs sub") << u"name eq \"x\""_s << u"\"name\" is complex"_s;
        QTest::addRow("complex multi uses value") << u"emails eq \"x\""_s << QString();
        QTest::addRow("value path on simple") << u"userName[value eq \"x\"]"_s << u"needs a multi-valued complex"_s;
        QTest::addRow("unknown in value path") << u"emails[kind eq \"x\"]"_s << u"Unknown attribute \"kind\""_s;
        QTest::addRow("other schema") << u"urn:example:Other:userName eq \"x\""_s << u"Unknown attribute"_s;
        QTest::addRow("gt null") << u"userName gt null"_s << u"null compares with eq or ne only"_s;
    }

    void validate()
    {
        QFETCH(QString, filter);
        QFETCH(QString, message);
        const Result<ScimFilter> parsed = ScimFilter::parse(filter);
        QVERIFY(parsed.ok());
        const Result<void> checked = validateScimFilter(*parsed, scimUserSchema());
        if (message.isEmpty()) {
            QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().message));
        } else {
            QVERIFY(!checked.ok());
            QVERIFY2(checked.error().message.contains(message), qPrintable(checked.error().message));
        }
    }

    void groupMembers()
    {
        const QJsonObject group = json(R"({"id": "7", "displayName": "Finance",
            "members": [{"value": "42", "display": "Barbara"}, {"value": "43"}]})");
        const auto matches = [&](const QString &text) {
            const Result<ScimFilter> f = ScimFilter::parse(text);
            return f.ok() && validateScimFilter(*f, scimGroupSchema()).ok()
                && scimFilterMatches(*f, group, scimGroupSchema());
        };
        QVERIFY(matches(u"members[value eq \"42\"]"_s));
        QVERIFY(matches(u"members eq \"43\""_s));
        QVERIFY(!matches(u"members[value eq \"44\"]"_s));
        QVERIFY(matches(u"displayName eq \"FINANCE\""_s));
        QVERIFY(matches(u"id eq \"7\""_s));
        QVERIFY(!matches(u"id eq \"07\""_s));
    }

    void patchPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("canonical"); // empty: an error
        QTest::addRow("attribute") << u"displayName"_s << u"displayName"_s;
        QTest::addRow("sub-attribute") << u"name.givenName"_s << u"name.givenName"_s;
        QTest::addRow("value filter") << u"members[value eq \"42\"]"_s << u"members[value eq \"42\"]"_s;
        QTest::addRow("value filter and sub-attribute") << u"emails[type eq \"work\"].value"_s
                                                        << u"emails[type eq \"work\"].value"_s;
        QTest::addRow("URN") << u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"_s
                             << u"urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department"_s;
        QTest::addRow("unclosed") << u"members[value eq \"42\""_s << QString();
        QTest::addRow("junk after") << u"members[value eq \"42\"] x"_s << QString();
        QTest::addRow("not a name") << u"\"members\""_s << QString();
    }

    void patchPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, canonical);
        const Result<ScimPatchPath> parsed = ScimPatchPath::parse(path);
        QCOMPARE(parsed.ok(), !canonical.isEmpty());
        if (parsed.ok())
            QCOMPARE(parsed->toString(), canonical);
    }
};

QTEST_GUILESS_MAIN(tst_ScimFilter)
#include "tst_scimfilter.moc"

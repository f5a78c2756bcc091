// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/scimpatch.h"
#include "net/scimschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Gatehouse;
using namespace Qt::StringLiterals;

namespace {

// Test JSON writes the quotes inside SCIM paths as ' (emails[type eq 'work']), which keeps
// backslashes out of the raw strings.
QByteArray unquote(QByteArray text)
{
    return text.replace('\'', "\\\"");
}

QJsonObject json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(unquote(text), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("test JSON does not parse: %s in %s", qPrintable(error.errorString()), text.constData());
    return doc.object();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

const char *const User = R"({"id": "42", "userName": "ada@example.com",
    "name": {"formatted": "Ada Byron", "givenName": "Ada", "familyName": "Byron"},
    "displayName": "Ada Byron", "active": true,
    "emails": [{"value": "ada@example.com", "type": "work", "primary": true}]})";

const char *const Group = R"({"id": "7", "displayName": "Finance",
    "members": [{"value": "42", "display": "Ada"}, {"value": "43", "display": "Bob"}]})";

} // namespace

class tst_ScimPatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data()
    {
        QTest::addColumn<QByteArray>("resource");
        QTest::addColumn<bool>("group");
        QTest::addColumn<QByteArray>("operations");
        QTest::addColumn<QByteArray>("expected");

        QTest::addRow("replace, op name in any case")
            << QByteArray(User) << false << QByteArray(R"([{"op": "Replace", "path": "displayName", "value": "Ada L."}])")
            << QByteArray(R"({"id":"42","userName":"ada@example.com","name":{"formatted":"Ada Byron","givenName":"Ada","familyName":"Byron"},"displayName":"Ada L.","active":true,"emails":[{"value":"ada@example.com","type":"work","primary":true}]})");
        QTest::addRow("attribute names ignore case")
            << QByteArray(User) << false << QByteArray(R"([{"op": "replace", "path": "DISPLAYNAME", "value": "X"}])")
            << QByteArray(R"({"id":"42","userName":"ada@example.com","name":{"formatted":"Ada Byron","givenName":"Ada","familyName":"Byron"},"displayName":"X","active":true,"emails":[{"value":"ada@example.com","type":"work","primary":true}]})");
        QTest::addRow("replace without path, boolean as a string")
            << QByteArray(User) << false << QByteArray(R"([{"op": "replace", "value": {"active": "False"}}])")
            << QByteArray(R"({"id":"42","userName":"ada@example.com","name":{"formatted":"Ada Byron","givenName":"Ada","familyName":"Byron"},"displayName":"Ada Byron","active":"False","emails":[{"value":"ada@example.com","type":"work","primary":true}]})");
        QTest::addRow("add without path with dotted keys")
            << QByteArray(User) << false
            << QByteArray(R"([{"op": "add", "value": {"name.givenName": "Augusta", "id": "99"}}])")
            << QByteArray(R"({"id":"42","userName":"ada@example.com","name":{"formatted":"Ada Byron","givenName":"Augusta","familyName":"Byron"},"displayName":"Ada Byron","active":true,"emails":[{"value":"ada@example.com","type":"work","primary":true}]})");
        QTest::addRow("replace complex merges")
            << QByteArray(User) << false << QByteArray(R"([{"op": "replace", "path": "name", "value": {"familyName": "King"}}])")
            << QByteArray(R"({"id":"42","userName":"ada@example.com","name":{"formatted":"Ada Byron","givenName":"Ada","familyName":"King"},"displayName":"Ada Byron","active":true,"emails":[{"value":"ada@example.com","type":"work","primary":true}]})");
        QTest::addRow("replace filtered sub-attribute")
            << QByteArray(User) << false
            << QByteArray(R"([{"op": "replace", "path": "emails[type eq 'work'].value", "value": "ada@king.org"}])")
            << QByteArray(R"({"id":"42","userName":"ada@example.com","name":{"formatted":"Ada Byron","givenName":"Ada","familyName":"Byron"},"displayName":"Ada Byron","active":true,"emails":[{"value":"ada@king.org","type":"work","primary":true}]})");
        QTest::addRow("add filtered sub-attribute that is missing")
            << QByteArray(User) << false
            << QByteArray(R"([{"op": "Add", "path": "emails[type eq 'home'].value", "value": "ada@home.org"}])")
            << QByteArray(R"({"id":"42","userName":"ada@example.com","name":{"formatted":"Ada Byron","givenName":"Ada","familyName":"Byron"},"displayName":"Ada Byron","active":true,"emails":[{"value":"ada@example.com","type":"work","primary":true},{"type":"home","value":"ada@home.org"}]})");
        QTest::addRow("add members, existing ones kept once")
            << QByteArray(Group) << true
            << QByteArray(R"([{"op": "add", "path": "members", "value": [{"value": "43"}, {"value": "44"}]}])")
            << QByteArray(R"({"id":"7","displayName":"Finance","members":[{"value":"42","display":"Ada"},{"value":"43","display":"Bob"},{"value":"44"}]})");
        QTest::addRow("add members without path")
            << QByteArray(Group) << true
            << QByteArray(R"([{"op": "add", "value": {"members": [{"value": "45"}]}}])")
            << QByteArray(R"({"id":"7","displayName":"Finance","members":[{"value":"42","display":"Ada"},{"value":"43","display":"Bob"},{"value":"45"}]})");
        QTest::addRow("remove a member by filter")
            << QByteArray(Group) << true << QByteArray(R"([{"op": "remove", "path": "members[value eq '42']"}])")
            << QByteArray(R"({"id":"7","displayName":"Finance","members":[{"value":"43","display":"Bob"}]})");
        QTest::addRow("remove members listed in value")
            << QByteArray(Group) << true
            << QByteArray(R"([{"op": "Remove", "path": "members", "value": [{"value": "43"}, {"value": "99"}]}])")
            << QByteArray(R"({"id":"7","displayName":"Finance","members":[{"value":"42","display":"Ada"}]})");
        QTest::addRow("remove the last member drops the attribute")
            << QByteArray(Group) << true
            << QByteArray(R"([{"op": "remove", "path": "members[value eq '42' or value eq '43']"}])")
            << QByteArray(R"({"id":"7","displayName":"Finance"})");
        QTest::addRow("remove all members")
            << QByteArray(Group) << true << QByteArray(R"([{"op": "remove", "path": "members"}])")
            << QByteArray(R"({"id":"7","displayName":"Finance"})");
        QTest::addRow("remove what is not there")
            << QByteArray(Group) << true << QByteArray(R"([{"op": "remove", "path": "members[value eq '99']"}])")
            << QByteArray(Group);
        QTest::addRow("replace members")
            << QByteArray(Group) << true
            << QByteArray(R"([{"op": "replace", "path": "members", "value": [{"value": "50"}]}])")
            << QByteArray(R"({"id":"7","displayName":"Finance","members":[{"value":"50"}]})");
        QTest::addRow("several operations in order")
            << QByteArray(Group) << true
            << QByteArray(R"([{"op": "replace", "path": "displayName", "value": "Risk"},
                              {"op": "remove", "path": "members"},
                              {"op": "add", "path": "members", "value": [{"value": "1"}]}])")
            << QByteArray(R"({"id":"7","displayName":"Risk","members":[{"value":"1"}]})");
        QTest::addRow("extension attribute kept apart")
            << QByteArray(R"({"id":"1"})") << false
            << QByteArray(R"([{"op": "add", "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department", "value": "R&D"}])")
            << QByteArray(R"({"id":"1","urn:ietf:params:scim:schemas:extension:enterprise:2.0:User":{"department":"R&D"}})");
        QTest::addRow("core URN prefix is the resource")
            << QByteArray(R"({"id":"1"})") << false
            << QByteArray(R"([{"op": "add", "path": "urn:ietf:params:scim:schemas:core:2.0:User:displayName", "value": "A"}])")
            << QByteArray(R"({"id":"1","displayName":"A"})");
    }

    void apply()
    {
        QFETCH(QByteArray, resource);
        QFETCH(bool, group);
        QFETCH(QByteArray, operations);
        QFETCH(QByteArray, expected);
        const QJsonObject body{{u"schemas"_s, QJsonArray{u"urn:ietf:params:scim:api:messages:2.0:PatchOp"_s}},
                               {u"Operations"_s, QJsonDocument::fromJson(unquote(operations)).array()}};
        const Result<QList<ScimPatchOperation>> parsed = parseScimPatch(body);
        QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
        const Result<QJsonObject> patched =
            applyScimPatch(json(resource), *parsed, group ? scimGroupSchema() : scimUserSchema());
        QVERIFY2(patched.ok(), qPrintable(patched.ok() ? QString() : patched.error().message));
        QCOMPARE(compact(*patched), compact(json(expected)));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("scimType");
        QTest::addColumn<QString>("message");
        QTest::addRow("no operations") << QByteArray(R"({"schemas": []})") << u"invalidSyntax"_s
                                       << u"needs \"Operations\""_s;
        QTest::addRow("empty operations") << QByteArray(R"({"Operations": []})") << u"invalidSyntax"_s
                                          << u"at least one operation"_s;
        QTest::addRow("unknown op") << QByteArray(R"({"Operations": [{"op": "move", "path": "x"}]})")
                                    << u"invalidSyntax"_s << u"Operations[0].op: \"move\" is not add"_s;
        QTest::addRow("add without value") << QByteArray(R"({"Operations": [{"op": "add", "path": "x"}]})")
                                           << u"invalidSyntax"_s << u"add needs a \"value\""_s;
        QTest::addRow("remove without path") << QByteArray(R"({"Operations": [{"op": "remove"}]})")
                                             << u"noTarget"_s << u"remove needs a \"path\""_s;
        QTest::addRow("bad path") << QByteArray("{\"Operations\": [{\"op\": \"remove\", \"path\": \"members[value eq\"}]}")
                                  << u"invalidPath"_s << u"Operations[0].path"_s;
        QTest::addRow("replace without path needs an object")
            << QByteArray(R"({"Operations": [{"op": "replace", "value": "x"}]})") << u"invalidValue"_s
            << u"object of attributes"_s;
    }

    void errors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, scimType);
        QFETCH(QString, message);
        const Result<QList<ScimPatchOperation>> parsed = parseScimPatch(json(body));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().detail, scimType);
        QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    }

    void applyErrors_data()
    {
        QTest::addColumn<QByteArray>("operations");
        QTest::addColumn<QString>("scimType");
        QTest::addRow("read-only id") << QByteArray(R"([{"op": "replace", "path": "id", "value": "1"}])") << u"mutability"_s;
        QTest::addRow("read-only meta") << QByteArray(R"([{"op": "replace", "path": "meta.version", "value": "1"}])")
                                        << u"mutability"_s;
        QTest::addRow("read-only groups") << QByteArray(R"([{"op": "add", "path": "groups", "value": [{"value": "1"}]}])")
                                          << u"mutability"_s;
        QTest::addRow("no target") << QByteArray(R"([{"op": "replace", "path": "emails[type co 'x'].value", "value": "a"}])")
                                   << u"noTarget"_s;
        QTest::addRow("filter on a simple attribute")
            << QByteArray(R"([{"op": "replace", "path": "userName[value eq 'x']", "value": "a"}])") << u"invalidPath"_s;
    }

    void applyErrors()
    {
        QFETCH(QByteArray, operations);
        QFETCH(QString, scimType);
        const Result<QList<ScimPatchOperation>> parsed =
            parseScimPatch(QJsonObject{{u"Operations"_s, QJsonDocument::fromJson(unquote(operations)).array()}});
        QVERIFY(parsed.ok());
        const Result<QJsonObject> patched = applyScimPatch(json(User), *parsed, scimUserSchema());
        QVERIFY(!patched.ok());
        QCOMPARE(patched.error().detail, scimType);
    }
};

QTEST_GUILESS_MAIN(tst_ScimPatch)
#include "tst_scimpatch.moc"

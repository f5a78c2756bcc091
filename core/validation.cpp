// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation.h"

#include "core/textfold.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Gatehouse {

namespace {

Error invalid(QStringView field, const QString &what)
{
    return makeError(Error::Code::Invalid, field.toString() + u": "_s + what);
}

// A value as it appears in a message: quoted, with quotes and control characters escaped
// so a message stays on one line.
QString quoted(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (QChar c : value) {
        if (c == u'"' || c == u'\\') {
            out += u'\\';
            out += c;
        } else if (c == u'\n') {
            out += u"\\n"_s;
        } else if (c == u'\r') {
            out += u"\\r"_s;
        } else if (c == u'\t') {
            out += u"\\t"_s;
        } else if (c.unicode() < 0x20) {
            out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        } else {
            out += c;
        }
    }
    out += u'"';
    return out;
}

QString path(QStringView array, qsizetype index, QStringView field)
{
    return array.toString() + u'[' + QString::number(index) + u"]."_s + field.toString();
}

// Ids are positive and unique within their array; `seen` maps id -> first index.
Result<void> checkId(QStringView array, qsizetype index, Id id, QHash<Id, qsizetype> &seen)
{
    const QString field = path(array, index, u"id");
    if (id <= 0)
        return invalid(field, QString::number(id) + u" is not a positive id"_s);
    const auto it = seen.constFind(id);
    if (it != seen.constEnd()) {
        return invalid(field, QString::number(id) + u" duplicates "_s
                                  + path(array, it.value(), u"id"));
    }
    seen.insert(id, index);
    return {};
}

// Names unique ignoring case (nameKey); `seen` maps key -> first index.
Result<void> checkUniqueName(QStringView array, qsizetype index, QStringView fieldName,
                             const QString &value, QHash<QString, qsizetype> &seen,
                             const QList<QString> &firstValues)
{
    const QString key = nameKey(value);
    const auto it = seen.constFind(key);
    if (it != seen.constEnd()) {
        return invalid(path(array, index, fieldName),
                       quoted(value) + u" duplicates "_s + path(array, it.value(), fieldName)
                           + u' ' + quoted(firstValues.at(it.value())));
    }
    seen.insert(key, index);
    return {};
}

Result<void> validateAccounts(const QList<Account> &accounts)
{
    QHash<Id, qsizetype> ids;
    QHash<QString, qsizetype> subjects;
    QHash<QString, qsizetype> emails;
    QList<QString> emailValues;
    emailValues.reserve(accounts.size());
    ids.reserve(accounts.size());
    subjects.reserve(accounts.size());
    emails.reserve(accounts.size());
    for (qsizetype i = 0; i < accounts.size(); ++i) {
        const Account &a = accounts.at(i);
        emailValues.append(a.email);
        if (auto r = checkId(u"accounts", i, a.id, ids); !r)
            return r;
        const QString subjectField = path(u"accounts", i, u"subject");
        if (a.type == AccountType::Service) {
            if (a.subject.isEmpty())
                return invalid(subjectField, u"null; a service account needs a subject"_s);
            if (!a.subject.endsWith(u"@service"))
                return invalid(subjectField, quoted(a.subject) + u" does not end in \"@service\""_s);
        }
        if (!a.subject.isEmpty()) {
            const auto it = subjects.constFind(a.subject);
            if (it != subjects.constEnd()) {
                return invalid(subjectField, quoted(a.subject) + u" duplicates "_s
                                                 + path(u"accounts", it.value(), u"subject"));
            }
            subjects.insert(a.subject, i);
        }
        if (a.name.size() > MaxNameLength) {
            return invalid(path(u"accounts", i, u"name"),
                           quoted(a.name.left(40) + u"..."_s) + u" has "_s
                               + QString::number(a.name.size()) + u" characters, at most "_s
                               + QString::number(MaxNameLength));
        }
        // E-mails are unique among humans; a service account's e-mail is a contact only.
        if (a.type == AccountType::Human && !a.email.trimmed().isEmpty()) {
            if (auto r = checkUniqueName(u"accounts", i, u"email", a.email, emails, emailValues); !r)
                return r;
        }
    }
    return {};
}

Result<void> validateDatastores(const QList<Datastore> &datastores)
{
    QHash<Id, qsizetype> ids;
    QHash<QString, qsizetype> names;
    QList<QString> nameValues;
    nameValues.reserve(datastores.size());
    for (qsizetype i = 0; i < datastores.size(); ++i) {
        const Datastore &d = datastores.at(i);
        nameValues.append(d.name);
        if (auto r = checkId(u"datastores", i, d.id, ids); !r)
            return r;
        if (auto r = checkName(path(u"datastores", i, u"name"), d.name); !r)
            return r;
        if (auto r = checkUniqueName(u"datastores", i, u"name", d.name, names, nameValues); !r)
            return r;
    }
    return {};
}

// Member or datastore references: each must exist and appear once per team.
Result<void> checkReferences(qsizetype teamIndex, QStringView field, const QList<Id> &refs,
                             const QSet<Id> &known, QStringView what)
{
    QHash<Id, qsizetype> seen;
    for (qsizetype j = 0; j < refs.size(); ++j) {
        const Id ref = refs.at(j);
        const QString refPath = path(u"teams", teamIndex, field) + u'[' + QString::number(j) + u']';
        if (!known.contains(ref))
            return invalid(refPath, QString::number(ref) + u" is not "_s + what.toString());
        const auto it = seen.constFind(ref);
        if (it != seen.constEnd()) {
            return invalid(refPath, QString::number(ref) + u" duplicates "_s
                                        + path(u"teams", teamIndex, field) + u'['
                                        + QString::number(it.value()) + u']');
        }
        seen.insert(ref, j);
    }
    return {};
}

Result<void> validateTeams(const Snapshot &snapshot)
{
    QSet<Id> accountIds, datastoreIds;
    accountIds.reserve(snapshot.accounts.size());
    datastoreIds.reserve(snapshot.datastores.size());
    for (const Account &a : snapshot.accounts)
        accountIds.insert(a.id);
    for (const Datastore &d : snapshot.datastores)
        datastoreIds.insert(d.id);

    QHash<Id, qsizetype> ids;
    QHash<QString, qsizetype> names;
    QList<QString> nameValues;
    qsizetype publicIndex = -1;
    const QList<Team> &teams = snapshot.teams;
    for (qsizetype i = 0; i < teams.size(); ++i) {
        const Team &t = teams.at(i);
        nameValues.append(t.name);
        if (auto r = checkId(u"teams", i, t.id, ids); !r)
            return r;
        if (auto r = checkName(path(u"teams", i, u"name"), t.name); !r)
            return r;
        if (auto r = checkUniqueName(u"teams", i, u"name", t.name, names, nameValues); !r)
            return r;
        if (t.isPublic) {
            if (publicIndex >= 0) {
                return invalid(path(u"teams", i, u"public"),
                               u"true, but "_s + path(u"teams", publicIndex, u"public")
                                   + u" is already the public team"_s);
            }
            publicIndex = i;
            if (t.name != PublicTeamName) {
                return invalid(path(u"teams", i, u"name"),
                               quoted(t.name) + u"; the public team is named \"Public\""_s);
            }
            if (!t.members.isEmpty()) {
                return invalid(path(u"teams", i, u"members"),
                               u"the public team lists no members (everyone is one)"_s);
            }
        }
        if (auto r = checkDescription(path(u"teams", i, u"description"), t.description); !r)
            return r;
        if (t.permission < Level::Reporter || t.permission > Level::Editor) {
            return invalid(path(u"teams", i, u"permission"),
                           quoted(levelName(t.permission)) + u" is not a permission level"_s);
        }
        if (auto r = checkReferences(i, u"members", t.members, accountIds, u"an account id"); !r)
            return r;
        if (auto r = checkReferences(i, u"datastores", t.datastores, datastoreIds,
                                     u"a datastore id");
            !r)
            return r;
    }
    if (publicIndex < 0)
        return invalid(u"teams", u"no team has \"public\": true; exactly one must"_s);
    return {};
}

} // namespace

QString serviceSubjectFor(QStringView name)
{
    QString ident;
    const QString lower = name.trimmed().toString().toLower();
    ident.reserve(lower.size());
    for (QChar c : lower) {
        if (c == u' ')
            ident += u'_';
        else if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_')
            ident += c;
    }
    return ident + u"@service"_s;
}

Result<void> checkName(QStringView field, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return invalid(field, quoted(name) + u" is empty"_s);
    if (trimmed.size() > MaxNameLength) {
        return invalid(field, quoted(trimmed.left(40) + u"..."_s) + u" has "_s
                                  + QString::number(trimmed.size()) + u" characters, at most "_s
                                  + QString::number(MaxNameLength));
    }
    return {};
}

Result<void> checkDescription(QStringView field, const QString &description)
{
    if (description.size() > MaxDescriptionLength) {
        return invalid(field, quoted(description.left(40) + u"..."_s) + u" has "_s
                                  + QString::number(description.size())
                                  + u" characters, at most "_s
                                  + QString::number(MaxDescriptionLength));
    }
    return {};
}

Result<void> validateSnapshot(const Snapshot &snapshot)
{
    if (auto r = validateAccounts(snapshot.accounts); !r)
        return r;
    if (auto r = validateDatastores(snapshot.datastores); !r)
        return r;
    return validateTeams(snapshot);
}

} // namespace Gatehouse

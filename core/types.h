// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace Gatehouse {

using Id = qint64;

// Platform role, one per account.
enum class Role : quint8 { Member = 0, Manager = 1, Admin = 2 };

// Effective level on a datastore. Team permissions use Reporter..Editor only; None and
// Admin exist for effective access (Admin comes from the role, not from a team).
enum class Level : quint8 { None = 0, Reporter = 1, Viewer = 2, Drafter = 3, Author = 4, Editor = 5, Admin = 6 };

enum class AccountType : quint8 { Human = 0, Service = 1 };
enum class DatastoreKind : quint8 { Source = 0, Enrichment = 1 };

// Names as written in files, reports and the database (case-sensitive, English).
QString roleName(Role role);
QString levelName(Level level);          // "" for None
QString accountTypeName(AccountType type); // "human" | "service"
QString datastoreKindName(DatastoreKind kind); // "source" | "enrichment"
std::optional<Role> roleFromName(QStringView name);
std::optional<Level> teamLevelFromName(QStringView name); // Reporter..Editor only
std::optional<AccountType> accountTypeFromName(QStringView name);
std::optional<DatastoreKind> datastoreKindFromName(QStringView name);

// UTC, second precision, "YYYY-MM-DDTHH:MM:SSZ"; an invalid QDateTime gives "".
QString formatTimestamp(const QDateTime &time);
// Accepts the format above (and ISO 8601 with offset); invalid on error.
QDateTime parseTimestamp(QStringView text);

struct Account
{
    Id id = 0;
    QString subject;        // null for a SCIM pre-provisioned human not yet signed in
    QString name;
    QString email;          // null allowed for service accounts
    AccountType type = AccountType::Human;
    Role role = Role::Member;
    QDateTime created;      // UTC
    QDateTime lastActive;   // invalid = never
    QDateTime deactivated;  // invalid = active
    QString externalId;     // null when absent
    int version = 1;        // optimistic lock, bumped by every change

    bool isActive() const { return !deactivated.isValid(); }
    friend bool operator==(const Account &, const Account &) = default;
};

struct Team
{
    Id id = 0;
    QString name;
    QString description;
    Level permission = Level::Reporter;
    bool isPublic = false;
    QList<Id> members;      // ascending; always empty for the Public team (everyone is in it)
    QList<Id> datastores;   // ascending
    QDateTime created;
    int version = 1;

    friend bool operator==(const Team &, const Team &) = default;
};

struct Datastore
{
    Id id = 0;
    QString name;
    DatastoreKind kind = DatastoreKind::Source;
    QString connection;     // connection type label, e.g. "Snowflake"
    QDateTime created;
    int version = 1;

    friend bool operator==(const Datastore &, const Datastore &) = default;
};

} // namespace Gatehouse

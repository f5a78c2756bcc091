// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "repository/repositoryfactory.h"
#include "testbackends.h"
#include "testorganisations.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Helpers for the tests that commit hand-written ChangeSets, on either backend (testbackends.h).
namespace TestChangeSets {

using namespace Gatehouse;

inline const QString Ada = u"local|ada"_s;
inline const QString Bob = u"local|bob"_s;

// The organisation at `url`, created with Ada as its Admin when missing; null (with the
// reason as a warning) when it cannot be opened.
inline std::unique_ptr<Repository> openDatabase(const QString &url)
{
    auto opened = Gatehouse::openRepository(url, OpenMode::CreateIfMissing, Ada, u"Ada"_s);
    if (!opened) {
        qWarning("open failed: %s (%s)", qPrintable(opened.error().message), qPrintable(opened.error().detail));
        return {};
    }
    return std::move(opened).value();
}

template <typename T>
ChangeSet::Entry<T> update(const T &before, const T &after)
{
    return {before, after};
}

template <typename T>
ChangeSet::Entry<T> insert(const T &after)
{
    return {std::nullopt, after};
}

template <typename T>
ChangeSet::Entry<T> remove(const T &before)
{
    return {before, std::nullopt};
}

template <typename T>
T find(const QList<T> &list, Id id)
{
    for (const T &item : list) {
        if (item.id == id)
            return item;
    }
    return {};
}

template <typename T>
void replace(QList<T> &list, const T &item)
{
    for (T &existing : list) {
        if (existing.id == item.id)
            existing = item;
    }
}

template <typename T>
void eraseId(QList<T> &list, Id id)
{
    list.removeIf([id](const T &item) { return item.id == id; });
}

inline int auditCount(Repository &repository)
{
    const auto log = repository.auditLog();
    return log ? int(log->size()) : -1;
}

inline QString minuteUtc(const QDateTime &at)
{
    return at.toUTC().toString(u"yyyy-MM-dd HH:mm"_s) + u" UTC"_s;
}

inline QJsonObject parsedObject(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

// The new database at `url` (GATEHOUSE_NEW_DATABASE) holding TestOrganisations::small()
// (history: creation, import).
inline std::unique_ptr<Repository> smallOrganisation(const QString &url)
{
    auto repository = openDatabase(url);
    if (!repository)
        return {};
    if (!repository->importSnapshot(TestOrganisations::small(), Repository::ImportMode::Replace, Ada))
        return {};
    return repository;
}

} // namespace TestChangeSets

Q_DECLARE_METATYPE(Gatehouse::ChangeSet)
Q_DECLARE_METATYPE(Gatehouse::Snapshot)

// Evaluates `expr` once and prints the error (with the driver's text) when it failed.
#define VERIFY_OK(expr)                                                                        \
    do {                                                                                       \
        const auto &result_ = (expr);                                                          \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString()                            \
                                                       : result_.error().message + u" / "_s    \
                                                             + result_.error().detail));       \
    } while (false)

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"
#include "core/types.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>

#include <initializer_list>
#include <optional>

namespace Gatehouse {

// Appends `text` as a JSON string in UTF-8: control characters escaped, everything else
// (non-ASCII included) as is, which RFC 8259 allows.
void appendJsonString(QByteArray &out, const QString &text);

// A JSON value as an error message shows it: `"Owner"`, `12`, `null`, `an array`.
QString describeJsonValue(const QJsonValue &value);

// Reads the fields of one JSON object, remembering the first error. Each read names the
// field by its path ("teams[3].permission"). Shared by the organisation file and the audit
// log's entity JSON, so both read an entity the same way.
class JsonObjectReader
{
public:
    JsonObjectReader(const QJsonObject &object, QString path, std::optional<Error> &error);

    bool failed() const { return m_error.has_value(); }

    // Any other key is an error.
    void allowOnly(std::initializer_list<QStringView> keys);
    // Present and not null.
    bool has(QStringView key) const;

    Id id(QStringView key);
    // `nullable`: null gives a null QString; `optional`: absent gives a null QString.
    QString string(QStringView key, bool nullable, bool optional = false);
    bool boolean(QStringView key);
    // Absent or null gives an invalid QDateTime.
    QDateTime time(QStringView key);
    QList<Id> idList(QStringView key, const QString &what);

    template <typename Enum>
    Enum enumValue(QStringView key, std::optional<Enum> (*fromName)(QStringView), const QString &what)
    {
        const QJsonValue v = required(key);
        if (failed())
            return Enum{};
        if (v.isString()) {
            if (auto e = fromName(v.toString()))
                return *e;
        }
        QString message = describeJsonValue(v);
        message += u" is not ";
        message += what;
        fail(key, message);
        return Enum{};
    }

    void fail(QStringView key, const QString &message);

private:
    QJsonValue required(QStringView key);

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> &m_error;
};

} // namespace Gatehouse

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Gatehouse {

struct Error
{
    enum class Code {
        Invalid,        // bad input: the message names the field and the value
        NotFound,       // database, file or entity does not exist
        Unsupported,    // unknown URL scheme, newer schema, ...
        Conflict,       // optimistic version check failed
        Denied,         // the acting account may not do this
        Database,       // driver failure; `detail` keeps the driver text
        Io,             // file system failure
        Unavailable,    // the database server cannot be reached or the connection was lost
        Cancelled,      // the person stopped the work (core/progress.h); nothing was changed
    };
    Code code = Code::Invalid;
    QString message;    // one sentence for a person
    QString detail;     // technical detail (driver text), may be empty
};

// A value or an Error, in the manner of Qt Creator's Utils::Result: no exceptions cross
// layers.
template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template <>
class Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)), m_ok(false) {}

    bool ok() const { return m_ok; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_ok = true;
};

inline Error makeError(Error::Code code, QString message, QString detail = {})
{
    return Error{code, std::move(message), std::move(detail)};
}

} // namespace Gatehouse

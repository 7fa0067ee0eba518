// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace commonplace {

/**
 * An error a person can act on: what went wrong and, for input files, where.
 * `file` and `line` are empty/0 when the error is not tied to a place in a file.
 */
struct Error
{
    std::string message;
    std::string file;
    std::uint64_t line = 0;

    /** "file:line: message", "file: message" or "message". */
    std::string describe() const
    {
        if (file.empty())
            return message;
        if (line == 0)
            return file + ": " + message;
        return file + ":" + std::to_string(line) + ": " + message;
    }
};

inline Error makeError(std::string message, std::string file = {}, std::uint64_t line = 0)
{
    return Error{std::move(message), std::move(file), line};
}

/**
 * A value or an Error. The core API returns these instead of throwing; callers test with
 * `if (!r)` and read `r.error()`.
 */
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_state(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_state(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_state); }
    const T& value() const& { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

    const Error& error() const { return std::get<1>(m_state); }

private:
    std::variant<T, Error> m_state;
};

/** Success or an Error, for operations that return nothing. */
template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace commonplace

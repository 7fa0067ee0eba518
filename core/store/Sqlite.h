// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace commonplace::store {

/** A prepared SQLite statement that finalises itself. Bind indexes start at 1. */
class Query
{
public:
    Query() = default;
    Query(sqlite3* db, std::string_view sql);
    ~Query();
    Query(Query&& other) noexcept;
    Query& operator=(Query&& other) noexcept;
    Query(const Query&) = delete;
    Query& operator=(const Query&) = delete;

    /** False when preparing failed; `error()` says why. */
    bool valid() const { return m_stmt != nullptr; }
    const std::string& error() const { return m_error; }

    Query& bind(int index, std::string_view text);
    Query& bind(int index, std::int64_t value);
    Query& bind(int index, int value) { return bind(index, std::int64_t(value)); }
    Query& bind(int index, double value);
    Query& bindBlob(int index, const void* data, std::size_t size);
    /**
     * Bind without SQLite's private copy, for hot loops: the caller keeps the bytes alive and
     * unchanged until the statement is stepped and reset (reset() clears the bindings).
     */
    Query& bindStatic(int index, std::string_view text);
    Query& bindBlobStatic(int index, const void* data, std::size_t size);
    Query& bindNull(int index);
    /** Binds text, or NULL when the view is empty. */
    Query& bindOrNull(int index, std::string_view text);
    Query& bindOrNull(int index, std::optional<std::int64_t> value);

    /** Steps once: SQLITE_ROW, SQLITE_DONE or an error code. */
    int step();
    /** Steps to completion; the error carries SQLite's message. */
    Status exec();
    void reset();

    std::int64_t int64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    double real(int col) const { return sqlite3_column_double(m_stmt, col); }
    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    std::string_view text(int col) const;
    std::string string(int col) const { return std::string(text(col)); }
    std::optional<std::int64_t> optInt64(int col) const;

    sqlite3_stmt* handle() const { return m_stmt; }

private:
    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
    std::string m_error;
};

/** Runs SQL that returns no rows (several statements allowed). */
Status execSql(sqlite3* db, std::string_view sql);

/**
 * A transaction (a SAVEPOINT, so they nest) that rolls back unless committed. Every write to
 * the workspace happens inside one.
 */
class Transaction
{
public:
    explicit Transaction(sqlite3* db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin();
    Status commit();
    void rollback();

private:
    sqlite3* m_db;
    std::string m_name;
    bool m_open = false;
};

} // namespace commonplace::store

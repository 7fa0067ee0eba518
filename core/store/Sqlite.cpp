// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Sqlite.h"

#include <atomic>

namespace commonplace::store {

Query::Query(sqlite3* db, std::string_view sql)
    : m_db(db)
{
    if (sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                           nullptr) != SQLITE_OK) {
        m_error = sqlite3_errmsg(db);
        m_stmt = nullptr;
    }
}

Query::~Query()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Query::Query(Query&& other) noexcept
    : m_stmt(other.m_stmt)
    , m_db(other.m_db)
    , m_error(std::move(other.m_error))
{
    other.m_stmt = nullptr;
}

Query& Query::operator=(Query&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_stmt = other.m_stmt;
        m_db = other.m_db;
        m_error = std::move(other.m_error);
        other.m_stmt = nullptr;
    }
    return *this;
}

Query& Query::bind(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_TRANSIENT);
    return *this;
}

Query& Query::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Query& Query::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Query& Query::bindBlob(int index, const void* data, std::size_t size)
{
    sqlite3_bind_blob(m_stmt, index, data, int(size), SQLITE_TRANSIENT);
    return *this;
}

Query& Query::bindStatic(int index, std::string_view text)
{
    sqlite3_bind_text(m_stmt, index, text.data(), int(text.size()), SQLITE_STATIC);
    return *this;
}

Query& Query::bindBlobStatic(int index, const void* data, std::size_t size)
{
    sqlite3_bind_blob(m_stmt, index, data, int(size), SQLITE_STATIC);
    return *this;
}

Query& Query::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

Query& Query::bindOrNull(int index, std::string_view text)
{
    return text.empty() ? bindNull(index) : bind(index, text);
}

Query& Query::bindOrNull(int index, std::optional<std::int64_t> value)
{
    return value ? bind(index, *value) : bindNull(index);
}

int Query::step()
{
    return sqlite3_step(m_stmt);
}

Status Query::exec()
{
    int rc;
    while ((rc = sqlite3_step(m_stmt)) == SQLITE_ROW) {
    }
    sqlite3_reset(m_stmt);
    if (rc != SQLITE_DONE)
        return makeError(std::string("database error: ") + sqlite3_errmsg(m_db));
    return {};
}

void Query::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::string_view Query::text(int col) const
{
    auto p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
    if (!p)
        return {};
    return std::string_view(p, std::size_t(sqlite3_column_bytes(m_stmt, col)));
}

std::optional<std::int64_t> Query::optInt64(int col) const
{
    if (isNull(col))
        return std::nullopt;
    return int64(col);
}

Status execSql(sqlite3* db, std::string_view sql)
{
    std::string copy(sql);
    char* err = nullptr;
    if (sqlite3_exec(db, copy.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
        std::string msg = err ? err : sqlite3_errmsg(db);
        sqlite3_free(err);
        return makeError("database error: " + msg);
    }
    return {};
}

Transaction::Transaction(sqlite3* db)
    : m_db(db)
{
    static std::atomic<int> counter{0};
    m_name = "cp_tx_" + std::to_string(++counter);
}

Transaction::~Transaction()
{
    rollback();
}

Status Transaction::begin()
{
    auto st = execSql(m_db, "SAVEPOINT " + m_name);
    m_open = st.ok();
    return st;
}

Status Transaction::commit()
{
    if (!m_open)
        return makeError("internal error: commit without an open transaction");
    auto st = execSql(m_db, "RELEASE " + m_name);
    if (st.ok())
        m_open = false;
    return st;
}

void Transaction::rollback()
{
    if (!m_open)
        return;
    m_open = false;
    (void)execSql(m_db, "ROLLBACK TO " + m_name + "; RELEASE " + m_name);
}

} // namespace commonplace::store

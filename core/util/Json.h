// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace commonplace::util {

/** Appends `s` to `out` as a JSON string literal (with quotes), escaping as RFC 8259 requires. */
void appendJsonString(std::string& out, std::string_view s);

/**
 * A small streaming JSON writer into a std::string. It tracks commas; the caller is
 * responsible for balanced begin/end calls.
 */
class JsonWriter
{
public:
    explicit JsonWriter(std::string& out)
        : m_out(out)
    {}

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(std::string_view k);
    JsonWriter& value(std::string_view v);
    JsonWriter& value(const char* v) { return value(std::string_view(v)); }
    JsonWriter& value(std::int64_t v);
    JsonWriter& value(int v) { return value(std::int64_t(v)); }
    JsonWriter& value(std::uint64_t v) { return value(std::int64_t(v)); }
    JsonWriter& value(double v);
    JsonWriter& value(bool v);
    JsonWriter& null();
    /** Writes already-serialised JSON as one value. */
    JsonWriter& raw(std::string_view json);

private:
    void separate();
    std::string& m_out;
    std::vector<bool> m_first; // per open container: nothing written yet
    bool m_afterKey = false;
};

} // namespace commonplace::util

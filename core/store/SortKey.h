// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace commonplace::store {

/**
 * ICU collation keys for entity names. A key is a byte string whose bytewise order is the
 * collator's order, so SQLite sorts and pages a BLOB column of keys the way the collator would
 * sort the names, in any script, with an index. The collation is CLDR's root order (the same
 * on every machine, whatever the user's language): accents and case are secondary and
 * tertiary differences, scripts follow one another in the root order.
 */
class SortKey
{
public:
    SortKey();
    ~SortKey();
    SortKey(const SortKey&) = delete;
    SortKey& operator=(const SortKey&) = delete;

    /** The key of UTF-8 text (invalid bytes are replaced). Empty text gives a short key. */
    const std::string& operator()(std::string_view utf8);

    /**
     * The primary level of the key (base letters: no case, no accents). A stored key starts
     * with it exactly when the name starts with the text at that level (outside numbers,
     * which compare by value), and a stored key starts with it followed by the level
     * separator 0x01 when the name equals the text at that level; search ranks such names
     * first with two range scans of the sort index.
     */
    std::string primary(std::string_view utf8);

    /**
     * Names the collation and its version ("root/153.120"); when it changes (a newer ICU
     * orders some characters differently) the stored keys are recomputed.
     */
    static std::string version();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace commonplace::store

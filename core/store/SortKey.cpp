// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/SortKey.h"

#include <unicode/coll.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace commonplace::store {

namespace {

std::unique_ptr<icu::Collator> rootCollator()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> collator(
        icu::Collator::createInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status))
        return nullptr;
    // Numbers inside names compare as numbers ("Lot 9" before "Lot 10").
    collator->setAttribute(UCOL_NUMERIC_COLLATION, UCOL_ON, status);
    return collator;
}

} // namespace

struct SortKey::Impl
{
    std::unique_ptr<icu::Collator> collator = rootCollator();
    std::vector<std::uint8_t> buffer = std::vector<std::uint8_t>(256);
    std::string key;
};

SortKey::SortKey()
    : m_impl(std::make_unique<Impl>())
{}

SortKey::~SortKey() = default;

const std::string& SortKey::operator()(std::string_view utf8)
{
    Impl& d = *m_impl;
    if (!d.collator) {
        // No collation data: the UTF-8 bytes themselves, which at least sort by code point.
        d.key.assign(utf8);
        return d.key;
    }
    const icu::UnicodeString text =
        icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), std::int32_t(utf8.size())));
    std::int32_t n = d.collator->getSortKey(text, d.buffer.data(), std::int32_t(d.buffer.size()));
    if (n > std::int32_t(d.buffer.size())) {
        d.buffer.resize(std::size_t(n));
        n = d.collator->getSortKey(text, d.buffer.data(), n);
    }
    // The key ends with a NUL byte that adds nothing to the order; leave it out.
    if (n > 0 && d.buffer[std::size_t(n - 1)] == 0)
        --n;
    d.key.assign(reinterpret_cast<const char*>(d.buffer.data()), std::size_t(std::max(n, 0)));
    return d.key;
}

std::string SortKey::primary(std::string_view utf8)
{
    const std::string& key = (*this)(utf8);
    if (!m_impl->collator)
        return key;
    return key.substr(0, std::min(key.find('\x01'), key.size()));
}

std::string SortKey::version()
{
    auto collator = rootCollator();
    if (!collator)
        return "bytes";
    UVersionInfo info;
    collator->getVersion(info);
    char text[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(info, text);
    return std::string("root-numeric/") + text;
}

} // namespace commonplace::store

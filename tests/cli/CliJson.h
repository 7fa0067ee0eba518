// SPDX-License-Identifier: GPL-3.0-or-later
// Parsing the CLI's --json output in tests.
#pragma once

#include <catch2/catch.hpp>
#include <simdjson.h>

#include <string>

namespace commonplace::test {

/** Parses `text` (a command's stdout) as JSON; fails the test, showing the text, if it is not. */
inline simdjson::dom::element parseJson(simdjson::dom::parser& parser, const std::string& text)
{
    simdjson::dom::element doc;
    auto err = parser.parse(text).get(doc);
    INFO(text);
    REQUIRE_FALSE(err);
    return doc;
}

} // namespace commonplace::test

// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/CsvReader.h"
#include "TestUtil.h"
#include "io/Mapping.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace commonplace;
using commonplace::test::TempDir;

namespace {

struct Parsed
{
    std::vector<std::vector<std::string>> records;
    std::vector<std::uint64_t> lines; ///< recordLine() of each record
    bool failed = false;
    Error error;
};

Parsed parse(std::string_view bytes, io::CsvOptions options = {})
{
    io::CsvReader reader("test.csv", options);
    Parsed p;
    REQUIRE(reader.openMemory(bytes));
    while (reader.next()) {
        p.records.emplace_back(reader.fields().begin(), reader.fields().end());
        p.lines.push_back(reader.recordLine());
    }
    p.failed = reader.failed();
    p.error = reader.error();
    return p;
}

using Rows = std::vector<std::vector<std::string>>;

} // namespace

TEST_CASE("CSV reader splits plain and quoted fields", "[csv]")
{
    auto p = parse("a,b,c\n1,\"two, with comma\",3\n\"x\"\"y\",,\"\"\n");
    REQUIRE_FALSE(p.failed);
    CHECK(p.records == Rows{{"a", "b", "c"}, {"1", "two, with comma", "3"}, {"x\"y", "", ""}});
    CHECK(p.lines == std::vector<std::uint64_t>{1, 2, 3});
}

TEST_CASE("CSV reader keeps line ends inside quotes and counts physical lines", "[csv]")
{
    auto p = parse("h1,h2\n\"line one\nline two\r\nline three\",x\nnext,row\n");
    REQUIRE_FALSE(p.failed);
    REQUIRE(p.records.size() == 3);
    CHECK(p.records[1][0] == "line one\nline two\r\nline three");
    CHECK(p.records[2] == std::vector<std::string>{"next", "row"});
    // The third record starts on physical line 5, as an editor shows it.
    CHECK(p.lines == std::vector<std::uint64_t>{1, 2, 5});
}

TEST_CASE("CSV reader accepts a BOM, CRLF, lone CR, blank lines and no final line end", "[csv]")
{
    auto p = parse("\xEF\xBB\xBF"
                   "name,n\r\nAna,1\r\n\r\n\nBo,2\rCy,3");
    REQUIRE_FALSE(p.failed);
    CHECK(p.records == Rows{{"name", "n"}, {"Ana", "1"}, {"Bo", "2"}, {"Cy", "3"}});
    CHECK(p.lines == std::vector<std::uint64_t>{1, 2, 5, 6});
}

TEST_CASE("CSV reader honours the delimiter option", "[csv]")
{
    io::CsvOptions semi;
    semi.delimiter = ';';
    auto p = parse("a;b\n\"1;5\";2,5\n", semi);
    REQUIRE_FALSE(p.failed);
    CHECK(p.records == Rows{{"a", "b"}, {"1;5", "2,5"}});

    io::CsvOptions tab;
    tab.delimiter = '\t';
    p = parse("a\tb\nx y\t\"z\tw\"\n", tab);
    REQUIRE_FALSE(p.failed);
    CHECK(p.records == Rows{{"a", "b"}, {"x y", "z\tw"}});

    io::CsvOptions quote;
    quote.delimiter = '"';
    io::CsvReader bad("q.csv", quote);
    CHECK_FALSE(bad.openMemory("a"));
}

TEST_CASE("CSV reader skips initial spaces only when asked", "[csv]")
{
    CHECK(parse("a, \"b\",  c\n").records == Rows{{"a", " \"b\"", "  c"}});
    io::CsvOptions skip;
    skip.skipInitialSpace = true;
    CHECK(parse("a, \"b\",  c\n", skip).records == Rows{{"a", "b", "c"}});
}

TEST_CASE("CSV reader forgives stray quotes as Python's csv module does", "[csv]")
{
    auto p = parse("ab\"c,\"quoted\"tail,d\n");
    REQUIRE_FALSE(p.failed);
    CHECK(p.records == Rows{{"ab\"c", "quotedtail", "d"}});
}

TEST_CASE("CSV reader refuses an unterminated quoted field, naming where it opened", "[csv]")
{
    auto p = parse("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n");
    REQUIRE(p.failed);
    CHECK(p.error.file == "test.csv");
    CHECK(p.error.line == 3);
    CHECK_THAT(p.error.message,
               Catch::Contains("unterminated quoted field") && Catch::Contains("line 3"));
    CHECK(p.records.size() == 2);
}

TEST_CASE("CSV reader refuses invalid UTF-8 with the physical line of the bad byte", "[csv]")
{
    auto p = parse("a,b\nok,fine\n\"first line\nsecond \xE4 line\",x\n");
    REQUIRE(p.failed);
    CHECK(p.error.line == 4);
    CHECK_THAT(p.error.message, Catch::Contains("invalid UTF-8") && Catch::Contains("0xE4") &&
                                    Catch::Contains("field 1"));

    // Two fields that are each broken but would be valid if glued together.
    p = parse("\xC3,\xA4\n");
    REQUIRE(p.failed);
    CHECK(p.error.line == 1);
}

TEST_CASE("CSV reader refuses UTF-16 and NUL bytes", "[csv]")
{
    auto p = parse(std::string_view("\xFF\xFE"
                                    "a\0,\0b\0",
                                    8));
    REQUIRE(p.failed);
    CHECK_THAT(p.error.message, Catch::Contains("UTF-16"));

    p = parse(std::string_view("a,b\nc\0d,e\n", 10));
    REQUIRE(p.failed);
    CHECK(p.error.line == 2);
    CHECK_THAT(p.error.message, Catch::Contains("NUL"));
}

TEST_CASE("CSV reader bounds field, record and field-count sizes", "[csv]")
{
    io::CsvOptions small;
    small.maxFieldBytes = 8;
    small.maxRecordBytes = 20;
    small.maxFields = 5;

    auto p = parse("a,b\nshort,123456789\n", small);
    REQUIRE(p.failed);
    CHECK(p.error.line == 2);
    CHECK_THAT(p.error.message, Catch::Contains("longer than 8 bytes"));

    p = parse("x,\"open quote runs on\n", small);
    REQUIRE(p.failed);
    CHECK_THAT(p.error.message, Catch::Contains("closing quote") && Catch::Contains("line 1"));

    p = parse("1234567,1234567,1234567\n", small);
    REQUIRE(p.failed);
    CHECK_THAT(p.error.message, Catch::Contains("record is longer than 20 bytes"));

    p = parse("a,b,c,d,e,f\n", small);
    REQUIRE(p.failed);
    CHECK_THAT(p.error.message, Catch::Contains("more than 5 fields"));

    p = parse("a,b,c,d,e\n", small);
    CHECK_FALSE(p.failed);
}

TEST_CASE("CSV reader reads files across buffer refills like memory", "[csv]")
{
    TempDir dir;
    // Quoted fields with line ends and escaped quotes straddle the 1 MiB read buffer.
    std::string text = "id,text\n";
    for (int i = 0; i < 40000; ++i)
        text += std::to_string(i) + ",\"row " + std::to_string(i) + "\nsays \"\"hi\"\"\"\r\n";
    std::string path = dir.write("big.csv", text);
    io::CsvReader reader(path);
    REQUIRE(reader.open());
    auto expected = parse(text);
    REQUIRE_FALSE(expected.failed);
    std::size_t n = 0;
    while (reader.next()) {
        REQUIRE(n < expected.records.size());
        CHECK(std::vector<std::string>(reader.fields().begin(), reader.fields().end()) ==
              expected.records[n]);
        CHECK(reader.recordLine() == expected.lines[n]);
        ++n;
    }
    CHECK_FALSE(reader.failed());
    CHECK(n == 40001);
    CHECK(expected.lines.back() == 1 + 2 * 40000 - 1);
    CHECK(reader.bytesRead() == text.size());
}

TEST_CASE("CSV reader reports a missing file by name", "[csv]")
{
    io::CsvReader reader("/nonexistent/nope.csv");
    auto st = reader.open();
    REQUIRE_FALSE(st);
    CHECK(st.error().file == "/nonexistent/nope.csv");
}

TEST_CASE("UTF-8 checker finds the first bad byte", "[csv]")
{
    CHECK(io::firstInvalidUtf8("plain ascii") == std::string_view::npos);
    CHECK(io::firstInvalidUtf8("Gro\xC3\x9F \xE2\x82\xAC \xF0\x9F\x98\x80") ==
          std::string_view::npos);
    CHECK(io::firstInvalidUtf8("ab\xC0\xAF") == 2);        // overlong
    CHECK(io::firstInvalidUtf8("\xED\xA0\x80") == 0);      // surrogate
    CHECK(io::firstInvalidUtf8("x\xF4\x90\x80\x80") == 1); // above U+10FFFF
    CHECK(io::firstInvalidUtf8("xy\xE2\x82") == 2);        // cut short
    CHECK(io::firstInvalidUtf8("\x80") == 0);
}

TEST_CASE("entity ids are FollowTheMoney's: prefix, literal, sorted stripped keys", "[csv]")
{
    // Values taken from the FtM fixture donations.ijson (dataset "donations").
    CHECK(io::computeEntityId("donations", "", {"MLPD"}) ==
          "6d03aec76fdeec8f9697d8b19954ab6fc2568bc8");
    CHECK(io::computeEntityId("donations", "", {"FDP "}) ==
          "783d918df9f9178400d6b3386439ab3b3679979c");
    CHECK(io::computeEntityId("donations", "",
                              {"MLPD", "Frau Lina Dachner", "2011-12-29", "100000"}) ==
          "2216b422a31242fe204654ce194864661f515921");
    // Order of the key columns does not matter; empty values are left out.
    CHECK(io::computeEntityId("donations", "",
                              {"100000", "", "MLPD", "2011-12-29", " Frau Lina Dachner"}) ==
          "2216b422a31242fe204654ce194864661f515921");
    // The literal is hashed after the prefix: prefix+literal is one seed.
    CHECK(io::computeEntityId("", "donations", {"MLPD"}) ==
          "6d03aec76fdeec8f9697d8b19954ab6fc2568bc8");
    CHECK(io::computeEntityId("donations", "", {"", "  "}) == std::nullopt);
    // SHA-1 of "abc" (no prefix) is the well-known test vector.
    CHECK(io::computeEntityId("", "", {"abc"}) == "a9993e364706816aba3e25717850c26c9cd0d89d");
}

TEST_CASE("Python-style strip removes Unicode white space at both ends only", "[csv]")
{
    CHECK(io::stripPython("  a b\t\r\n") == "a b");
    CHECK(io::stripPython("\xC2\xA0x\xE3\x80\x80") == "x");     // NBSP, ideographic space
    CHECK(io::stripPython("\xE2\x80\x83y\xE2\x80\xAF") == "y"); // em space, narrow NBSP
    CHECK(io::stripPython("\x1Fz\x1C") == "z");                 // separators count too
    CHECK(io::stripPython("\xE2\x80\x8Bw") == "\xE2\x80\x8Bw"); // zero-width space does not
    CHECK(io::stripPython("Stra\xC3\x9F"
                          "e") == "Stra\xC3\x9F"
                                  "e");
    CHECK(io::stripPython(" \xC2\xA0 ").empty());
}

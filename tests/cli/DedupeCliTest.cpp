// SPDX-License-Identifier: GPL-3.0-or-later
// dedupe through the real binary: the review queue, --explain, --auto, bad options.
#include "TestUtil.h"

#include <catch2/catch.hpp>

using commonplace::test::runCli;
using commonplace::test::TempDir;

TEST_CASE("cli: dedupe lists candidates, explains them and merges with --auto", "[cli][match]")
{
    TempDir dir;
    std::string ws = "--workspace '" + dir.file("w.commonplace") + "' ";
    REQUIRE(runCli(ws + "init", dir).status == 0);
    std::string a = dir.write(
        "a.ijson",
        R"({"id": "a-hfa", "schema": "Organization", "properties": {"name": ["Heritage Family Alliance International"], "country": ["us"]}})"
        "\n"
        R"({"id": "a-ana", "schema": "Person", "properties": {"name": ["Ana Example"]}})"
        "\n");
    std::string b = dir.write(
        "b.ijson",
        R"({"id": "b-hfa", "schema": "Organization", "properties": {"name": ["Heritage Family Alliance Int'l"], "country": ["us"]}})"
        "\n"
        R"({"id": "b-co", "schema": "Company", "properties": {"name": ["Unrelated Shipping Ltd"]}})"
        "\n");
    REQUIRE(runCli(ws + "import '" + a + "' --dataset a", dir).status == 0);
    REQUIRE(runCli(ws + "import '" + b + "' --dataset b", dir).status == 0);

    auto queue = runCli(ws + "dedupe --explain --json", dir);
    REQUIRE(queue.status == 0);
    CHECK(queue.out.find("\"a-hfa\"") != std::string::npos);
    CHECK(queue.out.find("\"b-hfa\"") != std::string::npos);
    CHECK(queue.out.find("\"features\"") != std::string::npos);
    CHECK(queue.out.find("b-co") == std::string::npos);

    CHECK(runCli(ws + "dedupe --threshold 2", dir).status == 2);

    auto merged = runCli(ws + "dedupe --auto 0.5 --json", dir);
    REQUIRE(merged.status == 0);
    auto stats = runCli(ws + "stats --json", dir);
    CHECK(stats.out.find("\"canonical_entities\":3") != std::string::npos);
    auto again = runCli(ws + "dedupe --json", dir);
    REQUIRE(again.status == 0);
    CHECK(again.out.find("a-hfa") == std::string::npos); // judged pairs are never asked again
}

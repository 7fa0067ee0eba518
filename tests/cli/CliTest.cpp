// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end tests through the real commonplace-cli binary.
#include "TestUtil.h"
#include "store/Workspace.h"

#include "CliJson.h"

#include <catch2/catch.hpp>
#include <simdjson.h>

#include <chrono>
#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace commonplace;
using commonplace::test::parseJson;
using commonplace::test::runCli;
using commonplace::test::TempDir;

namespace {

std::string ws(const TempDir& dir)
{
    return "--workspace '" + dir.file("w.commonplace") + "' ";
}

} // namespace

TEST_CASE("cli: init, import, stats, search, show, export", "[cli]")
{
    TempDir dir;
    simdjson::dom::parser parser;
    auto init = runCli(ws(dir) + "init --json", dir);
    REQUIRE(init.status == 0);
    CHECK(int64_t(parseJson(parser, init.out)["schema_version"]) ==
          store::Workspace::kSchemaVersion);

    auto again = runCli(ws(dir) + "init", dir);
    CHECK(again.status == 1);
    CHECK(again.err.find("already exists") != std::string::npos);

    auto imp = runCli(ws(dir) + "import '" + test::fixture("ftm/donations.ijson") +
                          "' --dataset donations --json",
                      dir);
    REQUIRE(imp.status == 0);
    CHECK(imp.err.empty()); // no progress bar when not on a terminal
    auto ij = parseJson(parser, imp.out);
    CHECK(int64_t(ij["entities"]) == 474);
    CHECK(int64_t(ij["entities_created"]) == 474);
    CHECK(std::string_view(ij["format"]) == "ftm");

    auto stats = runCli(ws(dir) + "stats --json", dir);
    REQUIRE(stats.status == 0);
    auto sj = parseJson(parser, stats.out);
    CHECK(int64_t(sj["entities"]) == 474);
    CHECK(int64_t(sj["schemata"]["Payment"]) == 290);
    CHECK(int64_t(sj["schemata"]["Address"]) == 89);
    CHECK(int64_t(sj["datasets"]["donations"]) == 474);

    auto search = runCli(ws(dir) + "search 'Dachner' --json", dir);
    REQUIRE(search.status == 0);
    auto results = parseJson(parser, search.out)["results"].get_array();
    REQUIRE(results.size() >= 1);
    CHECK(std::string_view(results.at(0)["id"]) == "f9c295f21b233ac878fbac4d271bb6fd13d7952a");

    auto show = runCli(ws(dir) + "show f9c295f21b233ac878fbac4d271bb6fd13d7952a --json", dir);
    REQUIRE(show.status == 0);
    auto shown = parseJson(parser, show.out);
    CHECK(std::string_view(shown["schema"]) == "Person");
    CHECK(std::string_view(shown["properties"]["name"].at(0)["value"]) == "Frau Lina Dachner");
    CHECK(std::string_view(shown["properties"]["name"].at(0)["dataset"]) == "donations");
    CHECK(shown["referenced_by"].get_array().size() >= 1);

    std::string out = dir.file("out.ijson");
    auto exp = runCli(ws(dir) + "export '" + out + "' --format ftm --json", dir);
    REQUIRE(exp.status == 0);
    CHECK(int64_t(parseJson(parser, exp.out)["entities"]) == 474);
    CHECK(std::filesystem::file_size(out) > 100000);
}

TEST_CASE("cli: bad input exits 1 with file and line, and leaves the workspace unchanged", "[cli]")
{
    TempDir dir;
    REQUIRE(runCli(ws(dir) + "init", dir).status == 0);
    REQUIRE(runCli(ws(dir) + "import '" + test::fixture("ftm/zala.ftm.json") + "'", dir).status ==
            0);
    auto before = runCli(ws(dir) + "stats --json", dir).out;
    std::string bad = dir.write(
        "bad.ijson", R"({"id": "a", "schema": "Person", "properties": {"name": ["A"]}})"
                     "\n"
                     R"({"id": "b", "schema": "Person", "properties": {"birthDate": ["soon"]}})"
                     "\n");
    auto r = runCli(ws(dir) + "import '" + bad + "'", dir);
    CHECK(r.status == 1);
    CHECK(r.err.find(bad + ":2: property 'birthDate'") != std::string::npos);
    CHECK(runCli(ws(dir) + "stats --json", dir).out == before);

    auto missing = runCli(ws(dir) + "import '" + dir.file("nope.ijson") + "'", dir);
    CHECK(missing.status == 1);
    CHECK(missing.err.find("nope.ijson") != std::string::npos);

    auto notWorkspace = runCli("--workspace '" + bad + "' stats", dir);
    CHECK(notWorkspace.status == 1);
    CHECK(notWorkspace.err.find("not a Commonplace workspace") != std::string::npos);

    auto unknown = runCli(ws(dir) + "show does-not-exist", dir);
    CHECK(unknown.status == 1);
    CHECK(unknown.err.find("no entity with id 'does-not-exist'") != std::string::npos);
}

TEST_CASE("cli: usage errors exit 2", "[cli]")
{
    TempDir dir;
    REQUIRE(runCli(ws(dir) + "init", dir).status == 0);
    CHECK(runCli(ws(dir) + "frobnicate", dir).status == 2);
    CHECK(runCli(ws(dir) + "import", dir).status == 2);
    CHECK(runCli(ws(dir) + "export out.x --format pdf", dir).status == 2);
    CHECK(runCli(ws(dir) + "export out.x --format ftm --max-sensitivity secret", dir).status == 2);
    CHECK(runCli(ws(dir) + "search x --limit 0", dir).status == 2);
    CHECK(runCli("", dir).status == 2);
    auto help = runCli("--help", dir);
    CHECK(help.status == 0);
    CHECK(help.out.find("import") != std::string::npos);
}

TEST_CASE("cli: a workspace killed mid-import opens, passes integrity_check, and holds none or "
          "all of the import",
          "[cli][crash]")
{
    TempDir dir;
    REQUIRE(runCli(ws(dir) + "init", dir).status == 0);
    REQUIRE(runCli(ws(dir) + "import '" + test::fixture("ftm/donations.ijson") + "'", dir).status ==
            0);
    // A file large enough that the import is still running when it is killed.
    std::string big = dir.file("big.ijson");
    {
        std::FILE* f = std::fopen(big.c_str(), "wb");
        REQUIRE(f);
        for (int i = 0; i < 150000; ++i)
            std::fprintf(f,
                         "{\"id\": \"k%d\", \"schema\": \"Person\", \"properties\": {\"name\": "
                         "[\"Killed Import %d\"], \"country\": [\"ke\"], \"notes\": [\"row "
                         "%d of a large file\"]}}\n",
                         i, i, i);
        std::fclose(f);
    }
    std::string wsPath = dir.file("w.commonplace");
    for (int delayMs : {150, 400, 900}) {
        DYNAMIC_SECTION("kill after " << delayMs << " ms")
        {
            pid_t pid = fork();
            REQUIRE(pid >= 0);
            if (pid == 0) {
                int devnull = ::open("/dev/null", O_WRONLY);
                dup2(devnull, 1);
                dup2(devnull, 2);
                execl(COMMONPLACE_CLI, COMMONPLACE_CLI, "--workspace", wsPath.c_str(), "import",
                      big.c_str(), "--dataset", "big", (char*)nullptr);
                _exit(127);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
            ::kill(pid, SIGKILL);
            int status = 0;
            waitpid(pid, &status, 0);
            auto opened = store::Workspace::open(wsPath, store::Workspace::Mode::OpenExisting);
            REQUIRE(opened);
            auto check = (*opened)->integrityCheck();
            REQUIRE(check);
            CHECK(*check == "ok");
            auto stats = (*opened)->stats();
            REQUIRE(stats);
            // Either the import had finished (all 150,000) or none of it is there.
            bool none = stats->entities == 474;
            bool all = stats->entities == 474 + 150000;
            INFO("entities after kill: " << stats->entities);
            CHECK((none || all));
            CHECK(stats->datasets.count("big") == (all ? 1u : 0u));
        }
    }
}

TEST_CASE("cli: commonplace-cli links no Qt library", "[cli]")
{
    TempDir dir;
    std::string out = dir.file("ldd.txt");
    std::string cmd = std::string("ldd '") + COMMONPLACE_CLI + "' > '" + out + "' 2>&1";
    REQUIRE(std::system(cmd.c_str()) == 0);
    std::string libs = test::readFile(out);
    CHECK(libs.find("libsqlite3") != std::string::npos); // ldd really listed the libraries
    CHECK(libs.find("libQt") == std::string::npos);
}

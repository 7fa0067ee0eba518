// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestUtil.h"
#include "store/Diagrams.h"
#include "store/Workspace.h"

#include <catch2/catch.hpp>

using namespace commonplace;
using commonplace::test::TempDir;

TEST_CASE("diagrams are saved, listed, replaced, renamed and deleted", "[diagram]")
{
    TempDir dir;
    auto opened =
        store::Workspace::open(dir.file("d.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(opened.ok());
    store::Workspace& ws = **opened;

    REQUIRE(store::listDiagrams(ws)->empty());
    REQUIRE(store::saveDiagram(ws, "Funders of X", R"({"nodes":[{"id":"a","x":1,"y":2}]})").ok());
    REQUIRE(store::saveDiagram(ws, "Another", "{}").ok());
    auto list = store::listDiagrams(ws);
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK((*list)[0].name == "Another");
    CHECK((*list)[1].name == "Funders of X");
    CHECK(!(*list)[1].createdAt.empty());

    // Saving under the same name replaces the data.
    REQUIRE(store::saveDiagram(ws, "Funders of X", R"({"nodes":[]})").ok());
    auto one = store::loadDiagram(ws, "Funders of X");
    REQUIRE(one.ok());
    CHECK(one->data == R"({"nodes":[]})");
    CHECK(store::listDiagrams(ws)->size() == 2);

    REQUIRE(store::renameDiagram(ws, "Another", "Second").ok());
    CHECK(!store::loadDiagram(ws, "Another").ok());
    CHECK(store::loadDiagram(ws, "Second").ok());
    auto clash = store::renameDiagram(ws, "Second", "Funders of X");
    REQUIRE(!clash.ok());
    CHECK(clash.error().message.find("already exists") != std::string::npos);

    REQUIRE(store::deleteDiagram(ws, "Second").ok());
    auto gone = store::deleteDiagram(ws, "Second");
    REQUIRE(!gone.ok());
    CHECK(gone.error().message == "no diagram named 'Second'");
    CHECK(store::listDiagrams(ws)->size() == 1);
}

TEST_CASE("bad diagram names and data are refused and change nothing", "[diagram]")
{
    TempDir dir;
    auto opened =
        store::Workspace::open(dir.file("d.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(opened.ok());
    store::Workspace& ws = **opened;
    REQUIRE(store::saveDiagram(ws, "kept", R"({"a":1})").ok());

    auto empty = store::saveDiagram(ws, "", "{}");
    REQUIRE(!empty.ok());
    CHECK(empty.error().message == "a diagram needs a name");
    CHECK(!store::saveDiagram(ws, std::string(300, 'x'), "{}").ok());
    CHECK(!store::saveDiagram(ws, "tab\there", "{}").ok());

    auto broken = store::saveDiagram(ws, "kept", R"({"a":)");
    REQUIRE(!broken.ok());
    CHECK(broken.error().message.find("not valid JSON") != std::string::npos);
    auto array = store::saveDiagram(ws, "kept", "[1,2]");
    REQUIRE(!array.ok());
    CHECK(array.error().message == "diagram data must be a JSON object");

    CHECK(store::loadDiagram(ws, "kept")->data == R"({"a":1})");
    CHECK(store::listDiagrams(ws)->size() == 1);
    auto missing = store::loadDiagram(ws, "nope");
    REQUIRE(!missing.ok());
    CHECK(missing.error().message == "no diagram named 'nope'");
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Search (schema 4): Latin forms of names across scripts, ranking over every match with names
// equal to or starting with the query first, sources in the full-text index, and computed
// relationship captions kept in step with the names they show; a letter or two served from
// the names alone; relationships found through their parties; completion across scripts.
#include "TestUtil.h"
#include "io/Import.h"
#include "model/Model.h"
#include "store/Catalog.h"
#include "store/Editor.h"
#include "store/EntityWriter.h"
#include "store/Latin.h"
#include "store/SortKey.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

using namespace commonplace;
using commonplace::test::TempDir;

namespace {

std::vector<std::string> ids(const std::vector<store::SearchHit>& hits)
{
    std::vector<std::string> out;
    for (const auto& h : hits)
        out.push_back(h.id);
    return out;
}

bool contains(const std::vector<store::SearchHit>& hits, const std::string& id)
{
    return std::any_of(hits.begin(), hits.end(), [&](const auto& h) { return h.id == id; });
}

std::string entityLine(const std::string& id, const std::string& schema, const std::string& name,
                       const std::string& extra = {})
{
    return R"({"id": ")" + id + R"(", "schema": ")" + schema + R"(", "properties": {"name": [")" +
           name + "\"]" + extra + "}}\n";
}

std::string scalar(sqlite3* db, const std::string& sql)
{
    store::Query q(db, sql);
    REQUIRE(q.valid());
    if (q.step() != SQLITE_ROW)
        return {};
    return q.string(0);
}

} // namespace

TEST_CASE("Latin forms fold scripts, accents and transliteration spellings", "[search]")
{
    store::LatinForm latin;
    CHECK(latin.indexForm("Acme Holdings\nJohn Smith\n").empty()); // ASCII: the main index
    CHECK(latin.indexForm("Вера Зайцева\n") == "vera zaitseva\n");
    CHECK(latin.indexForm("Константин Малофеев") == "konstantin malofeev");
    CHECK(latin.indexForm("Γιώργος Παπαδόπουλος") == "giorgos papadopoulos");
    CHECK(latin.indexForm("Instituto São Paulo") == "instituto sao paulo");
    CHECK(latin.indexForm("Łódź Straße") == "lodz strasse");
    CHECK(latin.indexForm("محمد") == "mhmd");
    CHECK(latin.indexForm("فاطمة") == "fatmt ftmt"); // transliterated, and its consonants
    CHECK(latin.fold("Zaytseva") == latin.fold("Zaitseva"));
    auto words = latin.queryWords("Mohamed  Малофеев!");
    REQUIRE(words.size() == 2);
    CHECK(words[0].consonants == "mhmd");
    CHECK(words[1].latin == "malofeev");
}

TEST_CASE("search finds names across scripts and without accents", "[search]")
{
    TempDir dir;
    auto ws = store::Workspace::open(dir.file("w.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    std::string path =
        dir.write("names.ijson", entityLine("malofeev", "Person", "Константин Малофеев") +
                                     entityLine("zaitseva", "Person", "Вера Зайцева") +
                                     entityLine("greek", "Person", "Γιώργος Παπαδόπουλος") +
                                     entityLine("arabic", "Organization", "مؤسسة محمد") +
                                     entityLine("sao", "Organization", "Instituto São Paulo") +
                                     entityLine("lodz", "Organization", "Fundacja Łódź") +
                                     entityLine("latin", "Person", "Konstantin Malofeev") +
                                     entityLine("other", "Person", "Maria Malova"));
    REQUIRE(io::importFile(**ws, path, {}));

    auto find = [&](const char* query) {
        auto groups = (*ws)->searchGrouped(query, 8);
        INFO((groups ? std::string() : groups.error().message));
        REQUIRE(groups);
        return groups->actors;
    };
    CHECK(contains(find("malofeev"), "malofeev"));
    CHECK(contains(find("Malofeev"), "latin"));
    CHECK(contains(find("Zaitseva"), "zaitseva"));
    CHECK(contains(find("zaytseva"), "zaitseva"));
    CHECK(contains(find("vera zait"), "zaitseva")); // every word a prefix
    CHECK(contains(find("Papadopoulos"), "greek"));
    CHECK(contains(find("giorgos papa"), "greek"));
    CHECK(contains(find("Mohamed"), "arabic"));
    CHECK(contains(find("muhammad"), "arabic"));
    CHECK(contains(find("Sao Paulo"), "sao"));
    CHECK(contains(find("lodz"), "lodz"));
    CHECK(contains(find("Малофеев"), "latin")); // and back: the query is transliterated too
    CHECK_FALSE(contains(find("malofeev"), "other"));
    CHECK(find("zaitsevaxyz").empty());

    // The CLI's search reads the same indexes.
    auto hits = (*ws)->search("zaitseva", 10);
    REQUIRE(hits);
    CHECK(ids(*hits) == std::vector<std::string>{"zaitseva"});
    CHECK(hits->front().snippet == "Вера Зайцева");

    // The list filter (Ctrl+F) too.
    store::EntityFilter filter;
    filter.text = "malofeev";
    CHECK(*(*ws)->countEntities(filter) == 2); // in Cyrillic and in Latin letters
    filter.text = "\"malo* OR NEAR(";
    CHECK((*ws)->countEntities(filter)); // user text is never FTS syntax

    // Renaming rewrites the Latin form; deleting the entity removes it.
    store::Editor editor(**ws, model::Model::builtin());
    auto statement = scalar((*ws)->db(), "SELECT s.id FROM statement s JOIN entity e ON "
                                         "e.id = s.entity_id WHERE e.key = 'zaitseva'");
    auto renamed = editor.replaceValue(std::stoll(statement), "Вера Орлова");
    REQUIRE(renamed);
    CHECK_FALSE(contains(find("zaitseva"), "zaitseva"));
    CHECK(contains(find("orlova"), "zaitseva"));
    REQUIRE(editor.revertValue(*renamed));
    CHECK(contains(find("zaitseva"), "zaitseva"));
    REQUIRE(editor.deleteEntity("zaitseva"));
    CHECK(scalar((*ws)->db(), "SELECT count(*) FROM entity_latin WHERE entity_latin MATCH "
                              "'zaitseva'") == "0");
}

TEST_CASE("search ranks every match: the name itself first, then names starting with the query",
          "[search]")
{
    TempDir dir;
    auto ws = store::Workspace::open(dir.file("w.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    // 300 entities that mention "heritage" only in their notes come first in the file (and in
    // the index); the names that hold the word come last. The old search ranked only the
    // first 200 matches and never saw them.
    std::string lines;
    for (int i = 0; i < 300; ++i)
        lines +=
            entityLine("n" + std::to_string(i), "Organization", "Trust number " + std::to_string(i),
                       R"(, "notes": ["funds the heritage campaign"])");
    lines += entityLine("contains", "Organization", "Old Heritage Fund");
    lines += entityLine("prefix", "Organization", "Heritage Foundation International");
    lines += entityLine("exact", "Organization", "Héritage");
    std::string path = dir.write("rank.ijson", lines);
    REQUIRE(io::importFile(**ws, path, {}));

    auto groups = (*ws)->searchGrouped("heritage", 5);
    REQUIRE(groups);
    REQUIRE(groups->actors.size() == 5);
    CHECK(groups->actors[0].id == "exact");    // the name, accents aside
    CHECK(groups->actors[1].id == "prefix");   // a name starting with it
    CHECK(groups->actors[2].id == "contains"); // a name holding it beats notes
    CHECK(groups->actors[3].id.rfind('n', 0) == 0);

    auto typed = (*ws)->searchGrouped("herit", 5); // as typed so far
    REQUIRE(typed);
    REQUIRE(typed->actors.size() >= 3);
    CHECK((typed->actors[0].id == "prefix" || typed->actors[0].id == "exact"));
    CHECK(typed->actors[2].id == "contains");

    // A group crowded out of the first ranked matches still gets its own best.
    std::string pay = dir.write(
        "pay.ijson",
        R"({"id": "pay", "schema": "Payment", "properties": {"payer": ["n1"], "beneficiary": ["n2"], "purpose": ["heritage campaign"]}})"
        "\n");
    REQUIRE(io::importFile(**ws, pay, {}));
    auto both = (*ws)->searchGrouped("heritage", 5);
    REQUIRE(both);
    CHECK(both->actors.size() == 5);
    CHECK(ids(both->relationships) == std::vector<std::string>{"pay"});
}

TEST_CASE("sources are found by title, publisher, address and notes", "[search]")
{
    TempDir dir;
    auto ws = store::Workspace::open(dir.file("w.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    store::Editor editor(**ws, model::Model::builtin());
    store::SourceRecord source;
    source.key = "src-1";
    source.title = "Registry extract of Acme Holdings";
    source.publisher = "Cyprus Companies Registry";
    source.url = "https://registry.example.cy/acme";
    source.notes = "Shareholder list, São Paulo office";
    auto created = editor.createSource(source);
    REQUIRE(created);
    auto find = [&](const char* query) {
        auto groups = (*ws)->searchGrouped(query, 8);
        INFO((groups ? std::string() : groups.error().message));
        REQUIRE(groups);
        return ids(groups->sources);
    };
    const std::vector<std::string> hit = {"src-1"};
    CHECK(find("extract acme") == hit);
    CHECK(find("cyprus") == hit);
    CHECK(find("example.cy") == hit);
    CHECK(find("shareholder") == hit);
    CHECK(find("sao paulo") == hit);
    CHECK(find("nothing").empty());

    store::SourceRecord changed = *created;
    changed.notes = "Board minutes";
    REQUIRE(editor.updateSource(changed));
    CHECK(find("shareholder").empty());
    CHECK(find("minutes") == hit);
    REQUIRE(editor.deleteSource("src-1"));
    CHECK(find("minutes").empty());
}

TEST_CASE("renaming an entity renames the relationships that show its name, and undo restores "
          "them",
          "[search][edit]")
{
    TempDir dir;
    auto ws = store::Workspace::open(dir.file("w.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    std::string path = dir.write(
        "own.ijson",
        entityLine("vera", "Person", "Вера Зайцева") +
            entityLine("acme", "Company", "Acme Holdings") +
            R"({"id": "own", "schema": "Ownership", "properties": {"owner": ["vera"], "asset": ["acme"]}})"
            "\n"
            R"({"id": "named", "schema": "Directorship", "properties": {"director": ["vera"], "organization": ["acme"], "role": ["nominee director"]}})"
            "\n");
    REQUIRE(io::importFile(**ws, path, {}));
    sqlite3* db = (*ws)->db();
    auto caption = [&](const char* key) {
        return scalar(db, std::string("SELECT coalesce(caption, '') FROM entity WHERE key = '") +
                              key + "'");
    };
    auto sortKeyMatches = [&](const char* key) {
        store::Query q(db, "SELECT caption, sort_key FROM entity WHERE key = ?1");
        q.bind(1, key);
        REQUIRE(q.step() == SQLITE_ROW);
        store::SortKey sortKey;
        const std::string& expected = sortKey(q.string(0));
        const void* blob = sqlite3_column_blob(q.handle(), 1);
        return blob && std::string(static_cast<const char*>(blob),
                                   std::size_t(sqlite3_column_bytes(q.handle(), 1))) == expected;
    };
    CHECK(caption("own") == "Ownership: Вера Зайцева → Acme Holdings");

    store::Editor editor(**ws, model::Model::builtin());
    auto statement = scalar(db, "SELECT s.id FROM statement s JOIN entity e ON e.id = "
                                "s.entity_id WHERE e.key = 'vera' AND s.prop = 'name'");
    auto renamed = editor.replaceValue(std::stoll(statement), "Вера Орлова");
    REQUIRE(renamed);
    CHECK(caption("own") == "Ownership: Вера Орлова → Acme Holdings");
    CHECK(sortKeyMatches("own"));
    CHECK(caption("named") == "nominee director"); // a caption of its own stays
    // The other end too, and undo puts every caption back.
    auto acmeName = scalar(db, "SELECT s.id FROM statement s JOIN entity e ON e.id = "
                               "s.entity_id WHERE e.key = 'acme' AND s.prop = 'name'");
    auto renamedAcme = editor.replaceValue(std::stoll(acmeName), "Acme Group");
    REQUIRE(renamedAcme);
    CHECK(caption("own") == "Ownership: Вера Орлова → Acme Group");
    REQUIRE(editor.revertValue(*renamedAcme));
    REQUIRE(editor.revertValue(*renamed));
    CHECK(caption("own") == "Ownership: Вера Зайцева → Acme Holdings");
    CHECK(sortKeyMatches("own"));
    CHECK(*(*ws)->integrityCheck() == "ok");
}

TEST_CASE("a letter or two finds the names that start with them, alphabetically, by kind",
          "[search][short]")
{
    TempDir dir;
    auto ws = store::Workspace::open(dir.file("w.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    std::string path = dir.write(
        "short.ijson",
        entityLine("maria", "Person", "Maria Silva") + entityLine("marco", "Person", "Marco Polo") +
            entityLine("mabel", "Person", "mabel zed") + entityLine("abe", "Person", "Abe Mason") +
            entityLine("mango", "Company", "Mango Ltd") +
            entityLine("malofeev", "Person", "Константин Малофеев") +
            entityLine("wang", "Person", "Wang Wei") + entityLine("wangcn", "Person", "王小明") +
            entityLine("zed", "Person", "Zed Person") +
            entityLine("club", "Organization", "Zorro Club") +
            R"({"id": "pay", "schema": "Payment", "properties": {"payer": ["maria"], "beneficiary": ["mango"]}})"
            "\n"
            R"({"id": "member", "schema": "Membership", "properties": {"member": ["zed"], "organization": ["club"]}})"
            "\n"
            R"({"id": "pay2", "schema": "Payment", "properties": {"payer": ["zed"], "beneficiary": ["club"], "purpose": ["mazurka lessons"]}})"
            "\n");
    REQUIRE(io::importFile(**ws, path, {}));
    auto search = [&](const char* query, int perGroup) {
        auto groups = (*ws)->searchGrouped(query, perGroup);
        INFO((groups ? std::string() : groups.error().message));
        REQUIRE(groups);
        return *groups;
    };

    // Names starting with the letters, alphabetically (case aside), before anything else; a
    // name with a later word starting with them ("Abe Mason") only when the names leave room.
    auto two = search("m", 2);
    CHECK(ids(two.actors) == std::vector<std::string>{"mabel", "mango"});
    auto all = search("m", 8);
    REQUIRE(all.actors.size() >= 4);
    const auto actorIds = ids(all.actors);
    CHECK(std::vector<std::string>(actorIds.begin(), actorIds.begin() + 4) ==
          std::vector<std::string>{"mabel", "mango", "marco", "maria"});
    CHECK(contains(all.actors, "abe"));
    // The Latin form of a Cyrillic name starting with the letters is found too.
    CHECK(contains(all.actors, "malofeev"));

    // Relationships: those of the actors found come first (a payment between Maria Silva and
    // Mango Ltd is found by typing "m"), the one whose kind alone starts with "m"
    // ("Membership: …") after them, and the one whose text holds a word starting with it.
    REQUIRE(all.relationships.size() == 3);
    CHECK(all.relationships[0].id == "pay");
    CHECK(all.relationships[0].snippet == "Mango Ltd"); // the party the popup shows as the why
    CHECK(all.relationships[1].id == "pay2");           // "mazurka lessons"
    CHECK(all.relationships[2].id == "member");

    // By a party's whole name too.
    CHECK(ids(search("maria silva", 8).relationships) == std::vector<std::string>{"pay"});

    // In another script: the name as typed, then names starting with its Latin form.
    auto han = search("王", 8);
    CHECK(ids(han.actors) == std::vector<std::string>{"wangcn", "wang"});
    auto cyrillic = search("Ма", 8);
    REQUIRE_FALSE(cyrillic.actors.empty());
    CHECK(cyrillic.actors.front().id != "malofeev"); // "Константин …" starts with К
    CHECK(contains(cyrillic.actors, "maria"));       // "Ма" is "ma" in Latin letters
    CHECK(search("xq", 8).actors.empty());
}

TEST_CASE("entity completion finds names in other scripts by their Latin form", "[search][edit]")
{
    TempDir dir;
    auto ws = store::Workspace::open(dir.file("w.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    std::string path =
        dir.write("names.ijson", entityLine("malofeev", "Person", "Константин Малофеев") +
                                     entityLine("ivan", "Person", "Ivan Petrov") +
                                     entityLine("arabic", "Organization", "مؤسسة محمد") +
                                     entityLine("malova", "Person", "Maria Malova"));
    REQUIRE(io::importFile(**ws, path, {}));
    store::Catalog catalog(**ws);
    auto complete = [&](const char* prefix, std::string_view schema = {}) {
        auto rows = catalog.completeEntities(prefix, 8, schema);
        INFO((rows ? std::string() : rows.error().message));
        REQUIRE(rows);
        std::vector<std::string> keys;
        for (const auto& r : *rows)
            keys.push_back(r.id);
        return keys;
    };
    CHECK(complete("malofeev") == std::vector<std::string>{"malofeev"});
    CHECK(complete("malof") == std::vector<std::string>{"malofeev"});
    CHECK(complete("konstantin malo") == std::vector<std::string>{"malofeev"});
    CHECK(complete("mohamed") == std::vector<std::string>{"arabic"});
    CHECK(complete("Иван") == std::vector<std::string>{"ivan"}); // and back
    CHECK(complete("malo") == std::vector<std::string>{"malova", "malofeev"});
    CHECK(complete("malofeev", "Organization").empty());
    CHECK(complete("\"*(").empty());
}

TEST_CASE("the counts name how many entities each dataset holds values of", "[search][stats]")
{
    TempDir dir;
    auto ws = store::Workspace::open(dir.file("w.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    // "b" holds values of two entities, one of them also in "a"; every entity has several
    // values (name and notes), each counted once per dataset.
    const std::string notes = R"(, "notes": ["one", "two"])";
    io::ImportOptions a, b;
    a.dataset = "a";
    b.dataset = "b";
    REQUIRE(io::importFile(**ws,
                           dir.write("a.ijson", entityLine("x", "Person", "Xavier One", notes) +
                                                    entityLine("y", "Person", "Yara Two", notes) +
                                                    entityLine("z", "Company", "Zeta Ltd", notes)),
                           a));
    REQUIRE(io::importFile(
        **ws,
        dir.write("b.ijson", entityLine("y", "Person", "Yara Two", R"(, "notes": ["three"])") +
                                 entityLine("w", "Person", "Walter Four", notes)),
        b));
    auto stats = (*ws)->stats();
    REQUIRE(stats);
    CHECK(stats->entities == 4);
    CHECK(stats->datasets == std::map<std::string, std::int64_t>{{"a", 3}, {"b", 2}});
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Sort keys (ICU collation keys stored with each entity), keyset paging by them, computed
// captions of relationships, and the fill for workspaces written without keys.
#include "store/SortKey.h"
#include "TestUtil.h"
#include "io/Import.h"
#include "store/EntityWriter.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <catch2/catch.hpp>

#include <unicode/coll.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <fstream>
#include <memory>

using namespace commonplace;
using commonplace::test::TempDir;

namespace {

/** Names in several scripts, with accents, case, numbers. */
const std::vector<std::string> kNames = {
    "Zoë Adams",          "zoe adams",     "Ábel Nagy",   "Abel Nagy",
    "Abigail Jones",      "Émile Durand",  "Emil Berg",   "Lot 10 Holdings",
    "Lot 9 Holdings",     "Łukasz Nowak",  "Lukas Meyer", "Иван Петров",
    "Ольга Смирнова",     "Андрей Иванов", "محمد أحمد",   "فاطمة علي",
    "أحمد خالد",          "王伟",          "李娜",        "张伟",
    "Σοφία Παπαδοπούλου", "Ørsted Fonden", "Oscar Wilde", "ömer Öztürk",
};

/** Root collation with numbers compared as numbers, as the store's keys are made. */
bool collatorLess(const std::string& a, const std::string& b)
{
    static std::unique_ptr<icu::Collator> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Collator> c(
            icu::Collator::createInstance(icu::Locale::getRoot(), status));
        c->setAttribute(UCOL_NUMERIC_COLLATION, UCOL_ON, status);
        return c;
    }();
    UErrorCode status = U_ZERO_ERROR;
    return collator->compareUTF8(a, b, status) == UCOL_LESS;
}

std::string importNames(const TempDir& dir, store::Workspace& ws, int copies)
{
    std::string text;
    int n = 0;
    for (int c = 0; c < copies; ++c) {
        for (const auto& name : kNames) {
            text += R"({"id": "e)" + std::to_string(n++) +
                    R"(", "schema": "Person", )"
                    R"("properties": {"name": [")" +
                    name + R"("]}})" + "\n";
        }
    }
    std::string path = dir.write("names.ijson", text);
    io::ImportOptions options;
    options.dataset = "names";
    auto report = io::importFile(ws, path, options);
    INFO((report ? std::string() : report.error().describe()));
    REQUIRE(report);
    return path;
}

std::vector<store::EntityRow> allPages(const store::Workspace& ws, const store::EntityFilter& f,
                                       store::EntitySort sort, store::SortOrder order, int page)
{
    std::vector<store::EntityRow> rows;
    for (;;) {
        auto next = ws.listEntities(f, sort, order, rows.empty() ? nullptr : &rows.back(), page);
        REQUIRE(next);
        if (next->empty())
            return rows;
        rows.insert(rows.end(), next->begin(), next->end());
    }
}

} // namespace

TEST_CASE("sort keys compare bytewise as the ICU root collation compares names", "[store][sort]")
{
    store::SortKey sortKey;
    // The key is returned in a buffer the next call reuses: copy it.
    auto key = [&](const std::string& text) { return std::string(sortKey(text)); };
    for (const auto& a : kNames) {
        for (const auto& b : kNames) {
            const std::string ka = key(a);
            const std::string kb = key(b);
            INFO(a << " / " << b);
            CHECK((ka < kb) == collatorLess(a, b));
        }
    }
    // What a reader expects: accents and case do not move a name to another letter, numbers
    // inside names count, scripts keep together (Latin, Greek, Cyrillic, Arabic, Han).
    CHECK(key("Ábel") < key("Abigail"));
    CHECK(key("Émile") < key("Emma"));
    CHECK(key("Lot 9") < key("Lot 10"));
    CHECK(key("Zoë") < key("Σοφία"));
    CHECK(key("Σοφία") < key("Иван"));
    CHECK(key("Иван") < key("محمد"));
    CHECK(key("محمد") < key("王伟"));
    CHECK_FALSE(store::SortKey::version().empty());
}

TEST_CASE("keyset paging walks every entity once, by name, both ways", "[store][sort]")
{
    TempDir dir;
    auto ws = store::Workspace::open(dir.file("w.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    importNames(dir, **ws, 20); // 480 entities, many equal names: ties broken by row
    CHECK_FALSE(store::EntityWriter::sortKeysStale(**ws));

    for (int page : {1, 7, 50, 1000}) {
        INFO("page size " << page);
        auto asc =
            allPages(**ws, {}, store::EntitySort::Caption, store::SortOrder::Ascending, page);
        auto desc =
            allPages(**ws, {}, store::EntitySort::Caption, store::SortOrder::Descending, page);
        REQUIRE(asc.size() == 20 * kNames.size());
        REQUIRE(desc.size() == asc.size());
        for (std::size_t i = 1; i < asc.size(); ++i) {
            INFO(asc[i - 1].caption << " then " << asc[i].caption);
            REQUIRE_FALSE(collatorLess(asc[i].caption, asc[i - 1].caption));
        }
        std::reverse(desc.begin(), desc.end());
        for (std::size_t i = 0; i < asc.size(); ++i)
            REQUIRE(asc[i].rowid == desc[i].rowid);
    }
    // By id, and by type then name, with a filter: also exact and complete.
    auto byId = allPages(**ws, {}, store::EntitySort::Id, store::SortOrder::Descending, 33);
    REQUIRE(byId.size() == 20 * kNames.size());
    for (std::size_t i = 1; i < byId.size(); ++i)
        REQUIRE(byId[i - 1].id > byId[i].id);
    store::EntityFilter text;
    text.text = "Иван";
    auto found = allPages(**ws, text, store::EntitySort::Schema, store::SortOrder::Ascending, 3);
    CHECK(found.size() == 40); // "Иван Петров" and "Андрей Иванов" (prefix), 20 copies each
}

TEST_CASE("a relationship without a caption gets one from its ends, and sorts by it",
          "[store][sort]")
{
    TempDir dir;
    auto ws = store::Workspace::open(dir.file("w.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    std::string path = dir.write(
        "rel.ijson",
        R"({"id": "a", "schema": "Company", "properties": {"name": ["Acme Holdings"]}})"
        "\n"
        R"({"id": "o1", "schema": "Ownership", "properties": {"owner": ["p"], "asset": ["a"]}})"
        "\n"
        R"({"id": "p", "schema": "Person", "properties": {"name": ["Вера Зайцева"]}})"
        "\n");
    REQUIRE(io::importFile(**ws, path, {}));
    auto rows = allPages(**ws, {}, store::EntitySort::Caption, store::SortOrder::Ascending, 10);
    REQUIRE(rows.size() == 3);
    CHECK(rows[0].caption == "Acme Holdings");
    // The owner was imported after the ownership: the caption still names her.
    CHECK(rows[1].caption == "Ownership: Вера Зайцева → Acme Holdings");
    CHECK(rows[2].caption == "Вера Зайцева");
}

TEST_CASE("a workspace without sort keys gets them filled, and again when the collation changes",
          "[store][sort]")
{
    TempDir dir;
    auto ws = store::Workspace::open(dir.file("w.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    importNames(dir, **ws, 3);
    auto before = allPages(**ws, {}, store::EntitySort::Caption, store::SortOrder::Ascending, 10);

    // As an older Commonplace left it: no keys.
    REQUIRE(store::execSql((*ws)->db(), "UPDATE entity SET sort_key = NULL"));
    CHECK(store::EntityWriter::sortKeysStale(**ws));
    store::EntityWriter writer(**ws);
    REQUIRE(writer.prepare());
    std::vector<std::int64_t> progress;
    auto filled = writer.fillSortKeys([&](std::int64_t done, std::int64_t total) {
        CHECK(total == 3 * std::int64_t(kNames.size()));
        progress.push_back(done);
        return true;
    });
    REQUIRE(filled);
    CHECK(*filled);
    CHECK_FALSE(progress.empty());
    CHECK(progress.back() == 3 * std::int64_t(kNames.size()));
    CHECK_FALSE(store::EntityWriter::sortKeysStale(**ws));
    auto after = allPages(**ws, {}, store::EntitySort::Caption, store::SortOrder::Ascending, 10);
    REQUIRE(after.size() == before.size());
    for (std::size_t i = 0; i < after.size(); ++i)
        REQUIRE(after[i].sortKey == before[i].sortKey);

    // Keys made by another collation version are all made again.
    REQUIRE((*ws)->setSetting("sort_key.version", "root/0.0"));
    CHECK(store::EntityWriter::sortKeysStale(**ws));
    REQUIRE(*writer.fillSortKeys({}));
    CHECK_FALSE(store::EntityWriter::sortKeysStale(**ws));

    // Cancelled half way: stops, keeps what it did, and finishes next time.
    REQUIRE(store::execSql((*ws)->db(), "UPDATE entity SET sort_key = NULL"));
    auto stopped = writer.fillSortKeys([](std::int64_t, std::int64_t) { return false; });
    REQUIRE(stopped);
    CHECK_FALSE(*stopped);
    REQUIRE(*writer.fillSortKeys({}));
    CHECK_FALSE(store::EntityWriter::sortKeysStale(**ws));
}

TEST_CASE("global search groups actors, relationships, findings and sources", "[store][search]")
{
    TempDir dir;
    auto ws = store::Workspace::open(dir.file("w.commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    std::string path = dir.write(
        "s.ijson",
        R"({"id": "a", "schema": "Organization", "properties": {"name": ["Stiftung Familienwerk"], "alias": ["Family Works Foundation"]}})"
        "\n"
        R"({"id": "b", "schema": "Person", "properties": {"name": ["Мария Фамилова"]}})"
        "\n"
        R"({"id": "pay", "schema": "Payment", "properties": {"payer": ["a"], "beneficiary": ["b"], "amount": ["5000"], "purpose": ["family policy campaign"]}})"
        "\n");
    REQUIRE(io::importFile(**ws, path, {}));
    REQUIRE(store::execSql((*ws)->db(),
                           "INSERT INTO dataset(name) VALUES ('d'); "
                           "INSERT INTO source(key, title, publisher) VALUES ('src1', "
                           "'Annual report of the Family Works Foundation', 'Registry'); "
                           "INSERT INTO finding(key, title, text, dataset_id) VALUES ('f1', "
                           "'Familienwerk funds campaigns', 'Grants for family campaigns', 1); "
                           "INSERT INTO finding_fts(rowid, title, text) SELECT id, title, text "
                           "FROM finding"));

    auto groups = (*ws)->searchGrouped("fam", 8);
    REQUIRE(groups);
    // "Family" is a prefix of an alias; "Фамилова" is "familova" in Latin letters.
    REQUIRE(groups->actors.size() == 2);
    std::vector<std::string> ids = {groups->actors[0].id, groups->actors[1].id};
    std::sort(ids.begin(), ids.end());
    CHECK(ids == std::vector<std::string>{"a", "b"});
    REQUIRE(groups->relationships.size() == 1);
    CHECK(groups->relationships[0].id == "pay");
    REQUIRE(groups->findings.size() == 1);
    CHECK(groups->findings[0].id == "f1");
    REQUIRE(groups->sources.size() == 1);
    CHECK(groups->sources[0].id == "src1");

    // Every word a prefix, in any script; user text is never query syntax.
    auto cyrillic = (*ws)->searchGrouped("мар фам", 8);
    REQUIRE(cyrillic);
    REQUIRE(cyrillic->actors.size() == 1);
    CHECK(cyrillic->actors[0].id == "b");
    auto hostile = (*ws)->searchGrouped("\"fam* OR NEAR( %_\\", 8);
    REQUIRE(hostile);
    CHECK((*ws)->searchGrouped("", 8)->actors.empty());
    // At most perGroup per group.
    auto one = (*ws)->searchGrouped("f", 1);
    REQUIRE(one);
    CHECK(one->actors.size() <= 1);
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Encrypted workspaces: nothing readable on disk, wrong passphrases, damage, key handles,
// passphrase changes and conversion (issue 8).
#include "TestUtil.h"
#include "crypto/Vfs.h"
#include "io/Import.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

using namespace commonplace;
using commonplace::test::TempDir;

namespace {

const char* kMarker = "ZebraMarkerQuokka";

crypto::SecretBytes secret(const std::string& text)
{
    return crypto::SecretBytes(reinterpret_cast<const std::uint8_t*>(text.data()), text.size());
}

store::Workspace::OpenOptions options(store::Workspace::Mode mode, const crypto::SecretBytes* p)
{
    store::Workspace::OpenOptions o;
    o.mode = mode;
    o.passphrase = p;
    o.encrypt = mode == store::Workspace::Mode::CreateNew;
    o.kdf = crypto::KdfParams::interactive(); // tests only: a fast Argon2id
    return o;
}

std::string entities(int n)
{
    std::string text;
    for (int i = 0; i < n; ++i)
        text += "{\"id\": \"p" + std::to_string(i) +
                "\", \"schema\": \"Person\", \"properties\": {\"name\": [\"" + kMarker + " " +
                std::to_string(i) + "\"], \"notes\": [\"" + kMarker + " note " +
                std::string(200, 'x') + "\"]}}\n";
    return text;
}

void importMarkers(store::Workspace& ws, const TempDir& dir, int n, const std::string& name)
{
    std::string path = dir.write(name, entities(n));
    io::ImportOptions o;
    o.format = io::Format::Ftm;
    o.dataset = "t";
    auto r = io::importFile(ws, path, o);
    REQUIRE(r);
    std::filesystem::remove(path);
}

/** Every file under `folder` whose bytes contain `needle`. */
std::vector<std::string> filesContaining(const std::string& folder, const std::string& needle)
{
    std::vector<std::string> hits;
    for (auto& e : std::filesystem::recursive_directory_iterator(folder)) {
        if (!e.is_regular_file())
            continue;
        if (test::readFile(e.path().string()).find(needle) != std::string::npos)
            hits.push_back(e.path().string());
    }
    return hits;
}

void flipByte(const std::string& path, std::uint64_t offset)
{
    std::fstream f(path, std::ios::in | std::ios::out | std::ios::binary);
    f.seekg(std::streamoff(offset));
    char c = 0;
    f.read(&c, 1);
    c = char(c ^ 0x01);
    f.seekp(std::streamoff(offset));
    f.write(&c, 1);
}

std::int64_t entityCount(store::Workspace& ws)
{
    auto s = ws.stats();
    REQUIRE(s);
    return s->entities;
}

} // namespace

TEST_CASE("an encrypted workspace holds its content only as ciphertext", "[crypto][encrypted]")
{
    TempDir dir;
    std::string path = dir.file("secret.commonplace");
    auto pass = secret("correct horse battery");
    {
        auto ws = store::Workspace::open(path, options(store::Workspace::Mode::CreateNew, &pass));
        REQUIRE(ws);
        CHECK((*ws)->encrypted());
        importMarkers(**ws, dir, 300, "in.ijson");
        CHECK(entityCount(**ws) == 300);
        // While it is open (the WAL holds the import): nothing readable anywhere.
        CHECK(std::filesystem::exists(path + "-wal"));
        CHECK(filesContaining(dir.path(), kMarker).empty());
        CHECK(filesContaining(dir.path(), "Person").empty());
        auto hits = (*ws)->search(kMarker, 5);
        REQUIRE(hits);
        CHECK(hits->size() == 5);
    }
    CHECK_FALSE(std::filesystem::exists(path + "-wal"));
    CHECK(filesContaining(dir.path(), kMarker).empty());
    CHECK(filesContaining(dir.path(), "SQLite format 3").empty());
    CHECK(store::Workspace::isEncrypted(path));

    auto again = store::Workspace::open(path, options(store::Workspace::Mode::OpenExisting, &pass));
    REQUIRE(again);
    CHECK(entityCount(**again) == 300);
    auto check = (*again)->integrityCheck();
    REQUIRE(check);
    CHECK(*check == "ok");
}

TEST_CASE("a wrong or missing passphrase opens nothing and changes nothing", "[crypto][encrypted]")
{
    TempDir dir;
    std::string path = dir.file("w.commonplace");
    auto pass = secret("correct horse battery");
    {
        auto ws = store::Workspace::open(path, options(store::Workspace::Mode::CreateNew, &pass));
        REQUIRE(ws);
        importMarkers(**ws, dir, 10, "in.ijson");
    }
    std::string before = test::readFile(path);
    auto wrong = secret("correct horse batterz");
    auto r = store::Workspace::open(path, options(store::Workspace::Mode::OpenExisting, &wrong));
    REQUIRE_FALSE(r);
    CHECK(r.error().message == crypto::kWrongPassphrase);
    CHECK(r.error().file == path);
    auto none = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
    REQUIRE_FALSE(none);
    CHECK(none.error().message == crypto::kNeedsPassphrase);
    CHECK(test::readFile(path) == before);
    CHECK_FALSE(std::filesystem::exists(path + "-wal"));
    CHECK_FALSE(std::filesystem::exists(path + "-shm"));
}

TEST_CASE("a background job opens the workspace with the key in hand", "[crypto][encrypted]")
{
    TempDir dir;
    std::string path = dir.file("w.commonplace");
    auto pass = secret("correct horse battery");
    auto ws = store::Workspace::open(path, options(store::Workspace::Mode::CreateNew, &pass));
    REQUIRE(ws);
    crypto::DataKeyHandle key = (*ws)->key();
    REQUIRE(key);
    store::Workspace::OpenOptions o;
    o.mode = store::Workspace::Mode::OpenExisting;
    o.key = key;
    {
        auto job = store::Workspace::open(path, o);
        REQUIRE(job);
        importMarkers(**job, dir, 20, "in.ijson");
    }
    CHECK(entityCount(**ws) == 20); // the window's connection sees the job's commit

    // A key of another workspace is refused.
    std::string other = dir.file("other.commonplace");
    auto ws2 = store::Workspace::open(other, options(store::Workspace::Mode::CreateNew, &pass));
    REQUIRE(ws2);
    auto wrongKey = store::Workspace::open(path, [&] {
        auto x = o;
        x.key = (*ws2)->key();
        return x;
    }());
    REQUIRE_FALSE(wrongKey);
}

TEST_CASE("changing the passphrase keeps the data and retires the old one", "[crypto][encrypted]")
{
    TempDir dir;
    std::string path = dir.file("w.commonplace");
    auto oldPass = secret("correct horse battery");
    auto newPass = secret("tr0ub4dor & 3");
    {
        auto ws =
            store::Workspace::open(path, options(store::Workspace::Mode::CreateNew, &oldPass));
        REQUIRE(ws);
        importMarkers(**ws, dir, 50, "in.ijson");
        REQUIRE((*ws)->changePassphrase(newPass, crypto::KdfParams::interactive()));
        CHECK(entityCount(**ws) == 50);
    }
    auto byOld =
        store::Workspace::open(path, options(store::Workspace::Mode::OpenExisting, &oldPass));
    REQUIRE_FALSE(byOld);
    CHECK(byOld.error().message == crypto::kWrongPassphrase);
    auto byNew =
        store::Workspace::open(path, options(store::Workspace::Mode::OpenExisting, &newPass));
    REQUIRE(byNew);
    CHECK(entityCount(**byNew) == 50);
    // Twice more: the slots alternate.
    REQUIRE((*byNew)->changePassphrase(oldPass, crypto::KdfParams::interactive()));
    REQUIRE((*byNew)->changePassphrase(newPass, crypto::KdfParams::interactive()));
    byNew = makeError("closed");
    CHECK(store::Workspace::unlock(path, newPass));
    CHECK_FALSE(store::Workspace::unlock(path, oldPass));

    // A plain workspace has no passphrase to change.
    auto plain = store::Workspace::open(dir.file("plain.commonplace"));
    REQUIRE(plain);
    CHECK_FALSE((*plain)->changePassphrase(newPass));
}

TEST_CASE("a plain workspace converts to encrypted and back with its data", "[crypto][encrypted]")
{
    TempDir dir;
    std::string path = dir.file("w.commonplace");
    {
        auto ws = store::Workspace::open(path, store::Workspace::Mode::CreateNew);
        REQUIRE(ws);
        importMarkers(**ws, dir, 120, "in.ijson");
    }
    CHECK_FALSE(filesContaining(dir.path(), kMarker).empty());
    auto pass = secret("correct horse battery");
    auto st = store::Workspace::encryptFile(path, pass, crypto::KdfParams::interactive());
    INFO((st ? std::string() : st.error().describe()));
    REQUIRE(st);
    CHECK(store::Workspace::isEncrypted(path));
    CHECK(filesContaining(dir.path(), kMarker).empty());
    CHECK_FALSE(store::Workspace::encryptFile(path, pass)); // already encrypted
    {
        auto ws =
            store::Workspace::open(path, options(store::Workspace::Mode::OpenExisting, &pass));
        REQUIRE(ws);
        CHECK(entityCount(**ws) == 120);
        auto hits = (*ws)->search(kMarker, 200);
        REQUIRE(hits);
        CHECK(hits->size() == 120);
        auto check = (*ws)->integrityCheck();
        REQUIRE(check);
        CHECK(*check == "ok");
    }
    auto key = store::Workspace::unlock(path, pass);
    REQUIRE(key);
    auto back = store::Workspace::decryptFile(path, *key);
    INFO((back ? std::string() : back.error().describe()));
    REQUIRE(back);
    CHECK_FALSE(store::Workspace::isEncrypted(path));
    auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
    REQUIRE(ws);
    CHECK(entityCount(**ws) == 120);
}

TEST_CASE("one flipped byte anywhere in an encrypted workspace is reported", "[crypto][encrypted]")
{
    TempDir dir;
    std::string pristine = dir.file("pristine.commonplace");
    auto pass = secret("correct horse battery");
    {
        auto ws =
            store::Workspace::open(pristine, options(store::Workspace::Mode::CreateNew, &pass));
        REQUIRE(ws);
        importMarkers(**ws, dir, 400, "in.ijson");
    }
    const auto size = std::filesystem::file_size(pristine);
    REQUIRE(size > 40 * 4096);
    const std::uint64_t page = crypto::kVfsPageSize, header = crypto::kVfsHeaderBytes;
    std::vector<std::uint64_t> positions = {
        0,
        17,
        30,
        500,
        600,
        700,
        1100,
        2000,
        4095, // the key header
        header,
        header + 20,
        header + 1000,
        header + page - 1,                                      // page 1 (and its nonce/tag)
        header + 7 * page + 123,                                // an early page
        header + (size - header) / page / 2 * page + 2048,      // a middle page
        header + (size - header) / page / 2 * page + page - 30, // its nonce
        size - 1,                                               // the last byte
    };
    int n = 0;
    for (std::uint64_t pos : positions) {
        std::string copy = dir.file("copy" + std::to_string(n++) + ".commonplace");
        std::filesystem::copy_file(pristine, copy);
        flipByte(copy, pos);
        INFO("flipped byte at " << pos);
        auto ws =
            store::Workspace::open(copy, options(store::Workspace::Mode::OpenExisting, &pass));
        std::string report;
        if (!ws) {
            report = ws.error().describe();
        } else {
            auto check = (*ws)->integrityCheck();
            report = check ? *check : check.error().describe();
            if (report == "ok")
                report.clear();
            else
                report += " / " + (*ws)->describeError();
        }
        INFO(report);
        CHECK_FALSE(report.empty());
        CHECK(report.find(copy) != std::string::npos);
        bool named = report.find("integrity check") != std::string::npos ||
                     report.find("damaged") != std::string::npos;
        CHECK(named);
    }
}

TEST_CASE("a flipped byte in a WAL page is reported on open", "[crypto][encrypted]")
{
    TempDir dir;
    std::string path = dir.file("w.commonplace");
    auto pass = secret("correct horse battery");
    std::string copy = dir.file("crashed.commonplace");
    {
        auto ws = store::Workspace::open(path, options(store::Workspace::Mode::CreateNew, &pass));
        REQUIRE(ws);
        importMarkers(**ws, dir, 100, "in.ijson");
        // A copy of the files while open is what a crash leaves: the WAL holds the import.
        std::filesystem::copy_file(path, copy);
        std::filesystem::copy_file(path + "-wal", copy + "-wal");
    }
    auto walSize = std::filesystem::file_size(copy + "-wal");
    REQUIRE(walSize > 32 + 3 * (24 + 4096));
    {
        // Unchanged, the crashed copy opens with every commit.
        std::string intact = dir.file("intact.commonplace");
        std::filesystem::copy_file(copy, intact);
        std::filesystem::copy_file(copy + "-wal", intact + "-wal");
        auto ws =
            store::Workspace::open(intact, options(store::Workspace::Mode::OpenExisting, &pass));
        REQUIRE(ws);
        CHECK(entityCount(**ws) == 100);
    }
    const std::uint64_t frame = 24 + 4096;
    for (std::uint64_t pos :
         {std::uint64_t(32 + 24 + 5), 32 + frame + 24 + 3000, 32 + 2 * frame + 24 + 4090}) {
        std::string damaged = dir.file("damaged" + std::to_string(pos) + ".commonplace");
        std::filesystem::copy_file(copy, damaged);
        std::filesystem::copy_file(copy + "-wal", damaged + "-wal");
        flipByte(damaged + "-wal", pos);
        auto ws =
            store::Workspace::open(damaged, options(store::Workspace::Mode::OpenExisting, &pass));
        INFO("flipped WAL byte at " << pos);
        REQUIRE_FALSE(ws);
        CHECK(ws.error().describe().find(damaged + "-wal") != std::string::npos);
        CHECK(ws.error().describe().find("integrity check") != std::string::npos);
    }
}

TEST_CASE("the encryption layer refuses files that would hold plaintext", "[crypto][encrypted]")
{
    TempDir dir;
    std::string path = dir.file("w.commonplace");
    auto pass = secret("correct horse battery");
    auto ws = store::Workspace::open(path, options(store::Workspace::Mode::CreateNew, &pass));
    REQUIRE(ws);
    sqlite3* db = (*ws)->db();
    importMarkers(**ws, dir, 200, "in.ijson");
    // A rollback journal would be plaintext: leaving WAL mode fails, or writing then does.
    bool left = store::execSql(db, "PRAGMA journal_mode=DELETE").ok();
    store::Query mode(db, "PRAGMA journal_mode");
    REQUIRE(mode.step() == SQLITE_ROW);
    if (left && mode.text(0) != "wal")
        CHECK_FALSE(store::execSql(db, "INSERT INTO setting(key, value) VALUES ('k', "
                                       "'ZebraMarkerQuokka')"));
    else
        CHECK(mode.text(0) == "wal");
    mode = store::Query();
    CHECK(filesContaining(dir.path(), kMarker).empty());
    (void)store::execSql(db, "PRAGMA journal_mode=WAL");
    // A big sort stays in memory (temp_store=MEMORY) and works.
    store::Query sort(db, "SELECT value FROM statement ORDER BY value DESC, id LIMIT 1");
    CHECK(sort.step() == SQLITE_ROW);
    // A temp database that has to spill to disk would be a plaintext file: refused.
    REQUIRE(store::execSql(db, "PRAGMA temp_store=FILE; CREATE TEMP TABLE t(x); "
                               "PRAGMA temp.cache_size=1;"));
    CHECK_FALSE(store::execSql(db, "INSERT INTO t SELECT value FROM statement;"));
    CHECK(filesContaining(dir.path(), kMarker).empty());
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Encrypted workspaces: nothing readable on disk, wrong passphrases, damage, key handles,
// passphrase changes and conversion (issue 8).
#include "TestUtil.h"
#include "crypto/Vfs.h"
#include "crypto/VfsExtras.h"
#include "io/Import.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"
#include "store/WorkspaceTestHooks.h"

#include <catch2/catch.hpp>
#include <sodium.h>

#include <atomic>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>

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

TEST_CASE("encrypting a plain workspace overwrites the old plaintext file before removing it",
          "[crypto][encrypted]")
{
    TempDir dir;
    std::string path = dir.file("w.commonplace");
    {
        auto ws = store::Workspace::open(path, store::Workspace::Mode::CreateNew);
        REQUIRE(ws);
        importMarkers(**ws, dir, 120, "in.ijson");
    }
    // A second name for the old file's inode: it sees the blocks that encrypt leaves behind.
    std::string oldInode = dir.file("old-inode");
    std::filesystem::create_hard_link(path, oldInode);
    auto before = std::filesystem::file_size(oldInode);
    REQUIRE(test::readFile(oldInode).find(kMarker) != std::string::npos);
    auto pass = secret("correct horse battery");
    auto st = store::Workspace::encryptFile(path, pass, crypto::KdfParams::interactive());
    INFO((st ? std::string() : st.error().describe()));
    REQUIRE(st);
    std::string old = test::readFile(oldInode);
    CHECK(old.size() == before); // overwritten in place, not truncated
    CHECK(old.find(kMarker) == std::string::npos);
    CHECK(old.find_first_not_of('\0') == std::string::npos);
    std::filesystem::remove(oldInode);
    CHECK(filesContaining(dir.path(), kMarker).empty());
    auto ws = store::Workspace::open(path, options(store::Workspace::Mode::OpenExisting, &pass));
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
    // Physical layout (docs/security.md): 512 bytes of header and commit record, then frames
    // of a 64-byte sealed header and a 4096-byte page.
    const std::uint64_t frame = 64 + 4096, frames = 512;
    REQUIRE(walSize > frames + 3 * frame);
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
    for (std::uint64_t pos :
         {frames + 64 + 5, frames + frame + 64 + 3000, frames + 2 * frame + 64 + 4090}) {
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

namespace {

/** Opens `path` with the key and reads everything; the report, or empty if all was accepted. */
std::string damageReport(const std::string& path, const crypto::DataKeyHandle& key,
                         std::int64_t* entitiesSeen = nullptr)
{
    store::Workspace::OpenOptions o;
    o.mode = store::Workspace::Mode::OpenExisting;
    o.key = key;
    auto ws = store::Workspace::open(path, o);
    if (!ws)
        return ws.error().describe();
    auto check = (*ws)->integrityCheck();
    std::string report = check ? *check : check.error().describe();
    if (report == "ok") {
        if (entitiesSeen) {
            auto s = (*ws)->stats();
            *entitiesSeen = s ? s->entities : -1;
        }
        return {};
    }
    return report + " / " + (*ws)->describeError();
}

/** A crashed workspace: the files as a killed writer leaves them (the WAL holds the work). */
struct Crashed
{
    std::string db, wal;
    crypto::DataKeyHandle key;
    std::int64_t entities = 0;
};

Crashed crashedWorkspace(const TempDir& dir, int n)
{
    Crashed c;
    std::string path = dir.file("live.commonplace");
    auto pass = secret("correct horse battery");
    c.db = dir.file("crashed.commonplace");
    c.wal = c.db + "-wal";
    auto ws = store::Workspace::open(path, options(store::Workspace::Mode::CreateNew, &pass));
    REQUIRE(ws);
    importMarkers(**ws, dir, n, "in.ijson");
    REQUIRE((*ws)->setSetting("after.import", "yes"));
    std::filesystem::copy_file(path, c.db);
    std::filesystem::copy_file(path + "-wal", c.wal);
    c.key = (*ws)->key();
    c.entities = n;
    return c;
}

} // namespace

TEST_CASE("an encrypted workspace's WAL keeps SQLite's frame headers and checksums sealed",
          "[crypto][encrypted]")
{
    TempDir dir;
    auto c = crashedWorkspace(dir, 40);
    // No wal-index file ever exists for an encrypted workspace (it lives in memory).
    CHECK_FALSE(std::filesystem::exists(dir.file("live.commonplace-shm")));
    std::string wal = test::readFile(c.wal);
    REQUIRE(wal.size() > 512 + 4160);
    // SQLite's WAL magic (0x377f0682 / 0x377f0683) and its page size field are not in clear.
    for (std::string magic :
         {std::string("\x37\x7f\x06\x82", 4), std::string("\x37\x7f\x06\x83", 4)})
        CHECK(wal.find(magic) == std::string::npos);
    CHECK(wal.find(kMarker) == std::string::npos);
    std::int64_t seen = -1;
    CHECK(damageReport(c.db, c.key, &seen).empty());
    CHECK(seen == 40);
}

TEST_CASE("every flipped byte of a crashed writer's WAL is reported, never silently dropped",
          "[crypto][encrypted]")
{
    TempDir dir;
    auto c = crashedWorkspace(dir, 40);
    const std::string pristineWal = test::readFile(c.wal);
    const std::uint64_t size = pristineWal.size();
    const std::uint64_t frame = 64 + 4096, frames = (size - 512) / frame;
    REQUIRE(frames >= 3);
    REQUIRE(size == 512 + frames * frame);
    std::vector<std::uint64_t> positions;
    for (std::uint64_t i = 0; i < 512; i += 3) // header, commit record and the zeros after
        positions.push_back(i);
    for (std::uint64_t f : {std::uint64_t(0), frames / 2, frames - 1}) // frame headers
        for (std::uint64_t i = 0; i < 64; i += 2)
            positions.push_back(512 + f * frame + i);
    for (std::uint64_t i = 512; i < size; i += 997) // and a sample of everything else
        positions.push_back(i);
    positions.push_back(size - 1);
    std::string work = dir.file("flip.commonplace");
    std::int64_t accepted = 0;
    for (std::uint64_t pos : positions) {
        std::filesystem::remove(work);
        std::filesystem::remove(work + "-wal");
        std::filesystem::copy_file(c.db, work);
        std::filesystem::copy_file(c.wal, work + "-wal");
        flipByte(work + "-wal", pos);
        std::string report = damageReport(work, c.key);
        INFO("flipped WAL byte at " << pos << ": " << report);
        if (report.empty())
            ++accepted;
        CHECK_FALSE(report.empty());
        CHECK(report.find(work + "-wal") != std::string::npos);
        CHECK(report.find("integrity check") != std::string::npos);
    }
    CHECK(accepted == 0);
    // Cut short (a committed frame missing): reported too.
    std::filesystem::remove(work);
    std::filesystem::remove(work + "-wal");
    std::filesystem::copy_file(c.db, work);
    std::filesystem::copy_file(c.wal, work + "-wal");
    std::filesystem::resize_file(work + "-wal", size - 100);
    std::string cut = damageReport(work, c.key);
    INFO(cut);
    CHECK(cut.find("cut short") != std::string::npos);
}

TEST_CASE("a torn uncommitted frame at the end of the WAL ends the log and all commits stay",
          "[crypto][encrypted]")
{
    TempDir dir;
    auto c = crashedWorkspace(dir, 40);
    // What a crash in the middle of writing the next transaction leaves: whole or partial
    // frames after the last commit that do not authenticate.
    for (std::uint64_t extra :
         {std::uint64_t(64 + 4096), std::uint64_t(2 * (64 + 4096)), std::uint64_t(1000)}) {
        std::string work = dir.file("torn" + std::to_string(extra) + ".commonplace");
        std::filesystem::copy_file(c.db, work);
        std::filesystem::copy_file(c.wal, work + "-wal");
        {
            std::ofstream out(work + "-wal", std::ios::binary | std::ios::app);
            std::string junk(extra, '\0');
            for (std::size_t i = 0; i < junk.size(); ++i)
                junk[i] = char((i * 131 + 7) & 0xff);
            out << junk;
        }
        std::int64_t seen = -1;
        std::string report = damageReport(work, c.key, &seen);
        INFO(report);
        CHECK(report.empty());
        CHECK(seen == 40);
    }
}

TEST_CASE("a dense sample of flipped bytes in an encrypted main file is each reported",
          "[crypto][encrypted]")
{
    TempDir dir;
    std::string pristine = dir.file("pristine.commonplace");
    auto pass = secret("correct horse battery");
    crypto::DataKeyHandle key;
    {
        auto ws =
            store::Workspace::open(pristine, options(store::Workspace::Mode::CreateNew, &pass));
        REQUIRE(ws);
        importMarkers(**ws, dir, 60, "in.ijson");
        // Free pages too (SQLite's own check never reads them).
        REQUIRE(store::execSql((*ws)->db(), "CREATE TABLE scratch(x); INSERT INTO scratch "
                                            "SELECT randomblob(3000) FROM entity LIMIT 30; "
                                            "DROP TABLE scratch;"));
        key = (*ws)->key();
    }
    const auto size = std::filesystem::file_size(pristine);
    std::vector<std::uint64_t> positions;
    for (std::uint64_t i = 0; i < size; i += 613)
        positions.push_back(i);
    positions.push_back(size - 1);
    std::string work = dir.file("flip.commonplace");
    int accepted = 0;
    for (std::uint64_t pos : positions) {
        std::filesystem::remove(work);
        std::filesystem::copy_file(pristine, work);
        flipByte(work, pos);
        std::string report = damageReport(work, key);
        INFO("flipped byte at " << pos << ": " << report);
        if (report.empty())
            ++accepted;
        CHECK(report.find(work) != std::string::npos);
        bool named = report.find("integrity check") != std::string::npos ||
                     report.find("damaged") != std::string::npos;
        CHECK(named);
    }
    CHECK(accepted == 0);
}

namespace {

/** Options that open an existing encrypted workspace with a key in hand (no derivation). */
store::Workspace::OpenOptions withKey(const crypto::DataKeyHandle& key)
{
    store::Workspace::OpenOptions o;
    o.mode = store::Workspace::Mode::OpenExisting;
    o.key = key;
    return o;
}

/** Copies `n` bytes at `at` of file `from` over the same place in file `to`. */
void splice(const std::string& from, const std::string& to, std::uint64_t at, std::uint64_t n)
{
    std::string bytes = test::readFile(from).substr(std::size_t(at), std::size_t(n));
    REQUIRE(bytes.size() == n);
    std::fstream f(to, std::ios::in | std::ios::out | std::ios::binary);
    f.seekp(std::streamoff(at));
    f.write(bytes.data(), std::streamsize(n));
}

} // namespace

TEST_CASE("a frame header or page of an older WAL generation at the same place is reported",
          "[crypto][encrypted][vfs]")
{
    TempDir dir;
    std::string path = dir.file("live.commonplace");
    auto pass = secret("correct horse battery");
    auto ws = store::Workspace::open(path, options(store::Workspace::Mode::CreateNew, &pass));
    REQUIRE(ws);
    importMarkers(**ws, dir, 40, "in.ijson"); // generation 1: many frames
    std::string oldWal = dir.file("old-generation-wal");
    std::filesystem::copy_file(path + "-wal", oldWal);
    // Fold the log back and restart it: the next commit writes a new header (new salts) and
    // then its frames from frame 0 on, over the older generation's.
    REQUIRE(store::execSql((*ws)->db(), "PRAGMA wal_checkpoint(RESTART)"));
    for (int i = 0; i < 6; ++i)
        REQUIRE((*ws)->setSetting("generation.two." + std::to_string(i), std::string(900, 'g')));
    std::string db = dir.file("crashed.commonplace");
    std::filesystem::copy_file(path, db);
    std::filesystem::copy_file(path + "-wal", db + "-wal");
    auto key = (*ws)->key();
    ws->reset();
    const std::uint64_t frame = 64 + 4096;
    REQUIRE(std::filesystem::file_size(db + "-wal") >= 512 + 4 * frame);
    REQUIRE(std::filesystem::file_size(oldWal) >= 512 + 4 * frame);

    auto settingsSeen = [&](const std::string& file) {
        auto opened = store::Workspace::open(file, withKey(key));
        REQUIRE(opened);
        int seen = 0;
        for (int i = 0; i < 6; ++i)
            if ((*opened)->setting("generation.two." + std::to_string(i)))
                ++seen;
        return seen;
    };
    {
        std::string intact = dir.file("intact.commonplace");
        std::filesystem::copy_file(db, intact);
        std::filesystem::copy_file(db + "-wal", intact + "-wal");
        CHECK(settingsSeen(intact) == 6);
    }
    struct Part
    {
        const char* what;
        std::uint64_t offset, size;
    };
    for (std::uint64_t f : {std::uint64_t(0), std::uint64_t(2)})
        for (Part part :
             {Part{"frame header", 0, 64}, Part{"page", 64, 4096}, Part{"whole frame", 0, frame}}) {
            std::string work =
                dir.file("spliced-" + std::to_string(f) + "-" + std::to_string(part.size));
            std::filesystem::copy_file(db, work);
            std::filesystem::copy_file(db + "-wal", work + "-wal");
            splice(oldWal, work + "-wal", 512 + f * frame + part.offset, part.size);
            std::string report = damageReport(work, key);
            INFO("older generation's " << part.what << " at frame " << f << ": " << report);
            CHECK(report.find(work + "-wal") != std::string::npos);
            CHECK(report.find("integrity check") != std::string::npos);
        }
}

namespace {

/** Sets a test hook for the scope; clears it however the scope ends. */
struct ConvertHook
{
    explicit ConvertHook(std::function<void(const std::string&)> hook)
    {
        store::setConvertHookForTests(std::move(hook));
    }
    ~ConvertHook() { store::setConvertHookForTests({}); }
};

struct KdfObserver
{
    explicit KdfObserver(std::function<void()> observer)
    {
        crypto::setKdfObserverForTests(std::move(observer));
    }
    ~KdfObserver() { crypto::setKdfObserverForTests({}); }
};

/** Tries one commit on a connection of its own that does not wait for locks. */
int tryCommit(const std::string& uri, const char* vfs)
{
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(uri.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI, vfs);
    if (rc == SQLITE_OK) {
        sqlite3_busy_timeout(db, 0);
        rc = sqlite3_exec(db, "INSERT INTO setting(key, value) VALUES ('late.commit', 'lost?')",
                          nullptr, nullptr, nullptr);
    }
    sqlite3_close_v2(db);
    return rc;
}

} // namespace

TEST_CASE("converting keeps the original locked until the copy has replaced it",
          "[crypto][encrypted][lock]")
{
    TempDir dir;
    std::string path = dir.file("w.commonplace");
    auto pass = secret("correct horse battery");
    {
        auto ws = store::Workspace::open(path, store::Workspace::Mode::CreateNew);
        REQUIRE(ws);
        importMarkers(**ws, dir, 20, "in.ijson");
    }
    // Plain -> encrypted: another connection commits in the window before the rename.
    int plainRc = SQLITE_OK;
    crypto::DataKeyHandle key;
    {
        ConvertHook hook([&](const std::string& p) { plainRc = tryCommit("file:" + p, nullptr); });
        auto converted =
            store::Workspace::encryptFile(path, pass, crypto::KdfParams::interactive());
        REQUIRE(converted);
        key = *converted;
    }
    INFO("SQLite result of the late commit: " << plainRc);
    CHECK(plainRc == SQLITE_BUSY); // refused, not written into the file that is replaced
    {
        auto ws = store::Workspace::open(path, withKey(key));
        REQUIRE(ws);
        CHECK(entityCount(**ws) == 20);
        CHECK_FALSE((*ws)->setting("late.commit"));
    }
    // Encrypted -> plain: the same through the encryption layer (another connection of this
    // program: the flock lets it in, the lock on the file does not).
    int encryptedRc = SQLITE_OK;
    {
        ConvertHook hook([&](const std::string& p) {
            std::string token = crypto::registerKey(key);
            encryptedRc = tryCommit(crypto::vfsUri(p, token), crypto::kVfsName);
            crypto::unregisterKey(token);
        });
        REQUIRE(store::Workspace::decryptFile(path, key));
    }
    INFO("SQLite result of the late commit: " << encryptedRc);
    CHECK(encryptedRc == SQLITE_BUSY);
    auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
    REQUIRE(ws);
    CHECK_FALSE((*ws)->encrypted());
    CHECK(entityCount(**ws) == 20);
    CHECK_FALSE((*ws)->setting("late.commit"));
}

TEST_CASE("encrypting derives the key once and hands it back", "[crypto][encrypted]")
{
    TempDir dir;
    std::string path = dir.file("w.commonplace");
    REQUIRE(store::Workspace::open(path, store::Workspace::Mode::CreateNew));
    auto pass = secret("correct horse battery");
    std::atomic<int> derivations{0};
    KdfObserver observer([&] { ++derivations; });
    auto key = store::Workspace::encryptFile(path, pass, crypto::KdfParams::interactive());
    REQUIRE(key);
    REQUIRE(store::Workspace::open(path, withKey(*key)));
    CHECK(derivations == 1);
}

TEST_CASE("changing the passphrase derives the new key before taking the write lock",
          "[crypto][encrypted][lock]")
{
    TempDir dir;
    std::string path = dir.file("w.commonplace");
    auto pass = secret("correct horse battery");
    auto ws = store::Workspace::open(path, options(store::Workspace::Mode::CreateNew, &pass));
    REQUIRE(ws);
    auto job =
        store::Workspace::open(path, withKey((*ws)->key())); // a background job of the same program
    REQUIRE(job);
    sqlite3_busy_timeout((*job)->db(), 0);
    int derivations = 0;
    bool jobCommitted = false;
    {
        KdfObserver observer([&] {
            ++derivations;
            jobCommitted = store::execSql((*job)->db(), "INSERT INTO setting(key, value) VALUES "
                                                        "('during.derivation', 'yes')")
                               .ok();
        });
        auto next = secret("a new passphrase");
        REQUIRE((*ws)->changePassphrase(next, crypto::KdfParams::interactive()));
    }
    CHECK(derivations == 1);
    CHECK(jobCommitted);
    CHECK((*ws)->setting("during.derivation") == std::optional<std::string>("yes"));
}

TEST_CASE("commits and syncs do not read the WAL's commit record back from disk",
          "[crypto][encrypted][vfs]")
{
    TempDir dir;
    std::string path = dir.file("live.commonplace");
    auto pass = secret("correct horse battery");
    auto ws = store::Workspace::open(path, options(store::Workspace::Mode::CreateNew, &pass));
    REQUIRE(ws);
    auto job = store::Workspace::open(path, withKey((*ws)->key()));
    REQUIRE(job);
    REQUIRE((*ws)->setSetting("warm.up", "1"));
    REQUIRE((*job)->setSetting("warm.up.job", "1"));
    const std::uint64_t before = crypto::walHeadReadsForTests();
    // Two connections of one program take turns, and the log restarts in between: the
    // record they share stays right.
    for (int i = 0; i < 40; ++i) {
        auto& writer = i % 2 ? *job : *ws;
        REQUIRE(writer->setSetting("turn." + std::to_string(i), std::string(500, 't')));
        REQUIRE(store::execSql(writer->db(), "PRAGMA wal_checkpoint(PASSIVE)"));
        if (i == 20)
            REQUIRE(store::execSql(writer->db(), "PRAGMA wal_checkpoint(RESTART)"));
    }
    const std::uint64_t reads = crypto::walHeadReadsForTests() - before;
    INFO("commit record reads from disk for 40 commits: " << reads);
    CHECK(reads <= 2);
    // What a crash leaves now opens with every commit, and a changed committed frame is
    // reported: the record on disk says how far the log must be whole.
    std::string db = dir.file("crashed.commonplace");
    std::filesystem::copy_file(path, db);
    std::filesystem::copy_file(path + "-wal", db + "-wal");
    auto key = (*ws)->key();
    job->reset();
    ws->reset();
    {
        std::string intact = dir.file("intact.commonplace");
        std::filesystem::copy_file(db, intact);
        std::filesystem::copy_file(db + "-wal", intact + "-wal");
        auto reopened = store::Workspace::open(intact, withKey(key));
        REQUIRE(reopened);
        for (int i = 0; i < 40; ++i)
            CHECK((*reopened)->setting("turn." + std::to_string(i)));
    }
    const std::uint64_t walSize = std::filesystem::file_size(db + "-wal");
    REQUIRE(walSize >= 512 + 2 * 4160);
    std::string work = dir.file("flipped.commonplace");
    std::filesystem::copy_file(db, work);
    std::filesystem::copy_file(db + "-wal", work + "-wal");
    flipByte(work + "-wal", 512 + 64 + 100);
    std::string report = damageReport(work, key);
    INFO(report);
    CHECK(report.find("integrity check") != std::string::npos);
}

TEST_CASE("a WAL left by the build before frames were bound to the salts is named, not misread",
          "[crypto][encrypted][vfs]")
{
    TempDir dir;
    auto c = crashedWorkspace(dir, 10);
    // Seal the commit record again as that build wrote it: format 0 in its associated data
    // (file id, 'M', the format as 8 little-endian bytes) instead of 2.
    std::string wal = test::readFile(c.wal);
    auto* record = reinterpret_cast<std::uint8_t*>(wal.data()) + 72; // text, nonce, tag
    std::uint8_t ad[25] = {};
    std::memcpy(ad, c.key->fileId.data(), 16);
    ad[16] = 'M';
    ad[17] = 2;
    std::uint8_t plain[40];
    REQUIRE(crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
                plain, nullptr, record, 40, record + 64, ad, sizeof ad, record + 40,
                c.key->key.data()) == 0);
    ad[17] = 0;
    unsigned long long tagLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(record, record + 64, &tagLength, plain, 40,
                                                        ad, sizeof ad, nullptr, record + 40,
                                                        c.key->key.data());
    {
        std::ofstream out(c.wal, std::ios::binary | std::ios::trunc);
        out << wal;
    }
    std::string report = damageReport(c.db, c.key);
    INFO(report);
    CHECK(report.find(c.wal + ": the log was left by an older Commonplace") != std::string::npos);
    CHECK(test::readFile(c.wal) == wal); // nothing changed
}

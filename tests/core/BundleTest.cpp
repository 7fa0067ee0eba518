// SPDX-License-Identifier: GPL-3.0-or-later
// Exchange bundles: organisation keys, the keyring, signed and sealed bundles, redaction,
// and everything a bundle from a partner (or an attacker) may not do to a workspace.
#include "io/Bundle.h"
#include "TestUtil.h"
#include "crypto/Keyring.h"
#include "crypto/OrgKey.h"
#include "crypto/Seal.h"
#include "io/Archive.h"
#include "io/Export.h"
#include "io/Import.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"

#include <catch2/catch.hpp>

#include <archive.h>
#include <archive_entry.h>

#include <filesystem>
#include <memory>

using namespace commonplace;
using commonplace::test::readFile;
using commonplace::test::TempDir;

namespace {

constexpr const char* kPassphrase = "a long test passphrase";
constexpr const char* kMarker = "MARKER-RESTRICTED-7731";

// Sources, a finding and entities at every level; the marker only ever at restricted.
const char* kData =
    R"({"record": "source", "id": "src-pub", "title": "Annual report 2019", "url": "https://example.org/r.pdf", "reliability": "B", "credibility": "2"}
{"record": "source", "id": "src-informant", "title": "Informant MARKER-RESTRICTED-7731", "reliability": "C", "credibility": "3", "sensitivity": "restricted"}
{"record": "source", "id": "src-internal", "title": "Internal memo", "sensitivity": "internal"}
{"id": "p1", "schema": "Person", "properties": {"name": ["Jane Funder"], "nationality": ["us"]}}
{"id": "o1", "schema": "Organization", "properties": {"name": ["Family Values Org"]}}
{"id": "o2", "schema": "Organization", "properties": {"name": ["Second Org"]}}
{"id": "pay1", "schema": "Payment", "properties": {"payer": ["p1"], "beneficiary": ["o1"], "amount": ["2000000"], "currency": ["USD"]}}
{"record": "cite", "entity": "p1", "sources": ["src-pub"]}
{"record": "cite", "entity": "o2", "sources": ["src-informant"]}
{"record": "finding", "id": "fnd-1", "title": "Funder backs campaign", "text": "Jane funds it", "entities": ["p1", "o1"], "sources": ["src-pub", "src-informant"]}
{"record": "finding", "id": "fnd-2", "title": "MARKER-RESTRICTED-7731 meeting", "entities": ["p1"], "sensitivity": "restricted"}
)";
const char* kRestricted =
    R"({"id": "x9", "schema": "Person", "properties": {"name": ["MARKER-RESTRICTED-7731 person"]}}
{"id": "pay2", "schema": "Payment", "properties": {"payer": ["x9"], "beneficiary": ["o1"], "amount": ["5"]}}
)";

struct Org
{
    std::unique_ptr<store::Workspace> ws;
    std::string name;
};

std::unique_ptr<store::Workspace> makeWorkspace(const TempDir& dir, const std::string& name)
{
    auto ws =
        store::Workspace::open(dir.file(name + ".commonplace"), store::Workspace::Mode::CreateNew);
    REQUIRE(ws);
    return std::move(ws).value();
}

std::unique_ptr<store::Workspace> makeOrg(const TempDir& dir, const std::string& name,
                                          const std::string& file = {})
{
    auto ws = makeWorkspace(dir, file.empty() ? name : file);
    auto key = crypto::createOrgKey(*ws, name, kPassphrase, crypto::KdfParams::interactive());
    REQUIRE(key);
    return ws;
}

crypto::OrgSecret unlock(const store::Workspace& ws)
{
    auto s = crypto::unlockOrgKey(ws, kPassphrase);
    REQUIRE(s);
    return std::move(s).value();
}

crypto::PublicKey publicKey(const store::Workspace& ws)
{
    auto k = crypto::orgPublicKey(ws);
    REQUIRE(k);
    REQUIRE(*k);
    return **k;
}

void importText(store::Workspace& ws, const TempDir& dir, const std::string& text,
                const std::string& dataset, store::Sensitivity level = store::Sensitivity::Public)
{
    io::ImportOptions o;
    o.format = io::Format::Ftm;
    o.dataset = dataset;
    o.sensitivity = level;
    auto r = io::importFile(ws, dir.write("in-" + dataset + ".ijson", text), o);
    REQUIRE(r);
}

void trust(store::Workspace& receiver, const store::Workspace& sender)
{
    REQUIRE(crypto::importPartnerKey(receiver, publicKey(sender), crypto::TrustState::Trusted));
}

// Everything an import could change, as text.
std::string snapshot(const store::Workspace& ws)
{
    std::string out;
    for (const char* sql :
         {"SELECT key, schema, coalesce(caption,'') FROM entity ORDER BY key",
          "SELECT hex(hash), prop, value, sensitivity, coalesce(source_id,0) FROM statement "
          "ORDER BY hash",
          "SELECT key, title, sensitivity FROM source ORDER BY key",
          "SELECT key, title, sensitivity FROM finding ORDER BY key",
          "SELECT name FROM dataset ORDER BY name", "SELECT sha256 FROM attachment ORDER BY 1",
          "SELECT left_key, right_key, judgement FROM judgement ORDER BY 1, 2",
          "SELECT fingerprint, status FROM partner_key ORDER BY 1",
          "SELECT sender, dataset, sequence FROM bundle_receipt ORDER BY 1, 2, 3",
          "SELECT key, value FROM setting ORDER BY key"}) {
        store::Query q(ws.db(), sql);
        REQUIRE(q.valid());
        int columns = sqlite3_column_count(q.handle());
        while (q.step() == SQLITE_ROW) {
            for (int c = 0; c < columns; ++c)
                out += q.string(c) + "|";
            out += "\n";
        }
        out += "--\n";
    }
    return out;
}

std::string exportBundle(store::Workspace& ws, const std::string& path,
                         io::BundleExportOptions options = {})
{
    auto signer = unlock(ws);
    auto r = io::exportBundle(ws, path, options, signer);
    REQUIRE(r);
    return readFile(path);
}

io::BundleImportOptions importOptions(const store::Workspace& receiver)
{
    io::BundleImportOptions o;
    o.unlock = [&receiver]() { return crypto::unlockOrgKey(receiver, kPassphrase); };
    return o;
}

// Every entry of a zip, uncompressed, joined: what a reader of the file can get at.
std::string unzipped(const std::string& bytes)
{
    auto entries = io::readZip(bytes, {});
    REQUIRE(entries);
    std::string all;
    for (const auto& e : *entries)
        all += e.name + "\n" + e.data + "\n";
    return all;
}

// A zip written with libarchive directly, to make entries our writer never would.
struct RawEntry
{
    std::string name;
    std::string data;
    unsigned type = AE_IFREG;
    std::string link;
};

std::string rawZip(const std::vector<RawEntry>& entries)
{
    archive* a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_set_bytes_in_last_block(a, 1);
    std::string out;
    archive_write_open(
        a, &out, nullptr,
        [](archive*, void* client, const void* buffer, size_t length) -> la_ssize_t {
            static_cast<std::string*>(client)->append(static_cast<const char*>(buffer), length);
            return la_ssize_t(length);
        },
        nullptr);
    for (const auto& e : entries) {
        archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.name.c_str());
        archive_entry_set_filetype(entry, e.type);
        archive_entry_set_perm(entry, 0644);
        if (e.type == AE_IFLNK)
            archive_entry_set_symlink(entry, e.link.c_str());
        else
            archive_entry_set_size(entry, la_int64_t(e.data.size()));
        archive_write_header(a, entry);
        if (!e.data.empty())
            archive_write_data(a, e.data.data(), e.data.size());
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    return out;
}

} // namespace

TEST_CASE("an organisation key has a fingerprint to read aloud and a public key file",
          "[bundle][keys]")
{
    TempDir dir;
    auto ws = makeOrg(dir, "Centre for Rights");
    auto key = publicKey(*ws);
    std::string fp = key.fingerprint();
    CHECK(fp.size() == 32);
    CHECK(fp.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") == std::string::npos);
    std::string groups = crypto::fingerprintGroups(fp);
    CHECK(groups.size() == 39);
    CHECK(crypto::normaliseFingerprint(groups) == fp);
    std::string words = crypto::fingerprintWords(fp);
    CHECK(std::count(words.begin(), words.end(), '/') == 3);
    CHECK(crypto::fingerprintWords("not a fingerprint").empty());

    auto parsed = crypto::parsePublicKeyFile(crypto::publicKeyFileText(key), "k.pub");
    REQUIRE(parsed);
    CHECK(parsed->name == "Centre for Rights");
    CHECK(parsed->signPublic == key.signPublic);
    CHECK(parsed->boxPublic == key.boxPublic);

    // Another organisation's keys under this fingerprint line: refused.
    auto other = makeOrg(dir, "Other");
    std::string text = crypto::publicKeyFileText(publicKey(*other));
    auto at = text.find("\"fingerprint\":\"") + 15;
    text.replace(at, 39, groups);
    auto altered = crypto::parsePublicKeyFile(text, "k.pub");
    REQUIRE_FALSE(altered);
    CHECK_THAT(altered.error().message, Catch::Contains("does not match its keys"));
    CHECK_FALSE(crypto::parsePublicKeyFile("{\"format\": \"x\"}", "k.pub"));

    // Made once; the passphrase is checked.
    CHECK_FALSE(crypto::createOrgKey(*ws, "Again", kPassphrase, crypto::KdfParams::interactive()));
    auto wrong = crypto::unlockOrgKey(*ws, "not the passphrase");
    REQUIRE_FALSE(wrong);
    CHECK_THAT(wrong.error().message, Catch::Contains("wrong passphrase"));
    auto secret = unlock(*ws);
    auto sig = secret.sign("hello");
    CHECK(crypto::verifySignature(key.signPublic, "hello", sig));
    CHECK_FALSE(crypto::verifySignature(key.signPublic, "hellO", sig));
}

TEST_CASE("the keyring imports, trusts and revokes partner keys", "[bundle][keys]")
{
    TempDir dir;
    auto a = makeOrg(dir, "A");
    auto b = makeOrg(dir, "B");
    auto bKey = publicKey(*b);
    auto own = crypto::importPartnerKey(*a, publicKey(*a));
    REQUIRE_FALSE(own);
    auto added = crypto::importPartnerKey(*a, bKey);
    REQUIRE(added);
    CHECK(added->added);
    CHECK(added->partner.status == crypto::TrustState::Untrusted);
    auto again = crypto::importPartnerKey(*a, bKey);
    REQUIRE(again);
    CHECK_FALSE(again->added);

    CHECK_FALSE(crypto::setPartnerTrust(*a, "ABC", crypto::TrustState::Trusted)); // too short
    std::string fp = bKey.fingerprint();
    std::string typed = crypto::fingerprintGroups(fp).substr(0, 14); // "ABCD EFGH IJKL"
    for (auto& c : typed)
        c = char(std::tolower(c));
    auto trusted = crypto::setPartnerTrust(*a, typed, crypto::TrustState::Trusted);
    REQUIRE(trusted);
    CHECK(trusted->status == crypto::TrustState::Trusted);
    auto revoked = crypto::setPartnerTrust(*a, fp, crypto::TrustState::Revoked);
    REQUIRE(revoked);
    CHECK(revoked->status == crypto::TrustState::Revoked);
    auto retrust = crypto::setPartnerTrust(*a, fp, crypto::TrustState::Trusted);
    REQUIRE_FALSE(retrust);
    CHECK_THAT(retrust.error().message, Catch::Contains("revocation is final"));
    auto list = crypto::listPartnerKeys(*a);
    REQUIRE(list);
    REQUIRE(list->size() == 1);
    CHECK(list->front().status == crypto::TrustState::Revoked);
}

TEST_CASE("a signed bundle carries statements, sources, findings and judgements to a partner",
          "[bundle]")
{
    TempDir dir;
    auto a = makeOrg(dir, "Centre for Rights");
    auto b = makeOrg(dir, "Partner");
    importText(*a, dir, kData, "default");
    trust(*b, *a);
    std::string path = dir.file("a.cpbundle");
    io::BundleExportOptions o;
    o.maxSensitivity = store::Sensitivity::Coalition;
    exportBundle(*a, path, o);

    auto check = io::checkBundle(*b, path, importOptions(*b));
    REQUIRE(check);
    CHECK(check->refusal.empty());
    CHECK(check->info.sender.name == "Centre for Rights");
    CHECK(check->info.dataset == "centre-for-rights");
    CHECK(check->info.sequence == 1);
    CHECK(check->trust == crypto::TrustState::Trusted);

    auto r = io::importBundle(*b, path, importOptions(*b));
    REQUIRE(r);
    CHECK(r->dataset == "centre-for-rights");
    auto p1 = b->entity("p1");
    REQUIRE(p1);
    CHECK(p1->entity.caption == "Jane Funder");
    bool cited = false;
    for (const auto& s : p1->statements)
        cited = cited || s.sourceKey == "src-pub";
    CHECK(cited);
    auto stats = b->stats();
    REQUIRE(stats);
    CHECK(stats->findings == 1); // fnd-2 is restricted
    CHECK(stats->sources == 1);  // the informant and the memo stay home
}

TEST_CASE("every single-byte change to a signed bundle is refused, the workspace unchanged",
          "[bundle][tamper]")
{
    TempDir dir;
    auto a = makeOrg(dir, "A");
    auto b = makeOrg(dir, "B");
    importText(*a, dir, kData, "default");
    trust(*b, *a);
    std::string original = exportBundle(*a, dir.file("a.cpbundle"));
    const std::string before = snapshot(*b);
    std::string path = dir.file("tampered.cpbundle");
    std::size_t refused = 0;
    for (std::size_t i = 0; i < original.size(); ++i) {
        std::string bytes = original;
        bytes[i] = char(bytes[i] ^ 0x01);
        {
            std::ofstream out(path, std::ios::binary | std::ios::trunc);
            out << bytes;
        }
        auto r = io::importBundle(*b, path, importOptions(*b));
        if (!r)
            ++refused;
        else
            FAIL("byte " << i << " of " << original.size() << " changed, yet imported");
    }
    CHECK(refused == original.size());
    CHECK(snapshot(*b) == before);
    // The untouched bundle still imports: the refusals were about the changes.
    REQUIRE(io::importBundle(*b, dir.file("a.cpbundle"), importOptions(*b)));
}

TEST_CASE("changes to a sealed bundle are refused, the workspace unchanged", "[bundle][tamper]")
{
    TempDir dir;
    auto a = makeOrg(dir, "A");
    auto b = makeOrg(dir, "B");
    importText(*a, dir, kData, "default");
    trust(*b, *a);
    io::BundleExportOptions o;
    o.recipients = {publicKey(*b)};
    std::string original = exportBundle(*a, dir.file("a.cpbundle"), o);
    const std::string before = snapshot(*b);
    std::string path = dir.file("tampered.cpbundle");
    auto secret = unlock(*b);
    auto opts = importOptions(*b);
    opts.secret = &secret;
    std::vector<std::size_t> positions;
    for (std::size_t i = 0; i < original.size(); ++i)
        positions.push_back(i);
    for (std::size_t i : positions) {
        std::string bytes = original;
        bytes[i] = char(bytes[i] ^ 0x80);
        {
            std::ofstream out(path, std::ios::binary | std::ios::trunc);
            out << bytes;
        }
        auto r = io::importBundle(*b, path, opts);
        if (r)
            FAIL("byte " << i << " of the sealed bundle changed, yet imported");
    }
    CHECK(snapshot(*b) == before);
    REQUIRE(io::importBundle(*b, dir.file("a.cpbundle"), importOptions(*b)));
}

TEST_CASE("a truncated bundle is refused at every length", "[bundle][tamper]")
{
    TempDir dir;
    auto a = makeOrg(dir, "A");
    auto b = makeOrg(dir, "B");
    importText(*a, dir, kData, "default");
    trust(*b, *a);
    std::string plain = exportBundle(*a, dir.file("a.cpbundle"));
    io::BundleExportOptions o;
    o.recipients = {publicKey(*b)};
    std::string sealed = exportBundle(*a, dir.file("s.cpbundle"), o);
    const std::string before = snapshot(*b);
    std::string path = dir.file("cut.cpbundle");
    for (std::size_t n = 0; n < plain.size(); ++n) {
        {
            std::ofstream out(path, std::ios::binary | std::ios::trunc);
            out << plain.substr(0, n);
        }
        if (io::importBundle(*b, path, importOptions(*b)))
            FAIL("the bundle cut to " << n << " bytes was imported");
    }
    auto secret = unlock(*b);
    auto opts = importOptions(*b);
    opts.secret = &secret;
    for (std::size_t n = 0; n < sealed.size(); ++n) {
        {
            std::ofstream out(path, std::ios::binary | std::ios::trunc);
            out << sealed.substr(0, n);
        }
        auto r = io::importBundle(*b, path, opts);
        REQUIRE_FALSE(r);
    }
    {
        std::ofstream out(path, std::ios::binary | std::ios::trunc);
        out << sealed.substr(0, sealed.size() - 1);
    }
    auto r = io::importBundle(*b, path, importOptions(*b));
    REQUIRE_FALSE(r);
    CHECK_THAT(r.error().message, Catch::Contains("truncated"));
    CHECK(snapshot(*b) == before);
}

TEST_CASE("bundles from unknown, untrusted, revoked or wrong signers are refused", "[bundle]")
{
    TempDir dir;
    auto a = makeOrg(dir, "A");
    auto b = makeOrg(dir, "B");
    auto mallory = makeOrg(dir, "A", "mallory"); // claims to be A, with its own key
    importText(*a, dir, kData, "default");
    importText(*mallory, dir, kRestricted, "default");
    std::string fromA = dir.file("a.cpbundle"), fromMallory = dir.file("m.cpbundle");
    exportBundle(*a, fromA);
    exportBundle(*mallory, fromMallory);
    const std::string before = snapshot(*b);

    auto unknown = io::importBundle(*b, fromA, importOptions(*b));
    REQUIRE_FALSE(unknown);
    CHECK_THAT(unknown.error().message, Catch::Contains("unknown key"));
    CHECK(snapshot(*b) == before);
    auto checked = io::checkBundle(*b, fromA, importOptions(*b));
    REQUIRE(checked);
    CHECK(checked->refusalKind == io::BundleCheck::Refusal::UnknownSigner);
    CHECK(checked->info.sender.name == "A");

    REQUIRE(crypto::importPartnerKey(*b, publicKey(*a)));
    auto untrusted = io::importBundle(*b, fromA, importOptions(*b));
    REQUIRE_FALSE(untrusted);
    CHECK_THAT(untrusted.error().message, Catch::Contains("not trusted"));

    REQUIRE(crypto::setPartnerTrust(*b, publicKey(*a).fingerprint(), crypto::TrustState::Trusted));
    const std::string trusted = snapshot(*b);
    auto wrong = io::importBundle(*b, fromMallory, importOptions(*b));
    REQUIRE_FALSE(wrong);
    CHECK_THAT(wrong.error().message, Catch::Contains("unknown key"));
    CHECK(snapshot(*b) == trusted);

    REQUIRE(crypto::setPartnerTrust(*b, publicKey(*a).fingerprint(), crypto::TrustState::Revoked));
    const std::string revokedState = snapshot(*b);
    auto opts = importOptions(*b);
    opts.trustUnknown = true; // not even first-contact trust overrides a revocation
    auto revoked = io::importBundle(*b, fromA, opts);
    REQUIRE_FALSE(revoked);
    CHECK_THAT(revoked.error().message, Catch::Contains("revoked"));
    CHECK(snapshot(*b) == revokedState);
}

TEST_CASE("first contact with --trust-unknown adds the signer's key as trusted", "[bundle]")
{
    TempDir dir;
    auto a = makeOrg(dir, "A");
    auto b = makeOrg(dir, "B");
    importText(*a, dir, kData, "default");
    std::string path = dir.file("a.cpbundle");
    exportBundle(*a, path);
    auto opts = importOptions(*b);
    opts.trustUnknown = true;
    auto r = io::importBundle(*b, path, opts);
    REQUIRE(r);
    CHECK(r->keyAdded);
    auto key = crypto::findPartnerKey(*b, publicKey(*a).fingerprint());
    REQUIRE(key);
    REQUIRE(*key);
    CHECK((*key)->status == crypto::TrustState::Trusted);
}

TEST_CASE("a replayed or older bundle is refused: a newer one applies additions and retractions",
          "[bundle]")
{
    TempDir dir;
    auto a = makeOrg(dir, "A");
    auto b = makeOrg(dir, "B");
    trust(*b, *a);
    importText(*a, dir, kData, "default");
    std::string first = dir.file("1.cpbundle"), second = dir.file("2.cpbundle");
    exportBundle(*a, first);
    REQUIRE(io::importBundle(*b, first, importOptions(*b)));
    const std::string afterFirst = snapshot(*b);
    auto replay = io::importBundle(*b, first, importOptions(*b));
    REQUIRE_FALSE(replay);
    CHECK_THAT(replay.error().message, Catch::Contains("not newer"));
    CHECK(snapshot(*b) == afterFirst);

    // The sender retracts Jane's nationality and the second organisation, adds an alias.
    REQUIRE(store::execSql(a->db(), "DELETE FROM statement WHERE value IN ('us', 'Second Org')"));
    importText(*a, dir,
               R"({"id": "p1", "schema": "Person", "properties": {"alias": ["J. Funder"]}})",
               "default");
    exportBundle(*a, second);
    auto r = io::importBundle(*b, second, importOptions(*b));
    REQUIRE(r);
    CHECK(r->statementsRetracted == 2);
    CHECK(r->statementsAdded == 1);
    auto p1 = b->entity("p1");
    REQUIRE(p1);
    std::vector<std::string> values;
    for (const auto& s : p1->statements)
        values.push_back(s.prop + "=" + s.value);
    CHECK(std::find(values.begin(), values.end(), "nationality=us") == values.end());
    CHECK(std::find(values.begin(), values.end(), "alias=J. Funder") != values.end());
    CHECK_FALSE(b->entity("o2")); // every value gone: the entity goes too
    auto stats = b->stats();
    REQUIRE(stats);
    CHECK(stats->statements == 7); // not duplicated

    // The first bundle, offered again after the second: older, refused.
    auto older = io::importBundle(*b, first, importOptions(*b));
    REQUIRE_FALSE(older);
    CHECK_THAT(older.error().message, Catch::Contains("not newer than 2"));
}

TEST_CASE("a bundle cannot take over a dataset or records that are not the sender's", "[bundle]")
{
    TempDir dir;
    auto a = makeOrg(dir, "A");
    auto b = makeOrg(dir, "B");
    trust(*b, *a);
    importText(*a, dir, kData, "default");
    std::string path = dir.file("a.cpbundle");
    io::BundleExportOptions o;
    o.bundleDataset = "mine";
    exportBundle(*a, path, o);
    importText(*b, dir, R"({"id": "q", "schema": "Person", "properties": {"name": ["Q"]}})",
               "mine");
    const std::string before = snapshot(*b);
    auto taken = io::importBundle(*b, path, importOptions(*b));
    REQUIRE_FALSE(taken);
    CHECK_THAT(taken.error().message, Catch::Contains("did not come from this sender"));
    CHECK(snapshot(*b) == before);

    // B's own source with the same key as one of A's.
    importText(*b, dir, R"({"record": "source", "id": "src-pub", "title": "B's own"})", "other");
    const std::string withSource = snapshot(*b);
    auto opts = importOptions(*b);
    opts.dataset = "from-a";
    auto clash = io::importBundle(*b, path, opts);
    REQUIRE_FALSE(clash);
    CHECK_THAT(clash.error().message, Catch::Contains("already exists in dataset 'other'"));
    CHECK(snapshot(*b) == withSource);
}

TEST_CASE("unsafe archive entries are refused before anything is read", "[bundle][archive]")
{
    TempDir dir;
    auto b = makeOrg(dir, "B");
    const std::string before = snapshot(*b);
    struct Case
    {
        const char* what;
        std::vector<RawEntry> entries;
        const char* message;
    };
    std::vector<Case> cases = {
        {"zip slip", {{"manifest.json", "{}"}, {"../../evil.sh", "x"}}, "climbs out"},
        {"absolute path", {{"/etc/passwd", "x"}}, "absolute path"},
        {"symbolic link",
         {{"manifest.json", "{}"}, {"statements.jsonl", "", AE_IFLNK, "/etc/shadow"}},
         "symbolic link"},
        {"duplicate", {{"manifest.json", "{}"}, {"manifest.json", "{}"}}, "two entries named"},
        {"backslash", {{"..\\evil", "x"}}, "refused"},
    };
    for (const auto& c : cases) {
        INFO(c.what);
        std::string path = dir.write("bad.cpbundle", rawZip(c.entries));
        auto r = io::importBundle(*b, path, importOptions(*b));
        REQUIRE_FALSE(r);
        CHECK_THAT(r.error().message, Catch::Contains(c.message));
    }
    // A decompression bomb: 64 MiB of zeros in a file of some 64 KiB, against a 16 MiB limit.
    std::string bomb =
        rawZip({{"manifest.json", "{}"}, {"statements.jsonl", std::string(64u << 20, '\0')}});
    CHECK(bomb.size() < (1u << 20));
    auto opts = importOptions(*b);
    opts.limits.maxEntryBytes = 16u << 20;
    auto r = io::importBundle(*b, dir.write("bomb.cpbundle", bomb), opts);
    REQUIRE_FALSE(r);
    CHECK_THAT(r.error().message, Catch::Contains("decompression bomb"));
    opts.limits.maxEntryBytes = 1ull << 30;
    opts.limits.maxTotalBytes = 16u << 20;
    r = io::importBundle(*b, dir.file("bomb.cpbundle"), opts);
    REQUIRE_FALSE(r);
    CHECK_THAT(r.error().message, Catch::Contains("decompression bomb"));
    // An entry nobody signed, slipped into a good bundle.
    auto a = makeOrg(dir, "A");
    trust(*b, *a);
    importText(*a, dir, kData, "default");
    std::string good = exportBundle(*a, dir.file("good.cpbundle"));
    auto entries = io::readZip(good, {});
    REQUIRE(entries);
    std::vector<RawEntry> extra;
    for (const auto& e : *entries)
        extra.push_back({e.name, e.data});
    extra.push_back({"attachments/payload", "#!/bin/sh"});
    r = io::importBundle(*b, dir.write("extra.cpbundle", rawZip(extra)), importOptions(*b));
    REQUIRE_FALSE(r);
    CHECK_THAT(r.error().message, Catch::Contains("signature"));
    // Same files, repacked by another tool: the archive signature no longer holds.
    extra.pop_back();
    r = io::importBundle(*b, dir.write("repacked.cpbundle", rawZip(extra)), importOptions(*b));
    REQUIRE_FALSE(r);
    CHECK_THAT(r.error().message, Catch::Contains("signature"));
    CHECK_FALSE(crypto::findPartnerKey(*b, "x").value().has_value());
    // (B trusted A above: compare the rest of the workspace.)
    REQUIRE(store::execSql(b->db(), "DELETE FROM partner_key"));
    CHECK(snapshot(*b) == before);
}

TEST_CASE("a restricted marker never leaves in a coalition export of any format",
          "[bundle][redaction]")
{
    TempDir dir;
    auto a = makeOrg(dir, "A");
    importText(*a, dir, kData, "default");
    importText(*a, dir, kRestricted, "secret", store::Sensitivity::Restricted);
    // The test can fail: a full export does carry the marker.
    std::string full = exportBundle(*a, dir.file("full.cpbundle"));
    CHECK(unzipped(full).find(kMarker) != std::string::npos);

    io::BundleExportOptions o;
    o.maxSensitivity = store::Sensitivity::Coalition;
    for (bool pseudonymise : {false, true}) {
        o.pseudonymiseSources = pseudonymise;
        std::string bytes = exportBundle(*a, dir.file("coalition.cpbundle"), o);
        CHECK(bytes.find(kMarker) == std::string::npos);
        std::string content = unzipped(bytes);
        CHECK(content.find(kMarker) == std::string::npos);
        // Not even the restricted entity's id (quoted: a bare "x9" turns up by chance in the
        // base64 of signatures and keys).
        CHECK(content.find("\"x9\"") == std::string::npos);
        CHECK(content.find("Internal memo") == std::string::npos);
    }
    io::ExportOptions e;
    e.maxSensitivity = store::Sensitivity::Coalition;
    e.format = io::ExportFormat::Ftm;
    REQUIRE(io::exportFile(*a, dir.file("c.ijson"), e));
    CHECK(readFile(dir.file("c.ijson")).find(kMarker) == std::string::npos);
    e.format = io::ExportFormat::Csv;
    REQUIRE(io::exportFile(*a, dir.file("csv"), e));
    for (const auto& f : std::filesystem::directory_iterator(dir.file("csv")))
        CHECK(readFile(f.path().string()).find(kMarker) == std::string::npos);
    e.format = io::ExportFormat::Xlsx;
    REQUIRE(io::exportFile(*a, dir.file("c.xlsx"), e));
    std::string xlsx = readFile(dir.file("c.xlsx"));
    CHECK(xlsx.find(kMarker) == std::string::npos);
    CHECK(unzipped(xlsx).find(kMarker) == std::string::npos);
    CHECK(unzipped(xlsx).find("Jane Funder") != std::string::npos);
    e.maxSensitivity = store::Sensitivity::Restricted;
    REQUIRE(io::exportFile(*a, dir.file("r.xlsx"), e));
    CHECK(unzipped(readFile(dir.file("r.xlsx"))).find(kMarker) != std::string::npos);
}

TEST_CASE("data imported at restricted is never re-shared above it", "[bundle][redaction]")
{
    TempDir dir;
    auto a = makeOrg(dir, "A");
    auto b = makeOrg(dir, "B");
    trust(*b, *a);
    importText(
        *a, dir,
        R"({"id": "m1", "schema": "Person", "properties": {"name": ["MARKER-RESTRICTED-7731 contact"]}})",
        "default");
    exportBundle(*a, dir.file("a.cpbundle"));
    auto opts = importOptions(*b);
    opts.sensitivity = store::Sensitivity::Restricted;
    REQUIRE(io::importBundle(*b, dir.file("a.cpbundle"), opts));
    io::BundleExportOptions o;
    o.maxSensitivity = store::Sensitivity::Coalition;
    std::string bytes = exportBundle(*b, dir.file("b.cpbundle"), o);
    CHECK(unzipped(bytes).find(kMarker) == std::string::npos);
    o.maxSensitivity = store::Sensitivity::Restricted;
    CHECK(unzipped(exportBundle(*b, dir.file("b2.cpbundle"), o)).find(kMarker) !=
          std::string::npos);
}

TEST_CASE("a sealed bundle shows nothing of its content and opens only for its recipients",
          "[bundle][seal]")
{
    TempDir dir;
    auto a = makeOrg(dir, "A");
    auto b = makeOrg(dir, "B");
    auto c = makeOrg(dir, "C");
    auto d = makeOrg(dir, "D");
    importText(*a, dir, kData, "default");
    importText(*a, dir, kRestricted, "secret", store::Sensitivity::Restricted);
    io::BundleExportOptions o;
    o.recipients = {publicKey(*b), publicKey(*c)};
    std::string bytes = exportBundle(*a, dir.file("s.cpbundle"), o);
    CHECK(crypto::isSealed(bytes));
    for (const char* visible : {kMarker, "Jane Funder", "manifest", "statements", "src-pub"})
        CHECK(bytes.find(visible) == std::string::npos);
    auto opened = crypto::openSealed(bytes, unlock(*c));
    REQUIRE(opened);
    CHECK(unzipped(*opened).find(kMarker) != std::string::npos);

    trust(*b, *a);
    trust(*d, *a);
    REQUIRE(io::importBundle(*b, dir.file("s.cpbundle"), importOptions(*b)));
    const std::string before = snapshot(*d);
    auto notUs = io::importBundle(*d, dir.file("s.cpbundle"), importOptions(*d));
    REQUIRE_FALSE(notUs);
    CHECK_THAT(notUs.error().message, Catch::Contains("not to this organisation"));
    CHECK(snapshot(*d) == before);
    auto noKey = importOptions(*d);
    noKey.unlock = nullptr;
    CHECK_FALSE(io::importBundle(*d, dir.file("s.cpbundle"), noKey));
}

TEST_CASE("source pseudonyms are stable in a workspace and differ between workspaces",
          "[bundle][redaction]")
{
    TempDir dir;
    auto a = makeOrg(dir, "A");
    auto b = makeOrg(dir, "B");
    importText(*a, dir, kData, "default");
    importText(*b, dir, kData, "default");
    io::BundleExportOptions o;
    o.maxSensitivity = store::Sensitivity::Coalition;
    o.pseudonymiseSources = true;
    auto pseudonym = io::sourcePseudonym(*a, "src-informant");
    REQUIRE(pseudonym);
    CHECK(pseudonym->rfind("anon-", 0) == 0);
    std::string first = unzipped(exportBundle(*a, dir.file("1.cpbundle"), o));
    std::string second = unzipped(exportBundle(*a, dir.file("2.cpbundle"), o));
    std::string other = unzipped(exportBundle(*b, dir.file("3.cpbundle"), o));
    CHECK(first.find(*pseudonym) != std::string::npos);
    CHECK(second.find(*pseudonym) != std::string::npos);
    CHECK(other.find(*pseudonym) == std::string::npos);
    auto otherPseudonym = io::sourcePseudonym(*b, "src-informant");
    REQUIRE(otherPseudonym);
    CHECK(*otherPseudonym != *pseudonym);
    CHECK(other.find(*otherPseudonym) != std::string::npos);
    // The finding that rests on the informant names the pseudonym beside its public source.
    CHECK(first.find("\"sources\":[\"" + *pseudonym + "\",\"src-pub\"]") != std::string::npos);
}

TEST_CASE("the redaction summary before export matches what the export withholds",
          "[bundle][redaction]")
{
    TempDir dir;
    auto a = makeOrg(dir, "A");
    importText(*a, dir, kData, "default");
    importText(*a, dir, kRestricted, "secret", store::Sensitivity::Restricted);
    for (auto level : {store::Sensitivity::Public, store::Sensitivity::Coalition,
                       store::Sensitivity::Internal, store::Sensitivity::Restricted}) {
        for (bool pseudonymise : {false, true}) {
            io::BundleExportOptions o;
            o.maxSensitivity = level;
            o.pseudonymiseSources = pseudonymise;
            auto summary = io::redactionSummary(*a, o);
            REQUIRE(summary);
            auto signer = unlock(*a);
            auto report = io::exportBundle(*a, dir.file("x.cpbundle"), o, signer);
            REQUIRE(report);
            CHECK(summary->statements == report->withheld.statements);
            CHECK(summary->sources == report->withheld.sources);
            CHECK(summary->pseudonymised == report->withheld.pseudonymised);
            CHECK(summary->findings == report->withheld.findings);
            CHECK(summary->judgements == report->withheld.judgements);
            if (level == store::Sensitivity::Restricted)
                CHECK(summary->total() == 0);
            if (level == store::Sensitivity::Coalition) {
                CHECK(report->withheld.findings == 1);
                CHECK(report->withheld.sources + report->withheld.pseudonymised == 2);
            }
        }
    }
}

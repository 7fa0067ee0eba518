// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/OrgKey.h"

#include "store/Sqlite.h"
#include "store/Workspace.h"
#include "util/Json.h"

#include <simdjson.h>
#include <sodium.h>

#include <cstring>
#include <fstream>
#include <sstream>

namespace commonplace::crypto {

namespace {

constexpr std::string_view kFingerprintLabel = "commonplace-org-key-v1";
constexpr std::string_view kBase32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr std::size_t kFingerprintBytes = 20;
constexpr std::string_view kKeyFileFormat = "commonplace-public-key";
constexpr std::size_t kSeedBytes = crypto_sign_SEEDBYTES;

// One word a byte: 256 distinct, common English words, no two sharing their first four
// letters and none a homophone of another, so that read aloud over a bad line they cannot
// be confused. Written for Commonplace.
constexpr const char* kWords[256] = {
    "acid",    "acorn",   "actor",    "adult",   "agent",   "alarm",   "album",   "alley",
    "amber",   "anchor",  "angle",    "ankle",   "apple",   "apron",   "arena",   "armor",
    "arrow",   "atlas",   "attic",    "autumn",  "bacon",   "badge",   "bagel",   "baker",
    "bamboo",  "banjo",   "barley",   "barn",    "basket",  "beach",   "beaver",  "bell",
    "berry",   "bison",   "blanket",  "blossom", "boat",    "bonus",   "boot",    "bottle",
    "bracket", "bread",   "brick",    "bridge",  "broom",   "bucket",  "bullet",  "butter",
    "cabin",   "cactus",  "camel",    "candle",  "canoe",   "canyon",  "carpet",  "castle",
    "cedar",   "chalk",   "cherry",   "chess",   "cider",   "circus",  "cobalt",  "cocoa",
    "comet",   "copper",  "coral",    "cotton",  "cradle",  "crayon",  "cricket", "crystal",
    "curtain", "daisy",   "dancer",   "delta",   "denim",   "desert",  "diamond", "dinner",
    "dolphin", "donkey",  "dragon",   "drum",    "eagle",   "easel",   "echo",    "elbow",
    "ember",   "engine",  "falcon",   "feather", "fence",   "fiddle",  "finch",   "flute",
    "forest",  "fossil",  "fountain", "fox",     "garden",  "garlic",  "ginger",  "giraffe",
    "glacier", "glove",   "goat",     "granite", "grape",   "gravel",  "guitar",  "hammer",
    "harbor",  "harvest", "hazel",    "helmet",  "hermit",  "heron",   "hobby",   "honey",
    "hornet",  "hotel",   "husky",    "igloo",   "index",   "island",  "ivory",   "jacket",
    "jaguar",  "jasmine", "jelly",    "jigsaw",  "jungle",  "kayak",   "kettle",  "kitten",
    "koala",   "ladder",  "lagoon",   "lantern", "lemon",   "leopard", "lettuce", "lilac",
    "linen",   "lizard",  "locket",   "magnet",  "mango",   "maple",   "marble",  "meadow",
    "melon",   "mirror",  "mitten",   "molar",   "monkey",  "mosaic",  "muffin",  "mustard",
    "napkin",  "nectar",  "needle",   "nickel",  "noodle",  "oasis",   "ocean",   "olive",
    "onion",   "orange",  "orbit",    "orchid",  "otter",   "oyster",  "paddle",  "palace",
    "panda",   "parrot",  "peach",    "peanut",  "pebble",  "pencil",  "pepper",  "piano",
    "pickle",  "pillow",  "pilot",    "pirate",  "planet",  "plum",    "pocket",  "pony",
    "potato",  "prism",   "puzzle",   "quartz",  "quilt",   "rabbit",  "radar",   "radish",
    "raft",    "raven",   "ribbon",   "rocket",  "rooster", "saddle",  "salmon",  "satin",
    "scarf",   "shovel",  "silver",   "sketch",  "sleigh",  "socket",  "sparrow", "spider",
    "spoon",   "stamp",   "statue",   "sugar",   "summer",  "sunset",  "swan",    "table",
    "teapot",  "temple",  "thimble",  "thunder", "ticket",  "tiger",   "timber",  "toast",
    "tomato",  "trumpet", "tulip",    "tunnel",  "turtle",  "unicorn", "valley",  "velvet",
    "violin",  "volcano", "waffle",   "wagon",   "walnut",  "walrus",  "weasel",  "whistle",
    "willow",  "window",  "wizard",   "wolf",    "yacht",   "yogurt",  "zebra",   "zipper",
};

std::optional<std::array<std::uint8_t, kFingerprintBytes>> fingerprintBytes(std::string_view fp)
{
    if (fp.size() != 32)
        return std::nullopt;
    std::array<std::uint8_t, kFingerprintBytes> out{};
    std::uint32_t buffer = 0;
    int bits = 0;
    std::size_t n = 0;
    for (char c : fp) {
        auto pos = kBase32.find(c);
        if (pos == std::string_view::npos)
            return std::nullopt;
        buffer = (buffer << 5) | std::uint32_t(pos);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            out[n++] = std::uint8_t((buffer >> bits) & 0xff);
        }
    }
    return out;
}

bool decodeKey(std::string_view base64, PublicBytes& out)
{
    auto bytes = fromBase64(base64);
    if (!bytes || bytes->size() != out.size())
        return false;
    std::copy(bytes->begin(), bytes->end(), out.begin());
    return true;
}

} // namespace

std::string PublicKey::fingerprint() const
{
    return fingerprintOf(signPublic);
}

std::string fingerprintOf(const PublicBytes& signPublic)
{
    initialize();
    std::uint8_t digest[kFingerprintBytes];
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, sizeof digest);
    crypto_generichash_update(&state,
                              reinterpret_cast<const std::uint8_t*>(kFingerprintLabel.data()),
                              kFingerprintLabel.size());
    crypto_generichash_update(&state, signPublic.data(), signPublic.size());
    crypto_generichash_final(&state, digest, sizeof digest);
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::uint8_t byte : digest) {
        buffer = (buffer << 8) | byte;
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += kBase32[(buffer >> bits) & 31];
        }
    }
    return out; // 160 bits: exactly 32 characters
}

std::string fingerprintGroups(std::string_view fingerprint)
{
    std::string out;
    for (std::size_t i = 0; i < fingerprint.size(); ++i) {
        if (i > 0 && i % 4 == 0)
            out += ' ';
        out += fingerprint[i];
    }
    return out;
}

std::string fingerprintWords(std::string_view fingerprint)
{
    auto bytes = fingerprintBytes(fingerprint);
    if (!bytes)
        return {};
    std::string out;
    for (std::size_t i = 0; i < bytes->size(); ++i) {
        if (i > 0)
            out += (i % 5 == 0) ? " / " : " ";
        out += kWords[(*bytes)[i]];
    }
    return out;
}

std::string normaliseFingerprint(std::string_view text)
{
    std::string out;
    for (char c : text) {
        if (c == ' ' || c == '-' || c == '\t')
            continue;
        out += (c >= 'a' && c <= 'z') ? char(c - 'a' + 'A') : c;
    }
    return out;
}

std::optional<PublicBytes> boxKeyFor(const PublicBytes& signPublic)
{
    initialize();
    PublicBytes box{};
    if (crypto_sign_ed25519_pk_to_curve25519(box.data(), signPublic.data()) != 0)
        return std::nullopt;
    return box;
}

std::string toBase64(std::span<const std::uint8_t> bytes)
{
    initialize();
    std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
    sodium_bin2base64(out.data(), out.size(), bytes.data(), bytes.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    out.resize(std::strlen(out.c_str()));
    return out;
}

std::optional<std::string> fromBase64(std::string_view text)
{
    initialize();
    std::string out(text.size(), '\0');
    std::size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                          text.size(), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_ORIGINAL) != 0)
        return std::nullopt;
    out.resize(length);
    return out;
}

std::string publicKeyFileText(const PublicKey& key)
{
    std::string fp = key.fingerprint();
    std::string out;
    util::JsonWriter w(out);
    w.beginObject()
        .key("format")
        .value(kKeyFileFormat)
        .key("version")
        .value(1)
        .key("name")
        .value(key.name)
        .key("fingerprint")
        .value(fingerprintGroups(fp))
        .key("fingerprint_words")
        .value(fingerprintWords(fp))
        .key("sign_public")
        .value(toBase64(key.signPublic))
        .key("box_public")
        .value(toBase64(key.boxPublic))
        .endObject();
    out += '\n';
    return out;
}

Result<PublicKey> parsePublicKeyFile(std::string_view text, const std::string& path)
{
    if (text.size() > 64 * 1024)
        return makeError("not a public key file (larger than 64 KiB)", path);
    simdjson::dom::parser parser;
    simdjson::dom::object obj;
    if (parser.parse(text.data(), text.size()).get_object().get(obj))
        return makeError("not a public key file (not a JSON object)", path);
    std::string_view format, name, fp, sign, box;
    std::int64_t version = 0;
    if (obj["format"].get_string().get(format) || format != kKeyFileFormat)
        return makeError("not a public key file (\"format\" is not \"commonplace-public-key\")",
                         path);
    if (obj["version"].get_int64().get(version) || version != 1)
        return makeError("public key file version is not 1 (made by a newer Commonplace?)", path);
    if (obj["name"].get_string().get(name) || name.empty())
        return makeError("public key file has no organisation \"name\"", path);
    PublicKey key;
    key.name = std::string(name);
    if (obj["sign_public"].get_string().get(sign) || !decodeKey(sign, key.signPublic))
        return makeError("\"sign_public\" is not a 32-byte key in base64", path);
    if (obj["box_public"].get_string().get(box) || !decodeKey(box, key.boxPublic))
        return makeError("\"box_public\" is not a 32-byte key in base64", path);
    auto expectedBox = boxKeyFor(key.signPublic);
    if (!expectedBox || *expectedBox != key.boxPublic)
        return makeError("\"box_public\" does not belong to \"sign_public\": the file was altered",
                         path);
    if (!obj["fingerprint"].get_string().get(fp) && normaliseFingerprint(fp) != key.fingerprint())
        return makeError("the \"fingerprint\" written in the file does not match its keys: the "
                         "file was altered",
                         path);
    return key;
}

Result<PublicKey> readPublicKeyFile(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError("cannot open the file", path);
    std::string text(64 * 1024 + 1, '\0');
    in.read(text.data(), std::streamsize(text.size()));
    text.resize(std::size_t(in.gcount()));
    return parsePublicKeyFile(text, path);
}

bool verifySignature(const PublicBytes& signer, std::string_view message,
                     std::span<const std::uint8_t> signature)
{
    initialize();
    if (signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(signature.data(),
                                       reinterpret_cast<const std::uint8_t*>(message.data()),
                                       message.size(), signer.data()) == 0;
}

Signature OrgSecret::sign(std::string_view message) const
{
    Signature sig{};
    crypto_sign_detached(sig.data(), nullptr, reinterpret_cast<const std::uint8_t*>(message.data()),
                         message.size(), m_signSecret.data());
    return sig;
}

Result<OrgSecret> OrgSecret::fromSeed(std::string name, std::span<const std::uint8_t> seed)
{
    if (!initialize())
        return makeError("libsodium cannot start");
    if (seed.size() != kSeedBytes)
        return makeError("organisation key seed has the wrong size");
    OrgSecret s;
    s.m_public.name = std::move(name);
    s.m_signSecret = SecretBytes(crypto_sign_SECRETKEYBYTES);
    crypto_sign_seed_keypair(s.m_public.signPublic.data(), s.m_signSecret.data(), seed.data());
    s.m_boxSecret = SecretBytes(crypto_scalarmult_curve25519_BYTES);
    if (crypto_sign_ed25519_sk_to_curve25519(s.m_boxSecret.data(), s.m_signSecret.data()) != 0 ||
        crypto_sign_ed25519_pk_to_curve25519(s.m_public.boxPublic.data(),
                                             s.m_public.signPublic.data()) != 0)
        return makeError("cannot derive the sealing key from the signing key");
    return s;
}

Result<PublicKey> createOrgKey(store::Workspace& ws, std::string_view name,
                               std::string_view passphrase, const KdfParams& params)
{
    if (!initialize())
        return makeError("libsodium cannot start");
    if (name.empty())
        return makeError("the organisation needs a name (--org NAME)");
    auto existing = orgPublicKey(ws);
    if (!existing)
        return existing.error();
    if (*existing)
        return makeError("this workspace already has an organisation key (" + (*existing)->name +
                         ", " + fingerprintGroups((*existing)->fingerprint()) +
                         "); it is made once, so partners' trust in it stays valid");
    SecretBytes seed(kSeedBytes);
    randomBytes({seed.data(), seed.size()});
    auto secret = OrgSecret::fromSeed(std::string(name), seed.bytes());
    if (!secret)
        return secret.error();
    std::vector<std::uint8_t> salt(kdfSaltBytes());
    randomBytes(salt);
    auto key = deriveKey(passphrase, salt, crypto_aead_xchacha20poly1305_ietf_KEYBYTES, params);
    if (!key)
        return key.error();
    const PublicKey& pub = secret->publicKey();
    std::vector<std::uint8_t> sealed(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + kSeedBytes +
                                     crypto_aead_xchacha20poly1305_ietf_ABYTES);
    std::uint8_t* nonce = sealed.data();
    randomBytes({nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES});
    unsigned long long cipherLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        sealed.data() + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &cipherLength, seed.data(),
        seed.size(), pub.signPublic.data(), pub.signPublic.size(), nullptr, nonce, key->data());
    store::Query q(ws.db(), "INSERT INTO org_key(id, name, sign_public, box_public, "
                            "secret_sealed, kdf_salt, kdf_ops, kdf_mem) "
                            "VALUES (1, ?1, ?2, ?3, ?4, ?5, ?6, ?7)");
    q.bind(1, name)
        .bindBlob(2, pub.signPublic.data(), pub.signPublic.size())
        .bindBlob(3, pub.boxPublic.data(), pub.boxPublic.size())
        .bindBlob(4, sealed.data(), sealed.size())
        .bindBlob(5, salt.data(), salt.size())
        .bind(6, std::int64_t(params.opsLimit))
        .bind(7, std::int64_t(params.memLimit));
    if (auto st = q.exec(); !st)
        return makeError("cannot store the organisation key: " + st.error().message);
    return pub;
}

namespace {

struct StoredKey
{
    PublicKey pub;
    std::vector<std::uint8_t> sealed, salt;
    KdfParams params;
};

std::vector<std::uint8_t> blob(const store::Query& q, int col)
{
    auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(q.handle(), col));
    int n = sqlite3_column_bytes(q.handle(), col);
    return p ? std::vector<std::uint8_t>(p, p + n) : std::vector<std::uint8_t>{};
}

Result<std::optional<StoredKey>> loadKey(const store::Workspace& ws)
{
    store::Query q(ws.db(), "SELECT name, sign_public, box_public, secret_sealed, kdf_salt, "
                            "kdf_ops, kdf_mem FROM org_key WHERE id = 1");
    if (!q.valid())
        return makeError("database error: " + q.error());
    int rc = q.step();
    if (rc == SQLITE_DONE)
        return std::optional<StoredKey>{};
    if (rc != SQLITE_ROW)
        return makeError(std::string("database error: ") + sqlite3_errmsg(ws.db()));
    StoredKey k;
    k.pub.name = q.string(0);
    auto sign = blob(q, 1), box = blob(q, 2);
    if (sign.size() != 32 || box.size() != 32)
        return makeError("the stored organisation key is damaged");
    std::copy(sign.begin(), sign.end(), k.pub.signPublic.begin());
    std::copy(box.begin(), box.end(), k.pub.boxPublic.begin());
    k.sealed = blob(q, 3);
    k.salt = blob(q, 4);
    k.params.opsLimit = std::uint64_t(q.int64(5));
    k.params.memLimit = std::size_t(q.int64(6));
    return std::optional<StoredKey>(std::move(k));
}

} // namespace

Result<std::optional<PublicKey>> orgPublicKey(const store::Workspace& ws)
{
    auto k = loadKey(ws);
    if (!k)
        return k.error();
    if (!*k)
        return std::optional<PublicKey>{};
    return std::optional<PublicKey>((*k)->pub);
}

Result<OrgSecret> unlockOrgKey(const store::Workspace& ws, std::string_view passphrase)
{
    if (!initialize())
        return makeError("libsodium cannot start");
    auto loaded = loadKey(ws);
    if (!loaded)
        return loaded.error();
    if (!*loaded)
        return makeError("this workspace has no organisation key yet (run: keys init --org NAME)");
    const StoredKey& k = **loaded;
    constexpr std::size_t nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
    if (k.sealed.size() != nonceBytes + kSeedBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES ||
        k.salt.size() != kdfSaltBytes())
        return makeError("the stored organisation key is damaged");
    auto key = deriveKey(passphrase, k.salt, crypto_aead_xchacha20poly1305_ietf_KEYBYTES, k.params);
    if (!key)
        return key.error();
    SecretBytes seed(kSeedBytes);
    unsigned long long seedLength = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            seed.data(), &seedLength, nullptr, k.sealed.data() + nonceBytes,
            k.sealed.size() - nonceBytes, k.pub.signPublic.data(), k.pub.signPublic.size(),
            k.sealed.data(), key->data()) != 0)
        return makeError("wrong passphrase for the organisation key");
    auto secret = OrgSecret::fromSeed(k.pub.name, seed.bytes());
    if (!secret)
        return secret.error();
    if (secret->publicKey().signPublic != k.pub.signPublic)
        return makeError("the stored organisation key does not match its public half");
    return secret;
}

} // namespace commonplace::crypto

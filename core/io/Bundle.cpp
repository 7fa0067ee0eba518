// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/Bundle.h"

#include "crypto/Seal.h"
#include "io/Records.h"
#include "match/Match.h"
#include "model/Model.h"
#include "model/Values.h"
#include "store/EntityWriter.h"
#include "store/Sqlite.h"
#include "store/Workspace.h"
#include "util/AtomicFile.h"
#include "util/Hash.h"
#include "util/Json.h"

#include <simdjson.h>
#include <sodium.h>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstring>
#include <ctime>
#include <fstream>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace commonplace::io {

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;
using store::Sensitivity;

constexpr std::string_view kManifest = "manifest.json";
constexpr std::string_view kSignature = "manifest.sig";
constexpr std::string_view kStatements = "statements.jsonl";
constexpr std::string_view kSources = "sources.jsonl";
constexpr std::string_view kFindings = "findings.jsonl";
constexpr std::string_view kJudgements = "judgements.jsonl";
constexpr std::string_view kAttachmentDir = "attachments/";
constexpr std::string_view kPseudonymSecret = "bundle.pseudonym_secret";

std::string nowIso()
{
    std::time_t t = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string sequenceKey(std::string_view dataset)
{
    return "bundle.sequence." + std::string(dataset);
}

std::string ownerKey(std::string_view localDataset)
{
    return "bundle.owner." + std::string(localDataset);
}

std::string dbError(sqlite3* db)
{
    return std::string("database error: ") + sqlite3_errmsg(db);
}

// ---- Export ---------------------------------------------------------------------------------

struct Collected
{
    std::string statements, sources, findings, judgements;
    std::vector<ArchiveEntry> attachments;
    BundleCounts counts;
    RedactionSummary withheld;
    Sensitivity maxContained = Sensitivity::Public;
};

// One pass over the workspace that decides, for everything, whether it leaves and in what
// form. The dry run (redactionSummary) takes the same decisions and only counts, so the
// summary the GUI shows before writing is the one the export then reports.
class Collector
{
public:
    Collector(const store::Workspace& ws, const BundleExportOptions& options,
              std::function<Result<std::string>(std::string_view)> pseudonym, bool dryRun)
        : m_ws(ws)
        , m_options(options)
        , m_pseudonym(std::move(pseudonym))
        , m_dryRun(dryRun)
    {}

    Result<Collected> run()
    {
        sqlite3* db = m_ws.db();
        if (!m_options.dataset.empty()) {
            store::Query q(db, "SELECT id FROM dataset WHERE name = ?1");
            q.bind(1, m_options.dataset);
            if (q.step() != SQLITE_ROW)
                return makeError("no dataset '" + m_options.dataset + "' in this workspace");
            m_datasetRowid = q.int64(0);
        }
        if (auto st = collectVisible(); !st)
            return st.error();
        if (auto st = collectStatements(); !st)
            return st.error();
        if (auto st = collectFindings(); !st)
            return st.error();
        if (auto st = collectSources(); !st)
            return st.error();
        if (auto st = collectJudgements(); !st)
            return st.error();
        m_out.counts.entities = m_exportedEntities.size();
        return std::move(m_out);
    }

private:
    int maxLevel() const { return int(m_options.maxSensitivity); }

    void bindScope(store::Query& q, int index)
    {
        if (m_datasetRowid)
            q.bind(index, m_datasetRowid);
        else
            q.bindNull(index);
    }

    void contains(Sensitivity s) { m_out.maxContained = std::max(m_out.maxContained, s); }

    // Entities that keep at least one value: references to any other entity are withheld too,
    // so that a public Payment does not name a restricted person's id.
    Status collectVisible()
    {
        store::Query q(m_ws.db(), "SELECT DISTINCT e.key FROM statement s JOIN entity e ON "
                                  "e.id = s.entity_id WHERE s.sensitivity <= ?1 AND "
                                  "(?2 IS NULL OR s.dataset_id = ?2)");
        q.bind(1, maxLevel());
        bindScope(q, 2);
        int rc;
        while ((rc = q.step()) == SQLITE_ROW)
            m_visible.insert(q.string(0));
        if (rc != SQLITE_DONE)
            return makeError(dbError(m_ws.db()));
        return {};
    }

    // The key under which a source is cited in the bundle: its own, its pseudonym, or none.
    Result<std::string> citeAs(std::int64_t sourceId, std::string_view key, int level)
    {
        if (level <= maxLevel()) {
            m_citedSources.insert(sourceId);
            return std::string(key);
        }
        if (!m_options.pseudonymiseSources)
            return std::string();
        m_pseudonymised.insert(sourceId);
        if (m_dryRun)
            return std::string("anon");
        auto p = m_pseudonym(key);
        if (!p)
            return p.error();
        return *p;
    }

    Status collectStatements()
    {
        store::Query q(m_ws.db(),
                       "SELECT e.key, e.schema, s.prop, s.value, s.ref, s.lang, d.name, "
                       "s.source_id, src.key, src.sensitivity, s.first_seen, s.last_seen, "
                       "s.sensitivity FROM statement s JOIN entity e ON e.id = s.entity_id "
                       "JOIN dataset d ON d.id = s.dataset_id "
                       "LEFT JOIN source src ON src.id = s.source_id "
                       "WHERE (?1 IS NULL OR s.dataset_id = ?1) ORDER BY e.key, s.prop, s.id");
        bindScope(q, 1);
        std::string line;
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            int level = int(q.int64(12));
            std::string_view entity = q.text(0), value = q.text(3);
            bool isRef = q.int64(4) != 0;
            if (level > maxLevel() || (isRef && !m_visible.count(std::string(value)))) {
                ++m_out.withheld.statements;
                continue;
            }
            std::string cite;
            if (!q.isNull(7)) {
                auto c = citeAs(q.int64(7), q.text(8), int(q.int64(9)));
                if (!c)
                    return c.error();
                cite = std::move(c).value();
            }
            ++m_out.counts.statements;
            contains(Sensitivity(level));
            if (m_exportedEntities.insert(std::string(entity)).second && m_progress++ % 4096 == 0 &&
                m_options.progress && !m_options.progress(m_progress, 0))
                return makeError("export cancelled; nothing was written");
            if (m_dryRun)
                continue;
            line.clear();
            util::JsonWriter w(line);
            w.beginObject().key("entity_id").value(entity).key("schema").value(q.text(1));
            w.key("prop").value(q.text(2)).key("value").value(value);
            if (!q.text(5).empty())
                w.key("lang").value(q.text(5));
            w.key("dataset").value(q.text(6));
            if (!cite.empty())
                w.key("source").value(cite);
            if (!q.text(10).empty())
                w.key("first_seen").value(q.text(10));
            if (!q.text(11).empty())
                w.key("last_seen").value(q.text(11));
            w.key("sensitivity").value(store::toString(Sensitivity(level))).endObject();
            m_out.statements += line;
            m_out.statements += '\n';
        }
        if (rc != SQLITE_DONE)
            return makeError(dbError(m_ws.db()));
        return {};
    }

    Status collectFindings()
    {
        sqlite3* db = m_ws.db();
        store::Query q(db, "SELECT f.id, f.key, f.title, f.date, f.text, f.country, t.key, "
                           "f.author, f.sensitivity FROM finding f LEFT JOIN taxonomy t ON "
                           "t.id = f.theme_id WHERE (?1 IS NULL OR f.dataset_id = ?1) ORDER BY "
                           "f.key");
        bindScope(q, 1);
        store::Query entities(db, "SELECT e.key FROM finding_entity fe JOIN entity e ON e.id = "
                                  "fe.entity_id WHERE fe.finding_id = ?1 ORDER BY e.key");
        store::Query sources(db, "SELECT s.id, s.key, s.sensitivity FROM finding_source fs JOIN "
                                 "source s ON s.id = fs.source_id WHERE fs.finding_id = ?1 "
                                 "ORDER BY s.key");
        store::Query tactics(db, "SELECT t.key FROM finding_tactic ft JOIN taxonomy t ON t.id = "
                                 "ft.tactic_id WHERE ft.finding_id = ?1 ORDER BY t.key");
        std::string line;
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            int level = int(q.int64(8));
            if (level > maxLevel()) {
                ++m_out.withheld.findings;
                continue;
            }
            ++m_out.counts.findings;
            contains(Sensitivity(level));
            std::int64_t id = q.int64(0);
            std::vector<std::string> entityKeys, sourceKeys, tacticKeys;
            entities.reset();
            entities.bind(1, id);
            while (entities.step() == SQLITE_ROW) {
                if (m_exportedEntities.count(entities.string(0)))
                    entityKeys.push_back(entities.string(0));
            }
            sources.reset();
            sources.bind(1, id);
            while (sources.step() == SQLITE_ROW) {
                auto c = citeAs(sources.int64(0), sources.text(1), int(sources.int64(2)));
                if (!c)
                    return c.error();
                if (!c->empty() &&
                    std::find(sourceKeys.begin(), sourceKeys.end(), *c) == sourceKeys.end())
                    sourceKeys.push_back(std::move(c).value());
            }
            // Sorted after mapping: sorted by the real keys, a pseudonym's place in the list
            // would hint at its source's key.
            std::sort(sourceKeys.begin(), sourceKeys.end());
            tactics.reset();
            tactics.bind(1, id);
            while (tactics.step() == SQLITE_ROW)
                tacticKeys.push_back(tactics.string(0));
            if (m_dryRun)
                continue;
            line.clear();
            util::JsonWriter w(line);
            w.beginObject().key("record").value("finding").key("id").value(q.text(1));
            w.key("title").value(q.text(2));
            for (auto [col, key] :
                 {std::pair{3, "date"}, {4, "text"}, {5, "country"}, {6, "theme"}, {7, "author"}})
                if (!q.text(col).empty())
                    w.key(key).value(q.text(col));
            auto list = [&](const char* key, const std::vector<std::string>& items) {
                w.key(key).beginArray();
                for (const auto& i : items)
                    w.value(i);
                w.endArray();
            };
            list("entities", entityKeys);
            list("sources", sourceKeys);
            list("tactics", tacticKeys);
            w.key("sensitivity").value(store::toString(Sensitivity(level))).endObject();
            m_out.findings += line;
            m_out.findings += '\n';
        }
        if (rc != SQLITE_DONE)
            return makeError(dbError(db));
        return {};
    }

    Status collectSources()
    {
        sqlite3* db = m_ws.db();
        store::Query q(db, "SELECT id, key, title, url, publisher, published, retrieved, "
                           "reliability, credibility, attachment_sha256, sensitivity, notes, "
                           "dataset_id FROM source ORDER BY key");
        store::Query attachment(db, "SELECT name, data FROM attachment WHERE sha256 = ?1");
        std::string line;
        std::set<std::string> pseudonymsWritten;
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            std::int64_t id = q.int64(0);
            int level = int(q.int64(10));
            bool inScope = !m_datasetRowid || q.int64(12) == m_datasetRowid ||
                           m_citedSources.count(id) || m_pseudonymised.count(id);
            if (!inScope)
                continue;
            std::string_view sha = q.text(9);
            bool hasFile = false;
            std::string fileData;
            if (!sha.empty()) {
                attachment.reset();
                attachment.bind(1, sha);
                if (attachment.step() == SQLITE_ROW) {
                    hasFile = true;
                    if (level <= maxLevel() && !m_dryRun) {
                        auto* p =
                            static_cast<const char*>(sqlite3_column_blob(attachment.handle(), 1));
                        fileData.assign(p ? p : "",
                                        std::size_t(sqlite3_column_bytes(attachment.handle(), 1)));
                    }
                }
            }
            if (level > maxLevel()) {
                if (hasFile)
                    ++m_out.withheld.attachments;
                if (m_pseudonymised.count(id)) {
                    ++m_out.withheld.pseudonymised;
                    if (m_dryRun)
                        continue;
                    auto p = m_pseudonym(q.text(1));
                    if (!p)
                        return p.error();
                    if (!pseudonymsWritten.insert(*p).second)
                        continue;
                    // Only what says nothing about who: the pseudonym and the grading.
                    line.clear();
                    util::JsonWriter w(line);
                    w.beginObject().key("record").value("source").key("id").value(*p);
                    w.key("title").value("Withheld source " + *p);
                    if (!q.text(7).empty())
                        w.key("reliability").value(q.text(7));
                    if (!q.isNull(8))
                        w.key("credibility").value(std::to_string(q.int64(8)));
                    w.key("sensitivity")
                        .value(store::toString(m_options.maxSensitivity))
                        .endObject();
                    ++m_out.counts.sources;
                    contains(m_options.maxSensitivity);
                    m_out.sources += line;
                    m_out.sources += '\n';
                } else {
                    ++m_out.withheld.sources;
                }
                continue;
            }
            ++m_out.counts.sources;
            contains(Sensitivity(level));
            if (hasFile)
                ++m_out.counts.attachments;
            if (m_dryRun)
                continue;
            line.clear();
            util::JsonWriter w(line);
            w.beginObject().key("record").value("source").key("id").value(q.text(1));
            w.key("title").value(q.text(2));
            for (auto [col, key] : {std::pair{3, "url"},
                                    {4, "publisher"},
                                    {5, "published"},
                                    {6, "retrieved"},
                                    {7, "reliability"}})
                if (!q.text(col).empty())
                    w.key(key).value(q.text(col));
            if (!q.isNull(8))
                w.key("credibility").value(std::to_string(q.int64(8)));
            if (!sha.empty())
                w.key("sha256").value(sha);
            if (!q.text(11).empty())
                w.key("notes").value(q.text(11));
            w.key("sensitivity").value(store::toString(Sensitivity(level))).endObject();
            m_out.sources += line;
            m_out.sources += '\n';
            if (hasFile)
                m_out.attachments.push_back(
                    {std::string(kAttachmentDir) + std::string(sha), std::move(fileData)});
        }
        if (rc != SQLITE_DONE)
            return makeError(dbError(db));
        return {};
    }

    Status collectJudgements()
    {
        store::Query q(m_ws.db(), "SELECT left_key, right_key, judgement, score, user, "
                                  "created_at FROM judgement ORDER BY left_key, right_key");
        std::string line;
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            if (!m_exportedEntities.count(q.string(0)) || !m_exportedEntities.count(q.string(1))) {
                ++m_out.withheld.judgements;
                continue;
            }
            ++m_out.counts.judgements;
            if (m_dryRun)
                continue;
            line.clear();
            util::JsonWriter w(line);
            w.beginArray().value(q.text(0)).value(q.text(1)).value(q.text(2));
            w.value(q.real(3)).value(q.text(4)).value(q.text(5)).endArray();
            m_out.judgements += line;
            m_out.judgements += '\n';
        }
        if (rc != SQLITE_DONE)
            return makeError(dbError(m_ws.db()));
        return {};
    }

    const store::Workspace& m_ws;
    const BundleExportOptions& m_options;
    std::function<Result<std::string>(std::string_view)> m_pseudonym;
    bool m_dryRun;
    std::int64_t m_datasetRowid = 0;
    std::unordered_set<std::string> m_visible, m_exportedEntities;
    std::unordered_set<std::int64_t> m_citedSources, m_pseudonymised;
    std::uint64_t m_progress = 0;
    Collected m_out;
};

constexpr std::string_view kArchiveSignaturePrefix = "commonplace-signature:";
constexpr std::size_t kEndRecord = 22;

// The archive signature lives in the zip's own comment, so the bundle stays a plain zip that
// any tool lists, while every byte before the comment is signed: not one byte of the archive
// (headers, central directory, timestamps) can change unnoticed. The manifest signature
// (manifest.sig) covers what the bundle says; this one covers how it is packed.
Status signArchive(std::string& zip, const crypto::OrgSecret& signer)
{
    if (zip.size() < kEndRecord || zip.compare(zip.size() - kEndRecord, 4, "PK\x05\x06", 4) != 0 ||
        zip[zip.size() - 2] != 0 || zip[zip.size() - 1] != 0)
        return makeError("the archive does not end with an end record without a comment");
    std::size_t commentLength =
        kArchiveSignaturePrefix.size() + crypto::toBase64(crypto::Signature{}).size();
    zip[zip.size() - 2] = char(commentLength & 0xff);
    zip[zip.size() - 1] = char((commentLength >> 8) & 0xff);
    auto sig = signer.sign(zip);
    zip += kArchiveSignaturePrefix;
    zip += crypto::toBase64(sig);
    return {};
}

// The signed bytes and the signature of an archive signed by signArchive.
Result<std::pair<std::string_view, std::string>> archiveSignature(std::string_view zip)
{
    std::size_t commentLength =
        kArchiveSignaturePrefix.size() + crypto::toBase64(crypto::Signature{}).size();
    const std::string unsigned_ = "bad signature: the archive carries no signature";
    if (zip.size() < kEndRecord + commentLength)
        return makeError(unsigned_);
    std::size_t end = zip.size() - commentLength;
    std::size_t record = end - kEndRecord;
    if (zip.compare(record, 4, "PK\x05\x06", 4) != 0 ||
        std::uint8_t(zip[end - 2]) != (commentLength & 0xff) ||
        std::uint8_t(zip[end - 1]) != ((commentLength >> 8) & 0xff) ||
        zip.compare(end, kArchiveSignaturePrefix.size(), kArchiveSignaturePrefix) != 0)
        return makeError(unsigned_);
    auto sig = crypto::fromBase64(zip.substr(end + kArchiveSignaturePrefix.size()));
    if (!sig || sig->size() != crypto::Signature{}.size())
        return makeError("bad signature: the archive's signature is damaged");
    return std::pair{zip.substr(0, end), std::move(sig).value()};
}

Result<std::string> pseudonymSecret(store::Workspace& ws)
{
    if (auto hex = ws.setting(kPseudonymSecret); hex && hex->size() == 64)
        return *hex;
    std::uint8_t secret[32];
    crypto::randomBytes(secret);
    std::string hex = util::toHex(secret, sizeof secret);
    sodium_memzero(secret, sizeof secret);
    if (auto st = ws.setSetting(kPseudonymSecret, hex); !st)
        return st.error();
    return hex;
}

std::string base32(const std::uint8_t* data, std::size_t size)
{
    constexpr std::string_view alphabet = "abcdefghijklmnopqrstuvwxyz234567";
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::size_t i = 0; i < size; ++i) {
        buffer = (buffer << 8) | data[i];
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            out += alphabet[(buffer >> bits) & 31];
        }
    }
    if (bits > 0)
        out += alphabet[(buffer << (5 - bits)) & 31];
    return out;
}

std::string pseudonymWith(std::string_view secretHex, std::string_view key)
{
    std::uint8_t secret[32];
    for (std::size_t i = 0; i < 32; ++i)
        secret[i] = std::uint8_t(std::stoi(std::string(secretHex.substr(2 * i, 2)), nullptr, 16));
    std::uint8_t digest[16];
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const std::uint8_t*>(key.data()),
                       key.size(), secret, sizeof secret);
    sodium_memzero(secret, sizeof secret);
    return "anon-" + base32(digest, sizeof digest);
}

// The dataset name partners see: given, or the exported dataset's, or one made from the
// organisation's name ("Centre for Rights" -> "centre-for-rights"), so a partner's import does
// not land in their own "default".
std::string bundleDatasetName(const BundleExportOptions& options, std::string_view orgName)
{
    if (!options.bundleDataset.empty())
        return options.bundleDataset;
    if (!options.dataset.empty())
        return options.dataset;
    std::string slug;
    for (unsigned char c : orgName) {
        if (std::isalnum(c) && c < 0x80)
            slug += char(std::tolower(c));
        else if (!slug.empty() && slug.back() != '-')
            slug += '-';
    }
    while (!slug.empty() && slug.back() == '-')
        slug.pop_back();
    return slug.empty() ? std::string("partner") : slug;
}

} // namespace

Result<RedactionSummary> redactionSummary(const store::Workspace& ws,
                                          const BundleExportOptions& options)
{
    Collector c(
        ws, options, [](std::string_view) -> Result<std::string> { return std::string("anon"); },
        true);
    auto collected = c.run();
    if (!collected)
        return collected.error();
    return collected->withheld;
}

Result<std::string> sourcePseudonym(store::Workspace& ws, std::string_view sourceKey)
{
    crypto::initialize();
    auto secret = pseudonymSecret(ws);
    if (!secret)
        return secret.error();
    return pseudonymWith(*secret, sourceKey);
}

Result<BundleExportReport> exportBundle(store::Workspace& ws, const std::string& path,
                                        const BundleExportOptions& options,
                                        const crypto::OrgSecret& signer)
{
    if (!crypto::initialize())
        return makeError("libsodium cannot start");
    std::string secret;
    if (options.pseudonymiseSources) {
        auto s = pseudonymSecret(ws);
        if (!s)
            return s.error();
        secret = std::move(s).value();
    }
    Collector c(
        ws, options,
        [&](std::string_view key) -> Result<std::string> { return pseudonymWith(secret, key); },
        false);
    auto collected = c.run();
    if (!collected)
        return collected.error();
    Collected& data = *collected;

    BundleExportReport report;
    report.dataset = bundleDatasetName(options, signer.publicKey().name);
    std::int64_t sequence = 1;
    if (auto last = ws.setting(sequenceKey(report.dataset)))
        sequence = std::max<std::int64_t>(1, std::atoll(last->c_str()) + 1);
    report.sequence = sequence;
    report.counts = data.counts;
    report.withheld = data.withheld;
    report.maxContained = data.maxContained;

    std::vector<ArchiveEntry> parts = {{std::string(kStatements), std::move(data.statements)},
                                       {std::string(kSources), std::move(data.sources)},
                                       {std::string(kFindings), std::move(data.findings)},
                                       {std::string(kJudgements), std::move(data.judgements)}};
    for (auto& a : data.attachments)
        parts.push_back(std::move(a));

    const crypto::PublicKey& me = signer.publicKey();
    std::string manifest;
    util::JsonWriter w(manifest);
    w.beginObject().key("format").value(kBundleFormat).key("version").value(kBundleVersion);
    w.key("sender").beginObject().key("name").value(me.name);
    w.key("fingerprint").value(me.fingerprint());
    w.key("sign_public").value(crypto::toBase64(me.signPublic));
    w.key("box_public").value(crypto::toBase64(me.boxPublic)).endObject();
    w.key("dataset").value(report.dataset).key("sequence").value(sequence);
    w.key("created").value(nowIso());
    w.key("max_sensitivity").value(store::toString(data.maxContained));
    w.key("pseudonymised_sources").value(options.pseudonymiseSources);
    w.key("counts").beginObject();
    w.key("entities").value(data.counts.entities).key("statements").value(data.counts.statements);
    w.key("sources").value(data.counts.sources).key("findings").value(data.counts.findings);
    w.key("judgements").value(data.counts.judgements);
    w.key("attachments").value(data.counts.attachments).endObject();
    w.key("parts").beginArray();
    for (const auto& p : parts) {
        w.beginObject().key("name").value(p.name).key("size").value(std::uint64_t(p.data.size()));
        w.key("sha256").value(util::sha256Hex(p.data)).endObject();
    }
    w.endArray().endObject();
    manifest += '\n';
    auto sig = signer.sign(manifest);
    std::vector<ArchiveEntry> entries;
    entries.push_back({std::string(kManifest), manifest});
    entries.push_back({std::string(kSignature), crypto::toBase64(sig) + "\n"});
    for (auto& p : parts)
        entries.push_back(std::move(p));
    auto zip = writeZip(entries, std::int64_t(std::time(nullptr)));
    if (!zip)
        return zip.error();
    std::string bytes = std::move(zip).value();
    if (auto st = signArchive(bytes, signer); !st)
        return st.error();
    if (!options.recipients.empty()) {
        std::vector<crypto::PublicBytes> keys;
        for (const auto& r : options.recipients)
            keys.push_back(r.boxPublic);
        auto sealed = crypto::seal(bytes, keys);
        if (!sealed)
            return sealed.error();
        bytes = std::move(sealed).value();
        report.recipients = keys.size();
    }
    report.bytes = bytes.size();
    // The number is taken before the file appears: a failed write only leaves a gap, never
    // two different bundles with one number.
    if (auto st = ws.setSetting(sequenceKey(report.dataset), std::to_string(sequence)); !st)
        return st.error();
    util::AtomicFile file(path);
    if (auto st = file.open(); !st)
        return st.error();
    if (auto st = file.write(bytes); !st)
        return st.error();
    if (auto st = file.commit(); !st)
        return st.error();
    return report;
}

// ---- Reading --------------------------------------------------------------------------------

namespace {

std::string_view str(object obj, std::string_view key)
{
    std::string_view s;
    if (obj[key].get_string().get(s) == simdjson::SUCCESS)
        return s;
    return {};
}

Result<std::uint64_t> count(object counts, std::string_view key)
{
    std::uint64_t n = 0;
    if (counts[key].get_uint64().get(n))
        return makeError("manifest: \"counts\" lacks a number \"" + std::string(key) + "\"");
    return n;
}

// Calls f(line, lineNumber) for each non-empty line of a part.
template <typename F> Status forEachLine(std::string_view part, F&& f)
{
    std::size_t pos = 0;
    std::uint64_t lineNo = 0;
    while (pos < part.size()) {
        std::size_t end = part.find('\n', pos);
        if (end == std::string_view::npos)
            end = part.size();
        ++lineNo;
        std::string_view line = part.substr(pos, end - pos);
        pos = end + 1;
        if (line.empty())
            continue;
        if (auto st = f(line, lineNo); !st)
            return st;
    }
    return {};
}

} // namespace

Result<ParsedBundle> parseBundle(std::string_view zipBytes, const ArchiveLimits& limits)
{
    if (!crypto::initialize())
        return makeError("libsodium cannot start");
    auto entries = readZip(zipBytes, limits);
    if (!entries)
        return entries.error();
    ParsedBundle out;
    std::string manifest, signature;
    bool haveManifest = false, haveSignature = false;
    for (auto& e : *entries) {
        if (e.name == kManifest) {
            manifest = std::move(e.data);
            haveManifest = true;
        } else if (e.name == kSignature) {
            signature = std::move(e.data);
            haveSignature = true;
        } else {
            out.parts.emplace(e.name, std::move(e.data));
        }
    }
    if (!haveManifest)
        return makeError("not a Commonplace bundle: it has no manifest.json");
    if (!haveSignature)
        return makeError("refused: the bundle is not signed (no manifest.sig)");
    if (manifest.size() > (4u << 20))
        return makeError("refused: the manifest is larger than 4 MiB");

    simdjson::dom::parser parser;
    object m;
    if (parser.parse(manifest.data(), manifest.size()).get_object().get(m))
        return makeError("the manifest is not a JSON object");
    std::int64_t version = 0;
    if (str(m, "format") != kBundleFormat)
        return makeError("not a Commonplace bundle (the manifest's format is not \"" +
                         std::string(kBundleFormat) + "\")");
    if (m["version"].get_int64().get(version) || version != kBundleVersion)
        return makeError("the bundle's format version is not " + std::to_string(kBundleVersion) +
                         " (made by a newer Commonplace?)");
    object sender;
    if (m["sender"].get_object().get(sender))
        return makeError("the manifest names no sender");
    BundleInfo& info = out.info;
    info.sender.name = std::string(str(sender, "name"));
    auto decodeKey = [](std::string_view b64, crypto::PublicBytes& key) {
        auto bytes = crypto::fromBase64(b64);
        if (!bytes || bytes->size() != key.size())
            return false;
        std::copy(bytes->begin(), bytes->end(), key.begin());
        return true;
    };
    if (info.sender.name.empty() ||
        !decodeKey(str(sender, "sign_public"), info.sender.signPublic) ||
        !decodeKey(str(sender, "box_public"), info.sender.boxPublic))
        return makeError("the manifest's sender lacks a name or its keys");
    info.fingerprint = info.sender.fingerprint();
    if (str(sender, "fingerprint") != info.fingerprint)
        return makeError("bad signature: the sender's fingerprint does not match the sender's key");
    auto box = crypto::boxKeyFor(info.sender.signPublic);
    if (!box || *box != info.sender.boxPublic)
        return makeError("bad signature: the sender's sealing key does not belong to its signing "
                         "key");
    // Nothing else in the manifest is believed before its signature checks out.
    std::string_view sigText = signature;
    while (!sigText.empty() && (sigText.back() == '\n' || sigText.back() == '\r'))
        sigText.remove_suffix(1);
    auto sig = crypto::fromBase64(sigText);
    if (!sig || sig->size() != crypto_sign_BYTES ||
        !crypto::verifySignature(info.sender.signPublic, manifest,
                                 {reinterpret_cast<const std::uint8_t*>(sig->data()), sig->size()}))
        return makeError("bad signature: the manifest was altered after it was signed, or was not "
                         "signed by the key it names");

    auto archiveSig = archiveSignature(zipBytes);
    if (!archiveSig)
        return archiveSig.error();
    const std::string& asig = archiveSig->second;
    if (!crypto::verifySignature(info.sender.signPublic, archiveSig->first,
                                 {reinterpret_cast<const std::uint8_t*>(asig.data()), asig.size()}))
        return makeError("bad signature: the archive was altered after it was signed, or was not "
                         "signed by the key it names");

    info.manifestSha256 = util::sha256Hex(manifest);
    info.dataset = std::string(str(m, "dataset"));
    if (info.dataset.empty())
        return makeError("the manifest names no dataset");
    if (m["sequence"].get_int64().get(info.sequence) || info.sequence < 1)
        return makeError("the manifest has no sequence number");
    info.created = std::string(str(m, "created"));
    auto level = store::parseSensitivity(str(m, "max_sensitivity"));
    if (!level)
        return makeError("the manifest's max_sensitivity is not a sensitivity level");
    info.maxContained = *level;
    bool pseudonymised = false;
    if (!m["pseudonymised_sources"].get_bool().get(pseudonymised))
        info.pseudonymisedSources = pseudonymised;
    object counts;
    if (m["counts"].get_object().get(counts))
        return makeError("the manifest has no \"counts\"");
    for (auto [key, field] : {std::pair{"entities", &BundleCounts::entities},
                              {"statements", &BundleCounts::statements},
                              {"sources", &BundleCounts::sources},
                              {"findings", &BundleCounts::findings},
                              {"judgements", &BundleCounts::judgements},
                              {"attachments", &BundleCounts::attachments}}) {
        auto n = count(counts, key);
        if (!n)
            return n.error();
        info.counts.*field = *n;
    }
    array parts;
    if (m["parts"].get_array().get(parts))
        return makeError("the manifest lists no parts");
    std::set<std::string, std::less<>> listed;
    for (element p : parts) {
        object part;
        std::uint64_t size = 0;
        if (p.get_object().get(part) || part["size"].get_uint64().get(size))
            return makeError("the manifest lists a part without a name, size and sha256");
        std::string name(str(part, "name"));
        std::string_view sha = str(part, "sha256");
        if (name.empty() || sha.empty())
            return makeError("the manifest lists a part without a name, size and sha256");
        if (!listed.insert(name).second)
            return makeError("the manifest lists part '" + name + "' twice");
        auto found = out.parts.find(name);
        if (found == out.parts.end())
            return makeError("refused: part '" + name + "' listed in the manifest is missing");
        if (found->second.size() != size || util::sha256Hex(found->second) != sha)
            return makeError("refused: part '" + name +
                             "' was altered (its SHA-256 differs from the signed manifest)");
    }
    for (const auto& [name, data] : out.parts) {
        if (!listed.count(name))
            return makeError("refused: entry '" + name +
                             "' is not listed in the signed manifest (added after signing?)");
    }
    for (auto required : {kStatements, kSources, kFindings, kJudgements}) {
        if (!out.parts.count(std::string(required)))
            return makeError("the bundle lacks its " + std::string(required) + " part");
    }
    return out;
}

namespace {

Result<std::string> readWholeFile(const std::string& path, std::uint64_t limit)
{
    std::ifstream in(path, std::ios::binary | std::ios::ate);
    if (!in)
        return makeError("cannot open the file", path);
    auto size = std::uint64_t(in.tellg());
    if (size > limit)
        return makeError("refused: the file is larger than " + std::to_string(limit >> 20) + " MiB",
                         path);
    std::string bytes(size, '\0');
    in.seekg(0);
    in.read(bytes.data(), std::streamsize(size));
    if (!in)
        return makeError("cannot read the file", path);
    return bytes;
}

struct Loaded
{
    BundleCheck check;
    ParsedBundle bundle;
};

Result<Loaded> load(const store::Workspace& ws, const std::string& path,
                    const BundleImportOptions& options)
{
    auto bytes = readWholeFile(path, options.limits.maxTotalBytes);
    if (!bytes)
        return bytes.error();
    bool sealed = crypto::isSealed(*bytes);
    if (sealed) {
        std::optional<crypto::OrgSecret> unlocked;
        if (!options.secret) {
            if (!options.unlock)
                return makeError(
                    "the bundle is sealed: the organisation key's passphrase is needed", path);
            auto secret = options.unlock();
            if (!secret)
                return makeError(secret.error().message, path);
            unlocked = std::move(secret).value();
        }
        auto plain = crypto::openSealed(*bytes, options.secret ? *options.secret : *unlocked);
        if (!plain)
            return makeError(plain.error().message, path);
        *bytes = std::move(plain).value();
    }
    auto parsed = parseBundle(*bytes, options.limits);
    if (!parsed)
        return makeError(parsed.error().message, path);
    Loaded out;
    out.bundle = std::move(parsed).value();
    out.bundle.info.sealed = sealed;
    BundleCheck& check = out.check;
    check.info = out.bundle.info;
    const BundleInfo& info = check.info;
    auto partner = crypto::findPartnerKey(ws, info.fingerprint);
    if (!partner)
        return partner.error();
    std::string who = info.sender.name + " (" + crypto::fingerprintGroups(info.fingerprint) + ")";
    if (*partner) {
        check.trust = (*partner)->status;
        who = (*partner)->key.name + " (" + crypto::fingerprintGroups(info.fingerprint) + ")";
    }
    store::Query last(ws.db(), "SELECT coalesce(max(sequence), 0) FROM bundle_receipt WHERE "
                               "sender = ?1 AND dataset = ?2");
    last.bind(1, info.fingerprint).bind(2, info.dataset);
    if (last.step() != SQLITE_ROW)
        return makeError(dbError(ws.db()));
    check.lastSequence = last.int64(0);
    if (check.trust == crypto::TrustState::Revoked) {
        check.refusalKind = BundleCheck::Refusal::RevokedSigner;
        check.refusal = "refused: the bundle is signed by " + who + ", whose key is revoked";
    } else if (!check.trust && !options.trustUnknown) {
        check.refusalKind = BundleCheck::Refusal::UnknownSigner;
        check.refusal = "refused: the bundle is signed by an unknown key. It claims to come from " +
                        who + ", words: " + crypto::fingerprintWords(info.fingerprint) +
                        ". Compare the fingerprint with the sender by another channel, then "
                        "import their key file (keys import) and trust it (keys trust), or "
                        "import with --trust-unknown";
    } else if (check.trust == crypto::TrustState::Untrusted && !options.trustUnknown) {
        check.refusalKind = BundleCheck::Refusal::UntrustedSigner;
        check.refusal = "refused: the bundle is signed by " + who +
                        ", whose key is in the keyring but not trusted; compare the fingerprint "
                        "with the sender, then run keys trust";
    } else if (info.sequence <= check.lastSequence) {
        check.refusalKind = BundleCheck::Refusal::NotNewer;
        check.refusal = "refused: sequence number " + std::to_string(info.sequence) +
                        " is not newer than " + std::to_string(check.lastSequence) +
                        ", already imported from " + who + " for dataset '" + info.dataset +
                        "' (a replayed or older bundle)";
    }
    return out;
}

// Writes one checked bundle into the workspace; the caller holds the transaction.
class BundleWriter
{
public:
    BundleWriter(store::Workspace& ws, const std::string& path, const BundleImportOptions& options,
                 const ParsedBundle& bundle, BundleImportReport& report)
        : m_ws(ws)
        , m_db(ws.db())
        , m_path(path)
        , m_options(options)
        , m_bundle(bundle)
        , m_report(report)
        , m_model(model::Model::builtin())
        , m_writer(ws)
        , m_records(ws, m_writer, m_partPath)
    {}

    Status run()
    {
        if (auto st = m_writer.prepare(); !st)
            return st;
        if (auto st = m_records.prepare(); !st)
            return st;
        auto ds = m_writer.datasetId(m_report.dataset);
        if (!ds)
            return ds.error();
        m_dataset = *ds;
        m_records.setDataset(m_report.dataset, m_dataset, m_options.sensitivity);
        if (auto st = checkKeys(kSources, "source"); !st)
            return st;
        if (auto st = checkKeys(kFindings, "finding"); !st)
            return st;
        if (auto st = dropFindings(); !st)
            return st;
        if (auto st = importRecords(kSources, "source"); !st)
            return st;
        if (auto st = importAttachments(); !st)
            return st;
        if (auto st = importStatements(); !st)
            return st;
        if (auto st = retractStatements(); !st)
            return st;
        if (auto st = importRecords(kFindings, "finding"); !st)
            return st;
        if (auto st = m_records.finish(); !st)
            return st;
        if (auto st = retractSources(); !st)
            return st;
        m_report.findingsRetracted = 0;
        for (const auto& k : m_oldFindings)
            m_report.findingsRetracted += m_newFindings.count(k) ? 0 : 1;
        if (auto st = m_writer.refreshDerived(m_touched, m_model); !st)
            return st;
        if (auto st = removeEmptyEntities(); !st)
            return st;
        return importJudgements();
    }

private:
    Error fail(std::string_view part, std::uint64_t line, std::string message) const
    {
        return makeError(std::move(message), m_path + ":" + std::string(part), line);
    }

    Result<object> parseLine(std::string_view part, std::string_view line, std::uint64_t lineNo)
    {
        element doc;
        if (auto err = m_parser.parse(line.data(), line.size()).get(doc))
            return fail(part, lineNo,
                        std::string("malformed JSON: ") + simdjson::error_message(err));
        object obj;
        if (doc.get_object().get(obj))
            return fail(part, lineNo, "expected a JSON object");
        return obj;
    }

    // A partner's record may not take over a source or finding of another dataset here.
    Status checkKeys(std::string_view part, const char* kind)
    {
        store::Query q(m_db, std::string("SELECT d.name FROM ") + kind +
                                 " r JOIN dataset d ON d.id = r.dataset_id WHERE r.key = ?1 AND "
                                 "r.dataset_id <> ?2");
        return forEachLine(m_bundle.parts.at(std::string(part)),
                           [&](std::string_view line, std::uint64_t lineNo) -> Status {
                               auto obj = parseLine(part, line, lineNo);
                               if (!obj)
                                   return obj.error();
                               std::string_view key = str(*obj, "id");
                               if (std::string_view(kind) == "finding")
                                   m_newFindings.insert(std::string(key));
                               else
                                   m_newSources.insert(std::string(key));
                               q.reset();
                               q.bind(1, key).bind(2, m_dataset);
                               if (q.step() == SQLITE_ROW)
                                   return fail(part, lineNo,
                                               std::string(kind) + " '" + std::string(key) +
                                                   "' already exists in dataset '" + q.string(0) +
                                                   "' of this workspace; a bundle cannot "
                                                   "overwrite it");
                               return {};
                           });
    }

    // Findings are immutable records, so a newer bundle replaces the dataset's findings whole.
    Status dropFindings()
    {
        store::Query keys(m_db, "SELECT key FROM finding WHERE dataset_id = ?1");
        keys.bind(1, m_dataset);
        while (keys.step() == SQLITE_ROW)
            m_oldFindings.insert(keys.string(0));
        store::Query fts(m_db, "DELETE FROM finding_fts WHERE rowid IN (SELECT id FROM finding "
                               "WHERE dataset_id = ?1)");
        fts.bind(1, m_dataset);
        if (auto st = fts.exec(); !st)
            return st;
        store::Query del(m_db, "DELETE FROM finding WHERE dataset_id = ?1");
        del.bind(1, m_dataset);
        return del.exec();
    }

    Status importRecords(std::string_view part, std::string_view kind)
    {
        m_partPath = m_path + ":" + std::string(part);
        return forEachLine(m_bundle.parts.at(std::string(part)),
                           [&](std::string_view line, std::uint64_t lineNo) -> Status {
                               auto obj = parseLine(part, line, lineNo);
                               if (!obj)
                                   return obj.error();
                               if (str(*obj, "record") != kind)
                                   return fail(part, lineNo,
                                               "expected a " + std::string(kind) + " record");
                               return m_records.importRecord(*obj, kind, lineNo);
                           });
    }

    Status importAttachments()
    {
        store::Query insert(m_db, "INSERT OR IGNORE INTO attachment(sha256, name, data) VALUES "
                                  "(?1, ?2, ?3)");
        for (const auto& [name, data] : m_bundle.parts) {
            if (name.rfind(kAttachmentDir, 0) != 0)
                continue;
            std::string sha = name.substr(kAttachmentDir.size());
            if (util::sha256Hex(data) != sha)
                return makeError("attachment '" + name + "' does not hold the file its name says",
                                 m_path);
            insert.reset();
            insert.bind(1, sha).bindNull(2).bindBlob(3, data.data(), data.size());
            if (auto st = insert.exec(); !st)
                return st;
        }
        return {};
    }

    Result<std::int64_t> sourceRowid(std::string_view key)
    {
        auto found = m_sourceIds.find(std::string(key));
        if (found != m_sourceIds.end())
            return found->second;
        if (!m_newSources.count(std::string(key)))
            return makeError("cites source '" + std::string(key) +
                             "' that the bundle does not hold");
        store::Query q(m_db, "SELECT id FROM source WHERE key = ?1");
        q.bind(1, key);
        if (q.step() != SQLITE_ROW)
            return makeError("cites unknown source '" + std::string(key) + "'");
        m_sourceIds.emplace(std::string(key), q.int64(0));
        return q.int64(0);
    }

    Status importStatements()
    {
        constexpr std::string_view part = kStatements;
        m_update = store::Query(m_db, "UPDATE statement SET sensitivity = max(sensitivity, ?1), "
                                      "source_id = ?2 WHERE hash = ?3");
        if (!m_update.valid())
            return makeError("database error: " + m_update.error());
        return forEachLine(
            m_bundle.parts.at(std::string(part)),
            [&](std::string_view line, std::uint64_t lineNo) -> Status {
                auto parsed = parseLine(part, line, lineNo);
                if (!parsed)
                    return parsed.error();
                object obj = *parsed;
                std::string_view id = str(obj, "entity_id"), schemaName = str(obj, "schema"),
                                 propName = str(obj, "prop"), value = str(obj, "value");
                if (id.empty() || id.size() > 1024)
                    return fail(part, lineNo,
                                "a statement needs an \"entity_id\" (at most 1024 bytes)");
                const model::Schema* schema = m_model.schema(schemaName);
                if (!schema || schema->isAbstract())
                    return fail(part, lineNo,
                                "unknown or abstract schema '" + std::string(schemaName) + "'");
                const model::Property* prop = schema->property(propName);
                if (!prop)
                    return fail(part, lineNo,
                                "property '" + std::string(propName) + "' is not a property of " +
                                    schema->name());
                if (value.empty())
                    return fail(part, lineNo, "a statement needs a \"value\"");
                if (auto problem = model::validate(*prop->type, value))
                    return fail(part, lineNo, "property '" + prop->name + "': " + *problem);
                Sensitivity level = Sensitivity::Public;
                if (auto text = str(obj, "sensitivity"); !text.empty()) {
                    auto l = store::parseSensitivity(text);
                    if (!l)
                        return fail(part, lineNo,
                                    "unknown sensitivity '" + std::string(text) + "'");
                    level = *l;
                }
                level = std::max(level, m_options.sensitivity);
                auto rowid = entityRowid(id, schema);
                if (!rowid)
                    return fail(part, lineNo, rowid.error().message);
                std::optional<std::int64_t> source;
                if (auto key = str(obj, "source"); !key.empty()) {
                    auto s = sourceRowid(key);
                    if (!s)
                        return fail(part, lineNo, s.error().message);
                    source = *s;
                }
                store::NewStatement s;
                s.entityRowid = *rowid;
                s.entityId = id;
                s.prop = prop->name;
                s.value = value;
                s.isReference = prop->type->kind == model::TypeKind::Entity;
                s.lang = str(obj, "lang");
                s.datasetRowid = m_dataset;
                s.datasetName = m_report.dataset;
                s.sourceRowid = source;
                s.firstSeen = str(obj, "first_seen");
                s.lastSeen = str(obj, "last_seen");
                s.sensitivity = level;
                auto added = m_writer.addStatement(s);
                if (!added)
                    return fail(part, lineNo, added.error().message);
                auto hash = util::digest128({m_report.dataset, id, prop->name, value});
                if (*added) {
                    ++m_report.statementsAdded;
                } else {
                    // Seen before: the sender may have raised its sensitivity or changed its
                    // source since. A level is only ever raised here.
                    m_update.reset();
                    m_update.bind(1, int(level)).bindOrNull(2, source);
                    m_update.bindBlob(3, hash.data(), hash.size());
                    if (auto st = m_update.exec(); !st)
                        return fail(part, lineNo, st.error().message);
                }
                m_keep.insert(hash);
                m_touched.insert(*rowid);
                return {};
            });
    }

    Result<std::int64_t> entityRowid(std::string_view id, const model::Schema* schema)
    {
        std::string key(id);
        auto found = m_entities.find(key);
        if (found != m_entities.end())
            return found->second;
        auto state = m_writer.upsertEntity(id, schema->name(), {});
        if (!state)
            return state.error();
        if (state->created) {
            ++m_report.entitiesCreated;
        } else if (state->schema != schema->name()) {
            const model::Schema* existing = m_model.schema(state->schema);
            if (!existing)
                return makeError("stored entity '" + key + "' has unknown schema " + state->schema);
            auto common = m_model.common(existing, schema);
            if (!common)
                return makeError("entity '" + key + "': " + common.error().message);
            if (*common != existing) {
                if (auto st = m_writer.setSchema(state->rowid, (*common)->name()); !st)
                    return st.error();
            }
        }
        m_entities.emplace(key, state->rowid);
        return state->rowid;
    }

    // Values an earlier bundle of this dataset had and this one does not: the sender retracted
    // them.
    Status retractStatements()
    {
        store::Query q(m_db, "SELECT id, hash, entity_id FROM statement WHERE dataset_id = ?1");
        q.bind(1, m_dataset);
        std::vector<std::int64_t> drop;
        int rc;
        while ((rc = q.step()) == SQLITE_ROW) {
            std::array<std::uint8_t, 16> hash{};
            auto* p = static_cast<const std::uint8_t*>(sqlite3_column_blob(q.handle(), 1));
            if (p && sqlite3_column_bytes(q.handle(), 1) == 16)
                std::copy(p, p + 16, hash.begin());
            if (!m_keep.count(hash)) {
                drop.push_back(q.int64(0));
                m_touched.insert(q.int64(2));
            }
        }
        if (rc != SQLITE_DONE)
            return makeError(dbError(m_db));
        store::Query del(m_db, "DELETE FROM statement WHERE id = ?1");
        for (auto id : drop) {
            del.reset();
            del.bind(1, id);
            if (auto st = del.exec(); !st)
                return st;
        }
        m_report.statementsRetracted = drop.size();
        return {};
    }

    Status retractSources()
    {
        store::Query q(m_db, "SELECT id, key FROM source WHERE dataset_id = ?1 AND id NOT IN "
                             "(SELECT source_id FROM statement WHERE source_id IS NOT NULL) AND "
                             "id NOT IN (SELECT source_id FROM finding_source)");
        q.bind(1, m_dataset);
        std::vector<std::int64_t> drop;
        while (q.step() == SQLITE_ROW) {
            if (!m_newSources.count(q.string(1)))
                drop.push_back(q.int64(0));
        }
        store::Query del(m_db, "DELETE FROM source WHERE id = ?1");
        for (auto id : drop) {
            del.reset();
            del.bind(1, id);
            if (auto st = del.exec(); !st)
                return st;
        }
        m_report.sourcesRetracted = drop.size();
        return {};
    }

    // An entity whose every value was retracted goes too, unless something still points at it.
    Status removeEmptyEntities()
    {
        store::Query empty(m_db,
                           "SELECT 1 FROM entity e WHERE e.id = ?1 AND NOT EXISTS (SELECT 1 FROM "
                           "statement WHERE entity_id = e.id) AND NOT EXISTS (SELECT 1 FROM "
                           "finding_entity WHERE entity_id = e.id) AND NOT EXISTS (SELECT 1 FROM "
                           "entity m WHERE m.canonical_id = e.id) AND e.canonical_id IS NULL");
        store::Query fts(m_db, "DELETE FROM entity_fts WHERE rowid = ?1");
        store::Query del(m_db, "DELETE FROM entity WHERE id = ?1");
        for (auto id : m_touched) {
            empty.reset();
            empty.bind(1, id);
            if (empty.step() != SQLITE_ROW)
                continue;
            fts.reset();
            fts.bind(1, id);
            del.reset();
            del.bind(1, id);
            if (auto st = fts.exec(); !st)
                return st;
            if (auto st = del.exec(); !st)
                return st;
        }
        return {};
    }

    Status importJudgements()
    {
        constexpr std::string_view part = kJudgements;
        match::Resolver resolver(m_ws);
        store::Query exists(m_db, "SELECT 1 FROM entity WHERE key = ?1");
        auto known = [&](std::string_view key) {
            exists.reset();
            exists.bind(1, key);
            return exists.step() == SQLITE_ROW;
        };
        return forEachLine(
            m_bundle.parts.at(std::string(part)),
            [&](std::string_view line, std::uint64_t lineNo) -> Status {
                element doc;
                array items;
                if (m_parser.parse(line.data(), line.size()).get(doc) ||
                    doc.get_array().get(items) || items.size() < 3)
                    return fail(part, lineNo,
                                "expected [target, source, judgement, score, user, "
                                "timestamp]");
                std::vector<std::string_view> text;
                double score = 0;
                for (element item : items) {
                    std::string_view s;
                    if (item.get_string().get(s) == simdjson::SUCCESS)
                        text.push_back(s);
                    else if (item.get_double().get(score) == simdjson::SUCCESS)
                        text.push_back({});
                    else
                        text.push_back({});
                }
                auto judgement = match::parseJudgement(text[2]);
                if (!judgement)
                    return fail(part, lineNo, "unknown judgement '" + std::string(text[2]) + "'");
                if (!known(text[0]) || !known(text[1])) {
                    ++m_report.judgementsSkipped;
                    return {};
                }
                match::JudgementRecord r;
                r.left = std::string(text[0]);
                r.right = std::string(text[1]);
                r.judgement = *judgement;
                r.score = score;
                r.user = text.size() > 4 ? std::string(text[4]) : std::string();
                r.timestamp = text.size() > 5 ? std::string(text[5]) : std::string();
                auto outcome = resolver.judge(r);
                if (!outcome)
                    ++m_report.judgementsSkipped; // it contradicts a decision made here
                else if (outcome->changed)
                    ++m_report.judgementsApplied;
                return {};
            });
    }

    store::Workspace& m_ws;
    sqlite3* m_db;
    const std::string& m_path;
    std::string m_partPath;
    const BundleImportOptions& m_options;
    const ParsedBundle& m_bundle;
    BundleImportReport& m_report;
    const model::Model& m_model;
    store::EntityWriter m_writer;
    RecordImporter m_records;
    simdjson::dom::parser m_parser;
    store::Query m_update;
    std::int64_t m_dataset = 0;
    std::unordered_map<std::string, std::int64_t> m_entities, m_sourceIds;
    std::unordered_set<std::int64_t> m_touched;
    std::set<std::string> m_newSources, m_newFindings, m_oldFindings;
    struct DigestHash
    {
        std::size_t operator()(const std::array<std::uint8_t, 16>& d) const
        {
            std::size_t h;
            std::memcpy(&h, d.data(), sizeof h);
            return h;
        }
    };
    std::unordered_set<std::array<std::uint8_t, 16>, DigestHash> m_keep;
};

} // namespace

Result<BundleCheck> checkBundle(const store::Workspace& ws, const std::string& path,
                                const BundleImportOptions& options)
{
    auto loaded = load(ws, path, options);
    if (!loaded)
        return loaded.error();
    return std::move(loaded->check);
}

Result<BundleImportReport> importBundle(store::Workspace& ws, const std::string& path,
                                        const BundleImportOptions& options)
{
    auto loaded = load(ws, path, options);
    if (!loaded)
        return loaded.error();
    BundleImportReport report;
    report.check = loaded->check;
    if (!report.check.refusal.empty())
        return makeError(report.check.refusal + "; nothing was imported", path);
    const BundleInfo& info = report.check.info;
    report.dataset = options.dataset.empty() ? info.dataset : options.dataset;
    std::string owner = info.fingerprint + "/" + info.dataset;

    store::Transaction tx(ws.db());
    if (auto st = tx.begin(); !st)
        return st.error();
    // The local dataset belongs to one sender's dataset: never mix a partner's retractions
    // with this workspace's own values.
    auto currentOwner = ws.setting(ownerKey(report.dataset));
    if (!currentOwner) {
        store::Query used(ws.db(), "SELECT 1 FROM dataset d WHERE d.name = ?1 AND (EXISTS "
                                   "(SELECT 1 FROM statement WHERE dataset_id = d.id) OR EXISTS "
                                   "(SELECT 1 FROM source WHERE dataset_id = d.id) OR EXISTS "
                                   "(SELECT 1 FROM finding WHERE dataset_id = d.id))");
        used.bind(1, report.dataset);
        if (used.step() == SQLITE_ROW)
            return makeError("refused: dataset '" + report.dataset +
                                 "' already holds data that did not come from this sender's "
                                 "bundles; import with --dataset NAME; nothing was imported",
                             path);
    } else if (*currentOwner != owner) {
        return makeError("refused: dataset '" + report.dataset +
                             "' holds bundles from another sender or dataset; import with "
                             "--dataset NAME; nothing was imported",
                         path);
    }
    if (!report.check.trust || report.check.trust == crypto::TrustState::Untrusted) {
        // --trust-unknown (load() refused otherwise).
        auto added = crypto::importPartnerKey(ws, info.sender, crypto::TrustState::Trusted);
        if (!added)
            return added.error();
        if (!added->added) {
            auto trusted =
                crypto::setPartnerTrust(ws, info.fingerprint, crypto::TrustState::Trusted);
            if (!trusted)
                return trusted.error();
        }
        report.keyAdded = true;
    }
    ws.prepareForBulkWrite();
    BundleWriter writer(ws, path, options, loaded->bundle, report);
    if (auto st = writer.run(); !st)
        return st.error();
    store::Query receipt(ws.db(), "INSERT INTO bundle_receipt(sender, dataset, sequence, "
                                  "manifest_sha256) VALUES (?1, ?2, ?3, ?4)");
    receipt.bind(1, info.fingerprint).bind(2, info.dataset).bind(3, info.sequence);
    receipt.bind(4, info.manifestSha256);
    if (auto st = receipt.exec(); !st)
        return st.error();
    if (auto st = ws.setSetting(ownerKey(report.dataset), owner); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return report;
}

} // namespace commonplace::io

// SPDX-License-Identifier: GPL-3.0-or-later
#include "BundleCommands.h"

#include "KeysCommands.h"

#include "Open.h"
#include "crypto/Keyring.h"
#include "crypto/OrgKey.h"
#include "crypto/Passphrase.h"
#include "io/Bundle.h"
#include "io/Import.h"
#include "store/Workspace.h"
#include "util/Json.h"

#include <CLI/CLI.hpp>

#include <cstdio>
#include <filesystem>

namespace commonplace::cli {

namespace {

std::string who(const crypto::PublicKey& key)
{
    return key.name + " (" + crypto::fingerprintGroups(key.fingerprint()) + ")";
}

Result<crypto::OrgSecret> unlock(const store::Workspace& ws, const std::string& passphraseFile)
{
    auto own = crypto::orgPublicKey(ws);
    if (!own)
        return own.error();
    if (!*own)
        return makeError("this workspace has no organisation key yet (run: keys init --org NAME)");
    auto passphrase = readKeyPassphrase(
        passphraseFile, "Passphrase for the organisation key of " + (*own)->name, false);
    if (!passphrase)
        return passphrase.error();
    return crypto::unlockOrgKey(ws, passphrase->view());
}

// A recipient is a public key file, or the fingerprint of a key in the keyring.
Result<crypto::PublicKey> recipientKey(const store::Workspace& ws, const std::string& arg)
{
    std::error_code ec;
    std::optional<crypto::PublicKey> key;
    if (std::filesystem::is_regular_file(arg, ec)) {
        auto read = crypto::readPublicKeyFile(arg);
        if (!read)
            return read.error();
        key = *read;
    } else {
        auto all = crypto::listPartnerKeys(ws);
        if (!all)
            return all.error();
        std::string fp = crypto::normaliseFingerprint(arg);
        for (const auto& p : *all) {
            if (fp.size() >= 8 && p.fingerprint.compare(0, fp.size(), fp) == 0) {
                if (key)
                    return makeError("--recipient " + arg + " matches several keyring keys");
                key = p.key;
            }
        }
        if (!key)
            return makeError("--recipient " + arg +
                             ": neither a public key file nor a fingerprint in the keyring");
    }
    auto partner = crypto::findPartnerKey(ws, key->fingerprint());
    if (!partner)
        return partner.error();
    if (*partner && (*partner)->status == crypto::TrustState::Revoked)
        return makeError("--recipient " + arg + ": the key of " + who(*key) + " is revoked");
    if (!*partner || (*partner)->status != crypto::TrustState::Trusted)
        std::fprintf(stderr,
                     "commonplace-cli: note: sealing to %s, a key the keyring does not mark "
                     "trusted; make sure it is really theirs\n",
                     who(*key).c_str());
    return *key;
}

void writeWithheld(util::JsonWriter& w, const io::RedactionSummary& s)
{
    w.key("withheld").beginObject();
    w.key("statements").value(s.statements).key("sources").value(s.sources);
    w.key("pseudonymised_sources").value(s.pseudonymised).key("findings").value(s.findings);
    w.key("judgements").value(s.judgements).key("attachments").value(s.attachments);
    w.endObject();
}

void writeCounts(util::JsonWriter& w, const io::BundleCounts& c)
{
    w.key("counts").beginObject();
    w.key("entities").value(c.entities).key("statements").value(c.statements);
    w.key("sources").value(c.sources).key("findings").value(c.findings);
    w.key("judgements").value(c.judgements).key("attachments").value(c.attachments);
    w.endObject();
}

unsigned long long ull(std::uint64_t v)
{
    return static_cast<unsigned long long>(v);
}

} // namespace

void addBundleExportOptions(CLI::App& exp, BundleArgs& a)
{
    exp.add_option("--recipient", a.recipients,
                   "Bundle: seal it to this partner (a public key file or a keyring "
                   "fingerprint); repeat for several")
        ->expected(1)
        ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    exp.add_flag("--pseudonymise-sources", a.pseudonymiseSources,
                 "Bundle: replace sources above --max-sensitivity by stable pseudonyms instead "
                 "of leaving them out");
    exp.add_option("--key-passphrase-file", a.passphraseFile,
                   "Bundle: the organisation key's passphrase, first line of this file (else "
                   "COMMONPLACE_KEY_PASSPHRASE, COMMONPLACE_PASSPHRASE, a prompt)");
}

void addBundleImportOptions(CLI::App& imp, BundleArgs& a)
{
    imp.add_flag("--trust-unknown", a.trustUnknown,
                 "Bundle: first contact; trust the signer's key although nobody compared its "
                 "fingerprint (it is added to the keyring as trusted)");
    imp.add_option("--key-passphrase-file", a.passphraseFile,
                   "Bundle: the organisation key's passphrase to open a sealed bundle (else "
                   "COMMONPLACE_KEY_PASSPHRASE, COMMONPLACE_PASSPHRASE, a prompt)");
}

bool isBundleImport(const std::string& file, const std::string& format)
{
    if (format == "bundle")
        return true;
    if (format != "auto")
        return false;
    auto detected = io::detectFormat(file);
    return detected && *detected == io::Format::Bundle;
}

int cmdExportBundle(const std::string& workspace, bool json, const std::string& file,
                    const std::string& maxSensitivity, const std::string& dataset,
                    const BundleArgs& a)
{
    io::BundleExportOptions options;
    auto level = store::parseSensitivity(maxSensitivity);
    if (!level) {
        std::fprintf(stderr, "commonplace-cli: unknown --max-sensitivity '%s'\n",
                     maxSensitivity.c_str());
        return kUsage;
    }
    options.maxSensitivity = *level;
    options.dataset = dataset;
    options.pseudonymiseSources = a.pseudonymiseSources;
    auto ws = openNamedWorkspace(workspace);
    if (!ws)
        return fail(ws.error());
    for (const auto& r : a.recipients) {
        auto key = recipientKey(**ws, r);
        if (!key)
            return fail(key.error());
        options.recipients.push_back(std::move(key).value());
    }
    auto signer = unlock(**ws, a.passphraseFile);
    if (!signer)
        return fail(signer.error());
    auto report = io::exportBundle(**ws, file, options, *signer);
    if (!report)
        return fail(report.error());
    const auto& r = *report;
    if (json) {
        std::string out;
        util::JsonWriter w(out);
        w.beginObject().key("file").value(file).key("format").value("bundle");
        w.key("dataset").value(r.dataset).key("sequence").value(r.sequence);
        w.key("signer").value(signer->publicKey().fingerprint());
        w.key("max_sensitivity").value(store::toString(options.maxSensitivity));
        w.key("max_contained").value(store::toString(r.maxContained));
        w.key("sealed").value(!options.recipients.empty());
        w.key("recipients").beginArray();
        for (const auto& k : options.recipients)
            w.value(k.fingerprint());
        w.endArray();
        writeCounts(w, r.counts);
        writeWithheld(w, r.withheld);
        w.key("bytes").value(r.bytes).endObject();
        printJson(out);
        return kOk;
    }
    std::printf("Exported bundle %s: dataset '%s', sequence %lld, %llu entities, %llu values, "
                "%llu sources, %llu findings, %llu judgements, %llu attachments.\n",
                file.c_str(), r.dataset.c_str(), static_cast<long long>(r.sequence),
                ull(r.counts.entities), ull(r.counts.statements), ull(r.counts.sources),
                ull(r.counts.findings), ull(r.counts.judgements), ull(r.counts.attachments));
    std::printf("Signed by %s.\n", who(signer->publicKey()).c_str());
    if (options.recipients.empty()) {
        std::printf("Not sealed: anyone who gets the file can read it.\n");
    } else {
        std::printf("Sealed to %zu recipient(s):", options.recipients.size());
        for (std::size_t i = 0; i < options.recipients.size(); ++i)
            std::printf("%s %s", i ? "," : "", who(options.recipients[i]).c_str());
        std::printf(".\n");
    }
    const auto& s = r.withheld;
    if (s.total() == 0) {
        std::printf("Withheld nothing (nothing above '%s').\n", maxSensitivity.c_str());
    } else {
        std::printf("Withheld above '%s': %llu values, %llu sources, %llu findings, %llu "
                    "judgements, %llu attachments",
                    maxSensitivity.c_str(), ull(s.statements), ull(s.sources), ull(s.findings),
                    ull(s.judgements), ull(s.attachments));
        if (s.pseudonymised)
            std::printf("; %llu sources replaced by pseudonyms", ull(s.pseudonymised));
        std::printf(".\n");
    }
    return kOk;
}

int cmdImportBundle(const std::string& workspace, bool json, const std::string& file,
                    const std::string& sensitivity, const std::string& dataset, const BundleArgs& a)
{
    io::BundleImportOptions options;
    auto level = store::parseSensitivity(sensitivity);
    if (!level) {
        std::fprintf(stderr, "commonplace-cli: unknown --sensitivity '%s'\n", sensitivity.c_str());
        return kUsage;
    }
    options.sensitivity = *level;
    options.dataset = dataset;
    options.trustUnknown = a.trustUnknown;
    auto ws = openNamedWorkspace(workspace);
    if (!ws)
        return fail(ws.error());
    store::Workspace& w = **ws;
    options.unlock = [&]() { return unlock(w, a.passphraseFile); };
    auto report = io::importBundle(w, file, options);
    if (!report)
        return fail(report.error());
    const auto& r = *report;
    const auto& info = r.check.info;
    if (r.keyAdded) {
        // Said loudly, on stderr, whatever --json asks: this is the one moment a key nobody
        // checked becomes trusted.
        std::fprintf(stderr,
                     "commonplace-cli: WARNING: --trust-unknown: the key of %s is now TRUSTED "
                     "without anyone having compared its fingerprint.\n"
                     "  fingerprint: %s\n  words:       %s\n"
                     "  Anyone can make a key with any name. Compare the fingerprint with %s "
                     "by phone or in person; if it differs, run: keys revoke %s\n",
                     info.sender.name.c_str(), crypto::fingerprintGroups(info.fingerprint).c_str(),
                     crypto::fingerprintWords(info.fingerprint).c_str(), info.sender.name.c_str(),
                     info.fingerprint.c_str());
    }
    if (json) {
        std::string out;
        util::JsonWriter jw(out);
        jw.beginObject().key("file").value(file).key("format").value("bundle");
        jw.key("sender").beginObject().key("name").value(info.sender.name);
        jw.key("fingerprint").value(info.fingerprint);
        jw.key("fingerprint_words").value(crypto::fingerprintWords(info.fingerprint)).endObject();
        jw.key("key_added").value(r.keyAdded);
        jw.key("sealed").value(info.sealed);
        jw.key("bundle_dataset").value(info.dataset).key("dataset").value(r.dataset);
        jw.key("sequence").value(info.sequence).key("created").value(info.created);
        jw.key("sensitivity").value(store::toString(options.sensitivity));
        writeCounts(jw, info.counts);
        jw.key("entities_created").value(r.entitiesCreated);
        jw.key("statements_added").value(r.statementsAdded);
        jw.key("statements_retracted").value(r.statementsRetracted);
        jw.key("sources_retracted").value(r.sourcesRetracted);
        jw.key("findings_retracted").value(r.findingsRetracted);
        jw.key("judgements_applied").value(r.judgementsApplied);
        jw.key("judgements_skipped").value(r.judgementsSkipped).endObject();
        printJson(out);
        return kOk;
    }
    std::printf("Verified bundle %s: signed by %s, dataset '%s', sequence %lld%s.\n", file.c_str(),
                who(info.sender).c_str(), info.dataset.c_str(),
                static_cast<long long>(info.sequence),
                info.sealed ? ", sealed to this organisation" : "");
    std::printf("Imported into dataset '%s' at sensitivity '%s' or above: %llu entities, %llu "
                "values (%llu new, %llu retracted), %llu sources, %llu findings, %llu "
                "attachments.\n",
                r.dataset.c_str(), sensitivity.c_str(), ull(info.counts.entities),
                ull(info.counts.statements), ull(r.statementsAdded), ull(r.statementsRetracted),
                ull(info.counts.sources), ull(info.counts.findings), ull(info.counts.attachments));
    if (info.counts.judgements)
        std::printf("Judgements: %llu applied, %llu skipped (unknown entities or contradicting "
                    "this workspace's own).\n",
                    ull(r.judgementsApplied), ull(r.judgementsSkipped));
    return kOk;
}

} // namespace commonplace::cli

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/Keyring.h"
#include "crypto/OrgKey.h"
#include "io/Archive.h"
#include "io/Import.h"
#include "store/Types.h"

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace commonplace::store {
class Workspace;
}

namespace commonplace::io {

/** The exchange bundle's format name and version (docs/formats.md "Exchange bundles"). */
inline constexpr std::string_view kBundleFormat = "commonplace-bundle";
inline constexpr int kBundleVersion = 1;

/** What an export at a sensitivity level leaves out, by kind. */
struct RedactionSummary
{
    std::uint64_t statements = 0;    ///< values above the level (or pointing at withheld entities)
    std::uint64_t sources = 0;       ///< sources above the level, not written at all
    std::uint64_t pseudonymised = 0; ///< sources above the level written as pseudonyms instead
    std::uint64_t findings = 0;
    std::uint64_t judgements = 0;  ///< judgements naming an entity that is not exported
    std::uint64_t attachments = 0; ///< files of withheld or pseudonymised sources
    std::uint64_t total() const
    {
        return statements + sources + pseudonymised + findings + judgements + attachments;
    }
};

/** How many of each kind a bundle holds. */
struct BundleCounts
{
    std::uint64_t entities = 0;
    std::uint64_t statements = 0;
    std::uint64_t sources = 0;
    std::uint64_t findings = 0;
    std::uint64_t judgements = 0;
    std::uint64_t attachments = 0;
};

struct BundleExportOptions
{
    std::string dataset; ///< only this dataset's values ("" for all)
    /** The dataset name partners see in the manifest; "" takes `dataset`, else one made
     * from the organisation's name ("Centre for Rights" -> "centre-for-rights"). */
    std::string bundleDataset;
    store::Sensitivity maxSensitivity = store::Sensitivity::Restricted;
    /** Sources above the level become stable pseudonyms instead of disappearing. */
    bool pseudonymiseSources = false;
    /** Seal to these partners (empty: signed but readable by anyone who has the file). */
    std::vector<crypto::PublicKey> recipients;
    Progress progress;
};

struct BundleExportReport
{
    std::string dataset;
    std::int64_t sequence = 0;
    BundleCounts counts;
    RedactionSummary withheld;
    store::Sensitivity maxContained = store::Sensitivity::Public;
    std::uint64_t recipients = 0; ///< 0 when not sealed
    std::uint64_t bytes = 0;
};

/**
 * What an export with these options would withhold, counted without writing anything (the
 * GUI shows it before the user confirms; the export's own report gives the same counts).
 */
Result<RedactionSummary> redactionSummary(const store::Workspace& ws,
                                          const BundleExportOptions& options);

/**
 * The pseudonym of a source key in this workspace: "anon-" and 26 base32 characters of
 * BLAKE2b keyed with the workspace's pseudonym secret (made on first use and kept in the
 * `setting` table). The same source always gets the same pseudonym here, and a different one
 * in any other workspace.
 */
Result<std::string> sourcePseudonym(store::Workspace& ws, std::string_view sourceKey);

/**
 * Writes a signed exchange bundle (a zip: manifest.json, manifest.sig and the parts it lists
 * with their SHA-256), leaving out everything above `maxSensitivity`; sealed to the
 * recipients when there are any. Takes the next sequence number for the bundle's dataset
 * (kept in `setting`). The file appears whole or not at all.
 */
Result<BundleExportReport> exportBundle(store::Workspace& ws, const std::string& path,
                                        const BundleExportOptions& options,
                                        const crypto::OrgSecret& signer);

/** What a bundle says about itself, once its signature and parts have been checked. */
struct BundleInfo
{
    crypto::PublicKey sender;
    std::string fingerprint;
    std::string dataset;
    std::int64_t sequence = 0;
    std::string created;
    store::Sensitivity maxContained = store::Sensitivity::Public;
    bool pseudonymisedSources = false;
    BundleCounts counts;
    bool sealed = false;
    std::string manifestSha256;
};

/** A bundle read from bytes: its manifest checked, signature verified, every part's hash. */
struct ParsedBundle
{
    BundleInfo info;
    std::map<std::string, std::string> parts; ///< part name -> bytes (manifest files excluded)
};

/**
 * Parses and checks a bundle (the zip; unsealed first if it was sealed) without a workspace:
 * a safe archive (readZip), a well-formed manifest, a fingerprint that matches the sender's
 * key, a valid signature of the manifest by that key, and every part present, listed and of
 * the listed size and SHA-256. Each failure says which.
 */
Result<ParsedBundle> parseBundle(std::string_view zipBytes, const ArchiveLimits& limits = {});

struct BundleImportOptions
{
    /** Lowest sensitivity given to everything imported (data received at a level is never
     * re-shared above it). */
    store::Sensitivity sensitivity = store::Sensitivity::Public;
    /** Local dataset to write into; "" takes the bundle's dataset name. */
    std::string dataset;
    /** First contact: add an unknown (or untrusted) signer's key as trusted. Never a revoked one.
     */
    bool trustUnknown = false;
    /** Unlocks this organisation's key, asked only when the bundle is sealed. */
    std::function<Result<crypto::OrgSecret>()> unlock;
    /** An already unlocked key (the GUI unlocks once per dialog); used before `unlock`. */
    const crypto::OrgSecret* secret = nullptr;
    ArchiveLimits limits;
    Progress progress;
};

/** A bundle checked against this workspace: its info, the signer's trust and what would stop
 * an import. */
struct BundleCheck
{
    BundleInfo info;
    std::optional<crypto::TrustState> trust; ///< nullopt: the signer is not in the keyring
    /** Why import would refuse it ("" when it would be imported). */
    std::string refusal;
    enum class Refusal
    {
        None,
        UnknownSigner,   ///< not in the keyring (trustUnknown would allow it)
        UntrustedSigner, ///< in the keyring, not trusted (trustUnknown would allow it)
        RevokedSigner,
        NotNewer ///< a replayed or older sequence number
    };
    Refusal refusalKind = Refusal::None;
    /** The sequence number last imported from this sender and dataset (0 if none). */
    std::int64_t lastSequence = 0;
};

/**
 * Reads and verifies a bundle file against the workspace without writing: everything
 * parseBundle checks, then the signer in the keyring (unknown, untrusted or revoked is a
 * refusal unless trustUnknown allows the first two), and the sequence number newer than the
 * last one imported from that sender and dataset. An error when the bundle cannot be read at
 * all (damaged, altered, not sealed to us); a BundleCheck with `refusal` set when it was read
 * but may not be imported.
 */
Result<BundleCheck> checkBundle(const store::Workspace& ws, const std::string& path,
                                const BundleImportOptions& options);

struct BundleImportReport
{
    BundleCheck check;
    std::string dataset;   ///< the local dataset written
    bool keyAdded = false; ///< --trust-unknown added the signer's key
    std::uint64_t entitiesCreated = 0;
    std::uint64_t statementsAdded = 0;     ///< values new to the workspace
    std::uint64_t statementsRetracted = 0; ///< values an earlier bundle had and this one drops
    std::uint64_t sourcesRetracted = 0;
    std::uint64_t findingsRetracted = 0;
    std::uint64_t judgementsApplied = 0;
    std::uint64_t judgementsSkipped = 0; ///< contradicting this workspace's own decisions
};

/**
 * Imports a bundle after checkBundle passes, in one transaction: the bundle's dataset becomes
 * exactly what the bundle holds (values, sources and findings an earlier bundle of the same
 * sender and dataset had and this one lacks are retracted), every value and record raised to
 * at least `sensitivity`, and a receipt recorded. On any error the workspace is unchanged.
 */
Result<BundleImportReport> importBundle(store::Workspace& ws, const std::string& path,
                                        const BundleImportOptions& options);

} // namespace commonplace::io

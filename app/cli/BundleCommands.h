// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace commonplace::cli {

/** The options `export --format bundle` and `import` (of a bundle) add (docs/cli.md). */
struct BundleArgs
{
    // export
    std::vector<std::string> recipients; ///< key files or keyring fingerprints
    bool pseudonymiseSources = false;
    // import
    bool trustUnknown = false;
    // both: the organisation key's passphrase (to sign; to open a sealed bundle)
    std::string passphraseFile;
};

void addBundleExportOptions(CLI::App& exportCommand, BundleArgs& args);
void addBundleImportOptions(CLI::App& importCommand, BundleArgs& args);

/** True when `import FILE --format FORMAT` names an exchange bundle (by format, name or
 * content). */
bool isBundleImport(const std::string& file, const std::string& format);

/** `export FILE --format bundle ...`: the exit status. */
int cmdExportBundle(const std::string& workspace, bool json, const std::string& file,
                    const std::string& maxSensitivity, const std::string& dataset,
                    const BundleArgs& args);

/** `import FILE ...` of a bundle; `dataset` is "" unless --dataset was given. */
int cmdImportBundle(const std::string& workspace, bool json, const std::string& file,
                    const std::string& sensitivity, const std::string& dataset,
                    const BundleArgs& args);

} // namespace commonplace::cli

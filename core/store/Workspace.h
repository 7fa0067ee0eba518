// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "crypto/Vfs.h"
#include "store/Sqlite.h"
#include "store/Types.h"

#include <functional>
#include <memory>
#include <string>

namespace commonplace::store {

/**
 * One workspace: a single SQLite file (`*.commonplace`) in WAL mode with foreign keys on.
 * Opening migrates an older schema forward, each migration in its own transaction. All reads
 * the UI and CLI need go through here; views never see SQL.
 */
class Workspace
{
public:
    static constexpr int kSchemaVersion = 4;

    enum class Mode
    {
        OpenExisting, ///< error if the file does not exist
        CreateNew,    ///< error if the file exists
        OpenOrCreate
    };

    /** How to open: mode, and for encrypted workspaces the key or the passphrase. */
    struct OpenOptions
    {
        Mode mode = Mode::OpenOrCreate;
        /** An unlocked key (from unlock() or another open Workspace's key()); asks nothing. */
        crypto::DataKeyHandle key;
        /** Otherwise the passphrase; when creating with `encrypt`, the new one. */
        const crypto::SecretBytes* passphrase = nullptr;
        /** Create the workspace encrypted (CreateNew / OpenOrCreate of a missing file). */
        bool encrypt = false;
        /** Argon2id cost for a new passphrase (default: crypto::workspaceKdfParams()). */
        std::optional<crypto::KdfParams> kdf;
    };

    /** Opens (and migrates) or creates a workspace. Errors name the file. */
    static Result<std::unique_ptr<Workspace>> open(const std::string& path,
                                                   Mode mode = Mode::OpenOrCreate);

    /**
     * Opens with options. An encrypted workspace opened without key or passphrase fails with
     * crypto::kNeedsPassphrase; a wrong passphrase with crypto::kWrongPassphrase, before
     * anything is written. Damage found by the encryption layer is reported with the file name
     * and page.
     */
    static Result<std::unique_ptr<Workspace>> open(const std::string& path,
                                                   const OpenOptions& options);

    /** Is the file at `path` an encrypted workspace? (False when missing or plain.) */
    static bool isEncrypted(const std::string& path);

    /** Unwraps the key of an encrypted workspace (Argon2id: about a second); no file changes. */
    static Result<crypto::DataKeyHandle> unlock(const std::string& path,
                                                const crypto::SecretBytes& passphrase);

    /**
     * Converts the closed plain workspace at `path` into an encrypted one (decryptFile: back),
     * by VACUUM INTO a new file beside it that then replaces the original atomically. The
     * original stays locked (no other connection or program can write to it) from before the
     * copy until it is replaced. On any error the original is left as it was. Returns the new
     * workspace's key, so opening it asks for no second key derivation.
     */
    static Result<crypto::DataKeyHandle>
    encryptFile(const std::string& path, const crypto::SecretBytes& passphrase,
                std::optional<crypto::KdfParams> kdf = std::nullopt);
    static Status decryptFile(const std::string& path, const crypto::DataKeyHandle& key);

    /** $XDG_DATA_HOME/commonplace/default.commonplace (or ~/.local/share/...). */
    static std::string defaultPath();

    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    sqlite3* db() const { return m_db; }
    const std::string& path() const { return m_path; }

    /** True for an encrypted workspace. */
    bool encrypted() const { return m_key != nullptr; }
    /** The unlocked key (null when plain), for background jobs opening the same file. */
    const crypto::DataKeyHandle& key() const { return m_key; }
    /** Wraps the data key under a new passphrase; the pages are not rewritten. */
    Status changePassphrase(const crypto::SecretBytes& newPassphrase,
                            std::optional<crypto::KdfParams> kdf = std::nullopt);

    /**
     * A message for the last database error, naming the file and the damaged page when the
     * encryption layer found one; otherwise SQLite's message.
     */
    std::string describeError() const;
    int schemaVersion() const;

    /** Tunes the connection for a large write (bigger cache); harmless otherwise. */
    void prepareForBulkWrite();

    Result<Stats> stats() const;
    Result<std::vector<DatasetRow>> datasets() const;

    /**
     * Full-text search over names, aliases and text values, in any script: names are also
     * found by their Latin form ("malofeev" finds "Малофеев", see LatinForm) and the query is
     * transliterated too. The query is plain words (no syntax); the last word matches as a
     * prefix. Best matches first (bm25, names weigh ten times the text).
     */
    Result<std::vector<SearchHit>> search(std::string_view query, int limit) const;

    /**
     * Search as you type over everything (Ctrl+K): names and aliases of entities (in any
     * script, as search() does), finding titles and text, source titles, publishers, addresses
     * and notes; at most `perGroup` hits per group, every word a prefix. Entities whose name
     * is the query come first, then those whose name starts with it (case and accents
     * ignored; range scans of the sort-key index), then the other matches by bm25 rank over
     * the first 1,000 matches of each index (in index order). A query with no word of three
     * characters is served from the sort-key index alone (names starting with it,
     * alphabetically); the full-text indexes are read, unranked and at most 200 matches,
     * only for a group the names leave short. Relationships are also found through the
     * actors found (those they link).
     */
    Result<SearchGroups> searchGrouped(std::string_view query, int perGroup) const;

    /**
     * One entity with all its statements and their provenance; error if the id is unknown.
     * For a merged entity (any member's id) the detail covers its whole group: every member's
     * statements, each naming the member that holds it, side by side (see EntityDetail).
     */
    Result<EntityDetail> entity(std::string_view id) const;

    /**
     * A page of entities for lazy tables (keyset paging): the first `limit` entities after
     * `after` (the last row of the previous page; null for the first page) in the order asked
     * for. Sorting, filtering and paging all happen in the store over the sort indexes, so
     * every page costs the same however deep it is. Needs filled sort keys
     * (EntityWriter::fillSortKeys) to page by name.
     */
    Result<std::vector<EntityRow>> listEntities(const EntityFilter& filter, EntitySort sort,
                                                SortOrder order, const EntityRow* after,
                                                std::int64_t limit) const;
    /** How many entities match the filter. */
    Result<std::int64_t> countEntities(const EntityFilter& filter) const;

    /** Integrity check of the file (PRAGMA integrity_check): "ok" or SQLite's findings. */
    Result<std::string> integrityCheck() const;

    /** Read or write a workspace setting (a small key/value table). */
    std::optional<std::string> setting(std::string_view key) const;
    Status setSetting(std::string_view key, std::string_view value);

private:
    Workspace(sqlite3* db, std::string path);
    Status migrate();
    sqlite3* m_db;
    std::string m_path;
    crypto::DataKeyHandle m_key;
    std::string m_keyToken;
};

/** Builds an FTS5 query from plain words, so user text can never be FTS syntax. */
std::string ftsQuery(std::string_view text);

} // namespace commonplace::store

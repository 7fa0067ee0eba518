// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/Workspace.h"

#include "crypto/VfsExtras.h"
#include "model/Model.h"
#include "store/Defaults.h"
#include "store/EntityReader.h"
#include "store/Latin.h"
#include "store/Migrations.h"
#include "store/SortKey.h"
#include "store/WorkspaceTestHooks.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <tuple>
#include <unistd.h>
#include <unordered_map>
#include <unordered_set>

namespace commonplace::store {

std::optional<Sensitivity> parseSensitivity(std::string_view text)
{
    if (text == "public")
        return Sensitivity::Public;
    if (text == "coalition")
        return Sensitivity::Coalition;
    if (text == "internal")
        return Sensitivity::Internal;
    if (text == "restricted")
        return Sensitivity::Restricted;
    return std::nullopt;
}

std::string_view toString(Sensitivity s)
{
    switch (s) {
    case Sensitivity::Public:
        return "public";
    case Sensitivity::Coalition:
        return "coalition";
    case Sensitivity::Internal:
        return "internal";
    case Sensitivity::Restricted:
        return "restricted";
    }
    return "restricted";
}

std::string ftsQuery(std::string_view text)
{
    // Split on anything that is not a letter/digit byte (UTF-8 multibyte bytes count as
    // letters) and quote each word, so quotes, stars and operators in user text are inert.
    std::string out;
    std::string word;
    auto flush = [&] {
        if (word.empty())
            return;
        if (!out.empty())
            out += ' ';
        out += '"';
        out += word;
        out += '"';
        word.clear();
    };
    for (unsigned char c : text) {
        if (c >= 0x80 || std::isalnum(c))
            word.push_back(char(c));
        else
            flush();
    }
    flush();
    if (!out.empty())
        out += '*';
    return out;
}

Workspace::Workspace(sqlite3* db, std::string path)
    : m_db(db)
    , m_path(std::move(path))
{}

Workspace::~Workspace()
{
    if (m_db) {
        // Fold the WAL back into the main file so a closed workspace is one file.
        sqlite3_wal_checkpoint_v2(m_db, nullptr, SQLITE_CHECKPOINT_TRUNCATE, nullptr, nullptr);
        sqlite3_close_v2(m_db);
    }
    if (!m_keyToken.empty())
        crypto::unregisterKey(m_keyToken);
    m_key.reset(); // the last handle wipes the key
}

std::string Workspace::defaultPath()
{
    std::string base;
    if (const char* xdg = std::getenv("XDG_DATA_HOME"); xdg && *xdg)
        base = xdg;
    else if (const char* home = std::getenv("HOME"); home && *home)
        base = std::string(home) + "/.local/share";
    else
        base = ".";
    return base + "/commonplace/default.commonplace";
}

Result<std::unique_ptr<Workspace>> Workspace::open(const std::string& path, Mode mode)
{
    OpenOptions options;
    options.mode = mode;
    return open(path, options);
}

bool Workspace::isEncrypted(const std::string& path)
{
    return crypto::probeFile(path) == crypto::FileKind::Encrypted;
}

Result<crypto::DataKeyHandle> Workspace::unlock(const std::string& path,
                                                const crypto::SecretBytes& passphrase)
{
    return crypto::unlockFile(path, passphrase.view());
}

namespace {

/** SQLite's message, or the encryption layer's damage report when it found one. */
std::string damageOr(const std::string& message)
{
    std::string damage = crypto::takeDamageReport();
    return damage.empty() ? message : damage;
}

void removeWorkspaceFiles(const std::string& path)
{
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path + suffix, ec);
}

} // namespace

Result<std::unique_ptr<Workspace>> Workspace::open(const std::string& path,
                                                   const OpenOptions& options)
{
    namespace fs = std::filesystem;
    const Mode mode = options.mode;
    std::error_code ec;
    bool exists = fs::exists(path, ec);
    if (mode == Mode::OpenExisting && !exists)
        return makeError("no workspace here (create one with `init`)", path);
    if (mode == Mode::CreateNew && exists)
        return makeError("a file already exists here; not overwriting it", path);
    if (exists && fs::is_directory(path, ec))
        return makeError("is a folder, not a workspace file", path);
    if (!exists) {
        fs::path parent = fs::path(path).parent_path();
        if (!parent.empty()) {
            fs::create_directories(parent, ec);
            if (ec)
                return makeError("cannot create folder: " + ec.message(), parent.string());
            ::chmod(parent.c_str(), 0700);
        }
    }
    (void)crypto::takeDamageReport(); // forget reports about other files
    crypto::FileKind kind = exists ? crypto::probeFile(path) : crypto::FileKind::Missing;
    // Refuse files that are not SQLite before SQLite gets to complain obscurely.
    if (kind == crypto::FileKind::Other)
        return makeError("not a Commonplace workspace (not an SQLite database, nor an encrypted "
                         "workspace whose first bytes are intact: damaged?)",
                         path);

    crypto::DataKeyHandle key;
    bool createdEncrypted = false;
    if (!exists && options.encrypt && path != ":memory:") {
        if (!options.passphrase || options.passphrase->empty())
            return makeError("a new encrypted workspace needs a passphrase", path);
        auto made = crypto::createEncryptedFile(path, options.passphrase->view(),
                                                options.kdf.value_or(crypto::workspaceKdfParams()));
        if (!made)
            return made.error();
        key = std::move(*made);
        createdEncrypted = true;
    } else if (kind == crypto::FileKind::Encrypted) {
        if (options.key) {
            if (auto st = crypto::checkKeyMatches(path, *options.key); !st)
                return st.error();
            key = options.key;
        } else if (options.passphrase && !options.passphrase->empty()) {
            auto unlocked = crypto::unlockFile(path, options.passphrase->view());
            if (!unlocked)
                return unlocked.error();
            key = std::move(*unlocked);
        } else {
            return makeError(crypto::kNeedsPassphrase, path);
        }
    }
    // A half-made new encrypted file goes again if anything below fails.
    auto failed = [&](std::unique_ptr<Workspace>& ws, const std::string& message) -> Error {
        if (createdEncrypted) {
            ws.reset();
            removeWorkspaceFiles(path);
        }
        return makeError(message, path);
    };

    sqlite3* db = nullptr;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    std::string token;
    int rc;
    if (key) {
        if (!crypto::registerVfs()) {
            std::unique_ptr<Workspace> none;
            return failed(none, "cannot start the encryption layer"); // a new file goes too
        }
        token = crypto::registerKey(key);
        rc = sqlite3_open_v2(crypto::vfsUri(path, token).c_str(), &db, flags | SQLITE_OPEN_URI,
                             crypto::kVfsName);
    } else {
        rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    }
    std::unique_ptr<Workspace> ws(db ? new Workspace(db, path) : nullptr);
    if (ws) {
        ws->m_key = key;
        ws->m_keyToken = token;
    } else if (!token.empty()) {
        crypto::unregisterKey(token);
    }
    if (rc != SQLITE_OK) {
        std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
        return failed(ws, "cannot open workspace: " + damageOr(msg));
    }
    if (!exists && !key)
        ::chmod(path.c_str(), 0600);
    sqlite3_busy_timeout(db, 5000);
    if (createdEncrypted) {
        // Before the first page is written: SQLite's page size must match the encryption
        // layer's, and it must leave the nonce and tag bytes at the end of each page free.
        int reserve = crypto::kVfsReserveBytes;
        if (auto st = execSql(db, "PRAGMA page_size=" + std::to_string(crypto::kVfsPageSize)); !st)
            return failed(ws, st.error().message);
        sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    }
    if (key) {
        // Switching to WAL writes the first page; outside WAL mode that would need a rollback
        // journal file, which the encryption layer refuses (it would be plaintext). Only a new
        // file or a fresh conversion copy is ever outside WAL mode, and neither has anything
        // to lose, so that one write goes without a journal.
        Query journal(db, "PRAGMA journal_mode");
        if (journal.step() != SQLITE_ROW)
            return failed(
                ws, damageOr(std::string("cannot read the journal mode: ") + sqlite3_errmsg(db)));
        if (journal.text(0) != "wal") {
            journal = Query();
            if (auto st = execSql(db, "PRAGMA journal_mode=OFF"); !st)
                return failed(ws, st.error().message);
        }
    }
    auto st = execSql(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                          "PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY; "
                          "PRAGMA cache_size=-32768;");
    if (!st)
        return failed(ws, damageOr(st.error().message));
    if (key) {
        int reserve = -1; // -1 only asks
        sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
        Query pageSize(db, "PRAGMA page_size");
        Query journal(db, "PRAGMA journal_mode");
        if (pageSize.step() != SQLITE_ROW || pageSize.int64(0) != crypto::kVfsPageSize ||
            reserve < crypto::kVfsReserveBytes || journal.step() != SQLITE_ROW ||
            journal.text(0) != "wal")
            return failed(ws, "the encrypted workspace's page layout is wrong (page size, "
                              "reserved bytes or journal mode)");
    }
    if (auto m = ws->migrate(); !m)
        return failed(ws, damageOr(m.error().message));
    if (!exists) {
        if (auto seeded = seedDefaults(*ws); !seeded)
            return failed(ws, damageOr(seeded.error().message));
        // Sort keys written from now on are this collation's (see EntityWriter::fillSortKeys).
        if (auto keyed = ws->setSetting("sort_key.version", SortKey::version()); !keyed)
            return failed(ws, damageOr(keyed.error().message));
    }
    return ws;
}

Status Workspace::changePassphrase(const crypto::SecretBytes& newPassphrase,
                                   std::optional<crypto::KdfParams> kdf)
{
    if (!m_key)
        return makeError("this workspace is not encrypted (encrypt it first)", m_path);
    if (newPassphrase.empty())
        return makeError("the new passphrase is empty", m_path);
    // Argon2id (about a second, 256 MiB) runs before the write lock is taken, so the window
    // and background jobs keep writing meanwhile.
    auto next = crypto::derivePassphraseKey(newPassphrase.view(),
                                            kdf.value_or(crypto::workspaceKdfParams()));
    if (!next)
        return makeError(next.error().message, m_path);
    // The write lock keeps two changes from racing each other.
    if (auto st = execSql(m_db, "BEGIN IMMEDIATE"); !st)
        return makeError(st.error().message, m_path);
    auto st = crypto::rewrapFile(m_path, *m_key, *next);
    (void)execSql(m_db, "ROLLBACK");
    return st;
}

std::string Workspace::describeError() const
{
    std::string damage = crypto::takeDamageReport();
    if (!damage.empty())
        return damage;
    return m_path + ": " + sqlite3_errmsg(m_db);
}

namespace {

std::int64_t dataVersion(sqlite3* db)
{
    Query q(db, "PRAGMA data_version");
    return q.step() == SQLITE_ROW ? q.int64(0) : -1;
}

/** Overwrites a whole file with zeros through `fd` and syncs it. */
bool overwriteWithZeros(int fd)
{
    struct stat st = {};
    if (::fstat(fd, &st) != 0)
        return false;
    std::vector<char> zeros(std::size_t(1) << 20, 0);
    for (off_t at = 0; at < st.st_size;) {
        std::size_t n = std::size_t(std::min<off_t>(off_t(zeros.size()), st.st_size - at));
        ssize_t w = ::pwrite(fd, zeros.data(), n, at);
        if (w <= 0)
            return false;
        at += w;
    }
    return ::fsync(fd) == 0;
}

std::function<void(const std::string&)>& convertHook()
{
    static std::function<void(const std::string&)> hook;
    return hook;
}

/**
 * VACUUM INTO `targetUri` from the workspace at `path` (opened through `sourceUri` and `vfs`),
 * then checks the copy and renames it over the original. `target` is the copy's path. The
 * original stays locked from before the copy until it has been replaced.
 */
Status convert(const std::string& path, const std::string& sourceUri, const char* vfs,
               const std::string& target, const std::string& targetUri,
               const Workspace::OpenOptions& targetOptions, int reserve, bool scrubOriginal)
{
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(sourceUri.c_str(), &db,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, vfs);
    auto closeDb = [&] {
        if (db)
            sqlite3_close_v2(db);
        db = nullptr;
    };
    if (rc != SQLITE_OK) {
        std::string msg = db ? sqlite3_errmsg(db) : "out of memory";
        closeDb();
        return makeError("cannot open workspace: " + damageOr(msg), path);
    }
    sqlite3_busy_timeout(db, 5000);
    // EXCLUSIVE locking mode: the first read takes an exclusive lock on the file and keeps it
    // until this connection closes, after the rename, so no other connection or program can
    // commit to the original in between (that commit would be lost with it). Its log is
    // kept, not deleted by name, when it closes: by then the name belongs to the new file.
    int persistWal = 1;
    sqlite3_file_control(db, "main", SQLITE_FCNTL_PERSIST_WAL, &persistWal);
    auto st = execSql(db, "PRAGMA locking_mode=EXCLUSIVE; PRAGMA temp_store=MEMORY; "
                          "PRAGMA page_size=" +
                              std::to_string(crypto::kVfsPageSize) +
                              "; SELECT count(*) FROM sqlite_schema");
    if (!st) {
        bool busy = sqlite3_errcode(db) == SQLITE_BUSY;
        closeDb();
        if (busy)
            return makeError("the workspace is open in another program or window (close it "
                             "there first)",
                             path);
        return makeError(damageOr(st.error().message), path);
    }
    // VACUUM INTO gives the copy the reserve this connection asks for (SQLite keeps the
    // request even though it cannot change the existing file's own layout).
    sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &reserve);
    std::int64_t before = dataVersion(db);
    {
        Query vacuum(db, "VACUUM INTO ?");
        st = vacuum.bind(1, targetUri).exec();
    }
    std::int64_t after = dataVersion(db);
    if (!st) {
        closeDb();
        removeWorkspaceFiles(target);
        return makeError("converting failed: " + damageOr(st.error().message), path);
    }
    if (before != after) {
        closeDb();
        removeWorkspaceFiles(target);
        return makeError("the workspace changed while it was being converted (close other "
                         "windows and jobs on it and try again)",
                         path);
    }
    std::string problem;
    {
        auto copy = Workspace::open(target, targetOptions);
        if (!copy) {
            problem = "the converted copy does not open: " + copy.error().describe();
        } else {
            auto check = (*copy)->integrityCheck();
            if (!check || *check != "ok")
                problem = "the converted copy fails its integrity check";
        }
    }
    if (!problem.empty()) {
        closeDb();
        removeWorkspaceFiles(target);
        return makeError(problem, path);
    }
    std::error_code ec;
    if (std::filesystem::exists(path + "-wal", ec) &&
        std::filesystem::file_size(path + "-wal", ec) > 0) {
        closeDb();
        removeWorkspaceFiles(target);
        return makeError("the workspace is still open elsewhere (its log is not folded back); "
                         "close it and try again",
                         path);
    }
    // The old files stay reachable through these descriptors after the rename, so their
    // blocks can be overwritten once the new file has taken their place (never before: a
    // crash in between must leave one good copy).
    std::vector<int> oldFiles;
    if (scrubOriginal)
        for (const char* suffix : {"", "-wal", "-shm"})
            if (int fd = ::open((path + suffix).c_str(), O_RDWR | O_CLOEXEC); fd >= 0)
                oldFiles.push_back(fd);
    auto closeOld = [&] {
        for (int fd : oldFiles)
            ::close(fd);
    };
    if (convertHook())
        convertHook()(path);
    std::filesystem::remove(path + "-shm", ec);
    std::filesystem::remove(path + "-wal", ec);
    std::filesystem::rename(target, path, ec);
    // The original's lock goes with its connection, now that the new file has its name.
    closeDb();
    if (ec) {
        closeOld();
        removeWorkspaceFiles(target);
        return makeError("cannot replace the workspace: " + ec.message(), path);
    }
    // Make the rename durable.
    std::string folder = std::filesystem::path(path).parent_path().string();
    int fd = ::open(folder.empty() ? "." : folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
    bool scrubbed = true;
    for (int old : oldFiles)
        scrubbed = overwriteWithZeros(old) && scrubbed;
    closeOld();
    if (!scrubbed)
        return makeError("the workspace is converted, but the old plaintext file could not be "
                         "overwritten: its blocks may remain on the disk",
                         path);
    return {};
}

} // namespace

void setConvertHookForTests(std::function<void(const std::string&)> hook)
{
    convertHook() = std::move(hook);
}

Result<crypto::DataKeyHandle> Workspace::encryptFile(const std::string& path,
                                                     const crypto::SecretBytes& passphrase,
                                                     std::optional<crypto::KdfParams> kdf)
{
    auto kind = crypto::probeFile(path);
    if (kind == crypto::FileKind::Encrypted)
        return makeError("this workspace is already encrypted", path);
    if (kind != crypto::FileKind::Plain)
        return makeError("no workspace here (or not a Commonplace workspace)", path);
    if (passphrase.empty())
        return makeError("the passphrase is empty", path);
    {
        // Migrate first, and fold any WAL back into the file.
        auto ws = open(path, Mode::OpenExisting);
        if (!ws)
            return ws.error();
    }
    if (!crypto::registerVfs())
        return makeError("cannot start the encryption layer", path);
    std::string target = path + ".encrypting";
    removeWorkspaceFiles(target); // left over from an interrupted attempt: ciphertext only
    auto key = crypto::createEncryptedFile(target, passphrase.view(),
                                           kdf.value_or(crypto::workspaceKdfParams()));
    if (!key)
        return key.error();
    std::string token = crypto::registerKey(*key);
    // The copy is written once and thrown away on failure: its journal may stay in memory.
    std::string targetUri =
        crypto::vfsUri(target, token) + "&cpjournal=1&vfs=" + std::string(crypto::kVfsName);
    OpenOptions targetOptions;
    targetOptions.mode = Mode::OpenExisting;
    targetOptions.key = *key;
    auto st = convert(path, crypto::vfsUri(path, "none"), nullptr, target, targetUri, targetOptions,
                      crypto::kVfsReserveBytes, true);
    crypto::unregisterKey(token);
    if (!st)
        return st.error();
    return *key;
}

Status Workspace::decryptFile(const std::string& path, const crypto::DataKeyHandle& key)
{
    if (crypto::probeFile(path) != crypto::FileKind::Encrypted)
        return makeError("this workspace is not encrypted", path);
    if (!key)
        return makeError(crypto::kNeedsPassphrase, path);
    {
        OpenOptions o;
        o.mode = Mode::OpenExisting;
        o.key = key;
        auto ws = open(path, o);
        if (!ws)
            return ws.error();
    }
    std::string target = path + ".decrypting";
    removeWorkspaceFiles(target);
    std::string token = crypto::registerKey(key);
    sqlite3_vfs* plainVfs = sqlite3_vfs_find(nullptr);
    std::string targetUri = crypto::vfsUri(target, "none") + "&vfs=" + plainVfs->zName;
    OpenOptions targetOptions;
    targetOptions.mode = Mode::OpenExisting;
    auto st = convert(path, crypto::vfsUri(path, token), crypto::kVfsName, target, targetUri,
                      targetOptions, 0, false);
    crypto::unregisterKey(token);
    if (st)
        ::chmod(path.c_str(), 0600);
    return st;
}

int Workspace::schemaVersion() const
{
    Query q(m_db, "PRAGMA user_version");
    return q.step() == SQLITE_ROW ? int(q.int64(0)) : -1;
}

void Workspace::prepareForBulkWrite()
{
    (void)execSql(m_db, "PRAGMA cache_size=-262144;");
}

Status Workspace::migrate()
{
    int version = schemaVersion();
    if (version < 0)
        return makeError("cannot read the workspace's schema version");
    if (version > kSchemaVersion)
        return makeError("this workspace was written by a newer Commonplace (schema " +
                         std::to_string(version) + "; this program knows up to " +
                         std::to_string(kSchemaVersion) + ")");
    const auto& steps = migrations();
    for (int v = version; v < kSchemaVersion; ++v) {
        // BEGIN IMMEDIATE: two processes opening a new workspace must not both migrate it.
        if (auto st = execSql(m_db, "BEGIN IMMEDIATE"); !st)
            return st;
        if (schemaVersion() != v) { // someone else migrated meanwhile
            (void)execSql(m_db, "ROLLBACK");
            continue;
        }
        auto st = execSql(m_db, steps[std::size_t(v)]);
        if (st)
            st = execSql(m_db, "PRAGMA user_version=" + std::to_string(v + 1));
        if (!st) {
            (void)execSql(m_db, "ROLLBACK");
            return makeError("upgrading the workspace to schema " + std::to_string(v + 1) +
                             " failed: " + st.error().message);
        }
        if (auto c = execSql(m_db, "COMMIT"); !c)
            return c;
    }
    return {};
}

Result<Stats> Workspace::stats() const
{
    Stats s;
    Query count(m_db, "SELECT (SELECT count(*) FROM entity), (SELECT count(*) FROM statement), "
                      "(SELECT count(*) FROM source), (SELECT count(*) FROM finding), "
                      "(SELECT count(*) FROM entity WHERE canonical_id IS NOT NULL)");
    if (count.step() != SQLITE_ROW)
        return makeError(std::string("database error: ") + sqlite3_errmsg(m_db));
    s.entities = count.int64(0);
    s.statements = count.int64(1);
    s.sources = count.int64(2);
    s.findings = count.int64(3);
    // A merged member points at its group's canonical member, which points nowhere.
    s.canonicalEntities = s.entities - count.int64(4);
    Query schemata(m_db, "SELECT schema, count(*) FROM entity GROUP BY schema");
    while (schemata.step() == SQLITE_ROW)
        s.schemata[schemata.string(0)] = schemata.int64(1);
    // Entities per dataset. In SQL (count(DISTINCT entity_id) grouped by dataset) SQLite sorts
    // every statement in memory (temp_store is MEMORY): 150 MB for the 4.9 million statements
    // of a 1,000,000-entity workspace, most of the window's peak memory. One pass over the
    // statements with a bitmap of entity ids per dataset counts the same in 125 KB each.
    Query last(m_db, "SELECT coalesce(max(id), 0), (SELECT count(*) FROM dataset) FROM entity");
    if (last.step() != SQLITE_ROW)
        return makeError(std::string("database error: ") + sqlite3_errmsg(m_db));
    const std::int64_t maxId = last.int64(0);
    // The bitmaps of all datasets together stay under this; beyond it, the SQL count.
    constexpr std::int64_t kBitmapBudget = std::int64_t(256) << 20;
    const std::int64_t datasetCount = std::max<std::int64_t>(1, last.int64(1));
    if (maxId < 0 || maxId / 64 + 1 > kBitmapBudget / 8 / datasetCount) {
        Query datasets(m_db, "SELECT d.name, count(DISTINCT s.entity_id) FROM dataset d "
                             "JOIN statement s ON s.dataset_id = d.id GROUP BY d.id");
        while (datasets.step() == SQLITE_ROW)
            s.datasets[datasets.string(0)] = datasets.int64(1);
        return s;
    }
    struct Seen
    {
        std::vector<std::uint64_t> bits;
        std::int64_t count = 0;
    };
    std::unordered_map<std::int64_t, Seen> byDataset;
    Query all(m_db, "SELECT dataset_id, entity_id FROM statement");
    std::int64_t current = -1;
    Seen* seen = nullptr;
    int rc;
    while ((rc = all.step()) == SQLITE_ROW) {
        const std::int64_t dataset = all.int64(0), id = all.int64(1);
        if (dataset != current || !seen) {
            seen = &byDataset[dataset];
            if (seen->bits.empty())
                seen->bits.resize(std::size_t(maxId / 64 + 1));
            current = dataset;
        }
        if (id < 0 || id > maxId)
            continue; // a statement of no entity: the foreign key rules it out
        std::uint64_t& word = seen->bits[std::size_t(id / 64)];
        const std::uint64_t bit = std::uint64_t(1) << (id % 64);
        if (!(word & bit)) {
            word |= bit;
            ++seen->count;
        }
    }
    if (rc != SQLITE_DONE)
        return makeError(std::string("database error: ") + sqlite3_errmsg(m_db));
    Query names(m_db, "SELECT id, name FROM dataset");
    while (names.step() == SQLITE_ROW)
        if (auto it = byDataset.find(names.int64(0)); it != byDataset.end())
            s.datasets[names.string(1)] = it->second.count;
    return s;
}

Result<std::vector<DatasetRow>> Workspace::datasets() const
{
    std::vector<DatasetRow> out;
    Query q(m_db, "SELECT d.id, d.name, coalesce(d.label, d.name), "
                  "(SELECT count(*) FROM statement s WHERE s.dataset_id = d.id) "
                  "FROM dataset d ORDER BY d.name");
    int rc;
    while ((rc = q.step()) == SQLITE_ROW)
        out.push_back({q.int64(0), q.string(1), q.string(2), q.int64(3)});
    if (rc != SQLITE_DONE)
        return makeError(std::string("database error: ") + sqlite3_errmsg(m_db));
    return out;
}

namespace {

/**
 * A query of one or two letters matches a good part of a large workspace, and FTS5 merges the
 * posting lists of every word starting with those letters before the first match comes out
 * (tens of milliseconds on 1,000,000 entities, more to rank them). Ctrl+K serves such a query
 * from the name index alone (names starting with the letters, alphabetically) and reads at
 * most this many full-text matches, unranked, only for a group the names leave short.
 */
constexpr int kShortRankWindow = 200;

/** True when no word of the query has three characters yet (a letter or two typed). */
bool isShortQuery(std::string_view query)
{
    int longest = 0, length = 0;
    for (unsigned char c : query) {
        if (c == ' ' || c == '\t' || (c < 0x80 && !std::isalnum(c))) {
            length = 0;
        } else if ((c & 0xC0) != 0x80) { // count characters, not UTF-8 continuation bytes
            longest = std::max(longest, ++length);
        }
    }
    return longest < 3;
}

/** The window for a query: the short one when no word has three characters. */
int rankWindow(std::string_view query)
{
    return isShortQuery(query) ? kShortRankWindow : kRankWindow;
}

/** This thread's collator for the name tiers (an ICU object: one per thread, made once). */
SortKey& sortKeyForThisThread()
{
    static thread_local SortKey key;
    return key;
}

/** FTS5 queries for the words of a search, each word quoted so user text stays text. */
struct SearchExprs
{
    std::string main;  ///< entity_fts / finding_fts / source_fts: as typed, or transliterated
    std::string latin; ///< entity_latin: skeleton or consonant form; empty when a word has none
    std::string foldedQuery;
    std::string transliterated; ///< the words' Latin forms, when the query is not plain ASCII
};

void appendAlternatives(std::string& out, const std::vector<const std::string*>& forms, bool prefix)
{
    std::vector<const std::string*> distinct;
    for (const std::string* f : forms)
        if (!f->empty() && std::none_of(distinct.begin(), distinct.end(),
                                        [&](const std::string* d) { return *d == *f; }))
            distinct.push_back(f);
    if (!out.empty())
        out += " AND "; // FTS5 joins a group to what precedes it only with an operator
    if (distinct.size() > 1)
        out += '(';
    for (std::size_t i = 0; i < distinct.size(); ++i) {
        if (i)
            out += " OR ";
        out += '"';
        out += *distinct[i];
        out += '"';
        if (prefix)
            out += '*';
    }
    if (distinct.size() > 1)
        out += ')';
}

/** `allPrefix`: every word matches as a prefix (search as you type); else only the last. */
SearchExprs searchExprs(LatinForm& latin, std::string_view query, bool allPrefix)
{
    SearchExprs e;
    const auto words = latin.queryWords(query);
    bool latinComplete = !words.empty();
    const bool nonAscii = LatinForm::hasNonAscii(query);
    for (std::size_t i = 0; i < words.size(); ++i) {
        const auto& w = words[i];
        const bool prefix = allPrefix || i + 1 == words.size();
        appendAlternatives(e.main, {&w.text, &w.latin}, prefix);
        if (w.skeleton.empty())
            latinComplete = false;
        else
            appendAlternatives(e.latin, {&w.skeleton, &w.consonants}, prefix);
        if (!w.skeleton.empty()) {
            if (!e.foldedQuery.empty())
                e.foldedQuery += ' ';
            e.foldedQuery += w.skeleton;
        }
        if (nonAscii && !w.latin.empty()) {
            if (!e.transliterated.empty())
                e.transliterated += ' ';
            e.transliterated += w.latin;
        }
    }
    if (!latinComplete)
        e.latin.clear();
    return e;
}

/** Entities ranked by bm25 over both indexes (a name in any script, or its Latin form). */
std::string rankedEntitiesSql(bool withLatin, const std::string& schemaFilter)
{
    std::string sql = "WITH m(id, r) AS (SELECT rowid, rank FROM (SELECT rowid, rank FROM "
                      "entity_fts WHERE entity_fts MATCH ?1 LIMIT ?3)";
    if (withLatin)
        sql += " UNION ALL SELECT rowid, rank FROM (SELECT rowid, rank FROM entity_latin "
               "WHERE entity_latin MATCH ?2 LIMIT ?3)";
    sql += "), best AS (SELECT id, min(r) AS r FROM m GROUP BY id) "
           "SELECT e.id, e.key, e.schema, coalesce(e.caption, e.key), best.r FROM best "
           "JOIN entity e ON e.id = best.id WHERE e.canonical_id IS NULL" +
           schemaFilter + " ORDER BY best.r LIMIT ?4";
    return sql;
}

/**
 * The ids of the full-text matches in the window, best first (bm25 when `ranked`, else in
 * index order), without their rows: the caller reads rows only until its groups are full.
 */
std::string matchedIdsSql(bool withLatin, bool ranked)
{
    const char* column = ranked ? "rank" : "0";
    std::string sql = std::string("WITH m(id, r) AS (SELECT rowid, r FROM (SELECT rowid, ") +
                      column + " AS r FROM entity_fts WHERE entity_fts MATCH ?1 LIMIT ?3)";
    if (withLatin)
        sql += std::string(" UNION ALL SELECT rowid, r FROM (SELECT rowid, ") + column +
               " AS r FROM entity_latin WHERE entity_latin MATCH ?2 LIMIT ?3)";
    sql += ") SELECT id, min(r) AS r FROM m GROUP BY id";
    if (ranked)
        sql += " ORDER BY r";
    return sql;
}

/** The first name or text line of an entity that holds a query word (for a tooltip). */
std::string entitySnippet(sqlite3* db, LatinForm& latin, std::int64_t rowid,
                          const std::string& foldedQuery)
{
    Query q(db, "SELECT names || text FROM entity_fts WHERE rowid = ?1");
    q.bind(1, rowid);
    if (q.step() != SQLITE_ROW)
        return {};
    const std::string all = q.string(0);
    const std::string first = foldedQuery.substr(0, foldedQuery.find(' '));
    std::size_t start = 0;
    while (start < all.size()) {
        std::size_t end = all.find('\n', start);
        if (end == std::string::npos)
            end = all.size();
        std::string_view line(all.data() + start, end - start);
        if (!line.empty() && latin.fold(line).find(first) != std::string::npos)
            return std::string(line.substr(0, 200));
        start = end + 1;
    }
    return {};
}

/** Collapses runs of spaces and trims: the key of "john  smith " is that of "john smith". */
std::string collapseSpaces(std::string_view text)
{
    std::string collapsed;
    for (char c : text) {
        bool space = c == ' ' || c == '\t' || c == '\n';
        if (space && (collapsed.empty() || collapsed.back() == ' '))
            continue;
        collapsed += space ? ' ' : c;
    }
    while (!collapsed.empty() && collapsed.back() == ' ')
        collapsed.pop_back();
    return collapsed;
}

} // namespace

NameQueries nameQueries(std::string_view text)
{
    SearchExprs e = searchExprs(LatinForm::forThisThread(), text, false);
    return {std::move(e.main), std::move(e.latin)};
}

Result<std::vector<SearchHit>> Workspace::search(std::string_view query, int limit) const
{
    LatinForm& latin = LatinForm::forThisThread();
    std::vector<SearchHit> hits;
    const SearchExprs e = searchExprs(latin, query, false);
    if (e.main.empty())
        return hits;
    Query q(m_db, rankedEntitiesSql(!e.latin.empty(), {}));
    if (!q.valid())
        return makeError("database error: " + q.error());
    q.bind(1, e.main).bind(3, std::int64_t(rankWindow(query))).bind(4, std::int64_t(limit));
    if (!e.latin.empty())
        q.bind(2, e.latin);
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        SearchHit hit{q.string(1), q.string(2), q.string(3), {}, q.real(4)};
        hit.snippet = entitySnippet(m_db, latin, q.int64(0), e.foldedQuery);
        hits.push_back(std::move(hit));
    }
    if (rc != SQLITE_DONE)
        return makeError(std::string("search failed: ") + sqlite3_errmsg(m_db));
    return hits;
}

Result<SearchGroups> Workspace::searchGrouped(std::string_view query, int perGroup) const
{
    LatinForm& latin = LatinForm::forThisThread();
    SortKey& sortKey = sortKeyForThisThread();
    SearchGroups groups;
    const SearchExprs e = searchExprs(latin, query, true);
    if (e.main.empty() || perGroup <= 0)
        return groups;
    const bool shortQuery = isShortQuery(query);
    const auto& model = model::Model::builtin();
    auto isRelationship = [&](const std::string& schema) {
        const model::Schema* s = model.schema(schema);
        return s && s->edge();
    };
    // "Payment: A → B", made from the ends of a relationship without a name of its own: its
    // first word is the kind, not a name, so it is never a name that starts with the query.
    auto computedCaption = [&](const std::string& schema, const std::string& caption) {
        const model::Schema* s = model.schema(schema);
        return s && s->edge() && caption.size() > s->label().size() + 1 &&
               caption.compare(0, s->label().size(), s->label()) == 0 &&
               caption.compare(s->label().size(), 2, ": ") == 0;
    };
    auto failed = [&]() -> Error {
        return makeError(std::string("search failed: ") + sqlite3_errmsg(m_db));
    };

    // Entities, in tiers: 0 the name is the query, 1 the name starts with it (case and accents
    // ignored), 2 (relationships) one of the actors found is a party to it, 3 the words are in
    // a name or a text (by bm25 rank), 4 only the kind of a relationship starts with them.
    struct Candidate
    {
        std::int64_t rowid;
        SearchHit hit;
        int tier;
        bool relationship;
    };
    std::vector<Candidate> candidates;
    std::unordered_set<std::int64_t> seen;
    int found[2] = {0, 0}; // candidates for the actors' group, for the relationships'
    auto full = [&](bool relationship) { return found[relationship ? 1 : 0] >= perGroup; };
    // Relationships whose kind alone starts with the query ("pay" and "Payment: A → B"): shown
    // after everything else, and they leave the group open for better matches.
    std::vector<Candidate> kindOnly;
    auto add = [&](std::int64_t rowid, SearchHit hit, int tier) {
        if (seen.count(rowid))
            return;
        const bool relationship = isRelationship(hit.schema);
        const bool computed = relationship && computedCaption(hit.schema, hit.caption);
        if (computed && tier < 3) {
            kindOnly.push_back({rowid, std::move(hit), 4, relationship});
            return;
        }
        seen.insert(rowid);
        if (!computed && tier > 0 && !e.foldedQuery.empty()) {
            // A name in another script found through its Latin form may be the query too.
            const std::string folded = latin.fold(hit.caption);
            if (folded == e.foldedQuery)
                tier = 0;
            else if (folded.compare(0, e.foldedQuery.size(), e.foldedQuery) == 0)
                tier = std::min(tier, 1);
        }
        ++found[relationship ? 1 : 0];
        candidates.push_back({rowid, std::move(hit), tier, relationship});
    };
    auto byTier = [&] {
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Candidate& a, const Candidate& b) { return a.tier < b.tier; });
    };

    // Tiers 0 and 1: range scans of the sort-key index (schema, sort_key), one per schema, so
    // each group gets its first names alphabetically however many of the other kind share the
    // letters. The query as typed, then its Latin form ("王" also finds "Wang Wei").
    {
        struct Named
        {
            int tier, form;
            std::string sortKey;
            std::int64_t rowid;
            SearchHit hit;
        };
        std::vector<Named> named;
        std::vector<std::string> primaries;
        for (const std::string& form : {collapseSpaces(query), collapseSpaces(e.transliterated)}) {
            std::string primary = sortKey.primary(form);
            if (!primary.empty() &&
                std::find(primaries.begin(), primaries.end(), primary) == primaries.end())
                primaries.push_back(std::move(primary));
        }
        Query q(m_db, "SELECT id, key, coalesce(caption, key), sort_key FROM entity "
                      "WHERE schema = ?1 AND sort_key >= ?2 AND sort_key < ?3 "
                      "AND canonical_id IS NULL ORDER BY sort_key, id LIMIT ?4");
        if (!q.valid())
            return makeError("database error: " + q.error());
        for (std::size_t form = 0; form < primaries.size(); ++form) {
            const std::string& primary = primaries[form];
            std::string upper = primary;
            while (!upper.empty() && static_cast<unsigned char>(upper.back()) == 0xFF)
                upper.pop_back();
            if (!upper.empty())
                upper.back() = char(static_cast<unsigned char>(upper.back()) + 1);
            const std::string exactLow = primary + '\x01', exactHigh = primary + '\x02';
            for (const model::Schema* schema : model.schemata()) {
                if (schema->isAbstract())
                    continue;
                for (int tier : {0, 1}) {
                    if (tier == 1 && upper.empty())
                        break;
                    const std::string& low = tier == 0 ? exactLow : primary;
                    const std::string& high = tier == 0 ? exactHigh : upper;
                    q.reset();
                    q.bind(1, schema->name());
                    q.bindBlob(2, low.data(), low.size()).bindBlob(3, high.data(), high.size());
                    q.bind(4, std::int64_t(perGroup));
                    int rc;
                    while ((rc = q.step()) == SQLITE_ROW) {
                        const auto* blob =
                            static_cast<const char*>(sqlite3_column_blob(q.handle(), 3));
                        const int bytes = sqlite3_column_bytes(q.handle(), 3);
                        named.push_back(
                            {tier, int(form),
                             blob ? std::string(blob, std::size_t(bytes)) : std::string(),
                             q.int64(0),
                             SearchHit{q.string(1), schema->name(), q.string(2), {}, 0}});
                    }
                    if (rc != SQLITE_DONE)
                        return failed();
                }
            }
        }
        std::sort(named.begin(), named.end(), [](const Named& a, const Named& b) {
            return std::tie(a.tier, a.form, a.sortKey, a.rowid) <
                   std::tie(b.tier, b.form, b.sortKey, b.rowid);
        });
        for (Named& n : named)
            if (!full(isRelationship(n.hit.schema)))
                add(n.rowid, std::move(n.hit), n.tier);
    }

    // Tier 3: full-text matches (a word inside a name, an alias, a text; other scripts through
    // the Latin forms), in one pass that yields ids best first; a row is read only while its
    // group has room, so a group the other crowds out of the first matches is filled from the
    // same pass. A short query reads the window unranked, and only for a group left short.
    bool fullTextRead = false;
    auto readFullText = [&]() -> Status {
        fullTextRead = true;
        Query ids(m_db, matchedIdsSql(!e.latin.empty(), !shortQuery));
        if (!ids.valid())
            return makeError("database error: " + ids.error());
        ids.bind(1, e.main).bind(3, std::int64_t(rankWindow(query)));
        if (!e.latin.empty())
            ids.bind(2, e.latin);
        Query row(m_db, "SELECT key, schema, coalesce(caption, key) FROM entity "
                        "WHERE id = ?1 AND canonical_id IS NULL");
        if (!row.valid())
            return makeError("database error: " + row.error());
        int rc = SQLITE_DONE;
        while ((!full(false) || !full(true)) && (rc = ids.step()) == SQLITE_ROW) {
            const std::int64_t id = ids.int64(0);
            if (seen.count(id))
                continue;
            row.reset();
            row.bind(1, id);
            if (row.step() != SQLITE_ROW)
                continue; // a merged member: its group's canonical entity stands for it
            SearchHit hit{row.string(0), row.string(1), row.string(2), {}, ids.real(1)};
            if (!full(isRelationship(hit.schema)))
                add(id, std::move(hit), 3);
        }
        if (rc != SQLITE_DONE && rc != SQLITE_ROW)
            return failed();
        return {};
    };
    if (!shortQuery || !full(false))
        if (auto st = readFullText(); !st)
            return st.error();
    byTier();
    for (const auto& c : candidates) {
        if (!c.relationship && int(groups.actors.size()) < perGroup) {
            groups.actors.push_back(c.hit);
            groups.actors.back().snippet = entitySnippet(m_db, latin, c.rowid, e.foldedQuery);
        }
    }

    // Tier 2: the relationships the actors found are party to ("Payment: A → B" when A is
    // found), taken from each actor in turn so that one funder's thousand payments do not fill
    // the group; a relationship named by the query comes before them.
    int named = 0;
    for (const auto& c : candidates)
        named += c.relationship && c.tier < 2 ? 1 : 0;
    if (named < perGroup && !groups.actors.empty()) {
        std::string edges;
        for (const model::Schema* schema : model.schemata()) {
            if (schema->isAbstract() || !schema->edge())
                continue;
            edges += edges.empty() ? "'" : ",'";
            edges += schema->name(); // identifiers from the model, not user text
            edges += "'";
        }
        Query parties(m_db, "SELECT e.id, e.key, e.schema, coalesce(e.caption, e.key), s.prop "
                            "FROM statement s JOIN entity e ON e.id = s.entity_id "
                            "WHERE s.ref = 1 AND s.value IN (SELECT key FROM entity WHERE id = ?1 "
                            "OR canonical_id = ?1) AND e.canonical_id IS NULL AND e.schema IN (" +
                                edges + ") LIMIT ?2");
        if (!parties.valid())
            return makeError("database error: " + parties.error());
        std::vector<std::vector<Candidate>> perActor;
        for (const auto& c : candidates) {
            if (c.relationship)
                continue;
            if (perActor.size() == groups.actors.size())
                break;
            perActor.emplace_back();
            parties.reset();
            parties.bind(1, c.rowid).bind(2, std::int64_t(4 * perGroup));
            int rc;
            while (int(perActor.back().size()) < perGroup - named &&
                   (rc = parties.step()) == SQLITE_ROW) {
                const model::Schema* schema = model.schema(parties.string(2));
                const std::string prop = parties.string(4);
                if (!schema || !schema->edge() ||
                    (prop != schema->edge()->source && prop != schema->edge()->target))
                    continue; // a reference that does not make the actor a party
                perActor.back().push_back({parties.int64(0),
                                           SearchHit{parties.string(1), schema->name(),
                                                     parties.string(3), c.hit.caption, 0},
                                           2, true});
            }
            if (rc != SQLITE_DONE && rc != SQLITE_ROW)
                return failed();
        }
        std::vector<Candidate> parts;
        for (std::size_t turn = 0; turn < std::size_t(perGroup); ++turn)
            for (auto& list : perActor)
                if (turn < list.size())
                    parts.push_back(std::move(list[turn]));
        for (auto& p : parts) {
            if (!seen.insert(p.rowid).second) {
                // Found by its text too: it is the party's relationship first of all.
                for (auto& c : candidates)
                    if (c.rowid == p.rowid && c.tier > 2)
                        c.tier = 2;
                continue;
            }
            ++found[1];
            candidates.push_back(std::move(p));
        }
    }
    if (shortQuery && !full(true) && !fullTextRead)
        if (auto st = readFullText(); !st)
            return st.error();
    for (auto& k : kindOnly)
        if (seen.insert(k.rowid).second)
            candidates.push_back(std::move(k));
    byTier();
    for (auto& c : candidates) {
        if (!c.relationship || int(groups.relationships.size()) >= perGroup)
            continue;
        if (c.hit.snippet.empty()) // a party's relationship shows the party's name
            c.hit.snippet = entitySnippet(m_db, latin, c.rowid, e.foldedQuery);
        groups.relationships.push_back(std::move(c.hit));
    }

    // Findings and sources: every match ranked (a workspace holds thousands of them); for a
    // letter or two, the first matches of the window.
    {
        Query q(m_db, shortQuery
                          ? "WITH m AS (SELECT * FROM (SELECT rowid, rank, snippet(finding_fts, "
                            "-1, '', '', '…', 10) AS snip FROM finding_fts WHERE finding_fts "
                            "MATCH ?1 LIMIT ?3) ORDER BY rank LIMIT ?2) SELECT f.key, f.title, "
                            "m.snip, m.rank FROM m JOIN finding f ON f.id = m.rowid ORDER BY m.rank"
                          : "WITH m AS (SELECT rowid, rank, snippet(finding_fts, -1, '', '', '…', "
                            "10) AS snip FROM finding_fts WHERE finding_fts MATCH ?1 ORDER BY "
                            "rank LIMIT ?2) SELECT f.key, f.title, m.snip, m.rank FROM m "
                            "JOIN finding f ON f.id = m.rowid ORDER BY m.rank");
        if (!q.valid())
            return makeError("database error: " + q.error());
        q.bind(1, e.main).bind(2, std::int64_t(perGroup));
        if (shortQuery)
            q.bind(3, std::int64_t(kShortRankWindow));
        int rc;
        while ((rc = q.step()) == SQLITE_ROW)
            groups.findings.push_back(
                {q.string(0), "Finding", q.string(1), q.string(2), q.real(3)});
        if (rc != SQLITE_DONE)
            return failed();
    }
    {
        Query q(m_db, shortQuery
                          ? "WITH m AS (SELECT * FROM (SELECT rowid, rank FROM source_fts WHERE "
                            "source_fts MATCH ?1 LIMIT ?3) ORDER BY rank LIMIT ?2) SELECT s.key, "
                            "s.title, coalesce(s.publisher, ''), m.rank FROM m JOIN source s ON "
                            "s.id = m.rowid ORDER BY m.rank"
                          : "WITH m AS (SELECT rowid, rank FROM source_fts WHERE source_fts MATCH "
                            "?1 ORDER BY rank LIMIT ?2) SELECT s.key, s.title, "
                            "coalesce(s.publisher, ''), m.rank FROM m JOIN source s ON s.id = "
                            "m.rowid ORDER BY m.rank");
        if (!q.valid())
            return makeError("database error: " + q.error());
        q.bind(1, e.main).bind(2, std::int64_t(perGroup));
        if (shortQuery)
            q.bind(3, std::int64_t(kShortRankWindow));
        int rc;
        while ((rc = q.step()) == SQLITE_ROW)
            groups.sources.push_back({q.string(0), "Source", q.string(1), q.string(2), q.real(3)});
        if (rc != SQLITE_DONE)
            return failed();
    }
    return groups;
}

Result<EntityDetail> Workspace::entity(std::string_view id) const
{
    EntityDetail d;
    Query e(m_db, "SELECT e.id, e.key, e.schema, coalesce(e.caption, e.key), "
                  "coalesce(c.key, ''), coalesce(e.extra, ''), coalesce(e.canonical_id, e.id) "
                  "FROM entity e LEFT JOIN entity c ON c.id = e.canonical_id WHERE e.key = ?1");
    e.bind(1, id);
    if (e.step() != SQLITE_ROW)
        return makeError("no entity with id '" + std::string(id) + "'");
    d.entity = {e.int64(0), e.string(1), e.string(2), e.string(3), e.string(4), {}};
    d.extraJson = e.string(5);
    // The group: the canonical member (itself when not merged) and whoever points at it.
    const std::int64_t canonical = e.int64(6);
    Query m(m_db, "SELECT id, key, schema, coalesce(caption, key), coalesce(extra, '') "
                  "FROM entity WHERE id = ?1 OR canonical_id = ?1 ORDER BY id <> ?1, key");
    m.bind(1, canonical);
    std::vector<std::string> keys, schemata, extras;
    int rc;
    while ((rc = m.step()) == SQLITE_ROW) {
        d.members.push_back({m.int64(0), m.string(1), m.string(2), m.string(3), {}, {}});
        keys.push_back(m.string(1));
        schemata.push_back(m.string(2));
        extras.push_back(m.string(4));
    }
    if (rc != SQLITE_DONE)
        return makeError(std::string("database error: ") + sqlite3_errmsg(m_db));
    if (d.members.size() > 1) {
        for (std::size_t i = 1; i < d.members.size(); ++i)
            d.members[i].canonicalId = d.members.front().id;
        d.entity.schema = mergedSchema(schemata);
        d.extraJson = mergedExtraJson(extras, keys.front(), keys);
    } else {
        d.members.clear();
    }

    Query s(m_db, "SELECT s.id, s.prop, s.value, coalesce(s.lang, ''), d.name, "
                  "coalesce(src.key, ''), coalesce(src.title, ''), coalesce(src.reliability, ''), "
                  "coalesce(src.credibility, 0), coalesce(s.first_seen, ''), "
                  "coalesce(s.last_seen, ''), s.sensitivity, m.key "
                  "FROM entity m JOIN statement s ON s.entity_id = m.id "
                  "JOIN dataset d ON d.id = s.dataset_id "
                  "LEFT JOIN source src ON src.id = s.source_id "
                  "WHERE m.id = ?1 OR m.canonical_id = ?1 ORDER BY s.prop, s.id");
    s.bind(1, canonical);
    while (s.step() == SQLITE_ROW) {
        StatementRow r;
        r.id = s.int64(0);
        r.prop = s.string(1);
        r.value = s.string(2);
        r.lang = s.string(3);
        r.dataset = s.string(4);
        r.sourceKey = s.string(5);
        r.sourceTitle = s.string(6);
        r.reliability = s.string(7);
        r.credibility = int(s.int64(8));
        r.firstSeen = s.string(9);
        r.lastSeen = s.string(10);
        r.sensitivity = Sensitivity(std::clamp<std::int64_t>(s.int64(11), 0, 3));
        r.entity = s.string(12);
        d.statements.push_back(std::move(r));
    }
    // Entity references are values; find who points at any member through the value index.
    Query refs(m_db, "SELECT DISTINCT e.key, e.schema, coalesce(e.caption, e.key), s.prop "
                     "FROM statement s JOIN entity e ON e.id = s.entity_id "
                     "WHERE s.ref = 1 AND s.value IN (SELECT key FROM entity "
                     "WHERE id = ?1 OR canonical_id = ?1) "
                     "ORDER BY e.schema, e.caption LIMIT 500");
    refs.bind(1, canonical);
    while (refs.step() == SQLITE_ROW)
        d.referencedBy.push_back({refs.string(0), refs.string(1), refs.string(2), refs.string(3)});
    return d;
}

namespace {

struct FilterSql
{
    std::string where;
    std::vector<std::string> binds;
};

FilterSql filterSql(const EntityFilter& f, bool schemaIndex = true)
{
    FilterSql out;
    std::vector<std::string> clauses;
    if (!f.schemata.empty()) {
        // By schema: entity_schema_sort serves filter and order. By id: the unary plus keeps
        // the planner on the key index (a filter, not a sort of every match).
        std::string in = schemaIndex ? "e.schema IN (" : "+e.schema IN (";
        for (std::size_t i = 0; i < f.schemata.size(); ++i) {
            in += i ? ",?" : "?";
            out.binds.push_back(f.schemata[i]);
        }
        clauses.push_back(in + ")");
    }
    if (const SearchExprs e = searchExprs(LatinForm::forThisThread(), f.text, false);
        !e.main.empty()) {
        // Names in other scripts by their Latin form, as in search().
        if (e.latin.empty()) {
            clauses.push_back("e.id IN (SELECT rowid FROM entity_fts WHERE entity_fts MATCH ?)");
            out.binds.push_back(e.main);
        } else {
            clauses.push_back("e.id IN (SELECT rowid FROM entity_fts WHERE entity_fts MATCH ? "
                              "UNION SELECT rowid FROM entity_latin WHERE entity_latin MATCH ?)");
            out.binds.push_back(e.main);
            out.binds.push_back(e.latin);
        }
    }
    if (!f.dataset.empty()) {
        clauses.push_back("EXISTS (SELECT 1 FROM statement s JOIN dataset d ON d.id = "
                          "s.dataset_id WHERE s.entity_id = e.id AND d.name = ?)");
        out.binds.push_back(f.dataset);
    }
    for (std::size_t i = 0; i < clauses.size(); ++i)
        out.where += (i ? " AND " : " WHERE ") + clauses[i];
    return out;
}

} // namespace

Result<std::vector<EntityRow>> Workspace::listEntities(const EntityFilter& filter, EntitySort sort,
                                                       SortOrder order, const EntityRow* after,
                                                       std::int64_t limit) const
{
    const bool desc = order == SortOrder::Descending;
    if (sort == EntitySort::Caption && filter.schemata.size() > 1) {
        // Several types by name: one range scan of entity_schema_sort per type, merged. A
        // single scan of entity_sort filtered by type would first walk every entity of the
        // other types that sorts before (100,000 addresses starting with digits, say).
        std::vector<EntityRow> merged;
        for (const auto& schema : filter.schemata) {
            EntityFilter one = filter;
            one.schemata = {schema};
            auto part = listEntities(one, sort, order, after, limit);
            if (!part)
                return part.error();
            merged.insert(merged.end(), std::make_move_iterator(part->begin()),
                          std::make_move_iterator(part->end()));
        }
        auto less = [desc](const EntityRow& a, const EntityRow& b) {
            if (a.sortKey != b.sortKey)
                return desc ? a.sortKey > b.sortKey : a.sortKey < b.sortKey;
            return desc ? a.rowid > b.rowid : a.rowid < b.rowid;
        };
        std::sort(merged.begin(), merged.end(), less);
        if (std::int64_t(merged.size()) > limit)
            merged.resize(std::size_t(limit));
        return merged;
    }
    auto f = filterSql(filter, sort != EntitySort::Id);
    const char* dir = desc ? " DESC" : "";
    const char* cmp = desc ? " < " : " > ";
    // Row values compared to the last row seen: an index range scan on entity_sort,
    // entity_schema_sort or the key index, never a sort or an OFFSET walk.
    std::string orderBy, keyset;
    switch (sort) {
    case EntitySort::Caption:
        orderBy = std::string("e.sort_key") + dir + ", e.id" + dir;
        keyset = std::string("(e.sort_key, e.id)") + cmp + "(?, ?)";
        break;
    case EntitySort::Schema:
        orderBy = std::string("e.schema") + dir + ", e.sort_key" + dir + ", e.id" + dir;
        keyset = std::string("(e.schema, e.sort_key, e.id)") + cmp + "(?, ?, ?)";
        break;
    case EntitySort::Id:
        orderBy = std::string("e.key") + dir;
        keyset = std::string("e.key") + cmp + "?";
        break;
    }
    std::string where = f.where;
    if (after)
        where += (where.empty() ? " WHERE " : " AND ") + keyset;
    Query q(m_db, "SELECT e.id, e.key, e.schema, coalesce(e.caption, e.key), "
                  "coalesce(c.key, ''), e.sort_key FROM entity e "
                  "LEFT JOIN entity c ON c.id = e.canonical_id" +
                      where + " ORDER BY " + orderBy + " LIMIT ?");
    if (!q.valid())
        return makeError("database error: " + q.error());
    int i = 1;
    for (auto& b : f.binds)
        q.bind(i++, b);
    if (after) {
        switch (sort) {
        case EntitySort::Caption:
            q.bindBlob(i++, after->sortKey.data(), after->sortKey.size());
            q.bind(i++, after->rowid);
            break;
        case EntitySort::Schema:
            q.bind(i++, after->schema);
            q.bindBlob(i++, after->sortKey.data(), after->sortKey.size());
            q.bind(i++, after->rowid);
            break;
        case EntitySort::Id:
            q.bind(i++, after->id);
            break;
        }
    }
    q.bind(i, limit);
    std::vector<EntityRow> rows;
    int rc;
    while ((rc = q.step()) == SQLITE_ROW) {
        EntityRow row{q.int64(0), q.string(1), q.string(2), q.string(3), q.string(4), {}};
        if (const void* blob = sqlite3_column_blob(q.handle(), 5))
            row.sortKey.assign(static_cast<const char*>(blob),
                               std::size_t(sqlite3_column_bytes(q.handle(), 5)));
        rows.push_back(std::move(row));
    }
    if (rc != SQLITE_DONE)
        return makeError(std::string("database error: ") + sqlite3_errmsg(m_db));
    return rows;
}

Result<std::int64_t> Workspace::countEntities(const EntityFilter& filter) const
{
    auto f = filterSql(filter);
    Query q(m_db, "SELECT count(*) FROM entity e" + f.where);
    if (!q.valid())
        return makeError("database error: " + q.error());
    int i = 1;
    for (auto& b : f.binds)
        q.bind(i++, b);
    if (q.step() != SQLITE_ROW)
        return makeError(std::string("database error: ") + sqlite3_errmsg(m_db));
    return q.int64(0);
}

Result<std::string> Workspace::integrityCheck() const
{
    Query q(m_db, "PRAGMA integrity_check");
    std::string out;
    while (q.step() == SQLITE_ROW) {
        if (!out.empty())
            out += '\n';
        out += q.text(0);
    }
    if (out.empty())
        return makeError(std::string("integrity check failed to run: ") +
                         damageOr(sqlite3_errmsg(m_db)));
    // SQLite's check skips free pages; an encrypted file's are authenticated too.
    if (out == "ok" && encrypted())
        if (std::string report = crypto::verifyAllPages(m_db); !report.empty())
            return report;
    return out;
}

std::optional<std::string> Workspace::setting(std::string_view key) const
{
    Query q(m_db, "SELECT value FROM setting WHERE key = ?1");
    q.bind(1, key);
    if (q.step() == SQLITE_ROW)
        return q.string(0);
    return std::nullopt;
}

Status Workspace::setSetting(std::string_view key, std::string_view value)
{
    Transaction tx(m_db);
    if (auto st = tx.begin(); !st)
        return st;
    Query q(m_db, "INSERT INTO setting(key, value) VALUES (?1, ?2) "
                  "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    q.bind(1, key).bind(2, value);
    if (auto st = q.exec(); !st)
        return st;
    return tx.commit();
}

} // namespace commonplace::store

// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Vfs.h"
#include "crypto/VfsExtras.h"

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <mutex>
#include <new>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unordered_map>
#include <vector>

namespace commonplace::crypto {

namespace {

constexpr char kMagic[16] = {'C', 'o', 'm', 'm', 'o', 'n', 'p', 'l',
                             'a', 'c', 'e', ' ', 'E', 'n', 'c', '1'};
constexpr std::uint32_t kVersion = 1;
constexpr std::size_t kRegion = 512; // file header region and each key slot
constexpr std::size_t kHashAt = 480; // BLAKE2b-256 of the region's first 480 bytes
constexpr std::size_t kSlotOffset[2] = {512, 1024};
constexpr std::size_t kSlotFieldsEnd = 44; // magic, generation, ops, mem, salt
constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES; // 24
constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;      // 16
constexpr std::size_t kKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr std::uint32_t kWalHeader = 32;
constexpr const char* kOpenElsewhere =
    "the workspace is open in another program (close it there first)";
constexpr std::uint32_t kWalFrameHeader = 24;
static_assert(kNonce + kTag == kVfsReserveBytes);

void putU32(std::uint8_t* p, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        p[i] = std::uint8_t(v >> (8 * i));
}
void putU64(std::uint8_t* p, std::uint64_t v)
{
    for (int i = 0; i < 8; ++i)
        p[i] = std::uint8_t(v >> (8 * i));
}
std::uint32_t getU32(const std::uint8_t* p)
{
    std::uint32_t v = 0;
    for (int i = 3; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}
std::uint64_t getU64(const std::uint8_t* p)
{
    std::uint64_t v = 0;
    for (int i = 7; i >= 0; --i)
        v = (v << 8) | p[i];
    return v;
}

void regionHash(const std::uint8_t* region, std::uint8_t* out)
{
    crypto_generichash(out, 32, region, kHashAt, nullptr, 0);
}

bool regionHashOk(const std::uint8_t* region)
{
    std::uint8_t h[32];
    regionHash(region, h);
    return sodium_memcmp(h, region + kHashAt, 32) == 0;
}

bool allZero(const std::uint8_t* p, std::size_t n)
{
    return sodium_is_zero(p, n) == 1;
}

// ---- header I/O through SQLite's own unix VFS --------------------------------------------
// Opening and closing the database file with a plain fd while a connection in this process
// holds POSIX locks on it would drop those locks; SQLite's unix VFS keeps such fds open
// until the locks go. So the header is read and written through that VFS too.

sqlite3_vfs* realVfs()
{
    static sqlite3_vfs* vfs = [] {
        sqlite3_initialize();
        return sqlite3_vfs_find(nullptr);
    }();
    return vfs;
}

class RealFile
{
public:
    RealFile() = default;
    ~RealFile() { close(); }
    RealFile(const RealFile&) = delete;
    RealFile& operator=(const RealFile&) = delete;

    bool open(const std::string& path, bool write)
    {
        sqlite3_vfs* vfs = realVfs();
        m_full.assign(std::size_t(vfs->mxPathname) + 1, '\0');
        if (vfs->xFullPathname(vfs, path.c_str(), vfs->mxPathname, m_full.data()) != SQLITE_OK)
            return false;
        m_buf.reset(new (std::nothrow) std::uint8_t[std::size_t(vfs->szOsFile)]());
        if (!m_buf)
            return false;
        int flags = SQLITE_OPEN_MAIN_DB | (write ? SQLITE_OPEN_READWRITE : SQLITE_OPEN_READONLY);
        int out = 0;
        // sqlite3_uri-style names are not needed here: the unix VFS takes a plain path.
        int rc = vfs->xOpen(vfs, m_full.c_str(), file(), flags, &out);
        if (rc != SQLITE_OK) {
            if (file()->pMethods)
                file()->pMethods->xClose(file());
            m_buf.reset();
            return false;
        }
        return true;
    }
    sqlite3_file* file() { return reinterpret_cast<sqlite3_file*>(m_buf.get()); }
    int read(void* out, int n, sqlite3_int64 off)
    {
        return file()->pMethods->xRead(file(), out, n, off);
    }
    int write(const void* in, int n, sqlite3_int64 off)
    {
        return file()->pMethods->xWrite(file(), in, n, off);
    }
    int sync() { return file()->pMethods->xSync(file(), SQLITE_SYNC_NORMAL); }
    void close()
    {
        if (m_buf && file()->pMethods)
            file()->pMethods->xClose(file());
        m_buf.reset();
    }

private:
    std::string m_full;
    std::unique_ptr<std::uint8_t[]> m_buf;
};

struct Header
{
    std::uint8_t bytes[kVfsHeaderBytes];
};

Result<Header> readHeader(const std::string& path)
{
    Header h{};
    RealFile f;
    if (!f.open(path, false))
        return makeError(std::string("cannot open: ") + std::strerror(errno), path);
    int rc = f.read(h.bytes, int(kVfsHeaderBytes), 0);
    if (rc == SQLITE_IOERR_SHORT_READ)
        return makeError("not a Commonplace encrypted workspace (too short)", path);
    if (rc != SQLITE_OK)
        return makeError("cannot read the file header", path);
    if (std::memcmp(h.bytes, kMagic, sizeof kMagic) != 0)
        return makeError("not a Commonplace encrypted workspace", path);
    if (!regionHashOk(h.bytes) || !allZero(h.bytes + 1536, kVfsHeaderBytes - 1536))
        return makeError("the encrypted workspace's header is damaged", path);
    if (getU32(h.bytes + 16) != kVersion)
        return makeError("this encrypted workspace was written by a newer Commonplace", path);
    if (getU32(h.bytes + 20) != kVfsPageSize || getU32(h.bytes + 24) != kVfsReserveBytes)
        return makeError("the encrypted workspace's header is damaged (page layout)", path);
    for (std::size_t off : kSlotOffset) {
        const std::uint8_t* slot = h.bytes + off;
        if (allZero(slot, kRegion))
            continue;
        if (std::memcmp(slot, "SLOT", 4) != 0 || !regionHashOk(slot))
            return makeError("the encrypted workspace's header is damaged (key slot)", path);
    }
    return h;
}

/** Slot indexes holding a key, newest generation first. */
std::vector<int> usedSlots(const Header& h)
{
    std::vector<int> out;
    for (int i = 0; i < 2; ++i)
        if (!allZero(h.bytes + kSlotOffset[i], kRegion))
            out.push_back(i);
    std::sort(out.begin(), out.end(), [&](int a, int b) {
        return getU64(h.bytes + kSlotOffset[a] + 4) > getU64(h.bytes + kSlotOffset[b] + 4);
    });
    return out;
}

/** Associated data of a slot's wrapped key: the file header region and the slot's fields. */
std::vector<std::uint8_t> slotAd(const Header& h, const std::uint8_t* slot)
{
    std::vector<std::uint8_t> ad(h.bytes, h.bytes + kHashAt);
    ad.insert(ad.end(), slot, slot + kSlotFieldsEnd);
    return ad;
}

bool kdfParamsSane(const KdfParams& p)
{
    // Bounds keep a crafted header from asking for absurd work or memory.
    return p.opsLimit >= crypto_pwhash_OPSLIMIT_MIN && p.opsLimit <= 64 &&
           p.memLimit >= 8u * 1024 * 1024 && p.memLimit <= std::size_t(4) * 1024 * 1024 * 1024;
}

/** Fills a key slot: the data key wrapped by a passphrase's key (derived beforehand). */
void fillSlot(const Header& h, std::uint8_t* slot, std::uint64_t generation, const DataKey& key,
              const PassphraseKey& wrapping)
{
    std::memset(slot, 0, kRegion);
    std::memcpy(slot, "SLOT", 4);
    putU64(slot + 4, generation);
    putU64(slot + 12, wrapping.params.opsLimit);
    putU64(slot + 20, std::uint64_t(wrapping.params.memLimit));
    static_assert(crypto_pwhash_SALTBYTES == 16);
    std::memcpy(slot + 28, wrapping.salt.data(), 16);
    randombytes_buf(slot + 44, kNonce);
    auto ad = slotAd(h, slot);
    unsigned long long tagLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(
        slot + 68, slot + 100, &tagLen, key.key.data(), kKeyBytes, ad.data(), ad.size(), nullptr,
        slot + 44, wrapping.kek.data());
    regionHash(slot, slot + kHashAt);
}

// ---- key registry --------------------------------------------------------------------------

struct Registry
{
    std::mutex mutex;
    std::unordered_map<std::string, DataKeyHandle> keys;
};

// What the last failed authentication on this thread said. SQLite calls the VFS on the thread
// of the connection, so each connection's caller finds its own report (the window's and a
// background job's do not take or clear each other's).
thread_local std::string t_damage;

Registry& registry()
{
    static Registry r;
    return r;
}

void reportDamage(std::string text)
{
    t_damage = std::move(text);
}

// ---- the VFS --------------------------------------------------------------------------------

constexpr std::uint64_t kSealed = kNonce + kTag; // 40: what sealing adds to n bytes

struct CommitRecord
{
    std::uint8_t salt[8]{};
    std::uint64_t committed = 0; // frames up to and including the last commit frame written
    std::uint64_t synced = 0;    // ... and the last one known to be on disk
    std::uint8_t boot[16]{};
};

/** The WAL's header as SQLite wrote it (plaintext) and its commit record. */
struct WalHead
{
    std::uint8_t header[kWalHeader]{};
    CommitRecord record;
    /** SQLite's salts (the log's generation): bytes 16-23 of the header. */
    const std::uint8_t* salt() const { return header + 16; }
};

// The wal-index ("-shm") lives in this process's memory, never in a file: it holds SQLite's
// checksums of plaintext pages. Connections of this process share it through one node per
// database file (by device and inode); an exclusive flock(2) on the database file, held while
// any connection of this process has it open, keeps every other process out. The node also
// keeps the WAL's header and commit record as last written or read (under recordMutex()):
// nobody else can change the file while this process holds the flock, so they are read from
// disk once per opening of the log, not on every commit and sync.

constexpr int kShmLocks = 8; // SQLITE_SHM_NLOCK

struct ShmNode
{
    dev_t dev = 0;
    ino_t ino = 0;
    int opens = 0;   // database and WAL files of this process open on it
    int lockFd = -1; // holds the flock
    int mapped = 0;  // connections that mapped the wal-index
    std::size_t regionSize = 0;
    std::vector<std::uint8_t*> regions;
    int locks[kShmLocks] = {}; // > 0: shared holders; -1: held exclusively
    bool walKnown = false;     // walHead is what the WAL file holds
    WalHead walHead;
};

struct EncFile
{
    sqlite3_file base;
    sqlite3_file* real;
    DataKeyHandle* key;
    std::string* name;
    std::uint8_t* scratch;  // one page (database) or one frame (WAL)
    ShmNode* node;          // this database's state shared by the process's connections
    std::uint8_t shmShared; // wal-index locks this connection holds
    std::uint8_t shmExcl;
    bool shmMapped;
    std::uint64_t pendingCommit; // WAL: frames up to a commit frame whose page comes next
    std::uint8_t pendingSalt[8];
};

sqlite3_file* realOf(sqlite3_file* f)
{
    return reinterpret_cast<EncFile*>(f)->real;
}

/**
 * Associated data of a seal: the file id, the kind of thing sealed ('D' database page, 'H' WAL
 * header, 'M' commit record, 'F' frame header, 'W' WAL page), its page or frame number, and for
 * WAL frames the log's salts, so a frame of an older generation of the log does not open in
 * the same place of a newer one.
 */
struct Ad
{
    std::uint8_t bytes[16 + 1 + 8 + 8];
    std::size_t size;
};

Ad associatedData(const EncFile* f, char kind, std::uint64_t index,
                  const std::uint8_t* salt = nullptr)
{
    Ad ad{};
    std::memcpy(ad.bytes, (*f->key)->fileId.data(), 16);
    ad.bytes[16] = std::uint8_t(kind);
    putU64(ad.bytes + 17, index);
    ad.size = 25;
    if (salt) {
        std::memcpy(ad.bytes + 25, salt, 8);
        ad.size = 33;
    }
    return ad;
}

/** Seals `n` bytes into out: ciphertext (n), a fresh random nonce, tag. */
void seal(const EncFile* f, const Ad& ad, const std::uint8_t* in, std::size_t n, std::uint8_t* out)
{
    std::uint8_t* nonce = out + n;
    randombytes_buf(nonce, kNonce);
    unsigned long long tagLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(out, nonce + kNonce, &tagLen, in, n,
                                                        ad.bytes, ad.size, nullptr, nonce,
                                                        (*f->key)->key.data());
}

/** Opens what seal() made (n + kSealed bytes at `in`) into out (n bytes; may be `in`). */
bool unseal(const EncFile* f, const Ad& ad, const std::uint8_t* in, std::size_t n,
            std::uint8_t* out)
{
    return crypto_aead_xchacha20poly1305_ietf_decrypt_detached(out, nullptr, in, n, in + n + kNonce,
                                                               ad.bytes, ad.size, in + n,
                                                               (*f->key)->key.data()) == 0;
}

// A page is sealed in place: its first 4056 bytes, then nonce and tag in the reserved 40.
constexpr std::size_t kPageBody = kVfsPageSize - kVfsReserveBytes;

/** Encrypts one page of plaintext into `out` (same size); false if SQLite used the reserve. */
bool sealPage(const EncFile* f, const Ad& ad, const std::uint8_t* in, std::uint8_t* out)
{
    // SQLite was told to reserve these bytes; if it wrote anything there, it would be lost.
    if (!allZero(in + kPageBody, kVfsReserveBytes))
        return false;
    seal(f, ad, in, kPageBody, out);
    return true;
}

/** Decrypts one page in place; false if it does not authenticate. */
bool openPage(const EncFile* f, const Ad& ad, std::uint8_t* page)
{
    if (!unseal(f, ad, page, kPageBody, page))
        return false;
    std::memset(page + kPageBody, 0, kVfsReserveBytes);
    return true;
}

int damaged(const EncFile* f, const char* what, std::uint64_t index)
{
    reportDamage(*f->name + ": " + what + " " + std::to_string(index) +
                 " fails its integrity check: the file was changed or damaged on disk");
    return SQLITE_IOERR_DATA;
}

// Database file: SQLite's offset o is the file's offset o + kVfsHeaderBytes.

int dbRead(sqlite3_file* file, void* out, int amount, sqlite3_int64 offset)
{
    auto* f = reinterpret_cast<EncFile*>(file);
    auto* dst = static_cast<std::uint8_t*>(out);
    const std::uint64_t P = kVfsPageSize;
    if (amount <= 0)
        return SQLITE_OK;
    std::uint64_t first = std::uint64_t(offset) / P;
    std::uint64_t last = (std::uint64_t(offset) + std::uint64_t(amount) - 1) / P;
    for (std::uint64_t pg = first; pg <= last; ++pg) {
        std::uint64_t pageStart = pg * P;
        std::uint64_t from = std::max<std::uint64_t>(pageStart, std::uint64_t(offset));
        std::uint64_t to = std::min<std::uint64_t>(pageStart + P, std::uint64_t(offset) + amount);
        bool whole = from == pageStart && to == pageStart + P;
        std::uint8_t* page = whole ? dst + (from - std::uint64_t(offset)) : f->scratch;
        int rc = f->real->pMethods->xRead(f->real, page, int(P),
                                          sqlite3_int64(pageStart + kVfsHeaderBytes));
        if (rc == SQLITE_IOERR_SHORT_READ) {
            // Past the end: SQLite expects zeros and SHORT_READ. A page cut part-way (the
            // real VFS zero-fills what it could not read) is damage, not the end of the file:
            // SQLite would count it as a page and read it as zeros.
            if (std::any_of(page, page + P, [](std::uint8_t b) { return b != 0; }))
                return damaged(f, "page", pg + 1);
            std::memset(dst + (from - std::uint64_t(offset)), 0,
                        std::size_t(std::uint64_t(offset) + amount - from));
            return SQLITE_IOERR_SHORT_READ;
        }
        if (rc != SQLITE_OK)
            return rc;
        if (!openPage(f, associatedData(f, 'D', pg + 1), page))
            return damaged(f, "page", pg + 1);
        if (!whole)
            std::memcpy(dst + (from - std::uint64_t(offset)), page + (from - pageStart),
                        std::size_t(to - from));
    }
    return SQLITE_OK;
}

int dbWrite(sqlite3_file* file, const void* in, int amount, sqlite3_int64 offset)
{
    auto* f = reinterpret_cast<EncFile*>(file);
    auto* src = static_cast<const std::uint8_t*>(in);
    if (amount != int(kVfsPageSize) || offset % kVfsPageSize != 0)
        return SQLITE_IOERR_WRITE; // only whole pages ever reach a WAL-mode database
    std::uint64_t pg = std::uint64_t(offset) / kVfsPageSize;
    if (pg == 0) {
        // Page 1 holds SQLite's header: page size (big-endian, at 16) and reserve (at 20).
        std::uint32_t size = (std::uint32_t(src[16]) << 8) | src[17];
        if (size == 1)
            size = 65536;
        if (size != kVfsPageSize || src[20] < kVfsReserveBytes)
            return SQLITE_IOERR_WRITE;
    }
    if (!sealPage(f, associatedData(f, 'D', pg + 1), src, f->scratch))
        return SQLITE_IOERR_WRITE;
    return f->real->pMethods->xWrite(f->real, f->scratch, amount,
                                     offset + sqlite3_int64(kVfsHeaderBytes));
}

int dbTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    return realOf(file)->pMethods->xTruncate(realOf(file), size + sqlite3_int64(kVfsHeaderBytes));
}

int dbFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    int rc = realOf(file)->pMethods->xFileSize(realOf(file), size);
    if (rc == SQLITE_OK)
        *size = std::max<sqlite3_int64>(0, *size - sqlite3_int64(kVfsHeaderBytes));
    return rc;
}

int dbFileControl(sqlite3_file* file, int op, void* arg)
{
    if (op == SQLITE_FCNTL_SIZE_HINT && arg)
        *static_cast<sqlite3_int64*>(arg) += sqlite3_int64(kVfsHeaderBytes);
    if (op == SQLITE_FCNTL_MMAP_SIZE && arg) {
        *static_cast<sqlite3_int64*>(arg) = 0; // every read goes through xRead
        return SQLITE_OK;
    }
    return realOf(file)->pMethods->xFileControl(realOf(file), op, arg);
}

// WAL. SQLite's logical layout: a 32-byte header, then frames of a 24-byte header and one
// page. Its headers hold page numbers, salts and SQLite's running checksum over the
// *plaintext* pages, so they are encrypted and authenticated too, which needs room for a
// nonce and a tag each. The VFS translates SQLite's offsets to this physical layout:
//
//   [0, 72)        WAL header: 32 bytes encrypted, nonce (24), tag (16); AD kind 'H'
//   [72, 152)      commit record: salts (8), committed frames, synced frames, boot id (16),
//                  encrypted, nonce, tag; AD kind 'M' and the record's format (2). Written with
//                  the header in one write, rewritten after every commit frame and every sync.
//   [152, 512)     zero (checked)
//   512 + i*4160   frame i: header (24 encrypted, nonce, tag; AD kind 'F', i and the header's
//                  salts), then the page (encrypted in its reserved bytes; AD kind 'W', i and
//                  the salts)
//
// The commit record tells recovery which frames must be whole: every frame before the last
// commit frame written (or, after a reboot, before the last synced commit). A frame there that
// fails authentication is damage and is reported; a frame after it may be a torn write of a
// transaction that never committed, and ends the log as SQLite's own checksum would. The salts
// in the frames' AD make a frame of an older generation of the log (restarted from frame 0
// after a checkpoint) fail there too, instead of decrypting and ending the log early.

constexpr std::uint64_t kWalLogicalFrame = kWalFrameHeader + kVfsPageSize; // 4120
constexpr std::uint64_t kWalHeaderPhys = kWalHeader + kSealed;             // 72
constexpr std::uint64_t kRecordPlain = 8 + 8 + 8 + 16;
constexpr std::uint64_t kRecordAt = kWalHeaderPhys;
constexpr std::uint64_t kRecordPhys = kRecordPlain + kSealed; // 80
constexpr std::uint64_t kWalFramesAt = 512;
constexpr std::uint64_t kFrameHeaderPhys = kWalFrameHeader + kSealed;    // 64
constexpr std::uint64_t kWalPhysFrame = kFrameHeaderPhys + kVfsPageSize; // 4160
static_assert(kRecordAt + kRecordPhys <= kWalFramesAt);
// The record's format, in its AD: 2 since frames are bound to the salts. A record of format 0
// (no salts in the frames' AD, builds before 2026-11-21 19:35) is recognised and refused.
constexpr std::uint64_t kRecordFormat = 2;
constexpr std::uint64_t kRecordFormatUnsalted = 0;

std::uint64_t physFrame(std::uint64_t frame)
{
    return kWalFramesAt + frame * kWalPhysFrame;
}

struct BootId
{
    std::array<std::uint8_t, 16> bytes{};
    bool known = false;
};

/** This boot of the machine: while it lasts, what a killed process wrote is whole. */
const BootId& bootId()
{
    static const BootId id = [] {
        BootId b;
        std::FILE* in = std::fopen("/proc/sys/kernel/random/boot_id", "re");
        if (!in)
            return b;
        char text[64] = {};
        bool read = std::fgets(text, sizeof text, in) != nullptr;
        std::fclose(in);
        std::string hex;
        for (char c : std::string(read ? text : ""))
            if (std::isxdigit(static_cast<unsigned char>(c)))
                hex += c;
        if (hex.size() == 32 &&
            sodium_hex2bin(b.bytes.data(), 16, hex.data(), 32, nullptr, nullptr, nullptr) == 0)
            b.known = true;
        return b;
    }();
    return id;
}

// Commit records are read, changed and written back by the writer and by checkpoints, which
// can run on different connections of this process at the same time; the node's copy of the
// WAL head is read and changed under the same mutex.
std::mutex& recordMutex()
{
    static std::mutex m;
    return m;
}

std::atomic<std::uint64_t> g_walHeadReads{0};

void encodeRecord(const EncFile* f, const CommitRecord& r, std::uint8_t* out)
{
    std::uint8_t plain[kRecordPlain];
    std::memcpy(plain, r.salt, 8);
    putU64(plain + 8, r.committed);
    putU64(plain + 16, r.synced);
    std::memcpy(plain + 24, r.boot, 16);
    seal(f, associatedData(f, 'M', kRecordFormat), plain, kRecordPlain, out);
}

enum class WalState
{
    Ok,
    Damaged, // the header or the commit record fails authentication
    Older,   // the commit record of a format this build does not read (frames unsalted)
    Short    // no header on disk
};

/** Reads and checks the WAL header and commit record from the file. */
WalState readWalHeadFromDisk(EncFile* f, WalHead* head)
{
    g_walHeadReads.fetch_add(1, std::memory_order_relaxed);
    std::uint8_t raw[kWalFramesAt];
    int rc = f->real->pMethods->xRead(f->real, raw, int(sizeof raw), 0);
    if (rc == SQLITE_IOERR_SHORT_READ)
        return allZero(raw, sizeof raw) ? WalState::Short : WalState::Damaged;
    if (rc != SQLITE_OK)
        return WalState::Damaged;
    if (!allZero(raw + kRecordAt + kRecordPhys, kWalFramesAt - kRecordAt - kRecordPhys))
        return WalState::Damaged; // the unused rest of the first 512 bytes is zero
    std::uint8_t plain[kRecordPlain];
    if (!unseal(f, associatedData(f, 'H', 0), raw, kWalHeader, head->header))
        return WalState::Damaged;
    if (!unseal(f, associatedData(f, 'M', kRecordFormat), raw + kRecordAt, kRecordPlain, plain))
        return unseal(f, associatedData(f, 'M', kRecordFormatUnsalted), raw + kRecordAt,
                      kRecordPlain, plain)
                   ? WalState::Older
                   : WalState::Damaged;
    CommitRecord& record = head->record;
    std::memcpy(record.salt, plain, 8);
    record.committed = getU64(plain + 8);
    record.synced = getU64(plain + 16);
    std::memcpy(record.boot, plain + 24, 16);
    // The record belongs to this header (same salts): an older record spliced in is damage.
    if (std::memcmp(record.salt, head->salt(), 8) != 0)
        return WalState::Damaged;
    return WalState::Ok;
}

/** The WAL head: the node's copy, or read from the file. Under recordMutex(). */
WalState walHeadLocked(EncFile* f, WalHead* head)
{
    if (f->node && f->node->walKnown) {
        *head = f->node->walHead;
        return WalState::Ok;
    }
    WalState s = readWalHeadFromDisk(f, head);
    if (s == WalState::Ok && f->node) {
        f->node->walHead = *head;
        f->node->walKnown = true;
    }
    return s;
}

WalState walHead(EncFile* f, WalHead* head)
{
    std::lock_guard lock(recordMutex());
    return walHeadLocked(f, head);
}

/** Forgets the node's copy of the WAL head (the file changed under it, or a write failed). */
void forgetWalHead(EncFile* f)
{
    std::lock_guard lock(recordMutex());
    if (f->node)
        f->node->walKnown = false;
}

int walDamaged(const EncFile* f, const std::string& what)
{
    reportDamage(*f->name + ": " + what +
                 " fails its integrity check: the file was changed or damaged on disk");
    return SQLITE_IOERR_DATA;
}

/** Reports a WAL head that cannot be used; SQLITE_IOERR_DATA. */
int walHeadUnusable(const EncFile* f, WalState s)
{
    if (s != WalState::Older)
        return walDamaged(f, "the log's header or commit record");
    reportDamage(*f->name + ": the log was left by an older Commonplace that did not close the "
                            "workspace (it stopped or crashed); open the workspace once with "
                            "that version, which folds the log back, then with this one");
    return SQLITE_IOERR_DATA;
}

/**
 * Frames before this index must be whole. Same boot as the last record: every commit frame
 * written (a killed process leaves what it wrote in the page cache); otherwise only what
 * was synced before the record was written.
 */
std::int64_t mustBeWhole(const WalHead& head)
{
    const BootId& boot = bootId();
    bool sameBoot = boot.known && std::memcmp(boot.bytes.data(), head.record.boot, 16) == 0;
    return std::int64_t(sameBoot ? head.record.committed : head.record.synced);
}

/** Changes the commit record (file and node's copy); an SQLite result code. */
template <typename Change> int updateRecord(EncFile* f, Change change)
{
    std::lock_guard lock(recordMutex());
    WalHead head;
    WalState s = walHeadLocked(f, &head);
    if (s == WalState::Short)
        return SQLITE_OK; // no log yet (or truncated): nothing to record
    if (s != WalState::Ok)
        return walHeadUnusable(f, s);
    CommitRecord& r = head.record;
    if (!change(r))
        return SQLITE_OK;
    std::memcpy(r.boot, bootId().bytes.data(), 16);
    std::uint8_t out[kRecordPhys];
    encodeRecord(f, r, out);
    int rc = f->real->pMethods->xWrite(f->real, out, int(kRecordPhys), sqlite3_int64(kRecordAt));
    if (f->node) {
        f->node->walHead = head;
        f->node->walKnown = rc == SQLITE_OK;
    }
    return rc;
}

/**
 * Reads a part of frame `frame` and opens it: its header (24 bytes into out) or its page
 * (4096 bytes into out, decrypted in place). An SQLite result code of the read;
 * `authentic` says whether it opened.
 */
int readFramePart(EncFile* f, const WalHead& head, std::uint64_t frame, bool header,
                  std::uint8_t* out, bool* authentic)
{
    *authentic = false;
    std::uint8_t raw[kFrameHeaderPhys];
    std::uint8_t* into = header ? raw : out;
    const std::uint64_t size = header ? kFrameHeaderPhys : kVfsPageSize;
    const std::uint64_t at = physFrame(frame) + (header ? 0 : kFrameHeaderPhys);
    int rc = f->real->pMethods->xRead(f->real, into, int(size), sqlite3_int64(at));
    if (rc != SQLITE_OK)
        return rc;
    const Ad ad = associatedData(f, header ? 'F' : 'W', frame, head.salt());
    *authentic = header ? unseal(f, ad, raw, kWalFrameHeader, out) : openPage(f, ad, out);
    return SQLITE_OK;
}

int walRead(sqlite3_file* file, void* out, int amount, sqlite3_int64 offset)
{
    auto* f = reinterpret_cast<EncFile*>(file);
    auto* dst = static_cast<std::uint8_t*>(out);
    if (amount <= 0 || offset < 0)
        return SQLITE_IOERR_READ;
    const std::uint64_t start = std::uint64_t(offset), end = start + std::uint64_t(amount);
    auto shortRead = [&](std::uint64_t from) {
        std::memset(dst + (from - start), 0, std::size_t(end - from));
        return SQLITE_IOERR_SHORT_READ;
    };
    WalHead head;
    WalState s = walHead(f, &head);
    if (s == WalState::Short)
        return shortRead(start);
    if (s != WalState::Ok)
        return walHeadUnusable(f, s);
    std::uint64_t pos = start;
    while (pos < end) {
        if (pos < kWalHeader) {
            std::uint64_t to = std::min<std::uint64_t>(end, kWalHeader);
            std::memcpy(dst + (pos - start), head.header + pos, std::size_t(to - pos));
            pos = to;
            continue;
        }
        const std::uint64_t frame = (pos - kWalHeader) / kWalLogicalFrame;
        const std::uint64_t frameStart = kWalHeader + frame * kWalLogicalFrame;
        const std::uint64_t within = pos - frameStart;
        std::uint8_t* at = dst + (pos - start);
        bool headerOk = false, pageOk = false;
        int rc = SQLITE_OK;
        if (within == 0 && end - pos >= kWalLogicalFrame) {
            // Recovery reads whole frames; such a read may meet the torn end of the log.
            rc = readFramePart(f, head, frame, true, at, &headerOk);
            if (rc == SQLITE_OK)
                rc = readFramePart(f, head, frame, false, at + kWalFrameHeader, &pageOk);
            if (rc == SQLITE_OK && !(headerOk && pageOk)) {
                if (std::int64_t(frame) < mustBeWhole(head))
                    return damaged(f, headerOk ? "frame" : "frame header", frame + 1);
                // An uncommitted frame cut short by a crash: the log ends before it (zeros
                // are a frame SQLite's recovery rejects).
                std::memset(at, 0, std::size_t(kWalLogicalFrame));
            }
            pos += kWalLogicalFrame;
        } else if (within < kWalFrameHeader) {
            std::uint8_t header[kWalFrameHeader];
            rc = readFramePart(f, head, frame, true, header, &headerOk);
            if (rc == SQLITE_OK && !headerOk)
                return damaged(f, "frame header", frame + 1);
            std::uint64_t to = std::min<std::uint64_t>(end, frameStart + kWalFrameHeader);
            if (rc == SQLITE_OK)
                std::memcpy(at, header + within, std::size_t(to - pos));
            pos = to;
        } else {
            // A page on its own (reads of committed frames, checkpoints): always whole.
            if (within != kWalFrameHeader || end - pos < kVfsPageSize)
                return SQLITE_IOERR_READ; // SQLite reads headers, pages or whole frames only
            rc = readFramePart(f, head, frame, false, at, &pageOk);
            if (rc == SQLITE_OK && !pageOk)
                return damaged(f, "frame", frame + 1);
            pos += kVfsPageSize;
        }
        if (rc == SQLITE_IOERR_SHORT_READ)
            return shortRead(frameStart + within);
        if (rc != SQLITE_OK)
            return rc;
    }
    return SQLITE_OK;
}

int walWrite(sqlite3_file* file, const void* in, int amount, sqlite3_int64 offset)
{
    auto* f = reinterpret_cast<EncFile*>(file);
    auto* src = static_cast<const std::uint8_t*>(in);
    sqlite3_file* real = f->real;
    if (offset == 0 && amount == int(kWalHeader)) {
        // A new log (or a restart): header and a fresh commit record in one write.
        std::lock_guard lock(recordMutex());
        WalHead head;
        std::memcpy(head.header, src, kWalHeader);
        std::memcpy(head.record.salt, head.salt(), 8);
        std::memcpy(head.record.boot, bootId().bytes.data(), 16);
        std::uint8_t out[kWalFramesAt] = {};
        seal(f, associatedData(f, 'H', 0), src, kWalHeader, out);
        encodeRecord(f, head.record, out + kRecordAt);
        f->pendingCommit = 0;
        int rc = real->pMethods->xWrite(real, out, int(sizeof out), 0);
        if (f->node) {
            f->node->walHead = head;
            f->node->walKnown = rc == SQLITE_OK;
        }
        return rc;
    }
    if (offset < sqlite3_int64(kWalHeader))
        return SQLITE_IOERR_WRITE;
    const std::uint64_t pos = std::uint64_t(offset);
    const std::uint64_t frame = (pos - kWalHeader) / kWalLogicalFrame;
    const std::uint64_t within = (pos - kWalHeader) % kWalLogicalFrame;
    // Frames are sealed with the salts of the log's header (SQLite writes it before frame 0).
    WalHead head;
    WalState s = walHead(f, &head);
    if (s != WalState::Ok)
        return s == WalState::Short ? SQLITE_IOERR_WRITE : walHeadUnusable(f, s);
    if (within == 0 && amount == int(kWalFrameHeader)) {
        std::uint8_t out[kFrameHeaderPhys];
        seal(f, associatedData(f, 'F', frame, head.salt()), src, kWalFrameHeader, out);
        // Bytes 4-7: the database size after a commit, zero for other frames.
        bool commit = getU32(src + 4) != 0;
        f->pendingCommit = commit ? frame + 1 : 0;
        if (commit)
            std::memcpy(f->pendingSalt, src + 8, 8);
        return real->pMethods->xWrite(real, out, int(kFrameHeaderPhys),
                                      sqlite3_int64(physFrame(frame)));
    }
    if (within != kWalFrameHeader || amount != int(kVfsPageSize))
        return SQLITE_IOERR_WRITE;
    if (!sealPage(f, associatedData(f, 'W', frame, head.salt()), src, f->scratch))
        return SQLITE_IOERR_WRITE;
    int rc = real->pMethods->xWrite(real, f->scratch, amount,
                                    sqlite3_int64(physFrame(frame) + kFrameHeaderPhys));
    if (rc != SQLITE_OK || f->pendingCommit != frame + 1)
        return rc;
    // The commit frame is whole in the file: from now on a damaged frame before it is damage.
    const std::uint64_t committed = f->pendingCommit;
    f->pendingCommit = 0;
    std::uint8_t salt[8];
    std::memcpy(salt, f->pendingSalt, 8);
    return updateRecord(f, [&](CommitRecord& r) {
        if (std::memcmp(r.salt, salt, 8) != 0)
            return false;
        // Not max(): after recovery from a power cut the log may go on from an earlier frame.
        r.committed = committed;
        r.synced = std::min(r.synced, committed);
        return true;
    });
}

/** The physical size that holds SQLite's first `size` bytes of log. */
std::uint64_t walPhysicalSize(std::uint64_t size)
{
    if (size == 0)
        return 0;
    if (size <= kWalHeader)
        return kWalFramesAt;
    std::uint64_t frames = (size - kWalHeader + kWalLogicalFrame - 1) / kWalLogicalFrame;
    return kWalFramesAt + frames * kWalPhysFrame;
}

int walTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    auto* f = reinterpret_cast<EncFile*>(file);
    std::uint64_t phys = walPhysicalSize(std::uint64_t(std::max<sqlite3_int64>(0, size)));
    int rc = f->real->pMethods->xTruncate(f->real, sqlite3_int64(phys));
    if (phys < kWalFramesAt || rc != SQLITE_OK)
        forgetWalHead(f); // the header is gone (or may be)
    return rc;
}

int walFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    auto* f = reinterpret_cast<EncFile*>(file);
    sqlite3_int64 phys = 0;
    int rc = f->real->pMethods->xFileSize(f->real, &phys);
    if (rc != SQLITE_OK)
        return rc;
    if (phys <= 0) {
        *size = 0;
        return SQLITE_OK;
    }
    std::uint64_t frames = std::uint64_t(phys) < kWalFramesAt
                               ? 0
                               : (std::uint64_t(phys) - kWalFramesAt) / kWalPhysFrame;
    // A log cut short before frames that must be there is damage, not an early end.
    WalHead head;
    WalState s = walHead(f, &head);
    if (s != WalState::Ok && s != WalState::Short)
        return walHeadUnusable(f, s);
    std::uint64_t whole = s == WalState::Ok ? std::uint64_t(mustBeWhole(head)) : 0;
    if (whole > frames)
        return walDamaged(f, "the log (cut short: " + std::to_string(frames) + " of " +
                                 std::to_string(whole) + " committed frames)");
    *size = sqlite3_int64(kWalHeader + frames * kWalLogicalFrame);
    return SQLITE_OK;
}

int walSync(sqlite3_file* file, int flags)
{
    auto* f = reinterpret_cast<EncFile*>(file);
    int rc = f->real->pMethods->xSync(f->real, flags);
    if (rc != SQLITE_OK)
        return rc;
    // Every commit recorded so far is on disk now. (This record reaches the disk with the
    // next sync; a record that got there earlier claims less, which only makes recovery after
    // a power cut more lenient about the end of the log.)
    return updateRecord(f, [](CommitRecord& r) {
        if (r.synced == r.committed)
            return false;
        r.synced = r.committed;
        return true;
    });
}

std::mutex& nodesMutex()
{
    static std::mutex m;
    return m;
}

std::vector<ShmNode*>& nodes()
{
    static std::vector<ShmNode*> list;
    return list;
}

void freeRegions(ShmNode* n)
{
    for (auto* r : n->regions) {
        sodium_memzero(r, n->regionSize);
        std::free(r);
    }
    n->regions.clear();
}

/** A wal-index file left by an older version: checksums of plaintext, so overwritten. */
void scrubStaleShm(const std::string& path)
{
    std::string shm = path + "-shm";
    int fd = ::open(shm.c_str(), O_RDWR | O_CLOEXEC | O_NOFOLLOW);
    if (fd < 0)
        return;
    struct stat st = {};
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode)) {
        std::vector<std::uint8_t> zeros(32768, 0);
        for (off_t at = 0; at < st.st_size; at += off_t(zeros.size()))
            if (::pwrite(fd, zeros.data(), zeros.size(), at) < 0)
                break;
        ::fsync(fd);
        ::unlink(shm.c_str());
    }
    ::close(fd);
}

int attachNode(EncFile* f, const char* path)
{
    struct stat st = {};
    if (::stat(path, &st) != 0)
        return SQLITE_CANTOPEN;
    std::lock_guard lock(nodesMutex());
    for (ShmNode* n : nodes())
        if (n->dev == st.st_dev && n->ino == st.st_ino) {
            ++n->opens;
            f->node = n;
            return SQLITE_OK;
        }
    int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return SQLITE_CANTOPEN;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        reportDamage(std::string(path) + ": " + kOpenElsewhere);
        return SQLITE_BUSY;
    }
    scrubStaleShm(path);
    auto* n = new ShmNode;
    n->dev = st.st_dev;
    n->ino = st.st_ino;
    n->opens = 1;
    n->lockFd = fd;
    nodes().push_back(n);
    f->node = n;
    return SQLITE_OK;
}

/**
 * A WAL shares its database's node (opened through this VFS first, so it is there): the
 * node keeps the log's head. Its copy is read again from the file the first time.
 */
void attachWal(EncFile* f, const char* databasePath)
{
    struct stat st = {};
    if (!databasePath || ::stat(databasePath, &st) != 0)
        return; // no node: the head is read from the file every time
    {
        std::lock_guard lock(nodesMutex());
        for (ShmNode* n : nodes())
            if (n->dev == st.st_dev && n->ino == st.st_ino) {
                ++n->opens;
                f->node = n;
                break;
            }
    }
    forgetWalHead(f);
}

/** After the file itself is closed: the last one lets other processes in. */
void detachNode(EncFile* f)
{
    ShmNode* n = f->node;
    if (!n)
        return;
    f->node = nullptr;
    std::lock_guard lock(nodesMutex());
    if (--n->opens > 0)
        return;
    freeRegions(n);
    ::close(n->lockFd);
    auto& list = nodes();
    list.erase(std::remove(list.begin(), list.end(), n), list.end());
    delete n;
}

int encShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out)
{
    auto* f = reinterpret_cast<EncFile*>(file);
    *out = nullptr;
    ShmNode* n = f->node;
    if (!n || region < 0 || size <= 0)
        return SQLITE_IOERR_SHMMAP;
    std::lock_guard lock(nodesMutex());
    if (!f->shmMapped) {
        f->shmMapped = true;
        ++n->mapped;
    }
    if (n->regions.empty())
        n->regionSize = std::size_t(size);
    if (std::size_t(size) != n->regionSize)
        return SQLITE_IOERR_SHMSIZE;
    while (n->regions.size() <= std::size_t(region)) {
        if (!extend)
            return SQLITE_OK;
        void* r = std::calloc(1, n->regionSize);
        if (!r)
            return SQLITE_IOERR_NOMEM;
        n->regions.push_back(static_cast<std::uint8_t*>(r));
    }
    *out = n->regions[std::size_t(region)];
    return SQLITE_OK;
}

int encShmLock(sqlite3_file* file, int offset, int count, int flags)
{
    auto* f = reinterpret_cast<EncFile*>(file);
    ShmNode* n = f->node;
    if (!n || offset < 0 || count < 1 || offset + count > kShmLocks)
        return SQLITE_IOERR_SHMLOCK;
    const unsigned mask = ((1u << count) - 1u) << offset;
    std::lock_guard lock(nodesMutex());
    if (flags & SQLITE_SHM_UNLOCK) {
        for (int i = offset; i < offset + count; ++i) {
            unsigned bit = 1u << i;
            if (f->shmExcl & bit)
                n->locks[i] = 0;
            else if ((f->shmShared & bit) && n->locks[i] > 0)
                --n->locks[i];
        }
        f->shmExcl &= std::uint8_t(~mask);
        f->shmShared &= std::uint8_t(~mask);
        return SQLITE_OK;
    }
    if (flags & SQLITE_SHM_SHARED) {
        for (int i = offset; i < offset + count; ++i)
            if (!((f->shmShared | f->shmExcl) & (1u << i)) && n->locks[i] < 0)
                return SQLITE_BUSY;
        for (int i = offset; i < offset + count; ++i)
            if (!((f->shmShared | f->shmExcl) & (1u << i)))
                ++n->locks[i];
        f->shmShared |= std::uint8_t(mask & ~unsigned(f->shmExcl));
        return SQLITE_OK;
    }
    // Exclusive: nobody else may hold any of these.
    for (int i = offset; i < offset + count; ++i) {
        unsigned bit = 1u << i;
        if (f->shmExcl & bit)
            continue;
        int mine = (f->shmShared & bit) ? 1 : 0;
        if (n->locks[i] != mine)
            return SQLITE_BUSY;
    }
    for (int i = offset; i < offset + count; ++i)
        n->locks[i] = -1;
    f->shmShared &= std::uint8_t(~mask);
    f->shmExcl |= std::uint8_t(mask);
    return SQLITE_OK;
}

void encShmBarrier(sqlite3_file*)
{
    std::atomic_thread_fence(std::memory_order_seq_cst);
    std::lock_guard lock(nodesMutex());
}

int encShmUnmap(sqlite3_file* file, int)
{
    auto* f = reinterpret_cast<EncFile*>(file);
    ShmNode* n = f->node;
    if (!n)
        return SQLITE_OK;
    std::lock_guard lock(nodesMutex());
    for (int i = 0; i < kShmLocks; ++i) {
        unsigned bit = 1u << i;
        if (f->shmExcl & bit)
            n->locks[i] = 0;
        else if ((f->shmShared & bit) && n->locks[i] > 0)
            --n->locks[i];
    }
    f->shmExcl = f->shmShared = 0;
    if (f->shmMapped) {
        f->shmMapped = false;
        // The last connection gone: the index goes (a later open rebuilds it from the log).
        if (--n->mapped == 0)
            freeRegions(n);
    }
    return SQLITE_OK;
}

// Pass-throughs.

int encClose(sqlite3_file* file)
{
    auto* f = reinterpret_cast<EncFile*>(file);
    int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    detachNode(f);
    delete f->key;
    delete f->name;
    if (f->scratch) {
        sodium_memzero(f->scratch, kWalFrameHeader + kVfsPageSize);
        delete[] f->scratch;
    }
    f->key = nullptr;
    f->name = nullptr;
    f->scratch = nullptr;
    return rc;
}
int walFileControl(sqlite3_file* file, int op, void* arg)
{
    return realOf(file)->pMethods->xFileControl(realOf(file), op, arg);
}
int encSync(sqlite3_file* file, int flags)
{
    return realOf(file)->pMethods->xSync(realOf(file), flags);
}
int encLock(sqlite3_file* file, int level)
{
    return realOf(file)->pMethods->xLock(realOf(file), level);
}
int encUnlock(sqlite3_file* file, int level)
{
    return realOf(file)->pMethods->xUnlock(realOf(file), level);
}
int encCheckReserved(sqlite3_file* file, int* out)
{
    return realOf(file)->pMethods->xCheckReservedLock(realOf(file), out);
}
int encSectorSize(sqlite3_file* file)
{
    return realOf(file)->pMethods->xSectorSize(realOf(file));
}
int encDeviceCharacteristics(sqlite3_file* file)
{
    // Our writes are whole pages at shifted offsets; no atomic-write promises pass through.
    return realOf(file)->pMethods->xDeviceCharacteristics(realOf(file)) &
           ~(SQLITE_IOCAP_ATOMIC | SQLITE_IOCAP_ATOMIC512 | SQLITE_IOCAP_ATOMIC1K |
             SQLITE_IOCAP_ATOMIC2K | SQLITE_IOCAP_ATOMIC4K | SQLITE_IOCAP_ATOMIC8K |
             SQLITE_IOCAP_ATOMIC16K | SQLITE_IOCAP_ATOMIC32K | SQLITE_IOCAP_ATOMIC64K |
             SQLITE_IOCAP_BATCH_ATOMIC);
}
// Version 2: no xFetch, so SQLite never memory-maps the (ciphertext) file.
const sqlite3_io_methods kDbMethods = {2,
                                       encClose,
                                       dbRead,
                                       dbWrite,
                                       dbTruncate,
                                       encSync,
                                       dbFileSize,
                                       encLock,
                                       encUnlock,
                                       encCheckReserved,
                                       dbFileControl,
                                       encSectorSize,
                                       encDeviceCharacteristics,
                                       encShmMap,
                                       encShmLock,
                                       encShmBarrier,
                                       encShmUnmap,
                                       nullptr,
                                       nullptr};
const sqlite3_io_methods kWalMethods = {2,
                                        encClose,
                                        walRead,
                                        walWrite,
                                        walTruncate,
                                        walSync,
                                        walFileSize,
                                        encLock,
                                        encUnlock,
                                        encCheckReserved,
                                        walFileControl,
                                        encSectorSize,
                                        encDeviceCharacteristics,
                                        encShmMap,
                                        encShmLock,
                                        encShmBarrier,
                                        encShmUnmap,
                                        nullptr,
                                        nullptr};

// A rollback journal kept in memory, only for a database being written once and thrown away
// on failure (the target of a conversion, `cpjournal=memory` in its URI): such a journal
// protects nothing that matters there, and on disk it would be plaintext.

struct MemFile
{
    sqlite3_file base;
    std::vector<std::uint8_t>* data;
};

std::vector<std::uint8_t>& memData(sqlite3_file* f)
{
    return *reinterpret_cast<MemFile*>(f)->data;
}
int memClose(sqlite3_file* f)
{
    auto* m = reinterpret_cast<MemFile*>(f);
    if (m->data) {
        sodium_memzero(m->data->data(), m->data->size());
        delete m->data;
    }
    m->data = nullptr;
    return SQLITE_OK;
}
int memRead(sqlite3_file* f, void* out, int amount, sqlite3_int64 offset)
{
    auto& d = memData(f);
    auto* dst = static_cast<std::uint8_t*>(out);
    std::uint64_t off = std::uint64_t(offset);
    std::size_t have =
        off < d.size() ? std::min<std::size_t>(d.size() - off, std::size_t(amount)) : 0;
    if (have)
        std::memcpy(dst, d.data() + off, have);
    if (have < std::size_t(amount)) {
        std::memset(dst + have, 0, std::size_t(amount) - have);
        return SQLITE_IOERR_SHORT_READ;
    }
    return SQLITE_OK;
}
int memWrite(sqlite3_file* f, const void* in, int amount, sqlite3_int64 offset)
{
    auto& d = memData(f);
    std::size_t end = std::size_t(offset) + std::size_t(amount);
    if (d.size() < end)
        d.resize(end);
    std::memcpy(d.data() + offset, in, std::size_t(amount));
    return SQLITE_OK;
}
int memTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    auto& d = memData(f);
    if (std::size_t(size) < d.size())
        d.resize(std::size_t(size));
    return SQLITE_OK;
}
int memSync(sqlite3_file*, int)
{
    return SQLITE_OK;
}
int memFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    *size = sqlite3_int64(memData(f).size());
    return SQLITE_OK;
}
int memLock(sqlite3_file*, int)
{
    return SQLITE_OK;
}
int memCheckReserved(sqlite3_file*, int* out)
{
    *out = 0;
    return SQLITE_OK;
}
int memFileControl(sqlite3_file*, int, void*)
{
    return SQLITE_NOTFOUND;
}
int memSectorSize(sqlite3_file*)
{
    return int(kVfsPageSize);
}
int memDeviceCharacteristics(sqlite3_file*)
{
    return 0;
}
const sqlite3_io_methods kMemMethods = {1,
                                        memClose,
                                        memRead,
                                        memWrite,
                                        memTruncate,
                                        memSync,
                                        memFileSize,
                                        memLock,
                                        memLock,
                                        memCheckReserved,
                                        memFileControl,
                                        memSectorSize,
                                        memDeviceCharacteristics,
                                        nullptr,
                                        nullptr,
                                        nullptr,
                                        nullptr,
                                        nullptr,
                                        nullptr};

int encOpen(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* f = reinterpret_cast<EncFile*>(file);
    std::memset(f, 0, sizeof(EncFile));
    // Only the database and its WAL: anything else (rollback journals, temp files, statement
    // journals) would hold plaintext, so it is refused; workspaces run in WAL mode with
    // temp_store=MEMORY and never need one.
    const bool database = flags & SQLITE_OPEN_MAIN_DB;
    if (!database && !(flags & SQLITE_OPEN_WAL)) {
        if (!(flags & SQLITE_OPEN_MAIN_JOURNAL) || !name ||
            !sqlite3_uri_boolean(name, "cpjournal", 0))
            return SQLITE_CANTOPEN;
        auto* m = reinterpret_cast<MemFile*>(file);
        m->data = new std::vector<std::uint8_t>();
        m->base.pMethods = &kMemMethods;
        if (outFlags)
            *outFlags = flags;
        return SQLITE_OK;
    }
    if (!name)
        return SQLITE_CANTOPEN;
    const char* token = sqlite3_uri_parameter(name, "cpkey");
    if (!token)
        return SQLITE_CANTOPEN;
    DataKeyHandle key;
    {
        auto& r = registry();
        std::lock_guard lock(r.mutex);
        auto it = r.keys.find(token);
        if (it == r.keys.end())
            return SQLITE_CANTOPEN;
        key = it->second;
    }
    auto* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    f->real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(f) + sizeof(EncFile));
    int rc = real->xOpen(real, name, f->real, flags, outFlags);
    if (rc != SQLITE_OK)
        return rc;
    f->key = new DataKeyHandle(std::move(key));
    f->name = new std::string(name);
    f->scratch = new std::uint8_t[kWalFrameHeader + kVfsPageSize];
    f->base.pMethods = database ? &kDbMethods : &kWalMethods;
    if (!database) {
        attachWal(f, sqlite3_filename_database(name));
    } else {
        // The file must carry this key's header: same magic and file id.
        std::uint8_t head[kRegion];
        rc = f->real->pMethods->xRead(f->real, head, int(kRegion), 0);
        if (rc != SQLITE_OK || std::memcmp(head, kMagic, sizeof kMagic) != 0 ||
            std::memcmp(head + 28, (*f->key)->fileId.data(), 16) != 0) {
            encClose(file);
            f->base.pMethods = nullptr;
            return SQLITE_NOTADB;
        }
        if ((rc = attachNode(f, name)) != SQLITE_OK) {
            encClose(file);
            f->base.pMethods = nullptr;
            return rc;
        }
    }
    return SQLITE_OK;
}

int encDelete(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    auto* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    int rc = real->xDelete(real, name, syncDir);
    // A journal kept in memory never reached the disk; deleting it finds nothing.
    return rc == SQLITE_IOERR_DELETE_NOENT ? SQLITE_OK : rc;
}
int encAccess(sqlite3_vfs* vfs, const char* name, int flags, int* out)
{
    auto* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return real->xAccess(real, name, flags, out);
}
int encFullPathname(sqlite3_vfs* vfs, const char* name, int n, char* out)
{
    auto* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return real->xFullPathname(real, name, n, out);
}
void* encDlOpen(sqlite3_vfs*, const char*)
{
    return nullptr; // no extensions through this VFS
}
void encDlError(sqlite3_vfs*, int n, char* out)
{
    sqlite3_snprintf(n, out, "loading extensions is disabled");
}
void (*encDlSym(sqlite3_vfs*, void*, const char*))(void)
{
    return nullptr;
}
void encDlClose(sqlite3_vfs*, void*) {}
int encRandomness(sqlite3_vfs* vfs, int n, char* out)
{
    auto* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return real->xRandomness(real, n, out);
}
int encSleep(sqlite3_vfs* vfs, int micros)
{
    auto* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return real->xSleep(real, micros);
}
int encCurrentTime(sqlite3_vfs* vfs, double* out)
{
    auto* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return real->xCurrentTime(real, out);
}
int encGetLastError(sqlite3_vfs* vfs, int n, char* out)
{
    auto* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return real->xGetLastError ? real->xGetLastError(real, n, out) : 0;
}
int encCurrentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* out)
{
    auto* real = static_cast<sqlite3_vfs*>(vfs->pAppData);
    return real->xCurrentTimeInt64(real, out);
}

} // namespace

FileKind probeFile(const std::string& path)
{
    std::error_code ec;
    if (!std::filesystem::exists(path, ec))
        return FileKind::Missing;
    if (std::filesystem::is_directory(path, ec))
        return FileKind::Other;
    auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return FileKind::Other;
    if (size == 0)
        return FileKind::Empty;
    RealFile f;
    if (!f.open(path, false))
        return FileKind::Other;
    std::uint8_t head[16] = {};
    int rc = f.read(head, 16, 0);
    if (rc != SQLITE_OK)
        return FileKind::Other;
    if (std::memcmp(head, "SQLite format 3", 16) == 0)
        return FileKind::Plain;
    if (std::memcmp(head, kMagic, 16) == 0)
        return FileKind::Encrypted;
    return FileKind::Other;
}

Result<DataKeyHandle> createEncryptedFile(const std::string& path, std::string_view passphrase,
                                          const KdfParams& params)
{
    if (!initialize())
        return makeError("the cryptography library cannot start");
    auto key = std::make_shared<DataKey>();
    key->key = SecretBytes(kKeyBytes);
    randombytes_buf(key->key.data(), kKeyBytes);
    randombytes_buf(key->fileId.data(), key->fileId.size());

    Header h{};
    std::memcpy(h.bytes, kMagic, sizeof kMagic);
    putU32(h.bytes + 16, kVersion);
    putU32(h.bytes + 20, kVfsPageSize);
    putU32(h.bytes + 24, kVfsReserveBytes);
    std::memcpy(h.bytes + 28, key->fileId.data(), 16);
    regionHash(h.bytes, h.bytes + kHashAt);
    auto wrapping = derivePassphraseKey(passphrase, params);
    if (!wrapping)
        return makeError(wrapping.error().message, path);
    fillSlot(h, h.bytes + kSlotOffset[0], 1, *key, *wrapping);

    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return makeError(std::string("cannot create: ") + std::strerror(errno), path);
    bool ok = ::write(fd, h.bytes, kVfsHeaderBytes) == ssize_t(kVfsHeaderBytes) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        ::unlink(path.c_str());
        return makeError(std::string("cannot write: ") + std::strerror(errno), path);
    }
    return DataKeyHandle(std::move(key));
}

Result<DataKeyHandle> unlockFile(const std::string& path, std::string_view passphrase)
{
    if (!initialize())
        return makeError("the cryptography library cannot start");
    auto h = readHeader(path);
    if (!h)
        return h.error();
    auto slots = usedSlots(*h);
    if (slots.empty())
        return makeError("the encrypted workspace has no key slot (damaged header)", path);
    for (int i : slots) {
        const std::uint8_t* slot = h->bytes + kSlotOffset[i];
        KdfParams params{getU64(slot + 12), std::size_t(getU64(slot + 20))};
        if (!kdfParamsSane(params))
            return makeError("the encrypted workspace's header is damaged (key cost)", path);
        auto kek = deriveKey(passphrase, {slot + 28, 16}, kKeyBytes, params);
        if (!kek)
            return makeError(kek.error().message, path);
        auto key = std::make_shared<DataKey>();
        key->key = SecretBytes(kKeyBytes);
        std::memcpy(key->fileId.data(), h->bytes + 28, 16);
        auto ad = slotAd(*h, slot);
        if (crypto_aead_xchacha20poly1305_ietf_decrypt_detached(
                key->key.data(), nullptr, slot + 68, kKeyBytes, slot + 100, ad.data(), ad.size(),
                slot + 44, kek->data()) == 0)
            return DataKeyHandle(std::move(key));
    }
    return makeError(kWrongPassphrase, path);
}

Status checkKeyMatches(const std::string& path, const DataKey& key)
{
    auto h = readHeader(path);
    if (!h)
        return h.error();
    if (std::memcmp(h->bytes + 28, key.fileId.data(), 16) != 0)
        return makeError("the key in hand belongs to another encrypted workspace", path);
    return {};
}

Result<KdfParams> fileKdfParams(const std::string& path)
{
    auto h = readHeader(path);
    if (!h)
        return h.error();
    auto slots = usedSlots(*h);
    if (slots.empty())
        return makeError("the encrypted workspace has no key slot (damaged header)", path);
    const std::uint8_t* slot = h->bytes + kSlotOffset[slots.front()];
    return KdfParams{getU64(slot + 12), std::size_t(getU64(slot + 20))};
}

Result<PassphraseKey> derivePassphraseKey(std::string_view passphrase, const KdfParams& params)
{
    PassphraseKey out;
    out.params = params;
    randombytes_buf(out.salt.data(), out.salt.size());
    auto kek = deriveKey(passphrase, out.salt, kKeyBytes, params);
    if (!kek)
        return kek.error();
    out.kek = std::move(*kek);
    return out;
}

Status rewrapFile(const std::string& path, const DataKey& key, const PassphraseKey& next)
{
    if (auto st = checkKeyMatches(path, key); !st)
        return st;
    auto h = readHeader(path);
    if (!h)
        return h.error();
    auto slots = usedSlots(*h);
    std::uint64_t generation = slots.empty() ? 0 : getU64(h->bytes + kSlotOffset[slots[0]] + 4);
    int target = slots.empty() ? 0 : 1 - slots[0];
    std::uint8_t slot[kRegion];
    fillSlot(*h, slot, generation + 1, key, next);
    RealFile f;
    if (!f.open(path, true))
        return makeError("cannot open for writing", path);
    // New slot first, synced; only then wipe the old one. A crash in between leaves both.
    if (f.write(slot, int(kRegion), sqlite3_int64(kSlotOffset[target])) != SQLITE_OK ||
        f.sync() != SQLITE_OK)
        return makeError("cannot write the new key slot", path);
    std::uint8_t zeros[kRegion] = {};
    if (f.write(zeros, int(kRegion), sqlite3_int64(kSlotOffset[1 - target])) != SQLITE_OK ||
        f.sync() != SQLITE_OK)
        return makeError("cannot wipe the old key slot (both passphrases still open it)", path);
    return {};
}

bool registerVfs()
{
    static const bool ok = [] {
        initialize();
        sqlite3_vfs* real = realVfs();
        if (!real)
            return false;
        static sqlite3_vfs vfs{};
        vfs.iVersion = 2;
        vfs.szOsFile = int(sizeof(EncFile)) + real->szOsFile;
        vfs.mxPathname = real->mxPathname;
        vfs.zName = kVfsName;
        vfs.pAppData = real;
        vfs.xOpen = encOpen;
        vfs.xDelete = encDelete;
        vfs.xAccess = encAccess;
        vfs.xFullPathname = encFullPathname;
        vfs.xDlOpen = encDlOpen;
        vfs.xDlError = encDlError;
        vfs.xDlSym = encDlSym;
        vfs.xDlClose = encDlClose;
        vfs.xRandomness = encRandomness;
        vfs.xSleep = encSleep;
        vfs.xCurrentTime = encCurrentTime;
        vfs.xGetLastError = encGetLastError;
        vfs.xCurrentTimeInt64 = encCurrentTimeInt64;
        return sqlite3_vfs_register(&vfs, 0) == SQLITE_OK;
    }();
    return ok;
}

std::string registerKey(DataKeyHandle key)
{
    std::uint8_t raw[16];
    randombytes_buf(raw, sizeof raw);
    char hex[33];
    sodium_bin2hex(hex, sizeof hex, raw, sizeof raw);
    std::string token(hex);
    auto& r = registry();
    std::lock_guard lock(r.mutex);
    r.keys.emplace(token, std::move(key));
    return token;
}

void unregisterKey(const std::string& token)
{
    auto& r = registry();
    std::lock_guard lock(r.mutex);
    r.keys.erase(token);
}

std::string vfsUri(const std::string& path, const std::string& token)
{
    std::string uri = "file:";
    for (unsigned char c : path) {
        if (std::isalnum(c) || c == '/' || c == '-' || c == '_' || c == '.' || c == '~')
            uri += char(c);
        else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            uri += buf;
        }
    }
    return uri + "?cpkey=" + token;
}

std::uint64_t walHeadReadsForTests()
{
    return g_walHeadReads.load();
}

std::string takeDamageReport()
{
    return std::exchange(t_damage, {});
}

std::string verifyAllPages(sqlite3* db)
{
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file ||
        file->pMethods != &kDbMethods)
        return {};
    auto* f = reinterpret_cast<EncFile*>(file);
    constexpr int kCheckpointLock = 1; // WAL_CKPT_LOCK
    int rc = SQLITE_BUSY;
    for (int i = 0; i < 1000 && rc == SQLITE_BUSY; ++i) {
        rc = encShmLock(file, kCheckpointLock, 1, SQLITE_SHM_LOCK | SQLITE_SHM_EXCLUSIVE);
        if (rc == SQLITE_BUSY)
            ::usleep(5000);
    }
    if (rc == SQLITE_BUSY)
        return *f->name + ": the pages could not be checked (a checkpoint kept running)";
    if (rc != SQLITE_OK)
        return *f->name + ": the pages could not be checked (" + sqlite3_errstr(rc) + ")";
    std::string report;
    sqlite3_int64 size = 0;
    if (f->real->pMethods->xFileSize(f->real, &size) != SQLITE_OK) {
        report = *f->name + ": cannot read the file's size";
    } else if (size < sqlite3_int64(kVfsHeaderBytes) ||
               (size - sqlite3_int64(kVfsHeaderBytes)) % kVfsPageSize != 0) {
        report = *f->name + ": the file is not a whole number of pages: it was changed or "
                            "damaged on disk";
    } else {
        std::vector<std::uint8_t> page(kVfsPageSize);
        const std::uint64_t pages = std::uint64_t(size) / kVfsPageSize - 1;
        (void)takeDamageReport();
        for (std::uint64_t pg = 0; pg < pages; ++pg) {
            rc = dbRead(file, page.data(), int(kVfsPageSize), sqlite3_int64(pg * kVfsPageSize));
            if (rc != SQLITE_OK) {
                report = takeDamageReport();
                if (report.empty())
                    report = *f->name + ": cannot read page " + std::to_string(pg + 1);
                break;
            }
        }
        sodium_memzero(page.data(), page.size());
    }
    encShmLock(file, kCheckpointLock, 1, SQLITE_SHM_UNLOCK | SQLITE_SHM_EXCLUSIVE);
    return report;
}

namespace {
std::atomic<bool> g_fastKdfForTests{false};
}

KdfParams workspaceKdfParams()
{
    return g_fastKdfForTests.load() ? KdfParams::interactive() : KdfParams::moderate();
}

void useFastKdfForTests(bool on)
{
    g_fastKdfForTests.store(on);
}

} // namespace commonplace::crypto

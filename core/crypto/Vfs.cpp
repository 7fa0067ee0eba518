// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/Vfs.h"

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <mutex>
#include <new>
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

Status fillSlot(const Header& h, std::uint8_t* slot, std::uint64_t generation, const DataKey& key,
                std::string_view passphrase, const KdfParams& params)
{
    std::memset(slot, 0, kRegion);
    std::memcpy(slot, "SLOT", 4);
    putU64(slot + 4, generation);
    putU64(slot + 12, params.opsLimit);
    putU64(slot + 20, std::uint64_t(params.memLimit));
    static_assert(crypto_pwhash_SALTBYTES == 16);
    randombytes_buf(slot + 28, 16);
    auto kek = deriveKey(passphrase, {slot + 28, 16}, kKeyBytes, params);
    if (!kek)
        return kek.error();
    randombytes_buf(slot + 44, kNonce);
    auto ad = slotAd(h, slot);
    unsigned long long tagLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(slot + 68, slot + 100, &tagLen,
                                                        key.key.data(), kKeyBytes, ad.data(),
                                                        ad.size(), nullptr, slot + 44, kek->data());
    regionHash(slot, slot + kHashAt);
    return {};
}

// ---- key registry --------------------------------------------------------------------------

struct Registry
{
    std::mutex mutex;
    std::unordered_map<std::string, DataKeyHandle> keys;
    std::string damage;
};

Registry& registry()
{
    static Registry r;
    return r;
}

void reportDamage(std::string text)
{
    auto& r = registry();
    std::lock_guard lock(r.mutex);
    r.damage = std::move(text);
}

// ---- the VFS --------------------------------------------------------------------------------

enum class Kind
{
    Database,
    Wal
};

struct EncFile
{
    sqlite3_file base;
    sqlite3_file* real;
    DataKeyHandle* key;
    Kind kind;
    std::string* name;
    std::uint8_t* scratch; // one page (database) or one frame (WAL)
};

sqlite3_file* realOf(sqlite3_file* f)
{
    return reinterpret_cast<EncFile*>(f)->real;
}

void associatedData(const EncFile* f, char kind, std::uint64_t index, std::uint8_t* ad)
{
    std::memcpy(ad, (*f->key)->fileId.data(), 16);
    ad[16] = std::uint8_t(kind);
    putU64(ad + 17, index);
}
constexpr std::size_t kAdBytes = 25;

/** Encrypts one page of plaintext into `out` (same size); false if SQLite used the reserve. */
bool sealPage(const EncFile* f, char kind, std::uint64_t index, const std::uint8_t* in,
              std::uint8_t* out)
{
    constexpr std::size_t body = kVfsPageSize - kVfsReserveBytes;
    // SQLite was told to reserve these bytes; if it wrote anything there, it would be lost.
    if (!allZero(in + body, kVfsReserveBytes))
        return false;
    std::uint8_t ad[kAdBytes];
    associatedData(f, kind, index, ad);
    std::uint8_t* nonce = out + body;
    std::uint8_t* tag = nonce + kNonce;
    randombytes_buf(nonce, kNonce);
    unsigned long long tagLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(out, tag, &tagLen, in, body, ad, kAdBytes,
                                                        nullptr, nonce, (*f->key)->key.data());
    return true;
}

/** Decrypts one page in place; false if it does not authenticate. */
bool openPage(const EncFile* f, char kind, std::uint64_t index, std::uint8_t* page)
{
    constexpr std::size_t body = kVfsPageSize - kVfsReserveBytes;
    std::uint8_t ad[kAdBytes];
    associatedData(f, kind, index, ad);
    const std::uint8_t* nonce = page + body;
    const std::uint8_t* tag = nonce + kNonce;
    std::uint8_t nonceCopy[kNonce], tagCopy[kTag];
    std::memcpy(nonceCopy, nonce, kNonce);
    std::memcpy(tagCopy, tag, kTag);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt_detached(page, nullptr, page, body, tagCopy, ad,
                                                            kAdBytes, nonceCopy,
                                                            (*f->key)->key.data()) != 0)
        return false;
    std::memset(page + body, 0, kVfsReserveBytes);
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
    int result = SQLITE_OK;
    for (std::uint64_t pg = first; pg <= last; ++pg) {
        std::uint64_t pageStart = pg * P;
        std::uint64_t from = std::max<std::uint64_t>(pageStart, std::uint64_t(offset));
        std::uint64_t to = std::min<std::uint64_t>(pageStart + P, std::uint64_t(offset) + amount);
        bool whole = from == pageStart && to == pageStart + P;
        std::uint8_t* page = whole ? dst + (from - std::uint64_t(offset)) : f->scratch;
        int rc = f->real->pMethods->xRead(f->real, page, int(P),
                                          sqlite3_int64(pageStart + kVfsHeaderBytes));
        if (rc == SQLITE_IOERR_SHORT_READ) {
            // Past the end: SQLite expects zeros and SHORT_READ.
            std::memset(dst + (from - std::uint64_t(offset)), 0,
                        std::size_t(std::uint64_t(offset) + amount - from));
            return SQLITE_IOERR_SHORT_READ;
        }
        if (rc != SQLITE_OK)
            return rc;
        if (!openPage(f, 'D', pg + 1, page))
            return damaged(f, "page", pg + 1);
        if (!whole)
            std::memcpy(dst + (from - std::uint64_t(offset)), page + (from - pageStart),
                        std::size_t(to - from));
    }
    return result;
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
    if (!sealPage(f, 'D', pg + 1, src, f->scratch))
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

// WAL: a 32-byte header, then frames of a 24-byte header and one page. The headers hold
// page numbers, salts and checksums and stay as SQLite wrote them; the pages are encrypted.

struct WalSpot
{
    std::uint64_t frame;
    std::uint64_t within;
};

WalSpot walSpot(sqlite3_int64 offset)
{
    const std::uint64_t frameSize = kWalFrameHeader + kVfsPageSize;
    std::uint64_t rel = std::uint64_t(offset) - kWalHeader;
    return {rel / frameSize, rel % frameSize};
}

int walRead(sqlite3_file* file, void* out, int amount, sqlite3_int64 offset)
{
    auto* f = reinterpret_cast<EncFile*>(file);
    auto* dst = static_cast<std::uint8_t*>(out);
    sqlite3_file* real = f->real;
    if (offset + amount <= sqlite3_int64(kWalHeader))
        return real->pMethods->xRead(real, out, amount, offset);
    if (offset < sqlite3_int64(kWalHeader))
        return SQLITE_IOERR_READ;
    WalSpot s = walSpot(offset);
    if (s.within == 0 && amount == int(kWalFrameHeader))
        return real->pMethods->xRead(real, out, amount, offset);
    std::uint8_t* page = nullptr;
    if (s.within == kWalFrameHeader && amount == int(kVfsPageSize))
        page = dst;
    else if (s.within == 0 && amount == int(kWalFrameHeader + kVfsPageSize))
        page = dst + kWalFrameHeader;
    else
        return SQLITE_IOERR_READ; // SQLite reads headers, pages or whole frames only
    int rc = real->pMethods->xRead(real, out, amount, offset);
    if (rc != SQLITE_OK)
        return rc; // SHORT_READ: a frame cut off at the end of the log; SQLite stops there
    if (!openPage(f, 'W', s.frame, page))
        return damaged(f, "frame", s.frame + 1);
    return SQLITE_OK;
}

int walWrite(sqlite3_file* file, const void* in, int amount, sqlite3_int64 offset)
{
    auto* f = reinterpret_cast<EncFile*>(file);
    sqlite3_file* real = f->real;
    if (offset == 0 && amount == int(kWalHeader))
        return real->pMethods->xWrite(real, in, amount, offset);
    if (offset < sqlite3_int64(kWalHeader))
        return SQLITE_IOERR_WRITE;
    WalSpot s = walSpot(offset);
    if (s.within == 0 && amount == int(kWalFrameHeader))
        return real->pMethods->xWrite(real, in, amount, offset);
    if (s.within != kWalFrameHeader || amount != int(kVfsPageSize))
        return SQLITE_IOERR_WRITE;
    if (!sealPage(f, 'W', s.frame, static_cast<const std::uint8_t*>(in), f->scratch))
        return SQLITE_IOERR_WRITE;
    return real->pMethods->xWrite(real, f->scratch, amount, offset);
}

// Pass-throughs.

int encClose(sqlite3_file* file)
{
    auto* f = reinterpret_cast<EncFile*>(file);
    int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
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
int walTruncate(sqlite3_file* file, sqlite3_int64 size)
{
    return realOf(file)->pMethods->xTruncate(realOf(file), size);
}
int walFileSize(sqlite3_file* file, sqlite3_int64* size)
{
    return realOf(file)->pMethods->xFileSize(realOf(file), size);
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
int encShmMap(sqlite3_file* file, int region, int size, int extend, void volatile** out)
{
    return realOf(file)->pMethods->xShmMap(realOf(file), region, size, extend, out);
}
int encShmLock(sqlite3_file* file, int offset, int n, int flags)
{
    return realOf(file)->pMethods->xShmLock(realOf(file), offset, n, flags);
}
void encShmBarrier(sqlite3_file* file)
{
    realOf(file)->pMethods->xShmBarrier(realOf(file));
}
int encShmUnmap(sqlite3_file* file, int deleteFlag)
{
    return realOf(file)->pMethods->xShmUnmap(realOf(file), deleteFlag);
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
                                        encSync,
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
    Kind kind;
    if (flags & SQLITE_OPEN_MAIN_DB)
        kind = Kind::Database;
    else if (flags & SQLITE_OPEN_WAL)
        kind = Kind::Wal;
    else if ((flags & SQLITE_OPEN_MAIN_JOURNAL) && name &&
             sqlite3_uri_boolean(name, "cpjournal", 0)) {
        auto* m = reinterpret_cast<MemFile*>(file);
        m->data = new std::vector<std::uint8_t>();
        m->base.pMethods = &kMemMethods;
        if (outFlags)
            *outFlags = flags;
        return SQLITE_OK;
    } else {
        return SQLITE_CANTOPEN;
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
    f->kind = kind;
    f->key = new DataKeyHandle(std::move(key));
    f->name = new std::string(name);
    f->scratch = new std::uint8_t[kWalFrameHeader + kVfsPageSize];
    f->base.pMethods = kind == Kind::Database ? &kDbMethods : &kWalMethods;
    if (kind == Kind::Database) {
        // The file must carry this key's header: same magic and file id.
        std::uint8_t head[kRegion];
        rc = f->real->pMethods->xRead(f->real, head, int(kRegion), 0);
        if (rc != SQLITE_OK || std::memcmp(head, kMagic, sizeof kMagic) != 0 ||
            std::memcmp(head + 28, (*f->key)->fileId.data(), 16) != 0) {
            encClose(file);
            f->base.pMethods = nullptr;
            return SQLITE_NOTADB;
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
    if (auto st = fillSlot(h, h.bytes + kSlotOffset[0], 1, *key, passphrase, params); !st)
        return makeError(st.error().message, path);

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

Status rewrapFile(const std::string& path, const DataKey& key, std::string_view newPassphrase,
                  const KdfParams& params)
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
    if (auto st = fillSlot(*h, slot, generation + 1, key, newPassphrase, params); !st)
        return makeError(st.error().message, path);
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

std::string takeDamageReport()
{
    auto& r = registry();
    std::lock_guard lock(r.mutex);
    return std::exchange(r.damage, {});
}

KdfParams workspaceKdfParams()
{
    if (const char* v = std::getenv("COMMONPLACE_TEST_KDF");
        v && std::string_view(v) == "interactive")
        return KdfParams::interactive();
    return KdfParams::moderate();
}

} // namespace commonplace::crypto

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <vector>

namespace commonplace::util {

/**
 * A set of 128-bit digests in one flat array (open addressing, linear probing). A bulk import
 * asks it once per value whether the value came earlier in the file: a node-based set spent
 * more time allocating, freeing and chasing its million nodes than the lookups themselves.
 * Digests are uniform already, so their first eight bytes are the hash.
 */
class DigestSet
{
public:
    using Digest = std::array<std::uint8_t, 16>;

    /** Makes room for `n` digests without growing. */
    void reserve(std::size_t n)
    {
        std::size_t want = 1024;
        while (want * 7 / 10 < n)
            want *= 2;
        if (want > m_slots.size())
            rehash(want);
    }

    /** Adds `d`; false when it was there already. */
    bool insert(const Digest& d)
    {
        if (isEmpty(d)) { // the all-zero digest marks a free slot, so it is kept aside
            bool added = !m_hasZero;
            m_hasZero = true;
            m_size += added ? 1 : 0;
            return added;
        }
        if ((m_size + 1) * 10 > m_slots.size() * 7)
            rehash(m_slots.empty() ? 1024 : m_slots.size() * 2);
        std::size_t i = slotOf(d);
        while (!isEmpty(m_slots[i])) {
            if (m_slots[i] == d)
                return false;
            i = (i + 1) & (m_slots.size() - 1);
        }
        m_slots[i] = d;
        ++m_size;
        return true;
    }

    std::size_t size() const { return m_size; }

    /** Empties the set and gives its memory back. */
    void clear()
    {
        std::vector<Digest>().swap(m_slots);
        m_size = 0;
        m_hasZero = false;
    }

private:
    static bool isEmpty(const Digest& d)
    {
        static constexpr Digest kZero{};
        return d == kZero;
    }
    std::size_t slotOf(const Digest& d) const
    {
        std::uint64_t h;
        std::memcpy(&h, d.data(), sizeof h);
        return std::size_t(h) & (m_slots.size() - 1);
    }
    // Not "slots": Qt defines that word away in every Qt translation unit (the ui library
    // includes this header through EntityWriter.h), which made this line a function declaration.
    void rehash(std::size_t count)
    {
        std::vector<Digest> old(count);
        old.swap(m_slots);
        for (const Digest& d : old) {
            if (isEmpty(d))
                continue;
            std::size_t i = slotOf(d);
            while (!isEmpty(m_slots[i]))
                i = (i + 1) & (m_slots.size() - 1);
            m_slots[i] = d;
        }
    }

    std::vector<Digest> m_slots; // a power of two in size; all-zero = free
    std::size_t m_size = 0;
    bool m_hasZero = false;
};

} // namespace commonplace::util

#pragma once

#include <QtGlobal>

#include <vector>

namespace dc {

/// Ids by a 64-bit hash of a key (a CIF, a registry number, a folded name and county), eight bytes
/// an entry: a bulk import matches a million rows against the stored records in memory instead of
/// asking the database three times a row. An entry keeps 32 bits of the hash, so a hit is a
/// candidate that the caller checks against the record itself; a key stored is never missed.
/// Ids are positive and below 2^32.
class KeyIndex final
{
public:
    /// Room for @p count keys without growing.
    void reserve(qsizetype count)
    {
        size_t capacity = 64;
        while (capacity < size_t(count) * 2)
            capacity *= 2;
        if (capacity > m_slots.size())
            rehash(capacity);
    }

    void insert(quint64 hash, qint64 id)
    {
        Q_ASSERT(id > 0 && id < (qint64(1) << 32));
        if ((m_count + 1) * 2 > m_slots.size())
            rehash(std::max<size_t>(64, m_slots.size() * 2));
        place((hash & ~quint64(0xffffffffu)) | quint64(id));
        ++m_count;
    }

    /// Calls @p f(id) for every id stored under @p hash (and, rarely, under another key's), in
    /// no particular order; stops early when @p f returns true.
    template <typename F> void find(quint64 hash, F f) const
    {
        if (m_slots.empty())
            return;
        const quint64 tag = hash >> 32;
        for (size_t i = slotOf(tag);; i = (i + 1) & mask()) {
            const quint64 e = m_slots[i];
            if (e == 0)
                return;
            if ((e >> 32) == tag && f(qint64(e & 0xffffffffu)))
                return;
        }
    }

    qsizetype size() const { return qsizetype(m_count); }

private:
    size_t mask() const { return m_slots.size() - 1; }
    size_t slotOf(quint64 tag) const
    {
        return size_t((tag * 0x9E3779B97F4A7C15ull) >> 16) & mask();
    }
    void place(quint64 e)
    {
        size_t i = slotOf(e >> 32);
        while (m_slots[i] != 0)
            i = (i + 1) & mask();
        m_slots[i] = e;
    }
    void rehash(size_t capacity)
    {
        std::vector<quint64> old(capacity, 0);
        old.swap(m_slots);
        for (const quint64 e : old) {
            if (e != 0)
                place(e);
        }
    }

    std::vector<quint64> m_slots;
    size_t m_count = 0;
};

} // namespace dc

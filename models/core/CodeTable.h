#pragma once

#include <QString>

#include <cstddef>

namespace dc::codetable {

// The values of a record's enumeration are listed once, in a table of structs with at least a
// `value` (the enumerator) and a `code` (what the database and the files store), most with a
// `name` marked QT_TRANSLATE_NOOP in the record's context. These find an entry of such a table.

/// The entry of @p table for @p value (the first one if the table does not list it; every table
/// lists every value of its enumeration).
template <typename Entry, std::size_t N, typename Enum>
const Entry &byValue(const Entry (&table)[N], Enum value)
{
    for (const Entry &entry : table) {
        if (entry.value == value)
            return entry;
    }
    return table[0];
}

/// The entry of @p table whose code is @p code, nullptr when there is none.
template <typename Entry, std::size_t N>
const Entry *byCode(const Entry (&table)[N], const QString &code)
{
    for (const Entry &entry : table) {
        if (code == QLatin1String(entry.code))
            return &entry;
    }
    return nullptr;
}

/// The value whose code is @p code, @p fallback when the table has no such code.
template <typename Entry, std::size_t N, typename Enum>
Enum valueOf(const Entry (&table)[N], const QString &code, Enum fallback)
{
    const Entry *entry = byCode(table, code);
    return entry ? entry->value : fallback;
}

} // namespace dc::codetable

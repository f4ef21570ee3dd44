#pragma once

#include <QList>
#include <QString>

#include <cstddef>
#include <optional>

namespace dc::codetable {

// The values of a record's enumeration are listed once, in a table of structs with at least a
// `value` (the enumerator) and a `code` (what the database and the files store), most with a
// `name` marked QT_TRANSLATE_NOOP in the record's context. These find an entry of such a table.

/// The usual entry: the enumerator, its code and its name (QT_TRANSLATE_NOOP in the record's
/// context, translated by the record's own file).
template <typename Enum> struct Entry
{
    Enum value;
    const char *code;
    const char *name;
};

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

/// The code of @p value, as the database and the files store it.
template <typename Entry, std::size_t N, typename Enum>
QString codeOf(const Entry (&table)[N], Enum value)
{
    return QLatin1String(byValue(table, value).code);
}

/// The value whose code is @p code, nullopt when the table has no such code.
template <typename Entry, std::size_t N>
std::optional<decltype(Entry::value)> find(const Entry (&table)[N], const QString &code)
{
    if (const Entry *entry = byCode(table, code))
        return entry->value;
    return std::nullopt;
}

/// Every value of the table, in its order.
template <typename Entry, std::size_t N>
QList<decltype(Entry::value)> values(const Entry (&table)[N])
{
    QList<decltype(Entry::value)> all;
    for (const Entry &entry : table)
        all << entry.value;
    return all;
}

} // namespace dc::codetable

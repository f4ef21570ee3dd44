#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace dc {

/// The one table of an import that says which column headers fill which field, matched the way
/// people type headers: without case, diacritics, spaces and punctuation, so "Județ", "JUDET" and
/// "judet" are one column, and "Număr înreg. Reg. Național" is "Numar inreg Reg National". The
/// fields are the values of the importer's own enum (ImportField, RegisterField), kept as ints.
class ColumnHeaders final
{
public:
    /// One field and the header names accepted for it; the first is the one an export writes.
    struct Column
    {
        int field;
        std::initializer_list<const char16_t *> names;
    };

    /// @p columns in the order of the export; a name is written once, without diacritics.
    ColumnHeaders(std::initializer_list<Column> columns);

    /// Every field, in the table's order.
    const QList<int> &fields() const { return m_fields; }
    /// The names accepted for @p field, the export's first; empty for a field not in the table.
    QStringList names(int field) const;
    /// The field that @p header names, if any.
    std::optional<int> fieldFor(const QString &header) const;

    /// @p header as it is compared: folded (core/Text.h), letters and digits only.
    static QString key(const QString &header);

private:
    QList<int> m_fields;
    QList<QStringList> m_names; ///< beside m_fields
    QHash<QString, int> m_index;
};

} // namespace dc

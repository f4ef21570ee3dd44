#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace dc {

/// The organization fields that an import file can fill.
enum class ImportField
{
    Name,
    Acronym,
    LegalForm,
    Cif,
    RegistryNumber,
    County,
    Locality,
    Address,
    Email,
    Phone,
    Website,
    ContactPerson,
    Domains,
    VolunteerCount,
    Volunteering
};

/// The one table that says which column headers fill which field: the CSV import uses it, the
/// export writes the first name of each, and the national register's workbook is meant to map
/// its columns through the same table.
class ImportColumns final
{
public:
    /// Every field, in the order of the export.
    static const QList<ImportField> &fields();
    /// The header names accepted for @p field; the first one is what the export writes.
    static QStringList headerNames(ImportField field);
    /// The field a header names, compared without case, diacritics, spaces and punctuation
    /// ("Județ", "JUDET", "judet" -> County; "E-mail", "Email" -> Email).
    static std::optional<ImportField> fieldForHeader(const QString &header);
    /// The field's name as the user sees it ("Name", "County", ...), translated.
    static QString fieldLabel(ImportField field);
};

} // namespace dc

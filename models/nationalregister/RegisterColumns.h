#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace dc {

/// The columns of the national NGO register's workbooks that the import reads.
enum class RegisterField
{
    Name,
    RegistryNumber,
    Status,
    County,
    Locality,
    Address,
    InitialPurpose,
    PurposeChange1,
    PurposeChange2,
    PurposeChange3,
    PurposeChange4,
    PurposeChange5,
    PublicUtility
};

/// The one table that says which header of the Ministry of Justice's workbook fills which field,
/// matched as the CSV import's headers are (ColumnHeaders): without case, diacritics, spaces and
/// punctuation, so "Număr înreg. Reg. Național" and "Numar inreg Reg National" are one column.
class RegisterColumns final
{
public:
    static constexpr int fieldCount = int(RegisterField::PublicUtility) + 1;
    /// The header names accepted for @p field; the first one is the register's own.
    static QStringList headerNames(RegisterField field);
    static std::optional<RegisterField> fieldForHeader(const QString &header);
};

} // namespace dc

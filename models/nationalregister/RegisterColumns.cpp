#include "RegisterColumns.h"

#include "files/ColumnHeaders.h"

namespace dc {

namespace {

// The register's headers as published in 2026 first, then the spellings seen in older editions.
const ColumnHeaders &columnTable()
{
    static const ColumnHeaders table{
        {int(RegisterField::Name), {u"Denumire", u"Denumire entitate"}},
        {int(RegisterField::RegistryNumber),
         {u"Numar inreg Reg National", u"Numar inregistrare Registrul National",
          u"Nr. inscriere RNONG", u"Numar inregistrare"}},
        {int(RegisterField::Status), {u"Starea actuala", u"Stare"}},
        {int(RegisterField::County), {u"Judet"}},
        {int(RegisterField::Locality), {u"Localitate"}},
        {int(RegisterField::Address), {u"Adresa", u"Sediu"}},
        {int(RegisterField::InitialPurpose), {u"Scopul initial", u"Scop initial"}},
        {int(RegisterField::PurposeChange1), {u"Modificari ale scopului 1"}},
        {int(RegisterField::PurposeChange2), {u"Modificari ale scopului 2"}},
        {int(RegisterField::PurposeChange3), {u"Modificari ale scopului 3"}},
        {int(RegisterField::PurposeChange4), {u"Modificari ale scopului 4"}},
        {int(RegisterField::PurposeChange5), {u"Modificari ale scopului 5"}},
        {int(RegisterField::PublicUtility), {u"HG utilitate publica", u"Utilitate publica"}},
    };
    return table;
}

} // namespace

QStringList RegisterColumns::headerNames(RegisterField field)
{
    return columnTable().names(int(field));
}

std::optional<RegisterField> RegisterColumns::fieldForHeader(const QString &header)
{
    if (const std::optional<int> field = columnTable().fieldFor(header))
        return RegisterField(*field);
    return std::nullopt;
}

} // namespace dc

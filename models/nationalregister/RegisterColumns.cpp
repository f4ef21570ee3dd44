#include "RegisterColumns.h"

#include "core/Text.h"

#include <QHash>

#include <array>
#include <initializer_list>

namespace dc {

namespace {

struct ColumnNames
{
    RegisterField field;
    std::initializer_list<const char16_t *> names;
};

// The register's headers as published in 2026 first, then the spellings seen in older editions.
const std::array<ColumnNames, RegisterColumns::fieldCount> columnTable{{
    {RegisterField::Name, {u"Denumire", u"Denumire entitate"}},
    {RegisterField::RegistryNumber,
     {u"Numar inreg Reg National", u"Numar inregistrare Registrul National", u"Nr. inscriere RNONG",
      u"Numar inregistrare"}},
    {RegisterField::Status, {u"Starea actuala", u"Stare"}},
    {RegisterField::County, {u"Judet"}},
    {RegisterField::Locality, {u"Localitate"}},
    {RegisterField::Address, {u"Adresa", u"Sediu"}},
    {RegisterField::InitialPurpose, {u"Scopul initial", u"Scop initial"}},
    {RegisterField::PurposeChange1, {u"Modificari ale scopului 1"}},
    {RegisterField::PurposeChange2, {u"Modificari ale scopului 2"}},
    {RegisterField::PurposeChange3, {u"Modificari ale scopului 3"}},
    {RegisterField::PurposeChange4, {u"Modificari ale scopului 4"}},
    {RegisterField::PurposeChange5, {u"Modificari ale scopului 5"}},
    {RegisterField::PublicUtility, {u"HG utilitate publica", u"Utilitate publica"}},
}};

QString headerKey(const QString &header)
{
    const QString folded = text::folded(header);
    QString key;
    key.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            key.append(c);
    }
    return key;
}

const QHash<QString, RegisterField> &headerIndex()
{
    static const QHash<QString, RegisterField> index = [] {
        QHash<QString, RegisterField> h;
        for (const ColumnNames &row : columnTable) {
            for (const char16_t *name : row.names)
                h.insert(headerKey(QString::fromUtf16(name)), row.field);
        }
        return h;
    }();
    return index;
}

} // namespace

QStringList RegisterColumns::headerNames(RegisterField field)
{
    QStringList names;
    for (const char16_t *name : columnTable[size_t(field)].names)
        names << QString::fromUtf16(name);
    return names;
}

std::optional<RegisterField> RegisterColumns::fieldForHeader(const QString &header)
{
    const auto it = headerIndex().constFind(headerKey(header));
    if (it == headerIndex().cend())
        return std::nullopt;
    return *it;
}

} // namespace dc

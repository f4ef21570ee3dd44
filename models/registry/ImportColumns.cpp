#include "ImportColumns.h"

#include "core/Text.h"

#include <QCoreApplication>
#include <QHash>

#include <array>
#include <initializer_list>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ImportColumns)
};

struct ColumnNames
{
    ImportField field;
    std::initializer_list<const char16_t *> names;
};

// The mapping of header names to fields. The first name of each row is the export's header.
// Names are matched through headerKey(), so writing them once without diacritics is enough.
const std::array<ColumnNames, 15> columnTable{{
    {ImportField::Name, {u"Denumire", u"Nume", u"Name", u"Denumire organizatie"}},
    {ImportField::Acronym, {u"Acronim", u"Acronym"}},
    {ImportField::LegalForm, {u"Forma juridica", u"Legal form"}},
    {ImportField::Cif, {u"CIF", u"CUI", u"Cod fiscal"}},
    {ImportField::RegistryNumber, {u"Nr. inscriere RNONG", u"Registry number"}},
    {ImportField::County, {u"Judet", u"County"}},
    {ImportField::Locality, {u"Localitate", u"Locality"}},
    {ImportField::Address, {u"Adresa", u"Address"}},
    {ImportField::Email, {u"E-mail", u"Email"}},
    {ImportField::Phone, {u"Telefon", u"Phone"}},
    {ImportField::Website, {u"Website", u"Site", u"Web"}},
    {ImportField::ContactPerson, {u"Persoana de contact", u"Contact"}},
    {ImportField::Domains, {u"Domenii", u"Domains"}},
    {ImportField::VolunteerCount, {u"Numar voluntari", u"Volunteers"}},
    {ImportField::Volunteering, {u"Voluntariat", u"Volunteering"}},
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

const QHash<QString, ImportField> &headerIndex()
{
    static const QHash<QString, ImportField> index = [] {
        QHash<QString, ImportField> h;
        for (const ColumnNames &row : columnTable) {
            for (const char16_t *name : row.names)
                h.insert(headerKey(QString::fromUtf16(name)), row.field);
        }
        return h;
    }();
    return index;
}

} // namespace

const QList<ImportField> &ImportColumns::fields()
{
    static const QList<ImportField> all = [] {
        QList<ImportField> list;
        for (const ColumnNames &row : columnTable)
            list << row.field;
        return list;
    }();
    return all;
}

QStringList ImportColumns::headerNames(ImportField field)
{
    QStringList names;
    for (const ColumnNames &row : columnTable) {
        if (row.field == field) {
            for (const char16_t *name : row.names)
                names << QString::fromUtf16(name);
        }
    }
    return names;
}

std::optional<ImportField> ImportColumns::fieldForHeader(const QString &header)
{
    const auto it = headerIndex().constFind(headerKey(header));
    if (it == headerIndex().cend())
        return std::nullopt;
    return *it;
}

QString ImportColumns::fieldLabel(ImportField field)
{
    switch (field) {
    case ImportField::Name:
        return Messages::tr("Name");
    case ImportField::Acronym:
        return Messages::tr("Acronym");
    case ImportField::LegalForm:
        return Messages::tr("Legal form");
    case ImportField::Cif:
        return Messages::tr("CIF");
    case ImportField::RegistryNumber:
        return Messages::tr("Registry number");
    case ImportField::County:
        return Messages::tr("County");
    case ImportField::Locality:
        return Messages::tr("Locality");
    case ImportField::Address:
        return Messages::tr("Address");
    case ImportField::Email:
        return Messages::tr("E-mail");
    case ImportField::Phone:
        return Messages::tr("Phone");
    case ImportField::Website:
        return Messages::tr("Website");
    case ImportField::ContactPerson:
        return Messages::tr("Contact person");
    case ImportField::Domains:
        return Messages::tr("Domains");
    case ImportField::VolunteerCount:
        return Messages::tr("Volunteers");
    case ImportField::Volunteering:
        return Messages::tr("Volunteering");
    }
    return {};
}

} // namespace dc

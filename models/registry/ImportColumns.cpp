#include "ImportColumns.h"

#include "files/ColumnHeaders.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ImportColumns)
};

// The mapping of header names to fields. The first name of each row is the export's header.
// Names are matched through ColumnHeaders::key(), so writing them once without diacritics is
// enough.
const ColumnHeaders &columnTable()
{
    static const ColumnHeaders table{
        {int(ImportField::Name), {u"Denumire", u"Nume", u"Name", u"Denumire organizatie"}},
        {int(ImportField::Acronym), {u"Acronim", u"Acronym"}},
        {int(ImportField::LegalForm), {u"Forma juridica", u"Legal form"}},
        {int(ImportField::Cif), {u"CIF", u"CUI", u"Cod fiscal"}},
        {int(ImportField::RegistryNumber), {u"Nr. inscriere RNONG", u"Registry number"}},
        {int(ImportField::County), {u"Judet", u"County"}},
        {int(ImportField::Locality), {u"Localitate", u"Locality"}},
        {int(ImportField::Address), {u"Adresa", u"Address"}},
        {int(ImportField::Email), {u"E-mail", u"Email"}},
        {int(ImportField::Phone), {u"Telefon", u"Phone"}},
        {int(ImportField::Website), {u"Website", u"Site", u"Web"}},
        {int(ImportField::ContactPerson), {u"Persoana de contact", u"Contact"}},
        {int(ImportField::Domains), {u"Domenii", u"Domains"}},
        {int(ImportField::VolunteerCount), {u"Numar voluntari", u"Volunteers"}},
        {int(ImportField::Volunteering), {u"Voluntariat", u"Volunteering"}},
    };
    return table;
}

} // namespace

const QList<ImportField> &ImportColumns::fields()
{
    static const QList<ImportField> all = [] {
        QList<ImportField> list;
        for (const int field : columnTable().fields())
            list << ImportField(field);
        return list;
    }();
    return all;
}

QStringList ImportColumns::headerNames(ImportField field)
{
    return columnTable().names(int(field));
}

std::optional<ImportField> ImportColumns::fieldForHeader(const QString &header)
{
    if (const std::optional<int> field = columnTable().fieldFor(header))
        return ImportField(*field);
    return std::nullopt;
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

// The validators on any text: the organization record's checks and normalization, and the small
// parsers of typed or imported values (money, counts, codes, legal forms, statuses). Never a
// crash, and the round trips that the program relies on hold: normalizing a valid record again
// changes nothing, an amount read back from its own text is the same amount.
//
// The input: text fields separated by the byte 0x1F, given to the organization's fields in order
// (name, acronym, CIF, registry number, locality, address, e-mail, phone, website, contact person,
// notes, domains separated by 0x1E); each field also goes through every parser.

#include "FuzzSupport.h"

#include "funding/FundingAward.h"
#include "funding/Money.h"
#include "nationalregister/RegisterKind.h"
#include "registry/Organization.h"
#include "registry/OrganizationValidation.h"
#include "transparency/ReportRecognizer.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace dc;
    fuzz::initialize();
    QStringList f = fuzz::fields(data, size);
    for (const QString &text : std::as_const(f)) {
        // A CIF that is wrong stays wrong and is reported ("RORO 12" is "RO12"): only a valid one
        // must be stored as it is when the record is saved again.
        const QString cif = validation::normalizeCif(text);
        if (validation::isValidCif(cif) && validation::normalizeCif(cif) != cif)
            fuzz::fail("normalizeCif() changes a valid CIF again:", text);
        validation::isValidEmail(text);
        validation::isValidPhone(text);
        validation::isValidWebsite(text);
        if (const std::optional<Money> money = Money::parse(text)) {
            const std::optional<Money> again = Money::parse(money->toDecimal());
            if (!again || again->bani() != money->bani())
                fuzz::fail("an amount does not read back from its own text:", text);
            money->toDisplay();
        }
        ReportRecognizer::parseCount(text);
        ReportRecognizer::isErrorValue(text);
        ReportRecognizer::codeKey(text);
        parseLegalForm(text);
        parseRegistryStatus(text);
        parseAwardStatus(text);
        parseRegisterKind(text);
    }
    while (f.size() < 12)
        f << QString();
    Organization o;
    o.name = f.at(0);
    o.acronym = f.at(1);
    o.cif = f.at(2);
    o.registryNumber = f.at(3);
    o.locality = f.at(4);
    o.address = f.at(5);
    o.email = f.at(6);
    o.phone = f.at(7);
    o.website = f.at(8);
    o.contactPerson = f.at(9);
    o.notes = f.at(10);
    o.domains = f.at(11).split(QChar(0x1E), Qt::SkipEmptyParts);
    o.countyId = int(size % 45);
    validateOrganization(o);
    normalizeOrganization(o);
    // A record that can be saved is saved again unchanged when nobody edits it.
    if (validateOrganization(o).isEmpty()) {
        Organization twice = o;
        normalizeOrganization(twice);
        if (!twice.sameContent(o))
            fuzz::fail("normalizing a valid record again changes it:", o.name);
    }
    return 0;
}

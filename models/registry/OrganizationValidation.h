#pragma once

#include "Organization.h"

#include <QList>
#include <QString>

namespace dc {

/// The fields of an organization that a check can point at (the form highlights them).
enum class OrganizationField
{
    Name,
    Acronym,
    LegalForm,
    Status,
    Cif,
    RegistryNumber,
    RegistryDate,
    County,
    Locality,
    Address,
    Email,
    Phone,
    Website,
    ContactPerson,
    VolunteerCount,
    Domains,
    Notes
};

/// One problem with one field, said so that the user knows what to change.
struct FieldProblem
{
    OrganizationField field;
    QString message;
};

/// The label of a field as the user sees it ("CIF", "E-mail", ...).
QString organizationFieldName(OrganizationField field);

namespace validation {

/// "RO 12345678", "ro12345678 " -> "12345678". Other characters are kept, so a wrong input stays
/// wrong and is reported.
QString normalizeCif(const QString &text);
/// normalizeCif in capitals: the key under which imports store and match a fiscal code.
QString cifKey(const QString &text);
/// The Romanian fiscal code check: 2 to 10 digits, the last one a check digit computed with the
/// key 753217532.
bool isValidCif(const QString &normalizedCif);
bool isValidEmail(const QString &email);
/// Romanian numbers: 10 digits starting with 0 (fixed 02x/03x, mobile 07x, 08x), or the same with
/// +40 / 0040; spaces, dots, dashes and brackets allowed; an extension "int. 1315" may follow.
bool isValidPhone(const QString &phone);
/// A web address with a host that has a dot, http(s) or no scheme.
bool isValidWebsite(const QString &url);

} // namespace validation

/// Brings the record to its stored form: text normalized (comma-below letters), CIF normalized,
/// e-mail in lower case, domains cleaned, sorted and unique.
void normalizeOrganization(Organization &organization);

/// Every problem of the record, in the order of the form; empty when it can be saved. The record
/// should be normalized first.
QList<FieldProblem> validateOrganization(const Organization &organization);

} // namespace dc

#include "Organization.h"

#include "core/AuditJson.h"
#include "core/Text.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <utility>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Organization)
};

} // namespace

bool Organization::sameContent(const Organization &o) const
{
    return name == o.name && acronym == o.acronym && kind == o.kind && legalForm == o.legalForm &&
           status == o.status && purposes == o.purposes && publicUtility == o.publicUtility &&
           cif == o.cif && registryNumber == o.registryNumber && registryDate == o.registryDate &&
           countyId == o.countyId && locality == o.locality && address == o.address &&
           email == o.email && phone == o.phone && website == o.website &&
           contactPerson == o.contactPerson && volunteerCount == o.volunteerCount &&
           volunteering == o.volunteering && notes == o.notes && domains == o.domains;
}

QJsonObject Organization::toJson() const
{
    AuditJson json;
    json.text("name", name);
    json.text("acronym", acronym);
    json.text("kind", organizationKindCode(kind));
    json.text("legal_form", legalFormCode(legalForm));
    json.text("status", registryStatusCode(status));
    json.text("purposes", purposes);
    json.text("public_utility", publicUtility);
    json.text("cif", cif);
    json.text("registry_number", registryNumber);
    json.date("registry_date", registryDate);
    json.insert("county_id", countyId > 0 ? QJsonValue(countyId) : QJsonValue());
    json.text("locality", locality);
    json.text("address", address);
    json.text("email", email);
    json.text("phone", phone);
    json.text("website", website);
    json.text("contact_person", contactPerson);
    json.number("volunteer_count", volunteerCount);
    json.insert("volunteering", volunteering);
    json.text("notes", notes);
    if (!domains.isEmpty())
        json.insert("domains", QJsonArray::fromStringList(domains));
    return json.object();
}

// --- legal form ---------------------------------------------------------------------------------

namespace {
constexpr std::array<std::pair<LegalForm, const char *>, 5> legalFormCodes{{
    {LegalForm::Association, "association"},
    {LegalForm::Foundation, "foundation"},
    {LegalForm::Federation, "federation"},
    {LegalForm::Union, "union"},
    {LegalForm::Branch, "branch"},
}};
} // namespace

QString legalFormCode(LegalForm form)
{
    for (const auto &[f, code] : legalFormCodes) {
        if (f == form)
            return QLatin1String(code);
    }
    return {};
}

LegalForm legalFormFromCode(const QString &code)
{
    for (const auto &[f, c] : legalFormCodes) {
        if (code == QLatin1String(c))
            return f;
    }
    return LegalForm::Unknown;
}

std::optional<LegalForm> parseLegalForm(const QString &text)
{
    const QString f = text::folded(text);
    if (f.isEmpty())
        return LegalForm::Unknown;
    // The Romanian words in their usual forms (with or without the article), and the English codes.
    static const std::array<std::pair<LegalForm, QStringList>, 5> words{{
        {LegalForm::Association,
         {QStringLiteral("asociatie"), QStringLiteral("asociatia"), QStringLiteral("association")}},
        {LegalForm::Foundation,
         {QStringLiteral("fundatie"), QStringLiteral("fundatia"), QStringLiteral("foundation")}},
        {LegalForm::Federation,
         {QStringLiteral("federatie"), QStringLiteral("federatia"), QStringLiteral("federation")}},
        {LegalForm::Union,
         {QStringLiteral("uniune"), QStringLiteral("uniunea"), QStringLiteral("union")}},
        {LegalForm::Branch,
         {QStringLiteral("filiala"), QStringLiteral("filiale"), QStringLiteral("branch")}},
    }};
    for (const auto &[form, names] : words) {
        if (names.contains(f))
            return form;
    }
    return std::nullopt;
}

QString legalFormName(LegalForm form)
{
    switch (form) {
    case LegalForm::Association:
        return Messages::tr("association", "legal form");
    case LegalForm::Foundation:
        return Messages::tr("foundation", "legal form");
    case LegalForm::Federation:
        return Messages::tr("federation", "legal form");
    case LegalForm::Union:
        return Messages::tr("union", "legal form");
    case LegalForm::Branch:
        return Messages::tr("branch", "legal form");
    case LegalForm::Unknown:
        break;
    }
    return {};
}

// --- kind ---------------------------------------------------------------------------------------

QString organizationKindCode(OrganizationKind kind)
{
    switch (kind) {
    case OrganizationKind::Ngo:
        break;
    case OrganizationKind::AssociativeStructure:
        return QStringLiteral("associative_structure");
    case OrganizationKind::OtherPartner:
        return QStringLiteral("other_partner");
    }
    return QStringLiteral("ngo");
}

OrganizationKind organizationKindFromCode(const QString &code)
{
    if (code == QLatin1String("associative_structure"))
        return OrganizationKind::AssociativeStructure;
    if (code == QLatin1String("other_partner"))
        return OrganizationKind::OtherPartner;
    return OrganizationKind::Ngo;
}

QString organizationKindName(OrganizationKind kind)
{
    switch (kind) {
    case OrganizationKind::Ngo:
        break;
    case OrganizationKind::AssociativeStructure:
        return Messages::tr("associative structure of local authorities");
    case OrganizationKind::OtherPartner:
        return Messages::tr("other partner (not an NGO)");
    }
    return Messages::tr("NGO", "organization kind");
}

QList<OrganizationKind> organizationKinds()
{
    return {OrganizationKind::Ngo, OrganizationKind::AssociativeStructure,
            OrganizationKind::OtherPartner};
}

QString undeterminedCountyName()
{
    return Messages::tr("undetermined");
}

// --- registry status ----------------------------------------------------------------------------

namespace {
constexpr std::array<std::pair<RegistryStatus, const char *>, 4> statusCodes{{
    {RegistryStatus::Active, "active"},
    {RegistryStatus::InLiquidation, "in_liquidation"},
    {RegistryStatus::Dissolved, "dissolved"},
    {RegistryStatus::StruckOff, "struck_off"},
}};
} // namespace

QString registryStatusCode(RegistryStatus status)
{
    for (const auto &[s, code] : statusCodes) {
        if (s == status)
            return QLatin1String(code);
    }
    return QStringLiteral("active");
}

RegistryStatus registryStatusFromCode(const QString &code)
{
    for (const auto &[s, c] : statusCodes) {
        if (code == QLatin1String(c))
            return s;
    }
    return RegistryStatus::Active;
}

std::optional<RegistryStatus> parseRegistryStatus(const QString &text)
{
    const QString f = text::folded(text);
    if (f.isEmpty() || f == QLatin1String("activ") || f == QLatin1String("activa") ||
        f == QLatin1String("active"))
        return RegistryStatus::Active;
    if (f.startsWith(QLatin1String("in lichidare")) || f == QLatin1String("in_liquidation") ||
        f == QLatin1String("in liquidation"))
        return RegistryStatus::InLiquidation;
    if (f.startsWith(QLatin1String("dizolvat")) || f == QLatin1String("dissolved"))
        return RegistryStatus::Dissolved;
    if (f.startsWith(QLatin1String("radiat")) || f == QLatin1String("struck_off") ||
        f == QLatin1String("struck off"))
        return RegistryStatus::StruckOff;
    return std::nullopt;
}

QString registryStatusName(RegistryStatus status)
{
    switch (status) {
    case RegistryStatus::Active:
        return Messages::tr("active", "registry status");
    case RegistryStatus::InLiquidation:
        return Messages::tr("in liquidation", "registry status");
    case RegistryStatus::Dissolved:
        return Messages::tr("dissolved", "registry status");
    case RegistryStatus::StruckOff:
        return Messages::tr("struck off", "registry status");
    }
    return {};
}

} // namespace dc

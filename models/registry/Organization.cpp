#include "Organization.h"

#include "core/AuditJson.h"
#include "core/CodeTable.h"
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

/// A code table entry whose name may carry a disambiguation (QT_TRANSLATE_NOOP3): "active" or
/// "association" name other things in this context too.
template <typename Enum> struct NamedEntry
{
    Enum value;
    const char *code;
    struct
    {
        const char *source;
        const char *comment;
    } name;
};

template <typename Enum, std::size_t N>
QString nameOf(const NamedEntry<Enum> (&table)[N], Enum value)
{
    const NamedEntry<Enum> &entry = codetable::byValue(table, value);
    return Messages::tr(entry.name.source, entry.name.comment);
}

constexpr NamedEntry<LegalForm> legalForms[] = {
    {LegalForm::Unknown, "", {"", nullptr}},
    {LegalForm::Association, "association",
     QT_TRANSLATE_NOOP3("Organization", "association", "legal form")},
    {LegalForm::Foundation, "foundation",
     QT_TRANSLATE_NOOP3("Organization", "foundation", "legal form")},
    {LegalForm::Federation, "federation",
     QT_TRANSLATE_NOOP3("Organization", "federation", "legal form")},
    {LegalForm::Union, "union", QT_TRANSLATE_NOOP3("Organization", "union", "legal form")},
    {LegalForm::Branch, "branch", QT_TRANSLATE_NOOP3("Organization", "branch", "legal form")},
};

constexpr NamedEntry<OrganizationKind> kinds[] = {
    {OrganizationKind::Ngo, "ngo", QT_TRANSLATE_NOOP3("Organization", "NGO", "organization kind")},
    {OrganizationKind::AssociativeStructure,
     "associative_structure",
     {QT_TRANSLATE_NOOP("Organization", "associative structure of local authorities"), nullptr}},
    {OrganizationKind::OtherPartner,
     "other_partner",
     {QT_TRANSLATE_NOOP("Organization", "other partner (not an NGO)"), nullptr}},
};

constexpr NamedEntry<RegistryStatus> statuses[] = {
    {RegistryStatus::Active, "active",
     QT_TRANSLATE_NOOP3("Organization", "active", "registry status")},
    {RegistryStatus::InLiquidation, "in_liquidation",
     QT_TRANSLATE_NOOP3("Organization", "in liquidation", "registry status")},
    {RegistryStatus::Dissolved, "dissolved",
     QT_TRANSLATE_NOOP3("Organization", "dissolved", "registry status")},
    {RegistryStatus::StruckOff, "struck_off",
     QT_TRANSLATE_NOOP3("Organization", "struck off", "registry status")},
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

QString legalFormCode(LegalForm form)
{
    return codetable::codeOf(legalForms, form);
}

LegalForm legalFormFromCode(const QString &code)
{
    return codetable::valueOf(legalForms, code, LegalForm::Unknown);
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
    return nameOf(legalForms, form);
}

// --- kind ---------------------------------------------------------------------------------------

QString organizationKindCode(OrganizationKind kind)
{
    return codetable::codeOf(kinds, kind);
}

OrganizationKind organizationKindFromCode(const QString &code)
{
    return codetable::valueOf(kinds, code, OrganizationKind::Ngo);
}

QString organizationKindName(OrganizationKind kind)
{
    return nameOf(kinds, kind);
}

QList<OrganizationKind> organizationKinds()
{
    return codetable::values(kinds);
}

QString undeterminedCountyName()
{
    return Messages::tr("undetermined");
}

// --- registry status ----------------------------------------------------------------------------

QString registryStatusCode(RegistryStatus status)
{
    return codetable::codeOf(statuses, status);
}

RegistryStatus registryStatusFromCode(const QString &code)
{
    return codetable::valueOf(statuses, code, RegistryStatus::Active);
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
    return nameOf(statuses, status);
}

} // namespace dc

#include "Institution.h"

#include "core/AuditJson.h"
#include "core/CodeTable.h"
#include "core/Text.h"
#include "registry/OrganizationValidation.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Institution)
};

struct KindInfo
{
    InstitutionKind value;
    const char *code;
    const char *name;
    bool central;
};

constexpr KindInfo kinds[] = {
    {InstitutionKind::Ministry, "ministry", QT_TRANSLATE_NOOP("Institution", "ministry"), true},
    {InstitutionKind::CentralAgency, "central_agency",
     QT_TRANSLATE_NOOP("Institution", "central agency"), true},
    {InstitutionKind::OtherCentral, "other_central",
     QT_TRANSLATE_NOOP("Institution", "other central authority"), true},
    {InstitutionKind::CountyCouncil, "county_council",
     QT_TRANSLATE_NOOP("Institution", "county council"), false},
    {InstitutionKind::Prefecture, "prefecture", QT_TRANSLATE_NOOP("Institution", "prefecture"),
     false},
    {InstitutionKind::CityHall, "city_hall", QT_TRANSLATE_NOOP("Institution", "city hall"), false},
    {InstitutionKind::LocalCouncil, "local_council",
     QT_TRANSLATE_NOOP("Institution", "local council"), false},
    {InstitutionKind::OtherLocal, "other_local",
     QT_TRANSLATE_NOOP("Institution", "other local authority"), false},
};

const KindInfo &info(InstitutionKind kind)
{
    return codetable::byValue(kinds, kind);
}

} // namespace

bool Institution::isCentral() const
{
    return info(kind).central;
}

QJsonObject Institution::toJson() const
{
    AuditJson json;
    json.text("name", name);
    json.text("kind", institutionKindCode(kind));
    json.id("county_id", countyId);
    json.text("liaison_name", liaisonName);
    json.text("liaison_function", liaisonFunction);
    json.text("liaison_email", liaisonEmail);
    json.text("liaison_phone", liaisonPhone);
    json.text("notes", notes);
    return json.object();
}

QString institutionKindCode(InstitutionKind kind)
{
    return codetable::codeOf(kinds, kind);
}

InstitutionKind institutionKindFromCode(const QString &code)
{
    return codetable::valueOf(kinds, code, InstitutionKind::OtherCentral);
}

QString institutionKindName(InstitutionKind kind)
{
    return Messages::tr(info(kind).name);
}

QString institutionLevelName(InstitutionKind kind)
{
    return info(kind).central ? Messages::tr("central") : Messages::tr("local");
}

void normalizeInstitution(Institution &i)
{
    i.name = text::normalized(i.name);
    i.liaisonName = text::normalized(i.liaisonName);
    i.liaisonFunction = text::normalized(i.liaisonFunction);
    i.liaisonEmail = i.liaisonEmail.trimmed().toLower();
    i.liaisonPhone = i.liaisonPhone.trimmed();
    i.notes = i.notes.trimmed();
}

QStringList validateInstitution(const Institution &i)
{
    QStringList problems;
    if (i.name.isEmpty())
        problems << Messages::tr("Name: the institution needs a name.");
    if (!i.isCentral() && i.countyId <= 0)
        problems << Messages::tr("County: a local authority needs its county.");
    if (!i.liaisonEmail.isEmpty() && !validation::isValidEmail(i.liaisonEmail))
        problems
            << Messages::tr("Liaison e-mail: '%1' is not an e-mail address.").arg(i.liaisonEmail);
    if (!i.liaisonPhone.isEmpty() && !validation::isValidPhone(i.liaisonPhone))
        problems << Messages::tr("Liaison phone: '%1' is not a Romanian phone number.")
                        .arg(i.liaisonPhone);
    if (i.liaisonName.isEmpty() &&
        (!i.liaisonEmail.isEmpty() || !i.liaisonPhone.isEmpty() || !i.liaisonFunction.isEmpty()))
        problems << Messages::tr(
            "Liaison: the contact details need the name of the person designated.");
    return problems;
}

} // namespace dc

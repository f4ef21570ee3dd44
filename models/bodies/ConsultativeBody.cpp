#include "ConsultativeBody.h"

#include "core/AuditJson.h"
#include "core/CodeTable.h"
#include "core/Text.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(ConsultativeBody)
};

constexpr codetable::Entry<BodyKind> kinds[] = {
    {BodyKind::Council, "council", QT_TRANSLATE_NOOP("ConsultativeBody", "council")},
    {BodyKind::College, "college", QT_TRANSLATE_NOOP("ConsultativeBody", "college")},
    {BodyKind::InterministerialCommittee, "interministerial_committee",
     QT_TRANSLATE_NOOP("ConsultativeBody", "inter-ministerial committee")},
    {BodyKind::WorkingGroup, "working_group",
     QT_TRANSLATE_NOOP("ConsultativeBody", "working group")},
};

} // namespace

QJsonObject ConsultativeBody::toJson() const
{
    AuditJson json;
    json.text("name", name);
    json.text("kind", bodyKindCode(kind));
    json.text("act_number", actNumber);
    json.date("act_date", actDate);
    json.id("secretariat_institution_id", secretariatInstitutionId);
    json.text("purpose", purpose);
    json.number("mandate_months", mandateMonths);
    json.number("quorum", quorum);
    json.text("status", bodyStatusCode(status));
    json.date("active_from", activeFrom);
    json.date("dissolved_on", dissolvedOn);
    json.text("notes", notes);
    return json.object();
}

QString bodyKindCode(BodyKind kind)
{
    return codetable::codeOf(kinds, kind);
}

std::optional<BodyKind> bodyKindFromCode(const QString &code)
{
    return codetable::find(kinds, code);
}

QString bodyKindName(BodyKind kind)
{
    return Messages::tr(codetable::byValue(kinds, kind).name);
}

QString bodyStatusCode(BodyStatus status)
{
    return status == BodyStatus::Active ? QStringLiteral("active") : QStringLiteral("dissolved");
}

BodyStatus bodyStatusFromCode(const QString &code)
{
    return code == QLatin1String("dissolved") ? BodyStatus::Dissolved : BodyStatus::Active;
}

QString bodyStatusName(BodyStatus status)
{
    return status == BodyStatus::Active ? Messages::tr("active") : Messages::tr("dissolved");
}

void normalizeBody(ConsultativeBody &body)
{
    body.name = text::normalized(body.name);
    body.actNumber = text::normalized(body.actNumber);
    body.purpose = body.purpose.trimmed();
    body.notes = body.notes.trimmed();
}

QStringList validateBody(const ConsultativeBody &body)
{
    QStringList problems;
    if (body.name.trimmed().isEmpty())
        problems << Messages::tr("Name: required.");
    if (body.mandateMonths && *body.mandateMonths <= 0)
        problems << Messages::tr("Mandate length: must be at least one month.");
    if (body.quorum && *body.quorum <= 0)
        problems << Messages::tr("Quorum: must be at least one member.");
    // A dissolved body's date may be unknown: the 1998 council of seed 000 was set up for two
    // years and no source says when it ended (issue 15); a made-up date would be printed as fact.
    if (body.status == BodyStatus::Active && body.dissolvedOn.isValid())
        problems << Messages::tr("Dissolved on: an active body has no dissolution date.");
    if (body.activeFrom.isValid() && body.dissolvedOn.isValid() &&
        body.dissolvedOn < body.activeFrom)
        problems << Messages::tr("Dissolved on: before the body was set up.");
    return problems;
}

} // namespace dc

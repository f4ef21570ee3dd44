#include "Partnership.h"

#include "core/AuditJson.h"
#include "core/CodeTable.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Partnership)
};

constexpr codetable::Entry<PartnerRole> roles[] = {
    {PartnerRole::Promoter, "promoter", QT_TRANSLATE_NOOP("Partnership", "Promoter")},
    {PartnerRole::AssociativeStructure, "associative_structure",
     QT_TRANSLATE_NOOP("Partnership", "Associative structure of local authorities")},
    {PartnerRole::Partner, "partner", QT_TRANSLATE_NOOP("Partnership", "Partner")},
    {PartnerRole::Beneficiary, "beneficiary", QT_TRANSLATE_NOOP("Partnership", "Beneficiary")},
};

constexpr codetable::Entry<PartnershipStatus> statuses[] = {
    {PartnershipStatus::Proposed, "proposed", QT_TRANSLATE_NOOP("Partnership", "Proposed")},
    {PartnershipStatus::Active, "active", QT_TRANSLATE_NOOP("Partnership", "Active")},
    {PartnershipStatus::Ended, "ended", QT_TRANSLATE_NOOP("Partnership", "Ended")},
    {PartnershipStatus::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Partnership", "Withdrawn")},
};

} // namespace

bool Partnership::sameContent(const Partnership &o) const
{
    return editionId == o.editionId && organizationId == o.organizationId && role == o.role &&
           startDate == o.startDate && endDate == o.endDate && status == o.status &&
           notes == o.notes;
}

QJsonObject Partnership::toJson() const
{
    return {{QStringLiteral("edition_id"), editionId},
            {QStringLiteral("organization_id"), organizationId},
            {QStringLiteral("role"), partnerRoleCode(role)},
            {QStringLiteral("start_date"), AuditJson::isoDate(startDate)},
            {QStringLiteral("end_date"), AuditJson::isoDate(endDate)},
            {QStringLiteral("status"), partnershipStatusCode(status)},
            {QStringLiteral("notes"), notes}};
}

QString partnerRoleCode(PartnerRole role)
{
    return codetable::codeOf(roles, role);
}

std::optional<PartnerRole> partnerRoleFromCode(const QString &code)
{
    return codetable::find(roles, code);
}

QString partnerRoleName(PartnerRole role)
{
    return Messages::tr(codetable::byValue(roles, role).name);
}

QString partnershipStatusCode(PartnershipStatus status)
{
    return codetable::codeOf(statuses, status);
}

PartnershipStatus partnershipStatusFromCode(const QString &code)
{
    return codetable::valueOf(statuses, code, PartnershipStatus::Active);
}

QString partnershipStatusName(PartnershipStatus status)
{
    return Messages::tr(codetable::byValue(statuses, status).name);
}

QStringList validatePartnership(const Partnership &p)
{
    QStringList problems;
    if (p.editionId <= 0)
        problems << Messages::tr("Edition: the partnership belongs to no edition.");
    if (p.organizationId <= 0)
        problems << Messages::tr("Organization: choose the partner organization.");
    if (p.startDate.isValid() && p.endDate.isValid() && p.endDate < p.startDate) {
        problems << Messages::tr("End: the end date %1 is before the start date %2.")
                        .arg(p.endDate.toString(Qt::ISODate), p.startDate.toString(Qt::ISODate));
    }
    return problems;
}

} // namespace dc

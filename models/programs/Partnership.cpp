#include "Partnership.h"

#include "core/AuditJson.h"

#include <QCoreApplication>

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(Partnership)
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
    switch (role) {
    case PartnerRole::Promoter:
        return QStringLiteral("promoter");
    case PartnerRole::AssociativeStructure:
        return QStringLiteral("associative_structure");
    case PartnerRole::Partner:
        return QStringLiteral("partner");
    case PartnerRole::Beneficiary:
        return QStringLiteral("beneficiary");
    }
    return QStringLiteral("partner");
}

std::optional<PartnerRole> partnerRoleFromCode(const QString &code)
{
    for (PartnerRole r : {PartnerRole::Promoter, PartnerRole::AssociativeStructure,
                          PartnerRole::Partner, PartnerRole::Beneficiary}) {
        if (partnerRoleCode(r) == code)
            return r;
    }
    return std::nullopt;
}

QString partnerRoleName(PartnerRole role)
{
    switch (role) {
    case PartnerRole::Promoter:
        return Messages::tr("Promoter");
    case PartnerRole::AssociativeStructure:
        return Messages::tr("Associative structure of local authorities");
    case PartnerRole::Partner:
        return Messages::tr("Partner");
    case PartnerRole::Beneficiary:
        return Messages::tr("Beneficiary");
    }
    return {};
}

QString partnershipStatusCode(PartnershipStatus status)
{
    switch (status) {
    case PartnershipStatus::Proposed:
        return QStringLiteral("proposed");
    case PartnershipStatus::Active:
        return QStringLiteral("active");
    case PartnershipStatus::Ended:
        return QStringLiteral("ended");
    case PartnershipStatus::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return QStringLiteral("active");
}

PartnershipStatus partnershipStatusFromCode(const QString &code)
{
    for (PartnershipStatus s : {PartnershipStatus::Proposed, PartnershipStatus::Active,
                                PartnershipStatus::Ended, PartnershipStatus::Withdrawn}) {
        if (partnershipStatusCode(s) == code)
            return s;
    }
    return PartnershipStatus::Active;
}

QString partnershipStatusName(PartnershipStatus status)
{
    switch (status) {
    case PartnershipStatus::Proposed:
        return Messages::tr("Proposed");
    case PartnershipStatus::Active:
        return Messages::tr("Active");
    case PartnershipStatus::Ended:
        return Messages::tr("Ended");
    case PartnershipStatus::Withdrawn:
        return Messages::tr("Withdrawn");
    }
    return {};
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

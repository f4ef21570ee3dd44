#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace dc {

/// An organization's part in an edition.
enum class PartnerRole
{
    Promoter,
    AssociativeStructure,
    Partner,
    Beneficiary
};

enum class PartnershipStatus
{
    Proposed,
    Active,
    Ended,
    Withdrawn
};

/// An organization joining an edition with a role (promoter, associative structure of local
/// authorities...). A plain value, free of SQL and widgets.
struct Partnership
{
    qint64 id = 0;
    qint64 editionId = 0;
    qint64 organizationId = 0;
    PartnerRole role = PartnerRole::Promoter;
    QDate startDate; ///< invalid when not known
    QDate endDate;   ///< invalid when not known
    PartnershipStatus status = PartnershipStatus::Active;
    QString notes;

    bool sameContent(const Partnership &other) const;
    QJsonObject toJson() const;
};

QString partnerRoleCode(PartnerRole role);
std::optional<PartnerRole> partnerRoleFromCode(const QString &code);
QString partnerRoleName(PartnerRole role);
QString partnershipStatusCode(PartnershipStatus status);
PartnershipStatus partnershipStatusFromCode(const QString &code);
QString partnershipStatusName(PartnershipStatus status);

/// The problems of the record, one message per problem naming the field: no edition, no
/// organization, an end before the start.
QStringList validatePartnership(const Partnership &partnership);

} // namespace dc

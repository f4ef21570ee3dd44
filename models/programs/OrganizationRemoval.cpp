#include "OrganizationRemoval.h"

#include "PartnershipRepository.h"
#include "registry/OrganizationRepository.h"

#include <QCoreApplication>

namespace dc {

Status OrganizationRemoval::remove(QSqlDatabase db, qint64 organizationId)
{
    OrganizationRepository organizations(db);
    const std::optional<Organization> organization = organizations.find(organizationId);
    if (!organization) {
        return Status::failure(QCoreApplication::translate("OrganizationRemoval", "The organization no. %1 no longer exists.")
                                   .arg(organizationId));
    }
    const QStringList ties = PartnershipRepository(db).tiesOfOrganization(organizationId);
    if (!ties.isEmpty()) {
        return Status::failure(QCoreApplication::translate(
                                   "OrganizationRemoval",
                                   "%1 cannot be deleted while programs refer to it: %2. Remove it from those first.")
                                   .arg(organization->name, ties.join(QLatin1String("; "))));
    }
    return organizations.remove(organizationId);
}

} // namespace dc

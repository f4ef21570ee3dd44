#pragma once

#include "core/Result.h"

#include <QSqlDatabase>

namespace dc {

/// Deleting an organization that programs refer to: refused with a message that names what ties
/// it (partnerships, co-organized and attended events), so that the user removes those first on
/// purpose. The foreign keys refuse the delete anyway; this says why in words.
class OrganizationRemoval final
{
public:
    /// Deletes the organization (through OrganizationRepository) when nothing in the programs
    /// refers to it; otherwise a failure listing the ties and nothing is changed.
    static Status remove(QSqlDatabase db, qint64 organizationId);
};

} // namespace dc

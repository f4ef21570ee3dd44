#pragma once

#include "Event.h"

#include <QDate>

#include <optional>

namespace dc {

/// Which events a calendar shows: a period (either end may be open), optionally one kind, one
/// edition, and the events of one organization (co-organized or attended).
struct CalendarQuery
{
    QDate from; ///< invalid: no lower bound
    QDate to;   ///< invalid: no upper bound
    std::optional<EventKind> kind;
    std::optional<qint64> editionId;
    std::optional<qint64> organizationId; ///< events it co-organized or attended
};

} // namespace dc

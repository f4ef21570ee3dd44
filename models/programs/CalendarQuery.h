#pragma once

#include "Event.h"

#include <QDate>

#include <optional>

namespace dc {

/// Which events a calendar shows: a period (either end may be open), optionally one kind, one
/// edition (or those of no program), and the events of one organization.
struct CalendarQuery
{
    QDate from; ///< invalid: no lower bound
    QDate to;   ///< invalid: no upper bound
    std::optional<EventKind> kind;
    std::optional<qint64> editionId;
    std::optional<qint64> organizationId; ///< events it organized, co-organized or attended
    bool withoutProgram = false;          ///< only the events that belong to no program
};

} // namespace dc

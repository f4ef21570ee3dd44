#pragma once

#include "Event.h"

#include <QDate>

#include <optional>

namespace dc {

/// Which events a calendar shows: a period (either end may be open), optionally one kind and one
/// edition.
struct CalendarQuery
{
    QDate from; ///< invalid: no lower bound
    QDate to;   ///< invalid: no upper bound
    std::optional<EventKind> kind;
    std::optional<qint64> editionId;
};

} // namespace dc

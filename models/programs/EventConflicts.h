#pragma once

#include "Edition.h"
#include "Event.h"
#include "EventWarning.h"

#include <QList>
#include <QSet>

namespace dc {

/// The rules that warn (never refuse) about an event: two events on the same day for the same
/// region (with or without a program), a co-organizer that is not a partner of the event's
/// edition, and a date outside the edition's stated period (the last two only for an event of an
/// edition) (an event may be moved before the period is corrected). Pure: the caller
/// supplies the other events and the partners, so the rules are testable without a database.
class EventConflicts final
{
public:
    /// The warnings for @p candidate against @p others (any events; those on other days, the
    /// candidate itself and cancelled or postponed ones are ignored) and the organizations that
    /// are partners of its edition, and its @p edition's period when given. Messages are left
    /// empty.
    static QList<EventWarning> check(const Event &candidate, const QList<Event> &others,
                                     const QSet<qint64> &editionPartners,
                                     const Edition *edition = nullptr);

    /// Whether the status takes up its day (planned or held; not cancelled or postponed).
    static bool occupiesItsDay(EventStatus status);
};

} // namespace dc

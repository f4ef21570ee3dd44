#pragma once

#include "programs/Event.h"

#include <QColor>

namespace dc {

/// The colours of events by status, the same on the calendar and the edition page.
class EventColors final
{
public:
    /// A light background for the status (planned blue, held green, cancelled grey, postponed amber).
    static QColor background(EventStatus status);
    /// Of several events on one day, the status that colours the day: what still needs attention
    /// (planned, postponed) before what is done (held) and what is off (cancelled).
    static EventStatus dayStatus(const QList<EventStatus> &statuses);
};

} // namespace dc

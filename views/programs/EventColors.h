#pragma once

#include "programs/Event.h"

#include <QColor>
#include <QIcon>

namespace dc {

/// The colours of events by status, the same on the calendar and the edition page.
class EventColors final
{
public:
    /// A light background for the status (planned blue, held green, cancelled grey, postponed
    /// amber).
    static QColor background(EventStatus status);
    /// Of several events on one day, the status that colours the day: what still needs attention
    /// (planned, postponed) before what is done (held) and what is off (cancelled).
    static EventStatus dayStatus(const QList<EventStatus> &statuses);
    /// A strong colour per program (the same program always gets the same colour), for the mark
    /// beside an event.
    static QColor program(qint64 programId);
    /// A small square of the program's colour, to decorate an event.
    static QIcon programMark(qint64 programId);
};

} // namespace dc

#include "EventColors.h"

namespace dc {

QColor EventColors::background(EventStatus status)
{
    switch (status) {
    case EventStatus::Planned: return QColor(0xcf, 0xe2, 0xff);
    case EventStatus::Held: return QColor(0xcd, 0xf0, 0xd2);
    case EventStatus::Cancelled: return QColor(0xe0, 0xe0, 0xe0);
    case EventStatus::Postponed: return QColor(0xff, 0xe4, 0xb5);
    }
    return {};
}

EventStatus EventColors::dayStatus(const QList<EventStatus> &statuses)
{
    for (const EventStatus s : {EventStatus::Planned, EventStatus::Postponed, EventStatus::Held})
        if (statuses.contains(s))
            return s;
    return EventStatus::Cancelled;
}

} // namespace dc

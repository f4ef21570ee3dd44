#include "EventConflicts.h"

namespace dc {

bool EventConflicts::occupiesItsDay(EventStatus status)
{
    return status == EventStatus::Planned || status == EventStatus::Held;
}

QList<EventWarning> EventConflicts::check(const Event &candidate, const QList<Event> &others,
                                          const QSet<qint64> &editionPartners,
                                          const Edition *edition)
{
    QList<EventWarning> warnings;
    if (edition && edition->isOutsidePeriod(candidate.date)) {
        EventWarning w;
        w.kind = EventWarning::Kind::OutsideEditionPeriod;
        warnings << w;
    }
    if (occupiesItsDay(candidate.status) && candidate.date.isValid()) {
        for (const Event &other : others) {
            if (other.date != candidate.date || !occupiesItsDay(other.status))
                continue;
            if (candidate.id != 0 && other.id == candidate.id)
                continue;
            for (const int region : candidate.regionIds) {
                if (other.regionIds.contains(region)) {
                    EventWarning w;
                    w.kind = EventWarning::Kind::SameDayAndRegion;
                    w.otherEventId = other.id;
                    w.regionId = region;
                    warnings << w;
                }
            }
        }
    }
    // An event of no program has no partners to be measured against.
    for (const qint64 organization : candidate.coorganizerIds) {
        if (candidate.hasProgram() && !editionPartners.contains(organization)) {
            EventWarning w;
            w.kind = EventWarning::Kind::CoorganizerNotPartner;
            w.organizationId = organization;
            warnings << w;
        }
    }
    return warnings;
}

} // namespace dc

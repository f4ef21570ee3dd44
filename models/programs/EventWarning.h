#pragma once

#include <QString>

namespace dc {

/// Something about an event the user should know before saving it, though it may be saved:
/// another event on the same day for the same region, or a co-organizer that is not a partner of
/// the edition, or a date outside the edition's stated period.
struct EventWarning
{
    enum class Kind
    {
        SameDayAndRegion,
        CoorganizerNotPartner,
        OutsideEditionPeriod
    };

    Kind kind = Kind::SameDayAndRegion;
    qint64 otherEventId = 0;   ///< SameDayAndRegion: the other event
    int regionId = 0;          ///< SameDayAndRegion: the shared region
    qint64 organizationId = 0; ///< CoorganizerNotPartner: the organization
    QString message;           ///< filled by EventRepository::warningsFor(), with names
};

} // namespace dc

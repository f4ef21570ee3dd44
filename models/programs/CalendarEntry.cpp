#include "CalendarEntry.h"

#include <QCoreApplication>

namespace dc {

QString CalendarEntry::displayTitle() const
{
    if (!title.isEmpty())
        return title;
    //: An event's title made of its kind and number: "Videoconference no. 3"
    return QCoreApplication::translate("CalendarEntry", "%1 no. %2")
        .arg(eventKindName(kind))
        .arg(number);
}

QString CalendarEntry::belongsTo() const
{
    if (hasProgram()) {
        // One arg() call: chained ones would fill a "%2" written in the program's name.
        return QCoreApplication::translate("CalendarEntry", "%1, edition %2 (%3)")
            .arg(programName, QString::number(editionNumber), QString::number(editionYear));
    }
    if (organizer.isEmpty()) {
        //: An event of no program, organized by the office itself (seed 000: "Serviciul")
        return QCoreApplication::translate("CalendarEntry", "The Service's own event");
    }
    return QCoreApplication::translate("CalendarEntry", "Organized by %1").arg(organizer);
}

} // namespace dc

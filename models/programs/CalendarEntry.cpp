#include "CalendarEntry.h"

#include <QCoreApplication>

namespace dc {

QString CalendarEntry::displayTitle() const
{
    if (!title.isEmpty())
        return title;
    //: An event's title made of its kind and number: "Videoconference no. 3"
    return QCoreApplication::translate("CalendarEntry", "%1 no. %2").arg(eventKindName(kind)).arg(number);
}

} // namespace dc

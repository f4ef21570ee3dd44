#pragma once

#include "Event.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace dc {

/// One event as a calendar shows it: with the names of its program, regions and co-organizers.
/// What the calendar list, the iCalendar file and the CSV/XLSX export are made of.
struct CalendarEntry
{
    qint64 eventId = 0;
    qint64 editionId = 0; ///< 0: the event belongs to no program (nor do the next three fields)
    qint64 programId = 0;
    QString programName;
    int editionNumber = 0;
    int editionYear = 0;
    EventKind kind = EventKind::Videoconference;
    int number = 0;
    QString title;
    QDate date;
    QTime startTime; ///< invalid: a whole-day event
    std::optional<int> durationMinutes;
    QString place;
    QString link;
    QString centralTheme;
    QStringList otherThemes;
    QString notes;
    /// The institution or organization that organizes an event of no program; empty: the Service.
    QString organizer;
    QStringList regions;      ///< region names, in region order
    QStringList coorganizers; ///< organization names, in the order they are named
    std::optional<int> participants;
    EventStatus status = EventStatus::Planned;
    QString uid;
    int sequence = 0;
    QDateTime updatedAt;

    bool hasProgram() const { return editionId > 0; }
    /// The title, or "Videoconference no. 3" when it has none.
    QString displayTitle() const;
    /// "Promotorii Voluntariatului, edition 2 (2021)", or for an event of no program who
    /// organizes it: "The Service's own event" / "Organized by X".
    QString belongsTo() const;
};

} // namespace dc

#pragma once

#include "CalendarEntry.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace dc {

/// Writes events as an iCalendar file (RFC 5545) that Outlook, Thunderbird and Google Calendar
/// import: UTF-8, CRLF line ends, lines folded at 75 octets without splitting a letter, text
/// escaped, times in Europe/Bucharest with its VTIMEZONE (EU summer time rules). Each event keeps
/// its UID and carries SEQUENCE and LAST-MODIFIED, so importing a newer file updates the events
/// instead of adding them twice.
class ICalendarWriter final
{
public:
    static constexpr int maxLineOctets = 75;

    /// The whole VCALENDAR; @p stamp is the DTSTAMP of every event (the time of the export).
    static QByteArray document(const QList<CalendarEntry> &entries, const QString &calendarName,
                               const QDateTime &stamp);
    /// Writes document() to @p path; the file is replaced only when everything was written. Fails
    /// with one message naming the file.
    static Status writeFile(const QString &path, const QList<CalendarEntry> &entries,
                            const QString &calendarName);

    /// TEXT escaping: backslash, ';', ',' and line breaks ("\n").
    static QString escapeText(const QString &text);
    /// One content line, folded: at most 75 octets a line, continuation lines start with a space,
    /// never inside a UTF-8 sequence; each line ends with CRLF.
    static QByteArray foldLine(const QByteArray &line);
    /// The VTIMEZONE block of Europe/Bucharest.
    static QByteArray timeZone();
    static QString timeZoneId() { return QStringLiteral("Europe/Bucharest"); }
};

} // namespace dc

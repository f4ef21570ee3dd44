#pragma once

#include "CalendarEntry.h"
#include "CalendarQuery.h"
#include "Event.h"
#include "EventWarning.h"
#include "core/Result.h"

#include <QList>
#include <QSqlDatabase>

#include <optional>

namespace dc {

/// Reads and writes events with their regions, co-organizers and attending organizations, and
/// reads the calendar. Each public write is one transaction with its audit-log row. Conflicts are
/// warnings (warningsFor()), never refusals; invalid data (a date outside the edition's period,
/// a number used twice) is refused with a message and nothing is written.
class EventRepository final
{
public:
    explicit EventRepository(QSqlDatabase db);

    std::optional<Event> find(qint64 id) const;
    std::optional<qint64> findId(qint64 editionId, EventKind kind, int number) const;
    /// "Number: the edition already has videoconference no. 3." when another event of @p e's
    /// edition (or of no program) has its kind and number; empty when the number is free.
    QString numberTaken(const Event &e) const;
    /// The edition's events by date and time.
    QList<Event> ofEdition(qint64 editionId) const;
    /// The events of any edition on @p date.
    QList<Event> onDate(const QDate &date) const;
    /// The number the next event of @p kind in the edition would get.
    int nextNumber(qint64 editionId, EventKind kind) const;

    /// The warnings for @p event as it would be saved (see EventConflicts), with messages that
    /// name the other event, the region and the organization.
    QList<EventWarning> warningsFor(const Event &event) const;

    /// Checks and adds the event; gives it its iCalendar UID. The new id, or the problems.
    Result<qint64> add(Event event);
    /// Saves the changed event; its SEQUENCE grows so that calendars take the new version.
    Status update(Event event);
    /// Moves an event to another day (and time, when @p time is valid), as the calendar does.
    Status move(qint64 id, const QDate &date, const QTime &time = QTime());
    Status remove(qint64 id);
    /// Puts back a removed event under its old id and UID (undo of a delete, redo of an add).
    Status restore(const Event &event);

    /// Inserts the event; with @p keepId its id (and UID) are kept instead of new ones.
    Result<qint64> insertInTransaction(Event &event, bool keepId = false);
    Status updateInTransaction(const Event &before, Event &after);

    /// The events of the query with the names a calendar shows, by date, time and program.
    QList<CalendarEntry> calendar(const CalendarQuery &query) const;

    /// The message of the last failed read, for the caller's error message.
    QString lastError() const { return m_lastError; }

private:
    QStringList problemsOf(const Event &event) const;
    Status writeLinks(const Event &event);
    void readLinks(Event &event) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
};

} // namespace dc

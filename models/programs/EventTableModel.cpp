#include "EventTableModel.h"

#include "CalendarColumns.h"
#include "EventRepository.h"

#include <QLocale>

namespace dc {

EventTableModel::EventTableModel(QSqlDatabase db, QObject *parent)
    : RecordListModel(
          std::move(db),
          {calendarcolumns::date(QT_TR_NOOP("Date")),
           calendarcolumns::time(QT_TR_NOOP("Time")),
           calendarcolumns::kind(QT_TR_NOOP("Kind")),
           calendarcolumns::number(QT_TR_NOOP("No.")),
           calendarcolumns::regions(QT_TR_NOOP("Regions")),
           calendarcolumns::coorganizers(QT_TR_NOOP("Co-organizers")),
           {QT_TR_NOOP("Place or link"),
            [](const CalendarEntry &e) { return QVariant(e.place.isEmpty() ? e.link : e.place); }},
           {QT_TR_NOOP("Participants"),
            [](const CalendarEntry &e) {
                return e.participants ? QVariant(*e.participants) : QVariant();
            },
            [](const CalendarEntry &e) {
                return e.participants ? QVariant(QLocale().toString(*e.participants)) : QVariant();
            },
            Numeric},
           calendarcolumns::status(QT_TR_NOOP("Status"))},
          parent)
{
}

void EventTableModel::setEdition(qint64 editionId)
{
    m_editionId = editionId;
    refresh();
}

QList<CalendarEntry> EventTableModel::load() const
{
    if (m_editionId <= 0)
        return {};
    CalendarQuery query;
    query.editionId = m_editionId;
    return EventRepository(db()).calendar(query);
}

qint64 EventTableModel::recordId(const CalendarEntry &entry) const
{
    return entry.eventId;
}

} // namespace dc

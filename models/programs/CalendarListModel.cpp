#include "CalendarListModel.h"

#include "CalendarColumns.h"
#include "EventRepository.h"

namespace dc {

CalendarListModel::CalendarListModel(QSqlDatabase db, QObject *parent)
    : RecordListModel(
          std::move(db),
          {calendarcolumns::date(QT_TR_NOOP("Date")),
           calendarcolumns::time(QT_TR_NOOP("Time")),
           {QT_TR_NOOP("Program"), [](const CalendarEntry &e) { return QVariant(e.programId); },
            [](const CalendarEntry &e) {
                return QVariant(e.hasProgram() ? e.programName : e.belongsTo());
            }},
           {QT_TR_NOOP("Edition"), [](const CalendarEntry &e) { return QVariant(e.editionId); },
            [](const CalendarEntry &e) {
                return QVariant(e.hasProgram()
                                    ? tr("%1 (%2)").arg(e.editionNumber).arg(e.editionYear)
                                    : QString());
            },
            Numeric},
           calendarcolumns::kind(QT_TR_NOOP("Kind")),
           calendarcolumns::number(QT_TR_NOOP("No.")),
           calendarcolumns::regions(QT_TR_NOOP("Regions")),
           calendarcolumns::coorganizers(QT_TR_NOOP("Co-organizers")),
           calendarcolumns::status(QT_TR_NOOP("Status"))},
          parent)
{
}

void CalendarListModel::setQuery(const CalendarQuery &query)
{
    m_query = query;
    refresh();
}

QList<int> CalendarListModel::rowsOn(const QDate &date) const
{
    QList<int> rows;
    for (int i = 0; i < records().size(); ++i) {
        if (records().at(i).date == date)
            rows << i;
    }
    return rows;
}

QList<CalendarEntry> CalendarListModel::load() const
{
    return EventRepository(db()).calendar(m_query);
}

qint64 CalendarListModel::recordId(const CalendarEntry &entry) const
{
    return entry.eventId;
}

} // namespace dc

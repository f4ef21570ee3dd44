#pragma once

#include "CalendarEntry.h"
#include "CalendarQuery.h"
#include "storage/RecordListModel.h"

namespace dc {

/// The events of all programs in a period (the calendar page's list and month view), with the
/// names of their program, regions and co-organizers. A period holds few events: they are read
/// whole on refresh().
class CalendarListModel final : public RecordListModel<CalendarEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarListModel)

public:
    enum Column
    {
        Date,
        Time,
        Program,
        Edition,
        Kind,
        Number,
        Regions,
        Coorganizers,
        Status,
        ColumnCount
    };
    // IdRole: the event's id; RawValueRole: the stored value behind the display text (status
    // code, ISO date...).

    explicit CalendarListModel(QSqlDatabase db, QObject *parent = nullptr);

    void setQuery(const CalendarQuery &query);
    const CalendarQuery &query() const { return m_query; }

    const CalendarEntry *entryAt(int row) const { return recordAt(row); }
    /// The rows of the events on @p date.
    QList<int> rowsOn(const QDate &date) const;

protected:
    QList<CalendarEntry> load() const override;
    qint64 recordId(const CalendarEntry &entry) const override;

private:
    CalendarQuery m_query;
};

} // namespace dc

#pragma once

#include "CalendarEntry.h"
#include "storage/RecordListModel.h"

namespace dc {

/// The events of one edition, by date (the edition page's events table).
class EventTableModel final : public RecordListModel<CalendarEntry>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventTableModel)

public:
    enum Column
    {
        Date,
        Time,
        Kind,
        Number,
        Regions,
        Coorganizers,
        Place,
        Participants,
        Status,
        ColumnCount
    };
    // IdRole: the event's id; RawValueRole: the stored value behind the display text.

    explicit EventTableModel(QSqlDatabase db, QObject *parent = nullptr);

    /// Shows the events of @p editionId (0: none).
    void setEdition(qint64 editionId);
    qint64 edition() const { return m_editionId; }

    const CalendarEntry *entryAt(int row) const { return recordAt(row); }

protected:
    QList<CalendarEntry> load() const override;
    qint64 recordId(const CalendarEntry &entry) const override;

private:
    qint64 m_editionId = 0;
};

} // namespace dc

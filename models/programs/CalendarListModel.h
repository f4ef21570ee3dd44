#pragma once

#include "CalendarEntry.h"
#include "CalendarQuery.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

namespace dc {

/// The events of all programs in a period (the calendar page's list and month view), with the
/// names of their program, regions and co-organizers. A period holds few events: they are read
/// whole on refresh().
class CalendarListModel final : public QAbstractTableModel
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
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the event's id (qint64)
        RawValueRole, ///< the stored value behind the display text (status code, ISO date...)
    };

    explicit CalendarListModel(QSqlDatabase db, QObject *parent = nullptr);

    void setQuery(const CalendarQuery &query);
    const CalendarQuery &query() const { return m_query; }
    void refresh();

    const CalendarEntry *entryAt(int row) const;
    int rowOfId(qint64 eventId) const;
    /// The rows of the events on @p date.
    QList<int> rowsOn(const QDate &date) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    CalendarQuery m_query;
    QList<CalendarEntry> m_entries;
};

} // namespace dc

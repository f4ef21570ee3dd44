#pragma once

#include "CalendarEntry.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSqlDatabase>

namespace dc {

/// The events of one edition, by date (the edition page's events table).
class EventTableModel final : public QAbstractTableModel
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
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< the event's id (qint64)
        RawValueRole,              ///< the stored value behind the display text
    };

    explicit EventTableModel(QSqlDatabase db, QObject *parent = nullptr);

    /// Shows the events of @p editionId (0: none).
    void setEdition(qint64 editionId);
    qint64 edition() const { return m_editionId; }
    void refresh();

    const CalendarEntry *entryAt(int row) const;
    int rowOfId(qint64 eventId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QSqlDatabase m_db;
    qint64 m_editionId = 0;
    QList<CalendarEntry> m_entries;
};

} // namespace dc

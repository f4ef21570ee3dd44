#include "EventTableModel.h"
#include "core/Dates.h"

#include "CalendarExporter.h"
#include "EventRepository.h"

#include <QLocale>

namespace dc {

EventTableModel::EventTableModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

void EventTableModel::setEdition(qint64 editionId)
{
    m_editionId = editionId;
    refresh();
}

void EventTableModel::refresh()
{
    beginResetModel();
    m_entries.clear();
    if (m_editionId > 0) {
        CalendarQuery query;
        query.editionId = m_editionId;
        m_entries = EventRepository(m_db).calendar(query);
    }
    endResetModel();
}

const CalendarEntry *EventTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int EventTableModel::rowOfId(qint64 eventId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).eventId == eventId)
            return i;
    }
    return -1;
}

int EventTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EventTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CalendarEntry &e = m_entries.at(index.row());
    if (role == IdRole)
        return e.eventId;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Date:
            return e.date.toString(Qt::ISODate);
        case Time:
            return e.startTime.isValid() ? e.startTime.toString(QStringLiteral("HH:mm"))
                                         : QString();
        case Kind:
            return eventKindCode(e.kind);
        case Number:
            return e.number;
        case Regions:
            return e.regions;
        case Coorganizers:
            return e.coorganizers;
        case Place:
            return e.place.isEmpty() ? e.link : e.place;
        case Participants:
            return e.participants ? QVariant(*e.participants) : QVariant();
        case Status:
            return eventStatusCode(e.status);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Coorganizers)
        return e.coorganizers.join(QLatin1Char('\n'));
    if (role == Qt::TextAlignmentRole &&
        (index.column() == Number || index.column() == Participants))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return shortDate(QLocale(), e.date);
    case Time:
        return e.startTime.isValid() ? QLocale().toString(e.startTime, QLocale::ShortFormat)
                                     : QString();
    case Kind:
        return eventKindName(e.kind);
    case Number:
        return e.number;
    case Regions:
        return e.regions.join(CalendarExporter::listSeparator());
    case Coorganizers:
        return e.coorganizers.join(CalendarExporter::listSeparator());
    case Place:
        return e.place.isEmpty() ? e.link : e.place;
    case Participants:
        return e.participants ? QVariant(QLocale().toString(*e.participants)) : QVariant();
    case Status:
        return eventStatusName(e.status);
    default:
        return {};
    }
}

QVariant EventTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Kind:
        return tr("Kind");
    case Number:
        return tr("No.");
    case Regions:
        return tr("Regions");
    case Coorganizers:
        return tr("Co-organizers");
    case Place:
        return tr("Place or link");
    case Participants:
        return tr("Participants");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace dc

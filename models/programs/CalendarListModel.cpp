#include "CalendarListModel.h"
#include "core/Dates.h"

#include "CalendarExporter.h"
#include "EventRepository.h"

#include <QLocale>

namespace dc {

CalendarListModel::CalendarListModel(QSqlDatabase db, QObject *parent)
    : QAbstractTableModel(parent), m_db(std::move(db))
{
}

void CalendarListModel::setQuery(const CalendarQuery &query)
{
    m_query = query;
    refresh();
}

void CalendarListModel::refresh()
{
    beginResetModel();
    m_entries = EventRepository(m_db).calendar(m_query);
    endResetModel();
}

const CalendarEntry *CalendarListModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int CalendarListModel::rowOfId(qint64 eventId) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).eventId == eventId)
            return i;
    }
    return -1;
}

QList<int> CalendarListModel::rowsOn(const QDate &date) const
{
    QList<int> rows;
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).date == date)
            rows << i;
    }
    return rows;
}

int CalendarListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CalendarListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarListModel::data(const QModelIndex &index, int role) const
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
        case Program:
            return e.programId;
        case Edition:
            return e.editionId;
        case Kind:
            return eventKindCode(e.kind);
        case Number:
            return e.number;
        case Regions:
            return e.regions;
        case Coorganizers:
            return e.coorganizers;
        case Status:
            return eventStatusCode(e.status);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Coorganizers)
        return e.coorganizers.join(QLatin1Char('\n'));
    if (role == Qt::TextAlignmentRole && (index.column() == Number || index.column() == Edition))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Date:
        return shortDate(QLocale(), e.date);
    case Time:
        return e.startTime.isValid() ? QLocale().toString(e.startTime, QLocale::ShortFormat)
                                     : QString();
    case Program:
        return e.hasProgram() ? e.programName : e.belongsTo();
    case Edition:
        return e.hasProgram() ? tr("%1 (%2)").arg(e.editionNumber).arg(e.editionYear) : QString();
    case Kind:
        return eventKindName(e.kind);
    case Number:
        return e.number;
    case Regions:
        return e.regions.join(CalendarExporter::listSeparator());
    case Coorganizers:
        return e.coorganizers.join(CalendarExporter::listSeparator());
    case Status:
        return eventStatusName(e.status);
    default:
        return {};
    }
}

QVariant CalendarListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Time:
        return tr("Time");
    case Program:
        return tr("Program");
    case Edition:
        return tr("Edition");
    case Kind:
        return tr("Kind");
    case Number:
        return tr("No.");
    case Regions:
        return tr("Regions");
    case Coorganizers:
        return tr("Co-organizers");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace dc

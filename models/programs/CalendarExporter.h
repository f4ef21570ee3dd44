#pragma once

#include "CalendarEntry.h"
#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dc {

/// Writes a calendar (the entries of an edition or a period) to a file: iCalendar (.ics), CSV
/// (.csv: UTF-8 with BOM, ';' separated, CRLF, as the organization export) or XLSX (.xlsx).
class CalendarExporter final
{
public:
    /// The column headers of the CSV and XLSX files.
    static QStringList headers();
    /// The cells of one entry, in the order of headers(); several regions or co-organizers are
    /// joined with "; ".
    static QStringList cells(const CalendarEntry &entry);

    static Status exportCsv(const QList<CalendarEntry> &entries, const QString &path);
    static Status exportXlsx(const QList<CalendarEntry> &entries, const QString &path);
    /// By the extension of @p path (.ics, .csv, .xlsx, any case); any other is a failure.
    static Status exportFile(const QList<CalendarEntry> &entries, const QString &path,
                             const QString &calendarName);

    /// How several names are joined within one field (CLI list, CSV, XLSX).
    static QString listSeparator() { return QStringLiteral("; "); }
};

} // namespace dc

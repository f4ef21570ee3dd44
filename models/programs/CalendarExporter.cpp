#include "CalendarExporter.h"

#include "ICalendarWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include "files/CsvWriter.h"
#include "files/XlsxWorkbook.h"

namespace dc {

namespace {

/// The context of this file's messages, as lupdate files them.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(CalendarExporter)
};

} // namespace

QStringList CalendarExporter::headers()
{
    return {
        Messages::tr("Date"),    Messages::tr("Time"),          Messages::tr("Duration (minutes)"),
        Messages::tr("Program"), Messages::tr("Edition"),       Messages::tr("Year"),
        Messages::tr("Kind"),    Messages::tr("Number"),        Messages::tr("Title"),
        Messages::tr("Regions"), Messages::tr("Co-organizers"), Messages::tr("Place"),
        Messages::tr("Link"),    Messages::tr("Participants"),  Messages::tr("Status"),
        Messages::tr("UID")};
}

QStringList CalendarExporter::cells(const CalendarEntry &e)
{
    return {e.date.toString(Qt::ISODate),
            e.startTime.isValid() ? e.startTime.toString(QStringLiteral("HH:mm")) : QString(),
            e.durationMinutes ? QString::number(*e.durationMinutes) : QString(),
            e.programName,
            e.hasProgram() ? QString::number(e.editionNumber) : QString(),
            e.hasProgram() ? QString::number(e.editionYear) : QString(),
            eventKindName(e.kind),
            QString::number(e.number),
            e.displayTitle(),
            e.regions.join(listSeparator()),
            e.coorganizers.join(listSeparator()),
            e.place,
            e.link,
            e.participants ? QString::number(*e.participants) : QString(),
            eventStatusName(e.status),
            e.uid};
}

Status CalendarExporter::exportCsv(const QList<CalendarEntry> &entries, const QString &path)
{
    CsvWriter csv(path);
    csv.writeRow(headers());
    for (const CalendarEntry &e : entries)
        csv.writeRow(cells(e));
    return csv.commit();
}

Status CalendarExporter::exportXlsx(const QList<CalendarEntry> &entries, const QString &path)
{
    XlsxWorkbook book(path);
    lxw_worksheet *sheet = book.addSheet(QStringLiteral("Calendar"));
    book.setColumnWidths(sheet, {12, 8, 10, 48, 8, 8, 18, 8, 30, 36, 60, 30, 30, 12, 12, 40});
    book.writeHeader(sheet, headers());
    // Numbers as numbers (edition, year, number, duration, participants), the rest as text.
    static const QList<int> numeric = {2, 4, 5, 7, 13};
    lxw_row_t r = 0;
    for (const CalendarEntry &e : entries) {
        QVariantList row;
        const QStringList texts = cells(e);
        for (int i = 0; i < texts.size(); ++i) {
            if (numeric.contains(i) && !texts.at(i).isEmpty())
                row << texts.at(i).toDouble();
            else
                row << texts.at(i);
        }
        book.writeRow(sheet, ++r, row);
    }
    return book.close();
}

Status CalendarExporter::exportFile(const QList<CalendarEntry> &entries, const QString &path,
                                    const QString &calendarName)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("ics"))
        return ICalendarWriter::writeFile(path, entries, calendarName);
    if (suffix == QLatin1String("csv"))
        return exportCsv(entries, path);
    if (suffix == QLatin1String("xlsx"))
        return exportXlsx(entries, path);
    return Status::failure(
        Messages::tr("%1: unknown file type; a calendar is written to .ics, .csv or .xlsx files.")
            .arg(QDir::toNativeSeparators(path)));
}

} // namespace dc
